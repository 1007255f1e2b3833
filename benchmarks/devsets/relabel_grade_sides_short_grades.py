"""Relabel the numbers development gold to the lead's decisions on round fifty-five's questions.

Round fifty-five left the side itself and the short grade "U21" for the lead, who decided
(``docs/plugins/numbers-rounds.md``, "The lead's decisions on round fifty-five's questions"):

1. **a side named by its age grade is an age** ("an amalgamated Under-18 side", "the Under-21
   team": 18 / 21, ``year``, modifier ``under``), as a player named by the grade is; a staff
   role ("the Under-19 coach") and a competition's title ("the Under-17 World Cup") keep the
   grade as a name. A ``name`` item over "Under-N" before a side's noun becomes an age over
   the digits, and the age is added where the gold has no item there (names are not scored,
   and older files leave them out); an ``age`` item over "Under-N" before a competition's
   title becomes a name over "Under-N";
2. **"Iceland's U21 star" is an age**: the grade written short ("U21", "U-21") before a
   player's role or a side's noun is read as "Under-21" is: a ``name`` item over it becomes an
   age over the digits, and the age is added where no item covers it.

Decisions 3 ("a decade" with no number and no "for" stays no item) and 4 (blind 2's fall
stands) change no gold. Each is applied with this script's own small patterns read on the
sentence (never the extractor's: a bug in a rule must not flow into the gold it is scored on),
to every development file (``DEVELOPMENT_FILES``). ``--blind`` reads and writes the two blind
files and nothing else, for an annotator who does not develop the rules, reviewing every
change; not run here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_grade_sides_short_grades.py
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

#: a side's nouns (decision 1)
SIDE = r"(?:sides?|teams?|squads?|XI)"
#: a player's roles, as round fifty-five's script lists them (decision 2)
PLAYER = (
    r"(?:keepers?|goalkeepers?|strikers?|forwards?|defenders?|midfielders?|wingers?|captains?|"
    r"skippers?|players?|stars?|props?|hookers?|fly-halfs?|scrum-halfs?|full-backs?|"
    r"centre-backs?|flankers?|internationals?)"
)
#: "Under-N" before a side's noun (decision 1)
GRADE_SIDE = re.compile(
    r"\b(?P<grade>(?i:under)-(?P<age>\d{1,2}))[ \t]+(?i:" + SIDE + r")\b(?![-'’])"
)
#: "Under-N" before a competition's title (decision 1): the grade names the event
GRADE_TITLE = re.compile(
    r"\b(?P<grade>(?i:under)-(?P<age>\d{1,2}))[ \t]+(?:World[ \t]+Cup|(?:European[ \t]+)?"
    r"Championships?|Euros?|Six[ \t]+Nations|Grand[ \t]+Slam)\b"
)
#: "U21", "U-21" before a player's role or a side's noun (decision 2)
SHORT_GRADE = re.compile(
    r"\b(?P<grade>U-?(?P<age>\d{2}))[ \t]+(?i:" + PLAYER + "|" + SIDE + r")\b(?![-'’])"
)


def _item(start: int, end: int, value: float, kind: str) -> dict[str, Any]:
    aged = kind == "age"
    return {
        "start": start, "end": end, "value": value, "value_high": None,
        "unit": "year" if aged else "", "per": "", "quantity": "",
        "modifier": "under" if aged else "", "kind": kind,
    }  # fmt: skip


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the two decisions, and one line per change ("D<n> what")."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = [(i, dict(g)) for i, g in enumerate(gold)]
    has_text = any("text" in g for g in gold)

    def put(new: dict[str, Any]) -> dict[str, Any]:
        if has_text:
            new["text"] = text[new["start"] : new["end"]]
        return new

    def over(s: int, e: int) -> int | None:
        return next((k for k, (_, g) in enumerate(kept) if g["start"] < e and g["end"] > s), None)

    def to_age(m: re.Match[str], tag: str) -> None:
        s, e = m.span("age")
        at = over(*m.span("grade"))
        age = put(_item(s, e, float(m.group("age")), "age"))
        if at is None:
            kept.append((None, age))
            notes.append(f"{tag} [{m.group()}] age added")
        elif kept[at][1]["kind"] == "name":
            kept[at] = (kept[at][0], {**kept[at][1], **age})
            notes.append(f"{tag} [{m.group()}] name -> age")

    # 1. a side named by its grade is an age; a competition's title keeps the grade as a name
    for m in GRADE_SIDE.finditer(text):
        to_age(m, "D1")
    for m in GRADE_TITLE.finditer(text):
        at = over(*m.span("grade"))
        if at is not None and kept[at][1]["kind"] == "age":
            s, e = m.span("grade")
            kept[at] = (
                kept[at][0],
                {**kept[at][1], **put(_item(s, e, kept[at][1]["value"], "name"))},
            )
            notes.append(f"D1 [{m.group()}] age -> name")
    # 2. the grade written short, before a player or a side
    for m in SHORT_GRADE.finditer(text):
        to_age(m, "D2")
    kept.sort(key=lambda pair: (pair[1]["start"], pair[1]["end"]))
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note[:2])


if __name__ == "__main__":
    raise SystemExit(main())
