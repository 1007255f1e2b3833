"""Relabel the numbers development gold to the lead's decision 1 on the thirty-sixth sample.

The decision (the thirty-sixth sample's questions, 2026-12-06): "N minutes later" with no named
event is no item. The guide's ambiguity 6 ("five years ago", "two days earlier", "six minutes
later": no items) stands; an interval between two named events stays a duration ("two days
before the vote"), and "a week later" anchored only to the narrative is no item. The
thirty-sixth sample's annotator had read a slip in the twenty-sixth sample's decision 5 and
gave a match's "N minutes later" a duration; the decision says the round that makes that
sample development relabels it, which this script does (round sixty-one).

This script reads each development file's gold on its sentence with its own small pattern
(never the extractor's: a bug in a rule must not flow into the gold it is scored on): a
``duration`` item followed by "later", "earlier" or "ago" (not "later than", a comparison) is
dropped, as ``relabel_ambiguities_2_8.py``'s decision 6 drops it in the files it was made for.
Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_narrative_later.py [--dry-run] [--show] [--blind]

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

#: the narrative's anchor right after a duration: "ten minutes later", "two days earlier"
ANCHOR = re.compile(r"\s+(?:ago|earlier|later)\b(?!\s+than\b)")


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        if g.get("kind") == "duration" and ANCHOR.match(text, g["end"]):
            notes.append(f"[{text[g['start'] : g['end']]}] duration anchoring a date: dropped")
            continue
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
