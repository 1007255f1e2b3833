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
