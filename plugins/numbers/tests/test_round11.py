"""Issue 17, round eleven: two conventions the lead decided after round ten, on invented
sentences. Alternatives ("four, five or six people") are one vague range from the first to the
last; a team position named by its number ("the number eight shirt", "plays at number ten", "Wales
number eight Jo Bloggs") is a name, like "Game 2"."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four, five or six volunteers turned up on the day.",
            ("Four, five or six", 4.0, 6.0, "count", "", "volunteer", "vague"),
        ),
        (
            "The firm offers loans over one, three or six months.",
            ("one, three or six months", 1.0, 6.0, "duration", "month", "", "vague"),
        ),
        (
            "Tickets rose by 5, 10 or 15 per cent depending on the seat.",
            ("5, 10 or 15 per cent", 5.0, 15.0, "percent", "%", "", "vague"),
        ),
        (
            "The coach said two, three, four or five new signings were likely.",
            ("two, three, four or five", 2.0, 5.0, "count", "", "signing", "vague"),
        ),
    ],
)
def test_alternatives_are_one_vague_range(
    text: str, expected: tuple[str, float, float, str, str, str, str], figure_tuples
) -> None:
    assert figure_tuples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Four, five and six volunteers turned up.",  # "and": several figures, not alternatives
        "It sold 9, 7 or 3 units.",  # not rising: a list of figures
        "Prices of £30m, £40m or £50m were discussed.",  # each with its own unit
        "Four, five or six million viewers watched.",  # the scale is the last one's only
    ],
)
def test_lists_that_are_not_alternatives_stay_apart(text: str) -> None:
    found = extract_text(text)
    assert len(found) >= 2
    assert all(f["modifier"] != "vague" for f in found[:-1])
    assert all(math.isnan(f["value_high"]) for f in found[:-1])


@pytest.mark.parametrize(
    "text",
    [
        "He pulled on the number eight shirt at last.",
        "She was handed the number 10 jersey before the final.",
        "The youngster plays at number eight for the county side.",
        "He started at number nine in the cup tie.",
        "Wales number eight Jo Bloggs is out for the season.",  # ("for a month": a duration)
        "The club's number ten Sam Jones signed a new deal.",
    ],
)
def test_a_position_named_by_its_number_is_a_name(text: str) -> None:
    found = extract_text(text)
    assert [f["kind"] for f in found] == ["name"]
    assert found[0]["text"].startswith("number ")


@pytest.mark.parametrize(
    "text",
    [
        "The single entered the chart at number eight.",
        "He became the world number one in May.",
        "He is the number two seed this year.",
        "World number one Jo Bloggs won again.",
        "He once coached former number one Sam Jones.",
        "The number one Sam Jones kept her title.",
    ],
)
def test_a_rank_named_by_its_number_stays_a_rank(text: str) -> None:
    assert [f["kind"] for f in extract_text(text)] == ["ordinal"]
