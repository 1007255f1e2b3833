"""Reading and writing the numbers development files, shared by the relabel scripts.

Why a module: each settled convention comes with a committed, re-runnable script that
relabels the development gold (never a blind file); they read and write the files the same
way, one JSON record per line, so a file rewritten by one stays byte-identical under another.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

#: every numbers development file, oldest first; never a blind one. One list, so a file added
#: by a later round is covered when a relabel script is re-run (the conventions bind it too)
DEVELOPMENT_FILES = (
    "numbers_wikinews.jsonl",
    "numbers_wikinews_heldout.jsonl",
    "numbers_news.jsonl",
    "numbers_fresh.jsonl",
    "numbers_fresh2.jsonl",
    "numbers_fresh3.jsonl",
    "numbers_fresh4.jsonl",
    "numbers_fresh4_second.jsonl",
    "numbers_fresh5.jsonl",
    "numbers_fresh6.jsonl",
    "numbers_fresh7.jsonl",
)
#: those stored as offsets and a hash into BBC News and Reuters-21578 (the Wikinews files keep
#: their text and have no dateline)
CORPUS_FILES = tuple(n for n in DEVELOPMENT_FILES if not n.startswith("numbers_wikinews"))


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL development file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_records(path: Path, records: list[dict[str, Any]]) -> None:
    """Write ``records`` back, one per line, non-ASCII kept as written."""
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


def relabel_arguments(doc: str | None) -> argparse.Namespace:
    """The options every relabel script takes: ``--dry-run`` and ``--show``."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    parser.add_argument("--show", action="store_true", help="print each change in context")
    return parser.parse_args()
