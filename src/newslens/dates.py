"""Publication dates written as numbers: day/month order is decided per file, never per value.

Why: a spreadsheet export writes ``05/11/2024``, ``03/04/2024`` and ``25/12/2023`` in one
column. Read value by value, the first two become May and March and the third December: the
same column in two orders, and a timeline then resolves "Tuesday" against the wrong week.
Read as a column, ``25/12/2023`` shows the file writes the day first, so all three are read
that way. A column where no value settles it (every part <= 12) follows the ``dayfirst``
option; without one it is read month first (the US convention, and pandas') and the load
report says so, naming the file and the option.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from newslens.schema import to_utc

#: ``05/11/2024``, ``5.11.24``, ``05-11-2024 14:30``: two small numbers before a year.
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?!\d)")


@dataclass(frozen=True)
class DayOrder:
    """How a file's numeric dates are read, and why.

    :param dayfirst: ``True`` day/month, ``False`` month/day, ``None`` no numeric date.
    :param reason: ``"data"`` (a value settles it), ``"option"`` (the caller said so),
        ``"default"`` (nothing settles it: month first), ``"mixed"`` (values in both orders).
    :param example: a value that shows the order (or the ambiguity).
    """

    dayfirst: bool | None
    reason: str
    example: str = ""


def day_order(values: Iterable[Any], dayfirst: bool | None = None) -> DayOrder:
    """Decide the day/month order of a column of published values."""
    day_evidence = month_evidence = ambiguous = ""
    for value in values:
        if not isinstance(value, str):
            continue
        match = NUMERIC_DATE.match(value)
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second and not day_evidence:
            day_evidence = value.strip()
        elif second > 12 >= first and not month_evidence:
            month_evidence = value.strip()
        elif not ambiguous:
            ambiguous = value.strip()
    if day_evidence and month_evidence:
        return DayOrder(dayfirst, "mixed", f"{day_evidence} and {month_evidence}")
    if day_evidence:
        return DayOrder(True, "data", day_evidence)
    if month_evidence:
        return DayOrder(False, "data", month_evidence)
    if not ambiguous:
        return DayOrder(None, "data")
    if dayfirst is not None:
        return DayOrder(dayfirst, "option", ambiguous)
    return DayOrder(False, "default", ambiguous)


def read_published(value: Any, order: DayOrder) -> pd.Timestamp:
    """One published value as UTC, a numeric date in the file's order."""
    if isinstance(value, str) and order.dayfirst is not None and NUMERIC_DATE.match(value):
        try:
            stamp = pd.to_datetime(value.strip(), dayfirst=order.dayfirst)
        except (ValueError, TypeError, OverflowError):
            return pd.NaT
        return to_utc(stamp)
    return to_utc(value)


def order_issue(order: DayOrder, where: str) -> str | None:
    """The load-report line for a file whose order was not settled by its own data."""
    if order.reason == "default":
        return (
            f"dates such as {order.example!r} could be day/month or month/day and no value "
            "settles it: read month first; pass --dayfirst (load(..., dayfirst=True)) if the "
            "day comes first"
        )
    if order.reason == "mixed":
        return (
            f"dates in both day/month and month/day order ({order.example}); each value read "
            "as best it can be: check the source"
        )
    return None
