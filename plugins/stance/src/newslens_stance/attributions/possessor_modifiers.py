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

from newslens_stance.attributions.lexicon import _words

_WORD = re.compile(r"[^\s]+")
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "its", "our", "my", "your"])
_POSSESSIVE_END = re.compile(r"[\w.\-]+(?:[’']s|s[’'])")
#: adjective suffixes (not "-al", "-ent", "-ant", "-ing": "editorial", "statement",
#: "assistant", "meeting" are nouns as often, nor "-ic": "music", "critic"; "-ed" after three
#: letters, not "-eed": "repeated", not "feed", "speed")
_ADJECTIVE_SUFFIX = re.compile(r"[a-z](?:ive|ous|ful|less|able|ible)$|[a-z]{2}[^e\W]ed$")
#: adjectives of a statement's manner or time that stand before its noun, those in "-ic" too
_ADJECTIVES = frozenset(
    _words(
        """
        stern harsh blunt sharp fierce bitter angry strong bold loud vocal constant frequent
        repeated renewed latest recent past earlier previous original initial first last
        final new own public private clarion stark dire grim veiled familiar sarcastic caustic
        emphatic dramatic cryptic clear firm explicit direct open vague curt brief terse full
        early famous usual current consistent persistent urgent vehement insistent personal
        political formal informal typical critical verbal solid broad enthusiastic optimistic
        pessimistic apocalyptic diplomatic energetic specific
        """
    )
)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])
#: the last part of a compound adjective ("fire-breathing", "grievance-driven", "high-handed")
_COMPOUND_END = re.compile(r"(?:ing|ed|en|ive|ous|ful|less|able|ible)$")
#: verb forms a noun cue's form is not ("said", "preferred": the word after the possessor's
#: phrase is its verb or a modifier, not a noun of saying)
_PAST_FORMS = frozenset(["said", "told", "wrote", "spoke", "thought", "knew", "felt"])


def possessor_adjective(word: str) -> bool:
    """Whether a word between a possessor and its noun cue is one of the noun's adjectives
    ("stern", "effusive", "repeated", "fire-breathing"), not a noun the possessive owns ("his
    rival", "her music", "Ode's op-ed", "the harbour's vice-governor").

    The one test of both readings of a noun cue's possessor: :func:`possessor_span` in the verb
    pass (round eighty-eight) and ``speaker_tails.trim_possessor_adjectives`` after the passes
    (round eighty-eight b); round eighty-nine made their two lists one."""
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
    while n < 2 and len(words) > n + 1 and possessor_adjective(words[-1 - n].group()):
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
