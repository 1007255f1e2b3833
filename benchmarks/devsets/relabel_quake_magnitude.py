"""Bring every development file's quake sizes to the unit ``magnitude`` (the lead's decision 2
on fresh25).

An earthquake's size is a measure with the unit ``magnitude`` whatever the wording: "a
magnitude 6.1 quake", "a 6.1-magnitude quake", "6.1 on the Richter scale", "a tremor measuring
6.1". Why: the story layer compares a figure across outlets by value and unit, and one
outlet's "magnitude 6.1" must meet another's "6.1 on the Richter scale". The older files read
the Richter shapes as a measure with no unit (fresh9, fresh19); fresh25 and the Wikinews file
wrote ``magnitude``.

This script reads the gold on its sentence with its own small pattern (never the extractor's:
a bug in a rule must not flow into the gold it is scored on): a gold measure with no unit,
its value under 10, in a sentence that names a quake ("earthquake", "quake", "tremor",
"temblor", "aftershock") or the Richter scale, or followed by "on the (open-ended) scale" (a
wrapped wire line that leaves the scale's name out), gets the unit ``magnitude``. Nothing else
changes. Running it again changes nothing. Every development file is read (the decision is for
them all); ``--blind`` reads and writes the two blind files and nothing else (for an annotator).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_quake_magnitude.py [--dry-run] [--show]

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

#: a sentence about a quake's size
QUAKE = re.compile(r"(?i:\b(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?|richter)\b)")
#: a figure read on a scale ("6.5 on the scale", "7.2 on the open-ended Richter scale")
ON_THE_SCALE = re.compile(r"\s+on\s+the\s+(?:[\w-]+\s+){0,2}scale\b")


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    quake = bool(QUAKE.search(text))
    notes: list[str] = []
    out = []
    for g in gold:
        if (
            g["kind"] == "measure"
            and not g.get("unit")
            and 0 < g["value"] < 10
            and (quake or ON_THE_SCALE.match(text, g["end"]))
        ):
            span = " ".join(text[g["start"] : g["end"]].split())
            notes.append(f"quake's size [{span}] unit '' -> magnitude")
            g = dict(g, unit="magnitude")
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(" [")[0])


if __name__ == "__main__":
    raise SystemExit(main())
