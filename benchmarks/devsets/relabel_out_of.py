"""Relabel the numbers development gold to the lead's decision on "N out of M".

The decision (after round ten of issue 17): "nine out of 10" and "two of 57" with a number after
"of" are **two counts**, as the guide's "two of 57 air strikes" pattern says, each with the
noun both count (empty where the sentence names none). The development files read the form so,
except where a sample was annotated before the decision reached it as one fraction (0.9).

This script reads each development file's gold on its sentence with its own small pattern
(never the extractor's: a bug in a rule must not flow into the gold it is scored on): a gold
item of kind ``fraction`` whose span is exactly "N out of M" or "N of M" (digits or number
words) becomes two items of kind ``count``, N on the first number's span and M on the second's,
both with the fraction's counted noun; the fraction's modifier stays on the first. Nothing else
changes ("one in five" is a rate, a fraction by decision 4, and is not this form). Running it
again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_out_of.py [--dry-run] [--show] [--blind]

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
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100,
}  # fmt: skip
_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|(?i:{'|'.join(_WORDS)}))"
#: the span of the form: "nine out of 10", "two of 57"
OUT_OF = re.compile(rf"(?P<n>{_NUMBER})\s+(?:out\s+)?of\s+(?P<m>{_NUMBER})")


def _value(raw: str) -> float:
    return float(raw.replace(",", "")) if raw[0].isdigit() else float(_WORDS[raw.lower()])


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        form = OUT_OF.fullmatch(text, g["start"], g["end"]) if g["kind"] == "fraction" else None
        if form is None:
            kept.append((k, g))
            continue
        parts = []
        for name in ("n", "m"):
            item = dict(g, start=form.start(name), end=form.end(name), kind="count")
            item["value"], item["value_high"] = _value(form.group(name)), None
            item["unit"] = item["per"] = ""
            if name == "m":
                item["modifier"] = ""
            if "text" in g:  # the Wikinews files keep each item's text
                item["text"] = form.group(name)
            parts.append(item)
        kept.append((k, parts[0]))
        kept.append((None, parts[1]))
        notes.append(f"[{' '.join(form.group().split())}] one fraction -> two counts "
                     f"{parts[0]['value']:g} and {parts[1]['value']:g}")  # fmt: skip
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
