"""Round eighty-nine b: a noun phrase that sums up its clause, judged by a party in a reduced
passive ("The board raised the fee again, a move criticized by the pilots' union.", "...
- an allegation rejected by two inquiries.", "..., a call echoed by the mayor on Monday.").

After a comma or a dash, "a" / "an" and a noun set in apposition to the clause before name
what that clause says or did; a participle of judgement or assent with "by" after it reports
the agent's view of it. The agent is the source and the noun phrase the content, as PolNeAR
marks it (and as round seventy-five reads "NOUN, first reported by AGENT"). Only participles
that are acts of speech about a thing ("criticized", "rejected", "echoed", "confirmed"), not
of making or using ("a plan drafted by", "the term used by"), and only the summing shape:
the noun phrase is an appositive, not the head of a sentence's subject ("the proposal
championed by Lund" has no comma before it).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import CUE_FORMS, FORM_TO_LEMMA, _words
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: participles of judgement, assent or report that take a thing as their object
_JUDGING_PARTICIPLES = (
    "criticized|criticised|condemned|denounced|rejected|disputed|denied|dismissed|"
    "questioned|challenged|praised|welcomed|applauded|hailed|echoed|endorsed|confirmed|"
    "repeated|seconded"
)
#: ", a call echoed by the mayor on Monday", " - a point later confirmed by the board":
#: a comma or a dash, an article, at most two modifiers and the noun, an adverb, the
#: participle, "by" and the agent (a capital, an article or a number opens it)
_SUMMING_APPOSITIVE = re.compile(
    r"(?P<mark>,|\s[—–-]|—|–)\s+(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
    r"(?:(?:later|since|also|first|long|[a-z]{2,}ly)\s+)?"
    r"(?P<cue>" + _JUDGING_PARTICIPLES + r")\s+by\s+"
    r"(?P<agent>(?:the\s+|an?\s+|\d[\d,.]*\s+)?(?:[A-Z][\w’'.\-]*|[a-z][\w’'\-]*)"
    r"(?:\s+(?:of|for|the|and|in|[A-Z][\w’'.\-]*|[a-z][\w’'\-]*|\d[\d,.]*)){0,8}?)"
    r"(?=\s*[,.;:!?)—–]|\s+(?:on|last|this|in|at|during|after|when|who|which|that|with)\s|\s*$)"
)
#: the participle forms a text must hold for the pass to run
_FORMS = frozenset(_JUDGING_PARTICIPLES.split("|"))
#: nouns of a fact that are no one's words or deeds ("a day echoed by", "a sound")
_NOT_SUMMING = frozenset(_words("day week year time sound noise man woman person one"))
#: words of a clause, never inside the appositive's noun phrase
_CLAUSE_WORDS = frozenset(
    _words("that which who whom was were is are be been being has have had not never")
)


def summing_appositive_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Rows for "CLAUSE, a NOUN judged by AGENT": the agent judges the noun phrase."""
    if lower_words.isdisjoint(_FORMS) or "by" not in lower_words:
        return
    text = doc.text
    for m in _SUMMING_APPOSITIVE.finditer(text):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        np0, np1 = m.span("np")
        np_words = text[np0:np1].lower().split()
        if (
            np_words[-1] in _NOT_SUMMING
            or np_words[-1].endswith("ly")
            or any(w in _CLAUSE_WORDS for w in np_words)
        ):
            continue  # "a day", "a levy that was rejected by": no summing noun phrase
        s0, _ = doc.sentence(c0)
        if len(text[s0 : m.start()].split()) < 3:
            continue  # no clause before the appositive to sum up
        sp = _strip_span(text, *m.span("agent"), punct=" \t\n,;:.")
        if sp[1] <= sp[0]:
            continue
        form = m.group("cue")
        lemma = CUE_FORMS.get(form) or FORM_TO_LEMMA.get(form) or form
        findings.append(_Finding((c0, c1), lemma, sp, [(np0, np1)]))
        used_cues.add(c0)


def close_before_summing_appositives(doc: _Doc, findings: list[_Finding]) -> None:
    """A report whose content runs over a summing appositive ends before its comma or dash
    ("He dismissed the fee, an answer praised by the crowd": he dismissed "the
    labels"; the appositive is the writer's, judged by the crowd)."""
    text = doc.text
    for f in findings:
        if f.speaker is None or f.speaker[0] < f.cue[1] or len(f.content) != 1:
            continue
        np0 = f.content[0][0]
        mark = _MARK_BEFORE.search(text, max(0, np0 - 3), np0)
        if mark is None or not _SUMMING_APPOSITIVE.match(text, mark.start()):
            continue
        cut = mark.start()
        for g in findings:
            if g is f or g.cue[1] > cut:
                continue
            for i, (a, b) in enumerate(g.content):
                if a < cut and b >= f.cue[1]:
                    a2, b2 = _strip_span(text, a, cut)
                    if b2 > a2:
                        g.content[i] = (a2, b2)


#: the comma or dash right before a summing appositive's article
_MARK_BEFORE = re.compile(r"(?:,|\s[—–-]|—|–)\s+$")
