"""A range of years whose second end is written with two digits: "the 1991-95 plan",
"averaged over 1960-72", "prices in 1992-94" (invented).

Why: TIMEX3 values hold no ranges, so TimeML annotates each end of a range as its own DATE
(the four-digit "the 1996-2000 plan" already gave two). Written short, the range was read as
nothing at all: the year rule refused four digits before "-84" (only the next year's two
digits, a split year such as a crop or fiscal "1986-87", were taken), and no rule read the
second end. The development files' convention (the Reuters and PolNeAR annotators' "year
ranges as two DATEs with the short end completed") completes the second end with the first's
century. Two digits of the very next year stay a split year, one expression valued by its
first year ("the 1986-87 season"), as before.
"""

from __future__ import annotations

import re
from datetime import date

from newslens_timeline.lexicon import ABSOLUTE
from newslens_timeline.resolvers.base import Resolved
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

#: the second end's two digits after a year and its dash; not before another digit, a slash,
#: a colon, a dash or a decimal ("1992-94-2", "1992-94.5" are codes or figures); the year is
#: in the lookbehind, so a match lies in the year's trigger window
SHORT_RANGE_END = re.compile(
    r"(?<=(?:1[89]|20)\d\d[-\u2013])(?<![\d/.,$-]\d{4}[-\u2013])"
    r"(?P<yend>\d\d)(?![\d/:-]|[.,]\d)"
)

#: the dash and the second end's two digits, read after the first end's four
_DASH_AND_END = re.compile(r"[-\u2013](?P<yend>\d\d)(?![\d/:-]|[.,]\d)")

#: the first end right before the dash: four digits of a year no digit, dash, slash or point
#: runs into ("555-1992-94" is a number)
_FIRST_END = re.compile(r"(?<![\d/.,$-])(1[89]\d\d|20\d\d)[-\u2013]$")

#: an amount or a unit after the two digits ("1992-94 pct", "the 1985-90 km road" is a
#: figure's range)
_AMOUNT_AFTER = re.compile(
    r"\s*(?:%|pct\b|percent|per\s|km\b|kilomet|miles?\b|people|tons?\b|tonnes|shares|points?\b|"
    r"dollars|dlrs|mln|billion|million|units|cars|feet|metres|meters|troops|hours|GMT|local)",
    re.IGNORECASE,
)


def short_range_end(y: int, after: str) -> int | None:
    """The year a range opened by the year ``y`` runs to when ``after`` writes it with two
    digits ("-94" after 1992: 1994), or None: the two digits must lie at least two years on
    in ``y``'s century (the next year's two digits are a split year), with no amount after,
    and not 01 to 12 after a hyphen (an ISO year and month)."""
    m = _DASH_AND_END.match(after)
    if m is None or _AMOUNT_AFTER.match(after, m.end()):
        return None
    if after[0] == "-" and int(m["yend"]) <= 12:
        return None  # "2009-12" may be ISO's December 2009: no range read (an en dash is none)
    end = y - y % 100 + int(m["yend"])
    return end if end - y >= 2 else None


def _r_short_range_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The second end of "1992-94" as the DATE of its year (1994)."""
    first = _FIRST_END.search(ctx.text, max(0, m.start() - 6), m.start())
    if first is None:
        return None
    y = int(first.group(1))
    end = short_range_end(y, ctx.text[m.start() - 1 : m.end() + 30])
    if end is None or not _first_end_is_a_year(ctx, first.start(1)):
        return None
    p = Point(date(end, 1, 1), "Y")
    return Resolved("DATE", p.value(), p, ABSOLUTE)


def _first_end_is_a_year(ctx: Context, start: int) -> bool:
    """Whether the year rule reads the four digits at ``start`` as a year: the second end is a
    DATE only beside a first end that is one ("Maybe 2009-11" in a transcript, the first end
    read as a name's number, gives neither)."""
    # (imported here: the rules import this module, and the year resolver imports
    # ``short_range_end`` from it)
    from newslens_timeline.resolvers.years import _r_year
    from newslens_timeline.rules import RULES

    pattern = next(p for name, p, _ in RULES if name == "year")
    m = pattern.match(ctx.text, start)
    return m is not None and _r_year(m, ctx) is not None
