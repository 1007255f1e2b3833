"""Issue 19, nineteenth round: a weekday between a report and its own clause's future verb, a
future cue far back in a long clause, and "the past week" or "the past month" as a span that
ends on publication's day. Every sentence is invented (none follows a corpus sentence). The
publication date is Wednesday 2026-03-11 unless a test says otherwise.
"""

from __future__ import annotations

import pandas as pd
import pytest
from newslens_timeline.extract import extract_text

WEDNESDAY = "2026-03-11"
PUBLISHED = WEDNESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day in the reported clause's subject, that clause's own "will" right after it:
        # the coming day (before: the report's past, the Friday before publication)
        (
            "The mayor said the second hearing Friday will focus on parking.",
            [("Friday", "DATE", "2026-03-13")],
        ),
        (
            "A spokeswoman told reporters that the vote on Thursday is expected to be close.",
            [("Thursday", "DATE", "2026-03-12")],
        ),
        (
            "The organisers announced Saturday will close the fair.",
            [("Saturday", "DATE", "2026-03-14")],
        ),
        # negative: a day right after the report, its clause's subject after it, dates the
        # report ("said Friday the hearing will")
        (
            "The mayor said Friday the second hearing will focus on parking.",
            [("Friday", "DATE", "2026-03-06")],
        ),
        # negative: the nearest verb is another clause's past ("who bought")
        (
            "Fans who bought seats Friday will get their money back, the club said.",
            [("Friday", "DATE", "2026-03-06")],
        ),
        # negative: no future after the day, the report's past decides
        (
            "The mayor said the second hearing Friday went badly.",
            [("Friday", "DATE", "2026-03-06")],
        ),
    ],
)
def test_a_weekday_before_its_own_clauses_future_looks_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a future far back in the clause, no verb near the day (before: no tense, the past)
        (
            "The agency is expected to send its plan for the two river dams to a joint "
            "committee session on Thursday.",
            "2026-03-10",
            [("Thursday", "DATE", "2026-03-12")],
        ),
        (
            "Ministers are set to send the revised budget with its many amendments to the "
            "upper house's finance panel on Monday.",
            WEDNESDAY,
            [("Monday", "DATE", "2026-03-16")],
        ),
        # negative: a figure's month after "after" is another event's time, out already
        (
            "Hotel bookings are expected to climb by about a fifth for most of the coastal "
            "resorts after a sluggish and rain-soaked February.",
            WEDNESDAY,
            [("February", "DATE", "2026-02")],
        ),
        # negative: "next" far back is an adjective, no future ("the next biggest lender")
        (
            "The bank lent the most, with the next biggest lender, a mutual society, "
            "reporting 4,100 new loans as of Monday.",
            WEDNESDAY,
            [("Monday", "DATE", "2026-03-09")],
        ),
    ],
)
def test_a_future_far_back_in_the_clause_still_looks_ahead(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value stays the calendar unit before publication's (TimeBank's "over the past
        # year"); the span ends on publication's day
        (
            "Fuel prices rose 6% over the past month.",
            [("the past month", "2026-02", "2026-02-11", "2026-03-12")],
        ),
        (
            "Three more ferries were cancelled in the past week.",
            [("the past week", "2026-W10", "2026-03-04", "2026-03-12")],
        ),
        (
            "The share price has doubled over the last year.",
            [("the last year", "2025", "2025-03-11", "2026-03-12")],
        ),
        # negative: a calendar week or month keeps its calendar bounds
        (
            "Three more ferries were cancelled last week.",
            [("last week", "2026-W10", "2026-03-02", "2026-03-09")],
        ),
        (
            "Output would dip in the last week of June.",
            [("the last week of June", "2026-W26", "2026-06-22", "2026-06-29")],
        ),
    ],
)
def test_the_past_week_or_month_ends_on_publication_day(
    bounds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected


def test_the_last_year_for_which_is_no_span_up_to_now() -> None:
    (row,) = extract_text("Sales peaked in 2019, the last year for which data exist.", WEDNESDAY)[
        1:
    ]
    assert row["date_end"] != pd.Timestamp("2026-03-12", tz="UTC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this past" and "this coming" before a unit: the unit before or after publication's
        # (before: "past week" alone, a vague length)
        ("Ticket sales slowed this past week.", [("this past week", "DATE", "2026-W10")]),
        ("This past month brought record rain.", [("This past month", "DATE", "2026-02")]),
        ("The plant reopens this coming month.", [("this coming month", "DATE", "2026-04")]),
        # negative: "this week" is publication's own
        ("Ticket sales slowed this week.", [("this week", "DATE", "2026-W11")]),
    ],
)
def test_this_past_and_this_coming_before_a_unit(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
