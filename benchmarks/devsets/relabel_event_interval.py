"""Relabel the numbers development gold to the lead's decision on an interval anchored to an event.

The decision (round sixteen of issue 17): "six years after the flood", "two days before the
vote" is a **duration** (kind ``duration``, the unit as written, no anchor in the value): the
interval between two events is a figure an analyst compares across outlets ("three days after
the crash" against "two days after"), and most of the development gold, written by several
annotators, already read it so; fresh12 and fresh13 followed a later "anchor" reading and gave
no item.

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on): a number
(digits or a number word) and a unit of time (second ... decade, singular or plural) followed by
"after" or "before", where no gold item overlaps the number and its unit, gets a duration item
spanning both (a decade is ten years, as "two decades" is 20 years; a modifier written just
before it, "about", "nearly", "more than", ..., is kept). "N years ago" / "N days later" are not
this shape and stay no items (decision 6), nor is "minutes after" without a number (a vague
plural without a value). Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_event_interval.py [--dry-run] [--show] [--blind]

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

from devset_files import relabel_development_files  # noqa: E402

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a hundred": 100,
}  # fmt: skip
#: unit word (singular) -> (unit as the files write it, factor)
UNITS = {
    "second": ("s", 1), "minute": ("min", 1), "hour": ("h", 1), "day": ("day", 1),
    "week": ("week", 1), "month": ("month", 1), "year": ("year", 1), "decade": ("year", 10),
}  # fmt: skip
MODIFIERS = ("about", "around", "some", "nearly", "almost", "more than", "less than", "over",
             "under", "at least", "roughly", "approximately")  # fmt: skip
_WORD = "|".join(sorted(WORDS, key=len, reverse=True)).replace(" ", r"[ \t]+")
INTERVAL = re.compile(
    rf"(?<![\w.,-])(?P<n>\d[\d,]*(?:\.\d+)?|(?i:{_WORD}))[ \t-]+"
    rf"(?P<u>(?i:{'|'.join(UNITS)}))s?(?P<end>)\s+(?i:after|before)\b"
)
MODIFIER = re.compile(rf"(?i:\b(?P<m>{'|'.join(MODIFIERS)}))\s+$")


def _value(number: str) -> float:
    word = " ".join(number.lower().split())
    return float(WORDS[word]) if word in WORDS else float(number.replace(",", ""))


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    out = [dict(g) for g in gold]
    inline = any("text" in g for g in gold)
    for m in INTERVAL.finditer(text):
        start, end = (
            m.start("n"),
            m.end("u") + (1 if text[m.end("u") : m.end("u") + 1] == "s" else 0),
        )
        if any(g["start"] < end and start < g["end"] for g in out):
            continue  # already an item (the majority reading) or another reading of its own
        unit, factor = UNITS[m.group("u").lower()]
        mod = MODIFIER.search(text, 0, start)
        item: dict[str, Any] = {"start": start, "end": end}
        if inline:  # the Wikinews files keep each item's text and no per / value_high
            item["text"] = text[start:end]
        else:
            item["value_high"] = None
        item.update(value=_value(m.group("n")) * factor, unit=unit)
        if not inline:
            item["per"] = ""
        item.update(quantity="", modifier=mod.group("m").lower() if mod else "", kind="duration")
        item = {k: item[k] for k in (
            ("start", "end", "text", "value", "unit", "quantity", "modifier", "kind") if inline
            else ("start", "end", "value", "value_high", "unit", "per", "quantity", "modifier",
                  "kind"))}  # fmt: skip
        out.append(item)
        notes.append(f"[{' '.join(text[start:end].split())}] an interval anchored to an event: "
                     f"duration {item['value']:g} {unit}")  # fmt: skip
    if not notes:
        return gold, notes
    out.sort(key=lambda g: g["start"])
    return out, notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
