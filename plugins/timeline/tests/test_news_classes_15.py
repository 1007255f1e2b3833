"""Issue 19, fifteenth round: "the day" in apposition to a date (the lead's decision), clock
times and parts of the day told as a habit, and a part of the day after a day named behind a
month or a year. Every sentence is invented (none follows a corpus sentence). The publication
date is Tuesday 2026-03-10 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

TUESDAY = "2026-03-10"
PUBLISHED = TUESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day" in apposition to a day just named restates that day
        (
            "Lifeguards were hired on Feb. 19, the day before the beach reopened.",
            [("Feb. 19", "DATE", "2026-02-19"), ("the day", "DATE", "2026-02-19")],
        ),
        (
            "She resigned on February 2, 2024, the day her report came out.",
            [("February 2, 2024", "DATE", "2024-02-02"), ("the day", "DATE", "2024-02-02")],
        ),
        (
            "The ferry sank on Sunday, the day after the storm warning.",
            [("Sunday", "DATE", "2026-03-08"), ("the day", "DATE", "2026-03-08")],
        ),
        (
            "Votes were counted on 14 January, the day polls closed.",
            [("14 January", "DATE", "2026-01-14"), ("the day", "DATE", "2026-01-14")],
        ),
        # no day just before the comma: no apposition to a date
        ("The grain price rose to 212 dollars, the day after the auction.", []),
        ("Fans cheered, the day was warm and the stadium full.", []),
        # "the day" as the subject of its own clause after a date is no apposition
        (
            "It opened on Feb. 3, the day was hot.",
            [("Feb. 3", "DATE", "2026-02-03")],
        ),
    ],
)
def test_the_day_in_apposition_to_a_date(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit and no day named: any day's time (TimeML's XXXX-XX-XX)
        (
            "On such days the ferry desk stays staffed through the afternoon.",
            [("the afternoon", "TIME", "XXXX-XX-XXTAF")],
        ),
        ("The depot normally opens at 7 a.m.", [("7 a.m.", "TIME", "XXXX-XX-XXT07:00")]),
        (
            "The pool opens at 6:30 a.m. on weekdays.",
            [("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30")],
        ),
        (
            "Each morning the bakery sells out by 9 a.m.",
            [("Each morning", "SET", "XXXX-XX-XXTMO"), ("9 a.m.", "TIME", "XXXX-XX-XXT09:00")],
        ),
        (
            "The old ferry used to leave the harbour in the morning.",
            [("the morning", "TIME", "XXXX-XX-XXTMO")],
        ),
        # a day named in the sentence: that day's time, habit word or not
        (
            "The depot usually opens at 7 a.m., but on Monday it opened at 9 a.m.",
            [
                ("7 a.m.", "TIME", "2026-03-10T07:00"),
                ("Monday", "DATE", "2026-03-09"),
                ("9 a.m.", "TIME", "2026-03-09T09:00"),
            ],
        ),
        # no habit: the day in focus (here publication's)
        ("The ferry will leave at 6 p.m.", [("6 p.m.", "TIME", "2026-03-10T18:00")]),
        (
            "The funds were used to pay staff in the afternoon.",
            [("the afternoon", "TIME", "2026-03-10TAF")],
        ),
    ],
)
def test_a_time_told_as_a_habit_is_any_days(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the day after "yesterday" (or a weekday) stays on that day when a month,
        # a quarter, a week or a year was named in between
        (
            "Yesterday, cocoa for July delivery gained, then slipped during the afternoon.",
            [
                ("Yesterday", "DATE", "2026-03-09"),
                ("July", "DATE", "2026-07"),
                ("the afternoon", "TIME", "2026-03-09TAF"),
            ],
        ),
        (
            "Late yesterday the insurer said its 2025 claims fell. In the evening its "
            "shares rallied.",
            [
                ("Late yesterday", "DATE", "2026-03-09"),
                ("2025", "DATE", "2025"),
                ("the evening", "TIME", "2026-03-09TEV"),
            ],
        ),
        (
            "The index slid yesterday, its second drop this week, and through the afternoon "
            "dealers sold.",
            [
                ("yesterday", "DATE", "2026-03-09"),
                ("this week", "DATE", "2026-W11"),
                ("the afternoon", "TIME", "2026-03-09TAF"),
            ],
        ),
        # with no coarser unit between, as before
        (
            "Crews cleared the road yesterday. In the evening it reopened.",
            [("yesterday", "DATE", "2026-03-09"), ("the evening", "TIME", "2026-03-09TEV")],
        ),
        # the day far behind (three sentences and more): the publication day, as before
        (
            "Crews cleared the road yesterday. Work began in 2024. It cost a lot. Trucks "
            "waited. Cars passed in the evening.",
            [
                ("yesterday", "DATE", "2026-03-09"),
                ("2024", "DATE", "2024"),
                ("the evening", "TIME", "2026-03-10TEV"),
            ],
        ),
    ],
)
def test_a_part_of_the_day_keeps_the_day_behind_a_month(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's four-digit hours before a zone named by a place, after a preposition of
        # time: a clock time (any day's when told as a habit)
        (
            "A given day's auction closes for bids received by 1100 Tokyo time.",
            [("1100 Tokyo time", "TIME", "XXXX-XX-XXT11:00")],
        ),
        (
            "Bids are due by 1500 New York time.",
            [("1500 New York time", "TIME", "2026-03-10T15:00")],
        ),
        # no preposition of time, or a word that is no place: a year, or nothing
        ("In 1945 London time stood still.", [("1945", "DATE", "1945")]),
        ("The club was founded by 1920 Extra time rules.", [("1920", "DATE", "1920")]),
    ],
)
def test_wire_hours_before_a_zone_named_by_a_place(found, text: str, expected: list) -> None:
    assert found(text) == expected
