"""Issue 19, thirteenth round: the external sets' open error kinds and the classes a third
blind check of story timelines described in a few words (no text), each written as a rule
for news at large and tested on invented sentences (none follows a corpus sentence). The
publication date is Tuesday 2026-03-10 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

TUESDAY = "2026-03-10"
PUBLISHED = TUESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's weeks are counted as ISO counts a year's: the first holds its first Thursday
        # (March 2026 opens on a Sunday: its first week is 2-8 March)
        (
            "Output fell in the first week of March.",
            [("the first week of March", "DATE", "2026-W10")],
        ),
        (
            "Output fell in the second week of March.",
            [("the second week of March", "DATE", "2026-W11")],
        ),
        # April 2026 opens on a Wednesday: the week of 30 March holds most of its first days
        (
            "Talks open in the first week of April.",
            [("the first week of April", "DATE", "2026-W14")],
        ),
        # the last week holds the last Thursday: 31 March 2026 is a Tuesday, so 23-29 March
        ("Sales rose in the last week of March.", [("the last week of March", "DATE", "2026-W13")]),
        # May 2026 ends on a Sunday: the week of 25-31 May
        (
            "The fair closes in the last week of May.",
            [("the last week of May", "DATE", "2026-W22")],
        ),
    ],
)
def test_the_weeks_of_a_month_are_counted_by_their_thursdays(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to date" after the year: this year, not a length of one
        ("Sales are up 5 pct in the year to date.", [("the year", "DATE", "2026")]),
        (
            "Across the fiscal year to date, pantry donations slipped.",
            [("the fiscal year", "DATE", "2026")],
        ),
        # a length still: the year ended, or up to a day
        (
            "Sales for the year ended March 31 rose.",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2025-03-31")],
        ),
        (
            "Profit for the year to June 30, 2025 rose.",
            [("the year", "DURATION", "P1Y"), ("June 30, 2025", "DATE", "2025-06-30")],
        ),
    ],
)
def test_the_year_to_date_is_this_year(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure so far: the value stays the period (TimeML's), its bounds stop at publication
        (
            "So far this year, the bank has sold 2 mln tonnes.",
            [("this year", "2026", "2026-01-01", "2026-03-11")],
        ),
        (
            "Prices rose 2 pct this year so far.",
            [("this year", "2026", "2026-01-01", "2026-03-11")],
        ),
        (
            "Output this year to date is 3 pct higher.",
            [("this year", "2026", "2026-01-01", "2026-03-11")],
        ),
        (
            "Year-to-date output rose 3 pct.",
            [("Year-to-date", "2026", "2026-01-01", "2026-03-11")],
        ),
        (
            "The index has fallen 8 pct so far in 2026.",
            [("2026", "2026", "2026-01-01", "2026-03-11")],
        ),
        (
            "Sales so far this month are down.",
            [("this month", "2026-03", "2026-03-01", "2026-03-11")],
        ),
        (
            "Sales are up in the year to date.",
            [("the year", "2026", "2026-01-01", "2026-03-11")],
        ),
        # the whole period: no "so far", or a period already closed
        (
            "The index fell 3 pct this year.",
            [("this year", "2026", "2026-01-01", "2027-01-01")],
        ),
        ("So far in 2025, the index rose.", [("2025", "2025", "2025-01-01", "2026-01-01")]),
        (
            "The plan was so far ahead of 2027 that no one read it.",
            [("2027", "2027", "2027-01-01", "2028-01-01")],
        ),
    ],
)
def test_a_period_so_far_ends_at_publication(bounds, text: str, expected: list) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of days written as one: both ends carry the range's bounds, each its own day
        (
            "Exports rose 4 pct in March 1-20.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-21"),
                ("20", "2026-03-20", "2026-03-01", "2026-03-21"),
            ],
        ),
        (
            "The show ran February 28-March 3.",
            [
                ("February 28", "2026-02-28", "2026-02-28", "2026-03-04"),
                ("March 3", "2026-03-03", "2026-02-28", "2026-03-04"),
            ],
        ),
        (
            "Shares were bought between January 5 and February 19.",
            [
                ("January 5", "2026-01-05", "2026-01-05", "2026-02-20"),
                ("February 19", "2026-02-19", "2026-01-05", "2026-02-20"),
            ],
        ),
        (
            "The contract runs June 1 through August 31, 2026.",
            [
                ("June 1", "2026-06-01", "2026-06-01", "2026-09-01"),
                ("August 31, 2026", "2026-08-31", "2026-06-01", "2026-09-01"),
            ],
        ),
        # two days, no range: "and" without "between", a date moved, a score
        (
            "Votes were held on March 1 and March 8.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-02"),
                ("March 8", "2026-03-08", "2026-03-08", "2026-03-09"),
            ],
        ),
        (
            "The vote moved from March 1 to March 8.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-02"),
                ("March 8", "2026-03-08", "2026-03-08", "2026-03-09"),
            ],
        ),
    ],
)
def test_a_range_of_days_bounds_both_its_ends(bounds, text: str, expected: list) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the financial year of a possessive noun is one expression, as "its financial year"
        (
            "The company's financial year starting April 1 will see higher costs.",
            [("financial year", "DURATION", "P1Y"), ("April 1", "DATE", "2026-04-01")],
        ),
        (
            "The banks' fiscal year ends in June.",
            [("fiscal year", "DATE", "2026"), ("June", "DATE", "2026-06")],
        ),
        # a year from a day in a relative clause is a length too
        (
            "Parking fees rise in the financial year which begins on July 1.",
            [("the financial year", "DURATION", "P1Y"), ("July 1", "DATE", "2026-07-01")],
        ),
        # a year's possessive is that year's; a possessive before another noun is no time
        ("Profit rose from 1986's fiscal year net.", [("1986", "DATE", "1986")]),
        ("The group's financial director resigned.", []),
        ("The company's year was difficult.", []),
    ],
)
def test_the_financial_year_of_a_possessive_noun(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the feasts after Easter and Orthodox Easter (Easter 2026: 5 April; Orthodox: 12 April)
        ("Shops will close on Whit Monday.", [("Whit Monday", "DATE", "2026-05-25")]),
        ("Shops will close on Ascension Day.", [("Ascension Day", "DATE", "2026-05-14")]),
        ("Pilgrims will gather at Pentecost.", [("Pentecost", "DATE", "2026-05-24")]),
        ("Trains will be full over Whitsun.", [("Whitsun", "DATE", "2026-05-24")]),
        ("Churches will be full on Orthodox Easter.", [("Orthodox Easter", "DATE", "2026-04-12")]),
        ("Vigils will be held on Holy Saturday.", [("Holy Saturday", "DATE", "2026-04-04")]),
        ("Orthodox Easter 2025 drew crowds.", [("Orthodox Easter 2025", "DATE", "2025-04-20")]),
        # no feast: a church's name, a white house
        ("The Pentecostal church grew.", []),
        ("The White House will decide.", []),
    ],
)
def test_the_movable_feasts_after_easter(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that date", "the same date": the day just named, whatever the clause's tense
        (
            "The vote is set for March 20, and rivals have plans for that date.",
            [("March 20", "DATE", "2026-03-20"), ("that date", "DATE", "2026-03-20")],
        ),
        (
            "The firm will close before August 3. Prior to that date, it sold assets.",
            [("August 3", "DATE", "2026-08-03"), ("that date", "DATE", "2026-08-03")],
        ),
        (
            "Prices rise on April 1, and wages on the same date.",
            [("April 1", "DATE", "2026-04-01"), ("the same date", "DATE", "2026-04-01")],
        ),
        # an apposition after a day
        (
            "The merger takes effect after December 31, 2026, the date the law begins.",
            [("December 31, 2026", "DATE", "2026-12-31"), ("the date", "DATE", "2026-12-31")],
        ),
        # no day named, or a day of another year
        ("No date was set, and by that date nothing is left.", []),
        ("In 2025, the date was moved.", [("2025", "DATE", "2025")]),
        (
            "Delivery is on April 8 and the lease ends on the same date in 2031.",
            [("April 8", "DATE", "2026-04-08"), ("2031", "DATE", "2031")],
        ),
    ],
)
def test_that_date_is_the_day_just_named(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said at the time": the time of the saying, a past time
        (
            "The minister said at the time that talks would go on.",
            [("the time", "DATE", "PAST_REF")],
        ),
        (
            "Officials, saying at the time they had no choice, left.",
            [("the time", "DATE", "PAST_REF")],
        ),
        # a clause of its own ("when"), "the time of X", a fronted "At the time," are left
        ("It said at the time the notes are sold, proceeds go to debt.", []),
        ("He said at the time of the crash that all was well.", []),
        ("At the time, he had served longer than anyone.", []),
        ("At the time of his death, he was 90.", []),
    ],
)
def test_said_at_the_time_is_a_past_time(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range's second end after "to"/"through", before an end of phrase or a verb
        (
            "Sales for March 1 through 20 fell.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-21"),
                ("20", "2026-03-20", "2026-03-01", "2026-03-21"),
            ],
        ),
        (
            "Hostel stays in the March 12 to 19 period rose.",
            [
                ("March 12", "2026-03-12", "2026-03-12", "2026-03-20"),
                ("19", "2026-03-19", "2026-03-12", "2026-03-20"),
            ],
        ),
        (
            "He will attend talks from April 5 to 8.",
            [
                ("April 5", "2026-04-05", "2026-04-05", "2026-04-09"),
                ("8", "2026-04-08", "2026-04-05", "2026-04-09"),
            ],
        ),
        # the year written once is the first end's too
        (
            "Warrants run from September 1 to 30, 2027, to subscribe.",
            [
                ("September 1", "2027-09-01", "2027-09-01", "2027-10-01"),
                ("30, 2027", "2027-09-30", "2027-09-01", "2027-10-01"),
            ],
        ),
        # an amount or a count after "to", no day
        (
            "Balances rose on March 23 to 3.3 billion dlrs.",
            [("March 23", "2026-03-23", "2026-03-23", "2026-03-24")],
        ),
        (
            "The rate rises on April 1 to 15 pct.",
            [("April 1", "2026-04-01", "2026-04-01", "2026-04-02")],
        ),
        (
            "The ban was extended on March 1 to 20 countries.",
            [("March 1", "2026-03-01", "2026-03-01", "2026-03-02")],
        ),
        (
            "Support rose from March 1 to 17 of the 20 members.",
            [("March 1", "2026-03-01", "2026-03-01", "2026-03-02")],
        ),
    ],
)
def test_a_range_to_a_bare_day(bounds, text: str, expected: list) -> None:
    assert bounds(text, "2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # remanded until a weekday: the next hearing, ahead of publication (Thursday 12 March)
        ("He was remanded in custody until Monday.", [("Monday", "DATE", "2026-03-16")]),
        ("The court remanded her until Friday.", [("Friday", "DATE", "2026-03-13")]),
        # held until a day past: no deferral
        ("He was held in custody until Monday.", [("Monday", "DATE", "2026-03-09")]),
    ],
)
def test_remanded_until_a_weekday_looks_ahead(found, text: str, expected: list) -> None:
    assert found(text, "2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition's limit lies ahead, whatever the tense of the report (Thursday 12 March)
        (
            "He said if the buyers do not accept the terms by Monday, the firm will sell.",
            [("Monday", "DATE", "2026-03-16")],
        ),
        (
            "Officials said the bridge could reopen if the repairs are approved by Friday.",
            [("Friday", "DATE", "2026-03-13")],
        ),
        (
            "Unless a deal is reached by Tuesday, the strike goes ahead, the union said.",
            [("Tuesday", "DATE", "2026-03-17")],
        ),
        # an indirect question or a condition told in the past looks back
        ("He asked if the work had been finished by Monday.", [("Monday", "DATE", "2026-03-09")]),
        ("If the bill passed by Monday, it was a surprise.", [("Monday", "DATE", "2026-03-09")]),
        ("By Monday some 23 workers had been laid off.", [("Monday", "DATE", "2026-03-09")]),
    ],
)
def test_a_limit_in_a_condition_lies_ahead(found, text: str, expected: list) -> None:
    assert found(text, "2026-03-12") == expected
