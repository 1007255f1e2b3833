"""Round fifty-two: a hanging cue whose clause's subject is an event speaks for a later clause.

A participle ("..., shouting"), an infinitive ("to comment") or a verb coordinated with an
earlier one ("and asked") takes its speaker from the clause it hangs on. When that clause's
subject is an event, a state of affairs or an empty "it" ("The first clash came at the fair,
when dock workers interrupted her, shouting ...", "It was no surprise, when Mayor Dale took
the floor to comment ..."), it cannot be the one who speaks: the subject of the subordinate
clause after it ("when", "after", "where", "as", ...), which stands nearer the cue, is.

Why guarded by the event: round forty-four left subordinators out of the later clauses a
participle may hang on ("Lund apologized after the posts surfaced, saying ...": Lund speaks,
not the posts); a person as the main clause's subject keeps that reading.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.subjects import _nearest_clause_subject, _thing_as_subject
from newslens_stance.attributions.text import _Doc

#: a subordinate clause after the main one ("..., when", " after", " where"), its subject next
_SUBORDINATE_OPENING = re.compile(
    r"(?:,\s*|\s)(?:when|after|where|as|while|because|before|until|once)\s+"
)
#: the clauses a hanging cue may follow: a subordinate one, or one after a comma, "and" or
#: "but" (round forty-four's), the nearest taken
_CLAUSE_OPENING = re.compile(_SUBORDINATE_OPENING.pattern + r"|,\s+|\s(?:and|but)\s+")
#: events of a campaign or a quarrel, beyond the shared lexicon of things (read here only: in
#: other rules "a hearing" or "the debate" may hold a report as its record)
_EVENT_HEADS = frozenset(
    _words(
        """
        clash clashes fracas row rows scuffle scuffles brawl fight fights debate debates dispute
        meeting meetings hearing hearings rally rallies exchange confrontation episode
        """
    )
)
#: an empty "it" before a form of "be" ("it was", "it's")
_EMPTY_IT = re.compile(r"[Ii]t(?:’s|'s|\s+(?:was|is|had\s+been|has\s+been)\b)")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_WITNESS = re.compile(r"\b[Ww]itness(?:es)?\b")


def _cannot_speak(text: str, speaker: tuple[int, int], lemma: str) -> bool:
    """Whether the speaker is an event, a state of affairs or an empty "it"."""
    if _EMPTY_IT.match(text, speaker[0]) and speaker[1] - speaker[0] == 2:
        return True
    if _thing_as_subject(text, speaker, lemma):
        # (a witness is a person, though "-ness" reads as a state's suffix)
        return not _WITNESS.search(text, speaker[0], speaker[1])
    last = _LAST_WORD.search(text, speaker[0], speaker[1])
    return last is not None and last.group() in _EVENT_HEADS


def subordinate_clause_speaker(
    doc: _Doc, speaker: tuple[int, int], c0: int, lemma: str
) -> tuple[int, int] | None:
    """The subject of the subordinate clause nearest before a hanging cue, when the clause
    it would hang on has an event for its subject; else None (keep the speaker)."""
    text = doc.text
    if speaker[1] > c0 or not _CLAUSE_OPENING.search(text, speaker[1], c0):
        return None
    if not _cannot_speak(text, speaker, lemma):
        return None
    later = _nearest_clause_subject(doc, speaker[1], c0, _CLAUSE_OPENING)
    if later is None or _cannot_speak(text, later, lemma):
        return None
    return later
