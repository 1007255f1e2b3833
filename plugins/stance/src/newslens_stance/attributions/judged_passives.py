"""Round seventy-three: a judgement in the passive, its agent a party ("was rebuked by
opponents for X", "was rejected by 60 percent of voters").

Passes 2 of :func:`passives._passive_findings` reads a report in the passive with its agent
after "by" ("The death was announced by the University"), but only for a list of verbs and only
where the agent looks like a named or determined party ("Ann Lee", "the board", "a spokesman",
"officials"). A verb that judges a person or a proposal - rejects, accuses, rebukes, berates,
derides, mocks - reports its agent's words as surely as "criticized" does, and its agent is a
party even when it opens with a possessive, a quantifier or a share ("by her uncle", "by
several of her rivals", "by many bankers", "by 58 percent of voters") or is a bare plural ("by
opponents"). So, for these verbs only:

- :data:`JUDGED_VERBS`: the verbs of judgement whose passive takes a reason ("for the delay",
  "of lying") after its agent; their agent is cut before that reason (round sixty-five's
  :func:`passives._agent_before_reason`);
- :func:`judged_party`: the wider test of the agent;
- :func:`rejected_claim`: "was rejected" only where a claim is (round eleven's reading of the
  active: a rejected offer, bid or person is a decision, no report);
- :func:`reason_after_agent`: the reason after the agent ("for failing to act", "of hiding
  its books"), part of what is reported, as the subject is.

Verbs with a physical or a legal sense as common as the verbal one are left out ("attacked",
"blasted", "slammed" by a storm, "pressed" by a crowd), and the verbs that portray or dismiss
(:data:`AS_ONLY_VERBS`) are read only with the "as" that names the judgement ("was dismissed
by critics as a novice"; "the case was dismissed by a judge" is a ruling).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.lexicon import _COMMON_SPEAKERS, _words
from newslens_stance.attributions.speakers import _NO_CONTENT
from newslens_stance.attributions.text import _WORD, _Doc, _strip_span
from newslens_stance.attributions.verbs import _CLAIM_NOUNS

#: round sixty-five's verbs of judgement and round seventy-three's (the new ones are in
#: :data:`lexicon._PASSIVE_BY_RE` too)
JUDGED_VERBS = frozenset(
    _words(
        """
        criticized criticised praised condemned denounced ridiculed lauded hailed applauded
        rejected accused rebuked berated derided excoriated lambasted chided scolded mocked
        castigated dismissed portrayed branded labeled labelled characterized characterised
        """
    )
)
#: verbs that portray or dismiss, a judgement only with the "as" that names it ("was
#: dismissed by critics as a novice", "was portrayed by the board as a protest"; "the
#: case was dismissed by a judge" is a ruling)
AS_ONLY_VERBS = frozenset(
    _words("dismissed portrayed branded labeled labelled characterized characterised")
)
#: a possessive or a quantifier that opens a party ("her uncle", "several of her rivals")
_PARTY_OPENERS = frozenset(
    _words("his her their its our my your some many most several both all few other")
)
#: a share of a party ("58 percent of voters", "large majorities", "half of")
_SHARE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|only|just|over|more\s+than)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|"
    r"(?:(?:large|wide|big|huge|overwhelming|slim|narrow)\s+)?majorit(?:y|ies)\b|half\s+of\b)"
)
#: a lower-case plural head that names people ("opponents", "anglers", "bankers"): in
#: -s, not a word in -ss, -us or -is, nor a word of time or measure
_PLURAL_PARTY = re.compile(r"[a-z][a-z\-]*[a-rt-z]s")
_NOT_PARTIES = frozenset(
    _words("days weeks months years hours minutes times points votes margins means others")
)
_HEADS = _COMMON_SPEAKERS | {"media", "press", "voters", "members", "leaders", "opponents"}
#: the reason after the agent: "for" or "of" and a lower-case word ("for failing to act", "of
#: hiding its books", "for his vote"); "as" and a judgement is the complement pass 2 reads
_REASON = re.compile(r"\s+((?:for|of)\s+[a-z“\"‘'])")


#: where an agent stops: a line break after a period or a blank line (a word's period read as
#: part of it, "Saturday.", "U.S.", ran the agent into the next line: "by the U.S.\n    U.S.
#: officials"; a line wrapped inside a sentence, "by the board of\ndirectors", goes on) or a
#: bare relative pronoun ("by the union which accused him": the party ends before its clause)
_AGENT_STOP = re.compile(r"[.!?][ \t]*\n|\n[ \t]*\n|\s(?:which|who|whom|that)\s")


def agent_within_line(text: str, agent: tuple[int, int]) -> tuple[int, int]:
    """The agent of pass 2's pattern, ended at a sentence's or a paragraph's line break or a
    bare relative pronoun and stripped of spaces and closing punctuation."""
    a, b = agent
    stop = _AGENT_STOP.search(text, a, b)
    return _strip_span(text, a, stop.start() if stop else b, punct=" \t\n,;:.")


def rejected_claim(text: str, judged: tuple[int, int], sent_start: int) -> bool:
    """Whether what "was rejected" is a claim, as round eleven reads the active ("rejected the
    accusation" reports it, "rejected the offer", "rejected a lawsuit" do not): a claim noun or
    a pronoun among its first words ("the charge", "these claims", "it"); for a relative
    pronoun, a claim noun among the words before it ("the claim, which was rejected by")."""
    phrase = text[judged[0] : judged[1]].lower()
    if phrase in {"which", "that", "who"}:
        words = [w.lower() for w in _WORD.findall(text[sent_start : judged[0]])[-5:]]
        return any(w.rstrip("s") in _CLAIM_NOUNS for w in words)
    words = [w.lower() for w in _WORD.findall(phrase)[:5]]
    return any(w.rstrip("s") in _CLAIM_NOUNS or w in _NO_CONTENT for w in words)


def judged_party(text: str, agent: tuple[int, int]) -> bool:
    """Whether the agent of a judgement in the passive names a party the earlier test missed:
    a possessive or a quantifier first ("her uncle", "several of her rivals"), a share ("58
    percent of voters"), or a bare plural of people ("opponents", "anglers")."""
    words = text[agent[0] : agent[1]].split()
    if not words:
        return False
    first = words[0].lower()
    if first in _PARTY_OPENERS and len(words) > 1:
        return True
    if _SHARE.match(text, agent[0], agent[1]):
        return True
    if any(w.lower().strip(",.;:") in _HEADS for w in words):
        return True
    return (
        len(words) <= 2
        and all(w.islower() for w in words)
        and _PLURAL_PARTY.fullmatch(words[-1]) is not None
        and words[-1] not in _NOT_PARTIES
    )


def reason_after_agent(doc: _Doc, agent_end: int, sent_end: int) -> tuple[int, int] | None:
    """The reason after a judgement's agent ("by opponents | for his vote", "by the board | of
    hiding its books"), to the clause's end or its first comma (a reason is one phrase: "...
    of hiding its books, denied it" goes on with the subject's own verb), or None when the
    agent closes the clause."""
    text = doc.text
    m = _REASON.match(text, agent_end, sent_end)
    if m is None:
        return None
    a = m.start(1)
    b = _clause_end(doc, a, sent_end)
    comma = text.find(",", a, b)
    if comma > a and doc.quote_at(comma) is None:
        b = comma
    a, b = _strip_span(text, a, b)
    return (a, b) if b > a else None
