"""Issue 19, twenty-eighth round: the kinds of wrong date two blind story checks found on
political news. A name read as a date (a paper's name in capitals ending in "TODAY", a
programme's title in quotation marks, "The Tonight Show", a march named after an article, "the
last Friday in August"); a weekday on the wrong side (a result named by its noun right before
the day, a plural noun read as a verb of schedule, "last Monday" written on a Tuesday or a
Wednesday); a month of a contest still to come read as the one past; "this weekend" fronted
before a past verb later in the week; midnight's bounds on its own day; a step of years from
an event the text dated. Every sentence is invented (none follows a corpus sentence). The
publication date is Wednesday 2026-03-11 unless a test gives another.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-11"  # a Wednesday: the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in capitals ending in TODAY, on a line of mixed case
        ("The mayor told RIVERTON TODAY that she would run.", []),
        ("A PRAIRIE TODAY survey put the mayor ahead.", []),
        (
            "The governor spoke to LAKESIDE TODAY on Monday.",
            [("Monday", "DATE", "2026-03-09")],
        ),
        # a programme's title in quotation marks after an article or a preposition
        ("The chef is joining the ''Today'' show as a host.", []),
        ("She made her name on \u201cToday,\u201d the morning programme.", []),
        ("The senator sat down with the hosts of The Tonight Show.", []),
        # a march named after an article, its goal in lower case
        ("Students led the March on the capital.", []),
        ("Farmers joined a March for the land.", []),
        # a month's own weekday, no "last Friday"
        (
            "The board met on the last Friday in August.",
            [("August", "DATE", "2025-08")],
        ),
    ],
)
def test_a_name_is_no_date(found: object, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line all in capitals keeps its day; so do "today" and "Today" in prose
        ("RAIN FELL ACROSS THE PLAINS TODAY", [("TODAY", "DATE", "2026-03-11")]),
        ("The council meets today.", [("today", "DATE", "2026-03-11")]),
        ("Today, the council voted.", [("Today", "DATE", "2026-03-11")]),
        # a headline's capital "Tonight" after a capitalised word stays the night
        ("Rivals Clash At Tonight's Forum", [("Tonight", "TIME", "2026-03-11TNI")]),
        # a quotation that is no title: a verb, not a preposition, before it
        ('He said, "Today we begin."', [("Today", "DATE", "2026-03-11")]),
        # the month after "in March on" without an article keeps the month
        (
            "The treaty was signed in March on the border.",
            [("March", "DATE", "2026-03")],
        ),
        ("Prices fell in the March to June period.", [("June", "DATE", "2025-06")]),
        # "last Friday" followed by a place, not a month
        ("The board met last Friday in Dover.", [("last Friday", "DATE", "2026-03-06")]),
    ],
)
def test_a_day_that_only_looks_like_a_name_stays(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
