"""Issue 19, twentieth round: the lead's probes (a past event named by its weekday before a
future consequence, counted spans back from publication, "since" and the parts of a month,
fiscal years told with their end, a table's "Week ago" and "Year ago" columns, an event's last
day). Every sentence is invented (none follows a corpus sentence). The publication date is
Monday 2026-12-07 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

MONDAY = "2026-12-07"
PUBLISHED = MONDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of an event nobody schedules before the day: the day is past, its effect
        # ahead (before: round nineteen's reported-clause rule took the Friday after)
        (
            "The chairman said the crash Friday will cost insurers millions.",
            [("Friday", "DATE", "2026-12-04")],
        ),
        (
            "Officials said the blast on Tuesday will delay the reopening of the depot.",
            [("Tuesday", "DATE", "2026-12-01")],
        ),
        (
            "The pile-up Thursday will cost the haulier dearly.",
            [("Thursday", "DATE", "2026-12-03")],
        ),
        (
            "The warehouse fire Saturday will keep the market shut.",
            [("Saturday", "DATE", "2026-12-05")],
        ),
        # a scheduled event whose effect is told after its own "will": over already
        (
            "Analysts said the vote Friday will cost the coalition its majority.",
            [("Friday", "DATE", "2026-12-04")],
        ),
        # negative: a scheduled event and its own predicate keep looking ahead (round
        # nineteen's cases)
        (
            "The chairman said the meeting Friday will decide the budget.",
            [("Friday", "DATE", "2026-12-11")],
        ),
        (
            "A spokeswoman told reporters that the vote on Thursday is expected to be close.",
            [("Thursday", "DATE", "2026-12-10")],
        ),
        (
            "The mayor said the storm Thursday will be the worst of the year.",
            [("Thursday", "DATE", "2026-12-10"), ("the year", "DATE", "2026")],
        ),
    ],
)
def test_a_past_event_named_by_its_weekday_before_its_effect(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted span back from publication: a length (TimeBank's P2W, endPoint the
        # creation time), its bounds from that many units back to the end of publication's day
        (
            "Diesel prices climbed 9% over the past two weeks.",
            [("the past two weeks", "P2W", "2026-11-23", "2026-12-08")],
        ),
        (
            "Ridership has fallen in the last three months.",
            [("the last three months", "P3M", "2026-09-07", "2026-12-08")],
        ),
        (
            "The past 20 years have reshaped the harbour.",
            [("The past 20 years", "P20Y", "2006-12-07", "2026-12-08")],
        ),
        # ahead of publication: from its day that many units on (TimeBank's beginPoint t0)
        (
            "Fares will rise over the next two weeks.",
            [("the next two weeks", "P2W", "2026-12-07", "2026-12-22")],
        ),
        # negative: a past narrative's "next two years" counts from another time
        ("She spent the next two years abroad.", [("the next two years", "P2Y", "", "")]),
        # negative: a span tied to another period, a bare length, a vague count, and a span
        # past the frame's range keep no bounds
        (
            "Sales peak in the last two weeks of June.",
            [
                ("the last two weeks", "P2W", "", ""),
                ("June", "2026-06", "2026-06-01", "2026-07-01"),
            ],
        ),
        ("The strike lasted two weeks.", [("two weeks", "P2W", "", "")]),
        ("Over the past few weeks, rents rose.", [("the past few weeks", "PXW", "", "")]),
        ("The abbey has stood for the past 900 years.", [("the past 900 years", "P900Y", "", "")]),
    ],
)
def test_a_counted_span_from_publication_has_its_bounds(
    bounds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" before a month or a day: a state from then to now, so never ahead of
        # publication (before: a December story's "since January" was next January)
        (
            "Bus fares have risen since mid-January.",
            [("mid-January", "2026-01", "2026-01-11", "2026-01-21")],
        ),
        (
            "Ferry traffic has been light ever since March.",
            [("March", "2026-03", "2026-03-01", "2026-04-01")],
        ),
        (
            "The bridge has been closed since January 12.",
            [("January 12", "2026-01-12", "2026-01-12", "2026-01-13")],
        ),
        # the parts of a month: its first, middle or last ten days
        (
            "The dam will be inspected in early January.",
            [("early January", "2027-01", "2027-01-01", "2027-01-11")],
        ),
        (
            "Stocks of grain were thin at the end of October.",
            [("the end of October", "2026-10", "2026-10-21", "2026-11-01")],
        ),
        # "earlier this month" runs up to publication's day, "later this month" from it
        (
            "The board met earlier this month.",
            [("earlier this month", "2026-12", "2026-12-01", "2026-12-08")],
        ),
        (
            "The board will meet later this month.",
            [("later this month", "2026-12", "2026-12-07", "2027-01-01")],
        ),
        # a year's parts: January-April, May-August, September-December; "earlier this
        # year" up to publication's day, "later this year" from it
        (
            "The ferry line was sold late last year.",
            [("late last year", "2025", "2025-09-01", "2026-01-01")],
        ),
        (
            "The canal reopened earlier this year.",
            [("earlier this year", "2026", "2026-01-01", "2026-12-08")],
        ),
        (
            "The canal will reopen later this year.",
            [("later this year", "2026", "2026-12-07", "2027-01-01")],
        ),
        # negative: a fiscal year's end is no calendar third
        (
            "The zoo plans its cuts for the end of this fiscal year.",
            [("the end of this fiscal year", "2026", "2026-01-01", "2027-01-01")],
        ),
        # negative: "since" of cause before a clause whose subject the month modifies
        (
            "Growers were paid late since January deliveries were slow.",
            [("January", "2027-01", "2027-01-01", "2027-02-01")],
        ),
    ],
)
def test_since_and_the_parts_of_a_month(
    bounds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a fiscal year told with the day it ends: the value stays its number (TimeBank's),
        # the bounds are the twelve months up to that day
        (
            "The mill ground a record tonnage in fiscal 2026 ending June 30.",
            "2026-03-02",
            [
                ("fiscal 2026", "2026", "2025-07-01", "2026-07-01"),
                ("June 30", "2026-06-30", "2026-06-30", "2026-07-01"),
            ],
        ),
        (
            "The ferry line carried fewer cars in fiscal 2025, which ended Sept. 30, 2025.",
            "2026-03-02",
            [
                ("fiscal 2025", "2025", "2024-10-01", "2025-10-01"),
                ("Sept. 30, 2025", "2025-09-30", "2025-09-30", "2025-10-01"),
            ],
        ),
        # the current year told with its end: the twelve months to the first such end on or
        # after publication, and that end is ahead (before: last year's)
        (
            "Zoo ticket sales should climb in the current financial year ending April 30.",
            "2026-06-08",
            [
                ("the current financial year", "2026", "2026-05-01", "2027-05-01"),
                ("April 30", "2027-04-30", "2027-04-30", "2027-05-01"),
            ],
        ),
        (
            "The zoo counted more visitors in the current year to September.",
            "2026-10-20",
            [
                ("the current year", "2026", "2026-10-01", "2027-10-01"),
                ("September", "2027-09", "2027-09-01", "2027-10-01"),
            ],
        ),
        # negative: no end told, or a day that does not exist: the calendar year
        (
            "The mill ground a record tonnage in fiscal 2026.",
            "2026-03-02",
            [("fiscal 2026", "2026", "2026-01-01", "2027-01-01")],
        ),
    ],
)
def test_a_fiscal_year_told_with_its_end(
    bounds, text: str, published: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's columns a period back: no event dated
        (
            "             Today     Week ago    Year ago\nOats         3.10      3.05        2.90",
            [],
        ),
        ("              STOCKS  WEEK AGO  YEAR AGO\nBARLEY         120     118       99", []),
        # negative: prose keeps them ("a year ago"; a footnote's capitalised "Year ago")
        ("Oats fetched 2.90 a bushel a year ago.", [("a year ago", "DATE", "2025")]),
        ("Footnote: Year ago sales exclude the toy unit.", [("Year ago", "DATE", "2025")]),
    ],
)
def test_a_tables_week_ago_and_year_ago_columns(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event's last day is a day, as its first is (before: "the last day" a length)
        (
            "Today is the last day of the county show.",
            [("Today", "DATE", "2026-12-07"), ("the last day", "DATE", "2026-12-07")],
        ),
        (
            "The last day of the county show will be Sunday.",
            [("The last day", "DATE", "XXXX-XX-XX"), ("Sunday", "DATE", "2026-12-13")],
        ),
        (
            "Bids may be withdrawn until the final day of each auction.",
            [("the final day", "DATE", "XXXX-XX-XX")],
        ),
        # negative: "the last day" alone is the past 24 hours
        ("The index fell 2% in the last day.", [("the last day", "DURATION", "P1D")]),
    ],
)
def test_an_events_last_day_is_a_day(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a season after its act's own "will", or after "until", once this year's is over:
        # the coming one (before: this year's, over already)
        (
            "The ferry will resume in the spring.",
            MONDAY,
            [("the spring", "DATE", "2027-SP")],
        ),
        ("The pass stays shut until spring.", MONDAY, [("spring", "DATE", "2027-SP")]),
        (
            "The pass will close in the winter.",
            "2026-04-20",
            [("the winter", "DATE", "2027-WI")],
        ),
        # negative: a past clause, and a season not over yet
        ("The ferry resumed in the spring.", MONDAY, [("the spring", "DATE", "2026-SP")]),
        ("The ferry will resume in the summer.", "2026-04-20", [("the summer", "DATE", "2026-SU")]),
    ],
)
def test_a_season_under_will_once_this_years_is_over(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published=published) == expected
