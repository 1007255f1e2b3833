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
PROGRESSIVE_RELATIVE_ENDINGS = (
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
    before: str, form: str, lemma: str, cue_class: str, after: str
) -> re.Match[str] | None:
    """The relative clause with a progressive or a "do" negation that opens right before an
    intention cue ("Ode, who is backing", "voters who don't want"), or None.

    ``before`` is the sentence's text up to the cue, ending in the spaces before it; ``form``
    the cue as written; ``after`` the sentence's text after the cue.
    """
    if cue_class != "intention" or lemma == "seek":
        return None
    if not before.rstrip().endswith(PROGRESSIVE_RELATIVE_ENDINGS):
        return None
    found = _PROGRESSIVE_RELATIVE_BEFORE_CUE.search(before, max(0, len(before) - 80))
    if found is not None and found.group("be") and not form.split()[0].lower().endswith("ing"):
        return None  # "who is said to", "which was backed by": a passive, no holder
    if found is not None and found.group()[0].isalpha() and _SAYING.search(after):
        # "Pilots who are backing the levy say it is fair": the restrictive relative is in
        # the subject of a later report, whose content the intention's would run into
        return None
    return found
