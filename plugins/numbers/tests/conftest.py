"""Fixtures for the numbers plugin tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from newslens_numbers.extract import extract_text

REPO = Path(__file__).resolve().parents[3]
SHARED_DATA = REPO / ".." / "shared" / "data"
SEED = REPO / "seeds" / "000_4bcc3126b01a6c6d.txt"  # the committed copy of ../shared/seed


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found: {SEED}")
    return SEED.read_text(encoding="utf-8")


FigureTuple = tuple[str, float, float, str, str, str, str]


@pytest.fixture
def figure_tuples() -> Callable[[str], list[FigureTuple]]:
    """A text's figures as (text, value, value_high, kind, unit, noun, modifier): the fields the
    range conventions' tests compare."""

    def read(text: str) -> list[FigureTuple]:
        return [
            (f["text"], f["value"], f["value_high"], f["kind"], f["unit"], f["noun"],
             f["modifier"])
            for f in extract_text(text)
        ]  # fmt: skip

    return read
