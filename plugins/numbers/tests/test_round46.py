"""Issue 17, round forty-six, on invented text: a team's unit of positions named by its size
("in the front five", "their back three", "the back four") is a name of the unit, no count
(the devsets README's conventions: rugby's "front five" and "the front three" are names). Each
positive fails on main's code (0.28.6); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _counts(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["noun"]) for f in extract_text(text) if f["kind"] == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "Our scrum will be tested on Saturday and the front five must hold firm.",
        "Morrow has covered every position in the back five this season.",
        "The back four looked nervous whenever the winger ran at them.",
        "Their front three scored twice before half-time.",
        "The coach switched to a back three after the break.",
    ],
)
def test_a_team_unit_named_by_its_size_is_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The back three rows of the stand were empty.", [("three", "row")]),
        ("He brought back five players from injury for the final.", [("five", "player")]),
        ("The front two seats of the coach were kept for the captains.", [("two", "seat")]),
        ("Five of the back-room staff left, and three more followed.", [("Five", "staff")]),
    ],
)
def test_a_count_after_front_or_back_with_its_noun_stays(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _counts(text)[: len(expected)] == expected
