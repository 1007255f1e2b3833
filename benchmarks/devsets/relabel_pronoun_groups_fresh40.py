"""Relabel the numbers development gold to the lead's decisions 3 and 4 on round seventy-one.

The decisions (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on round
seventy-one's questions and the fortieth sample's readings"):

- **G (decision 3): a count of a group named by a pronoun phrase takes no counted noun**, "of
  them", "of those" and "of these" alike, whether or not a noun was written before it ("the 40
  boats ... 20 of those sank": a count with no noun). A gold count with a counted noun right
  before "of them/those/these" loses the noun, unless a plural stands right after the pronoun
  ("20 of those boats": the noun written after it counts).
- **Decision 4: the fortieth sample's readings give way to the conventions**:
  - **R**: a rights issue's ratio in words ("new shares at one for four held")
    is two counts of ``share``, as the development gold counts "one free share for every 12
    held": where two numbers in words or digits stand as "A for (every|each) B (already)
    held/owned" in a sentence that names shares and no gold item covers them, both are added
    as counts of ``share``; a figure already in the gold with no noun takes ``share``;
  - **W**: "within a week" (an hour, a day, a month, a year) is a duration of 1 in that unit,
    "a" read as one after a word that bounds a quantity: added where no gold item covers it
    (not a range from a week to some days, nor "a week or two": not decided here);
  - **H**: a headline's vague count takes no counted noun unless the headline writes one
    (decision 3 on the forty-sixth sample): a vague count that opens the record (where the core
    runs a BBC headline into the first sentence) keeps its noun only where "of" or the noun's
    plural follows it ("Millions of people", "Hundreds protest" has none).

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``). Running it again changes nothing.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules; with ``--dry-run`` either prints
the counts per file only.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_pronoun_groups_fresh40.py \
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

from devset_files import relabel_development_files, renumber  # noqa: E402

#: the pronoun phrase after a count, and the word after it: "20 of those sank", "of them in"
PRONOUN_GROUP = re.compile(
    r"[\"'”’]?\s+of\s+(them|those|these)\b(?:\s+([A-Za-z-]+))?", re.IGNORECASE
)
#: words in -s after "those" that are no plural noun
NOT_PLURAL = frozenset(
    [
        "is",
        "was",
        "has",
        "does",
        "as",
        "us",
        "this",
        "thus",
        "always",
        "perhaps",
        "across",
        "unless",
        "whereas",
        "besides",
    ]
)
#: plurals not made with -s, for a headline's noun written after its vague count
IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children"}
#: small numbers in words, for a ratio's two figures
WORD_NUMBERS = {
    w: float(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUMBER = r"(\d+(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + ")"
#: "one for four held", "two for every seven already held", "1 for 5 owned"
RATIO = re.compile(
    rf"\b{_NUMBER}\s+for\s+(?:every\s+|each\s+)?{_NUMBER}\s+(?:already\s+|currently\s+)?"
    r"(?:held|owned)\b",
    re.IGNORECASE,
)
SHARES = re.compile(r"\bshares?\b", re.IGNORECASE)
#: "within a week": the span is "a week" (or "an hour")
WITHIN = re.compile(
    r"\bwithin\s+((an?)\s+(hour|day|week|fortnight|month|year|decade))\b(?!\s+(?:to|or)\b)",
    re.IGNORECASE,
)
#: the files' unit for each period word
PERIOD_UNITS = {
    "hour": "h",
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "decade": "decade",
}


def _value(word: str) -> float:
    low = word.lower()
    return WORD_NUMBERS[low] if low in WORD_NUMBERS else float(low)


def _covered(gold: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    return next((g for g in gold if g["start"] < end and start < g["end"]), None)


def _item(start: int, end: int, value: float, **fields: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "start": start,
        "end": end,
        "value": value,
        "value_high": None,
        "unit": "",
        "per": "",
        "quantity": "",
        "modifier": "",
        "kind": "count",
    }
    item.update(fields)
    return item


def _pronoun_group(text: str, g: dict[str, Any]) -> bool:
    m = PRONOUN_GROUP.match(text, g["end"])
    if m is None:
        return False
    word = (m.group(2) or "").lower()
    plural_after = (
        m.group(1).lower() != "them"
        and len(word) > 3
        and word.endswith("s")
        and word not in NOT_PLURAL
    )
    return not plural_after


def _headline_vague(text: str, g: dict[str, Any]) -> bool:
    """A vague count opening the record whose noun is not written right after it."""
    if g["start"] != 0 or g.get("modifier") != "vague" or not g.get("quantity"):
        return False
    after = re.match(r"\s+(of\s+)?([A-Za-z-]+)", text[g["end"] :])
    if after is None:
        return True
    word, noun = after.group(2).lower(), g["quantity"].lower()
    written = bool(after.group(1)) or word in (noun, noun + "s", noun + "es", IRREGULAR.get(noun))
    return not written


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for i, g in enumerate(gold):
        written = text[g["start"] : g["end"]]
        if g.get("kind") == "count" and g.get("quantity") and _pronoun_group(text, g):
            notes.append(f"G: [{written}] {g['quantity']} -> no noun")
            g = dict(g, quantity="")
        if g.get("kind") == "count" and _headline_vague(text, g):
            notes.append(f"H: [{written}] {g['quantity']} -> no noun")
            g = dict(g, quantity="")
        kept.append((i, g))
    for m in RATIO.finditer(text):
        if not SHARES.search(text, 0, m.start()):
            continue
        for k in (1, 2):
            start, end = m.span(k)
            old = _covered(gold, start, end)
            if old is None:
                notes.append(f"R: [{m.group(k)}] count of share added")
                kept.append((None, _item(start, end, _value(m.group(k)), quantity="share")))
            elif old.get("kind") == "count" and not old.get("quantity"):
                notes.append(f"R: [{m.group(k)}] -> share")
                kept = [(j, dict(h, quantity="share") if h is old else h) for j, h in kept]
    for m in WITHIN.finditer(text):
        start, end = m.span(1)
        if _covered(gold, start, end) is not None:
            continue
        unit = PERIOD_UNITS[m.group(3).lower()]
        notes.append(f"W: [{m.group(1)}] duration of 1 {unit} added")
        kept.append((None, _item(start, end, 1.0, unit=unit, modifier="within", kind="duration")))
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
        __doc__, relabel, reformat=match_format, tally=lambda note: note.split(":", 1)[0]
    )


if __name__ == "__main__":
    raise SystemExit(main())
