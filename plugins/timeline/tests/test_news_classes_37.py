"""Round thirty-seven's fixes: round thirty-five's leftovers, on invented news sentences.

- a month or a season told as a habit is every year's, TimeML's SET ("toy sales usually
  pick up in December" is ``XXXX-12``), as a habit's quarter is ``XXXX-Q4``; not the
  adjective of one period ("in the usually quiet summer months") nor a turn to one year's case
  ("usually climb in March but this year fell in April");
- a quarter told by the day it starts ("the quarter beginning July 1") is the quarter that
  day opens, of that day's year;
- a quarter forecast in the present ("sees fares climbing, chiefly in the third and fourth
  quarters", "anticipates strong orders in the second and third quarters") lies ahead, as
  under "will": the list no longer takes last year's;
- a quarter told with the day it ended ("the second quarter ended January 31") is of that
  day's year, as TimeBank labels a company's quarter.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

D, S = "DATE", "SET"


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        ("2011-05-10", "Toy sales usually pick up in December.", [("December", S, "XXXX-12")]),
        (
            "2008-02-14",
            "Airfares normally rise in the summer, when families travel.",
            [("the summer", S, "XXXX-SU")],
        ),
        (
            "1987-03-11",
            "The orchestra customarily tours in March and September, and it last played abroad "
            "in February.",
            [("March", S, "XXXX-03"), ("September", S, "XXXX-09"), ("February", D, "1987-02")],
        ),
        (
            "2012-04-02",
            "Ferry crossings typically run from June to December.",
            [("June", S, "XXXX-06"), ("December", S, "XXXX-12")],
        ),
        (
            "2009-10-05",
            "Her garden tends to bloom in early April.",
            [("early April", S, "XXXX-04")],
        ),
        (
            "2013-06-20",
            "Heating oil demand traditionally peaks in the winter.",
            [("the winter", S, "XXXX-WI")],
        ),
    ],
)
def test_a_habits_month_or_season_is_every_years(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # a turn to one year's case: the month after it is that year's
        (
            "2011-05-10",
            "Pump prices usually climb in March but this year fell in April.",
            [("March", S, "XXXX-03"), ("this year", D, "2011"), ("April", D, "2011-04")],
        ),
        # the adverb of one season's adjective: that season
        (
            "1987-03-30",
            "Bookings could rise in the usually quiet summer months.",
            [("summer", D, "1987-SU")],
        ),
        # a month with its own year word stays that year's
        (
            "2011-05-10",
            "Sales usually slow in January, and fell again last January.",
            [("January", S, "XXXX-01"), ("last January", D, "2011-01")],
        ),
    ],
)
def test_one_years_month_stays_a_date(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2011-05-10",
            "Profit for the quarter beginning July 1 is expected to rise, the chain said.",
            [("the quarter", D, "2011-Q3"), ("July 1", D, "2011-07-01")],
        ),
        (
            "1987-03-12",
            "Home sales should recover in the quarter starting April 1, the builders' group said.",
            [("the quarter", D, "1987-Q2"), ("April 1", D, "1987-04-01")],
        ),
        (
            "2010-06-08",
            "In the quarter that began on April 1, bookings rose 8 percent.",
            [("the quarter", D, "2010-Q2"), ("April 1", D, "2010-04-01")],
        ),
    ],
)
def test_a_quarter_told_by_its_first_day(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2009-03-24",
            "The airline sees fares climbing, chiefly in the third and fourth quarters.",
            [("third", D, "2009-Q3"), ("fourth quarters", D, "2009-Q4")],
        ),
        (
            "2012-04-03",
            "The rate cut sets the stage for a busier housing market in the second and third "
            "quarters.",
            [("second", D, "2012-Q2"), ("third quarters", D, "2012-Q3")],
        ),
        (
            "2010-04-16",
            "The toolmaker anticipates strong orders in its busiest stretch, the second and "
            "third quarters.",
            [("second", D, "2010-Q2"), ("third quarters", D, "2010-Q3")],
        ),
        # a report's verb between: the quarter dates the meeting, not the forecast
        (
            "2009-03-12",
            "The brewer expects higher margins, its founder told reporters after the third "
            "quarter meeting.",
            [("the third quarter", D, "2008-Q3")],
        ),
        # the past keeps last year's, and a report of results still to come too
        (
            "2010-04-16",
            "Orders fell in the third and fourth quarters.",
            [("third", D, "2009-Q3"), ("fourth quarters", D, "2009-Q4")],
        ),
        (
            "2010-03-16",
            "The company expects to report a fourth-quarter loss.",
            [("fourth-quarter", D, "2009-Q4")],
        ),
    ],
)
def test_a_quarter_forecast_in_the_present_lies_ahead(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2011-03-08",
            "Revenue in the second quarter ended January 31 climbed 12 percent, the chain said.",
            [("the second quarter", D, "2011-Q2"), ("January 31", D, "2011-01-31")],
        ),
        (
            "2008-03-12",
            "For the first quarter ended Jan. 26, 2007, the chain earned $4 million.",
            [("the first quarter", D, "2007-Q1"), ("Jan. 26, 2007", D, "2007-01-26")],
        ),
        (
            "2009-03-03",
            "The software maker earned $83 million in its first quarter ended December 31.",
            [("first quarter", D, "2008-Q1"), ("December 31", D, "2008-12-31")],
        ),
        # a year said with the quarter is its own
        (
            "2010-03-10",
            "The first quarter of 2010, ended Dec. 27, 2009, brought record sales.",
            [("The first quarter of 2010", D, "2010-Q1"), ("Dec. 27, 2009", D, "2009-12-27")],
        ),
    ],
)
def test_a_quarter_told_with_the_day_it_ended_is_of_that_days_year(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected
