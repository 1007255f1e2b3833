"""Relabel the numbers development gold to the lead's decisions 1-5 on fresh18's conventions.

The decisions (after round twenty-two of issue 17, ``docs/plugins/numbers.md``, "The lead's
decisions on the eighteenth sample's conventions"):

1. **The currency of the story's day**: an old Turkish lira amount is ``TRL``; ``TRY`` only
   from the redenomination on (2005).
2. **A score in words is two counts of its noun**: "won by three goals to one" counts 3 and 1
   ``goal`` (a digit score, "3-1", stays no item).
3. **"number ones" is no item**; a count before it ("four number ones") counts ``number one``.
4. **"one" for a noun of an earlier sentence is no item**.
5. **A digit quoted as a symbol is no item** ("which digit is 7 in 4471?").

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on):

1. a ``money`` item in ``TRY`` whose sentence calls the lira old ("the old lira", "old Turkish
   lira") becomes ``TRL``. A story's date is not in a record, so a bare "lira" is left as
   annotated (no development file has a ``TRY`` item: each annotator already wrote the code
   of the story's day);
2. a score in words, "by|a|an NUMBER NOUN to NUMBER" with a scoring noun (goals, points,
   tries, runs, frames, sets, games, wickets), whole numbers on both sides, the second at most
   200 and no "index" in the sentence (an index "rose by 3 points to 2614" is a move to a
   level): each side with no gold item gets a ``count`` of the noun's singular ("nil" and
   "zero" are 0);
3. an item whose span is "number ones" is removed; a count right before "number ones" counts
   ``number one``;
4. a ``count`` whose span is "one" and whose counted noun does not occur in its sentence is
   removed (the noun was in an earlier sentence);
5. an item whose span is one digit named as a symbol ("the digit 7", "digit is 7", "the number
   7 in (this|the) number 4471", or a digit alone in quotation marks) is removed, and so is the
   number it is looked for in ("in this number 4471").

Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_scores_number_ones.py [--dry-run] [--show] [--blind]

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

OLD_LIRA = re.compile(r"\bold\s+(?:Turkish\s+)?lira", re.I)
WORD_VALUES = {
    "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = rf"\d{{1,3}}|{'|'.join(WORD_VALUES)}"
SCORE = re.compile(
    rf"\b(?:by|a|an)\s+(?P<a>{_NUMBER})\s+"
    r"(?P<noun>goals?|points?|tries|try|runs?|frames?|sets?|games?|wickets?)"
    rf"\s+to\s+(?P<b>{_NUMBER})\b(?![.,]\d)",
    re.I,
)
SINGULAR = {"tries": "try"}
NUMBER_ONES = re.compile(r"number\s+ones\b", re.I)
SYMBOL_DIGIT = re.compile(
    r"\bdigit\s+(?:is\s+)?(?P<d>\d)\b"
    r"|\bnumber\s+(?P<n>\d)\s+in\s+(?:this|the)\s+number\s+(?P<in>\d+)\b"
    r"|[\"“‘'](?P<q>\d)[\"”’']",
    re.I,
)


def _value(word: str) -> float:
    return float(WORD_VALUES.get(word.lower(), word if word.isdigit() else 0))


def _score_items(text: str, gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Decision 2: the counts a score in words lacks in the gold, each with its note."""
    if re.search(r"\bindex\b", text, re.I):
        return []
    added = []
    for m in SCORE.finditer(text):
        if _value(m.group("b")) > 200:
            continue
        noun = m.group("noun").lower()
        noun = SINGULAR.get(noun, noun[:-1] if noun.endswith("s") else noun)
        for side in ("a", "b"):
            start, end = m.span(side)
            if any(g["start"] < end and start < g["end"] for g in gold):
                continue
            item = {
                "start": start, "end": end, "value": _value(m.group(side)), "value_high": None,
                "unit": "", "per": "", "quantity": noun, "modifier": "", "kind": "count",
            }  # fmt: skip
            added.append((item, f"2: [{m.group(side)}] a score in words: a count of '{noun}'"))
    return added


def _symbol_spans(text: str) -> list[tuple[int, int]]:
    """Decision 5: the spans of digits named as symbols, and of the numbers they are in."""
    spans = []
    for m in SYMBOL_DIGIT.finditer(text):
        for group in ("d", "n", "in", "q"):
            if m.group(group) is not None:
                spans.append(m.span(group))
    return spans


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change (its decision first)."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    symbols = _symbol_spans(text)
    for k, g in enumerate(gold):
        span = text[g["start"] : g["end"]]
        if g["kind"] == "money" and g.get("unit") == "TRY" and OLD_LIRA.search(text):
            notes.append(f"1: [{span}] the old lira: TRY -> TRL")
            kept.append((k, dict(g, unit="TRL")))
            continue
        if NUMBER_ONES.fullmatch(span):
            notes.append(f"3: [{span}] 'number ones', {g['kind']}: removed")
            continue
        after = NUMBER_ONES.match(text, g["end"] + 1)
        if g["kind"] == "count" and after and g.get("quantity") != "number one":
            notes.append(f"3: [{span}] a count of '{g.get('quantity')}' -> of 'number one'")
            kept.append((k, dict(g, quantity="number one")))
            continue
        noun = (g.get("quantity") or "").lower()
        elsewhere = noun and not re.search(rf"\b{re.escape(noun)}", text, re.I)
        if g["kind"] == "count" and span.lower() == "one" and elsewhere:
            notes.append(f"4: [{span}] 'one' for '{noun}' of an earlier sentence: removed")
            continue
        if (g["start"], g["end"]) in symbols:
            notes.append(f"5: [{span}] a digit named as a symbol, {g['kind']}: removed")
            continue
        kept.append((k, g))
    for item, note in _score_items(text, gold):
        notes.append(note)
        kept.append((None, item))
    if not notes:
        return gold, notes
    kept.sort(key=lambda pair: (pair[1]["start"], pair[1]["end"]))
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: f"decision {note[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
