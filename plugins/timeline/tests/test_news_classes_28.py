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
        # a day of the month that heads a name: a movement, a body, a place, a yearly event
        ("Crowds lined the route of the Ninth of June Parade.", []),
        ("The October 3 Alliance named a leader.", []),
        ("Traffic stopped on the 2nd of April Bridge.", []),
        # a programme's title between doubled single quotes, its words capitalised
        ("The mayor said on ''Capital Week'' that she would stay.", []),
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
        # a day before a capitalised word that heads no name, or with no article before it
        ("On March 2 Parliament voted.", [("March 2", "DATE", "2026-03-02")]),
        ("The March 2 vote was close.", [("March 2", "DATE", "2026-03-02")]),
        # "last Friday" followed by a place, not a month
        ("The board met last Friday in Dover.", [("last Friday", "DATE", "2026-03-06")]),
    ],
)
def test_a_day_that_only_looks_like_a_name_stays(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "last Monday" written on a Tuesday or a Wednesday: the week before
        ("The envoy met the rebels last Monday.", "2026-03-10", "2026-03-02"),
        ("The envoy met the rebels last Monday.", "2026-03-11", "2026-03-02"),
        ("The envoy met the rebels last Tuesday.", "2026-03-11", "2026-03-03"),
        # not later in the week, nor a day of the week before
        ("The envoy met the rebels last Monday.", "2026-03-12", "2026-03-09"),
        ("The envoy met the rebels last Sunday.", "2026-03-10", "2026-03-08"),
        ("The envoy met the rebels last Wednesday.", "2026-03-11", "2026-03-04"),
    ],
)
def test_last_weekday_early_in_the_week(
    found: object, text: str, published: str, expected: str
) -> None:
    assert [row[2] for row in found(text, published)] == [expected]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result named by its noun right before the day is of a contest done
        (
            "After her win Tuesday, the mayor will tour the north.",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        ("His defeat Sunday will cost the party dearly.", [("Sunday", "DATE", "2026-03-08")]),
        # one hoped for or needed lies ahead, and an indefinite one follows the clause
        ("The mayor needs a win Saturday.", [("Saturday", "DATE", "2026-03-14")]),
        ("A win Friday would put her ahead.", [("Friday", "DATE", "2026-03-13")]),
        # a plural noun before its auxiliary is no verb of schedule
        ("On Monday, ballots were counted by hand.", [("Monday", "DATE", "2026-03-09")]),
        ("On Friday, the council votes on the budget.", [("Friday", "DATE", "2026-03-13")]),
        # a contest forecast in the passive is a plan: ahead in the present, either side
        # in the past
        ("The mayor is favoured to win on Saturday.", [("Saturday", "DATE", "2026-03-14")]),
        ("The mayor was favoured to win on Tuesday.", [("Tuesday", "DATE", "2026-03-10")]),
        # a capital "May" after "in" and before "and" and a past verb is the month, so the
        # clause's past stands
        (
            "The audit began in May and ended Monday.",
            [("May", "DATE", "2025-05"), ("Monday", "DATE", "2026-03-09")],
        ),
        # a reporter's failed attempt, with a typographic apostrophe
        (
            "The minister wouldn\u2019t say Tuesday when the bill would pass.",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        # an event nobody schedules, named with its day, in a clause ahead: past
        (
            "Voters will remember the stabbing in the square on Friday.",
            [("Friday", "DATE", "2026-03-06")],
        ),
        # not one feared, planned or rehearsed
        (
            "Rescuers will stage a drill of a derailment on Friday.",
            [("Friday", "DATE", "2026-03-13")],
        ),
        # a result and its day past a list of places
        (
            "Her wins in Ohio, Iowa, Kansas, Nebraska and Maine on Tuesday will only help.",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        # an appearance on the calendar, in the present: ahead; in the past: back
        (
            "The chair speaks to a trade club on Friday.",
            [("Friday", "DATE", "2026-03-13")],
        ),
        ("The chair spoke to a trade club on Monday.", [("Monday", "DATE", "2026-03-09")]),
        # a result feared ahead; one suffered is past
        (
            "The senator, who fears a slim defeat in her district on Tuesday, stayed silent.",
            [("Tuesday", "DATE", "2026-03-17")],
        ),
        (
            "The mayor suffered a narrow loss in Tuesday's runoff.",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        # a plan told in the past with "was going to": the nearest such day, either side
        (
            "The mayor said she was going to fly home on Wednesday.",
            [("Wednesday", "DATE", "2026-03-11")],
        ),
        ("The mayor said she is going to fly home on Friday.", [("Friday", "DATE", "2026-03-13")]),
        # a quoted title's words are no verbs of the clause ("Meet" is no schedule)
        (
            "The mayor said on ''Meet the Voters'' on Sunday that she would stay.",
            [("Sunday", "DATE", "2026-03-08")],
        ),
        # a judgement in progress on a thing done: the thing is past
        (
            "Unions are hailing the mayor's budget speech on Monday.",
            [("Monday", "DATE", "2026-03-09")],
        ),
        # a response that may be the day's own act is left to the tense
        (
            "Unions will respond to the budget speech on Friday.",
            [("Friday", "DATE", "2026-03-13")],
        ),
        # a contest awaited, its noun right before the day
        (
            "The rivals traded jabs ahead of the debate Thursday.",
            [("Thursday", "DATE", "2026-03-12")],
        ),
        ("Both camps prepared for the vote Sunday.", [("Sunday", "DATE", "2026-03-15")]),
        ("The rivals traded jabs after the debate Monday.", [("Monday", "DATE", "2026-03-09")]),
        # a reported clause's own "would" after its subject and the day: ahead
        (
            "Aides said the debate Friday would settle the race.",
            [("Friday", "DATE", "2026-03-13")],
        ),
        # not an effect of an act done, nor a participle and its day, nor a hypothesis
        (
            "Officials said the rate cut Monday would help exporters.",
            [("Monday", "DATE", "2026-03-09")],
        ),
        (
            "A land deal announced Monday would give the town a park.",
            [("Monday", "DATE", "2026-03-09")],
        ),
        ("A draw on Saturday would keep the side up.", [("Saturday", "DATE", "2026-03-14")]),
    ],
)
def test_a_weekday_on_the_right_side(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contest still to be decided, in a clause not past: the coming month
        ("Her chances of winning in February look slim.", "2027-02"),
        ("Can the senator win in January?", "2027-01"),
        ("Rebels hope to retake the valley in February.", "2027-02"),
        ("The party is trying to regain the council in February.", "2027-02"),
        ("The party has nine seats up in January.", "2027-01"),
        ("The mayor is favoured to win in February.", "2027-02"),
        ("Come February, the voters will decide.", "2027-02"),
        # a contest told in the past, a figure's win, a comparison: the month past
        ("The senator won in February.", "2026-02"),
        ("Her win in February surprised the pollsters.", "2026-02"),
        ("The firm needs higher sales than in February.", "2026-02"),
    ],
)
def test_a_month_of_a_contest_ahead(found: object, text: str, expected: str) -> None:
    assert [row[2] for row in found(text)] == [expected]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # fronted before its past verb, later in the week: the weekend just over
        ("This weekend, the mayor complained about the count.", "2026-03-11", "2026-W10-WE"),
        ("This weekend, the mayor complained about the count.", "2026-03-13", "2026-W10-WE"),
        # in a clause ahead, or not fronted, the week's own weekend
        ("This weekend, the mayor will tour the north.", "2026-03-11", "2026-W11-WE"),
        ("The coach picked a side for the derby this weekend.", "2026-03-12", "2026-W11-WE"),
    ],
)
def test_this_weekend_fronted_later_in_the_week(
    found: object, text: str, published: str, expected: str
) -> None:
    assert [row[2] for row in found(text, published)] == [expected]  # type: ignore[operator]


def test_midnight_is_bounded_on_its_own_day(bounds: object) -> None:
    rows = bounds("Ballots were counted until midnight on Tuesday.")  # type: ignore[operator]
    assert rows == [("midnight on Tuesday", "2026-03-10T24:00", "2026-03-10", "2026-03-11")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step of years from an event dated before: the bounds of the year reached, the
        # value the length (TimeBank's DURATION)
        (
            "The border war ended in 1994. Ten years after the war, the two towns shared a school.",
            [
                ("1994", "1994", "1994-01-01", "1995-01-01"),
                ("Ten years", "P10Y", "2004-01-01", "2005-01-01"),
            ],
        ),
        (
            "The merger closed in May 2011. Three years after the merger, the plant shut.",
            [
                ("May 2011", "2011-05", "2011-05-01", "2011-06-01"),
                ("Three years", "P3Y", "2014-01-01", "2015-01-01"),
            ],
        ),
        (
            "The mill closed two years after 2008.",
            [
                ("two years", "P2Y", "2010-01-01", "2011-01-01"),
                ("2008", "2008", "2008-01-01", "2009-01-01"),
            ],
        ),
        # an event the text never dated, or dated twice: the length alone
        (
            "Ten years after the war, the two towns shared a school.",
            [("Ten years", "P10Y", "", "")],
        ),
    ],
)
def test_a_step_of_years_after_a_dated_event(
    bounds: object, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected  # type: ignore[operator]
