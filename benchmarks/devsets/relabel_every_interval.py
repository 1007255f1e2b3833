"""Relabel the numbers development gold to the lead's decision 1 on the thirtieth sample.

The decision (after round forty-six of issue 17): "every N PERIOD" after a count is an
interval of its own, a **duration** item, and the count takes no ``per`` ("one trip every two
years": a count of 1 `trip` and a duration of 2 `year`). With no number in the interval the
period is the count's ``per`` ("one trip every year": ``per`` year), as "a year" is; ``per``
names a unit, never a number of them. Most development files read the form so (a visa
officer's "one every N minutes"-shaped count beside its duration); the thirtieth sample's
annotator gave the count ``per`` "N PERIOD" and the interval no item.

This script reads each development file's gold on its sentence with its own small pattern
(never the extractor's: a bug in a rule must not flow into the gold it is scored on): an item
whose ``per`` is a number and a period ("3 year"), followed later in the sentence by "every"
and that interval written out ("every three years", "every 3 years"), loses its ``per``, and
the interval ("three years") becomes a duration item of that value and unit, unless the gold
already has an item on it. A ``per`` "100 ml" (a measure's numbered base: "per 100ml", the
blind conventions' "per 1,000 litres") is no period and is not this form. Running it again
changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_every_interval.py [--dry-run] [--show] [--blind]

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

_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
#: the gold's unit of a period, by the word the text writes
_PERIODS = {
    "second": "s", "minute": "min", "hour": "h", "day": "day", "night": "night",
    "week": "week", "month": "month", "quarter": "quarter", "year": "year", "decade": "decade",
}  # fmt: skip
_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|(?i:{'|'.join(_WORDS)}))"
#: the interval after "every": "every three years", "every 18 months"
EVERY_INTERVAL = re.compile(
    rf"\b(?i:every)\s+(?P<span>(?P<n>{_NUMBER})\s+(?P<period>(?i:{'|'.join(_PERIODS)}))s?)\b"
)
#: a ``per`` of a number and a period, as the gold writes it: "3 year", "18 month"
NUMBERED_PERIOD_PER = re.compile(rf"(\d+(?:\.\d+)?) ({'|'.join(_PERIODS)})")


def _value(raw: str) -> float:
    return float(raw.replace(",", "")) if raw[0].isdigit() else float(_WORDS[raw.lower()])


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = [(k, g) for k, g in enumerate(gold)]
    for k, g in enumerate(gold):
        per = NUMBERED_PERIOD_PER.fullmatch(g.get("per") or "")
        if per is None:
            continue
        interval = next(
            (
                m
                for m in EVERY_INTERVAL.finditer(text, g["end"])
                if _value(m.group("n")) == float(per.group(1))
                and m.group("period").lower() == per.group(2)
            ),
            None,
        )
        if interval is None:
            continue
        kept = [(old, dict(o, per="") if old == k else o) for old, o in kept]
        a, b = interval.span("span")
        if not any(o["start"] < b and a < o["end"] for o in gold):
            item = {
                "start": a,
                "end": b,
                "value": _value(interval.group("n")),
                "value_high": None,
                "unit": _PERIODS[per.group(2)],
                "per": "",
                "quantity": "",
                "modifier": "",
                "kind": "duration",
            }
            if "text" in g:  # the Wikinews files keep each item's text
                item["text"] = text[a:b]
            # placed after the items that open before it (a file's own order kept)
            at = sum(1 for _, o in kept if o["start"] < a)
            kept.insert(at, (None, item))
        notes.append(
            f"[{' '.join(interval.group().split())}] per {g['per']!r} -> no per, "
            "the interval a duration"
        )
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
