"""Relabel the timex development gold to the lead's decision on vague "decades".

The decision (decision 1 on round sixty's list, issue 19): a vague count of decades
("decades", "a few decades", "decades-long") is the DURATION ``PXY``, not TIMEX3's decade unit
``PXDE``: counted decades are written in years ("two decades" ``P20Y``) and TimeBank's one vague
use ("decades-long") is ``PXY``. This script changes every development timex file's gold item
whose value is ``PXDE`` to ``PXY``; nothing else changes. Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the four blind
timex files (``timex_wikinews_2.jsonl``, ``timex_wikinews_3.jsonl``,
``timex_reuters_blind.jsonl``, ``timex_polnear_blind.jsonl``) and nothing else, for an annotator
who does not develop the rules to bring their gold to the decision, reading every change in its
sentence first (``--dry-run --blind``); the blind files stay measured only (aggregates, never
their items against the extractor's output). Applied after round sixty-one: 1 change in
``timex_wikinews_3.jsonl`` (a vague "in decades"), none in the other three; read in its
sentence, accepted.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_vague_decades.py [--dry-run] [--blind]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    "timex_reuters_dev7.jsonl",
    "timex_reuters_dev8.jsonl",
    "timex_polnear_dev.jsonl",
    "timex_polnear_dev2.jsonl",
    "timex_polnear_dev3.jsonl",
    "timex_polnear_dev4.jsonl",
    "timex_polnear_dev5.jsonl",
    "timex_polnear_dev6.jsonl",
    "timex_polnear_dev7.jsonl",
    "timex_polnear_dev8.jsonl",
)
#: the blind timex files, read and written only with ``--blind`` (by their annotator)
TIMEX_BLIND_FILES = (
    "timex_wikinews_2.jsonl",
    "timex_wikinews_3.jsonl",
    "timex_reuters_blind.jsonl",
    "timex_polnear_blind.jsonl",
)
OLD, NEW = "PXDE", "PXY"


def relabel_values(
    path: Path,
    new_value: Callable[[str], str | None],
    dry_run: bool,
    show: Callable[[dict[str, Any], dict[str, Any], str], None] | None = None,
) -> int:
    """Give each gold item of the file the value ``new_value`` maps its value to (None: left
    as it is), ``show`` told of each change first; the number changed. Written only when
    something changed and not ``dry_run``. Shared by the timex relabel scripts."""
    records = read_records(path)
    changed = 0
    for record in records:
        for item in record.get("gold", []):
            new = new_value(str(item.get("value", "")))
            if new is None:
                continue
            if show is not None:
                show(record, item, new)
            item["value"] = new
            changed += 1
    if changed and not dry_run:
        write_records(path, records)
    return changed


def relabel_file(path: Path, dry_run: bool) -> int:
    """Change the file's ``PXDE`` gold values to ``PXY``; the number changed."""
    return relabel_values(path, lambda value: NEW if value == OLD else None, dry_run)


def main(argv: list[str]) -> int:
    dry_run = "--dry-run" in argv
    names = TIMEX_BLIND_FILES if "--blind" in argv else TIMEX_DEVELOPMENT_FILES
    for name in names:
        print(f"{name}: {relabel_file(HERE / name, dry_run)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
