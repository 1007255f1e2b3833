"""Round sixty-eight: an intention in a relative clause with a progressive or a "do" negation.

The relative clause before a cue names its holder ("Ann Ode, who backs the levy", "a skipper
who wants to help"); the words allowed between the pronoun and the cue (``_REL_GAP``) are
adverbs, modals and the perfect's "has / had", but not the progressive's "is / are / was /
were" nor "don't / doesn't / didn't". So "Ann Ode, who is backing the levy", "the union,
which is planning a strike", "voters who don't want a tax" had no speaker and no row, though
PolNeAR marks the pronoun as the source as it does for the simple tense. The progressive is
read only before a form in -ing ("who is said to", "which was backed by" are a passive and no
holder), and only for a cue of class intention (a plan, a wish, support or opposition), whose
holder the relative names. Not "seek": "Ode, who is seeking reelection", "rivals who are
also seeking the nomination" are a candidacy, which PolNeAR leaves unmarked (none of four
train rows this path gave "seek" was at a gold item).
"""

from __future__ import annotations

import re

_ADVERB = r"(?:(?:now|still|also|already|even|currently|actively|openly|publicly|[a-z]{3,}ly),?\s+)"

#: a relative pronoun and a progressive "be" or a "do" negation right before the cue, after a
#: comma, a dash or a bracket ("Ode, who is now backing") or after a noun ("voters who don't
#: want"); the text searched ends where the cue begins
_PROGRESSIVE_RELATIVE_BEFORE_CUE = re.compile(
    r"(?:(?:,|\(|[—–])\s*(?:which|who)|\b[A-Za-z][\w’'\-]*\s+who)\s+"
    + _ADVERB
    + r"?(?:(?P<be>is|are|was|were)\s+"
    + _ADVERB
    + r"?|(?:do|does|did)\s*(?:n[’']t|\s+not)\s+"
    + _ADVERB
    + r"?)$"
)
#: a verb of saying later in the sentence (as round forty's restrictive reports read it)
_SAYING = re.compile(r"\b(?:said|says|say|told|tells)\b")
#: what the text before such a cue ends with (the quick test before the search)
_ENDINGS = (
    "is",
    "are",
    "was",
    "were",
    "n’t",
    "n't",
    "not",
    "now",
    "still",
    "also",
    "already",
    "even",
    "ly",
)


def progressive_relative(
    text: str, s0: int, c0: int, c1: int, s1: int, form: str, lemma: str
) -> re.Match[str] | None:
    """The relative clause with a progressive or a "do" negation that opens right before the
    intention cue at ``c0``-``c1`` of the sentence ``s0``-``s1`` ("Ode, who is backing",
    "voters who don't want"), its offsets from ``s0``, or None. ``form`` is the cue as written;
    the caller reads only cues of class intention.
    """
    if lemma == "seek" or not text[max(s0, c0 - 12) : c0].rstrip().endswith(_ENDINGS):
        return None
    # offsets from the sentence's start, as the other relative patterns give them
    found = _PROGRESSIVE_RELATIVE_BEFORE_CUE.search(text[s0:c0], max(0, c0 - s0 - 80))
    if found is not None and found.group("be") and not form.split()[0].lower().endswith("ing"):
        return None  # "who is said to", "which was backed by": a passive, no holder
    if found is not None and found.group()[0].isalpha() and _SAYING.search(text, c1, s1):
        # "Pilots who are backing the levy say it is fair": the restrictive relative is in
        # the subject of a later report, whose content the intention's would run into
        return None
    return found
