"""Bring the twenty-fifth sample's gold to two conventions the older development files hold.

Round thirty-four makes ``numbers_fresh25.jsonl`` development. Where its annotator's reading
conflicts with a convention written before (the devsets README's conventions and earlier
samples' readings, the lead's decisions in ``docs/plugins/numbers.md``), the older stands and
the sample is brought to it. Two such readings:

- a wire results line headed "Shr" ("Shr 38 cts vs 31", "Shr profit nil vs loss two cts")
  gives its sums ``per`` share, as every older file writes them (fresh, fresh3, fresh4, fresh8,
  fresh9, fresh10, fresh12, fresh13, fresh17, fresh18, fresh20, fresh22, fresh23: 40 items,
  fresh4's second annotation among them); the sample left ``per`` empty. Dividend lines
  ("Final div 15 cts vs 14") keep no ``per``, as the older files and the sample agree;
- a quake's "6.1 on the Richter scale" is a measure with no unit, as fresh9 and fresh19 read
  the same shape; the sample wrote the unit ``magnitude``. A figure the text calls a
  "magnitude" in words ("its magnitude was 5.2") keeps the unit Wikinews gives it.

Nothing else changes. Running it again changes nothing. Only development files are read;
``--blind`` reads and writes the two blind files and nothing else (for an annotator).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_share_rows_richter.py [--dry-run] [--show]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files  # noqa: E402

#: a results line headed "Shr" (with "profit", "loss", "net" or nothing after it)
SHARE_ROW = re.compile(r"\s*Shr\b")
RICHTER = re.compile(r"[ \t]+on[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?Richter[ \t]+scale\b")


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the older conventions, and one line per change."""
    notes: list[str] = []
    out = []
    share_row = bool(SHARE_ROW.match(text))
    for g in gold:
        span = text[g["start"] : g["end"]]
        if share_row and g["kind"] == "money" and not g.get("per"):
            notes.append(f"share row [{span}] per '' -> share")
            g = dict(g, per="share")
        elif (
            g["kind"] == "measure"
            and g.get("unit") == "magnitude"
            and RICHTER.match(text, g["end"])
        ):
            notes.append(f"Richter scale [{span}] unit magnitude -> ''")
            g = dict(g, unit="")
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(" [")[0])


if __name__ == "__main__":
    raise SystemExit(main())
