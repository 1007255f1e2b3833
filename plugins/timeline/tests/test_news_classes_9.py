"""Issue 19, ninth round: the error classes of the Reuters-21578 development file (1987
business wire copy), each read against the TimeML / TIMEX3 guidelines and tested on invented
sentences (none follows a corpus sentence). The publication date is Thursday 2011-03-17 unless
a test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-03-17"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a split year is one expression, valued by the year it opens with
        ("Cotton output in 2010/11 is put at 4 mln bales.", [("2010/11", "DATE", "2010")]),
        # at the end of a sentence too, and with its kind of year in the extent
        (
            "Sugar stocks fell in the marketing year 2009/10.",
            [("the marketing year 2009/10", "DATE", "2009")],
        ),
        ("The budget for fiscal 2010/11 was cut.", [("fiscal 2010/11", "DATE", "2010")]),
        ("The harvest rose from 2008-09, the board said.", [("2008-09", "DATE", "2008")]),
        # no split year: not the next year, a decimal or an amount after it (the first year
        # keeps what it read before)
        ("Profits in 2009-12 doubled.", []),
        ("The ratio was 2009/10.5 at the close.", [("2009", "DATE", "2009")]),
        ("They shipped 2010/11 tonnes.", [("2010", "DATE", "2010")]),
        # a two-digit fiscal year with its apostrophe
        ("Sales in FY'10 rose.", [("FY'10", "DATE", "2010")]),
    ],
)
def test_a_split_year(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day as a cardinal word after a preposition of a date, the phrase closing after it
        (
            "The plant was last inspected on February nine, when a leak was found.",
            [("February nine", "DATE", "2011-02-09")],
        ),
        (
            "Deliveries will start by July one and run all year.",
            [("July one", "DATE", "2011-07-01"), ("all year", "DURATION", "P1Y")],
        ),
        (
            "The rate applies from April twenty-two, 2010.",
            [("April twenty-two, 2010", "DATE", "2010-04-22")],
        ),
        # a count after the month, or no preposition of a date: the month alone
        ("In March two mills closed.", [("March", "DATE", "2011-03")]),
        ("Prices fell on March two pct.", [("March", "DATE", "2011-03")]),
        (
            "By the end of January three banks had failed.",
            [("the end of January", "DATE", "2011-01")],
        ),
        # the modal verb, not the month
        ("Investors may one day regret it.", [("one day", "DATE", "FUTURE_REF")]),
        # a wire notice's field closing its line with a capitalised day word
        (
            "Qtly div 12 cts\n    Pay March 20\n    Record March Two",
            [("March 20", "DATE", "2011-03-20"), ("March Two", "DATE", "2011-03-02")],
        ),
        ("The mills that closed in March two", [("March", "DATE", "2011-03")]),
    ],
)  # fmt: skip
def test_a_day_as_a_cardinal_word(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "full year" before its noun is the year reported on, as "the full year" is
        (
            "The retailer expects full year sales to match the record.",
            [("full year", "DATE", "2011")],
        ),
        ("Full-year margins narrowed, it said.", [("Full-year", "DATE", "2011")]),
        ("Margins for the full year narrowed.", [("the full year", "DATE", "2011")]),
        # "a full year" is a length
        ("The mine stayed shut for a full year.", [("a full year", "DURATION", "P1Y")]),
    ],
)
def test_full_year(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter compared with the same quarter of a named year is the one a year after it
        # (a fiscal second quarter reported in March is this fiscal year's)
        (
            "The maker posted second quarter profit of 4.2 mln dlrs, compared with 3.1 mln "
            "dlrs in fiscal 2010's second quarter.",
            "2011-03-10",
            [("second quarter", "DATE", "2011-Q2"), ("2010's second quarter", "DATE", "2010-Q2")],
        ),
        (
            "Third quarter fares climbed to 41 mln dlrs, from 37 mln dlrs during the third quarter "
            "of 2010.",
            "2011-02-10",
            [
                ("Third quarter", "DATE", "2011-Q3"),
                ("the third quarter of 2010", "DATE", "2010-Q3"),
            ],
        ),
        (
            "Second half revenue was flat against fiscal 2010's second half.",
            "2011-03-10",
            [("Second half", "DATE", "2011-H2"), ("2010's second half", "DATE", "2010-H2")],
        ),
        # another quarter, or no comparison: as before (a quarter ahead of March, reported, is
        # last year's)
        (
            "Third quarter profit rose from 2010's second quarter.",
            "2011-03-10",
            [("Third quarter", "DATE", "2010-Q3"), ("2010's second quarter", "DATE", "2010-Q2")],
        ),
    ],
)  # fmt: skip
def test_a_quarter_compared_with_a_year_earlier(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


def test_a_quarter_compared_with_the_previous_years_keeps_its_reading(found) -> None:
    """ "the previous year's fourth quarter" names no year: the reported quarter of a results
    season stays last year's, as before the comparison rule."""
    text = (
        "It reported fourth quarter net of 7 mln dlrs, up from 4 mln dlrs in the previous "
        "year's fourth quarter."
    )
    assert found(text, "2011-03-03")[0] == ("fourth quarter", "DATE", "2010-Q4")


def test_a_half_of_a_split_year(found) -> None:
    """A half of a split year: one expression, the half of its first year (the value a half
    of the season has no TIMEX3 form for)."""
    assert found("Cane crushing in the first half of 2009/10 slowed.") == [
        ("the first half of 2009/10", "DATE", "2009-H1")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year earlier" than a calendar period closed by a day compares the period
        (
            "Refinery runs in the week ended March 5 rose from a year earlier.",
            [("the week", "DURATION", "P1W"), ("March 5", "DATE", "2011-03-05"),
             ("a year earlier", "DATE", "2010-W09")],
        ),
        (
            "Profit in the half ended December 31 doubled from a year earlier.",
            [("December 31", "DATE", "2010-12-31"), ("a year earlier", "DATE", "2009-H2")],
        ),
        (
            "Sales for the year ended January 31 rose from a year earlier.",
            [("the year", "DURATION", "P1Y"), ("January 31", "DATE", "2011-01-31"),
             ("a year earlier", "DATE", "2010")],
        ),
        (
            "Crushings in 2009/10, ending September 30, fell from a year earlier.",
            [("2009/10", "DATE", "2009"), ("September 30", "DATE", "2010-09-30"),
             ("a year earlier", "DATE", "2008")],
        ),
        # a count of units ending on a day, or a day alone: the day a year back (TimeBank
        # keeps the day after "the six months ended")
        (
            "For the nine months ended Feb. 28 it earned 3 mln against 2 mln a year earlier.",
            [("the nine months", "DURATION", "P9M"), ("Feb. 28", "DATE", "2011-02-28"),
             ("a year earlier", "DATE", "2010-02-28")],
        ),
        (
            "Stocks stood at 4 mln tonnes on March 1, against 3 mln a year earlier.",
            [("March 1", "DATE", "2011-03-01"), ("a year earlier", "DATE", "2010-03-01")],
        ),
    ],
)  # fmt: skip
def test_a_year_earlier_than_a_period_ended_on_a_day(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
