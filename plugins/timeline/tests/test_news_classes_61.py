"""Round sixty-one's changes, on invented news sentences (the lead's decisions on round
sixty's list).

- Vague "decades" is ``PXY`` (decision 1): "for decades", "a few decades", "decades-long",
  as counted decades are written in years and TimeBank writes "decades-long".
- "of late" is ``PAST_REF`` as "lately" is, where the clause or a verb follows (decision 5):
  not "of late February", "the estate of late Mr X", "of late-type oranges".
- "this time of year" meaning the time of writing is ``PRESENT_REF`` (decision 5): not "this
  time of year last year".
- "the entire week" after a verb of spending or lasting or after "for" is a DURATION
  (decision 3); a week the text dates otherwise stays that week.
- A hyphened part of the day before a plural ("the early-morning talk programmes", "late-evening
  walks") names a habit: untagged (decision 8), as the adjectives of frequency are.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2019-03-04",
            "The two clans have quarrelled over the river for decades.",
            [("decades", "DURATION", "PXY")],
        ),
        (
            "2019-03-04",
            "Scientists expect the glacier to retreat within a few decades.",
            [("a few decades", "DURATION", "PXY")],
        ),
        (
            "2016-08-30",
            "The senator has kept a low profile of late, aides said.",
            [("of late", "DATE", "PAST_REF")],
        ),
        (
            "1987-03-12",
            "Demand for the notes has firmed of late as deposit rates eased.",
            [("of late", "DATE", "PAST_REF")],
        ),
        (
            "1987-03-12",
            "Gold - a favourite of small savers of late - slipped two dlrs.",
            [("of late", "DATE", "PAST_REF")],
        ),
        (
            "1987-03-12",
            "Buyers said orders for fertiliser were thin for this time of year.",
            [("this time of year", "DATE", "PRESENT_REF")],
        ),
        (
            "1987-03-12",
            "Snow in the foothills is rare at this time of the year, forecasters said.",
            [("this time of the year", "DATE", "PRESENT_REF")],
        ),
        (
            "2016-08-01",
            "The two ministers spent the entire week in talks in Geneva.",
            [("the entire week", "DURATION", "P1W")],
        ),
        (
            "1987-03-12",
            "The fund returned 1.2 pct for the whole week, its manager said.",
            [("the whole week", "DURATION", "P1W")],
        ),
        (
            "2016-06-14",
            "The senator is a regular guest on the early-morning talk programmes.",
            [],
        ),
        ("2016-06-14", "She takes late-evening walks along the canal with her dog.", []),
    ],
)
def test_round_sixty_one(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "1987-03-12",
            "Rates could slip back toward the lows of late February, a trader said.",
            [("late February", "DATE", "1987-02")],
        ),
        ("1987-03-12", "The estate of late Acme chairman Paul Ruiz holds the stake.", []),
        (
            "1987-03-12",
            "The harvest of late-type oranges rose this week.",
            [("this week", "DATE", "1987-W11")],
        ),
        (
            "1987-03-12",
            "As of late yesterday the company had bought 1.2 mln shares.",
            [("late yesterday", "DATE", "1987-03-11")],
        ),
        (
            "1987-03-12",
            "Stocks were twice as high as this time of year last year.",
            [("last year", "DATE", "1986")],
        ),
        (
            "2016-08-01",
            "The committee met the entire week before the vote.",
            [("the entire week", "DATE", "2016-W31")],
        ),
        (
            "2016-08-01",
            "The firm spent the entire year restructuring.",
            [("the entire year", "DATE", "2016")],
        ),
        (
            "2016-06-14",
            "Police made early-morning raids on Tuesday in three towns.",
            [("early-morning", "TIME", "2016-06-14TMO"), ("Tuesday", "DATE", "2016-06-14")],
        ),
        (
            "2016-06-14",
            "The mayor wrote in a late-evening email that the road would stay shut.",
            [("late-evening", "TIME", "2016-06-14TEV")],
        ),
        (
            "2016-06-14",
            "The mid-morning trading was thin.",
            [("mid-morning", "TIME", "2016-06-14TMO")],
        ),
        (
            "1987-04-07",
            "The index fell 9.1 points at mid-morning with losses in every sector.",
            [("mid-morning", "TIME", "1987-04-07TMO")],
        ),
        (
            "2016-08-01",
            "The feud took two decades to settle.",
            [("two decades", "DURATION", "P20Y")],
        ),
    ],
)  # fmt: skip
def test_round_sixty_one_guards(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected
