"""Evidence cues: the subject of "X shows that", "records show" and the like, a record
or a study rather than a person (:func:`_evidence_subject`, :func:`_evidence_clause_subject`).
Their heads are things, so the person-shaped subject rules do not find them."""

from __future__ import annotations

from newslens_stance.attributions.lexicon import (
    _DISCOURSE,
    _FINITE,
    _POSS_DET,
    _PRONOUNS,
    _WORD,
    FORM_TO_LEMMA,
    _words,
)
from newslens_stance.attributions.patterns import _EVIDENCE_HEADS
from newslens_stance.attributions.text import (
    _Doc,
    _strip_span,
)

#: round thirty-one: participles of making a record, read inside a long record subject
_RECORD_MADE = frozenset(_words("released published conducted compiled commissioned taken"))


def _evidence_clause_subject(doc: _Doc, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of a record that shows or finds, when a participle or a prepositional
    phrase follows its evidence noun ("Polls taken Tuesday showed", "footage supplied by
    the coast guard showed"): the words from the clause start (after a comma) to the cue, when
    they are few, hold an evidence noun and no finite verb."""
    return evidence_phrase_before(doc.text, s0, c0)


def evidence_phrase_before(text: str, s0: int, c0: int) -> tuple[int, int] | None:
    """:func:`_evidence_clause_subject` on the text alone (round sixty-four: the noun test,
    which has no document, reads it too)."""
    lo = max(s0, text.rfind(",", s0, c0) + 1, text.rfind(";", s0, c0) + 1)
    a, b = _strip_span(text, lo, c0)
    words = [w.lower() for w in _WORD.findall(text[a:b])]
    if not 2 <= len(words) <= 16 or not any(w in _EVIDENCE_HEADS for w in words):
        return None
    # round thirty-one: a long record subject ("A poll of 900 voters in three districts
    # released on Friday shows") when the record noun is among its first four words, the
    # rest its modifiers, a participle of making the record allowed after it
    head = next(i for i, w in enumerate(words) if w in _EVIDENCE_HEADS)
    if len(words) > 8 and head > 3:
        return None
    if any(
        w in _FINITE
        or w in _PRONOUNS
        or (w in FORM_TO_LEMMA and not (i > head and w in _RECORD_MADE and len(words) > 8))
        for i, w in enumerate(words)
    ):
        return None
    if len(words) > 8 and words[-1].endswith("ly") and (sp := text.rfind(" ", a, b)) > a:
        b = _strip_span(text, a, sp)[1]  # "... released last week actually showed"
    dm = _DISCOURSE.match(text[a:b])
    return (a + (dm.end() if dm else 0), b)


def _evidence_subject(text: str, speaker: tuple[int, int]) -> bool:
    """Whether the speaker phrase ends in an evidence noun (:data:`_EVIDENCE_HEADS`)."""
    words = _WORD.findall(text[speaker[0] : speaker[1]])
    if words and words[-1].lower() in _EVIDENCE_HEADS:
        return True
    # "The poll, released on Monday by the institute,": the head before an appositive
    comma = text.find(",", speaker[0], speaker[1])
    head = _WORD.findall(text[speaker[0] : comma]) if comma > 0 else []
    if head and head[-1].lower() in _EVIDENCE_HEADS:
        return True
    # "A harbour poll out this week shows", "A video drawing many viewers shows": a
    # record with what follows it (not a person: the record word comes after a determiner)
    low = [w.lower() for w in words[:8]]
    return any(
        w in _EVIDENCE_HEADS and i >= 1 and (low[i - 1] in _POSS_DET or low[0] in _POSS_DET)
        for i, w in enumerate(low)
    )
