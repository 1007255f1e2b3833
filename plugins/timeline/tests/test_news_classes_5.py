"""Issue 19, fifth round: classes read from the development sets' errors and checked on
invented sentences (none is taken from an annotated corpus). The publication date is Thursday
2011-10-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-10-20"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural unit measuring the noun after "of" is a length of no said count
        ("Months of talks ended in failure.", [("Months", "DURATION", "PXM")]),
        ("Weeks of haggling produced a truce.", [("Weeks", "DURATION", "PXW")]),
        ("Decades of conflict have left their mark.", [("Decades", "DURATION", "PXY")]),
        ("Hours of questioning followed.", [("Hours", "DURATION", "PTXH")]),
        # with two units the first one says it, as after "within"
        ("The pact died within weeks or months of signing.", [("weeks", "DURATION", "PXW")]),
        # a calendar's units, an age and a title are no length
        ("The film Days of Thunder was a hit.", []),
        ("Children under five years of age were tested.", []),
    ],
)  # fmt: skip
def test_a_plural_unit_of_something_is_a_length(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade in words takes its modifier, as "the late 1980s" does
        ("He lived there in the late eighties.", [("the late eighties", "DATE", "198")]),
        ("The band formed in the early nineties.", [("the early nineties", "DATE", "199")]),
        ("The firm was founded in the mid-seventies.", [("the mid-seventies", "DATE", "197")]),
        # an age or a temperature is no decade
        ("She is in her late twenties.", []),
        ("Temperatures will be in the mid-twenties.", []),
    ],
)  # fmt: skip
def test_a_decade_in_words_with_its_modifier(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in words before its noun makes a rate, as "700 seats a week" does
        ("The airline runs four flights a week.", [("a week", "SET", "P1W")]),
        ("The ferry makes two trips a day.", [("a day", "SET", "P1D")]),
        # a verb between the count and "a week" makes it a length again, in figures too
        ("The two men spent a week in jail.", [("a week", "DURATION", "P1W")]),
        ("Some 500 workers spent a week on strike.", [("a week", "DURATION", "P1W")]),
    ],
)  # fmt: skip
def test_a_count_in_words_makes_a_rate(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an edge of the decade or century is a DATE of the current one, with its mod
        ("The tunnel ought to be finished before the end of the decade.",
         [("the end of the decade", "DATE", "201")]),
        ("Prices rose at the start of the century.", [("the start of the century", "DATE", "20")]),
        # in a past clause an edge still ahead of publication is the previous one's
        ("He was born at the end of the century.", [("the end of the century", "DATE", "19")]),
        # without an edge the decade names no time
        ("It was the best film of the decade.", []),
    ],
)  # fmt: skip
def test_the_edge_of_the_decade(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # half an hour written as one adjective or noun is thirty minutes
        ("The meeting lasted a half-hour.", [("half-hour", "DURATION", "PT30M")]),
        ("A half-hour later, police arrived.", [("half-hour later", "DURATION", "PT30M")]),
        ("He spoke for half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ],
)  # fmt: skip
def test_a_half_hour(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a range of months with no year is one stretch, placed as a whole by the clause
        ("The report covers the period from January to June.", "1998-10-22",
         [("January", "DATE", "1998-01"), ("June", "DATE", "1998-06")]),
        ("Sales fell from November to February.", "1998-10-22",
         [("November", "DATE", "1997-11"), ("February", "DATE", "1998-02")]),
        ("The exhibition runs from December to March.", "1998-10-22",
         [("December", "DATE", "1998-12"), ("March", "DATE", "1999-03")]),
    ],
)  # fmt: skip
def test_a_range_of_months_without_a_year(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earliest time something may happen lies ahead, whatever the verb
        ("A decision is expected as soon as Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("A ruling was expected as early as Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("The plant could reopen as early as Jan. 5.", [("Jan. 5", "DATE", "2012-01-05")]),
        # "as recently as" looks back
        ("Prices were that high as recently as Monday.",
         [("recently", "DATE", "PAST_REF"), ("Monday", "DATE", "2011-10-17")]),
    ],
)  # fmt: skip
def test_as_early_as_a_day_looks_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast in the present looks ahead, as "is expected to" does
        ("A verdict is expected Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("A decision is expected on Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("A verdict was expected Monday.", [("Monday", "DATE", "2011-10-17")]),
        # "ahead of" a day in a present clause: the day lies after it
        ("Ahead of Sunday's vote, tensions are rising.", [("Sunday", "DATE", "2011-10-23")]),
        ("Ahead of Sunday's vote, tensions rose.", [("Sunday", "DATE", "2011-10-16")]),
    ],
)  # fmt: skip
def test_an_expected_day_looks_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two units from publication, one expression
        ("It happened the week before last.", [("the week before last", "DATE", "2011-W40")]),
        ("The vote is the week after next.", [("the week after next", "DATE", "2011-W44")]),
        ("The ban ends the year after next.", [("the year after next", "DATE", "2013")]),
        # a quarter code's span stops at the code when no year follows
        ("The Q3 results beat forecasts.", [("Q3", "DATE", "2011-Q3")]),
    ],
)  # fmt: skip
def test_the_week_before_last(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the Fourth of July is a holiday with its date, not the month of July
        ("The Fourth of July parade drew crowds.", "1998-10-22",
         [("Fourth of July", "DATE", "1998-07-04")]),
        ("Fireworks lit the sky on July Fourth.", "1998-10-22",
         [("July Fourth", "DATE", "1998-07-04")]),
        # a half or a quarter of a match report is no half year
        ("He scored twice in the second half.", "1998-10-22", []),
        ("The Lakers led by ten in the fourth quarter before a late three-pointer.",
         "1998-10-22", []),
        ("Profit rose in the second half.", "1998-10-22",
         [("the second half", "DATE", "1998-H2")]),
        ("The firm met its goals and saw a rebound in the fourth quarter.", "1998-10-22",
         [("the fourth quarter", "DATE", "1998-Q4")]),
        # a war's name holds no length
        ("The Six-Day War began in 1967.", "1998-10-22", [("1967", "DATE", "1967")]),
        ("The war lasted six days.", "1998-10-22", [("six days", "DURATION", "P6D")]),
    ],
)  # fmt: skip
def test_names_and_match_reports(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read on a diff of unannotated wire copy: a hyphenated length or a preposition after
        # the count is no rate, an amount before "an hour" still is
        ("Gold stood 20 dollars below a five-year low.",
         [("five-year", "DURATION", "P5Y")]),
        ("Imports were limited to 40,000 bales for a year.", [("a year", "DURATION", "P1Y")]),
        ("Cleaners earn 12 euros an hour.", [("an hour", "SET", "PT1H")]),
        # a measure or a contract month before "of" is no length
        ("The dam supplies 3 billion kilowatt-hours of electricity.", []),
        ("The mine will provide 400 person years of work.", []),
    ],
)  # fmt: skip
def test_rates_and_lengths_read_on_wire_copy(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_month_range_takes_the_future_of_either_end(found) -> None:
    text = "Traders said shipments from May through July could top two million tonnes."
    assert found(text, "1987-03-10") == [("May", "DATE", "1987-05"), ("July", "DATE", "1987-07")]


def test_scores_of_is_no_match_report(found) -> None:
    # "scores of" counts, it reports no match: the quarter stays a date
    text = "Scores of retailers cut jobs in the fourth quarter."
    assert found(text, "1998-10-22") == [("the fourth quarter", "DATE", "1998-Q4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruling or a release on the calendar, in the simple present, looks ahead
        ("The court rules on the appeal Friday.", [("Friday", "DATE", "2011-10-21")]),
        ("The agency releases the figures on Monday.", [("Monday", "DATE", "2011-10-24")]),
        ("He testifies before Congress on Tuesday.", [("Tuesday", "DATE", "2011-10-25")]),
        # the noun after a possessive, and a habit, are no schedule
        ("The union said its rules for strike Friday bar overtime.",
         [("Friday", "DATE", "2011-10-14")]),
        ("The ministry usually publishes the list on Monday.", [("Monday", "DATE", "2011-10-17")]),
    ],
)  # fmt: skip
def test_a_ruling_or_release_on_the_calendar(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
