"""Round thirty-eight's fixes, on invented news sentences.

- "in recent years", "in past years" (no article, no count) are the vague past, DATE
  ``PAST_REF``, TimeBank's majority; "recent months", "recent weeks", "the past few years"
  stay vague lengths;
- "often" joins the habit's adverbs: "ski resorts often fill up in February" is every
  year's February (SET); "generally" and "always" do not ("forecasters generally see a
  rebound in May" is one May);
- a period's end day said with "ended" a few days ahead of publication, in a sentence that
  looks ahead ("expects to take a charge against the quarter ended March 31" on March 27), is
  the period about to close, not last year's; a past report ("reported sales for the year
  ended March 31") keeps last year's.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

D, S, DUR = "DATE", "SET", "DURATION"


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2009-06-12",
            "Suburban house prices have nearly doubled in recent years.",
            [("recent years", D, "PAST_REF")],
        ),
        (
            "1994-02-03",
            "The growth of recent years has slowed the harbour's freight trade.",
            [("recent years", D, "PAST_REF")],
        ),
        (
            "2003-11-20",
            "There were similar walkouts at the Darnley plant in past years, too.",
            [("past years", D, "PAST_REF")],
        ),
    ],
)
def test_recent_years_is_the_vague_past(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2009-06-12",
            "Ferry bookings have climbed in recent months.",
            [("recent months", DUR, "PXM")],
        ),
        (
            "2009-06-12",
            "Rents have risen over the past few years.",
            [("the past few years", DUR, "PXY")],
        ),
    ],
)
def test_recent_months_and_counted_years_stay_lengths(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


def test_often_tells_a_habits_month() -> None:
    assert found("Ski resorts in the valley often fill up in February.", "2010-09-14") == [
        ("February", S, "XXXX-02")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Forecasters generally see a rebound in freight volumes in May.",
        "I have always said the merger will close in May, the chief executive says.",
    ],
)
def test_generally_and_always_tell_no_habit(sentence: str) -> None:
    assert found(sentence, "2010-03-02") == [("May", D, "2010-05")]


def test_a_quarter_ended_a_few_days_ahead_is_the_one_closing() -> None:
    text = (
        "Norland Instruments Corp expects a write-down of about 2.1 mln dlrs in its figures "
        "for the third quarter ended March 31, it said."
    )
    assert found(text, "1991-03-27") == [
        ("the third quarter", D, "1991-Q3"),
        ("March 31", D, "1991-03-31"),
    ]


def test_a_year_ended_ahead_with_a_report_to_come() -> None:
    text = "Wexley will publish results for the fiscal year ended April 30 in June."
    assert ("April 30", D, "2004-04-30") in found(text, "2004-04-22")


def test_a_past_report_keeps_last_years_end_day() -> None:
    text = "For the fiscal year ended March 31, Norland reported sales of 48 mln dlrs."
    assert ("March 31", D, "1990-03-31") in found(text, "1991-03-27")


def test_a_day_ended_a_month_ahead_keeps_the_past() -> None:
    text = "Norland expects a loss in the year ended June 30, its chairman said."
    assert ("June 30", D, "1990-06-30") in found(text, "1991-03-27")
