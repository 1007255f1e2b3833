"""Bring the twenty-fourth sample's gold to three conventions the older development files hold.

Round thirty-one makes ``numbers_fresh24.jsonl`` development. Where its annotator's reading
conflicts with a convention written before (the devsets README's conventions and earlier
samples' readings, the lead's decisions in ``docs/plugins/numbers.md``), the older stands and
the sample is brought to it. Three such readings:

- a noun compound's counted noun is its head, as every older file writes it ("two bus
  drivers": ``driver``, "9,000 tax cuts": ``cut``, "40 phone exchanges": ``exchange``); the
  sample kept the whole compound ("three trade missions": ``trade mission``). A capitalised
  title ("two Golden Globes", "the first Rugby World Cup", the lead's decision 4 on the
  twenty-first sample) and the lead's ``number one`` (decision 3 on the eighteenth) keep
  theirs;
- "a 600-strong crowd" counts with no noun (the nineteenth and twentieth samples' readings:
  the group noun is not what is counted); the sample counted ``person``;
- a chart's "number one" is an ordinal after an ordinal and after a possessive, as the second,
  thirteenth and eighteenth samples read it ("his fifth number one album": two ordinals of
  ``album``; "her second number one": two ordinals with no noun); the sample left it out. An
  item is added, with the noun of the ordinal before it (or the noun right after it).

Nothing else changes. Running it again changes nothing. Only development files are read;
``--blind`` reads and writes the two blind files and nothing else (for an annotator).

Only the development files the decision was made for are read (``DECISION_FILES``: fresh24
and those before it, and fresh27). The lead's decision 3 on fresh25 makes a script a no-op on
files annotated after its decision; fresh27's annotator read an "N-strong" group as a count of
``person`` against this convention, and the lead decided the older convention stands there
too (numbers-rounds.md, "The lead's decisions on the twenty-seventh sample's readings").

Usage::

    .venv/bin/python benchmarks/devsets/relabel_head_strong_chart.py [--dry-run] [--show]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import DEVELOPMENT_FILES, relabel_development_files  # noqa: E402

#: a lowercase two-word compound right after the count's span ("two task forces")
COMPOUND = re.compile(r"[ \t]+([a-z]+)[ \t]+([a-z]+)\b")
STRONG = re.compile(r"-strong\b")
#: "number one" after an ordinal ("his 12th number one album") or a possessive ("her number one")
CHART = re.compile(r"(?:(?<=\d(?:st|nd|rd|th))|(?<='s)|(?<=’s)|(?<=\bhis)|(?<=\bher)"
                   r"|(?<=\btheir))[ \t]+number[ \t]+one\b(?![ \t]+(?:of|in)\b)")  # fmt: skip
#: the files the decision was made for (fresh24 and those annotated before it), and fresh27,
#: whose annotator read an "N-strong" group as a count of ``person`` after the convention was
#: written: the lead's decision on the twenty-seventh sample's readings brought it here
DECISION_FILES = (
    *DEVELOPMENT_FILES[: DEVELOPMENT_FILES.index("numbers_fresh24.jsonl") + 1],
    "numbers_fresh27.jsonl",
)
NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
NOT_NOUNS = {"is", "was", "in", "and", "for", "with", "on", "at", "to", "this", "single"}


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the older conventions, and one line per change."""
    notes: list[str] = []
    out = []
    for g in gold:
        span = text[g["start"] : g["end"]]
        q = g.get("quantity") or ""
        if g["kind"] in ("count", "ordinal") and " " in q and q != "number one":
            m = COMPOUND.match(text, g["end"])
            if m and m.group(1) == q.split()[0] and m.group(2).startswith(q.split()[-1]):
                notes.append(f"compound noun [{span} {m.group(1)} {m.group(2)}] -> head")
                g = dict(g, quantity=q.split()[-1])
        elif g["kind"] == "count" and q == "person" and STRONG.match(text, g["end"]):
            notes.append(f"N-strong [{span}-strong] person -> no noun")
            g = dict(g, quantity="")
        out.append(g)
    for m in CHART.finditer(text):
        a = m.start() + len(m.group()) - len("number one")
        b = m.end()
        if any(x["start"] < b and x["end"] > a for x in out):
            continue
        before = [x for x in out if x["kind"] == "ordinal" and 0 <= a - x["end"] <= 2]
        if before:
            noun = before[0].get("quantity") or ""
        else:
            after = NOUN_AFTER.match(text, b)
            noun = after.group(1) if after and after.group(1) not in NOT_NOUNS else ""
            noun = "single" if after and after.group(1) == "single" else noun
        notes.append(f"chart rank [{text[a:b]}] added, noun '{noun}'")
        item = dict(start=a, end=b, value=1.0, value_high=None, unit="", per="")
        out.append(dict(item, quantity=noun, modifier="", kind="ordinal"))
        out.sort(key=lambda x: x["start"])
    return (out if notes else gold), notes


def main() -> int:
    return relabel_development_files(
        __doc__, relabel, tally=lambda note: note.split(" [")[0], files=DECISION_FILES
    )


if __name__ == "__main__":
    raise SystemExit(main())
