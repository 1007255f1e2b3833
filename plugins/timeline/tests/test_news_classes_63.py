"""Round sixty-three's changes, on invented news sentences.

- "the marketing year", "the new marketing year", "the entire marketing year": a crop's year
  of the trade's calendar, a DATE valued by its first year (the lead's decision 2 on the
  seventh Reuters file's readings); the running one began in the publication year from July
  on and the year before until then; "new" / "next" is the one after it, "previous" the one
  before. Not "the same marketing year", nor one written with its year.
- "13- and 26-week bills", "three- and six-month deposits": the first count, its unit
  elided, is a DURATION of its own (decision 3); not before an age ("10- and 12-year-olds").
- A bare month named as a forward shipment ("6,000 tonnes for May at 310 dlrs", "for May
  loading", "the May position" after a cargo) is the nearest such month ahead (decision 4);
  in futures copy it stays a contract, and a figure's "March position" keeps its reading.
- "at the moment" is untagged (decision 7; TimeBank leaves it so).
- "spent the afternoon", "will spend the night": a part of the day named as when (decision 4
  on the fifth PolNeAR file's readings).
- "every fiscal year", "each calendar month": a SET, as "every year"; "where each may
  thrive" is the modal, no month.
- "in years past", "in decades past": ``PAST_REF`` (decision 4 on the sixth PolNeAR file's
  doubts).
- "a couple months ago", "a couple weeks": American speech drops the "of"; the count is two.
- A bare plural before "after" / "before" right after a dateline's dash is fronted:
  "LISBON (Reuters) - Weeks after the vote, ..." is ``PXW``.
- "soon-to-be" and "too soon to" are no time (as "too early to", untagged in TimeBank).
- "the 7 minute mark", "at the 10-minute mark": a point of a recording or a game, no length.
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
            "1987-03-04",
            "Growers will be paid if barley prices stay low during the entire marketing year.",
            [("the entire marketing year", "DATE", "1986")],
        ),
        (
            "1987-03-04",
            "Ministers must agree support prices before the new marketing year opens.",
            [("the new marketing year", "DATE", "1987")],
        ),
        (
            "1987-09-14",
            "Oat exports in the current marketing year are running behind.",
            [("the current marketing year", "DATE", "1987")],
        ),
        (
            "1987-04-02",
            "The treasury sold 3.1 billion crowns of 13- and 26-week bills on Monday.",
            [
                ("13", "DURATION", "P13W"),
                ("26-week", "DURATION", "P26W"),
                ("Monday", "DATE", "1987-03-30"),
            ],
        ),
        (
            "1987-04-02",
            "Rates on three- and six-month deposits were steady.",
            [("three", "DURATION", "P3M"), ("six-month", "DURATION", "P6M")],
        ),
        (
            "1987-03-13",
            "The mill bought 6,000 tonnes for May at 310 dlrs a tonne.",
            [("May", "DATE", "1987-05")],
        ),
        (
            "1987-03-13",
            "Two cargoes were paid in cash and the May position was sold on credit.",
            [("May", "DATE", "1987-05")],
        ),
        (
            "1987-03-13",
            "The refiner sold 9,000 tonnes for February at 120 dlrs.",
            [("February", "DATE", "1988-02")],
        ),
        (
            "2016-07-22",
            "The senator spent the afternoon with volunteers at the county office.",
            [("the afternoon", "TIME", "2016-07-22TAF")],
        ),
        (
            "2015-11-17",
            "By statute the governor every fiscal year sets a cap on new permits.",
            [("every fiscal year", "SET", "P1Y")],
        ),
        (
            "2015-11-27",
            "The mayor is more hawkish than the stance she took in years past.",
            [("years past", "DATE", "PAST_REF")],
        ),
        (
            "2015-12-30",
            "The senator raised the issue a couple months ago, aides recall.",
            [("a couple months ago", "DATE", "2015-10")],
        ),
        (
            "2016-05-15",
            "LISBON (Reuters) \u2014 Weeks after the vote, the coalition fell apart.",
            [("Weeks", "DURATION", "PXW")],
        ),
    ],
)
def test_round_63_reads(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("1987-04-17", "The party sees no need for a further rate cut at the moment, he said."),
        ("2016-04-07", "Here is where each may thrive in the primary."),
        ("2016-01-05", "Officials think it too soon to judge the new ferry timetable."),
        ("2016-01-05", "The firm's soon-to-be chief executive spoke on a panel."),
        ("2015-12-12", "The mayor's remarks begin around the 7 minute mark of the video."),
    ],
)
def test_round_63_no_time(published: str, text: str) -> None:
    assert found(text, published) == []


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # guards: unchanged on both sides
        (
            "1987-04-02",
            "Tickets for 10- and 12-year-olds cost less.",
            [],
        ),
        (
            "1987-04-02",
            "Offers of two- to five-year notes were light.",
            [("two- to five-year", "DURATION", "PXY")],
        ),
        (
            "1987-03-19",
            "At first the March position was shown as unchanged.",
            [("March", "DATE", "1987-03")],
        ),
        (
            "1987-03-13",
            "Cocoa futures were lower and the May position closed 3 lower.",
            [],
        ),
        (
            "1987-03-04",
            "Corn sales in the 1986/87 marketing year rose.",
            [("1986/87", "DATE", "1986")],
        ),
        (
            "1987-04-02",
            "Rates on three-month mark deposits eased.",
            [("three-month", "DURATION", "P3M")],
        ),
        (
            "2016-01-05",
            "The governor will leave soon.",
            [("soon", "DATE", "FUTURE_REF")],
        ),
        (
            "2015-12-30",
            "The senator raised the issue a couple of months ago.",
            [("a couple of months ago", "DATE", "2015-10")],
        ),
    ],
)
def test_round_63_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
