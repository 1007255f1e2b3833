"""Issue 17, round forty-seven, on invented text: the lead's decision 1 on the thirtieth sample.
"every N PERIOD" after a figure is a duration of its own and the figure takes no ``per`` (a
``per`` names a unit, never a number of them: main gave "per two"); "every PERIOD" with no
number stays the figure's ``per``. Each positive fails on main's code (0.28.7); each negative
passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(f["text"], f["kind"], f["unit"], f["per"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veterans will be allowed two trips every three years.",
            [("two", "count", "", ""), ("three years", "duration", "year", "")],
        ),
        (
            "The depot ships 40 crates every two days to the coast.",
            [("40", "count", "", ""), ("two days", "duration", "day", "")],
        ),
        (
            "The regulator asked for one inspection every five years at each mill.",
            [("one", "count", "", ""), ("five years", "duration", "year", "")],
        ),
        (
            "Members pay 30 dollars every six months.",
            [("30 dollars", "money", "USD", ""), ("six months", "duration", "month", "")],
        ),
    ],
)
def test_every_n_period_is_its_own_duration_and_no_per(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veterans will be allowed two trips abroad every year.", ("two", "count", "", "year")),
        ("The depot ships 40 crates every day to the coast.", ("40", "count", "", "day")),
        (
            "Members pay 30 dollars every month.",
            ("30 dollars every month", "money", "USD", "month"),
        ),
        ("The clinic sees 90 patients a day.", ("90", "count", "", "day")),
        (
            "Veterans will be allowed two trips abroad every three years.",
            ("two", "count", "", ""),
        ),
    ],
)
def test_every_period_with_no_number_stays_the_per(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _rows(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow Mills said output rose   \nsharply to 42 mln tonnes, and sales to 8.5 mln"
            " dlrs.",
            ["42 mln tonnes", "8.5 mln dlrs"],
        ),
        (
            "ONE WEEK 6.10/20 pct       \n(UNCH) TWO MTHS  6.25/35 pct (UNCH) SIX MTHS 6.40/50 pct",
            ["ONE WEEK", "6.10", "20 pct", "TWO MTHS", "6.25", "35 pct", "SIX MTHS", "6.40"],
        ),
        (
            "Quotes were firm,   \n   (steady) 12-1/2 13 and at the close 12-3/4 13-1/4.",
            ["12-1/2", "13", "12-3/4", "13-1/4"],
        ),
    ],
)
def test_blanks_before_a_wrapped_line_leave_every_span_on_its_figure(
    text: str, expected: list[str]
) -> None:
    # round forty-seven: the scanner's copy of the text keeps its length; blanks before a
    # soft line break were read as one space, and every finding after them pointed early
    assert [f["text"] for f in extract_text(text)][: len(expected)] == expected
