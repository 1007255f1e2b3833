"""A step back of a count and a half: "two and a half years ago", "a year-and-a-half ago".

Why: the "ago" rule counts whole units, so a half count fell to the duration rule and was
read as a length (``P2Y6M``). TimeML dates "ago": the expression names the time reached
from publication, not how long ago it was. The lead's decision on rounds fifty-six and
fifty-seven (5) sets the value: the date reached, at the grain of the next smaller unit, since
the half is said in it (half years: the month; half months and half weeks: the day; half
decades: the year). Half days and half hours reach a clock time the text does not give: no
rule here, so the duration rule keeps them as lengths.
"""

from __future__ import annotations

import re
from datetime import timedelta

from newslens_timeline.lexicon import _PRE, _WORDNUM, FLAGS, PUBLISHED, UNANCHORED, _num, _unit
from newslens_timeline.resolvers.base import _X, Resolved, _mod_of
from newslens_timeline.tense import Context
from newslens_timeline.values import Point, shift

#: the half after a count or a unit ("and a half", "-and-a-half", wire copy's "and one-half")
_HALF = r"(?:\s+and\s+(?:a\s+|one[\s-])half|-and-a-half)"
_HALF_UNITS = r"(?:year|month|week|decade)s?"

#: a whole count, its half (after the count or after the unit), then "ago": "two and a half
#: years ago", "two-and-a-half years ago", "two and one-half years ago", "1-1/2 years ago",
#: "a year and a half ago"
HALF_AGO = re.compile(
    rf"\b{_PRE}(?P<num>\d{{1,3}}|{_WORDNUM}|an?)"
    rf"(?:(?P<half>{_HALF}|(?:\s+|-)1/2)[\s-]+(?P<unit>{_HALF_UNITS})|"
    rf"[\s-]+(?P<unit2>{_HALF_UNITS}){_HALF})"
    r"\s+(?P<so>or\s+so\s+)?ago\b",
    FLAGS,
)

#: what a window must hold for ``HALF_AGO`` to match in it (a cheap test before the rule)
HALF_AGO_NEEDS = re.compile(
    r"(?:half|1/2)[\s-]+(?:year|month|week|decade)s?\s+(?:or\s+so\s+)?ago\b|half\s+(?:or\s+so\s+)?ago\b"
)

#: the grain of the date a half step reaches: the next smaller unit's
_GRAIN = {"year": "M", "decade": "Y", "month": "D", "week": "D"}


def half_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The date a count and a half of units back from publication reaches, at the grain of the
    next smaller unit ("two and a half years ago" in June 2019: 2016-12)."""
    unit = _unit(m["unit"] or m["unit2"])
    whole = _num(m["num"])
    if whole is None or unit not in _GRAIN:
        return None
    gran = _GRAIN[unit]
    mod = "APPROX" if m["so"] else _mod_of(m)
    if ctx.dct is None:
        return Resolved("DATE", _X[gran], anchor=UNANCHORED, mod=mod, anchors=False)
    dct = ctx.dct
    if unit == "year":
        p = shift(Point(dct, "M"), -(int(whole) * 12 + 6), "M")
    elif unit == "decade":
        p = shift(Point(dct, "Y"), -(int(whole) * 10 + 5), "Y")
    elif unit == "month":
        back = shift(Point(dct, "D"), -int(whole), "M")
        p = Point(back.day - timedelta(days=15), "D")
    else:
        p = Point(dct - timedelta(days=round((whole + 0.5) * 7)), "D")
    return Resolved("DATE", p.value(), p, PUBLISHED, mod, anchors=False)
