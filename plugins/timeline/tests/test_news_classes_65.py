"""Round sixty-five's changes, on invented news sentences.

- "tomorrow" as the future at large, after a plural head and "of" ("the mayors and
  governors of tomorrow"), with an adjective of quality ("a brighter tomorrow", "a safer,
  greener tomorrow") or as a possessive of a people or an age ("tomorrow's engineers"), is
  no TIMEX3 (the lead's decision 1 on round sixty-four's questions; round sixteen valued it
  ``FUTURE_REF``). "tomorrow" naming the day after publication is untouched.
- "retired that summer,", "That spring, the town ...": the season of the year the text set,
  closing its clause (as the month rule reads "that November,"); "in the summer of that
  year" one expression (as "October of that year"); not "said that summer rains were late".
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
        # the future at large
        ("2016-05-24", "The fund backs the mayors and governors of tomorrow.", []),
        ("2016-09-12", "The growers still hope for a brighter tomorrow, she said.", []),
        ("2016-03-02", "The charity builds the classrooms of tomorrow.", []),
        ("2016-03-02", "The academy trains the pilots of tomorrow, its head said.", []),
        ("2016-10-07", "Voters were promised a safer, greener tomorrow by the council.", []),
        ("2016-10-07", "Our new tomorrow starts with cleaner rivers, he told the crowd.", []),
        # "that summer," after a year: the season of the year the text set
        (
            "2016-05-24",
            "The brewery opened in 2009. That summer, it hired 31 staff.",
            [("2009", "DATE", "2009"), ("That summer", "DATE", "2009-SU")],
        ),
        (
            "2016-05-24",
            "The skier won the cup in 1998 and retired that winter.",
            [("1998", "DATE", "1998"), ("that winter", "DATE", "1998-WI")],
        ),
        (
            "2016-05-24",
            "The label moved in 2014, and by that fall, sales had doubled.",
            [("2014", "DATE", "2014"), ("that fall", "DATE", "2014-FA")],
        ),
        (
            "2016-05-24",
            "She joined the board in March 2012 and left that autumn, the filing shows.",
            [("March 2012", "DATE", "2012-03"), ("that autumn", "DATE", "2012-FA")],
        ),
        (
            "2016-05-24",
            "Talks began in 2013 and collapsed in the spring of that year.",
            [("2013", "DATE", "2013"), ("the spring of that year", "DATE", "2013-SP")],
        ),
        ("2011-10-20", "The college says it teaches tomorrow's workers.", []),
        # no year set before: "that summer," a season read as before, "that" in its extent
        (
            "2016-09-02",
            "Nobody slept much that summer, he said.",
            [("that summer", "DATE", "2016-SU")],
        ),
    ],
)
def test_round_65_readings(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # "tomorrow" naming the day after publication stays a day
        (
            "2016-05-24",
            "Its backlog as of tomorrow will be large.",
            [("tomorrow", "DATE", "2016-05-25")],
        ),
        (
            "2016-05-24",
            "The results of tomorrow's vote are due.",
            [("tomorrow", "DATE", "2016-05-25")],
        ),
        (
            "2016-05-24",
            "The crews of tomorrow's shift were told to stay home.",
            [("tomorrow", "DATE", "2016-05-25")],
        ),
        (
            "2016-05-24",
            "The sales of tomorrow morning will be counted apart.",
            [("tomorrow morning", "TIME", "2016-05-25TMO")],
        ),
        (
            "2016-05-24",
            "He said the other tomorrow was cancelled.",
            [("tomorrow", "DATE", "2016-05-25")],
        ),
        ("2016-05-24", "The rally is tomorrow.", [("tomorrow", "DATE", "2016-05-25")]),
        # a noun ending in "-er" before the day is no adjective of quality
        (
            "1987-03-02",
            "The mill will hold a sugar tender tomorrow for 3,000 tonnes.",
            [("tomorrow", "DATE", "1987-03-03")],
        ),
        (
            "1987-03-30",
            "Millers expect their grain order tomorrow, dealers said.",
            [("tomorrow", "DATE", "1987-03-31")],
        ),
        (
            "2011-10-20",
            "Tomorrow's ballot is expected to be close.",
            [("Tomorrow", "DATE", "2011-10-21")],
        ),
        # "that" before a season as a conjunction, no clause closed: the season as before
        (
            "2016-05-24",
            "Growers said that summer rains were late.",
            [("summer", "DATE", "2015-SU")],
        ),
        ("2016-05-24", "They hope that spring will bring rain.", [("spring", "DATE", "2016-SP")]),
        # "today" of a people or an age stays the present at large
        (
            "2016-05-24",
            "The school trains the leaders of today.",
            [("today", "DATE", "PRESENT_REF")],
        ),
    ],
)
def test_round_65_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
