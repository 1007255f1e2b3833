"""Fixtures for the timeline plugin tests: the repository's seed and a Thursday DCT."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"

#: Thursday 8 October 2015: the issue's worked examples are normalised against this date.
THURSDAY = "2015-10-08"


@pytest.fixture
def seeds_dir() -> Path:
    if not any(SEEDS.glob("*.txt")):
        pytest.skip(f"seed articles not found in {SEEDS}")
    return SEEDS
