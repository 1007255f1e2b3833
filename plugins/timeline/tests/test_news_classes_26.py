"""Issue 19, twenty-sixth round: a yearless month or season ahead in a clause that looks
ahead; four digits that count a plural noun; a march's name; "this weekend" and "last week"
told on a Monday or a weekend; a step of years from a day. Every sentence is invented (none
follows a corpus sentence). The publication date is Wednesday 2026-05-20 unless a test says
otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-05-20"
PUBLISHED = WEDNESDAY  # the date ``found`` reads against (conftest)
DECEMBER = "2025-12-09"  # a Tuesday, after this year's autumn and its November
SATURDAY, SUNDAY, MONDAY = "2026-05-16", "2026-05-17", "2026-05-18"  # weeks 20, 20, 21


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act's "will" with its object before the month: the coming one
        ("The mayor will face voters in November.", [("November", "DATE", "2026-11")]),
        (
            "The council will hold a runoff vote in October.",
            [("October", "DATE", "2026-10")],
        ),
        # going, heading into; looking ahead to
        (
            "Both parties are heading into November with money to spare.",
            [("November", "DATE", "2026-11")],
        ),
        (
            "The campaign is going into the fall with a lead in the polls.",
            [("the fall", "DATE", "2026-FA")],
        ),
        ("Organisers are looking ahead to October.", [("October", "DATE", "2026-10")]),
        # a present intent or expectation and its act
        ("The party plans to hold a vote in November.", [("November", "DATE", "2026-11")]),
        (
            "The mayor is expected to run again in November.",
            [("November", "DATE", "2026-11")],
        ),
        (
            "The party wants to regain the seat by the fall.",
            [("the fall", "DATE", "2026-FA")],
        ),
    ],
)
def test_a_month_or_season_ahead_in_a_clause_that_looks_ahead(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, DECEMBER) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past clause, a figure's month, a comparison: the one just past
        ("The mayor faced voters in November.", [("November", "DATE", "2025-11")]),
        (
            "The agency will publish figures for November.",
            [("November", "DATE", "2025-11")],
        ),
        ("Output will be lower than in November.", [("November", "DATE", "2025-11")]),
        # a figure of the month, reported after it; a plan told in the past
        (
            "Inflation is expected to have eased in November.",
            [("November", "DATE", "2025-11")],
        ),
        ("The ministry will report output in November.", [("November", "DATE", "2025-11")]),
        (
            "Steel output is likely to pick up in November, the ministry said.",
            [("November", "DATE", "2025-11")],
        ),
        ("The mayor planned to hold a vote in November.", [("November", "DATE", "2025-11")]),
        (
            "The harvest went into the fall behind schedule.",
            [("the fall", "DATE", "2025-FA")],
        ),
    ],
)
def test_a_month_just_past_stays_past(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, DECEMBER) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four digits far from publication before a plural noun count it
        ("A survey of 2071 likely voters put the mayor ahead.", []),
        ("A poll of 1012 adults found most opposed the tax.", []),
        ("The hall seats 1450 delegates.", []),
        # a year all the same: a time preposition, a determiner, a year near publication,
        # a plural after a conjunction
        ("In 1990 voters backed the plan.", [("1990", "DATE", "1990")]),
        ("The 2050 targets are vague.", [("2050", "DATE", "2050")]),
        ("A poll of 2019 voters found a tie.", [("2019", "DATE", "2019")]),
        (
            "The bonds are due 2041 and holders are paid in cash.",
            [("2041", "DATE", "2041")],
        ),
    ],
)
def test_a_count_before_a_plural_noun_is_no_year(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a march's name: an article or a capitalised word before "March on / for"
        ("Veterans of the March on Selma met again.", []),
        ("The Teachers' March for Fair Pay drew thousands.", []),
        ("The Women's March to Parliament was peaceful.", []),
        # the month: a preposition of time before it, or no name after it
        ("Lawmakers return in March to Ottawa.", [("March", "DATE", "2026-03")]),
        ("The budget passed in March on a party-line vote.", [("March", "DATE", "2026-03")]),
        ("The March figures were revised.", [("March", "DATE", "2026-03")]),
    ],
)
def test_a_march_named_is_no_month(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a weekend done, told on a Monday: the one just over
        (
            MONDAY,
            "The two rivals traded blows at a forum this weekend.",
            [("this weekend", "DATE", "2026-W20-WE")],
        ),
        # ahead, or a plan: the coming one
        (
            MONDAY,
            "The two rivals will meet at a forum this weekend.",
            [("this weekend", "DATE", "2026-W21-WE")],
        ),
        (
            MONDAY,
            "The two rivals were due to meet at a forum this weekend.",
            [("this weekend", "DATE", "2026-W21-WE")],
        ),
        # a relative clause's present, or a story later in the week: the week's own weekend
        (
            MONDAY,
            "The chef, who cooks in Ghent this weekend, said the menu was ready.",
            [("this weekend", "DATE", "2026-W21-WE")],
        ),
        (
            WEDNESDAY,
            "The coach picked a side for the derby this weekend.",
            [("this weekend", "DATE", "2026-W21-WE")],
        ),
        # told on the weekend itself: that weekend
        (
            SATURDAY,
            "The two rivals traded blows at a forum this weekend.",
            [("this weekend", "DATE", "2026-W20-WE")],
        ),
        # "last week" is the week before the one publication falls in, told on a Monday, a
        # Saturday or a Sunday (on a Sunday, TimeBank's gold takes it so three times of four)
        (
            SUNDAY,
            "The council approved the budget last week.",
            [("last week", "DATE", "2026-W19")],
        ),
        (
            MONDAY,
            "The council approved the budget last week.",
            [("last week", "DATE", "2026-W20")],
        ),
        (
            SATURDAY,
            "The council approved the budget last week.",
            [("last week", "DATE", "2026-W19")],
        ),
    ],
)
def test_this_weekend_and_last_week_on_a_monday_or_a_weekend(
    found: object, published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step of years from a day reaches a year
        (
            "The dam opened on June 4, 2009. Six years earlier, the valley had flooded.",
            [("June 4, 2009", "DATE", "2009-06-04"), ("Six years earlier", "DATE", "2003")],
        ),
        (
            "The dam opened on June 4, 2009. Three years later, it cracked.",
            [("June 4, 2009", "DATE", "2009-06-04"), ("Three years later", "DATE", "2012")],
        ),
        # a year back from a period's last day is the comparison point: still a day
        (
            "Orders for the five weeks ended May 9 slipped from a year earlier.",
            [
                ("the five weeks", "DURATION", "P5W"),
                ("May 9", "DATE", "2026-05-09"),
                ("a year earlier", "DATE", "2025-05-09"),
            ],
        ),
    ],
)
def test_a_step_of_years_from_a_day_is_a_year(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
