"""Relabel the numbers development gold to the lead's decisions on round fifty-two's questions.

Round fifty-two left three questions; the lead decided (``docs/plugins/numbers-rounds.md``,
"The lead's decisions on round fifty-two's questions"):

1. **a player named by an age grade is an age** ("an Under-19 striker", "the Under-20
   captain": 19 / 20, ``year``, modifier ``under``), as "an Under-21 international" is; a
   staff role or the side itself ("the Under-19 coach", "the Under-21 team") keeps the grade
   as a name. A ``name`` item over "Under-N" before a player's role becomes an age over the
   digits; where the gold has no item there (names are not scored, and older files leave them
   out), the age is added;
2. **"for a year" and "for a decade" are durations in every file**: where no gold item covers
   "a"/"an" and a time unit after "for" (not hyphened on, "for a year-on-year rise", nor
   possessive, "for an hour's parking"), a duration of one unit is added ("a decade": 10
   ``year``, as "two decades" is 20);
3. **"for a week or two" is a range** (1-2 ``week``), as "two or three days" is: a one-unit
   duration item over "a"/"an" and a time unit followed by "or" and a small number grows over
   it, ``value_high`` the number, and a count item over that number goes.

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``). ``--blind`` reads and writes the two blind files and
nothing else, for an annotator who does not develop the rules, reviewing every change; not run
here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_grade_players_for_a_period.py
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

#: an age grade before a player's role (decision 1); staff roles and the side are not listed
GRADE_PLAYER = re.compile(
    r"\b(?i:under)-(?P<age>\d{1,2})[ \t]+(?i:keepers?|goalkeepers?|strikers?|forwards?|"
    r"defenders?|midfielders?|wingers?|captains?|skippers?|players?|stars?|props?|hookers?|"
    r"fly-halfs?|scrum-halfs?|full-backs?|centre-backs?|flankers?)\b(?![-'’])"
)
#: "for a year", "for a decade" (decision 2): the span runs from "a" to the unit
FOR_A_PERIOD = re.compile(
    r"\b(?i:for)\s+(?P<span>(?i:an?)\s+(?P<unit>minute|hour|day|week|month|year|decade|century))"
    r"\b(?![-'’])"
)
#: the gold's unit and value for one of each period
PERIOD_UNITS = {
    "minute": ("min", 1.0),
    "hour": ("h", 1.0),
    "day": ("day", 1.0),
    "week": ("week", 1.0),
    "month": ("month", 1.0),
    "year": ("year", 1.0),
    "decade": ("year", 10.0),
    "century": ("year", 100.0),
}
#: "a week or two" (decision 3): after a one-unit duration's span
OR_FEW_AFTER = re.compile(r"\s+or\s+(?P<high>two|three|four|five|[2-5])\b(?![-\w])")
FEW = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}


def _item(start: int, end: int, value: float, unit: str, kind: str, modifier: str) -> dict:
    return {
        "start": start, "end": end, "value": value, "value_high": None, "unit": unit,
        "per": "", "quantity": "", "modifier": modifier, "kind": kind,
    }  # fmt: skip


def _covered(gold: list[dict[str, Any]], start: int, end: int) -> int | None:
    """The index of a gold item overlapping ``start:end``, or None."""
    return next((i for i, g in enumerate(gold) if g["start"] < end and g["end"] > start), None)


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the three decisions, and one line per change ("D<n> what")."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = [(i, dict(g)) for i, g in enumerate(gold)]
    has_text = any("text" in g for g in gold)

    def put(new: dict[str, Any]) -> dict[str, Any]:
        if has_text:
            new["text"] = text[new["start"] : new["end"]]
        return new

    # 1. a player named by an age grade: an age over the digits
    for m in GRADE_PLAYER.finditer(text):
        s, e = m.span("age")
        at = next((k for k, (_, g) in enumerate(kept) if g["start"] < e and g["end"] > s), None)
        age = put(_item(s, e, float(m.group("age")), "year", "age", "under"))
        if at is None:
            kept.append((None, age))
            notes.append(f"D1 [{m.group()}] age added")
        elif kept[at][1]["kind"] == "name":
            kept[at] = (kept[at][0], {**kept[at][1], **age})
            notes.append(f"D1 [{m.group()}] name -> age")
    # 2. "for a year", "for a decade": a duration of one period
    for m in FOR_A_PERIOD.finditer(text):
        s, e = m.span("span")
        if _covered([g for _, g in kept], s, e) is None:
            unit, value = PERIOD_UNITS[m.group("unit").lower()]
            kept.append((None, put(_item(s, e, value, unit, "duration", ""))))
            notes.append(f"D2 [{m.group()}] duration added")
    # 3. "a week or two": the one-unit duration grows to a range
    for k, (old, g) in enumerate(list(kept)):
        few = OR_FEW_AFTER.match(text, g["end"])
        if (
            g["kind"] != "duration"
            or g.get("value_high") is not None
            or few is None
            or not re.match(r"(?i:an?)\s", text[g["start"] :])
        ):
            continue
        high = FEW.get(few.group("high").lower()) or float(few.group("high"))
        step = g["value"]  # "a decade or two": 10-20 years
        kept[k] = (old, put({**g, "end": few.end(), "value_high": step * high}))
        kept = [
            (o, h)
            for o, h in kept
            if not (
                h["kind"] == "count" and h["start"] >= few.start("high") and h["end"] <= few.end()
            )
        ]
        notes.append(f"D3 [{text[g['start'] : few.end()]}] range")
    kept.sort(key=lambda pair: (pair[1]["start"], pair[1]["end"]))
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note[:2])


if __name__ == "__main__":
    raise SystemExit(main())
