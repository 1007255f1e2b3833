"""Issue 17, round fifty-five, on invented text. The lead's decisions on round fifty-two's
questions: a player named by an age grade is an age ("an Under-19 striker", "the Under-20
captain": 19 / 20 ``year``, modifier "under"), while a staff role keeps the grade as a name;
"for a decade" is a duration (10 ``year``), as "for a year" is; "for a week or two" is a range
(1-2 ``week``). Each positive fails on main's code (0.28.18); each negative passes on both."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text

# ----------------------------------------------------------- a player named by an age grade


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The club signed former Scotland Under-19 striker Dan Reed on Monday.", 19.0),
        ("The Under-20 captain scored twice in the second half.", 20.0),
        ("Former England Under-21 keeper Tom Lowe is fit again.", 21.0),
        ("Two Wales Under-18 players were called up on Friday.", 18.0),
    ],
)
def test_a_player_named_by_an_age_grade_is_an_age(text: str, age: float) -> None:
    (found,) = [f for f in extract_text(text) if f["value"] == age]
    assert (found["kind"], found["unit"], found["modifier"]) == ("age", "year", "under")
    assert found["text"] == str(int(age))


@pytest.mark.parametrize(
    "text",
    [
        "He was named the Ireland Under-19 coach last week.",
        "The Under-21 manager resigned after the defeat.",
        "He won nine Under-21 caps before his senior debut.",
    ],
)
def test_a_staff_role_or_caps_keep_the_grade_as_a_name(text: str) -> None:
    assert [f["kind"] for f in extract_text(text) if f["text"].startswith("Under")] == ["name"]


# ---------------------------------------------------------------- "for a decade"


@pytest.mark.parametrize(
    "text",
    [
        "The town has waited for a decade for a new bridge.",
        "The two presenters have worked together for a decade - first on local radio.",
    ],
)
def test_for_a_decade_is_ten_years(text: str) -> None:
    (found,) = [f for f in extract_text(text) if f["kind"] == "duration"]
    assert (found["text"], found["kind"], found["value"], found["unit"]) == (
        "a decade",
        "duration",
        10.0,
        "year",
    )


@pytest.mark.parametrize(
    "text",
    ["The plan could be finished within a decade.", "It took a decade to build the dam."],
)
def test_a_decade_without_for_is_still_no_item(text: str) -> None:
    assert extract_text(text) == []


# ---------------------------------------------------------------- "a week or two"


@pytest.mark.parametrize(
    ("text", "span", "unit", "high"),
    [
        ("The bridge will close for a week or two in May.", "a week or two", "week", 2.0),
        ("Shares may stay weak within a year or two, he said.", "a year or two", "year", 2.0),
        ("The pair play for an hour or two most evenings.", "an hour or two", "h", 2.0),
        ("They could delay the vote for a month or three.", "a month or three", "month", 3.0),
    ],
)
def test_a_unit_or_a_few_is_a_range(text: str, span: str, unit: str, high: float) -> None:
    (found,) = extract_text(text)
    assert (found["text"], found["kind"], found["value"], found["unit"]) == (
        span,
        "duration",
        1.0,
        unit,
    )
    assert found["value_high"] == high


@pytest.mark.parametrize(
    "text",
    [
        "It will take a year or two months at most.",
        "The talks lasted for a week or two-thirds of it.",
    ],
)
def test_a_unit_or_a_number_with_its_own_noun_is_no_range(text: str) -> None:
    assert all(math.isnan(f["value_high"]) for f in extract_text(text))
