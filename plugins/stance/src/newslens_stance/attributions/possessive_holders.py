"""Round sixty-one: a noun cue's possessive that points back to its clause's subject.

"The skippers were unsparing in their criticism of the levy", "Lund is doubling down on his
support for the pier": the noun cue's holder is written as a possessive ("their", "his"),
but the same clause has just named the one who criticises or supports as its subject, and
the possessive only points back to it. The lead decided (docs/decisions.md, 2026-12-06) that
the subject is then the speaker, as PolNeAR marks it where its cue spans the predicate. Only
the shape the decision names: the subject, its verb group (auxiliaries, adverbs, a verb or
an adjective, a particle), one preposition, then the possessive and the noun cue (an
adjective or two between). A possessive with no antecedent in its own clause stays the
speaker: a verb's object ("the board rejected their criticism"), a sentence's opening ("Their
criticism came late"), a subject that does not agree with it ("The mayor was blunt in their
criticism": "their" is others').
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.patterns import _NO_PARTY_SUBJECTS
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc

_POSSESSIVES = frozenset(_words("his her their its"))

#: the subject's verb group and a preposition right before the possessive: auxiliaries,
#: adverbs, the verb or adjective, a particle, the preposition ("have been unsparing in |",
#: "is doubling down on |", "expanded upon |")
_GROUP_BEFORE_POSSESSIVE = re.compile(
    r"(?P<aux>(?:\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|"
    r"may|might|must|can|do|does|did)\s+)*)"
    r"(?:(?:not|never|also|still|only|long|already|again|now|most|more|so|very|as|"
    r"[a-z]+ly)\s+)*"
    r"(?P<head>[a-z][a-z\-]+)\s+(?:(?:down|up|out|back|forward)\s+)?"
    r"(?:in|on|upon|with|about|over|against)\s+$"
)

#: words that open no verb group: a subject pronoun or a word that ends a noun phrase's
#: lead ("the", "a"), a conjunction or a relative (the clause before it is another's)
_NOT_A_HEAD = frozenset(
    _words(
        "he she they we it i you the a an this that these those and but or nor who which "
        "whose whom what when where while if because as than to of for by at from into"
    )
)
_SINGULAR_AUX = frozenset(_words("is was has does"))
_PLURAL_AUX = frozenset(_words("are were have do"))
#: subject pronouns and the possessives that point back to them
_PRONOUN_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "it": "its"}
#: subjects that are no party (and "one", a pronoun here: "one was blunt in their ...")
_EMPTY_SUBJECTS = _NO_PARTY_SUBJECTS | {"one"}
#: a focus word before the subject, no part of the party
_FOCUS_OPENERS = frozenset(_words("Even Only Also Still Now"))


def subject_of_possessive(
    doc: _Doc, speaker: tuple[int, int], c0: int, s0: int
) -> tuple[int, int] | None:
    """The clause subject the possessive ``speaker`` points back to, when it stands after the
    subject's verb group and a preposition right before the noun cue at ``c0``, or None."""
    text = doc.text
    poss = text[speaker[0] : speaker[1]]
    if poss not in _POSSESSIVES:
        return None  # (lower case only: a capitalised "Their" opens the sentence)
    between = text[speaker[1] : c0].split()
    if len(between) > 2 or not all(w.replace("-", "").isalpha() and w.islower() for w in between):
        return None  # "his harsh attacks on", not "his campaign's attacks"
    group = _GROUP_BEFORE_POSSESSIVE.search(text, max(s0, speaker[0] - 70), speaker[0])
    if group is None or group.group("head") in _NOT_A_HEAD:
        return None
    aux = group.group("aux").split()
    head = group.group("head")
    if not aux and not head.endswith("ed"):
        return None  # a finite verb with no auxiliary is a past form ("expanded upon")
    subject, _ = _np_before(doc, group.start(), s0)
    if subject is None or text[subject[1] : group.start()].strip():
        return None
    words = text[subject[0] : subject[1]].split()
    low = words[-1].lower()
    if low in _EMPTY_SUBJECTS or words[0].lower() in _POSSESSIVES:
        return None
    if not _agrees(poss, words, aux):
        return None
    if words[0] in _FOCUS_OPENERS and len(words) > 1:
        # "Even Latino voters were blunt in their ...": the party without the focus word
        return (text.index(words[1], subject[0]), subject[1])
    return subject


def _agrees(poss: str, words: list[str], aux: list[str]) -> bool:
    """Whether the possessive can point back to the subject ``words`` (its verb's first
    auxiliary ``aux`` telling its number)."""
    low = words[-1].lower()
    if low in _PRONOUN_POSSESSIVE:
        return _PRONOUN_POSSESSIVE[low] == poss
    if low in _words("i we you me us"):
        return False
    number = aux[0] if aux else ""
    if number in _PLURAL_AUX or "and" in words:
        plural: bool | None = True
    elif number in _SINGULAR_AUX:
        plural = False
    elif low.endswith("s") and not low.endswith("ss"):
        # a common noun in -s is plural; a name in -s ("Sanders") may be either
        plural = True if words[-1].islower() else None
    else:
        plural = False
    if poss == "their":
        return plural is not False
    return plural is not True
