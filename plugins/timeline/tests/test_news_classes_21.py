"""Issue 19, twenty-first round: weekday and span directions from the story checks (a schedule
listed in the present, a possessive weekday naming a thing done, "over the next week", a poll
named by its month, a holiday after "a year from now"). Every sentence is invented (none
follows a corpus sentence).
"""

from __future__ import annotations

import pytest

MONDAY = "2026-03-02"
TUESDAY = "2026-03-03"
FRIDAY = "2026-03-06"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a schedule listed in the present: a day fronted in its own clause after a semicolon
        # or ", and" looks ahead as one opening the sentence does
        (
            "On Tuesday, the league plays two matches; on Saturday, three more clubs hold trials.",
            MONDAY,
            [("Tuesday", "2026-03-03"), ("Saturday", "2026-03-07")],
        ),
        (
            "On Wednesday, the choir performs in the abbey, and on Sunday, two bands hold "
            "a concert.",
            MONDAY,
            [("Wednesday", "2026-03-04"), ("Sunday", "2026-03-08")],
        ),
        # the same list told in the past keeps the days before
        (
            "On Thursday, the league played two matches; on Saturday, three clubs held trials.",
            MONDAY,
            [("Thursday", "2026-02-26"), ("Saturday", "2026-02-28")],
        ),
        # a possessive weekday before a thing done: the day before, whatever the "will"
        (
            "Monday's ruling will echo through the appeal courts.",
            TUESDAY,
            [("Monday", "2026-03-02")],
        ),
        (
            "Analysts said Sunday's surprise decision will weigh on the currency.",
            TUESDAY,
            [("Sunday", "2026-03-01")],
        ),
        # a scheduled thing, or one awaited, keeps looking ahead
        (
            "Friday's match will be played behind closed doors.",
            TUESDAY,
            [("Friday", "2026-03-06")],
        ),
        (
            "Lawyers are bracing for Thursday's verdict in the fraud case.",
            TUESDAY,
            [("Thursday", "2026-03-05")],
        ),
        # a future far back from the day, after a report dated the publication day
        (
            "The office announced Friday that the two leaders will meet with the board on "
            "Thursday.",
            FRIDAY,
            [("Friday", "2026-03-06"), ("Thursday", "2026-03-12")],
        ),
        # the same with a long object: the bare verb after its "will" lies out of the near
        # window (before: the Thursday before)
        (
            "The office announced Friday that the two leaders will meet with members of the "
            "regional transport board in the capital on Thursday.",
            FRIDAY,
            [("Friday", "2026-03-06"), ("Thursday", "2026-03-12")],
        ),
        # a past verb there, or a mere "could", keeps the day before
        (
            "The office announced Friday that the two leaders met with members of the "
            "regional transport board in the capital on Thursday.",
            FRIDAY,
            [("Friday", "2026-03-06"), ("Thursday", "2026-03-05")],
        ),
        # a poll named by its month, in a clause not past, is the coming one
        (
            "Both camps are preparing for the November election.",
            "2026-03-04",
            [("November", "2026-11")],
        ),
        (
            "Turnout at the November election was low.",
            "2026-03-04",
            [("November", "2025-11")],
        ),
        (
            "The party has lost ground since the November vote.",
            "2026-03-04",
            [("November", "2025-11")],
        ),
        # a holiday in apposition after "ten months from now": the one ahead
        (
            "Ten months from now, on Election Day, the county will count paper ballots.",
            "2026-03-04",
            [("Ten months from now", "2027-01"), ("Election Day", "2026-11-03")],
        ),
    ],
)
def test_directions(bounds, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _, _ in bounds(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over the next week": the seven days from publication (the value stays the week
        # after publication's, TimeBank's convention for "over the next year or so")
        (
            "Rainfall is expected to stay heavy over the next week.",
            [("the next week", "2026-W11", "2026-03-04", "2026-03-12")],
        ),
        (
            "Traders will watch the bond auctions in the coming month.",
            [("the coming month", "2026-04", "2026-03-04", "2026-04-05")],
        ),
        # a past narrative's "the next week" counts from another time: calendar bounds stay
        (
            "The next week, the minister resigned.",
            [("The next week", "2026-W11", "2026-03-09", "2026-03-16")],
        ),
        # "next week" alone is the calendar week
        (
            "The board meets next week.",
            [("next week", "2026-W11", "2026-03-09", "2026-03-16")],
        ),
        # "the next week of the tour": tied to another period, the calendar bounds stay
        (
            "The next week of the tour will take the riders into the hills.",
            [("The next week", "2026-W11", "2026-03-09", "2026-03-16")],
        ),
    ],
)
def test_next_unit_from_publication(
    bounds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text, "2026-03-04") == expected
