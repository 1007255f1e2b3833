"""Round fifty-eight's fixes, on invented news sentences.

- "N and a half units ago" ("two and a half years ago", "a year-and-a-half ago") is the date
  reached, at the grain of the next smaller unit (the lead's decision 5 on rounds fifty-six and
  fifty-seven): half years the month, half months and half weeks the day, half decades the
  year. Before, it was read as a length (or, with "and one-half", as "years ago").
- A bare plural unit right after a verb and before "after" / "before" and an event ("resigned
  days after the vote") is a vague length, as round fifty-six read it at a clause's start.
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
            "2019-06-14",
            "The baker converted the old mill two and a half years ago.",
            [("two and a half years ago", "DATE", "2016-12")],
        ),
        (
            "2019-06-14",
            "According to neighbours, he moved to the coast a year-and-a-half ago.",
            [("a year-and-a-half ago", "DATE", "2017-12")],
        ),
        (
            "2019-06-14",
            "The clinic opened a year and a half ago, on a hill above the port.",
            [("a year and a half ago", "DATE", "2017-12")],
        ),
        (
            # wire copy's "one-half"
            "1987-06-14",
            "The refinery was sold two and one-half years ago.",
            [("two and one-half years ago", "DATE", "1984-12")],
        ),
        (
            # half months: the day
            "2019-06-14",
            "Talks began a month and a half ago.",
            [("a month and a half ago", "DATE", "2019-04-29")],
        ),
        (
            "2019-06-14",
            "The ferry sank three and a half weeks ago.",
            [("three and a half weeks ago", "DATE", "2019-05-21")],
        ),
        (
            "2019-06-14",
            "The dam was finished a decade and a half ago.",
            [("a decade and a half ago", "DATE", "2004")],
        ),
        (
            "1987-03-14",
            "The club's treasurer resigned weeks after the accounts were published.",
            [("weeks", "DURATION", "PXW")],
        ),
        (
            "2016-02-10",
            "The governor testified hours after the flood warning was lifted.",
            [("hours", "DURATION", "PTXH")],
        ),
        (
            "1987-03-14",
            "Officials warned it would be months before the bridge reopens.",
            [("months", "DURATION", "PXM")],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a half day or hour reaches a clock time the text does not give: a length still
            "2019-06-14",
            "The fire started a day and a half ago.",
            [("a day and a half", "DURATION", "P1DT12H")],
        ),
        (
            "2019-06-14",
            "Polls closed an hour and a half ago.",
            [("an hour and a half", "DURATION", "PT1H30M")],
        ),
        (
            # no "ago": the length
            "2019-06-14",
            "It has been two and a half years since the vote.",
            [("two and a half years", "DURATION", "P2Y6M")],
        ),
        (
            # no publication date: the month is not known
            None,
            "He left the band a year and a half ago.",
            [("a year and a half ago", "DATE", "XXXX-XX")],
        ),
        (
            # a compound noun before the plural: no length counted from an event
            "1987-03-14",
            "Dealers traded in extended hours after the close.",
            [],
        ),
        (
            # a determiner before the plural: contract months, no length
            "1987-03-14",
            "Soybean futures firmed in all months before profit-taking.",
            [],
        ),
        (
            # a noun before the plural is left out (no word test tells "working hours")
            "1987-03-14",
            "Staff work long shifts in working hours after the holiday.",
            [],
        ),
    ],
)
def test_guards(published: str | None, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
