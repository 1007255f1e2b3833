"""Relabel the eighth PolNeAR timex file to the lead's decisions 1 and 2 on its readings.

The decisions (issue 19, "The lead's decisions on the eighth files' readings", 2026-12-08),
taken by the file's gold when it became development (round seventy-seven):

1. **A relative day in a quoted or embedded text whose own date the story does not give is
   untagged** (the annotator's doubt 1: a relative day inside an undated column the story
   cites, valued from ``published``): the item is removed, as decision 6 on the fifth PolNeAR
   file's readings left a quoted "tomorrow";
2. **where the story does give the speaking day, the expression is valued from it** (doubt 2:
   a quoted "a week from" a night, said at an event the story's opening places on the Monday
   before publication, left untagged by the annotator): the expression is added as one DATE,
   that Monday plus seven days.

Both are single items, named by story and offsets (no text kept here; the loader checks each
story's hash, so the offsets point where they pointed when the file was annotated). Nothing
else changes. Running it again changes nothing: a removal is made only where the item is, an
addition only where no gold item overlaps the span. Development only: the file is
``timex_polnear_dev8.jsonl`` and no other file is read or written.

``--dry-run`` writes nothing and prints each change with its sentence: corpus text, for the
terminal only, never to be committed.

Applied in round seventy-seven, each change read in its sentence first (dry run): 2 changes
(1 removed, 1 added); 118 gold items -> 118.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_polnear_dev8_readings.py [--dry-run]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import read_records, write_records  # noqa: E402
from relabel_timex_counted_decades import file_texts, sentence_of  # noqa: E402

FILE = "timex_polnear_dev8.jsonl"
#: decision 1: (story, start, end, type, value) of a gold item to remove
REMOVE: tuple[tuple[str, int, int, str, str], ...] = (
    ("polnear:882", 1699, 1711, "DATE", "2016-05-23"),
)
#: decision 2: (story, start, end) -> (type, value, mod) of a gold item to add; the story is
#: of Tuesday 2016-01-26 and its opening places the speaking on Monday 2016-01-25
ADD: dict[tuple[str, int, int], tuple[str, str, str]] = {
    ("polnear:595", 2532, 2551): ("DATE", "2016-02-01", ""),
}


def relabel(records: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any], str]]:
    """Apply both decisions to ``records`` in place; each change as (story, item, what)."""
    changes: list[tuple[str, dict[str, Any], str]] = []
    for record in records:
        story = record["article"]
        gold: list[dict[str, Any]] = []
        for item in record.get("gold", []):
            key = (story, item["start"], item["end"], item["type"], item["value"])
            if key in REMOVE:
                changes.append((story, item, "removed"))
                continue
            gold.append(item)
        for (where, start, end), (kind, value, mod) in ADD.items():
            if where != story:
                continue
            if any(item["start"] < end and start < item["end"] for item in gold):
                continue
            item = {"start": start, "end": end, "type": kind, "value": value, "mod": mod}
            gold.append(item)
            changes.append((story, item, "added"))
        gold.sort(key=lambda item: (item["start"], item["end"]))
        record["gold"] = gold
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="write nothing; print each change in context"
    )
    args = parser.parse_args(argv)
    path = HERE / FILE
    records = read_records(path)
    before = sum(len(record.get("gold", [])) for record in records)
    changes = relabel(records)
    after = sum(len(record.get("gold", [])) for record in records)
    if args.dry_run:
        texts = file_texts(path)
        for story, item, what in changes:
            where = (
                sentence_of(texts[story], item["start"], item["end"])
                if texts is not None
                else f"(corpus absent: offsets {item['start']}-{item['end']})"
            )
            print(f"  {story}: {item['type']} {item['value']} {what}\n      {where}")
    elif changes:
        write_records(path, records)
    print(f"{FILE}: {len(changes)} changed ({before} gold items -> {after})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
