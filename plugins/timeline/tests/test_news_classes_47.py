"""Round forty-seven's audit of issue 19's error classes, on invented news sentences.

Each class the issue names (generic and vague expressions; the day of a market report; spans
that change the value; adjectives of frequency and length; DATE against DURATION; a weekday
after "until", "by", "next"; a quarter without a year; "mid-2011"; decades and "'82"; clock
times in UTC) in several forms of finance, car, aviation and technology news, each with the
value the TimeML guidelines and the plugin's conventions give. ``FIXED`` fail on main's code
(0.9.30): "the final quarter" without a year was a length (``P1Q``, ``PXQ`` after "the 2010" or
"last year's"), and a session's close ("ended the day only 30 cents higher", "ending the day
at $12.40", "ended the day barely changed") was missed unless one of a few words followed.
``GUARDS`` pass on both. ``LEFT`` are the audit's forms still wrong, kept as strict xfails ("the
1970s and 80s" left them in round forty-nine: it is in ``test_news_classes_49.py``).
"""

from __future__ import annotations

import re

import pytest
from newslens_timeline.extract import extract_text

PUBLISHED = "2011-06-15"  # a Wednesday

Row = tuple[str, str, str, list[tuple[str, ...]], list[str]]

FIXED: list[Row] = [
    (
        "market day",
        PUBLISHED,
        "On Tuesday the airline's stock slid 6 percent, ending the day at $12.40.",
        [("the day", "DATE", "2011-06-14")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "The carmaker's shares ended the day only 30 cents higher.",
        [("the day", "DATE", "2011-06-15")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "Aluminium ended the day barely changed in London.",
        [("the day", "DATE", "2011-06-15")],
        [],
    ),
    (
        "value-changing span",
        "2011-03-02",
        "Sales in the final quarter rose 5 percent, the carmaker said.",
        [("the final quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "value-changing span",
        "2011-02-08",
        "Profits were hit in the final quarter by higher fuel costs.",
        [("the final quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "The chipmaker expects orders to pick up in the final quarter.",
        [("the final quarter", "DATE", "2011-Q4")],
        [],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "Tablet shipments fell in the 2010 final quarter, the researcher said.",
        [("the 2010 final quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "The margin beat the one reported in last year's final quarter.",
        [("last year's final quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "quarter without year",
        "2011-03-02",
        "The carmaker sold 1.2 million cars in the final quarter.",
        [("the final quarter", "DATE", "2010-Q4")],
        [],
    ),
]

GUARDS: list[Row] = [
    (
        "vague",
        PUBLISHED,
        "The carmaker will keep the Ohio plant idle for the time being, a spokesman said.",
        [("the time being", "DATE", "PRESENT_REF")],
        [],
    ),
    (
        "vague",
        PUBLISHED,
        "For the time being, fares on the Lisbon route stay where they are.",
        [("the time being", "DATE", "PRESENT_REF")],
        [],
    ),
    (
        "vague",
        PUBLISHED,
        "Regulators said the chip design would be reviewed at a later date.",
        [("a later date", "DATE", "FUTURE_REF")],
        [],
    ),
    (
        "vague",
        PUBLISHED,
        "At that time, the startup had fewer than 40 employees.",
        [("that time", "DATE", "PAST_REF")],
        [],
    ),
    ("vague", PUBLISHED, "The airline said it would announce the new fares later.", [], ["later"]),
    (
        "vague",
        PUBLISHED,
        "The jet maker expects to deliver the first aircraft later this year.",
        [("later this year", "DATE", "2011", "END")],
        [],
    ),
    (
        "vague",
        PUBLISHED,
        "The software group will publish details in the near future.",
        [("the near future", "DATE", "FUTURE_REF")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "Shares of the carmaker fell 4 percent on the day.",
        [("the day", "DATE", "2011-06-15")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "The Nasdaq recovered late in the day as chip stocks rallied.",
        [("late in the day", "DATE", "2011-06-15", "END")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "Volume for the day was light at 80 million shares.",
        [("the day", "DATE", "2011-06-15")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "The euro hit the day's low against the dollar early in the day.",
        [("the day", "DATE", "2011-06-15"), ("early in the day", "DATE", "2011-06-15", "START")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "The dollar rose against the yen on Tuesday, but fell back late in the day.",
        [("late in the day", "DATE", "2011-06-14", "END")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "On Monday, the airline's shares rose 3 percent on the day.",
        [("the day", "DATE", "2011-06-13")],
        [],
    ),
    (
        "market day",
        PUBLISHED,
        "Copper ended the day 1.2 percent lower in London.",
        [("the day", "DATE", "2011-06-15")],
        [],
    ),
    ("market day", PUBLISHED, "The airport closed for the day after the storm.", [], ["the day"]),
    (
        "value-changing span",
        PUBLISHED,
        "In the first quarter, the airline's revenue rose 8% from the same period last year.",
        [("the same period last year", "DATE", "2010-Q1")],
        ["last year"],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "Car sales in May climbed 12 percent from the same month last year.",
        [("the same month last year", "DATE", "2010-05")],
        [],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "Second-quarter deliveries of the jet maker rose 9% over the same quarter last year.",
        [("the same quarter last year", "DATE", "2010-Q2")],
        [],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "The chipmaker lost $40 million in the final quarter of 2009.",
        [("the final quarter of 2009", "DATE", "2009-Q4")],
        ["2009"],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "Profit in the last quarter of 2010 doubled, the carmaker said.",
        [("the last quarter of 2010", "DATE", "2010-Q4")],
        [],
    ),
    (
        "value-changing span",
        "2011-02-08",
        "The airline swung to a loss in the last quarter of the year.",
        [("the last quarter of the year", "DATE", "2010-Q4")],
        [],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "Traders recalled Black Monday, when the Dow fell 22.6 percent in a single session.",
        [],
        ["Monday"],
    ),
    (
        "value-changing span",
        PUBLISHED,
        "Shoppers crowded car dealers on Black Friday.",
        [],
        ["Friday"],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The carmaker will hold its annual shareholder meeting in Detroit.",
        [],
        ["annual"],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The Dow's single-day drop of 500 points was its worst since 2008.",
        [("single-day", "DURATION", "P1D")],
        [],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The stock touched an intraday high of $41.",
        [],
        ["intraday"],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "Short-term interest rates were unchanged.",
        [],
        ["Short-term"],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The airline reported its biggest one-day fall in bookings.",
        [("one-day", "DURATION", "P1D")],
        [],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The regulator opened a two-week consultation on airport fees.",
        [("two-week", "DURATION", "P2W")],
        [],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The bank's year-long review of its loan book ended in May.",
        [("year-long", "DURATION", "P1Y")],
        [],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The index's three-day losing streak ended.",
        [("three-day", "DURATION", "P3D")],
        [],
    ),
    (
        "frequency/length adjective",
        PUBLISHED,
        "The carmaker posted its first annual loss in 20 years.",
        [("20 years", "DURATION", "P20Y")],
        ["annual"],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "Car prices have risen 30 percent over the past decade.",
        [("the past decade", "DURATION", "P10Y")],
        [],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "The chipmaker spent the entire year restructuring.",
        [("the entire year", "DATE", "2011")],
        [],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "Sales were flat for the whole year, the retailer said.",
        [("the whole year", "DATE", "2011")],
        [],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "Over the past five years the carmaker cut 20,000 jobs.",
        [("the past five years", "DURATION", "P5Y")],
        [],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "The past year was the airline's worst since 2001.",
        [("The past year", "DATE", "2010")],
        [],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "The index gained 4 percent in the past week.",
        [("the past week", "DATE", "2011-W23")],
        [],
    ),
    (
        "date vs duration",
        PUBLISHED,
        "The past two decades have seen fares halve.",
        [("The past two decades", "DURATION", "P20Y")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "The union said the strike at the engine plant would last until Monday.",
        [("Monday", "DATE", "2011-06-20")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "The airline must file its reply by Friday.",
        [("Friday", "DATE", "2011-06-17")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "The software maker will release the update next Tuesday.",
        [("next Tuesday", "DATE", "2011-06-21")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "The carmaker suspended production until Monday.",
        [("Monday", "DATE", "2011-06-20")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "The strike lasted until Monday, when workers returned.",
        [("Monday", "DATE", "2011-06-13")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "Bids for the airline's stake are due by Thursday.",
        [("Thursday", "DATE", "2011-06-16")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "Trading in the shares was halted until Friday.",
        [("Friday", "DATE", "2011-06-17")],
        [],
    ),
    (
        "weekday direction",
        PUBLISHED,
        "Regulators gave the insurer until Monday to respond.",
        [("Monday", "DATE", "2011-06-20")],
        [],
    ),
    (
        "quarter without year",
        "2011-08-10",
        "The carmaker's profit fell 20 percent in the second quarter.",
        [("the second quarter", "DATE", "2011-Q2")],
        [],
    ),
    (
        "quarter without year",
        "2011-02-10",
        "The airline lost $200 million in the fourth quarter.",
        [("the fourth quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "quarter without year",
        "2011-02-10",
        "The chipmaker expects sales to recover in the second quarter.",
        [("the second quarter", "DATE", "2011-Q2")],
        [],
    ),
    (
        "quarter without year",
        "2011-11-03",
        "Fourth-quarter bookings will be weak, the airline warned.",
        [("Fourth-quarter", "DATE", "2011-Q4")],
        [],
    ),
    (
        "quarter without year",
        "2011-05-20",
        "The bank will report first-quarter results next week.",
        [("first-quarter", "DATE", "2011-Q1")],
        [],
    ),
    (
        "quarter without year",
        "2011-01-25",
        "Fourth-quarter revenue at the software group rose 12 percent.",
        [("Fourth-quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "quarter without year",
        "2011-02-08",
        "The bank's fourth quarter was its best ever.",
        [("fourth quarter", "DATE", "2010-Q4")],
        [],
    ),
    (
        "mid-",
        PUBLISHED,
        "Construction of the plant should finish by mid-2012.",
        [("mid-2012", "DATE", "2012", "MID")],
        [],
    ),
    (
        "mid-",
        PUBLISHED,
        "The jet maker expects to resume deliveries in mid-2011.",
        [("mid-2011", "DATE", "2011", "MID")],
        [],
    ),
    (
        "mid-",
        PUBLISHED,
        "Fuel prices peaked in mid-March.",
        [("mid-March", "DATE", "2011-03", "MID")],
        [],
    ),
    (
        "mid-",
        PUBLISHED,
        "The carmaker plans a new model by the middle of next year.",
        [("the middle of next year", "DATE", "2012", "MID")],
        [],
    ),
    (
        "mid-",
        PUBLISHED,
        "The airline expects to break even by mid-year.",
        [("mid-year", "DATE", "2011", "MID")],
        [],
    ),
    (
        "mid-",
        PUBLISHED,
        "The model was first sold in the mid-80s.",
        [("the mid-80s", "DATE", "198", "MID")],
        [],
    ),
    (
        "decades and '82",
        PUBLISHED,
        "Car ownership doubled in the 80s.",
        [("the 80s", "DATE", "198")],
        [],
    ),
    (
        "decades and '82",
        PUBLISHED,
        "The airline was founded in '82.",
        [("'82", "DATE", "1982")],
        [],
    ),
    (
        "decades and '82",
        PUBLISHED,
        "The company's last loss came in the early '90s.",
        [("the early '90s", "DATE", "199", "START")],
        [],
    ),
    (
        "decades and '82",
        PUBLISHED,
        "Sales in 2010 were the best since '07.",
        [("'07", "DATE", "2007")],
        [],
    ),
    (
        "UTC clock times",
        PUBLISHED,
        "The launch is set for 14:30 UTC on Thursday.",
        [("14:30 UTC on Thursday", "TIME", "2011-06-16T14:30")],
        [],
    ),
    (
        "UTC clock times",
        PUBLISHED,
        "The outage began at 0830 GMT and lasted three hours.",
        [("0830 GMT", "TIME", "2011-06-15T08:30")],
        [],
    ),
    (
        "UTC clock times",
        PUBLISHED,
        "The satellite was launched at 3:15 a.m. UTC Friday.",
        [("3:15 a.m. UTC Friday", "TIME", "2011-06-10T03:15")],
        [],
    ),
    (
        "UTC clock times",
        PUBLISHED,
        "The quake struck at 05:46 UTC on 11 March.",
        [("05:46 UTC on 11 March", "TIME", "2011-03-11T05:46")],
        [],
    ),
    (
        "UTC clock times",
        PUBLISHED,
        "The recall notice was posted at 16:00 UTC yesterday.",
        [("16:00 UTC yesterday", "TIME", "2011-06-14T16:00")],
        [],
    ),
    (
        "UTC clock times",
        PUBLISHED,
        "The servers went down at 11 p.m. GMT.",
        [("11 p.m. GMT", "TIME", "2011-06-15T23:00")],
        [],
    ),
]

LEFT: list[tuple[Row, str]] = [
    (
        (
            "market day",
            PUBLISHED,
            "Shares of the chipmaker closed the day down 2 percent on Friday.",
            [("the day", "DATE", "2011-06-10")],
            [],
        ),
        "a weekday named after the market day in its clause is not its anchor yet",
    ),
    (
        (
            "market day",
            PUBLISHED,
            "Brent crude slipped late in the day on Monday.",
            [("late in the day", "DATE", "2011-06-13", "END")],
            [],
        ),
        "a weekday named after the market day in its clause is not its anchor yet",
    ),
    (
        (
            "weekday direction",
            PUBLISHED,
            "The bank said on Monday it had until Friday to raise the capital.",
            [("Monday", "DATE", "2011-06-13"), ("Friday", "DATE", "2011-06-17")],
            [],
        ),
        "a deadline's weekday after a reported day ('until Friday to') is read back",
    ),
]


def _rows(published: str, text: str) -> set[tuple[str, str, str, str]]:
    return {
        (re.sub(r"\s+", " ", f["text"]), f["type"], f["value"], f.get("mod") or "")
        for f in extract_text(text, published, strict=True)
    }


def _check(row: Row) -> None:
    _cls, published, text, expected, absent = row
    found = _rows(published, text)
    for e in expected:
        assert (e[0], e[1], e[2], e[3] if len(e) > 3 else "") in found, (e, found)
    for a in absent:
        assert all(f[0] != a for f in found), (a, found)


@pytest.mark.parametrize("row", FIXED, ids=[r[2][:40] for r in FIXED])
def test_fixed_forms(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", GUARDS, ids=[r[2][:40] for r in GUARDS])
def test_guard_forms(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=why)) for r, why in LEFT],
    ids=[r[2][:40] for r, _ in LEFT],
)
def test_left_forms(row: Row) -> None:
    _check(row)


def test_a_final_quarter_in_a_match_report_is_no_date() -> None:
    """The game's last quarter in a match report is no quarter of the year."""
    text = (
        "The Hawks beat the Rovers 101-95 in a basketball match at the city stadium. "
        "Jones led the squad, and the Hawks pulled away in the final quarter."
    )
    assert not any("quarter" in f[0] for f in _rows(PUBLISHED, text))


def test_a_close_with_no_market_word_needs_a_move() -> None:
    """ "ended the day" with nothing of a market in its sentence stays unread."""
    assert not _rows(PUBLISHED, "The team finished the day in third place.")
