"""Round seventy-three's changes, the lead's two decisions on round seventy-two, on invented
news texts.

1. The adjectives "current" and "recent" alone (before a noun that is no period: "the current
   chairman", "recent gains", "the then-current rules", or after a verb: "the rules are
   current") give no row. "the current quarter / year / session", "in recent weeks / months /
   years", "currently", "recently" and "now" stay. Before, the word alone was a
   ``PRESENT_REF`` / ``PAST_REF``.
2. A text whose first non-empty line holds only a date (a weekday before it optional) and whose
   story is below it ("Monday, January 7, 2019", a web page's date stamp) gives that line no
   row: it is the document creation time. A wire dateline opening the story's own line, a date
   inside a paragraph, a date-only line later in the text and a text of one line stay. Every
   other row keeps its value, with a publication date or without one: the line still anchors
   what it anchored ("the next day" after it, when the article has no ``published`` value).
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

PUBLISHED = "2026-03-04"


def _rows(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [(r["text"], r["type"], r["value"]) for r in extract_text(text, published)]


# 1. the adjectives alone: no row (fail on 0.9.63)
@pytest.mark.parametrize(
    "text",
    [
        "The current chairman resigned.",
        "Recent gains lifted the index.",
        "The company's current owners agreed.",
        "Under the then-current rules the bid failed.",
        "The most recent survey showed a drop.",
        "More recent data were weaker.",
        "Its list of members is current.",
        "In recent history no team has won twice.",
        "The current crop is large.",
    ],
)
def test_adjective_alone_gives_no_row(text: str) -> None:
    assert _rows(text) == []


# 1. the guards: a period after the adjective, and the adverbs (pass on 0.9.63)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit fell in the current quarter.", [("the current quarter", "DATE", "2026-Q1")]),
        ("Sales will rise in the current year.", [("the current year", "DATE", "2026")]),
        ("The bill died in the current session.", [("current", "DATE", "PRESENT_REF")]),
        ("Its current-quarter profit rose.", [("current", "DATE", "PRESENT_REF")]),
        ("Its profit for the current qtr doubled.", [("the current qtr", "DATE", "2025-Q4")]),
        ("Sales in the current nine mths slipped.", [("current", "DATE", "PRESENT_REF")]),
        ("Output fell in the current rainy season.", [("current", "DATE", "PRESENT_REF")]),
        ("Stocks ran low in the current agricultural year.", [("current", "DATE", "PRESENT_REF")]),
        (
            "Sales in the current nine month span slipped.",
            [("current", "DATE", "PRESENT_REF"), ("nine month", "DURATION", "P9M")],
        ),
        (
            "Banks hold less in the current reserve maintenance period.",
            [("current", "DATE", "PRESENT_REF")],
        ),
        ("Shares fell in recent trading sessions.", [("recent", "DATE", "PAST_REF")]),
        ("It sold the current seven year note.", [("seven year", "DURATION", "P7Y")]),
        # a hyphened count before the noun is a length of its own, no period after "current"
        ("Its current 10-day review ended.", [("10-day", "DURATION", "P10D")]),
        ("Prices rose in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
        ("Prices rose in recent months.", [("recent months", "DURATION", "PXM")]),
        ("Prices rose in recent years.", [("recent years", "DATE", "PAST_REF")]),
        ("He is currently abroad.", [("currently", "DATE", "PRESENT_REF")]),
        ("She recently left.", [("recently", "DATE", "PAST_REF")]),
        ("Rates are high now.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_period_and_adverbs_stay(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rows(text) == expected


STAMPED = (
    "Monday, January 7, 2019\xa0\n\n"
    "The council met on Tuesday and will vote the next day. On December 28 it had "
    "delayed the vote; a week earlier it had met in March.\n\nThe next day it rained."
)

#: the rows below the stamp and the first day of their bounds, as 0.9.63 gave them (the
#: stamp's row first there): with a publication date, and without one (then "the next day"
#: and "a week earlier" still count from the stamp's day, the previous expression)
BELOW = {
    "2019-01-07": [
        ("Tuesday", "DATE", "2019-01-01", "2019-01-01"),
        ("the next day", "DATE", "2019-01-02", "2019-01-02"),
        ("December 28", "DATE", "2018-12-28", "2018-12-28"),
        ("a week earlier", "DURATION", "P1W", "2018-12-21"),
        ("March", "DATE", "2018-03", "2018-03-01"),
        ("The next day", "DATE", "2019-01-08", "2019-01-08"),
    ],
    None: [
        ("Tuesday", "DATE", "XXXX-WXX-2", "None"),
        ("the next day", "DATE", "2019-01-08", "2019-01-08"),
        ("December 28", "DATE", "XXXX-12-28", "None"),
        ("a week earlier", "DURATION", "P1W", "2019-01-01"),
        ("March", "DATE", "XXXX-03", "None"),
        ("The next day", "DATE", "2019-01-02", "2019-01-02"),
    ],
}


# 2. the opening date stamp gives no row, and no other value or bound moves (fail on 0.9.63)
@pytest.mark.parametrize("published", ["2019-01-07", None])
def test_opening_stamp_no_row_and_no_value_moves(published: str | None) -> None:
    rows = extract_text(STAMPED, published)
    got = [(r["text"], r["type"], r["value"], str(r["date_start"])[:10]) for r in rows]
    assert got == BELOW[published]
    assert [r["n"] for r in rows] == list(range(len(rows)))


@pytest.mark.parametrize(
    "head",
    [
        "Monday, January 7, 2019",
        "January 7, 2019",
        "Tue 8 Jan 2019",
        "8 January 2019",
        "2019-01-08",
        "  \nSunday, March 1, 2026.",
    ],
)
def test_stamp_shapes(head: str) -> None:
    rows = _rows(head + "\n\nThe mayor spoke on Friday.")
    assert [r[0] for r in rows] == ["Friday"]


# 2. the guards (pass on 0.9.63)
@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a wire dateline opening the story's own line
        ("LIMA, June 4 (Reuters) - The mayor spoke on Friday.\nMore followed.", "June 4"),
        # a date inside the first paragraph
        ("On March 2, 2026, the mayor spoke.\nMore followed.", "March 2, 2026"),
        ("March 2, 2026, was a cold day.\nMore followed.", "March 2, 2026"),
        # a date-only line later in the text
        ("The mayor spoke.\nMonday, March 2, 2026\nMore followed.", "Monday, March 2, 2026"),
        # a text of one line, or nothing below the date
        ("Monday, March 2, 2026", "Monday, March 2, 2026"),
        ("Monday, March 2, 2026\n \n", "Monday, March 2, 2026"),
        # a date and a time: more than a date
        ("Monday, March 2, 2026, 10:00\nThe mayor spoke.", "Monday, March 2, 2026"),
    ],
)
def test_other_dates_stay(text: str, first: str) -> None:
    assert _rows(text)[0][0] == first
