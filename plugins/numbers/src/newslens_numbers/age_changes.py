"""An age set by law or contract raised or cut "from N to M": "raise the pension age for
council staff from 60 to 65", "the retirement age rises to 67".

Why: the figures after "from" and "to" read as counts, and the count rules hand them the
sentence's plural ("workers", "staff"), or even the verb ("rises"); they are ages, as "the
retirement age of 65" already is (round sixty-five's pool diff and round sixty-seven's list
left this case). Only a count or bare number with no unit is turned, only between 10 and 99,
and only where the phrase closes after the figure (a stop, a comma, "in", "for", "by" ...),
so "the pension age ... to 40 workers" keeps its count.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.units import UNITS

_AGE_CHANGE = re.compile(
    r"\b(?i:pension|retirement|pensionable|retiring|school-leaving|school[ \t]+leaving|voting|"
    r"minimum|drinking|legal|marriageable|consent)[ \t]+age\b[^.;!?]{0,60}?"
    r"(?:\bfrom[ \t]+(?P<a>\d{2})[ \t]+)?\bto[ \t]+(?P<b>\d{2})\b"
    r"(?=[ \t]*(?:[,.;:)]|\Z|(?:in|for|by|on|over|from|and|or|as|at|with|next|this|until|"
    r"under|after|before|years?[ \t]+(?:old|of[ \t]+age))\b))"
)


def changed_ages(text: str, out: list[dict[str, Any]]) -> None:
    """Make the figures of a legal age's change ages of years, with no counted noun."""
    starts: set[int] = set()
    for m in _AGE_CHANGE.finditer(text):
        starts.update(m.start(g) for g in ("a", "b") if m.start(g) >= 0)
    if not starts:
        return
    for f in out:
        if (
            f["start"] in starts
            and f["kind"] in ("count", "number")
            and not f["unit"]
            and 10 < f["value"] < 100
        ):
            f["kind"], f["unit"], f["base_unit"], f["dimension"] = "age", "year", "s", "duration"
            f["value_base"] = f["value"] * UNITS["year"].factor
            f["quantity"] = f["noun"] = ""
