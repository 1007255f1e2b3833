"""Relabel the timex development gold to the lead's decision on vague "decades".

The decision (decision 1 on round sixty's list, issue 19): a vague count of decades
("decades", "a few decades", "decades-long") is the DURATION ``PXY``, not TIMEX3's decade unit
``PXDE``: counted decades are written in years ("two decades" ``P20Y``) and TimeBank's one vague
use ("decades-long") is ``PXY``. This script changes every development timex file's gold item
whose value is ``PXDE`` to ``PXY``; nothing else changes. Running it again changes nothing.

The blind files (``timex_*_blind.jsonl``, ``timex_wikinews_2.jsonl``, ``timex_wikinews_3.jsonl``)
are never read or written: their annotators relabel them if they choose.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_vague_decades.py [--dry-run]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import read_records, write_records  # noqa: E402

#: the timex files read item by item during development (never a blind one)
TIMEX_DEVELOPMENT_FILES = (
    "timex_wikinews.jsonl",
    "timex_reuters_dev.jsonl",
    "timex_reuters_dev2.jsonl",
    "timex_reuters_dev3.jsonl",
    "timex_reuters_dev4.jsonl",
    "timex_reuters_dev5.jsonl",
    "timex_reuters_dev6.jsonl",
    "timex_polnear_dev.jsonl",
    "timex_polnear_dev2.jsonl",
    "timex_polnear_dev3.jsonl",
    "timex_polnear_dev4.jsonl",
)
OLD, NEW = "PXDE", "PXY"


def relabel_file(path: Path, dry_run: bool) -> int:
    """Change the file's ``PXDE`` gold values to ``PXY``; the number changed."""
    records = read_records(path)
    changed = 0
    for record in records:
        for item in record.get("gold", []):
            if item.get("value") == OLD:
                item["value"] = NEW
                changed += 1
    if changed and not dry_run:
        write_records(path, records)
    return changed


def main(argv: list[str]) -> int:
    dry_run = "--dry-run" in argv
    for name in TIMEX_DEVELOPMENT_FILES:
        print(f"{name}: {relabel_file(HERE / name, dry_run)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
