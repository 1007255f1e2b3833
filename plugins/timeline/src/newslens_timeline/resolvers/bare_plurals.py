"""A bare plural unit right after a verb, before "after" / "before" and an event: "the
minister resigned days after the vote", "the mayor testified hours after the raid".

Why: round fifty-six read a bare plural before "after" / "before" only at a clause's start or
after "just" / "only"; after a verb it is the same vague length (TimeML's "A few days later"
is ``PXD``), its count left open. A noun before it is left out: "working hours after 5 pm",
"extended hours after the close" are compounds, no length counted from an event, and no word
test tells them from "the letter weeks before the hearing".
"""

from __future__ import annotations

import re

#: irregular past forms and the copula's forms news writes before such a length ("came hours
#: after", "it could be years before", "may take weeks before")
_IRREGULAR = (
    "came|went|spoke|said|told|took|left|met|began|fell|rose|won|lost|made|quit|wrote|"
    "sent|held|broke|gave|struck|flew|ran|fled|sold|bought|paid|hit|be|been|take|takes|"
    # an object pronoun closes the verb's phrase: "called her weeks after the attack"
    "him|them|us|me"
)

#: "-ed" words that are adjectives before a plural unit ("extended hours", "limited days"),
#: not verbs
_ADJECTIVE_ED = "extended|limited|reduced|scheduled|unscheduled|required|numbered|added|allotted"

#: the word left of the plural (``before`` is lower-cased and ends at the plural)
_VERB_LEFT = re.compile(rf"\b(?:(?!(?:{_ADJECTIVE_ED})\s)[a-z]{{2,}}ed|{_IRREGULAR})\s+$")


def after_verb(before: str) -> bool:
    """Whether the lower-cased text ``before`` a bare plural unit ends in a verb: a past form
    ("resigned", "came"), "be" / "take" ("it could be years before"), or a verb's object
    pronoun ("met them days before the vote")."""
    return _VERB_LEFT.search(before) is not None


#: what a length still to run is said with: "with weeks left", "is years away", "only days to
#: go", "months remaining"
_TO_RUN = re.compile(
    # "left" before an object or a determiner is the verb ("Weeks left him tired")
    r"\s+(?:left(?!\s+(?:him|her|them|us|me|it|the|a|an|his|its|their|our|my)\b)|away|"
    r"to\s+go|remain(?:ing)?)\b",
    re.IGNORECASE,
)

#: the word left of such a plural: a clause's start, a focus adverb ("just", "only", "mere",
#: "barely", "still"), "with" of a circumstance, or the copula; never a noun ("light years away"
#: is a distance, "trading days left" counts business days of a calendar, "the days left" has
#: its determiner's rule)
_TO_RUN_LEFT = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|,\s+|"
    r"\b(?:just|only|mere|barely|still|with|are|is|was|were|be|been)\s+)$"
)


def time_still_to_run(text: str, end: int, before: str) -> bool:
    """Whether a bare plural unit ending at ``end`` is a length still to run before something
    ("with just months left in the term", "the launch is weeks away", "only days to go before
    the vote"): a vague length of that unit, as TimeML tags "a few days" (``PXD``), its count
    left open. ``before`` is the lower-cased text on its left.

    Why: "left", "away", "to go" and "remaining" after a plural unit say how much time is
    still to pass, and news writes the plural bare when the count is vague; the word before
    must be one that opens such a phrase, so a noun's compound ("light years away") stays out.
    """
    if not _TO_RUN.match(text, end):
        return False
    return bool(_TO_RUN_LEFT.search(before))
