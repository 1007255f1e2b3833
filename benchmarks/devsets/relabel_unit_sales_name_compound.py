"""Relabel the numbers development gold to the lead's decisions on the thirty-eighth sample.

The decisions (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on the
thirty-eighth sample's readings"):

1. **"car / truck sales totaled N" counts ``car`` / ``truck``**: decision 3 on the forty-sixth
   sample (a count takes the noun its sentence writes for what is counted) postdates the
   thirty-eighth sample's ``sale``; the figure compared with the total ("down from M") counts
   the same thing. Where the word before "sales" names no counted thing (a month, "domestic",
   "retail", "total") the count keeps what it has.
2. (``relabel_ordinal_nouns_match_minutes.py``: an ordinal takes a noun only where written.)
3. (``relabel_vague_money_pronoun_one.py``'s pattern, mended past a closing quotation mark.)
4. **A compound noun with a name takes its head** ("her fourth Grand Slam match": ``match``):
   the capitalised words name the circuit, not the kind of thing ranked or counted, as the
   conventions read "his first Euro Indoor Tour series final" (``final``). A capitalised
   title written whole ("two Bafta Awards", "the World Cup") keeps its compound, as the lead's
   decision on the twenty-fourth sample has it: only a compound whose last word is written in
   lower case after capitalised words is cut to that last word.
5. **``quantity`` is the word meant, singular and lower case**, not a misspelling as written:
   the gold already reads so wherever this was met (the thirty-eighth sample's misspelt plural
   has ``flight``), so there is nothing to relabel; this script checks none (telling a
   misspelling from a rare word needs a dictionary the gold scripts do not carry).

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on). Running
it again changes nothing. ``--dry-run`` prints the counts per file only.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_unit_sales_name_compound.py \
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

from devset_files import relabel_development_files  # noqa: E402

#: "NOUN sales" and a verb that states their total, before the figure: the noun is what the
#: sales count ("its March truck sales totaled 14,322")
UNIT_SALES = re.compile(
    r"\b([a-z]+)\s+sales\s+(?:totall?ed|totals|were|was|rose\s+to|fell\s+to|reached|"
    r"increased\s+to|decreased\s+to|climbed\s+to|dropped\s+to)\s+",
)
#: words before "sales" that name no counted thing: a period, a market, a measure of sales
NOT_A_THING = frozenset(
    [
        "domestic",
        "retail",
        "total",
        "overall",
        "net",
        "gross",
        "export",
        "import",
        "foreign",
        "home",
        "world",
        "worldwide",
        "annual",
        "monthly",
        "weekly",
        "quarterly",
        "daily",
        "year",
        "month",
        "week",
        "quarter",
        "its",
        "their",
        "his",
        "her",
        "our",
        "the",
        "and",
        "first",
        "second",
        "third",
        "fourth",
        "last",
    ]
)
MONTHS = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\Z"
)


def _singular(word: str) -> str:
    """A regular plural's singular ("trucks" -> "truck"); other words as they are."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _sales_noun(text: str, g: dict[str, Any]) -> str | None:
    """The thing a count of ``sale`` counts, when its sentence writes "NOUN sales <total verb>"
    before the figure, else None."""
    found = None
    for m in UNIT_SALES.finditer(text, 0, g["start"] + 1):
        if m.end() <= g["start"]:
            found = m
    if found is None:
        return None
    word = found.group(1)
    if word in NOT_A_THING or MONTHS.match(word):
        return None
    return _singular(word)


def _name_compound_head(text: str, g: dict[str, Any]) -> str | None:
    """The head of a compound noun whose words before it are written capitalised (a name) and
    whose last word is written in lower case, else None."""
    words = (g.get("quantity") or "").split()
    if len(words) < 2:
        return None
    written = re.search(r"\s+".join(re.escape(w) + r"\w*" for w in words), text[g["end"] :], re.I)
    if written is None:
        return None
    parts = written.group(0).split()
    if all(p[:1].isupper() for p in parts[:-1]) and parts[-1][:1].islower():
        return words[-1]
    return None


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change."""
    notes: list[str] = []
    out: list[dict[str, Any]] = []
    for g in gold:
        written = text[g["start"] : g["end"]]
        if g.get("kind") == "count" and g.get("quantity") == "sale":
            noun = _sales_noun(text, g)
            if noun and noun != "sale":
                notes.append(f"D1: [{written}] sale -> {noun}")
                g = dict(g, quantity=noun)
        if g.get("kind") in ("count", "ordinal"):
            head = _name_compound_head(text, g)
            if head:
                notes.append(f"D4: [{written}] {g['quantity']} -> {head}")
                g = dict(g, quantity=head)
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(":", 1)[0])


if __name__ == "__main__":
    raise SystemExit(main())
