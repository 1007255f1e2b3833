"""Round fifty-three's fixes, on invented news sentences (the third and fourth Reuters files'
kinds).

- A length joined to a term's noun by a second hyphen ("a 15-year-lease", "10-year-notes") is
  the length, as "a 15-year lease" is; an age ("a 15-year-old") stays none.
- Four digits that open a list of four-digit numbers one of which is no year ("lines 2071,
  2390 and 2415") are codes, not a year.
- Every middle day of a list of days after a month ("on June 2, 3, 4, 5 and 6") is a DATE;
  main's code found the first middle day only.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a term's noun after a second hyphen
            "1988-05-11",
            "The dockers won a 15-year-lease on the quay.",
            [("15-year", "DURATION", "P15Y")],
        ),
        (
            "1988-05-11",
            "The treasury will auction 10-year-notes and 30-year-bonds.",
            [("10-year", "DURATION", "P10Y"), ("30-year", "DURATION", "P30Y")],
        ),
        (
            # codes in a list of four-digit numbers
            "1988-05-11",
            "Growers planted the rye lines 2071, 2390 and 2415 this spring.",
            [("this spring", "DATE", "1988-SP")],
        ),
        (
            # every middle day of a list of five
            "1988-05-11",
            "The board will meet on June 2, 3, 4, 5 and 6.",
            [
                ("June 2", "DATE", "1988-06-02"),
                ("3", "DATE", "1988-06-03"),
                ("4", "DATE", "1988-06-04"),
                ("5", "DATE", "1988-06-05"),
                ("6", "DATE", "1988-06-06"),
            ],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # an age keeps no length
        ("1988-05-11", "A 15-year-old boy was hurt.", []),
        # a list of years keeps its ends (its middle ones are left: see the round)
        (
            "1988-05-11",
            "The mill lost money in 1983, 1984 and 1985.",
            [("1983", "DATE", "1983"), ("1985", "DATE", "1985")],
        ),
        # a year before a count is a year, the count none
        ("1988-05-11", "In 1987, 2500 jobs went.", [("1987", "DATE", "1987")]),
        # a figure's comma before four digits: no year
        ("1988-05-11", "Yields were 12.5, 1986 and 13.", []),
        # a list of rates after a month's day: the day alone
        ("1988-05-11", "It rose on May 4, 12, 15 and 20 pct.", [("May 4", "DATE", "1988-05-04")]),
    ],
)
def test_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
