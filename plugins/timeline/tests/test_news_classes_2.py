"""Issue 19, second round: error classes of news the rules had never seen, one invented
sentence each (none is taken from an annotated corpus). The publication date is Thursday
2011-10-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

THURSDAY = "2011-10-20"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare form of an irregular verb ("hit", "set", "cut") after a modal or "to" is no
        # past: the modal, or the verb governing the infinitive, decides
        ("The storm is expected to hit the coast on Friday.", [("Friday", "DATE", "2011-10-21")]),
        ("The storm will hit the coast on Friday morning.",
         [("Friday morning", "TIME", "2011-10-21TMO")]),
        ("The typhoon is due to hit land on Saturday.", [("Saturday", "DATE", "2011-10-22")]),
        # a past verb still reads as past
        ("The storm hit the coast on Friday.", [("Friday", "DATE", "2011-10-14")]),
        ("He went to see the minister on Monday.", [("Monday", "DATE", "2011-10-17")]),
    ],
)  # fmt: skip
def test_a_bare_verb_after_a_modal_or_to_looks_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell 3% on the day.", [("the day", "DATE", "2011-10-20")]),
        ("The stock rose 2.5% on the day, traders said.", [("the day", "DATE", "2011-10-20")]),
        ("He scored 3% on the day of the test.", []),
    ],
)
def test_a_percent_sign_is_a_market_move(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural's "'s" is the decade's, not a possessive to cut off
        ("Cars of the 1980's were boxy.", [("the 1980's", "DATE", "198")]),
        # the modifier's article may stand before the decade too: one expression, mod END
        ("Sales were flat in the last half of the '80s.",
         [("the last half of the '80s", "DATE", "198")]),
        ("Temperatures were in the 80s.", []),
    ],
)  # fmt: skip
def test_decades_written_with_an_apostrophe(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_the_last_half_of_a_decade_ends_it() -> None:
    (row,) = extract_text("Sales were flat in the last half of the '80s.", THURSDAY, strict=True)
    assert row["mod"] == "END"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mine closed in Sept. '82.", [("Sept. '82", "DATE", "1982-09")]),
        ("The June '09 vote was disputed.", [("June '09", "DATE", "2009-06")]),
        ("Output rose in May '15 by 3 percent.", [("May '15", "DATE", "2015-05")]),
    ],
)
def test_a_month_with_a_two_digit_year(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft sold Windows 2000 and Office 2007 licences.", []),
        ("Gamers bought Football Manager 2005 in droves.", []),
        # an event's or a law's year dates it, as TimeBank annotates the Act "of 1989"
        ("Fans travelled to the Euro 2012 finals.", [("2012", "DATE", "2012")]),
        ("He was held under the Terrorism Act 2000.", [("2000", "DATE", "2000")]),
        ("He joined a venture called Orion 1980.", []),
        # a month, a season, a holiday or a preposition before it: a date
        ("Shops were busy at Christmas 2008.", [("Christmas 2008", "DATE", "2008-12-25")]),
        ("The plant opened in Summer 2001.", [("Summer 2001", "DATE", "2001-SU")]),
        ("Sales Rose Sharply In 2009", [("2009", "DATE", "2009")]),
    ],
)
def test_a_year_inside_a_name_is_no_date(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on Sunday 2009-06-14: news writes a schedule in the simple present
        ("The new phone goes on sale on Friday.", [("Friday", "DATE", "2009-06-19")]),
        ("The law takes effect on Monday.", [("Monday", "DATE", "2009-06-15")]),
        ("The rule comes into force on Wednesday.", [("Wednesday", "DATE", "2009-06-17")]),
        ("The festival kicks off on Friday.", [("Friday", "DATE", "2009-06-19")]),
        ("The phone went on sale on Friday.", [("Friday", "DATE", "2009-06-12")]),
    ],
)
def test_a_schedule_in_the_present_looks_ahead(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, "2009-06-14") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # results follow the quarter's end: in January, fourth-quarter results are last year's
        ("The bank will report fourth-quarter results on Tuesday.", "2011-01-13",
         [("fourth-quarter", "DATE", "2010-Q4"), ("Tuesday", "DATE", "2011-01-18")]),
        ("It will publish earnings for the fourth quarter soon.", "2011-01-13",
         [("the fourth quarter", "DATE", "2010-Q4"), ("soon", "DATE", "FUTURE_REF")]),
        # a quarter already over this year stays this year's
        ("The bank will report third-quarter results on Tuesday.", "2011-10-20",
         [("third-quarter", "DATE", "2011-Q3"), ("Tuesday", "DATE", "2011-10-25")]),
        # no results: a future quarter not begun is this year's
        ("The bank expects to return to profit in the fourth quarter.", "2011-01-13",
         [("the fourth quarter", "DATE", "2011-Q4")]),
    ],
)  # fmt: skip
def test_a_quarter_reported_after_the_turn_of_the_year(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Airport security has tightened since 9/11.", "2010-09-10",
         [("9/11", "DATE", "2001-09-11")]),
        ("It was a post-9/11 reform.", "2010-09-10", [("9/11", "DATE", "2001-09-11")]),
        ("The Sept. 11 attacks changed aviation.", "2010-09-10",
         [("Sept. 11", "DATE", "2001-09-11")]),
        ("Memorials recalled the attacks of September 11.", "2010-09-10",
         [("September 11", "DATE", "2001-09-11")]),
        # a plain Sept. 11, or any of them before the attacks: the coming one
        ("The board meets on Sept. 11.", "2010-09-10", [("Sept. 11", "DATE", "2010-09-11")]),
        ("The board meets on 9/11.", "2001-09-05", []),
    ],
)  # fmt: skip
def test_the_attacks_of_2001(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on Wednesday 2012-05-16
        ("Voters go to the polls on Sunday.", [("Sunday", "DATE", "2012-05-20")]),
        ("He did not go to work on Monday.", [("Monday", "DATE", "2012-05-14")]),
        # a weekday opening the clause: "is expected to", "is likely to" look ahead
        ("Thursday's vote is expected to be close.", [("Thursday", "DATE", "2012-05-17")]),
        ("Thursday's vote is likely to be close.", [("Thursday", "DATE", "2012-05-17")]),
        ("Monday's ruling was a setback.", [("Monday", "DATE", "2012-05-14")]),
    ],
)
def test_a_weekday_before_an_expected_event(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, "2012-05-16") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce took effect at 0600 local time (0300 GMT).",
         [("0600 local time", "TIME", "2011-10-20T06:00"),
          ("0300 GMT", "TIME", "2011-10-20T03:00")]),
        ("It serves 1500 local time-zone users.", []),
    ],
)  # fmt: skip
def test_a_four_digit_clock_time_in_local_time(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_year_s_possessive_is_no_decade(found) -> None:
    assert found("Exports were the lowest since 1980's 6.2 million tonnes.") == [
        ("1980", "DATE", "1980")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's adjective, a crop year or a table's columns before a year: still a year
        # (a split year is one DATE, valued by its first year, since issue 19's ninth round)
        ("The French 1986/87 barley stocks rose.", [("1986/87", "DATE", "1986")]),
        ("The Soviet 1986 harvest fell.", [("1986", "DATE", "1986")]),
        ("Net income rose, Trust     1987 results.", [("1987", "DATE", "1987")]),
    ],
)
def test_a_year_after_an_adjective_is_a_year(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on Monday 1987-03-16: only last year's final quarter is reported in March;
        # an earlier one reported then is a fiscal quarter, named by its fiscal year
        ("It plans to post a second quarter deficit.", [("second quarter", "DATE", "1987-Q2")]),
        ("The chain will unveil revenue for the fourth quarter ended February 27.",
         [("the fourth quarter", "DATE", "1987-Q4"), ("February 27", "DATE", "1987-02-27")]),
        # "current" before a quarter named by its months: this year's, whatever the tense
        # (one DATE since round 4, which reads the months as the quarter they name)
        ("Steel output should hit its low in the current January-March quarter.",
         [("the current January-March quarter", "DATE", "1987-Q1")]),
    ],
)  # fmt: skip
def test_fiscal_quarters_and_the_current_month(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, "1987-03-16") == expected


def test_the_attacks_are_no_time_under_discussion(found) -> None:
    # the clock time is of the publication day, not of 11 September 2001; a film is a title
    text = "The jet, delayed by the 11 September attacks, was rolled out at 2200 GMT."
    assert found(text, "2005-01-15") == [
        ("the 11 September", "DATE", "2001-09-11"),
        ("2200 GMT", "TIME", "2005-01-15T22:00"),
    ]
    assert found("Michael Moore's Fahrenheit 9/11 won.", "2005-01-15") == []
