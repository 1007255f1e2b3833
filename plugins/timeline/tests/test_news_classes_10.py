"""Issue 19, tenth round: the error classes of the two Reuters-21578 development files (1987
business wire copy), each read against the TimeML / TIMEX3 guidelines and tested on invented
sentences (none follows a corpus sentence). The publication date is Thursday 2011-06-16 unless
a test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-06-16"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monthly figure compared with a year earlier: that month a year back
        (
            "Kayak rentals in May climbed 4 pct from a year earlier.",
            [("May", "DATE", "2011-05"), ("a year earlier", "DATE", "2010-05")],
        ),
        # the month after the comparison, in its clause
        (
            "Ceramic tile imports slid 7 percent from a year earlier to 8,340 in April.",
            [("a year earlier", "DATE", "2010-04"), ("April", "DATE", "2011-04")],
        ),
        (
            "April's output was 2 pct above a year ago.",
            [("April", "DATE", "2011-04"), ("a year ago", "DATE", "2010-04")],
        ),
        (
            "The April index rose 1 pct from a year earlier.",
            [("April", "DATE", "2011-04"), ("a year earlier", "DATE", "2010-04")],
        ),
        # two comparison points: the month is the one before, not the figure's
        (
            "Orders stood at 40 units, up from 38 in April and 35 a year earlier.",
            [("April", "DATE", "2011-04"), ("a year earlier", "DATE", "2010")],
        ),
        # two months, or a month and "last month": which is compared is not said
        (
            "Output rose last month after a fall in April, and was 2 pct above a year ago.",
            [
                ("last month", "DATE", "2011-05"),
                ("April", "DATE", "2011-04"),
                ("a year ago", "DATE", "2010"),
            ],
        ),
        # another clause's month ("after ... in April") is another figure's
        (
            "The March gauge gained 2.4 percent from a year earlier after slipping 0.6 percent "
            "in February.",
            [
                ("March", "DATE", "2011-03"),
                ("a year earlier", "DATE", "2010-03"),
                ("February", "DATE", "2011-02"),
            ],
        ),
        # no month in the sentence: a year, as before (TimeBank's reading)
        ("Wages were 3 pct higher than a year earlier.", [("a year earlier", "DATE", "2010")]),
    ],
)
def test_a_year_earlier_than_a_month(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire summary's story codes number the story, they date nothing
        ("Copper rose on tight supply. (ABCD 1432)", []),
        ("Bonds fell in thin trade. (WXYZ 2051, QRST 1207)", []),
        # a year in parentheses stays a year; an index base is a year
        ("The plant (built 1987) closed.", [("1987", "DATE", "1987")]),
        ("The index (BASE 1975 EQUALS 100) rose.", [("1975", "DATE", "1975")]),
    ],
)
def test_wire_story_codes(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cardinal day word with its year after it is a date, whatever precedes it
        (
            "Revenue for the half closed Nov Two, 2010 was flat.",
            [("Nov Two, 2010", "DATE", "2010-11-02")],
        ),
        # a dividend notice's dates and a period's closing day
        (
            "The dividend is payable July five to holders of record June 20.",
            [("July five", "DATE", "2011-07-05"), ("June 20", "DATE", "2011-06-20")],
        ),
        (
            "Stocks rose in the week ended June three, the institute said.",
            [("the week", "DURATION", "P1W"), ("June three", "DATE", "2011-06-03")],
        ),
        # a count between a month and something else stays a count
        ("The fund paid July five dlrs a share.", [("July", "DATE", "2011-07")]),
    ],
)
def test_cardinal_days_of_notices(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_previous_week_compared_with_does_not_move_the_week(found) -> None:
    """ "up from 5.1 mln the previous week" is a comparison point: "the week" after it is
    still the week reported on."""
    text = (
        "Stocks rose in the week ended June 10 to 6.2 mln from 5.1 mln the previous week. "
        "Imports in the week fell."
    )
    assert found(text) == [
        ("the week", "DURATION", "P1W"),  # "the week ended ...", as "the year ended ..."
        ("June 10", "DATE", "2011-06-10"),
        ("the previous week", "DATE", "2011-W22"),
        ("the week", "DATE", "2011-W23"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month "May" before a comparison or a figure is no modal: April stays past
        (
            "Car sales were 4,100 in May against 3,900 in April.",
            [("May", "DATE", "2011-05"), ("April", "DATE", "2011-04")],
        ),
        (
            "Payrolls rose in May by 2 pct after a fall in April.",
            [("May", "DATE", "2011-05"), ("April", "DATE", "2011-04")],
        ),
        # the modal still looks ahead
        ("Sales may recover in August.", [("August", "DATE", "2011-08")]),
    ],
)
def test_the_month_may_is_no_modal(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time ahead, after a past day named before it: the publication day
        (
            "Shares fell in Tokyo yesterday. The exchange said trading will end at 1500 GMT.",
            [("yesterday", "DATE", "2011-06-15"), ("1500 GMT", "TIME", "2011-06-16T15:00")],
        ),
        # a sentence about today
        (
            "Copper slid on Monday. At 1030 GMT the index was 2 pct lower so far today.",
            [
                ("Monday", "DATE", "2011-06-13"),
                ("1030 GMT", "TIME", "2011-06-16T10:30"),
                ("today", "DATE", "2011-06-16"),
            ],
        ),
        # a past clause keeps the day under discussion
        (
            "Shares fell in Tokyo yesterday. Trading was halted at 0200 GMT.",
            [("yesterday", "DATE", "2011-06-15"), ("0200 GMT", "TIME", "2011-06-15T02:00")],
        ),
    ],
)
def test_clock_times_of_the_day(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


OCTOBER_1987 = "1987-10-20"  # two-digit years that cannot be days (86, 87)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a futures table's contract months: month and year, not a day
        (
            "COCOA\nDEC7  1510 UP 4\nMAR8  1534 UP 6\nMAY8  1570",
            [("DEC7", "DATE", "1987-12"), ("MAR8", "DATE", "1988-03"), ("MAY8", "DATE", "1988-05")],
        ),
        # and a cell before one is no day of it ("17 DEC7" is not 17 December)
        ("DEC7     17 DEC7    --", [("DEC7", "DATE", "1987-12"), ("DEC7", "DATE", "1987-12")]),
        # a month and a two-digit year that cannot be a day
        ("Volumes in Sept 86 fell.", [("Sept 86", "DATE", "1986-09")]),
        (
            "           Sep 87    Aug 87    Sep 86\n",
            [
                ("Sep 87", "DATE", "1987-09"),
                ("Aug 87", "DATE", "1987-08"),
                ("Sep 86", "DATE", "1986-09"),
            ],
        ),
        # a day stays a day; an amount and an option's strike price stay out
        ("Profit rose in the half to Sept 30.", [("Sept 30", "DATE", "1987-09-30")]),
        ("Output fell in June 45 pct short.", [("June", "DATE", "1987-06")]),
        ("  4,700 QRS JUN 85    3 1/4  OFF 5/16", []),
    ],
)
def test_contract_months(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, OCTOBER_1987) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as TimeBank's "as soon as possible"
        (
            "Talks should end as early as possible.",
            [("as early as possible", "DATE", "FUTURE_REF")],
        ),
        ("It is possible that talks end early.", []),
        # the year so far, as "so far this year"
        ("Year-to-date sales of vans rose 4 pct.", [("Year-to-date", "DATE", "2011")]),
    ],
)
def test_vague_and_running_periods(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of days with the month once: each end a DATE, the year shared
        (
            "The spill went on September 12-19, 2009, and was reported late.",
            [("September 12", "DATE", "2009-09-12"), ("19, 2009", "DATE", "2009-09-19")],
        ),
        (
            "The board meets again on July 4-6 in Vienna.",
            [("July 4", "DATE", "2011-07-04"), ("6", "DATE", "2011-07-06")],
        ),
        # no range: a score, or a second number smaller than the first
        ("The vote on June 9 went 5-3.", [("June 9", "DATE", "2011-06-09")]),
    ],
)
def test_day_ranges(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the year" of a report named by its closing day before it: that year
        (
            "Net for the year ended December 31 rose. The payout makes ten cents for the year.",
            "2011-03-07",
            [
                ("the year", "DURATION", "P1Y"),
                ("December 31", "DATE", "2010-12-31"),
                ("the year", "DATE", "2010"),
            ],
        ),
        # a year in progress ("ending" a day ahead): the current one, as before
        (
            "Net for the year ending September 30 will rise. Sales for the year will too.",
            "2011-03-07",
            [
                ("the year", "DURATION", "P1Y"),
                ("September 30", "DATE", "2011-09-30"),
                ("the year", "DATE", "2011"),
            ],
        ),
        # a split year earlier in the sentence
        (
            "Output in 2010/11 fell short of the target set for the year.",
            "2011-03-07",
            [("2010/11", "DATE", "2010"), ("the year", "DATE", "2010")],
        ),
        # nothing reported before: the year of publication
        ("Sales for the year will rise.", "2011-03-07", [("the year", "DATE", "2011")]),
    ],
)
def test_the_year_of_a_report(found, text: str, published: str, expected: list) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delivery period of forward trade lies ahead, though the purchase is past
        (
            "The board bought 50,000 tonnes of wheat for October 1-15 delivery.",
            [("October 1", "DATE", "2011-10-01"), ("15", "DATE", "2011-10-15")],
        ),
        (
            "Traders bought sugar for January/February shipment.",
            [("January", "DATE", "2012-01"), ("February", "DATE", "2012-02")],
        ),
        (
            "It sold maize for delivery between April 1 and May 20.",
            [("April 1", "DATE", "2011-04-01"), ("May 20", "DATE", "2011-05-20")],
        ),
        # a report of shipments made is no forward trade
        ("February shipments fell 5 pct.", [("February", "DATE", "2011-02")]),
        # a short ambiguous month joined by a slash to the next is a month too
        (
            "Traders bought sugar for May/June shipment.",
            [("May", "DATE", "2011-05"), ("June", "DATE", "2011-06")],
        ),
        ("Prices may/might ease.", []),
    ],
)
def test_forward_delivery_periods(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, "2011-03-09") == expected
