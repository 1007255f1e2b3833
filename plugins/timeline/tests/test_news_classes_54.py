"""Round fifty-four's fixes, on invented news sentences.

- "month_cardinal_year" starts its month at a word: "xMay One, 1987" (a month's name inside
  another word) is no date, as "month_cardinal_line" already read it (the lead's 8ccf0ba7);
  "May One, 1987" after a space or a bracket stays the day.
- "a year ago" beside a level held now ("its unfilled orders are now 21 mln dlrs, three times
  the level a year ago") is the day a year before publication (the lead's decision on
  round 54's question; round 54 wrote the year), not the quarter under discussion a
  year back: a level stated now is compared with the level a year before it.
- "the quarter" after a quarter written with an earlier year after a comparison ("the prior
  peak came in the 1988 third quarter") is the latest quarter the story named, not that
  point of comparison.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a month's name inside a word, a spelled-out day and a year after it: no date
        ("1987-06-01", "The deal closes xMay One, 1987.", []),
        # "the quarter" after a dated point of comparison
        (
            "1989-04-02",
            "Halvor Corp said it expects its first-quarter sales to set a record. "
            "It said the prior peak of 31 mln dlrs came in the 1988 third quarter. "
            "Halvor said profit for the quarter should top 3 mln dlrs.",
            [
                ("first-quarter", "DATE", "1989-Q1"),
                ("the 1988 third quarter", "DATE", "1988-Q3"),
                ("the quarter", "DATE", "1989-Q1"),
            ],
        ),
        (
            "1989-02-10",
            "Brindle Inc said it may break even in the third quarter ending April 1, 1989, "
            "against a loss in fiscal 1988's third quarter. "
            "It had warned of a loss for the quarter.",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("April 1, 1989", "DATE", "1989-04-01"),
                ("1988's third quarter", "DATE", "1988-Q3"),
                ("the quarter", "DATE", "1989-Q3"),
            ],
        ),
        # a level held now against a year ago, a quarter under discussion
        (
            "1989-07-10",
            "Tanager Co earned 5 mln dlrs in the second quarter. "
            "Dealers say its unfilled orders are now 21 mln dlrs, "
            "three times the level a year ago.",
            [
                ("the second quarter", "DATE", "1989-Q2"),
                ("now", "DATE", "PRESENT_REF"),
                ("a year ago", "DATE", "1988-07-10"),
            ],
        ),
        (
            "1989-07-10",
            "Tanager Co earned 5 mln dlrs in the second quarter. "
            "Dealers say 40 banks currently use its screens, up from 25 a year ago.",
            [
                ("the second quarter", "DATE", "1989-Q2"),
                ("currently", "DATE", "PRESENT_REF"),
                ("a year ago", "DATE", "1988-07-10"),
            ],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a quarter's figure against a year ago keeps the quarter a year back, and so does a
        # level said with "a year earlier" (a step from the period under discussion)
        (
            "1989-07-10",
            "Tanager Co earned 5 mln dlrs in the second quarter, up from 4 mln dlrs a year ago.",
            [("the second quarter", "DATE", "1989-Q2"), ("a year ago", "DATE", "1988-Q2")],
        ),
        (
            "1989-07-10",
            "Tanager Co earned 5 mln dlrs in the second quarter. "
            "Unfilled orders currently total 17 mln dlrs, up from 9 mln dlrs a year earlier.",
            [
                ("the second quarter", "DATE", "1989-Q2"),
                ("currently", "DATE", "PRESENT_REF"),
                ("a year earlier", "DATE", "1988-Q2"),
            ],
        ),
        # a dated quarter that is no comparison stays the quarter under discussion
        (
            "1989-03-05",
            "Mills may lose money in the first quarter of 1989. "
            "Traders called the second quarter of 1988 the weakest on record. "
            "Few mills earned money in the quarter.",
            [
                ("the first quarter of 1989", "DATE", "1989-Q1"),
                ("the second quarter of 1988", "DATE", "1988-Q2"),
                ("the quarter", "DATE", "1988-Q2"),
            ],
        ),
        # a longer word ending in a month's name: none on main's code too
        ("1987-06-01", "Shares of Ultramay Two, 1988 fund were sold.", []),
        # the month at a word keeps its day, after a space or a bracket
        ("1987-06-01", "The deal closed May One, 1987.", [("May One, 1987", "DATE", "1987-05-01")]),
        (
            "1987-06-01",
            "The deal (May One, 1987) closed.",
            [("May One, 1987", "DATE", "1987-05-01")],
        ),
    ],
)
def test_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
