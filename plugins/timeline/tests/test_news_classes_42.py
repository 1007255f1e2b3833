"""Round forty-two's fix, on invented news sentences.

In results news "a year earlier", "a year ago" and "year-earlier" compare a figure with the
same period a year back. With a quarter under discussion that period was always the quarter;
when the sentence names a longer period for its figure ("nine-month profit", "for the full
year", "the first half of 2003", "fiscal 2004"), the comparison is that period a year back:
the year for a count of months other than three and for a whole year, the half for a half.
A sentence about the quarter itself, or with no period of its own, keeps the quarter.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def comparisons(text: str, published: str) -> list[tuple[str, str]]:
    """The year-back comparisons found, with their values."""
    return [
        (f["text"], f["value"])
        for f in extract_text(text, published, strict=True)
        if "year" in f["text"].lower() and ("ago" in f["text"] or "earlier" in f["text"])
    ]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a count of nine months: the year, a year back (TIMEX3 has no nine-month value)
            "2006-10-25",
            "Harbor Mills Inc said third-quarter net rose to $4.1 million. For the nine "
            "months, net was $11.2 million, up from $9.8 million a year earlier.",
            [("a year earlier", "2005")],
        ),
        (
            "2011-10-19",
            "Pellow Foods posted a third-quarter loss. Nine-month revenue climbed to\n"
            "410 mln dlrs from 388 mln dlrs a year ago, it said.",
            [("a year ago", "2010")],
        ),
        (
            # a whole year, without and with its year written
            "2004-02-12",
            "Calder Tool said its fourth-quarter profit fell. Its full-year profit came to "
            "$6.3 million, after a year-earlier deficit of $1.2 million.",
            [("year-earlier", "2002")],
        ),
        (
            "2004-02-12",
            "Calder Tool said its fourth-quarter profit fell. In fiscal 2003, which closed "
            "in September, the toolmaker made $6.3 million, up from $5 million a year earlier.",
            [("a year earlier", "2002")],
        ),
        (
            # a half: the half a year back
            "2008-08-06",
            "Ostrava Steel reported second-quarter results. For the first half of 2008, "
            "output rose to 2.1 mln tonnes from 1.9 mln a year earlier.",
            [("a year earlier", "2007-H1")],
        ),
        (
            "2008-08-06",
            "Ostrava Steel reported second-quarter results. For the six months, output rose "
            "to 2.1 mln tonnes from 1.9 mln a year earlier.",
            [("a year earlier", "2007-H1")],
        ),
    ],
)
def test_a_longer_period_is_compared_a_year_back(
    published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert comparisons(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # the quarter itself: unchanged
            "2006-10-25",
            "Harbor Mills Inc said third-quarter net rose to $4.1 million from $3.6 million "
            "a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
        (
            # a quarter named after a longer period: the quarter is the figure's
            "2006-10-25",
            "After a weak nine months, Harbor Mills said net in the third quarter rose to "
            "$4.1 million from $3.6 million a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
        (
            # "fiscal" with a quarter belongs to the quarter; a company name is no period
            "2006-10-25",
            "Harbor Mills expects net for the third quarter of fiscal 2006 to be about "
            "$4 million compared with $3.6 million a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
        (
            "2006-10-25",
            "Harbor Mills posted third-quarter net of $4 million. Harbor Financial Corp said "
            "its reserve stood at $80 million, against $70 million a year ago.",
            [("a year ago", "2005-Q3")],
        ),
        (
            # a money-market term and a point in time are no period of a figure
            "2006-10-25",
            "Harbor Bank posted third-quarter net of $4 million. Yields on its nine-month "
            "bills rose to 5.6 pct from 5.1 pct a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
        (
            "2006-10-25",
            "Harbor Bank posted third-quarter net of $4 million. Deposits were above the "
            "level of nine months ago and of a year ago.",
            [("a year ago", "2005-Q3")],
        ),
        (
            # a count of months inside the quarter keeps it
            "2006-10-25",
            "Harbor Mills posted third-quarter net of $4 million. In the two months to "
            "August, sales rose to $30 million from $27 million a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
    ],
)
def test_the_quarter_stays_where_the_figure_is_the_quarters(
    published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert comparisons(text, published) == expected
