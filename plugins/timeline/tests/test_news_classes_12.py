"""Issue 19, twelfth round: classes of wrong dates a blind check of story timelines found
(described in a few words, no text), each written as a rule for news at large and tested on
invented sentences (none follows a corpus sentence). The publication date is Tuesday
2025-03-04 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

TUESDAY = "2025-03-04"
PUBLISHED = TUESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money market's shortest term, no night
        ("The overnight rate rose to 5.5 percent.", []),
        ("Banks paid more for overnight loans.", []),
        ("The central bank raised overnight call money rates.", []),
        ("Overnight interbank sterling traded at 4 percent.", []),
        (
            "Cash was pulled in by steep overnight or one-week yields.",
            [("one-week", "DURATION", "P1W")],
        ),
        ("Dealers quoted overnight to spot-next at 6 percent.", []),
        # "tomorrow-next" is a deposit's term too, no day
        ("Tomorrow-next funds rose to 6 percent.", []),
        ("Dealers quoted tomorrow/next at 5 percent.", []),
        (
            "The vote is tomorrow; next week the count.",
            [("tomorrow", "DATE", "2025-03-05"), ("next week", "DATE", "2025-W11")],
        ),
        ("The fund injected cash through overnight repos.", []),
        # "suddenly"
        ("Critics rejected calls for an overnight solution.", []),
        # a night still: the word alone, or before a noun of an event
        ("Rebels shelled the city overnight.", [("overnight", "TIME", "2025-03-03TNI")]),
        ("Overnight, rebels shelled the city.", [("Overnight", "TIME", "2025-03-03TNI")]),
        (
            "The overnight attack killed two guards.",
            [("overnight", "TIME", "2025-03-03TNI")],
        ),
        ("Stocks fell on overnight losses in Tokyo.", [("overnight", "TIME", "2025-03-03TNI")]),
    ],
)
def test_overnight_as_a_term_of_money_is_no_time(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written in June: the day right after its own "will" is next year's, months past
        (
            "Parades will be held on St. Patrick's Day.",
            [("St. Patrick's Day", "DATE", "2026-03-17")],
        ),
        ("The treaty will be signed on March 17.", [("March 17", "DATE", "2026-03-17")]),
        ("The fair will open on 12 March.", [("12 March", "DATE", "2026-03-12")]),
        # a day a few weeks past stays behind: a recent day under a modal is often a
        # relative clause's
        ("The envoy will visit the towns hit on June 1.", [("June 1", "DATE", "2025-06-01")]),
        # "would" (reported, conditional) keeps the tense's pull; so does a past verb
        (
            "The union said it would end the lockout that began March 14.",
            [("March 14", "DATE", "2025-03-14")],
        ),
        ("The treaty was signed on March 17.", [("March 17", "DATE", "2025-03-17")]),
    ],
)
def test_a_day_under_will_months_past_is_next_years(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, "2025-06-20") == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        # the month just over is "last month": "last February" in March is a year back
        (
            "Prices rose last February, the report said.",
            [("last February", "DATE", "2024-02")],
            "2025-03-01",
        ),
        (
            "Stocks total 50 tonnes against 80 last March.",
            [("last March", "DATE", "2024-03")],
            "2025-04-20",
        ),
        # two months back or more: this year's, as before
        (
            "Prices rose last January, the report said.",
            [("last January", "DATE", "2025-01")],
            "2025-03-01",
        ),
        # not "the last February week", not before a day, not "recently [last June]"
        (
            "Shares fell in the last February week.",
            [("last February", "DATE", "2025-02")],
            "2025-03-01",
        ),
        (
            "He spoke recently (last June) on the radio.",
            [("recently", "DATE", "PAST_REF"), ("last June", "DATE", "2025-06")],
            "2025-07-09",
        ),
        # in January, "last December" is last year's December by either reading
        ("Sales rose last December.", [("last December", "DATE", "2024-12")], "2025-01-10"),
    ],
)
def test_last_month_just_over_is_a_year_back(
    found, text: str, expected: list[tuple[str, str, str]], published: str
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan weighed or asked for in the past: the nearest month, either side
        ("The bank said it was considering a cut in May.", [("May", "DATE", "2025-05")]),
        ("The accord called for elections in June.", [("June", "DATE", "2025-06")]),
        ("The accord called for elections on May 20.", [("May 20", "DATE", "2025-05-20")]),
        # the nearest one lies behind: it stays behind
        ("The board was weighing a sale in February.", [("February", "DATE", "2025-02")]),
        # a plain past still looks back
        ("The company said sales rose in May.", [("May", "DATE", "2024-05")]),
        ("The bank raised rates in May.", [("May", "DATE", "2024-05")]),
    ],
)
def test_a_plan_weighed_in_the_past_takes_the_nearest_month(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        # a table's month and two-digit year, near publication
        (
            "Output fell to 120 in Feb 86 from 130 in Jan 87.",
            [("Feb 86", "DATE", "1986-02"), ("Jan 87", "DATE", "1987-01")],
            "1987-04-01",
        ),
        # decades back with no apostrophe: a slip or a price, no month
        ("The bill passed on March 67 of the session.", [], "1987-04-01"),
        ("Grade one traded at May 44 cents a pound.", [], "1987-04-01"),
        # with its apostrophe a year stays a year
        (
            "The war of June '67 changed the region.",
            [("June '67", "DATE", "1967-06")],
            "1987-04-01",
        ),
    ],
)
def test_a_month_and_two_digits_decades_back_is_no_month(
    found, text: str, expected: list[tuple[str, str, str]], published: str
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year from a day is a length, no calendar year (as "the year ended March 31")
        (
            "Spending will fall in the year starting April 1.",
            [("the year", "DURATION", "P1Y"), ("April 1", "DATE", "2025-04-01")],
        ),
        (
            "The plan covers the fiscal year beginning July 1.",
            [("the fiscal year", "DURATION", "P1Y"), ("July 1", "DATE", "2025-07-01")],
        ),
        (
            "Prices are set for the year from April 1.",
            [("the year", "DURATION", "P1Y"), ("April 1", "DATE", "2025-04-01")],
        ),
        # the year alone, or a day inside it, stays the calendar year
        ("Sales for the year will rise.", [("the year", "DATE", "2025")]),
        (
            "The year began with a storm on January 3.",
            [("The year", "DATE", "2025"), ("January 3", "DATE", "2025-01-03")],
        ),
        # a week starting on a day stays a week of the calendar
        (
            "Duties stay unchanged for the week starting March 3.",
            [("the week", "DATE", "2025-W10"), ("March 3", "DATE", "2025-03-03")],
        ),
    ],
)
def test_a_year_from_a_day_is_a_length(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event awaited lies after the wait, whatever the tense (Tuesday's story)
        ("Shares rose ahead of a meeting on Thursday.", [("Thursday", "DATE", "2025-03-06")]),
        (
            "Dealers said the market was waiting for a meeting on Thursday.",
            [("Thursday", "DATE", "2025-03-06")],
        ),
        (
            "Ministers said they were preparing for talks on Thursday.",
            [("Thursday", "DATE", "2025-03-06")],
        ),
        (
            "Traders awaited the central bank's meeting on Thursday.",
            [("Thursday", "DATE", "2025-03-06")],
        ),
        # a verb inside the noun phrase dates it: the event is a past one
        (
            "Shares rose ahead of a meeting that ended on Thursday.",
            [("Thursday", "DATE", "2025-02-27")],
        ),
        # no wait: a past verb keeps the past day
        ("The board met on Thursday and approved the deal.", [("Thursday", "DATE", "2025-02-27")]),
        ("Shares rose after a meeting on Thursday.", [("Thursday", "DATE", "2025-02-27")]),
    ],
)
def test_an_awaited_event_on_a_weekday_lies_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
