"""Issue 19, fourth round: the external sets' classes that still failed on invented sentences
(none is taken from an annotated corpus). The publication date is Thursday 2011-10-20 unless a
test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-10-20"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule in the present passive looks ahead, as "is scheduled for" does
        ("The election is slated for Sunday.", [("Sunday", "DATE", "2011-10-23")]),
        ("The rally is planned for Saturday.", [("Saturday", "DATE", "2011-10-22")]),
        ("The match is penciled in for Saturday.", [("Saturday", "DATE", "2011-10-22")]),
        # in the past it is a plan already made, and the day is the last one
        ("The election was slated for Sunday.", [("Sunday", "DATE", "2011-10-16")]),
        # a run to its last day, in the simple present, looks ahead; in the past it is over
        ("The exhibition runs through Sunday.", [("Sunday", "DATE", "2011-10-23")]),
        ("The rally lasted through Sunday.", [("Sunday", "DATE", "2011-10-16")]),
        ("Talks continue on Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("Voters head to the polls on Sunday.", [("Sunday", "DATE", "2011-10-23")]),
        # "closed" after "remain"/"stay" is a state, not a past act: the limit looks ahead
        ("Schools remain closed until Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("Schools remained closed until Monday.", [("Monday", "DATE", "2011-10-17")]),
    ],
)  # fmt: skip
def test_the_direction_of_a_scheduled_weekday(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "forecasts" after a verb of comparison is the noun: the figures are out, a past
        ("Earnings beat forecasts on Tuesday.", THURSDAY, [("Tuesday", "DATE", "2011-10-18")]),
        # so a fourth quarter reported in February is last year's
        ("Fourth-quarter results beat forecasts.", "2012-02-15",
         [("Fourth-quarter", "DATE", "2011-Q4")]),
        # the verb still looks ahead
        ("The central bank forecasts growth on Friday.", THURSDAY,
         [("Friday", "DATE", "2011-10-21")]),
    ],
)  # fmt: skip
def test_forecasts_the_noun_is_no_future(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trading day of a market report, with the move after it or before it
        ("The Dow ended the day 1.2 percent lower.", [("the day", "DATE", "2011-10-20")]),
        ("For the day, the index lost 12 points.", [("the day", "DATE", "2011-10-20")]),
        ("Shares gained 4 percent during the day.", [("the day", "DATE", "2011-10-20")]),
        ("Gold was little changed on the day at $1,650.", [("the day", "DATE", "2011-10-20")]),
        # no market, no day
        ("Schools are open during the day.", []),
        ("For the day, the children walked to the lake.", []),
    ],
)  # fmt: skip
def test_the_day_of_a_market_report(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague times with a modifier are one reference point, as "the near future" is
        ("The bridge was built in the distant past.", [("the distant past", "DATE", "PAST_REF")]),
        ("In the recent past, prices fell.", [("the recent past", "DATE", "PAST_REF")]),
        ("Prices will fall in the not too distant future.",
         [("the not too distant future", "DATE", "FUTURE_REF")]),
        # "a later time" is "a later date"; the clause decides which way, as for "that time"
        ("Talks will resume at a later time.", [("a later time", "DATE", "FUTURE_REF")]),
        # TimeBank leaves "the foreseeable future" out
        ("Rates will stay low for the foreseeable future.", []),
    ],
)  # fmt: skip
def test_vague_times_with_a_modifier(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_backdrop_quarter_is_not_the_quarter_under_discussion(found) -> None:
    # the quarter reported stays the one "the year-earlier period" and "a year ago" compare
    text = (
        "After a weak second quarter, the brewer posted a 9% gain in third-quarter profit. "
        "Write-downs booked in the year-earlier period had dented income, and revenue climbed "
        "from a year ago."
    )
    assert found(text) == [
        ("second quarter", "DATE", "2011-Q2"),
        ("third-quarter", "DATE", "2011-Q3"),
        ("the year-earlier period", "DATE", "2010-Q3"),
        ("a year ago", "DATE", "2010-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "quarter-to-quarter" is an adjective of comparison, as "year-to-year" is
        ("The quarter-to-quarter comparison was weak.", []),
        ("The quarter was weak.", [("The quarter", "DATE", "2011-Q3")]),
    ],
)
def test_quarter_to_quarter_is_no_quarter(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # in January or February a fourth quarter's figures still to come are last year's
        ("Fourth-quarter profit is expected to rise 10 percent.", "2012-02-15",
         [("Fourth-quarter", "DATE", "2011-Q4")]),
        # a plan for the fourth quarter is this year's
        ("In the fourth quarter, the company will cut jobs.", "2012-02-15",
         [("the fourth quarter", "DATE", "2012-Q4")]),
        # in March it may be a fiscal quarter ending then: it stays as it was
        ("The retailer expects to book record fourth-quarter sales.", "2012-03-20",
         [("fourth-quarter", "DATE", "2012-Q4")]),
    ],
)  # fmt: skip
def test_a_fourth_quarter_still_to_report_early_in_the_year(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prior" and "preceding" are "previous": one step back from the time under discussion
        ("Third-quarter profit rose from the prior quarter.",
         [("Third-quarter", "DATE", "2011-Q3"), ("the prior quarter", "DATE", "2011-Q2")]),
        ("Sales for 2010 rose from the prior year.",
         [("2010", "DATE", "2010"), ("the prior year", "DATE", "2009")]),
        # a year's possessive before a quarter is one expression, as "last year's" is
        ("Profit rose from the previous year's third quarter.",
         [("the previous year's third quarter", "DATE", "2010-Q3")]),
        ("Profit rose from the prior year's third quarter.",
         [("the prior year's third quarter", "DATE", "2010-Q3")]),
    ],
)  # fmt: skip
def test_prior_and_preceding_are_previous(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past" before a count counts what follows: no vague past of its own
        ("The team has won twice in the past two seasons.", []),
        ("The currency gained 1% in the past three sessions.", []),
        # plural seasons after the count recur year after year: a SET, as "each summer" is
        ("Riots have broken out for the past three summers.",
         [("the past three summers", "SET", "XXXX-SU")]),
        # "in the past" alone stays the vague past
        ("In the past many viruses spread by e-mail.", [("the past", "DATE", "PAST_REF")]),
    ],
)  # fmt: skip
def test_the_past_before_a_count(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a calendar quarter named by its months is one DATE, with the quarter rule's year
        ("Output rose 0.8 percent in the October/December quarter.", "2012-03-17",
         [("the October/December quarter", "DATE", "2011-Q4")]),
        ("Margins may trough in the current January-March quarter.", "2012-03-17",
         [("the current January-March quarter", "DATE", "2012-Q1")]),
        ("In the Jan.-March quarter of 2010 sales fell.", THURSDAY,
         [("the Jan.-March quarter of 2010", "DATE", "2010-Q1")]),
        # two quarters' months stay two months
        ("Sales in the July-December period rose.", THURSDAY,
         [("July", "DATE", "2011-07"), ("December", "DATE", "2010-12")]),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_months(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time before a weekday with its date is one TIME on that date
        ("At 09:00 on Tuesday, 18 October, the ship docked.",
         [("09:00 on Tuesday, 18 October", "TIME", "2011-10-18T09:00")]),
        ("The ship docked at 9 a.m. Tuesday, Oct. 18, 2011.",
         [("9 a.m. Tuesday, Oct. 18, 2011", "TIME", "2011-10-18T09:00")]),
        # hours and minutes with a dot before a zone; a decimal stays a number
        ("The launch window opens at 14.00 GMT.", [("14.00 GMT", "TIME", "2011-10-20T14:00")]),
        ("Shares rose 14.00 points.", []),
    ],
)  # fmt: skip
def test_clock_times_with_a_dated_weekday_or_a_dot(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the latter half" is the second half, as "the last half" is
        ("In the latter half of 2010, prices rose.",
         [("the latter half of 2010", "DATE", "2010-H2")]),
        ("Prices rose in the latter half of the year.",
         [("the latter half of the year", "DATE", "2011-H2")]),
    ],
)  # fmt: skip
def test_the_latter_half(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that same day" is "that day"; after a month it is a day of that month, unsaid
        ("He was hurt last October. His name was struck off that same day.",
         [("last October", "DATE", "2010-10"), ("that same day", "DATE", "2010-10-XX")]),
        ("On March 3 he arrived. He left that same day.",
         [("March 3", "DATE", "2011-03-03"), ("that same day", "DATE", "2011-03-03")]),
    ],
)  # fmt: skip
def test_that_same_day(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a running event has reached is a DATE: publication's in the present
        ("It is the eighth day of the siege.", [("the eighth day", "DATE", "2011-10-20")]),
        ("The strike, in its 13th day, goes on.", [("13th day", "DATE", "2011-10-20")]),
        ("Rescuers searched for a second day.", [("a second day", "DATE", "2011-10-20")]),
        # a past narrative's day
        ("On October 3, crowds marched for a third day.",
         [("October 3", "DATE", "2011-10-03"), ("a third day", "DATE", "2011-10-03")]),
        # ahead, which day is unknown
        ("The minister will attend the first day.", [("the first day", "DATE", "XXXX-XX-XX")]),
        # a length stays a length
        ("It was a 10-day trip.", [("10-day", "DURATION", "P10D")]),
    ],
)  # fmt: skip
def test_the_day_a_running_event_has_reached(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yearless day after "until" looks ahead unless a past verb has reached it
        ("The curfew lasts until June 15.", [("June 15", "DATE", "2012-06-15")]),
        ("The curfew lasted until June 15.", [("June 15", "DATE", "2011-06-15")]),
        # "through" before a date is as often the end of figures already out
        ("The estimates reflect costs only through September 30.",
         [("September 30", "DATE", "2011-09-30")]),
    ],
)  # fmt: skip
def test_a_yearless_day_after_until(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
