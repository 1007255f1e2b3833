"""The hand-annotated development sets stay valid: offsets, fields, text unchanged."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DEVSETS = Path(__file__).resolve().parents[1] / "benchmarks" / "devsets"


def _checker():
    spec = importlib.util.spec_from_file_location("check_devsets", DEVSETS / "check_devsets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", sorted(DEVSETS.glob("*.jsonl")), ids=lambda p: p.name)
def test_devset_is_valid(path):
    checker = _checker()
    articles = checker.load_wikinews() if checker.WIKINEWS.exists() else None
    records, items, problems = checker.check_file(path, articles)
    assert records > 0 and items > 0
    assert problems == []


def test_hashed_timex_record_rules():
    """A TIMEX3 record stored as offsets and a hash gets the field, value and order rules."""
    checker = _checker()
    record = {
        "source": "reuters21578",
        "article": "reuters-0",
        "file": "reut2-000.sgm",
        "published": "1987-03-02",
        "sha256": "0" * 64,
        "gold": [
            {"start": 30, "end": 35, "type": "DATE", "value": "1987-3", "mod": None},
            {"start": 10, "end": 20, "type": "DURATION", "value": "P9M", "mod": "SOON"},
            {"start": 40, "end": 45, "type": "SET"},
        ],
    }
    problems = " | ".join(checker.check_hashed_timex_record(record, "x"))
    assert "not sorted" in problems
    assert "'1987-3' is not a TIMEX3 DATE value" in problems
    assert "mod 'SOON'" in problems
    assert "missing fields ['value', 'mod']" in problems
