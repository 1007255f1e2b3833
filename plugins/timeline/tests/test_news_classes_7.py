"""Issue 19, seventh round: anaphoric dates of a narrative ("the same year", "the next
year", "the following weekend", "the next Monday") valued from the time under discussion, as
the TimeML guidelines value an anaphoric expression from its anchor; checked on invented
sentences (none is taken from a corpus). The publication date is Thursday 2011-03-17 unless a
test says otherwise.
"""

from __future__ import annotations

import pytest

THURSDAY = "2011-03-17"
PUBLISHED = THURSDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill was opened in 1994. In the same year, its owners bought a second site.",
            [("1994", "DATE", "1994"), ("the same year", "DATE", "1994")],
        ),
        (
            "The band toured Japan in 2003 and released its second album that same year.",
            [("2003", "DATE", "2003"), ("that same year", "DATE", "2003")],
        ),
        (
            "Exports fell in October. In the same month, imports rose by a tenth.",
            [("October", "DATE", "2010-10"), ("the same month", "DATE", "2010-10")],
        ),
        (
            "Storms closed the port on 2 February 2009. Rail lines were cut the same week.",
            [("2 February 2009", "DATE", "2009-02-02"), ("the same week", "DATE", "2009-W06")],
        ),
        # nothing under discussion: no time
        ("The two towns were founded in the same year.", []),
        # defined by its own clause, not by the time under discussion
        (
            "The depot opened in 1987. The poet died in the same year that the depot shut.",
            [("1987", "DATE", "1987")],
        ),
        # the compared period keeps its own rule
        (
            "Sales rose in February, against a fall in the same month of 2009.",
            [("February", "DATE", "2011-02"), ("the same month of 2009", "DATE", "2009-02")],
        ),
    ],
)
def test_the_same_year_is_the_year_under_discussion(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor was elected in 1998. The next year he resigned.",
            [("1998", "DATE", "1998"), ("The next year", "DATE", "1999")],
        ),
        (
            "The bridge was closed in May 2006, and the next month it was sold.",
            [("May 2006", "DATE", "2006-05"), ("the next month", "DATE", "2006-06")],
        ),
        # a future clause, or a preposition of extent, counts from publication
        (
            "The mayor was elected in 1998. The next year will be hard, he said.",
            [("1998", "DATE", "1998"), ("The next year", "DATE", "2012")],
        ),
        (
            "The mill was opened in 1994. Demand was expected to grow in the next year.",
            [("1994", "DATE", "1994"), ("the next year", "DATE", "2012")],
        ),
    ],
)
def test_the_next_year_of_a_past_narrative(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Tuesday's following weekend is the one of its own week
        (
            "The strike began on 2 March 2010. The following weekend, talks resumed.",
            [
                ("2 March 2010", "DATE", "2010-03-02"),
                ("The following weekend", "DATE", "2010-W09-WE"),
            ],
        ),
        (
            "The strike began on Saturday, 6 March 2010. The following weekend, talks resumed.",
            [
                ("Saturday, 6 March 2010", "DATE", "2010-03-06"),
                ("The following weekend", "DATE", "2010-W10-WE"),
            ],
        ),
        (
            "The strike began on 2 March 2010. The previous weekend, talks had failed.",
            [
                ("2 March 2010", "DATE", "2010-03-02"),
                ("The previous weekend", "DATE", "2010-W08-WE"),
            ],
        ),
        # "the next Monday" with its article is the Monday after the day under discussion
        (
            "The strike began on 2 March 2010. The next Monday, the mines reopened.",
            [("2 March 2010", "DATE", "2010-03-02"), ("The next Monday", "DATE", "2010-03-08")],
        ),
        # without the article it counts from publication
        ("The mines will reopen next Monday.", [("next Monday", "DATE", "2011-03-21")]),
    ],
)
def test_the_following_weekend_and_the_next_monday(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "quarterly" is an adjective of frequency, no quarter of the year
        ("The chain posted its first quarterly profit since it was founded.", []),
        ("Exports rose for a third quarterly gain.", []),
        # the plural of a coordination still names its last quarter, now with the year after it;
        # the ordinal before it is a quarter of its own, of the same year (round thirty-five)
        (
            "Hiring could firm across the third and fourth quarters of 2013.",
            [("third", "DATE", "2013-Q3"), ("fourth quarters of 2013", "DATE", "2013-Q4")],
        ),
        (
            "Orders should recover in the third and fourth quarters.",
            [("third", "DATE", "2011-Q3"), ("fourth quarters", "DATE", "2011-Q4")],
        ),
        ("Profit rose in the first quarter.", [("the first quarter", "DATE", "2011-Q1")]),
    ],
)
def test_a_quarterly_adjective_is_no_quarter(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The skater was named Skater of the Year by the judges.", []),
        ("Her sonnet won the Poem of the Year prize.", []),
        ("He was voted Player of the Month in March.", [("March", "DATE", "2011-03")]),
        # the calendar year, in lower case or opening a sentence, stays
        ("Sales for the year rose by a tenth.", [("the year", "DATE", "2011")]),
    ],
)
def test_an_award_of_the_year_is_a_name(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's hours: the abbreviation is part of the extent, and a four-digit time
        # before it is a time, with the date written after it
        ("The panel meets again at 1400 hrs.", [("1400 hrs", "TIME", "2011-03-17T14:00")]),
        (
            "Bids must reach the agency by 0900 hrs EST, May 12.",
            [("0900 hrs EST, May 12", "TIME", "2011-05-12T09:00")],
        ),
        (
            "The polls shut at 16.00 hrs local time.",
            [("16.00 hrs local time", "TIME", "2011-03-17T16:00")],
        ),
        # a count of hours is no clock time
        ("The pilots logged 1500 hrs of flying.", []),
    ],
)
def test_wire_hours(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison of amounts or a limit is no modifier of a date: TIMEX3 gives "more
        # than", "less than", "at least", "up to" to lengths
        (
            "Rainfall was 12% more than the previous year.",
            [("the previous year", "DATE", "2010")],
        ),
        ("Ticket sales rose 30% over 2009.", [("2009", "DATE", "2009")]),
        (
            "Losses will be smaller than in 2010, less than in 2009.",
            [
                ("2010", "DATE", "2010"),
                ("2009", "DATE", "2009"),
            ],
        ),
        ("The vouchers stay valid up to June 2014.", [("June 2014", "DATE", "2014-06")]),
        # a length keeps its mod, and so does the count of a date ago
        ("The talks lasted more than a year.", [("more than a year", "DURATION", "P1Y")]),
        ("He left more than a year ago.", [("more than a year ago", "DATE", "2010")]),
    ],
)
def test_a_comparison_is_no_modifier_of_a_date(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount written short before "a year" makes a rate, as "$33 million a year" does
        ("The merger would save the council £4m a year.", [("a year", "SET", "P1Y")]),
        ("The tolls bring in 2bn euros a year.", [("a year", "SET", "P1Y")]),
        ("The blockade costs the port three mln dlrs a day.", [("a day", "SET", "P1D")]),
        # a length stays a length
        ("The scheme ran for a year.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_an_amount_written_short_makes_a_rate(found, text: str, expected) -> None:
    assert found(text) == expected


def test_a_half_of_a_match_report_is_no_half_year(found) -> None:
    report = (
        "The visitors dominated the match from the kick-off. We were poor in the first half, "
        "the coach said, but the second half was much better and the striker could have won it."
    )
    assert found(report) == []
    # a half year of business news stays, with or without its year
    assert found("Profits rose in the first half, the bank said.") == [
        ("the first half", "DATE", "2011-H1")
    ]
    assert found("The club's revenue fell in the first half of 2010.") == [
        ("the first half of 2010", "DATE", "2010-H1")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised "Noon" after a first name is a surname; a capitalised part of the day
        # before another capitalised word is a title
        ("The coach picked the centre Tom Noon for the second test.", []),
        ("The duo won again for their Saturday Night Showcase.", []),
        ("The vote closes at Noon on Friday.", [("Noon on Friday", "TIME", "2011-03-18T12:00")]),
        ("The rally is on Saturday Night.", [("Saturday Night", "TIME", "2011-03-19TNI")]),
    ],
)
def test_a_surname_or_a_title_is_no_time(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's quarters: the year inside, the month a quarter ends in, a range in words,
        # and "of the year" (no fraction of a whole)
        (
            "Farm output shrank in the first 2010 quarter.",
            [("the first 2010 quarter", "DATE", "2010-Q1")],
        ),
        (
            "Imports fell in the September quarter, the bureau said.",
            [("the September quarter", "DATE", "2010-Q3")],
        ),
        (
            "The 2009 December quarter brought a small surplus.",
            [("The 2009 December quarter", "DATE", "2009-Q4")],
        ),
        (
            "The brewer wrote off its stake in the October-to-December quarter.",
            [("the October-to-December quarter", "DATE", "2010-Q4")],
        ),
        (
            "Museum visits slipped over the first quarter of the year.",
            [("the first quarter of the year", "DATE", "2011-Q1")],
        ),
        (
            "The merger should complete in the second quarter of its fiscal year.",
            [("the second quarter of its fiscal year", "DATE", "2011-Q2")],
        ),
        # a fraction of a whole stays no time
        ("The fund owns a quarter of the shares.", []),
    ],
)
def test_wire_quarters(found, text: str, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's periods: a year inside "the same ... quarter/month", a year before
        # "year end", the working day before, the financial year, a quarter of a century
        (
            "It lost money in its final 2010 quarter, as in the same 2009 quarter.",
            [
                ("final 2010 quarter", "DATE", "2010-Q4"),
                ("the same 2009 quarter", "DATE", "2009-Q4"),
            ],
        ),
        (
            "Fish landings rose in December from the same 2009 month.",
            [("December", "DATE", "2010-12"), ("the same 2009 month", "DATE", "2009-12")],
        ),
        ("Its debt at 2009 year end was small.", [("2009 year end", "DATE", "2009")]),
        (
            "Reserves grew on Monday from the previous business day.",
            [("Monday", "DATE", "2011-03-14"), ("the previous business day", "DATE", "2011-03-11")],
        ),
        (
            "Sales rose in the current financial year.",
            [("the current financial year", "DATE", "2011")],
        ),
        (
            "The lighthouse stood empty for a quarter of a century.",
            [("a quarter of a century", "DURATION", "P25Y")],
        ),
    ],
)
def test_wire_periods(found, text: str, expected) -> None:
    assert found(text) == expected
