"""Fixtures for the timeline plugin tests: the repository's seed and a Thursday DCT."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from newslens_timeline.extract import extract_text

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"

#: Thursday 8 October 2015: the issue's worked examples are normalised against this date.
THURSDAY = "2015-10-08"


@pytest.fixture
def seeds_dir() -> Path:
    if not any(SEEDS.glob("*.txt")):
        pytest.skip(f"seed articles not found in {SEEDS}")
    return SEEDS


_DEFAULT = object()


@pytest.fixture
def found(request: pytest.FixtureRequest) -> Callable[..., list[tuple[str, str, str]]]:
    """``found(text, published=PUBLISHED)``: the (text, type, value) of each TIMEX3 in strict
    mode, against the test module's ``PUBLISHED`` date unless another is given (``None``: no
    publication date).

    Why a fixture: the test files of news forms, guidelines and issue 19's classes each read
    their invented sentences the same way, against a date of their own; one helper keeps the
    reading identical (with ``--import-mode=importlib`` a helper module is not importable)."""
    default = request.module.PUBLISHED

    def _found(text: str, published: Any = _DEFAULT) -> list[tuple[str, str, str]]:
        when = default if published is _DEFAULT else published
        return [(f["text"], f["type"], f["value"]) for f in extract_text(text, when, strict=True)]

    return _found


@pytest.fixture
def freq_found(request: pytest.FixtureRequest) -> Callable[..., list[tuple[str, str, str, str]]]:
    """``freq_found(text, published=PUBLISHED)``: as ``found``, with each TIMEX3's ``freq``
    beside its value: the rounds that read frequencies (sixty-eight on) check the column
    with the row, and one helper keeps their reading the same."""
    default = request.module.PUBLISHED

    def _freq_found(text: str, published: Any = _DEFAULT) -> list[tuple[str, str, str, str]]:
        when = default if published is _DEFAULT else published
        return [
            (f["text"], f["type"], f["value"], f["freq"])
            for f in extract_text(text, when, strict=True)
        ]

    return _freq_found


@pytest.fixture
def bounds(request: pytest.FixtureRequest) -> Callable[..., list[tuple[str, str, str, str]]]:
    """``bounds(text, published=PUBLISHED)``: the (text, value, first day, day after the last)
    of each TIMEX3 in strict mode, the days as ``YYYY-MM-DD`` and ``""`` for a finding with no
    calendar bounds (a length, a set), against the test module's ``PUBLISHED`` date unless
    another is given.

    One reading of the bounds for every test file that checks them (rounds thirteen, fourteen,
    nineteen, twenty and twenty-one each had a copy of it)."""
    default = getattr(request.module, "PUBLISHED", None)

    def _bounds(text: str, published: Any = _DEFAULT) -> list[tuple[str, str, str, str]]:
        when = default if published is _DEFAULT else published
        return [
            (
                f["text"],
                f["value"],
                "" if f["date_start"] is None else f"{f['date_start']:%Y-%m-%d}",
                "" if f["date_end"] is None else f"{f['date_end']:%Y-%m-%d}",
            )
            for f in extract_text(text, when, strict=True)
        ]

    return _bounds
