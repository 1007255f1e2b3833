"""Relabel the numbers development gold to the lead's decisions on round seventy-eight.

The decisions (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on round
seventy-eight's questions"):

1. **a relay named by its legs ("4x400m") is the event's name**: one item of kind ``name`` over
   the whole token, as four older development files read it; a gold that gives the token a
   count of legs (``time``) and a measure in metres becomes that one name (its value the
   distance, as the older files' name items hold it);
2. **a count of people named by an adjective** ("50 homeless", "12 jobless", "the 30 dead")
   counts ``person``: a count item right before one of ``PEOPLE_ADJECTIVES`` whose counted
   noun is empty or the adjective itself gets ``person``. Not a count with a noun of its own
   ("42 people dead" counts people already; "3 dead bodies" counts bodies);
3. **a bare "tons" after "short tons" in the same story is the story's short ton**: an item in
   ``t`` whose span ends in a bare "ton(s)" (no "metric", "short" or "long" in it), in a
   document that said "short tons" (and never "long tons") before it, gets ``short ton`` (the
   unit the development gold writes the short ton in); "long tons" likewise ``long ton``.

The script reads the gold, the record's sentence and its document with its own small patterns
(never the extractor: a bug in a rule must not flow into the gold it is scored on), in the
development files annotated before the decisions (fresh46 and the older ones). Counted before
it ran (round seventy-nine): 1 relay (fresh45), 4 counts before an adjective in the files a
developer reads (Wikinews 1 "dead", fresh32 "dead" and "missing", fresh45 "jobless") and 2 in
the Wikinews held-out file (counted, not read), 1 bare ton (fresh45). Running it again changes
nothing.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules; with ``--dry-run`` either prints
the counts per file only.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_relay_people_story_tons.py \
        [--dry-run] [--show] [--blind | --held-out]

``--show`` prints each change with its sentence (corpus text: read it in the terminal, never
commit it), but never one of the Wikinews held-out file's, which it only counts.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import DEVELOPMENT_FILES, relabel_in_documents, renumber  # noqa: E402

#: the development files annotated before the decisions (fresh46 and the older ones)
FILES = DEVELOPMENT_FILES[: DEVELOPMENT_FILES.index("numbers_fresh46.jsonl") + 1]

#: the adjectives the lead listed (decision 2): used as nouns, they name people
PEOPLE_ADJECTIVES = frozenset(
    ("dead", "injured", "wounded", "homeless", "jobless", "unemployed", "missing", "elderly")
)
#: a relay's token: legs "x" distance, glued
RELAY = re.compile(r"\d\s?[x×]\s?\d+\s?m\b", re.I)
#: the adjective right after a count's span
ADJECTIVE_AFTER = re.compile(r"[ \t\n]+([A-Za-z]+)\b")
#: "short tons", "long-ton": the story's own ton
STORY_TONS = re.compile(r"(?i:\b(short|long)[ \t\n-]+tons?\b)")
BARE_TONS = re.compile(r"(?<![A-Za-z])(?i:tons?)\Z")


def relay(text: str, gold: list[dict[str, Any]], notes: list[str]) -> list[dict[str, Any]]:
    """Decision 1: the items inside a relay's token become one name over it."""
    for m in RELAY.finditer(text):
        inside = [i for i, g in enumerate(gold) if g["start"] >= m.start() and g["end"] <= m.end()]
        if not inside or all(gold[i]["kind"] == "name" for i in inside):
            continue
        last = gold[inside[-1]]
        name = dict(last, start=m.start(), end=m.end(), kind="name")
        name.update(value_high=None, unit="", per="", quantity="", modifier="")
        name.pop("same_as", None)
        notes.append(f"relay [{m.group()}] {len(inside)} items -> one name")
        kept = [(i, g) for i, g in enumerate(gold) if i not in inside[:-1]]
        kept = [(i, name if i == inside[-1] else g) for i, g in kept]
        gold = renumber(kept)
    return gold


def people(text: str, gold: list[dict[str, Any]], notes: list[str]) -> list[dict[str, Any]]:
    """Decision 2: a count before an adjective that names people counts ``person``."""
    out = []
    for g in gold:
        after = ADJECTIVE_AFTER.match(text, g["end"])
        word = after.group(1).lower() if after else ""
        if (
            g["kind"] == "count"
            and word in PEOPLE_ADJECTIVES
            and (g.get("quantity") or "") in ("", word)
        ):
            notes.append(f"count before [{word}] {g.get('quantity') or 'no noun'} -> person")
            g = dict(g, quantity="person")
        out.append(g)
    return out


def story_tons(
    document: str, offset: int, text: str, gold: list[dict[str, Any]], notes: list[str]
) -> list[dict[str, Any]]:
    """Decision 3: a bare ton after the story's short (long) tons is that ton."""
    named: dict[str, int] = {}
    for m in STORY_TONS.finditer(document):
        named.setdefault(m.group(1).lower(), m.start())
    if len(named) != 1:
        return gold
    kind, first = next(iter(named.items()))
    out = []
    for g in gold:
        span = text[g["start"] : g["end"]]
        if (
            g.get("unit") == "t"
            and offset + g["start"] > first
            and BARE_TONS.search(span)
            and not re.search(r"(?i:metric|short|long)", span)
        ):
            notes.append(f"bare ton after [{kind} tons] t -> {kind} ton")
            g = dict(g, unit=f"{kind} ton")
        out.append(g)
    return out


def relabel(
    text: str, gold: list[dict[str, Any]], document: str, offset: int
) -> tuple[list[dict[str, Any]], list[str]]:
    """The three decisions in turn, one note a change."""
    notes: list[str] = []
    gold = relay(text, gold, notes)
    gold = people(text, gold, notes)
    gold = story_tons(document, offset, text, gold, notes)
    return gold, notes


def main() -> int:
    return relabel_in_documents(
        __doc__, relabel, tally=lambda note: note.split(" [")[0], files=FILES
    )


if __name__ == "__main__":
    raise SystemExit(main())
