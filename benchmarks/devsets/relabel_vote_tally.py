"""Relabel the numbers development gold to the lead's decision on a vote tally.

The decision (round seventeen of issue 17): **a tally of a vote counts votes**. After "voted",
"a vote of", "by a vote of" or "passed/approved/rejected ... by", each side of
"N to M" / "N-M" is a count with the counted noun ``vote``: the guide gives every count its
counted noun, and an analyst comparing a bill's tally across outlets finds it by that noun.
A score line in sport stays a name (round seven's decision): it has none of those words.

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on): a gold
item of kind ``count`` with no counted noun, on either number of a tally written within a few
words after one of those words, gets the counted noun ``vote``. A tally side with no gold item,
or one of another kind, is left as it is (an annotator's reading of its own). Nothing else
changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_vote_tally.py [--dry-run] [--show] [--blind]

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

_NUMBER = r"\d{1,3}(?:,\d{3})*"
#: the words that make a tally a vote, then at most a few words (no sentence end) before it
TALLY = re.compile(
    r"(?i:\bvoted\b|\bby\s+a\s+vote\s+of\b|\ba\s+vote\s+of\b"
    r"|\b(?:passed|approved|rejected)\b(?:\s+[\w'-]+){0,6}?\s+by\b)"
    rf"(?:\s+[\w'-]+){{0,2}}?\s+(?P<a>{_NUMBER})(?:\s+to\s+|\s*[-\u2013]\s*)"
    rf"(?P<b>{_NUMBER})\b(?!\s+margin)"  # not "by a 2 to 1 margin": a ratio of the votes
)


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    out = [dict(g) for g in gold]
    for m in TALLY.finditer(text):
        for side in ("a", "b"):
            start, end = m.start(side), m.end(side)
            for g in out:
                if not (g["start"] < end and start < g["end"]):
                    continue
                if g.get("kind") != "count" or g.get("quantity"):
                    continue  # another reading, or a noun already given
                g["quantity"] = "vote"
                notes.append(f"[{text[g['start'] : g['end']]}] a side of a vote tally: vote")
    return (out, notes) if notes else (gold, notes)


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
