"""Issue 19, eighteenth round: a weekday ahead of a past report, a plan as it stood, "the
previous Friday" beside a Friday in focus, the quarter a comparison is made with, a company's
latest period, a month just past under "will", and futures positions named by their month.
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
        # "would" and its own verb: the day lies after the report, the publication day when
        # the report is undated (Tuesday just past is no day still to come)
        (
            "Aides said the envoy would fly to Oslo on Tuesday for the talks.",
            [("Tuesday", "DATE", "2026-03-17")],
        ),
        (
            "Club officials said the coach would sign Tuesday.",
            [("Tuesday", "DATE", "2026-03-17")],
        ),
        # the report dated in the week before publication: the first such day after it
        (
            "The agency said on Monday the storm would reach the coast Tuesday night.",
            [("Monday", "DATE", "2026-03-09"), ("Tuesday night", "TIME", "2026-03-10TNI")],
        ),
        (
            "The cabinet met on Friday. It agreed the curfew would begin on Sunday.",
            [("Friday", "DATE", "2026-03-06"), ("Sunday", "DATE", "2026-03-08")],
        ),
        # negative: a day of another verb or noun after "would" stays the nearest past one
        (
            "Engineers feared the pump would be faulted for the outage on Tuesday.",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        (
            "He said costs would top the budget agreed on Tuesday.",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        # negative: "will" looks ahead from publication, as before
        ("The envoy will fly to Oslo on Tuesday.", [("Tuesday", "DATE", "2026-03-17")]),
    ],
)
def test_a_weekday_ahead_of_a_past_report_follows_the_report(
    found, text: str, expected: list
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        # a plan as it stood ("was set to", "was due to"): the nearest such day, either side
        (
            "The council was set to vote on Wednesday, but the session was called off.",
            [("Wednesday", "DATE", "2026-03-11")],
            "2026-03-08",
        ),
        (
            "The assembly was due to sit on Thursday.",
            [("Thursday", "DATE", "2026-03-12")],
            "2026-03-09",
        ),
        (
            "The museum was expected to reopen Saturday, but repairs ran late.",
            [("Saturday", "DATE", "2026-03-07")],
            "2026-03-09",
        ),
        # negative: a plan that had been made is past
        (
            "The auction had been scheduled to end Friday.",
            [("Friday", "DATE", "2026-03-06")],
            "2026-03-08",
        ),
    ],
)
def test_a_weekday_of_a_plan_as_it_stood_is_the_nearest(
    found, text: str, expected: list, published: str
) -> None:
    assert found(text, published=published) == expected


def test_the_previous_friday_beside_a_friday_in_focus_is_a_week_before(found) -> None:
    text = (
        "Ticket sales slipped on Friday. A storm overnight kept fans home, and sales were "
        "3% under the previous Friday's."
    )
    assert found(text, published="2026-03-09") == [
        ("Friday", "DATE", "2026-03-06"),
        ("overnight", "TIME", "2026-03-08TNI"),
        ("the previous Friday", "DATE", "2026-02-27"),
    ]
    # negative: with no Friday in focus, the Friday before publication
    assert found("Sales were 3% under the previous Friday's.", published="2026-03-09") == [
        ("the previous Friday", "DATE", "2026-03-06")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter ahead (a forecast) is no quarter a later sentence's comparison is made with
        (
            "The miner reported lower third-quarter profit. Analysts see weak prices lasting "
            "into the second quarter of 2026. Profit in the year-ago period was $2 billion.",
            [
                ("third-quarter", "DATE", "2025-Q3"),
                ("the second quarter of 2026", "DATE", "2026-Q2"),
                ("the year-ago period", "DATE", "2024-Q3"),
            ],
        ),
        # negative: within the forecast's own sentence, the comparison is the forecast's
        (
            "The miner expects second-quarter profit of $1, up from 80 cents a year earlier.",
            [("second-quarter", "DATE", "2026-Q2"), ("a year earlier", "DATE", "2025-Q2")],
        ),
    ],
)
def test_a_comparison_is_made_with_the_quarter_reported_on(
    found, text: str, expected: list
) -> None:
    assert found(text, published="2025-10-20") == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        # a company's own quarter (written "fiscal", or reported before its calendar quarter
        # is over) is its latest period
        (
            "The retailer reported lower fourth-quarter earnings. Its revenue for the latest "
            "period grew 5%.",
            [("fourth-quarter", "DATE", "2025-Q4"), ("the latest period", "DATE", "2025-Q4")],
            "2025-11-03",
        ),
        (
            "The group made $5 million in its fiscal second quarter. Revenue in the quarter "
            "grew. A one-off gain helped the latest period.",
            [
                ("fiscal second quarter", "DATE", "2025-Q2"),
                ("the quarter", "DATE", "2025-Q2"),
                ("the latest period", "DATE", "2025-Q2"),
            ],
            "2025-10-20",
        ),
        # negative: after a calendar quarter, "the latest quarter" is the last one completed
        (
            "Profit fell in the second quarter. In the latest quarter it rose.",
            [("the second quarter", "DATE", "2025-Q2"), ("the latest quarter", "DATE", "2025-Q3")],
            "2025-11-03",
        ),
    ],
)
def test_a_companys_latest_period_is_its_own_quarter(
    found, text: str, expected: list, published: str
) -> None:
    assert found(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act's own verb right after "will": a month just past is next year's
        ("The river will flood in May, engineers warned.", [("May", "DATE", "2027-05")]),
        ("The bridge will be finished by April.", [("April", "DATE", "2027-04")]),
        # negative: a reported future ("would") and a past verb keep the nearest month
        ("Engineers said the river would flood in May.", [("May", "DATE", "2026-05")]),
        ("The river flooded in May.", [("May", "DATE", "2026-05")]),
        # negative: the month in progress is this one
        ("The river will flood in June.", [("June", "DATE", "2026-06")]),
    ],
)
def test_a_month_just_past_under_will_is_next_years(found, text: str, expected: list) -> None:
    assert found(text, published="2026-06-17") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a futures position named by its month, the subject of its price: no calendar time
        ("Sugar futures ended mixed. March and October were limit down.", []),
        (
            "Rubber futures firmed. August and September ended four cents up, while October "
            "was two cents higher.",
            [],
        ),
        ("Coffee futures slipped, and July fell 40 points to 1,210.", []),
        # a contract named by its month before its noun, or a traded commodity in futures copy
        ("Bill futures slid, and the August contract ended at 94.10.", []),
        ("September T-bill futures opened lower.", []),
        ("Grain futures were mixed; a dealer bought September corn and new November oats.", []),
        ("Lumber futures fell, and the September and November contracts eased.", []),
        # negative: a commodity's trade figures, or a supply contract, keep their month
        (
            "Grain futures were mixed. January corn exports rose to 2 mln tonnes.",
            [("January", "DATE", "2026-01")],
        ),
        (
            "Under the January contract, the mill takes 400 tonnes of pulp.",
            [("January", "DATE", "2026-01")],
        ),
        # negative: a calendar month as a subject, with no futures market around
        (
            "January and February were the coldest months on record.",
            [("January", "DATE", "2026-01"), ("February", "DATE", "2026-02")],
        ),
        # negative: the months of a figure after "in"
        (
            "Futures traders said sales in March were higher.",
            [("March", "DATE", "2026-03")],
        ),
    ],
)
def test_a_futures_position_named_by_its_month_is_no_date(found, text: str, expected: list) -> None:
    assert found(text, published="2026-04-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute phrase ("with X -ing") shares its main clause's tense
        (
            "The operator said its buses would run from May 4, with a night service "
            "starting for nurses and shift workers at the two city hospitals from September 1.",
            [("May 4", "DATE", "2026-05-04"), ("September 1", "DATE", "2026-09-01")],
        ),
        (
            "Fares rose sharply, with the cheapest ticket selling out on September 1.",
            [("September 1", "DATE", "2025-09-01")],
        ),
        # negative: the absolute's own verb still decides
        (
            "Fares rose, with talks scheduled for Friday.",
            [("Friday", "DATE", "2026-02-13")],
        ),
    ],
)
def test_an_absolute_phrase_shares_its_main_clauses_tense(found, text: str, expected: list) -> None:
    assert found(text, published="2026-02-11") == expected
