"""Relabel the numbers development gold to the lead's decisions 1 and 2 on fresh21's readings.

The decisions (round twenty-seven of issue 17, ``docs/plugins/numbers.md``, "The lead's
decisions on the twenty-first sample's readings"):

1. **An adjective of frequency on a counted noun** ("three daily ferries", "two weekly
   editions") gives the count ``per`` day / week.
2. **An exchange offer's shares** ("1.2 new shares for each share held") carry ``per`` share: a
   rate of one holding for another, as "$4 a share" is.

(Decision 3, a bare figure continuing a comparison with a measure, is read by the rules; no
development gold before fresh21 gives such a figure an item of another reading.)

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on):

1. a ``count`` with a noun and no ``per``, followed right away by "daily", "nightly", "weekly",
   "monthly", "quarterly", "annual" or "yearly" and a word, takes that period (not before a
   periodical: "two daily newspapers");
2. a ``count`` of ``share`` with no ``per``, at most 20, said after "exchange", "exchanged",
   "conversion", "converted" or "swap" in its sentence, where a share or stock is named before it
   or "for each/every" follows it, and not followed by "for" and a number (a ratio, "one share
   for one unit"), takes ``per`` share.

Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_frequency_exchange.py [--dry-run] [--show] [--blind]

It prints the changes per decision and file; ``--show`` prints each change with its sentence
(corpus text: read it in the terminal, never commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files, renumber  # noqa: E402

FREQUENCY_AFTER = re.compile(
    r"^(?:\s+[a-z][a-z-]*)?\s+(daily|nightly|weekly|monthly|quarterly|annual|yearly)\s+([a-z]+)",
    re.I,
)
PERIODS = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
           "quarterly": "quarter", "annual": "year", "yearly": "year"}  # fmt: skip
PERIODICALS = re.compile(
    r"(?:news)?papers?|magazines?|tabloids?|titles?|publications?|journals?|shows?|programmes?",
    re.I,
)
EXCHANGE = re.compile(r"\b(?:exchang(?:e|ed|es|ing)|conver(?:sion|ted|ts?)|swap(?:ped|s)?)\b", re.I)
SHARES_OR_STOCK = re.compile(r"\b(?:shares?|stock|common)\b", re.I)
FOR_EACH_AFTER = re.compile(r"^[^.;]{0,60}?\bfor\s+(?:each|every)\b", re.I)
RATIO_AFTER = re.compile(
    r"^(?:\s+[A-Za-z][\w-]*){0,3}\s+for\s+(?:(?:each|every)\s+)?(?:one|two|three|four|five|\d)",
    re.I,
)


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change (its decision first)."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        span = text[g["start"] : g["end"]]
        before, after = text[: g["start"]], text[g["end"] :]
        if g["kind"] == "count" and g.get("quantity") and not g.get("per"):
            freq = FREQUENCY_AFTER.match(after)
            if freq is not None and not PERIODICALS.fullmatch(freq.group(2)):
                period = PERIODS[freq.group(1).lower()]
                notes.append(f"1: [{span}] a frequency adjective on its noun: per {period}")
                kept.append((k, dict(g, per=period)))
                continue
            said = list(EXCHANGE.finditer(before))
            if (
                g["quantity"].lower() in ("share", "shares")
                and float(g["value"]) <= 20
                and said
                and (
                    SHARES_OR_STOCK.search(before[: said[-1].start()] + before[said[-1].end() :])
                    or FOR_EACH_AFTER.match(after)
                )
                and not RATIO_AFTER.match(after)
            ):
                notes.append(f"2: [{span}] shares of an exchange: per share")
                kept.append((k, dict(g, per="share")))
                continue
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: f"decision {note[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
