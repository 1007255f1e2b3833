"""Issue 19, eleventh round: general classes read on the TimeBank / AQUAINT-dev / Wikinews
development errors and the issue's list, each read against the TimeML / TIMEX3 guidelines and
tested on invented sentences (none follows a corpus sentence). The publication date is
Thursday 2011-06-16 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-06-16"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted day, then the subject, an apposition with a verb of its own, and the verb
        (
            "On Tuesday, Ann Lee, a candidate in the vote to be held in July, held a rally.",
            [("Tuesday", "DATE", "2011-06-14"), ("July", "DATE", "2011-07")],
        ),
        (
            "On Tuesday, the mayor, who will retire next year, opened the bridge.",
            [("Tuesday", "DATE", "2011-06-14"), ("next year", "DATE", "2012")],
        ),
        # the apposition's verb is the only one: nothing after it to skip to
        (
            "On Tuesday, the mayor, who will open the bridge.",
            [("Tuesday", "DATE", "2011-06-21")],
        ),
        # a subject with a verb of its own is no apposition's head: the clause reads as before
        (
            "On Tuesday, the council will meet, the mayor said.",
            [("Tuesday", "DATE", "2011-06-21")],
        ),
    ],
)
def test_an_apposition_does_not_date_a_fronted_day(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan stated in the past: the nearest month, either side of publication
        (
            "The governor was due to step down in August.",
            [("August", "DATE", "2011-08")],
        ),
        ("His term was to end in September.", [("September", "DATE", "2011-09")]),
        ("The mine was expected to reopen in July.", [("July", "DATE", "2011-07")]),
        ("The talks were set to resume on July 4.", [("July 4", "DATE", "2011-07-04")]),
        # the nearest one lies behind: it stays behind
        ("The mine was expected to reopen in April.", [("April", "DATE", "2011-04")]),
        # a plain past, and a plan that had been made, still look back
        ("The mine reopened in August.", [("August", "DATE", "2010-08")]),
        ("The mine had been scheduled to reopen in August.", [("August", "DATE", "2010-08")]),
        # a past verb after the plan's infinitive decides
        (
            "The mine was expected to reopen after it had flooded in August.",
            [("August", "DATE", "2010-08")],
        ),
    ],
)
def test_a_plan_stated_in_the_past_does_not_pull_a_month_back(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She joined the council in 1994. A decade later, she ran for mayor.",
            [("1994", "DATE", "1994"), ("A decade later", "DATE", "2004")],
        ),
        (
            "The dam was finished in 1931 and raised two decades later.",
            [("1931", "DATE", "1931"), ("two decades later", "DATE", "1951")],
        ),
        # from publication a decade stays a decade, as before
        ("The firm was founded a decade ago.", [("a decade ago", "DATE", "200")]),
    ],
)
def test_decades_later_than_a_year_are_a_year(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # written in the first quarter with no period under discussion: the unit just
        # completed is last year's, so "last year" compares the one in progress
        (
            "Ferry bookings so far this year beat the same period last year by 8 pct.",
            "2011-02-20",
            [("this year", "DATE", "2011"), ("the same period last year", "DATE", "2010-Q1")],
        ),
        (
            "Tile exports fell from the comparable quarter last year.",
            "2011-03-02",
            [("the comparable quarter last year", "DATE", "2010-Q1")],
        ),
        # later in the year the unit just completed is this year's: a year back, as before
        (
            "Ferry bookings topped the same period last year by 8 pct.",
            "2011-08-20",
            [("the same period last year", "DATE", "2010-Q2")],
        ),
        # a quarter under discussion is compared, whatever the year of publication
        (
            "Fourth-quarter toll income grew 8 pct against the same period last year.",
            "2011-02-20",
            [
                ("Fourth-quarter", "DATE", "2010-Q4"),
                ("the same period last year", "DATE", "2009-Q4"),
            ],
        ),
        # "a year earlier" says no year: the period just reported, a year back, as before
        (
            "Tile exports fell from the same quarter a year earlier.",
            "2011-03-02",
            [("the same quarter a year earlier", "DATE", "2009-Q4")],
        ),
    ],
)
def test_the_same_period_last_year_lies_in_last_year(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named after one event is that day (TimeML values a name by what it names)
        (
            "The index lost more than on any day since Black Monday.",
            [("Black Monday", "DATE", "1987-10-19")],
        ),
        (
            "Shares slid on Black Monday in 1987.",
            [("Black Monday", "DATE", "1987-10-19"), ("1987", "DATE", "1987")],
        ),
        (
            "On Black Wednesday, sterling left the exchange rate mechanism.",
            [("Black Wednesday", "DATE", "1992-09-16")],
        ),
        ("Black Tuesday ended the boom.", [("Black Tuesday", "DATE", "1929-10-29")]),
        # a day like it, or one of another year, is not the day; nor is a name in a title
        ("Dealers feared another Black Monday.", []),
        ("The Black Monday of 2008 was worse.", [("2008", "DATE", "2008")]),
        ('They sang "Black Monday Blues" again.', []),
        # a name of a day with no one date stays no weekday, as before
        ("Marchers recalled Bloody Sunday.", []),
        # Black Friday still moves with the year
        ("Shoppers queued on Black Friday.", [("Black Friday", "DATE", "2010-11-26")]),
    ],
)
def test_a_day_named_after_an_event(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_named_day_before_its_event_is_no_day(found) -> None:
    assert found("Dealers dread a Black Monday.", "1987-03-02") == []
    assert found("Traders call it Black Monday.", "1987-03-02") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the 1800s" is the nineteenth century, as a reader takes it (TIMEX3: "18")
        ("Canals spread in the 1800s.", [("the 1800s", "DATE", "18")]),
        ("Canals spread in the early 1900s.", [("the early 1900s", "DATE", "19")]),
        # a decade stays a decade, and "the 2000s" names the years 2000-2009
        ("Canals spread in the 1840s.", [("the 1840s", "DATE", "184")]),
        ("Phones spread in the 2000s.", [("the 2000s", "DATE", "200")]),
    ],
)
def test_the_hundreds_are_a_century(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present of schedule right before the month looks ahead
        ("The treaty expires in March.", [("March", "DATE", "2012-03")]),
        ("The ban takes effect in January.", [("January", "DATE", "2012-01")]),
        ("The fair opens in mid-April.", [("mid-April", "DATE", "2012-04")]),
        # a past, or a verb that is as often a noun, reads as before
        ("The ban took effect in January.", [("January", "DATE", "2011-01")]),
        ("Housing starts in January rose 3 pct.", [("January", "DATE", "2011-01")]),
        ("Sales were up from 300 returns in January.", [("January", "DATE", "2011-01")]),
    ],
)
def test_a_present_of_schedule_before_a_month_looks_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a future quarter that closed long before publication is next year's
        (
            "The airline will lose money in the first quarter.",
            "2011-11-10",
            [("the first quarter", "DATE", "2012-Q1")],
        ),
        # the quarter just closed is the results still to come (weeks after its end)
        (
            "The airline will post a loss in the third quarter.",
            "2011-11-10",
            [("the third quarter", "DATE", "2011-Q3")],
        ),
        # a past clause keeps this year's
        (
            "The airline lost money in the first quarter.",
            "2011-11-10",
            [("the first quarter", "DATE", "2011-Q1")],
        ),
    ],
)
def test_a_future_quarter_long_closed_is_next_years(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the future of X" is X's fate, no time
        ("Farmers worry about the future of the subsidy.", []),
        ("The future of the club is uncertain.", []),
        # a time stays one, "of" after it belonging to something else included
        ("Farmers expect lower prices in the future.", [("the future", "DATE", "FUTURE_REF")]),
        (
            "They hope for a rise in the near future of about 2 pct.",
            [("the near future", "DATE", "FUTURE_REF")],
        ),
    ],
)
def test_the_future_of_something_is_no_time(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "end-1986", "end-March": wire copy's end of a year or a month, one expression
        ("Stocks stood at 300 tonnes at end-2010.", [("end-2010", "DATE", "2010")]),
        ("Reserves rose at end-May.", [("end-May", "DATE", "2011-05")]),
        ("Debt rose by end-December 2009.", [("end-December 2009", "DATE", "2009-12")]),
        # no hyphen, no prefix: "end" is a noun or a verb there
        ("The firm sells end-to-end systems for 2012 models.", [("2012", "DATE", "2012")]),
        ("The strikes will end 2011 on a low.", [("2011", "DATE", "2011")]),
    ],
)
def test_end_before_a_year_or_month(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_end_before_a_year_is_its_end() -> None:
    from newslens_timeline.extract import extract_text

    [row] = extract_text("Stocks stood at 300 tonnes at end-2010.", PUBLISHED)
    assert row["mod"] == "END"


def test_a_past_clock_time_is_not_on_a_day_still_to_come(found) -> None:
    # the last day named lies ahead of publication; the clock time's clause is past: the last
    # day named that is not ahead of publication
    text = (
        "A man appeared in court on Tuesday over the fire. He was remanded until June 30. "
        "The fire broke out at 14:20 local time."
    )
    assert found(text) == [
        ("Tuesday", "DATE", "2011-06-14"),
        ("June 30", "DATE", "2011-06-30"),
        ("14:20 local time", "TIME", "2011-06-14T14:20"),
    ]
    # no such day: the publication day
    assert found("He was remanded until June 30. The fire broke out at 14:20.") == [
        ("June 30", "DATE", "2011-06-30"),
        ("14:20", "TIME", "2011-06-16T14:20"),
    ]
    # a clock time ahead keeps the day ahead
    assert found("The hearing is on June 30. It will start at 10:00.") == [
        ("June 30", "DATE", "2011-06-30"),
        ("10:00", "TIME", "2011-06-30T10:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the day, or "the same day", in a past clause after a day still to come
        (
            "The trial opens on June 30. On Tuesday she was arrested. "
            "Before, she worked in a bar in the evening.",
            [
                ("June 30", "DATE", "2011-06-30"),
                ("Tuesday", "DATE", "2011-06-14"),
                ("the evening", "TIME", "2011-06-14TEV"),
            ],
        ),
        (
            "He was charged on Monday and is due in court on June 30. "
            "He was arrested the same day.",
            [
                ("Monday", "DATE", "2011-06-13"),
                ("June 30", "DATE", "2011-06-30"),
                ("the same day", "DATE", "2011-06-13"),
            ],
        ),
        # ahead, the day ahead still
        (
            "The trial opens on June 30. The jury will sit in the evening.",
            [("June 30", "DATE", "2011-06-30"), ("the evening", "TIME", "2011-06-30TEV")],
        ),
        (
            "The vote is on June 30. Results will come the same day.",
            [("June 30", "DATE", "2011-06-30"), ("the same day", "DATE", "2011-06-30")],
        ),
    ],
)
def test_the_day_in_focus_of_a_past_clause_is_no_day_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the just-ended quarter" is the latest one completed, as "the latest quarter"
        (
            "Bicycle sales rose in the just-ended quarter.",
            "2013-01-24",
            [("the just-ended quarter", "DATE", "2012-Q4")],
        ),
        (
            "Bicycle sales rose in the recently completed quarter.",
            "2013-01-24",
            [("the recently completed quarter", "DATE", "2012-Q4")],
        ),
        # "the 2014 fiscal year" is one expression, the year before its noun
        (
            "Profit for the 2014 fiscal year will rise.",
            "2013-01-24",
            [("2014 fiscal year", "DATE", "2014")],
        ),
        (
            "Tile exports in its 2012 financial year rose.",
            "2013-01-24",
            [("2012 financial year", "DATE", "2012")],
        ),
    ],
)
def test_latest_quarters_and_fiscal_years_named_before_the_noun(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the first day of July" is 1 July, one expression (not a length and a month)
        (
            "The ban takes effect on the first day of July.",
            [("the first day of July", "DATE", "2011-07-01")],
        ),
        (
            "The fair opens on the third day of August 2012.",
            [("the third day of August 2012", "DATE", "2012-08-03")],
        ),
        # the first day of something else stays as it was read
        ("It was the first day of the trial.", [("the first day", "DATE", "2011-06-16")]),
    ],
)
def test_the_nth_day_of_a_month(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # observances on a fixed day of the calendar, their year by tense as for Christmas
        (
            "Parades were held on St. Patrick's Day.",
            [("St. Patrick's Day", "DATE", "2011-03-17")],
        ),
        ("The army will march on Bastille Day.", [("Bastille Day", "DATE", "2011-07-14")]),
        ("Poppies are worn on Remembrance Day.", [("Remembrance Day", "DATE", "2011-11-11")]),
        ("Workers marched on May Day.", [("May Day", "DATE", "2011-05-01")]),
        ("Trees were planted on Earth Day 2009.", [("Earth Day 2009", "DATE", "2009-04-22")]),
        # the modal "may" and a name are no May Day
        ("The union may day by day lose members.", []),
    ],
)
def test_observances_on_a_fixed_day(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
