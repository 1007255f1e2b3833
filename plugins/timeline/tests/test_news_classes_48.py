"""Round forty-eight's fix, on invented news sentences.

Results news compares a figure with "the same quarter a year earlier", and as often drops
"same": "from $3 million in the quarter a year ago", "down from the first quarter a year
earlier". TIMEX3 takes the whole phrase, and its value is the compared period a year back
(TimeBank tags "the quarter a year ago" so). Main's code split it into "the quarter" (this
year's) and "a year ago"; the phrase is now one expression, as "the same quarter a year ago"
already was. A "period" a year ago with no period of a unit under discussion keeps the year
before publication's (what "a year ago" alone gave), and a comma between the two stays two.

And a compared "period" ("the same period last year", "the year-ago period", "the 1994
period") after a longer period of a figure in its sentence now takes that period, the year
after nine months and the half after a first half, as "a year earlier" has since round
forty-two; a quarter's figure keeps the quarter.
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
            # the quarter under discussion, a year back
            "1996-10-24",
            "Harbor Savings posted a loss for the third quarter of $41 million. For the "
            "quarter a year ago, the thrift earned $6.2 million.",
            [
                ("the third quarter", "DATE", "1996-Q3"),
                ("the quarter a year ago", "DATE", "1995-Q3"),
            ],
        ),
        (
            # an ordinal quarter: that quarter of the year before
            "2003-04-16",
            "Kessel Telecom said net income fell to 212 mln dlrs, against 240 mln in the first "
            "quarter a year earlier.",
            [("the first quarter a year earlier", "DATE", "2002-Q1")],
        ),
        (
            # a half under discussion
            "2011-08-03",
            "Profit for the first half rose to 19 mln euros from 15 mln euros in the half a "
            "year earlier.",
            [("the first half", "DATE", "2011-H1"), ("the half a year earlier", "DATE", "2010-H1")],
        ),
        (
            # a month's figure
            "2014-07-09",
            "Orders fell 3 pct in June from the month a year ago, the ministry said.",
            [("June", "DATE", "2014-06"), ("the month a year ago", "DATE", "2013-06")],
        ),
    ],
)
def test_the_period_a_year_back_is_one_expression(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a span of days before: no unit under discussion, the year before publication's
            "1999-03-03",
            "Dealers sold 41,200 vans in the February 21-28 period, against 38,950 in the "
            "period a year ago.",
            [
                ("February 21", "DATE", "1999-02-21"),
                ("28", "DATE", "1999-02-28"),
                ("the period a year ago", "DATE", "1998"),
            ],
        ),
        (
            # "same" as before
            "2005-10-20",
            "Third-quarter sales rose to 88 mln dlrs from 80 mln dlrs in the same quarter a "
            "year earlier.",
            [
                ("Third-quarter", "DATE", "2005-Q3"),
                ("the same quarter a year earlier", "DATE", "2004-Q3"),
            ],
        ),
        (
            # a comma between them: two expressions, as before
            "2005-10-20",
            "Brisk Foods said the quarter, a year ago, had been its weakest.",
            [("the quarter", "DATE", "2005-Q3"), ("a year ago", "DATE", "2004-Q3")],
        ),
    ],
)
def test_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_a_year_before_an_event_is_not_the_compared_period() -> None:
    # "the month a year before the vote" is dated by the vote, which the text does not date
    rows = found("Turnout fell sharply in the month a year before the vote.", "2009-05-12")
    assert not any("year before" in text for text, _, _ in rows)


def compared(text: str, published: str) -> list[tuple[str, str]]:
    """The compared periods found ("period" in their text), with their values."""
    return [
        (f["text"], f["value"])
        for f in extract_text(text, published, strict=True)
        if f["text"].lower().endswith("period") or "period " in f["text"].lower()
    ]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # nine months in its sentence: the year, a year back (round forty-two's reading)
            "1995-11-02",
            "Third-quarter profit at Lindqvist Marine edged up. Over nine months it earned $48.2 "
            "million, against a $12 million loss in the 1994 period.",
            [("the 1994 period", "1994")],
        ),
        (
            "1995-11-02",
            "Third-quarter sales climbed. For the nine months, Orwell Foods earned $41 million, up "
            "from $37 million in the same period last year.",
            # (round fifty-one, the lead's decision: a count of months no quarter, half or
            # year makes the compared period its length; "last year" is its own DATE)
            [("the same period", "P9M")],
        ),
        (
            # a half: the half, a year back
            "2007-08-09",
            "Second-quarter profit fell. Net income for the first half rose to 90 mln euros "
            "from 71 mln euros in the year-earlier period.",
            [("the year-earlier period", "2006-H1")],
        ),
        (
            # a quarter in its sentence: the quarter, as before
            "2007-10-25",
            "Third-quarter profit rose to 90 mln dlrs, up from 71 mln in the year-earlier period.",
            [("the year-earlier period", "2006-Q3")],
        ),
        (
            "2007-10-25",
            "Net income for the third quarter was 12 mln dlrs, against 10 mln dlrs in the same "
            "period last year.",
            [("the same period last year", "2006-Q3")],
        ),
    ],
)
def test_a_compared_period_reads_the_figures_period(
    published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert compared(text, published) == expected
