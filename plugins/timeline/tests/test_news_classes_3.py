"""Issue 19, third round: classes read from TimeBank's and AQUAINT-dev's errors, one invented
sentence each (none is taken from an annotated corpus). The publication date is Thursday
2011-10-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-10-20"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two quarters of a named year are its half: one DATE, as "the first half of 2012" is
        ("Sales should stay flat through the first two quarters of 2012.",
         [("the first two quarters of 2012", "DATE", "2012-H1")]),
        ("Margins widened in the last two quarters of last year.",
         [("the last two quarters of last year", "DATE", "2010-H2")]),
        ("Margins widened in the last two quarters of last year.", None),
        # without a year the count of quarters stays a length
        ("Margins widened in the first two quarters.",
         [("the first two quarters", "DURATION", "P2Q")]),
    ],
)  # fmt: skip
def test_two_quarters_of_a_year_are_its_half(
    found, text: str, expected: list[tuple[str, str, str]] | None
) -> None:
    if expected is None:  # no publication date: the half stays, the year is unknown
        assert found(text, None) == [("the last two quarters of last year", "DATE", "XXXX-H2")]
    else:
        assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelled count of hundreds or thousands is one number, as "2,000 years" is
        ("The monastery has brewed beer for more than two thousand years.",
         [("more than two thousand years", "DURATION", "P2000Y")]),
        ("The canal was dug three hundred years ago.",
         [("three hundred years ago", "DATE", "1711")]),
        ("The drought lasted a hundred days.", [("a hundred days", "DURATION", "P100D")]),
        # an age, or a count of people, stays no time
        ("The oak is two hundred years old.", []),
        ("Two thousand workers walked out.", []),
    ],
)  # fmt: skip
def test_spelled_hundreds_and_thousands_count_a_length(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today's" of an age or a people is the present at large (the guidelines' generic
        # "today"); "tomorrow's" of them the future at large, no TIMEX3 (the lead's decision 1
        # on round sixty-four's questions); of an edition or a vote it stays the day
        ("Few teenagers in today's world write letters.", [("today", "DATE", "PRESENT_REF")]),
        ("Most of today's home computers run on batteries.",
         [("today", "DATE", "PRESENT_REF")]),
        ("The school says it trains tomorrow's leaders.", []),
        ("The notice ran in today's editions.", [("today", "DATE", "2011-10-20")]),
        ("Tomorrow's ballot is expected to be close.", [("Tomorrow", "DATE", "2011-10-21")]),
        # "his day in court" is the idiom, no length; "a day in court" is one
        ("The tenant says he wants his day in court.", []),
        ("The tenant spent a day in court.", [("a day", "DURATION", "P1D")]),
    ],
)  # fmt: skip
def test_generic_today_and_the_day_in_court_idiom(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "set" is a past (and bare) form like "hit": "set Friday as the deadline" written on
        # a Thursday is the Friday before; "is set for", "will set", "to set" look ahead
        ("The regulator set Friday as the deadline for bids.",
         [("Friday", "DATE", "2011-10-14")]),
        ("The hearing is set for Friday.", [("Friday", "DATE", "2011-10-21")]),
        ("The bank will set its rate on Friday.", [("Friday", "DATE", "2011-10-21")]),
        ("The union plans to set a strike date on Friday.", [("Friday", "DATE", "2011-10-21")]),
    ],
)  # fmt: skip
def test_set_is_a_past_form_unless_scheduled(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporter's failed attempt negated by its subject is a past moment, as "could not
        # be reached" is; a positive "could be reached", or another verb after "be found",
        # keeps the modal's future
        ("Neither the mayor nor his aides could be located Wednesday in the capital.",
         [("Wednesday", "DATE", "2011-10-19")]),
        ("No one at the mill could be reached for comment on Wednesday.",
         [("Wednesday", "DATE", "2011-10-19")]),
        ("The mayor could be reached on Wednesday.", [("Wednesday", "DATE", "2011-10-26")]),
        ("Neither side said whether a venue could be found to hold talks on Wednesday.",
         [("Wednesday", "DATE", "2011-10-26")]),
    ],
)  # fmt: skip
def test_a_negated_subject_makes_the_attempt_past(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
