"""A race distance after another event and "and": "dropped out of the marathon and 10,000m in
Athens".

Why: a glued "m" after "and" reads as millions before "in" ("5m in sales"), and the pair rule
for race distances ("the 100m and 200m finals") needs a distance before "and". Where the word
before "and" or "or" names a track or road event, the figure after it is that kind of thing,
a race distance in metres (round sixty-five's pool diff left this case).
"""

from __future__ import annotations

import re

#: an event, then "and" or "or", right before the figure
_EVENT_THEN_AND = re.compile(
    r"\b(?i:marathon|half-marathon|steeplechase|hurdles|relay|mile|sprint|heptathlon|"
    r"decathlon|pentathlon|cross-country)[ \t]*,?[ \t]+(?:and|or)[ \t]+\Z"
)


def after_event_and(text: str, start: int) -> bool:
    """True when the figure at ``start`` follows a named race event and "and" or "or"."""
    return _EVENT_THEN_AND.search(text, max(0, start - 30), start) is not None
