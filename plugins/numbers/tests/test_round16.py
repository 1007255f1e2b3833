"""Issue 17, round sixteen, on invented sentences: the lead's decision on an interval anchored
to an event, and classes that recur across samples."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(f["text"], f["kind"], f["unit"], f["per"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Six years after the flood, the town was rebuilt.", "Six years", "year"),
        ("The vote comes three days before the summit opens.", "three days", "day"),
        ("His remarks come two days before she is due to fly to Rome.", "two days", "day"),
        ("A new series was aired 26 years after the first broadcast.", "26 years", "year"),
        ("The goal came 12 minutes after the break.", "12 minutes", "min"),
        ("The shop closed two weeks before Christmas.", "two weeks", "week"),
    ],
)
def test_an_interval_anchored_to_an_event_is_a_duration(text: str, span: str, unit: str) -> None:
    """The lead's decision for round sixteen: the unit as written, no anchor in the value."""
    assert (span, "duration", unit, "", "") in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Five years ago the plant was closed.",
        "Two days later the talks resumed.",
        "The fire broke out minutes after the plane landed.",
    ],
)
def test_an_anchor_to_now_or_a_vague_interval_is_no_duration(text: str) -> None:
    """Decision 6 stands: "N years ago" and "N days later" anchor a date; a plural alone is
    no figure."""
    assert all(kind != "duration" for _, kind, *_ in _rows(text))
