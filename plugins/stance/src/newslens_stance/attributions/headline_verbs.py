"""Round fifty-eight: a headline's second verb of saying ("Lund Slams Levy, Praises Pilots").

A headline drops the subject of its second verb: "Mayor Says Pier Is Safe, Calls Levy a Tax",
"Dale backs fee and denounces board". The first report's content then ran over the second
verb, which had no row: in prose a comma and a verb in -s after a report are as often a list
or a clause of the content (round twenty-six dropped "Lund loses the vote, says ..." in
prose), but a title line has no other reading. PolNeAR marks both reports, with the
headline's one subject as the source of each.

Called once by :func:`rules._find` after the other cue passes (pass 3t): for each report with
its speaker before its cue in the text's first line (the title), a comma or "and" / "but"
inside its content and then a cue form in -s (the present tense headlines use, an adverb
"just", "also", "now" or "then" allowed before it) start a second report: its cue that verb,
its speaker the first report's, its content the rest of the first content; the first content
ends before the comma or the conjunction.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import CUE_FORMS
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: a headline is the text's first line, short, with the story below it
_TITLE_MAX_WORDS = 30
#: a comma or a conjunction, an adverb a headline puts before its verb, and the verb
_SECOND_VERB = re.compile(
    r"(?:,\s+|\s+(?:and|but)\s+)(?:(?:just|also|now|then)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


#: a verb or an auxiliary right after the second verb's form: that form is a noun, the subject
_NEXT_IS_VERB = re.compile(
    r"\s+(?:said|say|says|show|shows|showed|suggest|suggested|is|are|was|were|have|has|had|"
    r"will|would|can|could|may|might|must|should)\b",
    re.IGNORECASE,
)


def _present_form(form: str, lemma: str) -> bool:
    """A cue form in -s, the headline's present tense ("calls", "praises", "denies")."""
    return form != lemma and form.endswith("s") and not form.endswith("ss")


def _headline_second_verb_findings(
    doc: _Doc, findings: list[_Finding], used_cues: set[int]
) -> None:
    """Add the second report of a headline whose two verbs share one subject (see the module
    docstring); the first report's content ends before the second verb's comma or
    conjunction."""
    text = doc.text
    title_end = text.find("\n")
    if title_end < 0 or len(text[:title_end].split()) > _TITLE_MAX_WORDS:
        return  # (a text of one line is prose, not a title over a story)
    for f in list(findings):
        if (
            f.speaker is None
            or not f.content
            or f.cue[1] > title_end
            or f.speaker[1] > f.cue[0]
            # the first verb in the headline's present tense too ("Lund Says ..., Calls"):
            # "has revealed that ..., reports said" and "claiming X and suggests" are prose
            or not _present_form(text[f.cue[0] : f.cue[1]].lower(), f.lemma)
        ):
            continue
        for i, (a, b) in enumerate(f.content):
            if b > title_end:
                break
            for m in _SECOND_VERB.finditer(text, a, b):
                v0, v1 = m.span("verb")
                form = m.group("verb").lower()
                lemma = CUE_FORMS.get(form)
                if (
                    lemma is None
                    or not _present_form(form, lemma)
                    or v0 in used_cues
                    # a noun in -s as a later clause's subject ("..., reports say")
                    or _NEXT_IS_VERB.match(text, v1)
                ):
                    continue
                rest = _strip_span(text, v1, b)
                first = _strip_span(text, a, m.start())
                if rest[1] <= rest[0] or first[1] <= first[0]:
                    continue
                f.content[i] = first
                findings.append(_Finding((v0, v1), lemma, f.speaker, [rest]))
                used_cues.add(v0)
                break
            else:
                continue
            break
