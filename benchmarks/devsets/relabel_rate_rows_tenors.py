"""Relabel the numbers development gold to the lead's decisions 1-3 on fresh17's conventions.

The decisions (after round twenty of issue 17, ``docs/plugins/numbers.md``, "The lead's
decisions on the seventeenth sample's conventions"):

1. **A bare figure in a rate table's row is a unitless measure** unless the row itself names
   its currencies: an analyst checks a unit in the row, not in a heading lines above it.
2. **A tenor column heading ("30D", "3M") is no item**: a heading labels a column.
3. **A compound that drops its unit word** (a headline's "a 12-trading law" for 12-hour trading)
   is a count of its noun, as written: no unit is guessed.

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on):

1. a gold item of kind ``money`` whose span is a bare figure (digits, commas, a decimal point)
   in a sentence shaped like a table row (at least three figures, no word in lower case, every
   other token an upper-case code or a slash-separated one) becomes a ``measure`` with no
   unit, no ``per`` and no noun, unless the row names the item's currency (its ISO code or a
   name of it from ``NAMES``) and, when the item has a ``per``, that currency too;
2. a gold item of kind ``duration`` whose span is a number glued to one capital of a tenor
   ("30D", "3M", "1Y", "2W") in a sentence with no word in lower case is removed;
3. a gold item of kind ``duration`` whose span is a bare number (digits or a number word)
   followed at once by a hyphen and a lower-case word that is no unit of time ("a 12-trading law")
   becomes a ``count`` of that word, with no unit and no ``per``. A compound written with a
   space ("a 48 strike") is not read: the shape cannot be told from a unit the sentence elides
   ("eight weeks on full pay and four unpaid", invented) without reading it; none is in the
   development files, and an annotator relabels such an item by hand.

Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_rate_rows_tenors.py [--dry-run] [--show] [--blind]

It prints the changes per decision and file; ``--show`` prints each change with its sentence
(corpus text: read it in the terminal, never commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files, renumber  # noqa: E402

#: currency names a row may spell its currency with, beside the ISO code (upper case)
NAMES = {
    "USD": ("DLR", "DLRS", "DOLLAR", "DOLLARS", "US$", "$"),
    "JPY": ("YEN",),
    "GBP": ("STG", "STERLING", "POUND", "POUNDS"),
    "DEM": ("MARK", "MARKS", "DMK"),
    "CHF": ("SFR", "SWISS"),
    "FRF": ("FFR",),
    "EUR": ("EURO", "EUROS"),
}
#: the ``per`` words of the gold, as the currency they name
PER_CODES = {"dollar": "USD", "yen": "JPY", "pound": "GBP", "mark": "DEM", "euro": "EUR"}
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: a table row's other tokens: upper-case codes, dates and codes with a slash, dashes
ROW_TOKEN = re.compile(r"[A-Z][A-Z$/.&]*|[A-Z0-9]+/[A-Z0-9/]+|[-=*:|]+")
LOWER_WORD = re.compile(r"[a-z]")
TENOR = re.compile(r"\d{1,3}[DWMY]")
_NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred",
]  # fmt: skip
BARE_NUMBER = re.compile(rf"\d[\d,]*(?:\.\d+)?|(?i:{'|'.join(_NUMBER_WORDS)})")
#: a hyphen and the word glued to a number
GLUED_WORD = re.compile(r"-([a-z]+)\b")
TIME_WORDS = re.compile(
    r"(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|night|week|fortnight|month|quarter|year|yr"
    r"|decade|centur(?:y|ie)|season|term|hourly|daily|weekly|monthly|yearly)s?|old|long"
)


def _table_row(text: str) -> bool:
    """A sentence shaped like a table row: three figures or more, every other token a code."""
    tokens = text.split()
    figures = [t for t in tokens if FIGURE.fullmatch(t)]
    return len(figures) >= 3 and all(FIGURE.fullmatch(t) or ROW_TOKEN.fullmatch(t) for t in tokens)


def _names(text: str, code: str) -> bool:
    """Whether the row names the currency ``code`` (its code or a name of it)."""
    words = set(re.findall(r"[A-Za-z$]+", text.upper()))
    return bool(code) and (code in words or any(n in words for n in NAMES.get(code, ())))


def _rate_row(text: str, g: dict[str, Any]) -> dict[str, Any] | None:
    """Decision 1: the item as a unitless measure, or None when it is not such a figure."""
    if g["kind"] != "money" or not FIGURE.fullmatch(text, g["start"], g["end"]):
        return None
    if not _table_row(text):
        return None
    per = g.get("per") or ""
    if _names(text, g.get("unit", "")) and (not per or _names(text, PER_CODES.get(per, per))):
        return None  # the row says its currencies
    return dict(g, kind="measure", unit="", per="", quantity="")


def _tenor_heading(text: str, g: dict[str, Any]) -> bool:
    """Decision 2: a tenor column heading, in a line with no word in lower case."""
    return (
        g["kind"] == "duration"
        and TENOR.fullmatch(text, g["start"], g["end"]) is not None
        and not LOWER_WORD.search(text)
    )


def _dropped_unit(text: str, g: dict[str, Any]) -> dict[str, Any] | None:
    """Decision 3: the item as a count of the word glued after it, or None."""
    if g["kind"] != "duration" or g.get("value_high") is not None:
        return None
    if not BARE_NUMBER.fullmatch(text, g["start"], g["end"]):
        return None
    glued = GLUED_WORD.match(text, g["end"])
    if glued is None or TIME_WORDS.fullmatch(glued.group(1)):
        return None
    return dict(g, kind="count", unit="", per="", quantity=glued.group(1))


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change (its decision first)."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        span = text[g["start"] : g["end"]]
        if _tenor_heading(text, g):
            notes.append(f"2: [{span}] a tenor heading, {g['value']:g} {g['unit']}: removed")
            continue
        new = _rate_row(text, g)
        if new is not None:
            was = f"{g['unit']} per {g['per']}" if g.get("per") else g["unit"]
            notes.append(f"1: [{span}] a bare rate-table figure, {was} -> a unitless measure")
            kept.append((k, new))
            continue
        new = _dropped_unit(text, g)
        if new is not None:
            notes.append(
                f"3: [{span}] a compound without its unit word, {g['value']:g} {g['unit']} "
                f"-> a count of '{new['quantity']}'"
            )
            kept.append((k, new))
            continue
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: f"decision {note[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
