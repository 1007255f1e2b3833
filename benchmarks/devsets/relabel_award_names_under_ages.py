"""Relabel the numbers development gold to the lead's decisions on the thirty-third sample.

Round fifty-one found two places where the development files disagreed; the lead decided
(``docs/plugins/numbers-rounds.md``, "The lead's decisions on the thirty-third sample's
questions"):

1. **a count of a named award keeps its name** ("won three Grammy Awards": ``grammy award``;
   "two Laurel Prizes": ``laurel prize``): the capitalised words before a capitalised
   "Award(s)"/"Prize(s)" after a count (a lower-case adjective between, "eight posthumous
   Grammy Awards", is passed over) go into the counted noun. An ordinal before a ceremony's
   title keeps round forty-nine's rule ("the 77th Academy Awards": ``award``) and is not
   touched, nor a count whose award is named elsewhere ("four awards at the Grammy ceremony");
2. **"an Under-21 international"** is an age (21, ``year``, modifier ``under``), as an
   "Under-21 match" already is: a ``name`` item over "Under-N" before "international(s)"
   becomes an age over the digits.

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``; a file annotated under the decisions is left as it
is). ``--blind`` reads and writes the two blind files and nothing else, for an annotator who
does not develop the rules, reviewing every change; not run here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_award_names_under_ages.py
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

#: after a count: an optional lower-case adjective, then capitalised words and the award's head
#: (decision 1)
NAMED_AWARD_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?P<name>(?:[A-Z][\w&.-]*\s+)+)(?P<head>Awards?|Prizes?)\b"
)
AWARD_HEADS = {"award", "prize"}
#: an age grade named as a team (decision 2): the item's text, and what follows it
UNDER_GRADE = re.compile(r"(?i:under)[- ]?(?P<age>\d{1,2})")
INTERNATIONAL_AFTER = re.compile(r"\s+internationals?\b")


def singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") else noun


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the two decisions, and one line per change ("D<n> what")."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for i, old in enumerate(gold):
        g = dict(old)
        span = text[g["start"] : g["end"]]
        after = text[g["end"] : g["end"] + 80]
        noun = g.get("quantity") or ""
        # 1. a count of a named award keeps the name
        award = NAMED_AWARD_AFTER.match(after)
        if g["kind"] == "count" and award and singular(noun) in AWARD_HEADS:
            named = " ".join(award.group("name").split()).lower()
            new = f"{named} {singular(award.group('head'))}"
            if singular(noun) == singular(award.group("head")) and noun != new:
                g["quantity"] = new
                notes.append(f"D1 [{span}] named award {noun!r} -> {new!r}")
        # 2. "an Under-21 international": an age, not a name
        grade = UNDER_GRADE.fullmatch(span)
        if g["kind"] == "name" and grade and INTERNATIONAL_AFTER.match(after):
            start = g["start"] + grade.start("age")
            g.update(
                start=start, value=float(grade.group("age")), kind="age", unit="year",
                modifier="under", quantity="", per="",
            )  # fmt: skip
            if "text" in g:
                g["text"] = text[start : g["end"]]
            notes.append(f"D2 [{span}] Under-N international: name -> age")
        kept.append((i, g))
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note[:2])


if __name__ == "__main__":
    raise SystemExit(main())
