"""Relabel the numbers development gold to the lead's decisions on the thirty-fourth sample.

Round fifty-three read the thirty-fourth sample's errors; the lead decided
(``docs/plugins/numbers-rounds.md``, "The lead's decisions on the thirty-fourth sample's
readings"):

1. **"the first N days / months" is a duration** ("took $4m in its first five days": 5 ``day``,
   kind ``duration``), as every development file and the written conventions read a stretch of
   time; a count stays a count where the noun names events ("the first two games"). A gold
   ``count`` right after "first" whose counted noun is a period of time (second to decade)
   becomes a ``duration`` in that unit, its span stretched over the period word as the files'
   durations are; event nouns (games, matches, races) are never touched;
2. **"all one big NOUN" is a count of 1 of the noun** ("it was all one big show"), as news dev
   and fresh8 count "one big NOUN": where "one big NOUN" follows "all" or "just" and no gold
   item covers "one", a count of 1 of the noun is added.

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``). ``--blind`` reads and writes the two blind files and
nothing else, for an annotator who does not develop the rules, reviewing every change; not run
here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_first_period_one_big.py
        [--dry-run] [--show] [--blind]

It prints the changes per file and decision (counts, never text); ``--show`` prints each change
with its context (corpus text: read it in the terminal, never commit it). Running it again
changes nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files, renumber  # noqa: E402

#: the period words a "first N" stretch of time is counted in (decision 1)
PERIODS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
#: "first" right before the figure
FIRST_BEFORE = re.compile(r"\bfirst\s+$", re.IGNORECASE)
#: the period word right after the figure (when the gold span stops before it)
PERIOD_AFTER = re.compile(r"\s+(" + "|".join(PERIODS) + r")s?\b", re.IGNORECASE)
#: "all one big NOUN" / "just one big NOUN" (decision 2); the counted noun is the phrase's head,
#: the second of two words that end a clause ("one big publicity stunt."), else the first word
ONE_BIG = re.compile(
    r"\b(?:all|just)\s+(one)\s+big\s+(?:[a-z]+\s+(?=[a-z]+\s*(?:[.,;:!?)]|$)))?([a-z]+)\b",
    re.IGNORECASE,
)


def first_period(text: str, g: dict[str, Any]) -> dict[str, Any] | None:
    """The item as a duration when it counts a period of time after "first", else None."""
    noun = (g.get("quantity") or "").lower()
    if g["kind"] != "count" or noun not in PERIODS:
        return None
    if not FIRST_BEFORE.search(text[max(0, g["start"] - 20) : g["start"]]):
        return None
    new = dict(g, kind="duration", unit=noun, quantity="")
    after = PERIOD_AFTER.match(text, g["end"])
    if after and after.group(1).lower() == noun:
        new["end"] = after.end()
        if "text" in new:
            new["text"] = text[new["start"] : new["end"]]
    return new


def one_big_items(text: str, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A count of 1 for every "all/just one big NOUN" whose "one" no gold item covers."""
    added = []
    for m in ONE_BIG.finditer(text):
        start, end = m.span(1)
        if any(g["start"] < end and start < g["end"] for g in gold):
            continue
        new = {
            "start": start,
            "end": end,
            "value": 1.0,
            "value_high": None,
            "unit": "",
            "per": "",
            "quantity": m.group(2).lower(),
            "modifier": "",
            "kind": "count",
        }
        added.append(new)
    return added


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the two decisions, and one line per change ("D<n> what")."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for i, g in enumerate(gold):
        new = first_period(text, g)
        if new is not None:
            notes.append(f"D1 [{text[g['start'] : new['end']]}] count -> duration")
            g = new
        kept.append((i, g))
    for new in one_big_items(text, gold):
        notes.append(f"D2 [{text[new['start'] : new['end'] + 20]}] count of 1 added")
        kept.append((None, new))
    if not notes:
        return gold, notes
    kept.sort(key=lambda pair: pair[1]["start"])
    return renumber(kept), notes


def match_format(new: dict[str, Any], inline: bool, text: str) -> dict[str, Any]:
    """An item in the file's own fields (Wikinews items keep their text, no ``per``)."""
    if inline and "text" not in new:
        new = {"start": new["start"], "end": new["end"], "text": text[new["start"] : new["end"]],
               **{k: v for k, v in new.items() if k not in ("start", "end", "per")}}  # fmt: skip
    return new


def main() -> int:
    return relabel_development_files(
        __doc__, relabel, reformat=match_format, tally=lambda note: note[:2]
    )


if __name__ == "__main__":
    raise SystemExit(main())
