"""Relabel the numbers development gold to the lead's decision on two alternatives.

The decision (round twelve of issue 17, after round eleven's lists): "three or four years",
"one or two people" are **one vague range** (modifier ``vague``), as "four, five or six
people" is: the writer gives no single figure. Not "one or more" (a lower bound), not two
figures of different units or kinds ("two days or three weeks", "$5 or 10 euros"), and not a
range read across figures ("2 or 3 per cent higher than 1 or 2": two ranges, one each).

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on):
- a gold range whose span opens with "N or M" (digits or number words) gets modifier ``vague``
  (the files wrote these ranges with the modifier empty);
- two gold items of one kind and unit written apart, the first a bare number, the text between
  them " or ", the second rising from the first, are merged into one such range (the reading
  "otherwise"; no development file had one when the script was written); never two names ("a
  first Five or Six Nations title" names two tournaments, found when fresh13 joined the
  development files).
Nothing else changes. Running it again changes nothing.

Only the development files the decision was made for are read (``DECISION_FILES``: those of
round twelve, through fresh10); the later files' annotators read the decision, and the lead's
decision 3 on fresh25 makes a script a no-op on them (re-run over fresh20-22 it set ``vague``
on three ranges their annotators wrote without it).

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_two_alternatives.py [--dry-run] [--show] [--blind]

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

from devset_files import DEVELOPMENT_FILES, relabel_development_files, renumber  # noqa: E402

#: the development files the decision was made for (round twelve: through fresh10)
DECISION_FILES = DEVELOPMENT_FILES[: DEVELOPMENT_FILES.index("numbers_fresh10.jsonl") + 1]

_NUMBER = (
    r"(?:\d[\d,]*(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a[ \t]+hundred))"
)
#: the span of a range said as two alternatives: "three or four years", "12 or 13"
ALTERNATIVES = re.compile(rf"{_NUMBER}\s+or\s+{_NUMBER}\b")
#: a bare number (the first of two items written apart) and the text between the two
BARE = re.compile(rf"{_NUMBER}")
BETWEEN_OR = re.compile(r"\s+or\s+")


def _span(text: str, g: dict[str, Any]) -> str:
    return " ".join(text[g["start"] : g["end"]].split())


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    skip: set[int] = set()
    for k, g in enumerate(gold):
        if k in skip:
            continue
        g = dict(g)
        nxt = gold[k + 1] if k + 1 < len(gold) else None
        if (
            g.get("value_high") is None
            and nxt is not None
            and nxt.get("value_high") is None
            and BARE.fullmatch(text[g["start"] : g["end"]])
            and BETWEEN_OR.fullmatch(text[g["end"] : nxt["start"]])
            and g["kind"] == nxt["kind"] != "name"
            and g.get("unit", "") == nxt.get("unit", "")
            and nxt["value"] > g["value"]
        ):
            merged = dict(nxt, start=g["start"], value=g["value"], value_high=nxt["value"])
            merged["modifier"] = "vague"
            if "text" in g:  # the Wikinews files keep each item's text
                merged["text"] = text[g["start"] : nxt["end"]]
            kept.append((k, merged))
            skip.add(k + 1)
            notes.append(f"[{_span(text, merged)}] two alternatives written apart: one vague range")
            continue
        if (
            g.get("value_high") is not None
            and g.get("modifier", "") != "vague"
            and ALTERNATIVES.match(text, g["start"], g["end"])
        ):
            notes.append(f"[{_span(text, g)}] two alternatives: modifier "
                         f"{g.get('modifier', '')!r} -> 'vague'")  # fmt: skip
            g["modifier"] = "vague"
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, files=DECISION_FILES)


if __name__ == "__main__":
    raise SystemExit(main())
