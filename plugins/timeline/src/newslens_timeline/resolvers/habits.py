"""A month or a season told as a habit ("toy sales usually pick up in December", "fares
normally rise in the summer", "ferry crossings typically run from June to December"): every year's
month or season, TimeML's SET (``XXXX-12``, ``XXXX-SU``), as "each July" is ``XXXX-07`` and
round thirty-five's habitual quarter ``XXXX-Q4`` (TimeBank's "second and fourth quarters" of a
habit are SETs).

Why a module of its own: the habit's words are read by the quarter rule (``rules``) and by the
month and season resolvers here; the month and season modules know nothing of habits.
"""

from __future__ import annotations

import re

from newslens_timeline.resolvers.base import Resolved, group
from newslens_timeline.resolvers.months import _r_month
from newslens_timeline.resolvers.seasons import _r_season
from newslens_timeline.tense import Context

FLAGS = re.IGNORECASE

#: the habit's adverbs ("often" since round thirty-eight; "generally" and "always" were tried
#: and dropped: in news they mostly grade an adjective or a forecast, "generally mild autumn
#: weather", "forecasters generally see a rebound in May", "I always said it would be July")
HABIT = r"(?:usually|normally|typically|traditionally|customarily|often)"

#: a habit told before the period in its clause ("toy sales usually peak in the fourth
#: quarter", "fares tended to be lower in the first and second quarters"); not
#: "seasonally adjusted", not an adverb closing its own clause ("the plant is running
#: normally and ...")
HABIT_BEFORE = re.compile(
    rf"\b(?:{HABIT}|tend(?:s|ed)?\s+to)\b(?!\s*(?:,|and\b|but\b))[^.;:,!?]{{0,80}}$", FLAGS
)

#: a habit told right after it ("the third quarter is usually quiet", "is a traditionally lean
#: period")
HABIT_AFTER = re.compile(rf"\s+(?:is|are|was|were)\s+(?:a\s+)?{HABIT}\b", FLAGS)

#: the adverb of an adjective after a determiner ("in the usually quiet summer months", "a
#: normally busy December", "the traditionally slow winter season"): one period described, no
#: habit
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|this|that|his|her|our)\s+$", FLAGS)

#: between the habit and the month, a turn to one year's case ("usually rise in March but this
#: year fell in April", "normally ends in May, while in 1987 ...")
_TURN = re.compile(
    r"\b(?:but|while|whereas|although|though|instead|this\s+year|last\s+year|next\s+year)\b",
    FLAGS,
)

_MONTH_VALUE = re.compile(r"\d{4}-(\d\d)")
_SEASON_VALUE = re.compile(r"\d{4}-(SP|SU|FA|WI)")


def told_as_habit(ctx: Context, start: int, end: int) -> bool:
    """Whether the period at ``start:end`` is a habit's: a habit's adverb (or "tends to")
    before it in its clause, or "is usually" right after it. Round thirty-five's reading for
    quarters, kept as it was."""
    s, _ = ctx.sentence_bounds(start)
    before = HABIT_BEFORE.search(ctx.text, max(s, start - 100), start)
    return bool(before or HABIT_AFTER.match(ctx.text, end))


def _month_or_season_habit(ctx: Context, start: int, end: int) -> bool:
    """The quarter's reading, with two guards a month's and a season's uses need: the adverb
    is no adjective's after a determiner, and no turn to one year's case lies between."""
    s, _ = ctx.sentence_bounds(start)
    before = HABIT_BEFORE.search(ctx.text, max(s, start - 100), start)
    if before is not None:
        between = ctx.text[before.start() : start]
        return not (
            _DETERMINED.search(ctx.text, max(0, before.start() - 8), before.start())
            or _TURN.search(between)
        )
    return HABIT_AFTER.match(ctx.text, end) is not None


def month_or_habit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A month without a year ("in December"); a habit's month is every year's (SET)."""
    res = _r_month(m, ctx)
    if res is None or res.type != "DATE" or res.value is None:
        return res
    if group(m, "rel") or group(m, "myrel"):
        return res  # "last December", "December of this year": one year's
    day = _MONTH_VALUE.fullmatch(res.value)
    if day is None or not _month_or_season_habit(ctx, m.start(), m.end()):
        return res
    return Resolved("SET", f"XXXX-{day[1]}", anchor=None, mod=res.mod, anchors=False)


def season_or_habit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A season without a year ("in the summer"); a habit's season is every year's (SET)."""
    res = _r_season(m, ctx)
    if res is None or res.type != "DATE" or res.value is None or group(m, "srel"):
        return res
    if group(m, "syear") or group(m, "syy") or group(m, "spoken"):
        return res
    if group(m, "mthat") or group(m, "mythat"):
        return res  # "that summer,": one season, of the year the text set
    code = _SEASON_VALUE.fullmatch(res.value)
    if code is None or not _month_or_season_habit(ctx, m.start(), m.end()):
        return res
    return Resolved("SET", f"XXXX-{code[1]}", anchor=None, mod=res.mod, anchors=False)
