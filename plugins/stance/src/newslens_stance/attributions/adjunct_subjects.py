"""Round fifty-six: a participle after an adjunct or an object of time is the subject's.

"Dale was on the radio talking about the budget", "the two leaders are on record opposing
the tax": the phrase after a form of "be" and a preposition says where the subject is, so the
participle after it is the subject's, not the radio's. "Lund spent much of the spring
railing against the board", "Dale opened the harbour hearing saying": a verb of spending
time or of opening and closing an occasion takes the time or the occasion as its object, and
the participle after it is the subject's too. The phrase scan before the participle stops at
the nearest noun phrase ("the radio", "the harbour hearing"), which does not speak.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _CALENDAR, _words
from newslens_stance.attributions.patterns import _NO_PARTY_SUBJECTS
from newslens_stance.attributions.subjects import _clause_subject, _nearest_clause_subject
from newslens_stance.attributions.text import _Doc

#: a form of "be" and a preposition of place right before the participle's phrase ("was on |
#: the radio talking about", "are on | record opposing")
_BE_PREP_END = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:on|at|in|onto)\s+$"
)

#: a verb of spending time or of opening and closing an occasion, its object (up to six
#: words, no comma) and the participle ("spent more time | talking", "opened the harbour
#: hearing | saying", "closed his speech | urging"); the plain forms that are as often a noun
#: or an adjective ("a close friend", "the end", "an open letter") are left out
_TIME_VERB_OBJECT_END = re.compile(
    r"\b(?P<verb>spend|spends|spent|spending|starts|started|opens|opened|closes|closed|"
    r"begin|begins|began|begun|ended|wrap(?:s|ped)?\s+up|kick(?:s|ed)?\s+off)\s+"
    r"(?:out\s+)?(?P<object>(?:[\w’'\-]+\s+){1,6})$"
)

#: a pronoun that is a party, which the verb of spending makes do the act ("started them
#: talking"), and the relative pronouns that are the subject as written
_PARTY_OBJECTS = frozenset(_words("him her them us me you it"))
_RELATIVES = frozenset(_words("who which that"))
#: a subordinate clause's opening between the clause's subject and the verb: the verb is the
#: subordinate clause's, whose subject the clause finder does not always read ("The inquiry
#: opened after a docker, Ole Lund, filed a complaint with the board alleging")
SUBORDINATE_OPENING = re.compile(
    r"\b(?:after|when|because|while|before|since|if|although|though|until|once|as|where)\b"
)
_DETERMINERS = frozenset(_words("a an the his her its their our my your this that these those"))


def place_subject(doc: _Doc, s0: int, c0: int, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """The clause's subject when ``speaker`` (the phrase before a participle at ``c0``)
    follows a form of "be" and a preposition, or None."""
    text = doc.text
    place = _BE_PREP_END.search(text, max(s0, speaker[0] - 30), speaker[0])
    if place is None:
        return None
    sub = _clause_subject(doc, s0, c0)
    if sub is None or sub[1] > place.start() or text[sub[0] : sub[1]].lower() in _NO_PARTY_SUBJECTS:
        return None
    return sub


def time_verb_subject(doc: _Doc, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of a verb of spending time or of opening an occasion whose object ends
    right before the participle at ``c0`` (a relative pronoun before the verb as written),
    or None."""
    text = doc.text
    m = _TIME_VERB_OBJECT_END.search(text, max(s0, c0 - 80), c0)
    if m is None:
        return None
    obj = m.group("object").split()
    if (
        obj[0].lower() in _PARTY_OBJECTS
        or obj[0] == "up"
        or any(w[:1].isupper() and w.lower() not in _CALENDAR for w in obj)
    ):
        # a party the verb sets going ("started them talking"), a name, or "end up voting"
        # (no object: the phrasal verb's subject, which the clause finder reads too rarely)
        return None
    verb = m.start("verb")
    before = doc.words_before(verb, s0, 1)
    if before and before[0].group().lower() in _DETERMINERS:
        return None  # an adjective ("at a closed meeting discussing")
    if before and before[0].group().lower() in _RELATIVES:
        return before[0].span()  # "Ann Berg, who spent much of her talk praising"
    sub = _nearest_clause_subject(doc, s0, c0) or _clause_subject(doc, s0, c0)
    if (
        sub is None
        or sub[1] > verb
        or text[sub[0] : sub[1]].lower() in _NO_PARTY_SUBJECTS
        or SUBORDINATE_OPENING.search(text, sub[1], verb) is not None
    ):
        return None
    return sub
