"""Round fifty-seven's fix, on invented news sentences.

- A count and its half hyphened together ("seven-and-a-half years", "a week-and-a-half") is
  the same length as the spaced form ("seven and a half years"); before, the hyphens hid it.
- "Super Tuesday" of a cycle that held it on another Tuesday than March's first (1988, 1992,
  1996 the second; 2008 the fifth of February) is that cycle's day.
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
            "2016-03-10",
            "The past seven-and-a-half years have been hard for the mill, the chairman said.",
            [("The past seven-and-a-half years", "DURATION", "P7Y6M")],
        ),
        (
            "1987-04-02",
            "Bonds due in four-and-a-half years rose.",
            [("four-and-a-half years", "DURATION", "P4Y6M")],
        ),
        (
            # the half after the unit, hyphened
            "1987-04-02",
            "The strike lasted a week-and-a-half, the union said.",
            [("a week-and-a-half", "DURATION", "P10D")],
        ),
        (
            # a cycle whose Super Tuesday was March's second
            "2016-01-20",
            "In the 1988 race, Rivera won most big states on Super Tuesday.",
            [("1988", "DATE", "1988"), ("Super Tuesday", "DATE", "1988-03-08")],
        ),
        (
            "2016-01-20",
            "Back in 1992, Super Tuesday sealed the race.",
            [("1992", "DATE", "1992"), ("Super Tuesday", "DATE", "1992-03-10")],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # the spaced form, as before
            "1987-04-02",
            "Talks lasted two and a half years.",
            [("two and a half years", "DURATION", "P2Y6M")],
        ),
        (
            # a hyphened count of no unit of time: nothing
            "1987-04-02",
            "Output is three-and-a-half times higher.",
            [],
        ),
        (
            "1987-04-02",
            "Output grew one-and-a-half percent.",
            [],
        ),
        (
            # a cycle whose Super Tuesday was March's first, as the table always gave
            "2020-02-10",
            "Rivera hopes to win big on Super Tuesday.",
            [("Super Tuesday", "DATE", "2020-03-03")],
        ),
        (
            "2016-01-20",
            "In the 2012 race, Rivera won most big states on Super Tuesday.",
            [("2012", "DATE", "2012"), ("Super Tuesday", "DATE", "2012-03-06")],
        ),
    ],
)
def test_kept(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
