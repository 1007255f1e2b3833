"""Round forty-four's fix, on invented news sentences.

Round forty-two compared "a year earlier", "a year ago" and "year-earlier" with the longer
period their own sentence names for its figure ("nine-month net rose from $4 a year earlier"
is the year). A results story often names that period in one sentence and gives the figure's
comparison in the next ("For the nine months, net was $11 million. Revenue climbed from $84
million a year earlier."): with no period in its own sentence, the comparison now reads the
sentence right before. A quarter there, or a quarterly figure in its own sentence, keeps the
quarter under discussion, as does a period named two sentences back.
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
            # nine months in the sentence before: the year, a year back
            "2006-10-25",
            "Harbor Mills said third-quarter net rose to $4.1 million. In the nine months, "
            "net was $11.2 million. Revenue climbed to $90 million from $84 million a year "
            "earlier.",
            [("a year earlier", "2005")],
        ),
        (
            # a whole year in the sentence before: the year before the quarter's
            "1994-03-18",
            "Kessel Brewing lost money again in the fourth quarter. Kessel's loss for the "
            "year came to 2.1 mln dlrs. A year ago, the brewer lost 2.6 mln dlrs.",
            [("A year ago", "1992")],
        ),
        (
            "2001-02-27",
            "Norland Motors said fourth-quarter profit improved. Its plants abroad ran a "
            "full-year loss of 3 mln dlrs.\n    Shipments to its parent climbed to 8.1 "
            "billion dlrs from a year-earlier 7.4 billion dlrs.",
            [("year-earlier", "1999")],
        ),
        (
            # a written fiscal year with the months: that year, a year back
            "2008-04-14",
            "Brisk Group said fourth-quarter sales rose 30 pct. Over the first nine months "
            "of fiscal 2008 the chain's sales reached 61 mln dlrs. That was up from 58 mln "
            "dlrs a year ago.",
            [("a year ago", "2007")],
        ),
        (
            # six months in the sentence before: the half
            "2008-08-06",
            "Ostrava Steel reported second-quarter results. For the first half of 2008, output "
            "rose to 2.1 mln tonnes. Exports were 0.9 mln tonnes, up from 0.8 mln a year "
            "earlier.",
            [("a year earlier", "2007-H1")],
        ),
    ],
)
def test_the_period_of_the_sentence_before_is_compared(
    published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert comparisons(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # the sentence before names the quarter, after the longer period
            "2006-10-25",
            "Nine-month net was $11.2 million. In the third quarter, net rose to $4.1 "
            "million. Revenue climbed to $32 million from $30 million a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
        (
            # a quarterly figure in its own sentence
            "1995-03-09",
            "Dutch factory output rose six pct in the fourth quarter. For the full year the "
            "index gained two pct. Unfilled orders shrank for a second quarterly fall in a "
            "row, ending 4 pct below the year earlier level.",
            [("year earlier", "1993-Q4")],
        ),
        (
            # the longer period two sentences back: only the sentence right before is read
            "2006-10-25",
            "Harbor Mills posted third-quarter net of $4.1 million. For the nine months, net "
            "was $11.2 million. The company cut 200 jobs. Revenue climbed to $32 million "
            "from $30 million a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
        (
            # a money-market term in the sentence before is no period of a figure
            "2006-10-25",
            "Harbor Bank posted third-quarter net of $4 million. Its nine-month bills yielded "
            "5.6 pct. Deposits climbed to $2 billion from $1.8 billion a year earlier.",
            [("a year earlier", "2005-Q3")],
        ),
    ],
)
def test_the_quarter_stays_without_a_longer_period_right_before(
    published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert comparisons(text, published) == expected
