"""Relabel the numbers development gold to the lead's decisions on the thirty-second sample.

Round forty-nine found four places where the development files disagreed; the lead decided
(``docs/plugins/numbers-rounds.md``, "The lead's decisions on the thirty-second sample's
questions"):

1. **index points** ("the index fell 12 points", "a 300-point fall in the Dow") are a
   ``measure`` with no unit and no counted noun, as the twenty-first sample's decision 4 reads
   an index level; points a team scores, a plan's points or a price's points are not touched;
2. **"N seasons ago"** (and "N seasons earlier/later") anchors a time, as ambiguity 6 reads "five
   years ago": no item;
3. **a fraction's "of NOUNs"** ("a third of voters", "two-thirds of people with ..."): no
   counted noun (the noun names the whole; "one in N" keeps its noun under ambiguity 4, and
   "half of which" names no noun, so neither is touched);
4. **a titled festival or awards that names its field** ("the 15th annual Harbour Comedy
   Awards", "the 3rd Lakeside Film Festival") keeps the field in the counted noun
   (``comedy award``, ``film festival``), as the awards decision reads "Music Awards".

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``; the decisions bind every file, and a file annotated
under them is left as it is). ``--blind`` reads and writes the two blind files and nothing
else, for an annotator who does not develop the rules, reviewing every change; not run here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_points_seasons_fractions_titles.py
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

#: "N points" or "an N-point ..." right after the figure
POINTS_AFTER = re.compile(r"\s*-?\s*points?\b(?!\s+(?:plan|deal|programme|program|agenda)\b)")
#: a sentence about a share index or a stock market's average (decision 1)
INDEX_WORDS = re.compile(
    r"\b(?:index|indices|indexes|Dow|Nikkei|FTSE|Footsie|Hang\s+Seng|Nasdaq|S&P|DAX|CAC"
    r"|Stock\s+Exchange|industrial\s+average)\b"
)
SEASONS_ANCHOR = re.compile(r"\s+seasons?\s+(?:ago|earlier|later)\b(?!\s+than\b)")
#: "of" and the whole a fraction is of: determiners or capitalised words, up to two more
#: words, then a plural noun (decision 3)
OF_PLURAL = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all|these|those|[A-Z][A-Za-z.]*)\s+)*"
    r"(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|people|men|women|children)\b"
)
#: the fields that name a titled award's or festival's kind (decision 4, the awards decision)
FIELDS = (
    "music|film|comedy|book|jazz|theatre|theater|television|drama|dance|poetry|art|arts|"
    "fashion|design|science|peace|literature|media|sports|radio|opera|folk|blues|documentary"
)
TITLE_AFTER = re.compile(
    r"\s+(?:annual\s+)?(?:[A-Z][\w'&.-]*\s+)*?(?P<field>(?i:" + FIELDS + r"))\s+"
    r"(?P<head>Awards?|Prizes?|Festivals?)\b"
)
TITLE_HEADS = {"award", "prize", "festival"}


def singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") else noun


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the four decisions, and one line per change ("D<n> what")."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for i, old in enumerate(gold):
        g = dict(old)
        span = text[g["start"] : g["end"]]
        after = text[g["end"] : g["end"] + 80]
        noun = g.get("quantity") or ""
        # 1. index points: a measure with no unit
        if (
            g["kind"] == "count"
            and singular(noun) == "point"
            and (POINTS_AFTER.match(after) or re.search(r"points?$", span))
            and INDEX_WORDS.search(text)
        ):
            g.update(kind="measure", quantity="")
            notes.append(f"D1 [{span}] index points: count of point -> measure")
        # 2. "N seasons ago": no item
        if g["kind"] in ("count", "duration") and (
            SEASONS_ANCHOR.match(after)
            or (re.search(r"seasons?$", span) and re.match(r"\s+(?:ago|earlier|later)\b", after))
        ):
            notes.append(f"D2 [{span}] 'N seasons ago': dropped")
            continue
        # 3. a fraction's "of NOUNs": no counted noun
        if (
            g["kind"] == "fraction"
            and noun
            and not re.search(r"\bin\b", span)
            and OF_PLURAL.match(after)
        ):
            g["quantity"] = ""
            notes.append(f"D3 [{span}] fraction's noun {noun!r} -> ''")
        # 4. a titled festival's or awards' field kept in the counted noun
        title = TITLE_AFTER.match(after)
        if g["kind"] in ("count", "ordinal") and title and singular(noun) in TITLE_HEADS:
            head = singular(title.group("head"))
            field = title.group("field").lower()
            if singular(noun) == head and noun != f"{field} {head}":
                g["quantity"] = f"{field} {head}"
                notes.append(f"D4 [{span}] title's noun {noun!r} -> {g['quantity']!r}")
        kept.append((i, g))
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note[:2])


if __name__ == "__main__":
    raise SystemExit(main())
