"""Relabel the numbers development gold to the lead's decision 1 on the forty-sixth sample.

The decision (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on the
forty-sixth sample's readings"): **"his first top 10 hit"** is an ordinal of ``hit`` and a count
"top 10" of ``hit``: "top N" takes the noun after it, and the ordinal ranks the same noun.

Two older development files read a chart's "top N" before one entry ("their Nth top 10
hit", "the top N hit" with the song's name after it) as a count with no noun, from round
twenty-two's reading of "top ten" with no noun after it. This script gives such a count the
entry's noun: a count item right after "top", followed by a chart entry's singular noun
(``ENTRIES``), with no counted noun, and no count item right before "top" (a count there,
"seven top ten hits", "two top 40 singles", takes the plural noun itself, round
thirty-seven's reading, which the decision does not touch; the plural is not read here).
Counted before it ran (round seventy-nine): 2 items, fresh33 and fresh35, one each; fresh46's
own gold already reads so. Running it again changes nothing.

The script reads the gold and the record's text with its own small patterns (never the
extractor), in the development files annotated before the decision (fresh46 and the older
ones). No blind or held-out file is read or written unless asked: ``--blind`` reads and writes
the two blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``)
and nothing else, for an annotator who does not develop the rules.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_chart_top_entry.py \
        [--dry-run] [--show] [--blind | --held-out]

``--show`` prints each change with its sentence (corpus text: read it in the terminal, never
commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import DEVELOPMENT_FILES, relabel_development_files  # noqa: E402

#: the development files annotated before the decision (fresh46 and the older ones)
FILES = DEVELOPMENT_FILES[: DEVELOPMENT_FILES.index("numbers_fresh46.jsonl") + 1]

#: a chart's entries, singular
ENTRIES = frozenset(("hit", "single", "album", "song", "track"))
#: "top" right before the count, and a count's span right before "top"
TOP_BEFORE = re.compile(r"\b(?i:top)[ \t\n]+\Z")
ENTRY_AFTER = re.compile(r"[ \t\n]+([a-z]+)\b(?![-'’])")


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    out = []
    for g in gold:
        top = TOP_BEFORE.search(text, max(0, g["start"] - 8), g["start"])
        after = ENTRY_AFTER.match(text, g["end"])
        if (
            g["kind"] == "count"
            and not g.get("quantity")
            and top is not None
            and after is not None
            and after.group(1) in ENTRIES
            and not any(
                o["kind"] == "count" and re.fullmatch(r"[ \t\n]*", text[o["end"] : top.start()])
                for o in gold
                if o["end"] <= top.start()
            )
        ):
            notes.append(f"top N before [{after.group(1)}] no noun -> {after.group(1)}")
            g = dict(g, quantity=after.group(1))
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(
        __doc__, relabel, tally=lambda note: note.split(" [")[0], files=FILES
    )


if __name__ == "__main__":
    raise SystemExit(main())
