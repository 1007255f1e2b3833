"""A holder fronted by "To" and a comma: "To Ms. Vale, the vote was a betrayal." (round
sixty-seven).

Why: PolNeAR marks the preposition of a fronted holder as the cue of the clause after it (class
other in its table; a belief for an analyst: the clause is how the holder sees things). In train
"To" + a person or a group + a comma opening a sentence is the holder's view in most places;
the same frame with "For" is not (PolNeAR marks about one "For X," in nine even with a person,
so "For" is left out). Time, purpose and idioms are refused by the shape of the holder: it must
be a name, an object pronoun or a group of people ("To date,", "To be sure,", "To this end,",
"To win the race," never match).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.lexicon import _WORD
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: people a view is held by when no name is given ("To many,", "To his supporters,")
_PEOPLE = (
    r"(?:supporters|backers|critics|fans|followers|voters|aides|allies|advisers|opponents|"
    r"admirers|detractors|members|residents|activists|conservatives|liberals|progressives|"
    r"Democrats|Republicans|people|Americans|observers|analysts|economists|experts|officials|"
    r"leaders|workers|families|parents|students|believers|skeptics|sceptics)"
)
#: a capitalised name, with an optional title and a description before it ("To Frank,", "To
#: Ms. Gil,", "To Florida consultant Wilson,"; not "To stop Ted Cruz,"); never a month or a day
_NAME = (
    r"(?:(?:[A-Z][\w’'\-]*\s+){1,2}[a-z]+\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|"
    r"Those|Date|Some|Most|Many)\b)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Prof)\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}"
)
_GROUP = (
    r"(?:(?:many|some|most|other|his|her|their|its|our|the|these|those|such|younger|older)\s+)"
    r"(?:[\w’'\-]+\s+){0,2}?" + _PEOPLE
)
_HOLDER = (
    r"(?:him|her|them|me|us|many|some|others|most|"
    r"(?:anyone|everyone|those|people)\s+who\s+[^,;:\n“”\"]{3,80}|" + _GROUP + "|" + _NAME + ")"
)
#: "To X," and the clause after its comma (matched at a candidate found by :data:`_CANDIDATE`)
_TO_HOLDER_RE = re.compile(
    r"(?P<cue>[Tt]o)\s+(?P<source>" + _HOLDER + r")"
    r"(?P<relative>,\s+who\s+[^,;:\n“”\"]{3,120})?,\s+(?=[\w“\"‘])"
)
#: the words a lower-case "to" opens a frame after ("But to others,", ", but to him,"); a
#: lower-case "to" elsewhere is an object's preposition ("a ''fresh start'' to Mr. Lund, said")
_BEFORE_LOWER_TO = re.compile(r"(?:\b(?:But|And|Yet)|,\sbut)\s$")
#: what a capital "To" must follow to open a sentence: a sentence's end and a space or two
_SENTENCE_END = re.compile(r"[.!?\"”’]\s{1,2}$")


def _candidates(text: str) -> list[int]:
    """Where a frame may open: a capital "To " opening a sentence, a "to " after "But / And /
    Yet" or ", but" (plain substring scans first: a pattern run over every position cost 3% of
    the extractor's time)."""
    found = []
    i = text.find("To ")
    while i >= 0:
        if i == 0 or text[i - 1] == "\n" or _SENTENCE_END.search(text, max(0, i - 3), i):
            found.append(i)  # not "the Road To Ruin": a capital inside a sentence
        i = text.find("To ", i + 3)
    for before in ("ut to ", "nd to ", "et to "):
        i = text.find(before)
        while i >= 0:
            if _BEFORE_LOWER_TO.search(text, max(0, i - 4), i + 3):
                found.append(i + 3)
            i = text.find(before, i + 6)
    return found


def _holder_frame_findings(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    """ "To Ms. Vale, the vote was a betrayal": the view (lemma ``view``) of the holder after
    "To", the clause after the comma its content; rows are appended to ``findings``, cues to
    ``used_cues``. A content under three words is no clause ("To him, too."), and a holder's
    relative clause ("To Lund, who ran the race, ...") is skipped to reach it."""
    text = doc.text
    for c0 in _candidates(text):
        m = _TO_HOLDER_RE.match(text, c0)
        if m is None:
            continue
        c1 = m.end("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        _, s1 = doc.sentence(c0)
        if m.end() >= s1:
            continue
        a, b = _strip_span(text, m.end(), _clause_end(doc, m.end(), s1))
        if len(_WORD.findall(text[a:b])) < 3:
            continue
        findings.append(_Finding((c0, c1), "view", m.span("source"), [(a, b)]))
        used_cues.add(c0)
