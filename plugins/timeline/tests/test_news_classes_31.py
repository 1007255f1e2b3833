"""Issue 19, thirty-first round: kinds from the last story labels. A fronted "Today," before
a present of state, after a time gone by, is these days (TimeML's PRESENT_REF), while a
"today" of the day's events, or one in a story of days, stays the publication day. A
possessive weekday's thing is done when its evidence is told in the present ("Tuesday's
results show"), when a wake follows it, or when it is an event nobody schedules, in the
plural or after two modifiers. "That year" (and a month "of that year") points back to the
last point that named its year, past days and months named after it without one.
"Today's money market" is the day's market, while "today's money" stays these days'. A
bare "midnight" in a past clause, in a story that names a night "last night" or
"overnight", is the one that closed the day before publication.
Every sentence is invented (none follows a corpus sentence). The publication date is
Wednesday 2026-03-11 unless a test gives another.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-11"  # a Wednesday: the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    "text",
    [
        "A ferry ticket was two shillings in 1950. Today, a crossing is nine pounds.",
        "The quarry once employed 900 men. Today, it employs eleven.",
        "Tin was mined here for centuries. But today, most of the valley is forest.",
        "Ferries carried the mail until the bridge opened. Today, the old pier houses a cafe.",
        "Farmers fled the drought of the 1930s. And today, only a few families remain.",
    ],
)
def test_a_fronted_today_before_a_present_state_is_these_days(found: object, text: str) -> None:
    rows = [row for row in found(text) if row[0].lower() == "today"]  # type: ignore[operator]
    assert rows == [(rows[0][0], "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(
    "text",
    [
        # a past verb: the day's events
        "The union struck in 1996. Today, the union voted to strike again.",
        # a report verb before the present: a report of the day
        "Losses mounted in 2019. Today, the auditors said there are no funds left.",
        # a speaker's "today"
        'The mayor opened the hall in 1990. "Today, I am proud of it," she said.',
        "Crowds gathered in 2001. Today, we are here to remember them.",
        # a future or a progressive: the day's plans and events
        "The port closed in 2010. Today, the council is expected to vote on its sale.",
        "Shares slid in 2022. Today, the stock is trading near its low.",
        # a story of days: a day named in the sentence before
        "Prices fell sharply on Monday. Today, the market is calmer.",
        # nothing gone by in the sentences before
        "The museum opens at nine. Today, entry is free.",
        # not fronted
        "The museum is free today.",
    ],
)
def test_a_today_of_the_day_stays_the_day(found: object, text: str) -> None:
    rows = [row for row in found(text) if row[0].lower() == "today"]  # type: ignore[operator]
    assert rows == [(rows[0][0], "DATE", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # evidence told in the present: the thing is out, whatever the clause's modal
        ("Tuesday's results show that the north could swing.", "2026-03-10"),
        ("Monday's tally suggests the mayor may hold on.", "2026-03-09"),
        ("As Tuesday's count shows, the coastal seats are in play.", "2026-03-10"),
        # a wake follows its thing
        ("In the wake of Friday's vote, the party will elect a new leader.", "2026-03-06"),
        # an event nobody schedules, in the plural or after two modifiers
        ("Brokers will stay wary after Friday's sharp falls.", "2026-03-06"),
        ("Funds may sue over Monday's bond market collapse.", "2026-03-09"),
        ("Insurers will count the cost of Sunday's twin explosions.", "2026-03-08"),
    ],
)
def test_a_possessive_weekdays_done_thing_is_past(found: object, text: str, value: str) -> None:
    rows = [row for row in found(text) if row[0].endswith("day")]  # type: ignore[operator]
    assert rows == [(rows[0][0], "DATE", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the evidence awaited: a future or a forecast before the verb
        ("Friday's report is expected to show a rise in jobs.", "2026-03-13"),
        ("Friday's figures will show whether hiring picked up.", "2026-03-13"),
        ("Analysts expect Friday's jobs data to show a rise.", "2026-03-13"),
        # "show" as a noun
        ("Sunday's talk show will feature the minister.", "2026-03-15"),
        # a thing awaited
        ("Ahead of Friday's vote, the party will pick a whip.", "2026-03-13"),
    ],
)
def test_a_possessive_weekdays_awaited_thing_lies_ahead(
    found: object, text: str, value: str
) -> None:
    rows = [row for row in found(text) if row[0].endswith("day")]  # type: ignore[operator]
    assert rows == [(rows[0][0], "DATE", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days named without a year between the year and "that year"
        (
            "Rates peaked in 2008. On Monday the minister recalled the crisis. "
            "Banks failed that year.",
            [
                ("2008", "DATE", "2008"),
                ("Monday", "DATE", "2026-03-09"),
                ("that year", "DATE", "2008"),
            ],
        ),
        (
            "The ferry sank in 1994. Divers reached it last week. Forty people died that year.",
            [
                ("1994", "DATE", "1994"),
                ("last week", "DATE", "2026-W10"),
                ("that year", "DATE", "1994"),
            ],
        ),
        (
            "Orders rose last year. On Tuesday the firm said margins also widened that year.",
            [
                ("last year", "DATE", "2025"),
                ("Tuesday", "DATE", "2026-03-10"),
                ("that year", "DATE", "2025"),
            ],
        ),
        # a month "of that year" after a yearless month, its year named the sentence before
        (
            "Work on the line starts in April 2031. Crews rest in July, and the line opens in "
            "September of that year.",
            [
                ("April 2031", "DATE", "2031-04"),
                ("July", "DATE", "2026-07"),
                ("September of that year", "DATE", "2031-09"),
            ],
        ),
    ],
)
def test_that_year_points_back_to_the_year_named(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another year named in between: the nearer one
        (
            "Rates peaked in 2008 and fell in 2011. Banks failed that year.",
            [("2008", "DATE", "2008"), ("2011", "DATE", "2011"), ("that year", "DATE", "2011")],
        ),
        # no year named at all: the point set last, as before
        (
            "The mill shut on March 3. Its owner died that year.",
            [("March 3", "DATE", "2026-03-03"), ("that year", "DATE", "2026")],
        ),
    ],
)
def test_that_year_keeps_the_nearer_year(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dealers put today's money market shortage at 900 mln crowns.", PUBLISHED),
        ("The bank drained funds from today's money markets.", PUBLISHED),
        ("The bridge cost 40,000 pounds, about 3 mln in today's money.", "PRESENT_REF"),
    ],
)
def test_todays_money_market_is_the_day(found: object, text: str, value: str) -> None:
    rows = [row for row in found(text) if row[0].lower() == "today"]  # type: ignore[operator]
    assert rows == [(rows[0][0], "DATE", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # filed the next morning: the story's own clue, a past clause, no quotation
        (
            "The count stood at 40 of 52 wards a little before midnight. "
            "Overnight, her rival conceded.",
            "2026-03-10T24:00",
        ),
        (
            "The ferry docked just after midnight. Last night's gale had delayed it.",
            "2026-03-10T24:00",
        ),
        # no clue: the publication day's, as before
        ("The ferry docked just after midnight, the port said.", "2026-03-11T24:00"),
        # a clause ahead
        ("The ferry will dock at midnight. Last night's gale delayed it.", "2026-03-11T24:00"),
        # a speaker's midnight
        (
            '"We docked at midnight," the captain said. Last night\'s gale delayed them.',
            "2026-03-11T24:00",
        ),
    ],
)
def test_a_past_midnight_in_a_story_filed_next_morning(
    found: object, text: str, value: str
) -> None:
    rows = [row for row in found(text) if row[0] == "midnight"]  # type: ignore[operator]
    assert rows == [("midnight", "TIME", value)]
