"""Relabel the numbers development gold to the lead's decision 6 on the forty-eighth sample and
decision 2 on round seventy's questions.

The decisions (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on the
forty-eighth sample's readings" and "The lead's decisions on round seventy's questions and the
thirty-ninth sample's readings"):

- **Y (decision 6 on the forty-eighth sample): "year-on-year" on a rate is ``per`` year**, as
  "annual" on a rate of change is: both mean the change over twelve months. The older readings
  without ``per`` ("year-on-year inflation stood at N pct", "annual rent inflation ..., up N%")
  are superseded. A percent item with an empty ``per`` takes ``year`` where "year-on-year" (also
  written "year on year" or "year-over-year") stands before it in its sentence, or right after
  it ("up 10% year-on-year", "rose 3% on a year-on-year basis"), or where "annual" and at most
  three words before "inflation" stand before it with no other figure between. "up N pct from a
  year earlier" keeps no ``per`` (a comparison anchored to a date: no rate word on the figure).
- **P (decision 2 on round seventy's questions): "several hundred of them" keeps no noun**: a
  count of a group the sentence names by the pronoun phrase "of them" right after the figure
  takes no counted noun (the conventions, and decision 3 on the forty-sixth sample). "N of
  those" after a written noun is not touched here (not decided).

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``). Running it again changes nothing.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules; with ``--dry-run`` either prints
the counts per file only.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_year_on_year_pronoun_group.py \
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

from devset_files import relabel_development_files  # noqa: E402

#: "year-on-year", "year on year", "year-over-year"
YEAR_ON_YEAR = re.compile(r"\byear[- ](?:on|over)[- ]year\b", re.I)
#: right after a percent figure: "10% year-on-year", "3% on a year-on-year basis"
YEAR_ON_YEAR_AFTER = re.compile(r"\s*,?\s*(?:on\s+an?\s+)?year[- ](?:on|over)[- ]year\b", re.I)
#: "annual" and at most three words before "inflation" ("annual house price inflation")
ANNUAL_INFLATION = re.compile(r"\bannual\s+(?:[a-z-]+\s+){0,3}inflation\b", re.I)
#: a figure between the rate word and the item: the rate word is another figure's
DIGIT = re.compile(r"\d")
#: the pronoun phrase after a count: "several hundred of them"
OF_THEM = re.compile(r"[\"'”’]?\s+of\s+them\b", re.I)


def _year_on_year(text: str, g: dict[str, Any]) -> bool:
    """Whether the sentence puts "year-on-year" (or "annual ... inflation") on this figure."""
    if YEAR_ON_YEAR_AFTER.match(text, g["end"]):
        return True
    if YEAR_ON_YEAR.search(text, 0, g["start"]):
        return True
    before = None
    for m in ANNUAL_INFLATION.finditer(text, 0, g["start"]):
        before = m
    return before is not None and not DIGIT.search(text, before.end(), g["start"])


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change."""
    notes: list[str] = []
    out: list[dict[str, Any]] = []
    for g in gold:
        written = text[g["start"] : g["end"]]
        if g.get("unit") == "%" and not g.get("per") and _year_on_year(text, g):
            notes.append(f"Y: [{written}] per -> year")
            g = dict(g, per="year")
        if g.get("kind") == "count" and g.get("quantity") and OF_THEM.match(text, g["end"]):
            notes.append(f"P: [{written}] {g['quantity']} -> no noun")
            g = dict(g, quantity="")
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(":", 1)[0])


if __name__ == "__main__":
    raise SystemExit(main())
