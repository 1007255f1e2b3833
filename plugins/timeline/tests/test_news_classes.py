"""The error classes of issue 19 (news the rules had never seen), one invented sentence each.

Every sentence is written for the test (none is taken from an annotated corpus); each class
follows the TimeML 1.2.1 / TIMEX3 guidelines as ``docs/plugins/timeline.md`` argues it. The
publication date is Thursday 2011-10-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

THURSDAY = "2011-10-20"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue rose 8 percent from the same period last year.",
            [("the same period last year", "DATE", "2010-Q3")],
        ),
        (
            "Third-quarter sales grew 5 percent from the same quarter a year earlier.",
            [("Third-quarter", "DATE", "2011-Q3"),
             ("the same quarter a year earlier", "DATE", "2010-Q3")],
        ),
        (
            "In September, exports rose 4 percent from the same month last year.",
            [("September", "DATE", "2011-09"), ("the same month last year", "DATE", "2010-09")],
        ),
        (
            "The second quarter of 1998 was weak; the same period in 1997 was strong.",
            [("The second quarter of 1998", "DATE", "1998-Q2"),
             ("the same period in 1997", "DATE", "1997-Q2")],
        ),
        ("Earnings beat last year's quarter.", [("last year's quarter", "DATE", "2010-Q3")]),
    ],
)  # fmt: skip
def test_the_same_period_last_year_is_one_expression_of_the_compared_period(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose in the final quarter of 2009.",
         ("the final quarter of 2009", "DATE", "2009-Q4")),
        ("Sales slowed in the last half of 2008.", ("the last half of 2008", "DATE", "2008-H2")),
        ("Sales slowed in the last quarter.", ("the last quarter", "DATE", "2011-Q3")),
    ],
)  # fmt: skip
def test_the_final_quarter_of_a_year_is_its_fourth(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on Wednesday 2012-02-08
        ("The offer runs until Friday.", "2012-02-10"),
        ("Voting continues until Monday.", "2012-02-13"),
        ("Officials hope to finish the count by Friday.", "2012-02-10"),
        # a past verb has reached the limit: the day before publication
        ("The strike lasted until Monday.", "2012-02-06"),
        ("By Friday, the death toll had risen to 40.", "2012-02-03"),
    ],
)
def test_a_weekday_after_until_or_by_looks_ahead_unless_the_clause_is_past(
    found, text: str, expected: str
) -> None:
    assert [v for _, _, v in found(text, "2012-02-08")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band was popular in the 80s.", [("the 80s", "DATE", "198")]),
        ("Sales peaked in the late 90s.", [("the late 90s", "DATE", "199")]),
        ("He joined the firm in '82.", [("'82", "DATE", "1982")]),
        ("They met in the summer of '82.", [("the summer of '82", "DATE", "1982-SU")]),
        ("The plant ran from '98 to '02.", [("'98", "DATE", "1998"), ("'02", "DATE", "2002")]),
        # no decade: a temperature, and a quotation mark before a count
        ("Temperatures were in the 80s.", []),
        ("'82 people were hurt,' she said.", []),
    ],
)
def test_decades_and_years_written_short(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit doubled over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("The tunnel took two decades to build.", ("two decades", "DURATION", "P20Y")),
        ("The feud went on for decades.", ("decades", "DURATION", "PXY")),
        ("Prices rose for the entire year.", ("the entire year", "DATE", "2011")),
        ("Shops stayed shut for the whole month.", ("the whole month", "DATE", "2011-10")),
        ("Prices rose steadily over the entire year.", ("the entire year", "DURATION", "P1Y")),
    ],
)
def test_date_or_duration_by_what_the_phrase_denotes(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ban stays for the time being.", [("the time being", "DATE", "PRESENT_REF")]),
        ("The minister will decide at a later date.", [("a later date", "DATE", "FUTURE_REF")]),
        ("At that time, the firm had 40 staff.", [("that time", "DATE", "PAST_REF")]),
        ("He was at the time a student.", []),  # an idiom for "then", as "later" is
        ("Reviews will follow, and at that time the board will vote.",
         [("that time", "DATE", "FUTURE_REF")]),
        # an event names the time: no expression of its own
        ("The roads close at that time of night.", []),
        ("At the same time, prices fell.", []),
    ],
)  # fmt: skip
def test_vague_times_of_the_guidelines(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares closed the day up 2 percent.", [("the day", "DATE", "2011-10-20")]),
        ("The Dow fell 3 percent on the day.", [("the day", "DATE", "2011-10-20")]),
        (
            "On Tuesday the index fell 40 points on the day, then rallied late in the day.",
            [("Tuesday", "DATE", "2011-10-18"), ("the day", "DATE", "2011-10-18"),
             ("late in the day", "DATE", "2011-10-18")],
        ),
        # no market move, or the idiom of a late stage: no day
        ("Schools were shut for the day.", []),
        ("It is rather late in the day to change course.", []),
        ("Late in the day, the rebels entered the town.", []),  # no market: a stage as often
        ("He died on the day of the attack.", []),
    ],
)  # fmt: skip
def test_the_day_of_a_market_report(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_late_in_the_day_ends_the_day() -> None:
    (row,) = extract_text("Late in the day, the index recovered.", THURSDAY, strict=True)
    assert (row["value"], row["mod"]) == ("2011-10-20", "END")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # (issue 19, eleventh round: a day named after one event is that day, no weekday)
        ("Markets recalled Black Monday.", THURSDAY,
         [("Black Monday", "DATE", "1987-10-19")]),
        ("Marchers remembered Bloody Sunday.", THURSDAY, []),
        ("Retailers expect record sales on Cyber Monday.", THURSDAY,
         [("Cyber Monday", "DATE", "2011-11-28")]),
        ("Shops will open early on Black Friday.", THURSDAY,
         [("Black Friday", "DATE", "2011-11-25")]),
        ("Candidates will campaign until Super Tuesday.", "2020-02-20",
         [("Super Tuesday", "DATE", "2020-03-03")]),
        ("Pilgrims gathered on Palm Sunday.", "2011-05-02",
         [("Palm Sunday", "DATE", "2011-04-17")]),
    ],
)  # fmt: skip
def test_a_named_day_is_not_its_weekday(
    found, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


def test_single_day_is_a_length_like_one_day(found) -> None:
    assert found("It was the largest single-day drop in a decade.") == [
        ("single-day", "DURATION", "P1D"),
        ("a decade", "DURATION", "P10Y"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on Saturday 2011-03-12: the clock time is on the day written after it
        ("The quake struck at 05:46 UTC on 11 March.",
         [("05:46 UTC on 11 March", "TIME", "2011-03-11T05:46")]),
        ("The probe landed at 08:00 UTC on March 5, 2010.",
         [("08:00 UTC on March 5, 2010", "TIME", "2010-03-05T08:00")]),
        ("It struck at 2:46 p.m. JST (0546 UTC) on Friday.",
         [("2:46 p.m. JST", "TIME", "2011-03-11T14:46"), ("0546 UTC", "TIME", "2011-03-11T05:46"),
          ("Friday", "DATE", "2011-03-11")]),
    ],
)  # fmt: skip
def test_a_utc_clock_time_takes_the_day_written_with_it(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, "2011-03-12") == expected


def test_a_plan_for_a_weekday_looks_ahead(found) -> None:
    # published on Friday 2000-01-07: the planned march is the coming Saturday
    text = "Unions planned a large march in the capital on Saturday."
    assert found(text, "2000-01-07") == [("Saturday", "DATE", "2000-01-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jet enters service in mid\u20132011.", ("mid\u20132011", "DATE", "2011", "MID")),
        ("Sales will recover by midyear.", ("midyear", "DATE", "2011", "MID")),
        ("Sales will recover by mid-year.", ("mid-year", "DATE", "2011", "MID")),
    ],
)
def test_the_middle_of_a_year(text: str, expected: tuple[str, str, str, str]) -> None:
    rows = extract_text(text, THURSDAY, strict=True)
    assert [(r["text"], r["type"], r["value"], r["mod"]) for r in rows] == [expected]
