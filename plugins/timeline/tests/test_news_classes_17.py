"""Issue 19, seventeenth round: a hyphenated length before a noun, "Today" and "Overnight" as
names, lists of alternatives, "May" joined to a month, and the split years left as they are.
Every sentence is invented (none follows a corpus sentence). The publication date is Wednesday
2026-03-11 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-03-11"
PUBLISHED = WEDNESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated length before a noun is the term of the thing named, no time ahead
        (
            "The lender will earn 4.2 percent in 45-day swap lines.",
            [("45-day", "DURATION", "P45D")],
        ),
        (
            "Savers would get more in 10-year notes than in cash.",
            [("10-year", "DURATION", "P10Y")],
        ),
        # negative: "in" and a count in a future clause is still that far ahead
        ("The ferry will sail again in 45 days.", [("45 days", "DATE", "2026-04-25")]),
        ("The mayor will decide in two weeks.", [("two weeks", "DATE", "2026-W13")]),
    ],
)
def test_a_hyphenated_length_before_a_noun_is_a_length(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital "Today" after an article, a word in lower case or a hyphen is a name
        ("The farmer told the Today show about the drought.", []),
        ("A survey printed in Today found the mayor ahead.", []),
        ("The Today programme ran the interview twice.", []),
        ("The minister spoke on ABC-Today about the budget.", []),
        ("A survey in the\nToday paper put the mayor ahead.", []),  # a wrapped line
        ("The ferry stopped.\nToday it sails.", [("Today", "DATE", "2026-03-11")]),
        # negative: the deictic opening a sentence, a quotation or a clause after a colon
        ("Today, the ferry resumed sailing.", [("Today", "DATE", "2026-03-11")]),
        (
            'The ferry stopped. "Today we rest," the captain said.',
            [("Today", "DATE", "2026-03-11")],
        ),
        ("The captain had one message: Today we rest.", [("Today", "DATE", "2026-03-11")]),
    ],
)
def test_a_capital_today_inside_a_sentence_names_something(
    found, text: str, expected: list
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "overnight" naming a rate, a deposit or a service: no night
        ("Overnight fed funds changed hands at 5-1/4 percent.", []),
        ("The overnight rose to 9 percent from 8 percent.", []),
        ("An overnight courier carried the ballots.", []),
        # negative: a night past
        ("Rebels shelled the port overnight.", [("overnight", "TIME", "2026-03-10TNI")]),
        (
            "Grain shares slid after an overnight fall in Chicago.",
            [("overnight", "TIME", "2026-03-10TNI")],
        ),
    ],
)
def test_overnight_as_a_rate_or_a_service_is_no_time(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of alternatives is no range: the last count names its own length
        (
            "The council leases the stalls for one, three or six months.",
            [("six months", "DURATION", "P6M")],
        ),
        ("Buyers chose 30, 60 or 90 day credit.", [("90 day", "DURATION", "P90D")]),
        ("The pool sells two- or five-day passes.", [("five-day", "DURATION", "P5D")]),
        # negative: a range of counts still leaves its count open
        ("The repair took two or three weeks.", [("two or three weeks", "DURATION", "PXW")]),
        ("Crews need a two- to four-day window.", [("two- to four-day", "DURATION", "PXD")]),
        (
            "In 2024, two or three days later, the dam held.",
            [("2024", "DATE", "2024"), ("two or three days", "DURATION", "PXD")],
        ),
    ],
)
def test_a_list_of_alternatives_is_no_range(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "May" joined to a month before it is the month, and no modal for the clause's tense
        (
            "Between March and May the lake flooded twice.",
            [("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")],
        ),
        (
            "From March to May, the lake stayed high.",
            [("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")],
        ),
        ("Rains fell in April or May.", [("April", "DATE", "2026-04"), ("May", "DATE", "2026-05")]),
        # negative: the modal after a month stays a modal
        ("The lake in March may flood.", [("March", "DATE", "2027-03")]),
    ],
)
def test_may_joined_to_a_month_is_the_month(found, text: str, expected: list) -> None:
    # written in July: the months named lie behind, unless a modal looks ahead
    assert found(text, published="2026-07-01") == expected


def test_a_split_year_keeps_its_first_year(found) -> None:
    # the corpora's convention (round nine): one DATE, valued by the year it opens with
    assert found("The 2024/25 olive harvest beat the 2023/24 one.") == [
        ("2024/25", "DATE", "2024"),
        ("2023/24", "DATE", "2023"),
    ]
