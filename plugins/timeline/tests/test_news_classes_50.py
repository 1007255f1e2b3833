"""Round fifty's fixes, on invented news sentences (the third Reuters file's kinds).

- Coordinated days after one month ("on June 3 and 4", "on May 6, 7 and 8") are a DATE each,
  as the ends of a range written with its month once already were ("June 3-4"); main's code
  found the first day only. The days must go forward one by one and close the phrase (a
  year, an end of phrase, a preposition or a verb), so a day and an amount after "and" stay
  apart ("on May 25, and 14 for 100 dlrs") and a list of rates is no list of days.
- "a year before" closing its clause ("down from 80 cts a share a year before.") is the
  compared time, as "a year earlier" is; main's code read "dlrs a year" as a rate or "a year"
  as a length. "a year before the merger" stays dated by the merger.
- A slashed fiscal year stays whole: "the first four 1994/95 months" holds no count of "95
  months", and "the same period of 1994/95" is no calendar quarter of 1994.
- "the year-on-year rise" names no year (main: "the year", this year).
- "due to" a cause ("was mainly due to deliveries in January", "due to the strike") is no
  schedule: main's code read "due" as a plan ahead and put a past month in the coming year.
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
            # two coordinated days, a meeting ahead
            "2004-05-11",
            "Farm ministers of the bloc will meet in Lisbon on June 3 and 4 to review quotas.",
            [("June 3", "DATE", "2004-06-03"), ("4", "DATE", "2004-06-04")],
        ),
        (
            # three coordinated days: the middle one too
            "1999-04-28",
            "The monetary authority took paper in three equal tranches on May 6, 7 and 8 at "
            "5-1/4 pct.",
            [
                ("May 6", "DATE", "1999-05-06"),
                ("7", "DATE", "1999-05-07"),
                ("8", "DATE", "1999-05-08"),
            ],
        ),
        (
            # the year written once, after the last day
            "1995-02-14",
            "The dividend covers the period between Dec 22 and 30, 1994, the trust said.",
            [("Dec 22", "DATE", "1994-12-22"), ("30, 1994", "DATE", "1994-12-30")],
        ),
        (
            # "a year before" closing its clause, after a year's figure
            "2001-03-20",
            "The toolmaker earned 2.1 mln dlrs or 41 cts a share for the full year, down from "
            "3.4 mln dlrs or 66 cts a share a year before.",
            [("the full year", "DATE", "2001"), ("a year before", "DATE", "2000")],
        ),
        (
            # after an amount with no unit word between
            "2008-11-05",
            "Quarterly profit fell to 12 mln euros from 19 mln a year before.",
            [("a year before", "DATE", "2007")],
        ),
        (
            # a slashed fiscal year's months: no count of 95 months
            "1995-02-21",
            "Group sales rose 8 pct in the first four 1994/95 months, the chairman said.",
            [],
        ),
        (
            # the same period of a slashed fiscal year: the fiscal year by its first year
            "1995-02-21",
            "Export orders lagged the same period of 1993/94, the group said.",
            [("1993/94", "DATE", "1993")],
        ),
        (
            # "due to" of a cause: no schedule ahead, the month of the past figure
            "1994-03-22",
            "Sales rose 12 pct in the first five months, mainly due to deliveries in January "
            "of two turbines.",
            [("the first five months", "DURATION", "P5M"), ("January", "DATE", "1994-01")],
        ),
        (
            # a comparison, no year
            "2010-06-14",
            "The agency said the year-on-year rise in import prices was 2.4 pct in May.",
            [("May", "DATE", "2010-05")],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a day and an amount after "and": the second number goes back, no day
            "1996-03-04",
            "Two carpets fetched 410 dlrs, level with the auction on February 26, and 12 for "
            "95 dlrs.",
            [("February 26", "DATE", "1996-02-26")],
        ),
        (
            # rates listed after a day: no days
            "2002-09-09",
            "Deposit rates were set on September 5, 6 and 7 pct for the three tenors.",
            [("September 5", "DATE", "2002-09-05")],
        ),
        (
            # "due to" a verb is still a schedule: the coming January
            "1994-03-22",
            "The board is due to meet in January to approve the merger.",
            [("January", "DATE", "1995-01")],
        ),
        (
            # "a year before" a noun phrase is dated by it, no step back from the text
            "2012-05-02",
            "Its shares traded at 14 dlrs a year before the merger.",
            [("a year", "SET", "P1Y")],
        ),
    ],
)
def test_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
