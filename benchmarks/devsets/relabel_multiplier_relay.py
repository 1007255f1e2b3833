"""Bring the twenty-third sample's gold to three conventions the older development files hold.

The lead's decisions on the twenty-third sample's readings (``docs/plugins/numbers.md``, for
round twenty-nine) read its annotator's choices as conventions, except where one conflicts
with a convention written before: there the older stands, and ``numbers_fresh23.jsonl`` is
brought to it. Three such readings, each written one way by every older file:

- a multiplier ("nearly four times as many", "subscribed 40 times over") is a count of
  ``time``, as every older file counts one ("six times more likely", "12 times as large",
  "more than 100 times oversubscribed"); the sample wrote it a unitless measure;
- an exchange rate's ``per`` names the second currency as a word ("euro", "dollar": every
  older file), not its code ("EUR"): the same reading, spelt as the others spell it;
- a relay's "4x100m" is a whole-token name (``README.md``'s guide to the kind ``name``, and
  three older files); the sample wrote it a measure in metres. A race distance outside a
  relay's token ("the 200m") stays a measure, as the sample and the older files agree.

Nothing else changes. Running it again changes nothing. Only development files are read;
``--blind`` reads and writes the two blind files and nothing else (for an annotator).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_multiplier_relay.py [--dry-run] [--show]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files  # noqa: E402

#: a multiplier's span: a number, then "times" (the older files' spans end there or before it)
TIMES = re.compile(r"^[\w.,\s-]*?\btimes$", re.I)
#: a relay's token: legs "x" distance, glued
RELAY = re.compile(r"^\d\s?[x×]\s?\d+\s?m$", re.I)
#: currency codes the older files spell as words in an exchange rate's ``per``
PER_WORDS = {"EUR": "euro", "USD": "dollar", "JPY": "yen", "GBP": "pound"}


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the older conventions, and one line per change."""
    notes: list[str] = []
    out = []
    for g in gold:
        span = text[g["start"] : g["end"]]
        if g["kind"] == "measure" and not g["unit"] and TIMES.match(span):
            notes.append(f"multiplier [{span}] measure -> count of time")
            g = dict(g, kind="count", quantity="time")
        elif g["kind"] == "measure" and g["unit"] == "m" and RELAY.match(span):
            notes.append(f"relay [{span}] measure m -> name")
            g = dict(g, kind="name", unit="", per="", quantity="", modifier="")
        elif g["kind"] == "money" and g.get("per") in PER_WORDS and g["unit"] != g["per"]:
            notes.append(f"exchange rate [{span}] per {g['per']} -> {PER_WORDS[g['per']]}")
            g = dict(g, per=PER_WORDS[g["per"]])
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(" [")[0])


if __name__ == "__main__":
    raise SystemExit(main())
