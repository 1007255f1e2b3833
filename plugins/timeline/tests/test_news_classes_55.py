"""Round fifty-five's fixes, on invented news sentences (the PolNeAR development file's and
the fifth Reuters file's kinds).

- "Now that" as a conjunction (opening a sentence or a clause after a comma) gives a reason, no
  time; "we know now that" keeps the present.
- "daily" right before "newspaper" or "paper" says what kind of paper it is, no recurrence.
- A date inside a markup tag's attribute (an embedded post's ``post-date="..."``) is metadata,
  not text; the same date in the text keeps its value.
- A minutes-and-seconds reading before "mark" ("the 3:15 mark") is a place in a recording or on
  a game clock, no time of day.
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
            # the conjunction "now that"
            "2016-03-05",
            "Now that the ballots are counted, the mayor plans a tour on Monday.",
            [("Monday", "DATE", "2016-03-07")],
        ),
        (
            "2016-03-05",
            "Turnout rose in 2012, and now that the rules changed it may fall.",
            [("2012", "DATE", "2012")],
        ),
        (
            # "daily" describing a paper
            "1987-06-02",
            "The Ruritanian daily newspaper La Gazeta said exports rose in May.",
            [("May", "DATE", "1987-05")],
        ),
        (
            # a markup attribute's date
            "2016-03-05",
            '<post post-author="@abc" post-date="March 4, 2016">Big win</post> — Ann (@ann) '
            "March 4, 2016",
            [("March 4, 2016", "DATE", "2016-03-04")],
        ),
        (
            # a place in a recording
            "2016-08-12",
            "(The senator's remarks start around the 3:15 mark.)",
            [],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # an adverb "now" before a "that" clause stays the present
            "2016-03-05",
            "Voters know now that the plan failed.",
            [("now", "DATE", "PRESENT_REF")],
        ),
        (
            "2016-03-05",
            "The now-defunct mill reopened.",
            [("now", "DATE", "PRESENT_REF")],
        ),
        (
            # "daily" as a rate, and a paper named after "daily", as before
            "1987-06-02",
            "Ferries run daily to the island.",
            [("daily", "SET", "P1D")],
        ),
        (
            # a clock time with a meridiem, and one before a noun other than "mark"
            "2016-03-05",
            "The council meets at 3:15 p.m. and the market closes at 4:00 today.",
            [("3:15 p.m.", "TIME", "2016-03-05T15:15"), ("4:00 today", "TIME", "2016-03-05T04:00")],
        ),
    ],
)
def test_kept(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
