"""TIMEX3 value arithmetic: calendar points at a granularity, shifts, and the bounds of a value.

A resolved point is a :class:`Point`: a ``datetime.date`` inside the period plus the period's
granularity. Keeping the granularity (rather than only a date) is what lets "a year earlier"
after "the third quarter" become ``1988-Q3`` and not a day, as TimeML annotators write it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

# Granularities, coarse to fine. "E" is a decade, "C" a century (TimeML's 199 and 19).
GRANULARITIES = ("C", "E", "Y", "H", "S", "Q", "M", "W", "D")
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month a season starts in (northern)


@dataclass(frozen=True)
class Point:
    """A calendar period: any ``day`` inside it and its granularity."""

    day: date
    gran: str  # one of GRANULARITIES
    part: str = ""  # TMO/TAF/TEV/TNI or "HH:MM" (only with gran "D")

    def value(self) -> str:
        """The TIMEX3 value of the period (``2015-09-30``, ``2015-W41``, ``2015-Q4``, ...)."""
        d, g = self.day, self.gran
        if g == "C":
            return f"{d.year // 100:02d}"
        if g == "E":
            return f"{d.year // 10:03d}"
        if g == "Y":
            return f"{d.year:04d}"
        if g == "H":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if g == "S":
            code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA"}
            return f"{d.year:04d}-{code.get(d.month, 'WI')}"
        if g == "Q":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g == "M":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "W":
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}"
        day = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        if self.part:
            return f"{day}T{self.part}"
        return day


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clipped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift(point: Point, amount: int, unit: str) -> Point:
    """``point`` moved by ``amount`` units (D, W, M, Q, Y, H, E, C), keeping its granularity.

    Never raises: a shift off the calendar (before year 1 or after 9999) clips to its edge.
    """
    d = point.day
    try:
        if unit == "D":
            d = d + timedelta(days=amount)
        elif unit == "W":
            d = d + timedelta(weeks=amount)
        elif unit in ("M", "Q", "H", "Y", "E", "C"):
            factor = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200}[unit]
            d = add_months(d, amount * factor)
    except (OverflowError, ValueError):
        d = date.max if amount > 0 else date.min
    return Point(d, point.gran, point.part)


def coarser(gran: str, other: str) -> str:
    """The coarser of two granularities."""
    return gran if GRANULARITIES.index(gran) <= GRANULARITIES.index(other) else other


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<t>\d{2}(?::\d{2})?|MO|AF|EV|NI|DT))?)?"
    r"|W(?P<w>\d{2})(?:-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
)
_PARTS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (8, 18)}


def _stamp(d: date, hours: float = 0, minutes: int = 0) -> pd.Timestamp:
    # minutes apart from hours: 16 + 20 / 60 hours is 16:19:59.999999999 in floating point
    return pd.Timestamp(d.year, d.month, d.day, tz="UTC") + pd.Timedelta(
        hours=hours, minutes=minutes
    )


@lru_cache(maxsize=4096)
def bounds(value: str | None) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """``(start, end)`` of a DATE/TIME value as UTC Timestamps, end exclusive; ``(None, None)``
    for anything not on the calendar (durations, refs, ``XXXX``) or outside pandas' range.

    Cached: a Timestamp costs microseconds and an article (or a corpus) repeats its dates.
    Timestamps are immutable, so sharing them is safe."""
    if not value:
        return None, None
    try:
        start, end = _bounds(value)
        # pandas builds pre-1677 Timestamps at a coarser unit; the findings column is in
        # nanoseconds, so "the 13th century" (1200-1300) keeps its value but no bounds.
        for stamp in (start, end):
            if stamp is not None:
                stamp.as_unit("ns")
        return start, end
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None, None


def _bounds(value: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    if re.fullmatch(r"\d{3}", value):  # decade
        y = int(value) * 10
        return _stamp(date(y, 1, 1)), _stamp(date(y + 10, 1, 1))
    if re.fullmatch(r"\d{2}", value):  # century
        y = int(value) * 100
        return _stamp(date(max(y, 1), 1, 1)), _stamp(date(y + 100, 1, 1))
    m = _VALUE.match(value)
    if not m:
        return None, None
    y = int(m["y"])
    if y < 1678 or y > 2261:
        return None, None
    if m["m"]:
        month = int(m["m"])
        if m["d"]:
            start = date(y, month, int(m["d"]))
            t = m["t"]
            if not t:
                return _stamp(start), _stamp(start + timedelta(days=1))
            if t in _PARTS:
                lo, hi = _PARTS[t]
                return _stamp(start, lo), _stamp(start, hi)
            hh = int(t[:2])
            mm = int(t[3:5]) if len(t) > 2 else 0
            if hh == 24:
                # "midnight on Tuesday", T24:00: the instant that closes its own day, bounded
                # by that day's last minute (end exclusive at 24:00), so a day read from the
                # bounds is its own day and not the next one
                end = _stamp(start + timedelta(days=1))
                return end - pd.Timedelta(minutes=1), end
            at = _stamp(start, hh, mm)
            return at, at + pd.Timedelta(minutes=1 if len(t) > 2 else 60)
        start = date(y, month, 1)
        return _stamp(start), _stamp(add_months(start, 1))
    if m["w"]:
        start = date.fromisocalendar(y, int(m["w"]), 1)
        if value.endswith("-WE"):
            return _stamp(start + timedelta(days=5)), _stamp(start + timedelta(days=7))
        return _stamp(start), _stamp(start + timedelta(days=7))
    if m["q"]:
        start = date(y, 3 * (int(m["q"]) - 1) + 1, 1)
        return _stamp(start), _stamp(add_months(start, 3))
    if m["h"]:
        start = date(y, 6 * (int(m["h"]) - 1) + 1, 1)
        return _stamp(start), _stamp(add_months(start, 6))
    if m["s"]:
        month = SEASONS[m["s"]]
        start = date(y, month, 1)  # winter: December of y into February of y+1
        return _stamp(start), _stamp(add_months(start, 3))
    return _stamp(date(y, 1, 1)), _stamp(date(y + 1, 1, 1))
