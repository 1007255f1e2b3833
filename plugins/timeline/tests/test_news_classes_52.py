"""Round fifty-two's fixes, on invented news sentences (the fourth Reuters file's kinds).

- A whole and a half joined by a hyphen ("a 3-1/2 year contract", wire copy's way of writing
  fractions) is one length, three years and six months; main's code read the "2" after the
  slash as the count ("2 year", `P2Y`).
- A weekday with "last week" / "next week" after it ("on Tuesday last week") is one DATE, that
  weekday of the ISO week named; main's code gave the weekday by the tense (this week's) and
  the week apart.
- A month with its day spelled out after a verb of a term's end ("the rights expire March
  Nine", wire copy's style) is the day, as after "on" or "payable"; main's code kept the month.
- "the period from July 1994 to July 1995" is the length between its two months (a DURATION,
  as "the year to end-June" is), not a period under discussion named before; with no year at
  its start ("the period from January 5 to March 20") it is left out, its ends being DATEs.
- "the days of cheap money" is an era, the idiom, no vague length of days.
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
            # a hyphenated half in a contract's term
            "1991-08-14",
            "A 2-1/2 year wage agreement at the smelter lapsed last month, the union said.",
            [("2-1/2 year", "DURATION", "P2Y6M"), ("last month", "DATE", "1991-07")],
        ),
        (
            # a plural unit and a hyphenated compound
            "1991-08-14",
            "The 6-1/2-year notes were priced at par; similar paper matures in 4-1/2 years.",
            [("6-1/2-year", "DURATION", "P6Y6M"), ("4-1/2 years", "DURATION", "P4Y6M")],
        ),
        (
            # a weekday of last week, the story written on a Thursday
            "1991-08-15",
            "The stoppage began on Monday last week when dockers refused to load two ships.",
            [("Monday last week", "DATE", "1991-08-05")],
        ),
        (
            # a weekday of next week
            "1991-08-15",
            "Creditor banks will meet the company's advisers on Tuesday next week.",
            [("Tuesday next week", "DATE", "1991-08-20")],
        ),
        (
            # a term's last day with the day spelled out
            "1991-08-15",
            "The warrants expire September Four, the brokerage said.",
            [("September Four", "DATE", "1991-09-04")],
        ),
        (
            # a bounded period: its length, and its two months
            "1991-08-15",
            "Profit rose in the 1990 second quarter. The mill will shut for the period from "
            "October 1991 to April 1992, the group said.",
            [
                ("the 1990 second quarter", "DATE", "1990-Q2"),
                ("the period", "DURATION", "P6M"),
                ("October 1991", "DATE", "1991-10"),
                ("April 1992", "DATE", "1992-04"),
            ],
        ),
        (
            # an era, no length
            "1991-08-15",
            "The minister said the days of subsidised credit for exporters were over.",
            [],
        ),
    ],
)
def test_round_52_fixes(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # guard: a fraction of a rate is no length
            "1991-08-15",
            "The bank cut its prime to 8-1/2 pct from 9 pct last year.",
            [("last year", "DATE", "1990")],
        ),
        (
            # guard: a half written apart from its whole by spaces keeps its whole
            "1991-08-15",
            "Voters queued for 3   1/2 hours outside the hall.",
            [("3   1/2 hours", "DURATION", "PT3H30M")],
        ),
        (
            # guard: "last week" alone stays the week
            "1991-08-15",
            "Dockers refused to load two ships last week.",
            [("last week", "DATE", "1991-W32")],
        ),
        (
            # guard: a period with no bounds written after it is still the one under discussion
            "1991-08-15",
            "Sales fell in the 1990 second quarter, and profit for the period dropped.",
            [("the 1990 second quarter", "DATE", "1990-Q2"), ("the period", "DATE", "1990-Q2")],
        ),
    ],
)
def test_round_52_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
