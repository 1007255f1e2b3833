"""A noun cue's possessor read without the noun's adjectives: "the mayor's stern warning that",
"Lund's effusive praise of ...", "a reprise of Lund's now-familiar claims that ..."
(round eighty-eight).

Why: before a noun of saying the phrase scan read the possessor and the adjectives between it
and the noun as one phrase ("his stern", "Lund's effusive"), so the speaker's head was the
adjective, and after a preposition the phrase ran back over the noun the possessive phrase
hangs on ("Voters like Lund's fire-breathing"). The possessor is the party whose words the
noun names (PolNeAR marks "his", "Lund's"), as round forty-nine reads "Lund's assertion that".

Read only when the speaker span ends, right before the cue, in a possessor (a possessive
determiner or a word in 's / s') and one or two adjectives (by their suffix, a compound with a
hyphen or a short list of words of manner and time, "stern", "latest", "clarion"); a noun used
as a modifier ("Lund's campaign statement", "the paper's editorial", "Friday's announcement",
"people familiar with her thinking") is left as it was. The possessor keeps a title or name
before it and the determiner of a common noun ("the mayor's").
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\s]+")
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "its", "our", "my", "your"])
_POSSESSIVE_END = re.compile(r"[\w.\-]+(?:[’']s|s[’'])")
#: adjective suffixes (not "-al", "-ent", "-ing": "editorial", "statement", "meeting" are nouns
#: as often; "-ed" after three letters, not "-eed": "repeated", not "feed", "speed")
_ADJECTIVE_SUFFIX = re.compile(r"[a-z](?:ive|ous|ful|ic|less|able|ible)$|[a-z]{2}[^e\W]ed$")
_ADJECTIVES = frozenset(
    [
        "stern",
        "bold",
        "blunt",
        "harsh",
        "clear",
        "sharp",
        "clarion",
        "latest",
        "recent",
        "past",
        "new",
        "early",
        "frequent",
        "angry",
        "fierce",
        "firm",
        "explicit",
        "direct",
        "open",
        "vague",
        "curt",
        "brief",
        "terse",
        "full",
        "final",
        "constant",
        "loud",
        "strong",
        "broad",
        "public",
        "private",
        "famous",
        "familiar",
        "usual",
        "current",
        "consistent",
        "persistent",
        "urgent",
        "vehement",
        "insistent",
        "personal",
        "original",
        "political",
        "formal",
        "informal",
        "initial",
        "typical",
        "critical",
        "verbal",
        "solid",
    ]
)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])
#: the last part of a compound adjective ("fire-breathing", "grievance-driven", "high-handed")
_COMPOUND_END = re.compile(r"(?:ing|ed|en|ive|ous|ful|ic|less|able|ible)$")
#: verb forms a noun cue's form is not ("said", "preferred": the word after the possessor's
#: phrase is its verb or a modifier, not a noun of saying)
_PAST_FORMS = frozenset(["said", "told", "wrote", "spoke", "thought", "knew", "felt"])


def _adjective(word: str) -> bool:
    return (
        word.islower()
        and not _POSSESSIVE_END.fullmatch(word)
        and (
            word in _ADJECTIVES
            or _ADJECTIVE_SUFFIX.search(word) is not None
            # a compound whose last part is an adjective or a participle ("fire-breathing",
            # "now-familiar", "high-handed"; not "vice-governor", "prime-time", "op-ed")
            or (
                "-" in word.strip("-")
                and word.replace("-", "").isalpha()
                and (
                    (last := word.rsplit("-", 1)[1]) in _ADJECTIVES
                    or (len(last) >= 4 and _COMPOUND_END.search(last) is not None)
                )
            )
        )
    )


def possessor_span(
    text: str, speaker: tuple[int, int], c0: int, form: str
) -> tuple[int, int] | None:
    """The possessor of a noun cue when the speaker span holds it and the noun's adjectives,
    or None."""
    # (the quick tests first: most speakers end in a name, right before their verb)
    if not text[speaker[1] - 1 : speaker[1]].islower() or speaker[1] > c0 or c0 - speaker[1] > 3:
        return None
    if text[speaker[1] : c0].strip():
        return None
    first = form.split()[0].lower() if form.split() else ""
    if first.endswith("ed") or first in _PAST_FORMS:
        return None
    words = list(_WORD.finditer(text, speaker[0], speaker[1]))
    if len(words) < 2:
        return None
    n = 0
    while n < 2 and len(words) > n + 1 and _adjective(words[-1 - n].group()):
        n += 1
    if n == 0:
        return None
    i = len(words) - 1 - n
    owner = words[i].group()
    if owner.lower() in _POSSESSIVE_DETERMINERS:
        return words[i].span()
    if not _POSSESSIVE_END.fullmatch(owner):
        return None
    start = i
    if owner[:1].isupper():
        while start > 0 and words[start - 1].group()[:1].isupper():
            start -= 1
    elif start > 0 and words[start - 1].group().lower() in _DETERMINERS | _POSSESSIVE_DETERMINERS:
        start -= 1  # "the mayor's", "her rival's"
    return (words[start].start(), words[i].end())
