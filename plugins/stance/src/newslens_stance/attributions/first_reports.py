"""Round seventy-five: "X, first reported by the Courier, ..." -- a report's source after a noun.

A reduced passive after a noun names who reported the thing first: "the mayor's remarks, first
reported by the Courier on Monday, ...", "a fact first reported by a local reporter". Pass 2
of :mod:`passives` reads "was first reported by" only, and `_looks_nominal` refuses a bare
"reported by" after a noun, rightly for data ("the turnout reported by the harbour office", "the
share reported by the poll": PolNeAR marks no report there). "First", "originally",
"initially" make it the report of a party that broke the news: the agent is the source, the
noun phrase before is what it reported, the cue "first reported" as annotators mark it.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: ", first reported by the Courier," or "a fact first reported by X": the agent opens with a
#: capital or an article and ends at punctuation or a phrase of time or place
_FIRST_REPORTED_RE = re.compile(
    r"\b(?P<cue>(?:first|originally|initially)\s+reported)\s+by\s+"
    r"(?P<agent>(?:the\s+|an?\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'.\-]*)){0,6}"
    r"|(?:the|an?)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}(?=\s*,))"
    r"(?=\s+(?:on|in|at|last|this|earlier|early|late|when|after|before)\b|\s*[,.;:!?()]|\s*$)"
)

#: a word before "first reported" that makes it a full passive or an "as" clause (not ours)
_NOT_REDUCED = frozenset(
    _words("is are was were be been being has have had as and or but not never also")
)
_FIRST_WORDS = frozenset(("first", "originally", "initially"))
_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")


def first_reported_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Rows for "NOUN, first reported by AGENT": the agent reports the noun phrase."""
    if "reported" not in lower_words or lower_words.isdisjoint(_FIRST_WORDS):
        return
    text = doc.text
    for m in _FIRST_REPORTED_RE.finditer(text):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, _ = doc.sentence(c0)
        lead = len(text[s0:c0].rstrip()) + s0  # the comma or the noun's end before the cue
        if lead == c0 or lead <= s0:
            continue
        if text[lead - 1] == ",":
            lead -= 1
        before = _WORD_BEFORE.search(text, max(s0, c0 - 30), lead)
        if before is None or before.group(1).lower() in _NOT_REDUCED:
            continue
        target, _ = _np_before(doc, lead, s0)
        sp = _strip_span(text, *m.span("agent"), punct=" \t\n,;:.")
        if target is None or sp[1] <= sp[0]:
            continue
        findings.append(_Finding((c0, c1), "report", sp, [target]))
        used_cues.add(c0)
