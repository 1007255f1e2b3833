"""Helpers the attribution tests share, as fixtures: each returns a function of a sentence.

`got`, `classed`, `speakers` and `contents` read the rows that are not nested (what the benchmark
scores);
`cues` and `stance_of` read every row.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newslens_stance.attributions import find_attributions


@pytest.fixture
def cues() -> Callable[[str], list[str]]:
    """The cue of every row."""

    def cues(text: str) -> list[str]:
        return [r["cue"] for r in find_attributions(text)]

    return cues


@pytest.fixture
def stance_of() -> Callable[[str, str], str]:
    """The stance of the first row whose cue is ``cue``."""

    def stance_of(text: str, cue: str) -> str:
        return next(r["stance"] for r in find_attributions(text) if r["cue"] == cue)

    return stance_of


@pytest.fixture
def got() -> Callable[[str], list[tuple[str, str | None, str]]]:
    """(cue, speaker, content) of every row that is not nested."""

    def got(text: str) -> list[tuple[str, str | None, str]]:
        return [
            (r["cue"], r["speaker"], r["content"])
            for r in find_attributions(text)
            if not r["nested"]
        ]

    return got


@pytest.fixture
def classed() -> Callable[[str], list[tuple[str, str | None, str, str, str]]]:
    """(cue, speaker, content, cue class, stance) of every row that is not nested."""

    def classed(text: str) -> list[tuple[str, str | None, str, str, str]]:
        return [
            (r["cue"], r["speaker"], r["content"], r["cue_class"], r["stance"])
            for r in find_attributions(text)
            if not r["nested"]
        ]

    return classed


@pytest.fixture
def speakers() -> Callable[[str], list[tuple[str, str | None]]]:
    """(cue, speaker) of every row that is not nested."""

    def speakers(text: str) -> list[tuple[str, str | None]]:
        return [(r["cue"], r["speaker"]) for r in find_attributions(text) if not r["nested"]]

    return speakers


@pytest.fixture
def contents() -> Callable[[str], list[tuple[str | None, str]]]:
    """(speaker, content) of every row that is not nested."""

    def contents(text: str) -> list[tuple[str | None, str]]:
        return [(r["speaker"], r["content"]) for r in find_attributions(text) if not r["nested"]]

    return contents
