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
