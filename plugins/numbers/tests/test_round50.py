"""Issue 17, round fifty, on invented text. The lead's decisions on the thirty-second sample's
questions: a share index's move or level in points is a measure with no unit (kind
``number``, no counted noun), and "N seasons ago" anchors a time (no item), as "five years
ago" does. A team's, a plan's or a price's points keep their noun, and a span of seasons
stays a count. Each positive fails on main's code (0.28.10); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["kind"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The all-share index fell 14.25 points to 2,311.40 in thin trading.",
            [("14.25", "number", ""), ("2,311.40", "number", "")],
        ),
        (
            "The Hang Seng index closed 83.10 points higher at 9,402.55.",
            [("83.10", "number", ""), ("9,402.55", "number", "")],
        ),
        (
            "The Dow Jones industrial average dropped 41 points on Tuesday.",
            [("41", "number", "")],
        ),
        (
            "Traders blamed the 350-point slide in the Nikkei on the strong yen.",
            [("350", "number", "")],
        ),
    ],
)
def test_index_points_are_a_measure_with_no_unit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rovers won the cup three seasons ago.",
        "The club were relegated two seasons ago and have struggled since.",
        "She joined the side four seasons earlier, from a rival club.",
    ],
)
def test_seasons_ago_anchor_a_time_and_are_no_item(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "United are now nine points behind the leaders after the defeat.",
            [("nine", "count", "point")],
        ),
        ("The minister set out a five-point plan for the railways.", [("five", "count", "point")]),
        ("The striker has scored 14 goals in two seasons at the club.", None),
        ("The coach signed a deal for three more seasons.", [("three", "count", "season")]),
        (  # round seventy-three: a rate's move in points to a level in percent is
            # percentage points (decision 9 on the fiftieth sample), no longer a count
            "Prices eased after a fall of 9 points to 31.2 pct in the wholesale price index.",
            [("9 points", "percent", ""), ("31.2 pct", "percent", "")],
        ),
        (
            "At one point the index touched 4,310.5 before noon.",
            [("one", "count", "point"), ("4,310.5", "number", "")],
        ),
    ],
)
def test_other_points_and_seasons_keep_their_noun(
    text: str, expected: list[tuple[str, str, str]] | None
) -> None:
    found = _read(text)
    if expected is None:
        assert ("two", "count", "season") in found
    else:
        assert found == expected
