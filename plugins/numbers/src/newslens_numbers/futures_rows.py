"""A wire futures price table's rows: a contract month, then prices glued to a letter.

Why a pass of its own: on a row such as "MAR8  1604L  1611H  1622" (the contract month, then
the low, high, bid or ask written with a letter glued on, then the settlement) the scanner
drops a four-digit figure glued to a letter as a code, the bare settlement as a year, and
reads "2005B" as 2005 billion. The devsets README reads each figure as a unitless measure,
its span the digits without the letter (the seventeenth sample's decision 1 on rate table
rows, carried to a futures table by the twenty-eighth sample); the contract month is a date
part, no item. The row must hold nothing else (figures, letters glued to them, "--" for an
empty column), and it must sit in a table, a run of such rows one under the other, of which
at least one row has a figure with its letter: the table's other rows ("JAN8  1740  1752",
no bid or ask that day) are read the same way, and a code, a year or a ticker on a line of
prose, or a run of month rows with no letter anywhere, is never read here.
"""

from __future__ import annotations

import re
from typing import Any

#: a row: the contract month with its year digit at the line start, then only price columns
_FUTURES_ROW = re.compile(
    r"^[ \t]*(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{1,2}"
    r"(?P<cols>(?:[ \t]+(?:\d+(?:\.\d+)?[LHBA]?|--))*)[ \t]*$",
    re.MULTILINE,
)
#: a price glued to its column's letter: low, high, bid, ask
_GLUED = re.compile(r"\d[LHBA](?![^ \t])")
_PRICE = re.compile(r"\d+(?:\.\d+)?")


def futures_row_figures(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with every figure of a futures table row read as a unitless measure (the
    scanner's findings on such a row replaced), in text order."""
    rows = [row for table in _tables(text) for row in table]
    if not rows:
        return found
    spans = [(m.start(), m.end()) for m in rows]
    kept = [f for f in found if not any(f["start"] < e and s < f["end"] for s, e in spans)]
    for m in rows:
        for price in _PRICE.finditer(text, m.start("cols"), m.end("cols")):
            digits = price.group()
            kept.append(
                {
                    "start": price.start(),
                    "end": price.end(),
                    "text": digits,
                    "value": float(digits),
                    "value_high": float("nan"),
                    "unit": "",
                    "per": "",
                    "quantity": "",
                    "noun": "",
                    "kind": "measure",
                    "modifier": "",
                    "value_base": float("nan"),
                    "base_unit": "",
                    "dimension": "",
                    "_decimals": len(digits) - digits.find(".") - 1 if "." in digits else 0,
                }
            )
    kept.sort(key=lambda f: f["start"])
    return kept


def _tables(text: str) -> list[list[re.Match[str]]]:
    """Runs of futures rows on consecutive lines that hold a figure glued to its letter."""
    runs: list[list[re.Match[str]]] = []
    for m in _FUTURES_ROW.finditer(text):
        if runs and runs[-1][-1].end() + 1 == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if any(_GLUED.search(m.group("cols")) for m in run)]
