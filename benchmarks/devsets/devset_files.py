"""Reading and writing the numbers development files, shared by the relabel scripts.

Why a module: each settled convention comes with a committed, re-runnable script that
relabels the development gold (never a blind file); they read and write the files the same
way, one JSON record per line, so a file rewritten by one stays byte-identical under another.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL development file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_records(path: Path, records: list[dict[str, Any]]) -> None:
    """Write ``records`` back, one per line, non-ASCII kept as written."""
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
