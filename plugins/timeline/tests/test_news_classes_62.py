"""Round sixty-two's changes, on invented news sentences.

- A bare plural unit before "left", "away", "to go", "remain" or "remaining" is a length still
  to run ("with just weeks left in the session", "the harvest is months away"): a vague
  DURATION of that unit, as TimeML tags "a few days" (``PXD``). Only after a clause's start,
  a comma, a focus adverb ("just", "only", "mere", "barely", "still"), "with" or the copula:
  not "light years away" (a distance), not a noun's compound ("five trading days remain" is
  the count's), not "left" as a verb before its object.
- "a single day", "a single quarter" is a length of one unit, the adjective stressing it, and
  the phrase keeps its article: ``P1D``, ``P1Q``.
- "the end of the decade" after "through", "until" or "up to" in a past clause is the current
  decade's end: a past verb sets a term whose limit lies ahead ("renewed the show through the
  end of the decade"); "born at the end of the century" keeps the past tense's reading.
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
            "2018-05-14",
            "With just weeks left in the session, the assembly shelved the bill.",
            [("weeks", "DURATION", "PXW")],
        ),
        (
            "2018-05-14",
            "Growers say the first harvest of the new vines is still years away.",
            [("years", "DURATION", "PXY")],
        ),
        (
            "2018-05-14",
            "And now, only days away from the runoff, the mayor faces a slide in the polls.",
            [("now", "DATE", "PRESENT_REF"), ("days", "DURATION", "PXD")],
        ),
        (
            "2018-05-14",
            "With months to go before the games open, the stadium lacks a roof.",
            [("months", "DURATION", "PXM")],
        ),
        (
            "2018-05-14",
            "Only hours remain before the ferry union's strike deadline.",
            [("hours", "DURATION", "PTXH")],
        ),
        (
            "1987-03-30",
            "The brewer said its best result for a single quarter was 41 mln dlrs.",
            [("a single quarter", "DURATION", "P1Q")],
        ),
        (
            "1987-03-30",
            "Dealers said the bank sold two billion crowns in a single day.",
            [("a single day", "DURATION", "P1D")],
        ),
        (
            "1987-04-02",
            "The network said it had renewed the quiz show through the end of the decade.",
            [("the end of the decade", "DATE", "198")],
        ),
        (
            "1987-04-02",
            "Quotas fixed by the ministry up to the end of the decade proved too tight, he said.",
            [("the end of the decade", "DATE", "198")],
        ),
    ],
)
def test_round_sixty_two(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2018-05-14", "The comet passed some 40 light years away.", []),
        (
            "2018-05-14",
            "Six trading days remain in the contract.",
            [("Six trading days", "DURATION", "P6D")],
        ),
        ("2018-05-14", "Weeks left them weary and short of water.", []),
        ("2018-05-14", "Two days left before the count.", [("Two days", "DURATION", "P2D")]),
        (
            "2018-05-14",
            "The ferry posted its biggest single-day loss.",
            [("single-day", "DURATION", "P1D")],
        ),
        ("2018-05-14", "It was a single quarter-point move by the central bank.", []),
        (
            "2011-06-01",
            "The painter was born at the end of the century in a mountain village.",
            [("the end of the century", "DATE", "19")],
        ),
    ],
)
def test_round_sixty_two_guards(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected
