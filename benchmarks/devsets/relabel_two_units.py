"""Relabel the numbers development gold to the lead's decision on measures in two units.

The decision (round thirteen of issue 17): a measure written in two units of one dimension
("5ft 9in", "six feet two inches", "12st 4lb", "2 hours 30 minutes", "1m 52.3s") is **one
measure**, valued in the smaller unit named so that it is exact (69 in, 74 in, 172 lb, 150
min, 112.3 s), its span the whole phrase: an analyst reads one height or one time, and "9in"
alone is no figure. Time in years and months or weeks and days is read the same way ("three
years and four months" 40 months): the decision's durations are one dimension whatever the
unit, and a calendar month or week is a whole unit of the smaller kind.

This script reads each development file's gold on its sentence with its own small table of
units (never the extractor's: a bug in a rule must not flow into the gold it is scored on):
two gold items of kind measure, duration or age, the first in a larger unit and the second in a
smaller one of the same dimension (``FACTOR``), the second under one of the first ("6ft 14in"
would be no height), the text between them blank, a comma (times only) or " and ", are merged
into one item: value = first x factor + second, unit the second's, span from the first's start
to the second's end. Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_two_units.py [--dry-run] [--show] [--blind]

It prints the changes per file; ``--show`` prints each change with its sentence (corpus text:
read it in the terminal, never commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files, renumber  # noqa: E402

#: (larger unit, smaller unit) -> how many of the smaller make one of the larger
FACTOR = {
    ("ft", "in"): 12,
    ("yd", "ft"): 3,
    ("st", "lb"): 14,
    ("lb", "oz"): 16,
    ("h", "min"): 60,
    ("h", "s"): 3600,
    ("min", "s"): 60,
    ("year", "month"): 12,
    ("week", "day"): 7,
}
#: the text between two parts of one measure; a comma only between the parts of a time
BETWEEN = re.compile(r"\s*|\s+and\s+")
BETWEEN_TIME = re.compile(r"\s*,\s*|\s*|\s+and\s+")
KINDS = ("measure", "duration", "age")


def _span(text: str, g: dict[str, Any]) -> str:
    return " ".join(text[g["start"] : g["end"]].split())


def _limit(small: str, factor: int) -> int:
    return 60 if small in ("min", "s") else factor


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    k = 0
    while k < len(gold):
        g, first = dict(gold[k]), k
        while k + 1 < len(gold):
            nxt = gold[k + 1]
            factor = FACTOR.get((g.get("unit", ""), nxt.get("unit", "")))
            between = text[g["end"] : nxt["start"]]
            fits = BETWEEN_TIME if nxt.get("unit") in ("min", "s") else BETWEEN
            if (
                factor is None
                or g["kind"] not in KINDS
                or nxt["kind"] not in KINDS
                or g.get("value_high") is not None
                or nxt.get("value_high") is not None
                or not 0 <= nxt["value"] < _limit(nxt["unit"], factor)
                or not fits.fullmatch(between)
            ):
                break
            before = _span(text, g)
            merged = dict(g, end=nxt["end"], value=g["value"] * factor + nxt["value"])
            merged["unit"] = nxt["unit"]
            if "text" in g:  # the Wikinews files keep each item's text
                merged["text"] = text[g["start"] : nxt["end"]]
            notes.append(f"[{before}] + [{_span(text, nxt)}] -> one measure "
                         f"{merged['value']:g} {merged['unit']}")  # fmt: skip
            g = merged
            k += 1
        kept.append((first, g))  # a merged item keeps its first part's place
        k += 1
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
