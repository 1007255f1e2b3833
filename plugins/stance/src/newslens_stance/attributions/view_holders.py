"""Round eighty: the holder of "see / view / regard X as Y" where no noun phrase stands
right before the verb.

Why: :func:`views._held_view` takes the noun phrase right before the verb as the one who holds
the view. Two shapes of news put the holder further back, and the view then had no row:

- a participle after a comma, its holder the clause's subject ("The mayor stayed away,
  seeing the visit as a stunt");
- a second verb joined by "and" or "but", its holder the first verb's subject ("She trusts
  the board but views the levy as a mistake").

Both take the subject of the clause the verb hangs on (:func:`subjects._clause_subject`, the
reading the participles and coordinated cues of saying already use). A participle must be
the "-ing" form and a joined verb a finite one ("sees / saw / views / viewed / regards /
regarded"): "and see the levy as" after a modal or "to" is another clause's infinitive.
Over BBC News and Reuters the first version also read other senses of the verb and other
subjects' clauses, hence :func:`_short_object` and :data:`_OTHER_CLAUSE`.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _WORD
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.subjects import _clause_subject
from newslens_stance.attributions.text import _Doc

#: a comma right before a participle of seeing ("..., seeing it as")
_COMMA_BEFORE = re.compile(r",\s+$")
#: "and" / "but" right before a finite verb of seeing, with an optional adverb ("but now views")
_JOINED_BEFORE = re.compile(r"[a-z’'\d)]\s*,?\s+(?:and|but)\s+(?:(?:[a-z]+ly|also|still|now)\s+)?$")
#: a short object (up to four words) and "as", not "as well as"
_SHORT_OBJECT_AS = re.compile(
    r"\s+(?P<obj>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)\s+as\s+(?!well\s+as\b)"
)
#: words that put another phrase or clause inside the object
_NOT_IN_OBJECT = re.compile(
    r"\b(?:in|of|on|for|to|with|at|from|about|by|into|make|makes|made|do|does|did|get|gets|got"
    r"|take|takes|took|be|being)\b"
)
#: a clause of another subject between the holder and the participle's comma
_OTHER_CLAUSE = re.compile(r"\b(?:but|while|whereas|although|though)\s|;")
_PARTICIPLES = frozenset({"seeing", "viewing", "regarding"})
_FINITE = frozenset({"sees", "saw", "views", "viewed", "regards", "regarded"})


def clause_holder(doc: _Doc, c0: int, cue: str, s0: int) -> tuple[int, int] | None:
    """The subject of the clause a participle or a joined verb of seeing at ``c0`` hangs on,
    or None when the verb is neither or no subject stands before it."""
    text = doc.text
    word = cue.lower()
    if word in _PARTICIPLES:
        before = _COMMA_BEFORE.search(text, max(s0, c0 - 4), c0)
    elif word in _FINITE:
        before = _JOINED_BEFORE.search(text, max(s0, c0 - 24), c0)
    else:
        return None
    if before is None or before.start() <= s0:
        return None
    if not _short_object(text, c0 + len(cue)):
        return None
    subject = _clause_subject(doc, s0, before.start()) or _opening_subject(doc, s0, before.start())
    if subject is None or subject[1] > before.start():
        return None
    if _OTHER_CLAUSE.search(text, subject[1], before.start()):
        return None  # "X did this, but many bankers had doubts, seeing ...": another subject
    return subject


def _short_object(text: str, end: int) -> bool:
    """Whether the verb's object is a short phrase right before "as" ("seeing it as", "views
    Mr. Lund as"): a longer one, or one with a preposition or a verb in it, belongs to another
    sense of the verb ("saw the singer give her farewell show as", "sees hurdles in
    admitting the town as", "sees gains in ferry traffic as well as")."""
    m = _SHORT_OBJECT_AS.match(text, end)
    return m is not None and not _NOT_IN_OBJECT.search(m.group("obj"))


def _opening_subject(doc: _Doc, s0: int, end: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence before its first finite verb in "-s" or "-ed"
    ("She trusts the board but views ..."), which :func:`subjects._first_verbish` does not
    take for a verb unless the lexicon knows it; None unless that phrase opens the
    sentence."""
    text = doc.text
    opening = _WORD.search(text, s0, end)
    if opening is None:
        return None
    for m in _WORD.finditer(text, opening.end(), end):
        word = m.group()
        if not word[:1].islower():
            continue
        if not (word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))):
            continue
        subject, _ = _np_before(doc, m.start(), s0)
        if subject is not None and subject[0] == opening.start():
            return subject
        return None
    return None
