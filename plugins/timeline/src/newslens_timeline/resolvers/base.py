"""What every resolver shares: the result of a resolution (``Resolved``), a rule's candidate
span, the mod of a match, a value relative to the creation time, periods and steps of a
granularity, and ``_Override`` (a match with some named groups replaced).

Why a module of its own: every other resolver module imports these, and they import none of
them, so the modules form a tree rather than a knot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newslens_timeline.lexicon import MODS, PUBLISHED, UNANCHORED
from newslens_timeline.tense import Context
from newslens_timeline.values import Point, shift


@dataclass
class Resolved:
    """A normalised expression before it becomes a row."""

    type: str
    value: str | None
    point: Point | None = None  # set for calendar DATE/TIME (feeds bounds and later anchors)
    anchor: str | None = None
    mod: str | None = None
    valid: bool = True
    note: str | None = None
    #: whether later expressions ("a year earlier", "the quarter") may anchor on this one; a
    #: comparison point ("a year ago") does not move the time under discussion
    anchors: bool = True
    #: the day a counted length reaches from the day under discussion ("two weeks later",
    #: "three days earlier"): the length keeps its value (TimeBank's), the row its bounds;
    #: like "a year earlier", it does not move the time under discussion
    reach: date | None = None


Resolver = Callable[[re.Match[str], Context], "Resolved | None"]


@dataclass(order=True)
class Candidate:
    start: int
    end: int
    priority: int
    resolver: Resolver = field(compare=False)
    match: re.Match[str] = field(compare=False)


def group(m: re.Match[str], name: str) -> Any:
    """``m.groupdict().get(name)``, without building the dict of every group: a resolver reads
    a few optional groups of each of its matches, and the dict is most of that cost."""
    if type(m) is re.Match:
        return m[name] if name in m.re.groupindex else None
    return m.groupdict().get(name)  # an ``_Override``: its groups replaced


def pre_is_preposition(m: re.Match[str]) -> bool:
    """ "Over", "under" or an edge ("the end of") before a determiner and an adjective of length
    is the noun phrase's preposition: "over a three-year period", "under its two-year plan",
    "the end of a two-year drought" (the adjective is the length, unmodified; the determiner and
    the noun are the noun's). "About a half-hour discussion" keeps its approximation."""
    groups = m.groupdict()
    if not (groups.get("pre") and groups.get("det") and groups.get("num") and groups.get("unit")):
        return False
    if not re.match(r"over|under|(?:the\s+)?(?:very\s+)?\w+(?:\s+\w+)?\s+of\b", m["pre"], re.I):
        return False  # "after about a half-hour discussion": "about" says the length
    return "-" in m.string[m.end("num") : m.start("unit")]


def _mod_of(m: re.Match[str]) -> str | None:
    pre = group(m, "pre")
    if not pre or pre_is_preposition(m):
        return None
    key = re.sub(r"\s+", " ", pre.lower()).strip()
    key = re.sub(r"\s*[-\u2013]$|\s+on$", "", key).replace("very ", "")
    return MODS.get(key) or MODS.get(f"the {key}") or MODS.get(key.removeprefix("the "))


def _rel(ctx: Context, point_of: Callable[[date], Point], gran_x: str) -> Resolved:
    """A DATE relative to the creation time (or an X-value when there is none)."""
    if ctx.dct is None:
        return Resolved("DATE", gran_x, anchor=UNANCHORED)
    p = point_of(ctx.dct)
    return Resolved("TIME" if p.part else "DATE", p.value(), p, PUBLISHED)


_X = {"Y": "XXXX", "Q": "XXXX-QX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX",
      "H": "XXXX-HX", "S": "XXXX-XX", "E": "XXX", "C": "XX"}  # fmt: skip


_GRAN_OF_UNIT = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y",
                 "decade": "E", "century": "C", "weekend": "W", "fortnight": "W"}  # fmt: skip


def _fixed_century(y: int) -> int:
    """A year as written in a slash date or a fiscal year ("3/4/98", "fiscal 86"): two digits
    take the century of the window 1941-2040, whatever the publication date (unlike
    ``rules.two_digit_year``, which reads them against publication)."""
    if y < 100:
        y += 1900 if y > 40 else 2000
    return y


def _period(d: date, unit: str) -> Point:
    return Point(d, _GRAN_OF_UNIT.get(unit, "D"))


def _shift_unit(p: Point, n: int, unit: str) -> Point:
    code = {"day": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "Q",
            "year": "Y", "decade": "E", "century": "C", "weekend": "W"}.get(unit, "D")  # fmt: skip
    if unit == "fortnight":
        n *= 2
    return shift(p, n, code)


def _order(gran: str) -> int:
    return "CEYHSQMWD".index(gran)


class _Override:
    """A match whose named groups are partly replaced (so resolvers can be reused)."""

    def __init__(
        self, m: re.Match[str], alias: dict[str, str] | None = None, **groups: Any
    ) -> None:
        self._m = m
        self._g = groups
        self._alias = alias or {}  # a group's offsets read from another ("month": "womonth")

    def __getitem__(self, key: str) -> Any:
        return self._g[key] if key in self._g else self._m[key]

    def start(self, group: int | str = 0) -> int:
        return self._m.start(self._alias.get(group, group) if isinstance(group, str) else group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(self._alias.get(group, group) if isinstance(group, str) else group)

    def groupdict(self) -> dict[str, Any]:
        return {**self._m.groupdict(), **self._g}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._m, name)
