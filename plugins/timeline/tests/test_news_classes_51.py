"""Round fifty-one: the lead's decisions on round fifty's questions, on invented sentences.

- A compared period after a count of months that is no quarter, half or year ("the first
  five months ... the same period of last year") is a DURATION of that count, and a year
  after "of" / "in" is its own DATE (main's code: one DATE, the year or a quarter a year
  back, or nothing for a bare "the same period"). A quarter, a half, a year inside the noun
  phrase ("the 1993 period") and a money-market term ("six-month bills") stay as they were.
- "in future" (British, no article) is ``FUTURE_REF`` as "the future" is; "in future years",
  "in future talks" stay untagged.
- "the full fiscal year" is the (fiscal) year reported on, as "the full year" is (main's code
  found nothing); "a full fiscal year" and "full fiscal year results" stay as they were.
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
        (
            "1994-06-20",
            "Output at the mill grew 2.1 pct in the first five months of 1994 over the same "
            "period of last year.",
            [
                ("the first five months", "DURATION", "P5M"),
                ("1994", "DATE", "1994"),
                ("the same period", "DURATION", "P5M"),
                ("last year", "DATE", "1993"),
            ],
        ),
        (
            "1994-03-20",
            "Shipments of tin dropped 3.7 pct during the first two months of the year, set "
            "against the same period of 1993.",
            [
                ("the first two months", "DURATION", "P2M"),
                ("the year", "DATE", "1994"),
                ("the same period", "DURATION", "P2M"),
                ("1993", "DATE", "1993"),
            ],
        ),
        (
            "1994-03-20",
            "Turnover climbed to 12.4 billion francs in the first five months, about 11 pct over "
            "the same year-ago period.",
            [
                ("the first five months", "DURATION", "P5M"),
                ("the same year-ago period", "DURATION", "P5M"),
            ],
        ),
        (
            "1994-08-20",
            "Sales abroad rose four pct in the first seven months.\n    In the same period "
            "orders fell to 9.1 billion francs.",
            [
                ("the first seven months", "DURATION", "P7M"),
                ("the same period", "DURATION", "P7M"),
            ],
        ),
        (
            "1994-10-20",
            "Nine-month net income rose to 40 mln dlrs from 31 mln dlrs in last year's period.",
            [("Nine-month", "DURATION", "P9M"), ("last year's period", "DURATION", "P9M")],
        ),
        (
            # the year split off is a comparison point: "the previous year" after it is the
            # year before the figure's, as it was after the whole phrase
            "1994-03-20",
            "Across the first nine months of last year, its yield slipped to 0.64 pct from "
            "0.79 pct in the same period in 1991, the trust reported. Bond yields eased to 9.6 "
            "pct from 11.1 pct the previous year.",
            [
                ("the first nine months", "DURATION", "P9M"),
                ("last year", "DATE", "1993"),
                ("the same period", "DURATION", "P9M"),
                ("1991", "DATE", "1991"),
                ("the previous year", "DATE", "1992"),
            ],
        ),
        (
            # "a year earlier" split off after a period ended on a day: the year, not the day
            "1994-03-20",
            "Profit for the two months ended Feb 28, 1994, came to 18.2 mln dlrs, up from "
            "11.7 mln dlrs in the comparable period a year earlier.",
            [
                ("the two months", "DURATION", "P2M"),
                ("Feb 28, 1994", "DATE", "1994-02-28"),
                ("the comparable period", "DURATION", "P2M"),
                ("a year earlier", "DATE", "1993"),
            ],
        ),
        (
            "1994-03-20",
            "The bank said that in future it would publish its reserves every month.",
            [("future", "DATE", "FUTURE_REF"), ("every month", "SET", "P1M")],
        ),
        (
            "1994-03-20",
            "He said the board would be more careful in future.",
            [("future", "DATE", "FUTURE_REF")],
        ),
        (
            "1994-03-20",
            "The group plans to build up its service arm in future to ensure growth.",
            [("future", "DATE", "FUTURE_REF")],
        ),
        (
            # the count before a slashed fiscal year: the five months, not "94 months"
            "1994-03-20",
            "In the first five 1993/94 months, sales abroad rose four pct.\n    In the same "
            "period orders rose five pct against the same 1992/93 period.",
            [("the same period", "DURATION", "P5M"), ("1992/93", "DATE", "1992")],
        ),
        (
            "1994-03-20",
            "It expects a loss for the fourth quarter. For the full fiscal year, the firm "
            "expects earnings of about 815,000 dlrs.",
            [
                ("the fourth quarter", "DATE", "1994-Q4"),
                ("the full fiscal year", "DATE", "1994"),
            ],
        ),
    ],
)
def test_decisions_applied(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a quarter: the compared quarter, one DATE (rounds forty-two and forty-eight)
            "1994-05-20",
            "Profit in the first quarter rose to 5 mln dlrs from 4 mln dlrs in the same period "
            "last year.",
            [
                ("the first quarter", "DATE", "1994-Q1"),
                ("the same period last year", "DATE", "1993-Q1"),
            ],
        ),
        (
            # a half: the half a year back
            "1994-08-20",
            "First-half sales rose 8 pct against the same period of 1993.",
            [("First-half", "DATE", "1994-H1"), ("the same period of 1993", "DATE", "1993-H1")],
        ),
        (
            # a year inside the noun phrase stays one DATE, as TimeBank has it
            "1994-10-20",
            "Nine-month sales rose 8 pct from the 1993 period.",
            [("Nine-month", "DURATION", "P9M"), ("the 1993 period", "DATE", "1993")],
        ),
        (
            # "future" as an adjective names no time
            "1994-03-20",
            "The plan is to build more plants in future years and to discuss it in future talks.",
            [],
        ),
        (
            "1994-03-20",
            "The contract runs for a full fiscal year. Full fiscal year results were good.",
            [],
        ),
    ],
)
def test_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
