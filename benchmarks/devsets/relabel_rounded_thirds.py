"""Relabel a fraction of thirds written rounded in the development gold to its exact value.

The development files store a third as the fraction it is ("two-thirds": 0.666666667 or
finer, as `numbers_fresh.jsonl`, `numbers_fresh9.jsonl`, `numbers_fresh10.jsonl`,
`numbers_news.jsonl` and `numbers_fresh2.jsonl` do); a value rounded to four places (0.6667)
differs from it beyond the scorer's tolerance (relative 1e-6), so a right reading scores as a
miss and a spurious finding. Round twenty-seven found two such items in `numbers_fresh20.jsonl`
(an older convention stands: the later file is brought to it).

A ``fraction`` item whose span names thirds in words ("one-third", "two thirds", "a third")
and whose value is within 0.001 of k/3 but not within the tolerance takes the value k/3.
Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_rounded_thirds.py [--dry-run] [--show] [--blind]
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files  # noqa: E402

THIRDS = re.compile(r"(?:one|two|a)[\s-]+thirds?", re.I)


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold with rounded thirds made exact, and one line per change."""
    notes: list[str] = []
    out = []
    for g in gold:
        span = text[g["start"] : g["end"]]
        value = float(g["value"])
        k = round(value * 3)
        if (
            g["kind"] == "fraction"
            and THIRDS.search(span)
            and k in (1, 2)
            and abs(value - k / 3) < 1e-3
            and not math.isclose(value, k / 3, rel_tol=1e-6)
        ):
            notes.append(f"[{span}] {value} -> {k}/3")
            g = dict(g, value=k / 3)
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
