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
- (withdrawn in round thirty-five) a quake's "6.1 on the Richter scale" was brought to a
  measure with no unit, as fresh9 and fresh19 read it; the lead's decision 2 on fresh25 reads
  every wording of a quake's size with the unit ``magnitude`` (``relabel_quake_magnitude.py``),
  so this half is gone and the sample's ``magnitude`` stands.

Nothing else changes. Running it again changes nothing. Only ``numbers_fresh25.jsonl`` is read
(the lead's decision 3 on fresh25: a script is a no-op on the files after its decision);
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
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(
        __doc__,
        relabel,
        tally=lambda note: note.split(" [")[0],
        files=("numbers_fresh25.jsonl",),
    )


if __name__ == "__main__":
    raise SystemExit(main())
