"""Round thirty-seven: a closing relative that reports on its own is a report of its own (the
lead's decision in ``docs/decisions.md``, 2026-12-06).

In "the mayor said the pier will close, a plan backed by Okafor, who told reporters it was
overdue" the relative clause names a second source with a cue and a content of its own. Round
twelve keeps a closing relative inside the content it ends (the writer's addition goes with
what it attaches to); that stays for a relative without a report of its own ("said she would
back the levy, which takes effect in May"). Where the closing ", who / which ..." clause holds
a report of ours, the host's content ends before the relative, so the relative's report is no
longer nested in it and keeps its own row.

Not this case, and left whole:

- a relative in mid-content, after which the reported clause goes on ("said the mayor, who
  told reporters he was tired, would resign"): the inner report's content ends before the
  host's;
- a host whose content is a quotation, or opens before its cue;
- a relative whose report is inside a quotation.

One entry point, :func:`_end_before_closing_relative`, called once by :func:`rules._find`
after :func:`bounds._end_before_next_report`; it only shortens contents.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _WORD, OPEN_QUOTES
from newslens_stance.attributions.patterns import cue_class
from newslens_stance.attributions.text import _Doc, _Finding, _Holders, _strip_span

#: the words a closing relative opens with (the pass is skipped when none is in the text)
RELATIVE_WORDS = frozenset({"who", "which", "whom"})
#: a non-restrictive relative: a comma, then the pronoun (its clause runs to the cue)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whom)\b")
#: how far before the inner cue its relative pronoun may stand ("who has long said")
_PRONOUN_REACH = 60
#: what may stand between the pronoun and the cue: no clause break, no quotation
_BREAK = re.compile(r"[,;:()“”\"—–]|\s-\s")
#: what may follow the inner report's content up to the host's end (a closing stop or mark)
_TRAILING = re.compile(r"[\s.,;:!?”\"’')\]]*")
#: the host's clause resuming after the relative: a comma and a finite verb ("the plan, which
#: Lund said was hers, was dropped")
_RESUMES = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|did|does|do|[a-z]+ed)\b"
)
#: a verb of the relative's own before the cue ("who is a member ... had promised", "which
#: would have helped monitor"): the cue is then not the relative's verb
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|[a-z]+ed)\b")


def _end_before_closing_relative(
    doc: _Doc, findings: list[_Finding], lower_words: frozenset[str]
) -> None:
    """A host's content ends before a closing ", who / which ..." that holds a report of ours.

    Why: the lead's decision (2026-12-06): the analyst's question (who claims what) has two
    answers there, and one row that swallows the second source hides it. The inner cue is a
    verb of saying and the relative's own verb (no comma, quotation, dash or other verb
    between the pronoun and it: "which is odd given that the board said" is the writer's
    comment), and its report runs to the host's end with no finite verb after a comma (a
    relative in mid-content, "the plan, which Lund said was hers, was dropped", is left whole).
    """
    if not RELATIVE_WORDS & lower_words:
        return
    text = doc.text
    holders = _Holders(findings)
    for g in findings:
        c = g.cue[0]
        if (
            not g.content
            or g.speaker is None
            or g.hedged
            or cue_class(g.lemma) != "speech"
            or doc.quote_at(c) is not None
        ):
            continue
        window = text[max(0, c - _PRONOUN_REACH) : c]
        # the last relative pronoun before the cue
        rel = max(_RELATIVE_OPEN.finditer(window), key=lambda m: m.start(), default=None)
        if rel is None or _BREAK.search(window, rel.end()) or _OWN_VERB.search(window, rel.end()):
            continue
        comma = c - len(window) + rel.start()
        g_end = max(b for _a, b in g.content)
        for f in holders.at(c):
            if f is g or not f.content:
                continue
            a, b = f.content[-1]
            if not (
                a <= comma < c < b
                and a >= f.cue[1]
                and text[a] not in OPEN_QUOTES
                and _TRAILING.fullmatch(text, min(g_end, b), b) is not None
                and _RESUMES.search(text, c, b) is None
            ):
                continue
            a, cut = _strip_span(text, a, comma)
            if len(_WORD.findall(text[a:cut])) < 2:
                continue
            f.content = [*f.content[:-1], (a, cut)]
