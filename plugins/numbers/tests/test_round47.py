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
        ("Members pay 30 dollars every month.", ("30 dollars every month", "money", "USD", "month")),
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
