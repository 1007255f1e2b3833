"""Issue 19, sixth round: classes read from the development sets' errors and a diff over
unannotated wire copy, checked on invented sentences (none is taken from a corpus). The
publication date is Thursday 2011-03-17 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-03-17"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of the clause is further back than the nearest words: a closing "X said"
        # dates the report, not the clause, so the clause's own verb still decides
        (
            "The utility would give the spare power back to the grid operator of the "
            "neighbouring province in kind in May, the minister said.",
            [("May", "DATE", "2011-05")],
        ),
        (
            "The port authority will open a second terminal for container traffic with the new "
            "cranes on Monday, a spokesman said.",
            [("Monday", "DATE", "2011-03-21")],
        ),
        (
            "The airline may be hiring extra pilots and cabin crews because of the prospect of "
            "a new route to the coast in September, analysts said.",
            [("September", "DATE", "2011-09")],
        ),
        # a past verb far back keeps the date behind
        (
            "The regional council approved the new budget for the coming financial year at its "
            "meeting in January, officials said.",
            # (the financial year is found since issue 19's seventh round)
            [("the coming financial year", "DATE", "2012"), ("January", "DATE", "2011-01")],
        ),
        # the report's own time, not an attribution at the end: the reporting verb decides
        (
            "In February, the company said it was in talks with buyers.",
            [("February", "DATE", "2011-02")],
        ),
        # a month's own figure is out already, whatever the forecast further back
        (
            "Fares are expected to ease for most travellers on the longer coastal routes after "
            "January's steep rise, the regulator said.",
            [("January", "DATE", "2011-01")],
        ),
        # no verb at all in the clause: no tense, the nearest date (here, ahead)
        (
            "Two cargoes for loading in April and June, brokers said.",
            [("April", "DATE", "2011-04"), ("June", "DATE", "2011-06")],
        ),
    ],
)  # fmt: skip
def test_a_closing_attribution_leaves_the_tense_to_the_clause(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one expression, the unit before (after) publication's, as "last year" alone
        ("Sales rose 5% from this time last year.", [("this time last year", "DATE", "2010")]),
        (
            "At the same time last year, ticket prices stood at $7.",
            [("the same time last year", "DATE", "2010")],
        ),
        (
            "By this time next year the new plant will be open.",
            [("this time next year", "DATE", "2012")],
        ),
        ("This time last week, he was in Paris.", [("This time last week", "DATE", "2011-W10")]),
        (
            "This time last month the index stood at 900.",
            [("This time last month", "DATE", "2011-02")],
        ),
        # "this time" is now: a quarter under discussion does not move it
        (
            "Third-quarter profit rose 5% from this time last year.",
            [("Third-quarter", "DATE", "2010-Q3"), ("this time last year", "DATE", "2010")],
        ),
        # the time of year of the writing: PRESENT_REF (the lead's decision 5 on round sixty's
        # list; untagged before 0.9.49)
        ("At this time of year, traffic is heavy.", [("this time of year", "DATE", "PRESENT_REF")]),
    ],
)  # fmt: skip
def test_this_time_last_year(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a split year (a season, a crop or fiscal year across two calendar years): one DATE,
        # valued by its first year (issue 19's ninth round; the sixth round gave each end its
        # own DATE)
        ("He scored 20 goals in the 2009-10 season.", [("2009-10", "DATE", "2009")]),
        ("Output in the 1999/00 crop year fell.", [("1999/00", "DATE", "1999")]),
        # "a year earlier" counts from its first year, as from the year alone
        (
            "Exports in 2009/10 rose from a year earlier.",
            [("2009/10", "DATE", "2009"), ("a year earlier", "DATE", "2008")],
        ),
        # not the next year, or an amount: no split year
        ("In 2009-12 the firm grew.", []),
        ("Sales of 2009-10 units rose.", []),
        ("It cost $2009-10.", []),
    ],
)  # fmt: skip
def test_a_split_year_is_one_date(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the fall" as a decline, as business news writes it most often: no season
        ("Despite the fall, sales rose.", []),
        ("The fall in prices hurt farmers.", []),
        ("The fall of the peso helped exporters.", []),
        ("Prices rebounded after the fall.", []),
        ("The fall was steep, dealers said.", []),
        # the season: a preposition of time, another season beside it, a year or a relative
        ("Elections are due in the fall.", [("the fall", "DATE", "2011-FA")]),
        ("By the fall, the plant will be open.", [("the fall", "DATE", "2011-FA")]),
        (
            "Demand will rise over the fall and winter.",
            [("the fall", "DATE", "2011-FA"), ("winter", "DATE", "2011-WI")],
        ),
        ("It will be completed in the fall of 2012.", [("the fall of 2012", "DATE", "2012-FA")]),
        ("He will retire this fall.", [("this fall", "DATE", "2011-FA")]),
    ],
)  # fmt: skip
def test_the_fall_of_prices_is_no_season(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month in words, as broadcast transcripts write it (before: the month)
        (
            "The summit opens on Sunday, March twentieth.",
            [("Sunday, March twentieth", "DATE", "2011-03-20")],
        ),
        ("The vote is on the eighth of April.", [("the eighth of April", "DATE", "2011-04-08")]),
        ("He arrived on March the second.", [("March the second", "DATE", "2011-03-02")]),
        ("Talks resume on April twenty-first.", [("April twenty-first", "DATE", "2011-04-21")]),
        ("On June first, the law takes effect.", [("June first", "DATE", "2011-06-01")]),
        # the ordinal of something else, or the verb "may"
        ("He may first consult his lawyer.", []),
        ("The March first round went badly.", [("March", "DATE", "2011-03")]),
        ("In June the first of the new stores opened.", [("June", "DATE", "2010-06")]),
        (
            "Sales peaked in the July to September third quarter.",
            [("July", "DATE", "2010-07"), ("September", "DATE", "2010-09"),
             ("third quarter", "DATE", "2010-Q3")],
        ),
    ],
)  # fmt: skip
def test_a_day_of_the_month_in_words(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "high noon" is a showdown, not twelve o'clock
        ("For the party, high noon comes today.", [("today", "DATE", "2011-03-17")]),
        ("It was High Noon for the bank's board.", []),
        ("The deadline is noon today.", [("noon today", "TIME", "2011-03-17T12:00")]),
    ],
)
def test_high_noon_is_an_idiom(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare season before a crop names the crop's kind
        ("Winter wheat conditions improved, the ministry said.", []),
        ("Farmers planted more spring barley and summer crops.", []),
        # the season itself stays
        ("The crop was sown in the winter.", [("the winter", "DATE", "2011-WI")]),
        ("Winter weather slowed shipments.", [("Winter", "DATE", "2011-WI")]),
    ],
)
def test_winter_wheat_is_a_crop(found, text: str, expected) -> None:
    assert found(text) == expected
