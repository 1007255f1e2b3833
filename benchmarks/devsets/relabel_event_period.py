"""Relabel the numbers development gold to the lead's decision on the Nth week of an event.

The decision (README section "Resolved: the Nth week of an event", taken after round five):
"the first week of its release", "the seventh week of a strike", "the second day of an
offensive" name a period of the event, as decision 2's quarters and halves name one of a year:
a time part, no item. An ordinal that ranks weeks or days ("a third week of losses", "the third
straight day", "the third day in a row") stays an ordinal.

This script drops every gold ``ordinal`` directly followed by a day, night, week, weekend, month
or year (or their plurals) and then "of" or "on sale"/"on release", unless the word before the
ordinal is "a"/"an" (which ranks, as in decision 2). Its pattern is its own, read on the
sentence, not the extractor's: a bug in a rule must not flow into the gold it is scored on.
Nothing else changes. Running it again changes nothing.

Added for issue 17's round seven (the lead's question on a ``numbers_fresh3.jsonl`` sentence):
the period may be said by a relative clause instead of "of": "the first week he bought" (the
ordinal after "the", a period word, then a pronoun subject and its verb) is the same time part
and is dropped; so is an ordinal that elides that period word later in the same sentence ("...
and 13,000 in the second"): "the" before it, a clause end or "and" after it, and a period
ordinal of either form dropped before it in the sentence.

``numbers_blind.jsonl`` and ``numbers_blind2.jsonl`` are never read or written: the blind files
are only measured.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_event_period.py [--dry-run] [--show]

It prints the changes per file; ``--show`` prints each change with its sentence (corpus text:
read it in the terminal, never commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

EVENT_PERIOD = re.compile(
    r"\s+(?:day|night|week|weekend|month|year)s?\s+(?:of|on\s+(?:sale|release))\b",
    re.IGNORECASE,
)


# "the first week he bought": the period said by a relative clause (pronoun subject, verb)
PERIOD_CLAUSE = re.compile(
    r"\s+(?:day|night|week|weekend|month|year)s?\s+(?:he|she|it|they|we|i|you)\s+[a-z]+\b",
    re.IGNORECASE,
)
# "... and 13,000 in the second": the period word elided after an ordinal
ELIDED_END = re.compile(r"\s*(?:[,;.)]|and\b|or\b|$)")


def prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    drop: set[int] = set()
    for k, g in enumerate(gold):
        if g["kind"] != "ordinal":
            continue
        before = prev_word(text, g["start"])
        period = EVENT_PERIOD.match(text, g["end"])
        if period is None and before == "the":
            period = PERIOD_CLAUSE.match(text, g["end"])
        if period is None and before == "the" and drop:
            if ELIDED_END.match(text, g["end"]):  # the period word elided: "in the second"
                drop.add(k)
                notes.append(f"[the {g.get('text') or text[g['start'] : g['end']]}] ordinal "
                             "eliding the period word of an earlier one: dropped")  # fmt: skip
            continue
        if period is None or before in ("a", "an"):
            continue
        drop.add(k)
        span = text[g["start"] : period.end()]
        notes.append(f"[{' '.join(span.split())}] ordinal naming a period of an event: dropped")
    if not drop:
        return gold, notes
    index: dict[int, int] = {}
    for k in range(len(gold)):
        if k not in drop:
            index[k] = len(index)
    out = []
    for k, g in enumerate(gold):
        if k in drop:
            continue
        g = dict(g)
        if "same_as" in g:
            if g["same_as"] in index and index[g["same_as"]] != index[k]:
                g["same_as"] = index[g["same_as"]]
            else:
                del g["same_as"]
        out.append(g)
    return out, notes


def main() -> int:
    from devset_files import DEVELOPMENT_FILES, read_records, relabel_arguments, write_records
    from numbers_news_sample import DATA, documents

    args = relabel_arguments(__doc__)
    docs = documents(DATA)
    total = 0
    for name in DEVELOPMENT_FILES:
        path = HERE / name
        records = read_records(path)
        n = 0
        for rec in records:
            text = rec.get("text") or docs[rec["doc"]][1][rec["start"] : rec["end"]]
            gold, notes = relabel(text, rec["gold"])
            if not notes:
                continue
            rec["gold"] = gold
            n += len(notes)
            if args.show:
                where = rec.get("doc") or rec.get("article", "")
                for line in notes:
                    print(f"  {name} {where}: {line}\n      {' '.join(text.split())}")
        total += n
        print(f"{name}: {n} changes")
        if n and not args.dry_run:
            write_records(path, records)
    print(f"in all: {total} changes" + (" (dry run: nothing written)" if args.dry_run else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
