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

The grain exchanges' closing tables write a price in eighths or quarters of a cent as a mixed
fraction and the day's change after "UP" or "OFF" ("SEP8  326 3/4  OFF  1/4", "NOV8  219
UNCH"); such a run is a table too, each price and change a unitless measure, its span the whole
mixed fraction ("326 3/4", 326.75), the change its size without the word (the change column of
the table, as the letter is outside a glued figure's span). A fraction is read only with a
denominator of a price tick (2, 4, 8, 16, 32 or 64) and a numerator below it; a row with any
other fraction, or with a bond price cut to its last digits ("01 19/32"), is not read here.
"""

from __future__ import annotations

import re
from typing import Any

#: a price tick's fraction: "1/4", "3/8", "7/16"; its numerator is checked below the denominator
_TICK = r"\d{1,2}/(?:2|4|8|16|32|64)"
#: a price or change: digits with decimals, a mixed fraction "326 3/4", or a fraction alone
_FIGURE = rf"(?:\d+(?:\.\d+)?(?:[ \t]+{_TICK})?|{_TICK})"
#: a row: the contract month with its year digit at the line start, then only price columns
_FUTURES_ROW = re.compile(
    r"^[ \t]*(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{1,2}"
    rf"(?P<cols>(?:[ \t]+(?:{_FIGURE}[LHBA]?|--|UP|OFF|UNCH))*)[ \t]*$",
    re.MULTILINE,
)
#: what every row opens with, a contract month glued to its year (round fifty-six: a search
#: whose first letters the engine skips to, before the row pattern, which tries every position)
_MONTH_DIGIT = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d")
#: a price glued to its column's letter (low, high, bid, ask), or the day's change written out
_TABLE_MARK = re.compile(r"\d[LHBA](?![^ \t])|(?<![^ \t])(?:UP|OFF|UNCH)(?![^ \t])")
_PRICE = re.compile(rf"(?<![\d/.]){_FIGURE}(?![\d/])")
_FRACTION = re.compile(r"(?:(\d+)[ \t]+)?(\d+)/(\d+)")
#: a bond future's price cut to its last digits: "00 5/32", "01 19/32"
_CUT_HANDLE = re.compile(r"(?<![\d.])0\d")


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
            decimals = len(digits) - digits.find(".") - 1 if "." in digits else 0
            kept.append(
                table_measure(text, price.start(), price.end(), _value(digits), decimals=decimals)
            )
    kept.sort(key=lambda f: f["start"])
    return kept


def table_measure(
    text: str,
    start: int,
    end: int,
    value: float,
    value_high: float = float("nan"),
    decimals: int = 0,
) -> dict[str, Any]:
    """A wire table's figure as a finding: a unitless measure with no noun (the seventeenth
    sample's decision 1 on table rows), for the passes that read a table's columns the scanner
    drops (this module's futures rows, :mod:`weight_bands`' livestock bands)."""
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": value,
        "value_high": value_high,
        "unit": "",
        "per": "",
        "quantity": "",
        "noun": "",
        "kind": "measure",
        "modifier": "",
        "value_base": float("nan"),
        "base_unit": "",
        "dimension": "",
        "_decimals": decimals,
    }


def _value(figure: str) -> float:
    """A figure's value: "326 3/4" is 326.75, "1/2" 0.5, "1604" 1604."""
    fraction = _FRACTION.fullmatch(figure)
    if fraction is None:
        return float(figure)
    whole, top, bottom = fraction.groups()
    return int(whole or 0) + int(top) / int(bottom)


def _proper(row: re.Match[str]) -> bool:
    """Every fraction on the row below one ("3/4", never "5/4"): a tick, not a ratio or date;
    and no price cut to its last digits ("01 19/32" for 101 19/32, the handle left to the
    reader), whose value the row does not give."""
    cols = row.group("cols")
    if _CUT_HANDLE.search(cols):
        return False
    return all(int(top) < int(bottom) for _, top, bottom in _FRACTION.findall(cols))


def _tables(text: str) -> list[list[re.Match[str]]]:
    """Runs of futures rows on consecutive lines that hold a figure glued to its letter or a
    day's change ("UP", "OFF", "UNCH")."""
    runs: list[list[re.Match[str]]] = []
    if _MONTH_DIGIT.search(text) is None:
        return []  # no row can open here: the multi-line pattern need not try every position
    for m in _FUTURES_ROW.finditer(text):
        if not _proper(m):
            continue
        if runs and runs[-1][-1].end() + 1 == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if any(_TABLE_MARK.search(m.group("cols")) for m in run)]
