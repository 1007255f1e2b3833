"""Round seventy-two: a restrictive relative in the sentence's subject ends at the main verb.

"Pilots who back the levy outnumbered its critics": the relative clause "who back the levy"
sits in the subject of the sentence, whose own verb ("outnumbered") follows the relative's
object. The content of "back" ran on to the sentence's end ("the levy outnumbered its
critics"), since nothing in an object's bounds knows that a verb of another clause follows.
PolNeAR's content is the relative's object alone ("the levy").

The relative is read only where its antecedent opens the sentence (no comma, no verb and no
cue before "who": "Pilots who", "Even skippers who", "Among those who"), so the sentence's
main verb must come after it. The main verb is the first finite word of the content after its
first word: an auxiliary or modal ("were", "could"), an irregular past ("said"), a cue in
-s or -ed ("warned", "says") or another word in -ed ("outnumbered"; not before "by", a
participle). A word right after "and", "or", "but", "to" or "not" goes on with the
relative's own verb. When the cue reports a clause ("Voters who say the fares are too high
were split"), the clause has a verb of its own: the second such word is the main verb.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import (
    _FINITE,
    _PAST,
    CUE_FORMS,
    THAT_CLAUSE_LEMMAS,
    _words,
)
from newslens_stance.attributions.patterns import _SUBJECT_PRONOUNS

#: words that may open the subject before its noun ("Even skippers who", "Among those who")
_SUBJECT_LEADS = frozenset({"even", "so", "and", "but", "among", "only", "yet", "still"})
#: lemmas whose content is mostly a clause with a verb of its own, besides THAT_CLAUSE_LEMMAS
_CLAUSE_LEMMAS = frozenset(
    _words("say tell agree argue insist warn rule claim think believe feel expect fear suspect")
)
#: a word before a verb of the relative's own ("and do not", "to attend", "but say")
_CHAIN_WORDS = frozenset(
    {*_words("and or but nor to not who which that be been being"), *_FINITE}
)  # (and a word after an auxiliary: "should be closed", "would be scared")
#: words that open a clause of another kind inside the content, whose verbs are its own
#: ("who want to sail as the trawlers do", "who say they would go if Lund won")
_SUBORDINATORS = frozenset(_words("if when because although though while as since unless than"))
#: words that show the sentence's subject came before the relative ("I am a daughter of
#: pilots who", "For anyone who ...,": a fronted phrase, its subject later)
_NOT_IN_SUBJECT = frozenset(_words("i he she we they it you am for as with in on at to by from"))
#: words after which a bare cue form is a noun ("a vote", "for support", "more support")
_NOUN_OPENERS = frozenset(
    _words(
        "a an the his her their its our my your this that these those no any some more most "
        "of for in on with by at from into about against over"
    )
)
#: an article, and the prepositions after which one may stand inside a subject's phrase ("A
#: majority of the voters", "Skippers in the port")
_ARTICLES = frozenset(_words("a an the"))
_PHRASE_PREPOSITIONS = frozenset(_words("of in at on from for with among than"))
#: a "that" the content was opened after (the content begins past it)
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


def _subject_opens_sentence(text: str, s0: int, who: int) -> bool:
    """Whether the words before the restrictive "who" at ``who`` open the sentence as a noun
    phrase: no comma or dash, no verb, no cue."""
    before = text[s0:who]
    if any(mark in before for mark in ',;:—–()"“”'):
        return False
    words = _WORD.findall(before)
    if not words or len(words) > 8:
        return False
    for i, word in enumerate(words):
        low = word.lower()
        if i == 0 and low in _SUBJECT_LEADS:
            continue
        if i > 0 and low in _ARTICLES and words[i - 1].lower() not in _PHRASE_PREPOSITIONS:
            return False  # a second article with no "of" before it: "The film stars a ..."
        if low in _NOT_IN_SUBJECT:
            return False
        if (
            low in _FINITE
            or low in _PAST
            or low in CUE_FORMS
            or "’" in low
            or "'" in low
            or (low.endswith("ed") and len(low) > 4)
        ):
            return False
    return True


def _is_finite(words: list[re.Match[str]], i: int) -> bool:
    """Whether the ``i``-th word of the content may be a finite verb: an auxiliary, a past, a
    word in -ed (not before "by", nor after a determiner, an adverb in -ly or another word
    in -ed: "a freshly baked glazed ham"), a cue in -s or a bare cue after a noun."""
    low = words[i].group().lower()
    prev = words[i - 1].group().lower()
    if prev in _CHAIN_WORDS:
        return False
    if low in _FINITE or low in _PAST:
        return True
    if low.endswith("ed") and len(low) > 4:
        following = words[i + 1].group().lower() if i + 1 < len(words) else ""
        return (
            following != "by"
            and not prev.endswith(("ly", "ed"))  # "a freshly baked glazed ham"
            and prev not in _NOUN_OPENERS
        )
    if low not in CUE_FORMS or prev in _NOUN_OPENERS:
        return False  # after a determiner or a preposition a cue is a noun ("opposed the tolls")
    if low.endswith("s") and not low.endswith("ss"):
        return True  # "says", "warns"
    # a bare cue after a noun agrees with the plural subject ("Pilots who want the levy say
    # it is fair"); ("who want a vote": a noun, refused above)
    return CUE_FORMS[low] == low


def main_verb_cut(
    text: str, s0: int, who: int, content: tuple[int, int], lemma: str
) -> tuple[int, int] | None:
    """The content ``content`` of a cue in a restrictive relative whose "who" starts at
    ``who`` in the sentence starting at ``s0``, cut before the sentence's main verb; None
    when the relative is not in the sentence's opening subject or no main verb is found."""
    if not _subject_opens_sentence(text, s0, who):
        return None
    a, b = content
    words = list(_WORD.finditer(text, a, b))
    if len(words) < 2:
        return None
    clause = (
        lemma in THAT_CLAUSE_LEMMAS
        or lemma in _CLAUSE_LEMMAS
        or words[0].group().lower() == "that"
        or _THAT_BEFORE.search(text, max(0, a - 8), a) is not None  # ("promises that [Lund ...]")
    )
    own_verb_seen = not clause  # (a reported clause's own verb comes before the main verb)
    for i in range(1, len(words)):
        if words[i].group().lower() in _SUBORDINATORS:
            return None  # (a clause of another kind: its verbs are not the main verb)
        if not _is_finite(words, i):
            continue
        if words[i - 1].group().lower() in _SUBJECT_PRONOUNS or not own_verb_seen:
            # the verb of a clause inside the content ("who say he had ...", "who feared
            # he had lost a map he had drawn ... has"): never the sentence's main verb
            own_verb_seen = True
            continue
        end = words[i].start()
        while end > a and text[end - 1] in " \t\n,;:–—-":
            end -= 1
        return (a, end) if end > a else None
    return None
