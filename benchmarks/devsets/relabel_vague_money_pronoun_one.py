"""Relabel the numbers development gold to the lead's decisions on round twenty-four's conventions.

The decisions (after round twenty-four of issue 17, ``docs/plugins/numbers.md``, "The lead's
decisions on round twenty-four's conventions"):

1. **A vague plural of a scale with no currency word** ("cost retailers millions a year") is a
   count with no unit, modifier ``vague``; where a currency is written ("millions of pounds",
   "£ millions") it stays money.
2. **"one" standing for a noun phrase** ("pick the right one", "if there is one") is a pronoun
   and no item; decision 7's count stays for an elliptical count beside a count of its noun.
3. **An ordinal whose noun is elided** carries the noun it elides, after "the" and after a bare
   "and" alike ("a third cup, and first since 1991": cup).

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on):

1. a ``money`` item whose span is a bare plural of a scale ("millions", "billions", "tens of
   millions", "hundreds of billions"...; a closing quotation mark allowed) with no currency
   symbol or code right before it and no "of pounds/dollars/..." right after it (past a
   closing quotation mark: a quoted scale before "of pounds" names its currency, the lead's
   decision 3 on the thirty-eighth sample's readings, 2026-12-07) becomes a ``count`` with no
   unit (its value, range, ``per`` and modifier ``vague`` kept);
2. a ``count`` whose span is "one" right after a determiner and an adjective ("the right one",
   "a new one") or after "(if) there is|was", closing its phrase (no noun after it), is removed;
3. not applied any more: the lead's decision 1 on the thirty-fifth sample's readings
   (2026-12-06) reversed it (an ordinal takes a counted noun only where the noun is written
   with it), and ``relabel_ordinal_nouns_match_minutes.py`` takes such nouns out; applying
   both would make the two scripts undo each other on every run.

Nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_vague_money_pronoun_one.py \
        [--dry-run] [--show] [--blind]

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

VAGUE_SCALE = re.compile(
    r"[\"“‘']?(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions|trillions)[\"”’']?", re.I
)
CURRENCY_BEFORE = re.compile(r"(?:[£$€¥]|\b[A-Z]{3}|\bUS\$)\s*$")
CURRENCY_AFTER = re.compile(
    r"^[\"”’']?\s+of\s+(?:(?:US|U\.S\.|Australian|Canadian|Hong\s+Kong|new)\s+)?"
    r"(?:pounds|dollars|dlrs|euros|yen|francs|marks|lire|lira|rupees|yuan|roubles|rubles|"
    r"pesos|rand|crowns|kronor|kroner|riyals|dinars|shekels|won|naira|baht)\b",
    re.I,
)
PRONOUN_ONE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|each|every|any|another|which)\s+[a-z][a-z-]*\s+"
    r"|\b(?:if\s+)?there\s+(?:is|was|'s|’s)\s+)$",
    re.I,
)
PHRASE_END_AFTER = re.compile(
    r"^(?:\s*[.,;:!?)\-–—\"”]|\s*$|\s+(?:in|on|at|of|since|for|with|by|from|to|after|before|"
    r"and|or|but|as|behind|ahead|when|while)\b)",
    re.I,
)


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change (its decision first)."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        span = text[g["start"] : g["end"]]
        before, after = text[: g["start"]], text[g["end"] :]
        if (
            g["kind"] == "money"
            and VAGUE_SCALE.fullmatch(span)
            and not CURRENCY_BEFORE.search(before)
            and not CURRENCY_AFTER.match(after)
        ):
            notes.append(f"1: [{span}] a vague scale with no currency: money -> count, no unit")
            kept.append((k, dict(g, kind="count", unit="", modifier="vague")))
            continue
        if (
            g["kind"] == "count"
            and span.lower() == "one"
            and PRONOUN_ONE_BEFORE.search(before)
            and PHRASE_END_AFTER.match(after)
        ):
            notes.append(f"2: [{span}] 'one' for a noun phrase, a pronoun: removed")
            continue
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: f"decision {note[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
