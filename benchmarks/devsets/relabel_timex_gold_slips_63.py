"""Relabel the timex development gold to the lead's decision 4 on round sixty-three's slips.

The decision (issue 19, "The lead's decisions on round sixty-three's questions and gold
slips"): the gold slips that round listed are relabelled by script by the next round that
reads those files (they are development):

1. **hours as ``PTXH``**: a length of hours is written under ``T`` (TimeML, ISO 8601), so a
   gold value ``P<n>H`` or ``PXH`` becomes ``PT<n>H`` / ``PTXH`` (every such value: "hours",
   "more hours", "200-400 hours");
2. **"a long time" untagged** (decision 8 on the sixth PolNeAR file: "a long time" and "a long
   time ago" stay untagged): a gold item whose text is "a long time" (any case) is removed;
   this one reads the item's text, so it needs the corpus beside the checkout for the files
   stored with offsets and hashes (without it the item is left and a line says so);
3. **three single items**, by file, story and offsets (no text kept here):
   - Reuters dev4's "April Nine" (a rights expiry in a story of mid-April 1987) is in the
     publication's year: ``1988-04-09`` -> ``1987-04-09``;
   - Reuters dev2's "90 days" after "available in" is the DATE of the day reached (decision 1
     on the seventh Reuters file: "in 18 months" pointing ahead is the month reached):
     DURATION ``P90D`` -> DATE ``1987-05-31``, 90 days after its story's 1987-03-02;
   - Reuters dev2's "the next year" after "within" is a single unit's DATE (decision 5 on the
     seventh Reuters file: a count makes a length, a single unit stays the DATE): DURATION
     ``P1Y`` -> DATE ``1988`` (its story is of June 1987).

Nothing else changes (span and mod stay). Running it again changes nothing. The development
files by default; ``--blind`` reads and writes the four blind timex files and nothing else,
for an annotator who does not develop the rules (the rules 1 and 2 only: the single items are
development files'), reading every change in its sentence first (``--dry-run --blind``); the
blind files stay measured only. ``--dry-run`` writes nothing and prints each change with its
sentence: corpus text for the Reuters and PolNeAR files, for the terminal only, never to be
committed.

Applied in round sixty-four, each change read in its sentence first (dry run): development,
11 changes: hours 6 (``timex_wikinews.jsonl`` 1; ``timex_polnear_dev.jsonl`` to
``timex_polnear_dev5.jsonl`` 1 each), "a long time" 2 (``timex_reuters_dev3.jsonl``,
``timex_polnear_dev.jsonl``), the single items 3 (``timex_reuters_dev2.jsonl`` 2,
``timex_reuters_dev4.jsonl`` 1). No blind file read.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_gold_slips_63.py [--dry-run] [--blind]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import read_records, write_records  # noqa: E402
from relabel_timex_counted_decades import file_texts, sentence_of  # noqa: E402
from relabel_timex_vague_decades import (  # noqa: E402
    TIMEX_BLIND_FILES,
    TIMEX_DEVELOPMENT_FILES,
)

#: a length of hours written without TIMEX3's ``T``: a count (or ``X``) and ``H`` alone
HOURS_WITHOUT_T = re.compile(r"P(\d+(?:\.\d+)?|X)H")
#: the wording decision 8 on the sixth PolNeAR file leaves untagged
LONG_TIME = re.compile(r"a\s+long\s+time", re.IGNORECASE)
#: (file, story, start, end, old type, old value) -> (new type, new value)
SINGLE_ITEMS: dict[tuple[str, str, int, int, str, str], tuple[str, str]] = {
    ("timex_reuters_dev4.jsonl", "reuters-16211", 366, 376, "DATE", "1988-04-09"): (
        "DATE",
        "1987-04-09",
    ),
    ("timex_reuters_dev2.jsonl", "reuters-746", 586, 593, "DURATION", "P90D"): (
        "DATE",
        "1987-05-31",
    ),
    ("timex_reuters_dev2.jsonl", "reuters-18199", 82, 95, "DURATION", "P1Y"): ("DATE", "1988"),
}


def new_label(
    name: str, record: dict[str, Any], item: dict[str, Any], text: str | None, single: bool
) -> tuple[str, str] | None:
    """The item's new ``(type, value)``, ``("", "")`` to remove it, or None to keep it."""
    value, kind = str(item.get("value", "")), str(item.get("type", ""))
    hours = HOURS_WITHOUT_T.fullmatch(value)
    if hours:
        return kind, f"PT{hours.group(1)}H"
    if text is not None and LONG_TIME.fullmatch(text[item["start"] : item["end"]]):
        return "", ""
    if single:
        key = (name, record["article"], item["start"], item["end"], kind, value)
        return SINGLE_ITEMS.get(key)
    return None


def relabel_file(path: Path, dry_run: bool, single: bool) -> int:
    """Apply the three relabellings to the file; the number of items changed or removed."""
    records = read_records(path)
    texts = file_texts(path)
    if texts is None:
        print(f'  {path.name}: corpus absent, "a long time" not read')
    changed = 0
    for record in records:
        text = texts.get(record["article"]) if texts is not None else None
        kept = []
        for item in record.get("gold", []):
            new = new_label(path.name, record, item, text, single)
            if new is None:
                kept.append(item)
                continue
            changed += 1
            if dry_run:
                where = (
                    sentence_of(text, item["start"], item["end"])
                    if text is not None
                    else f"(offsets {item['start']}-{item['end']})"
                )
                shown = f"{new[0]} {new[1]}" if new[0] else "removed"
                print(
                    f"  {record['article']}: {item['type']} {item['value']} -> {shown}\n"
                    f"      {where}"
                )
            if new[0]:
                item["type"], item["value"] = new
                kept.append(item)
        record["gold"] = kept
    if changed and not dry_run:
        write_records(path, records)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="write nothing; print each change in context"
    )
    parser.add_argument(
        "--blind", action="store_true", help="the four blind timex files instead, and no other"
    )
    args = parser.parse_args(argv)
    for name in TIMEX_BLIND_FILES if args.blind else TIMEX_DEVELOPMENT_FILES:
        print(f"{name}: {relabel_file(HERE / name, args.dry_run, not args.blind)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
