"""Fixtures for the numbers plugin tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED_DATA = REPO / ".." / "shared" / "data"
SEED = REPO / "seeds" / "000_4bcc3126b01a6c6d.txt"  # the committed copy of ../shared/seed


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found: {SEED}")
    return SEED.read_text(encoding="utf-8")
