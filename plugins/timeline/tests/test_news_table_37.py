"""Round thirty-seven: sixty invented news sentences, written before reading the rules.

Why: issue 19's bars are on news sets we do not hold (TempEval-3's test, Wikinews 2004-2013),
and round thirty-five's table was written by the developer who then fixed it. These rows were
written from the TimeML guidelines' conventions alone (TimeBank/AQUAINT's annotation and the
"Conventions" part of ``docs/plugins/timeline.md``), before any rule code or earlier table was
read, in the external set's genres (finance, cars, aviation, technology, politics) with
publication dates from 2004 to 2013, wire and web styles. Every temporal expression of each
sentence is listed with its TIMEX3 extent, type and value; the list must match exactly.

Value conventions followed (TimeBank's): a clock time's zone is kept in the extent, not in the
value ("5 p.m. EST Nov. 9" is ``...T17:00``); "a year earlier" after a quarter is that quarter
a year back; "two years ago" is the year (``1996``); "recently" and "now" are ``PAST_REF`` and
``PRESENT_REF``; "every day", "daily", "a day" are the SET ``P1D``; a fiscal year is its year.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

D, T, DUR, S = "DATE", "TIME", "DURATION", "SET"

#: (publication date, sentence, [(extent, type, value), ...])
ROWS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # finance
    (
        "2005-10-20",
        "Harwell Foods said on Wednesday that third-quarter profit rose 12 percent, and it "
        "expects sales to grow in the fourth quarter.",
        [
            ("Wednesday", D, "2005-10-19"),
            ("third-quarter", D, "2005-Q3"),
            ("the fourth quarter", D, "2005-Q4"),
        ],
    ),
    (
        "2007-02-14",
        "Kestrel Bank said fourth-quarter net income fell to $41 million from $56 million a "
        "year earlier.",
        [("fourth-quarter", D, "2006-Q4"), ("a year earlier", D, "2005-Q4")],
    ),
    (
        "2008-07-31",
        "For the first half of 2008, revenue at the Danbury chemicals group climbed 9 percent "
        "to $2.3 billion.",
        [("the first half of 2008", D, "2008-H1")],
    ),
    (
        "2009-08-06",
        "Orland Systems forecast revenue of $1.1 billion to $1.2 billion for fiscal 2010.",
        [("fiscal 2010", D, "2010")],
    ),
    (
        "2011-03-09",
        "Shares of Tamsin Mining fell 4 percent on Tuesday, their biggest one-day drop since "
        "November.",
        [("Tuesday", D, "2011-03-08"), ("one-day", DUR, "P1D"), ("November", D, "2010-11")],
    ),
    (
        "2012-05-02",
        "The central bank will announce its rate decision on Thursday, and most economists "
        "expect no change until next year.",
        [("Thursday", D, "2012-05-03"), ("next year", D, "2013")],
    ),
    (
        "2006-11-27",
        "Retail sales rose 0.6 percent in October from September, the Commerce Department said.",
        [("October", D, "2006-10"), ("September", D, "2006-09")],
    ),
    (
        "2010-01-15",
        "The lender has cut 3,000 jobs over the past two years and plans to shed another 500 "
        "in the coming months.",
        [("the past two years", DUR, "P2Y"), ("the coming months", D, "FUTURE_REF")],
    ),
    (
        "2013-08-01",
        "The Brenton small-cap index has gained 18 percent so far this year.",
        [("this year", D, "2013")],
    ),
    (
        "2004-06-18",
        "Trading was light on Friday, with about 1.2 billion shares changing hands by 4 p.m. EDT.",
        [("Friday", D, "2004-06-18"), ("4 p.m. EDT", T, "2004-06-18T16:00")],
    ),
    (
        "2007-09-12",
        "The board declared a dividend of 22 cents a share, payable Oct. 15 to holders of "
        "record on Sept. 28.",
        [("Oct. 15", D, "2007-10-15"), ("Sept. 28", D, "2007-09-28")],
    ),
    (
        "2009-11-05",
        "Initial jobless claims fell to 512,000 last week, from 531,000 the previous week, the "
        "Labor Department said on Thursday.",
        [
            ("last week", D, "2009-W44"),
            ("the previous week", D, "2009-W43"),
            ("Thursday", D, "2009-11-05"),
        ],
    ),
    (
        "2012-09-20",
        "Home prices in the region are still 8 percent below their level two years ago.",
        [("two years ago", D, "2010")],
    ),
    (
        "2008-10-10",
        "Stocks have lost nearly $2 trillion in value this week alone.",
        [("this week", D, "2008-W41")],
    ),
    (
        "2006-05-17",
        "Brandt Retail said first-quarter earnings, for the period ended April 29, rose to 31 "
        "cents a share.",
        # row corrected after the run (see the round's section): TimeBank values "the
        # quarter" before "ended" and a day as the quarter reported, and "the latest period",
        # "the 1988 period" as the quarter under discussion; "the period" here is that quarter
        [
            ("first-quarter", D, "2006-Q1"),
            ("the period", D, "2006-Q1"),
            ("April 29", D, "2006-04-29"),
        ],
    ),
    (
        "2013-07-18",
        "Analysts expect Q2 revenue of $14.9 billion, against $13.2 billion in Q2 2012.",
        [("Q2", D, "2013-Q2"), ("Q2 2012", D, "2012-Q2")],
    ),
    # cars
    (
        "2005-01-05",
        "U.S. auto sales fell 2 percent in December from a year earlier.",
        [("December", D, "2004-12"), ("a year earlier", D, "2003-12")],
    ),
    (
        "2009-06-01",
        "The Detroit carmaker filed for bankruptcy protection early Monday in Manhattan.",
        [("early Monday", D, "2009-06-01")],
    ),
    (
        "2010-02-03",
        "The carmaker said it would begin shipping repaired pedals to dealers this week and "
        "expected the recall to take several months.",
        [("this week", D, "2010-W05"), ("several months", DUR, "PXM")],
    ),
    (
        "2011-08-10",
        "The company builds about 1,200 vehicles a day at the Ridgeway plant.",
        [("a day", S, "P1D")],
    ),
    (
        "2012-01-09",
        "The auto show opens to the public on Saturday and runs through Jan. 22.",
        [("Saturday", D, "2012-01-14"), ("Jan. 22", D, "2012-01-22")],
    ),
    (
        "2013-04-15",
        "Sales of the Velora hybrid have doubled since it went on sale in 2011.",
        [("2011", D, "2011")],
    ),
    (
        "2007-07-25",
        "Deliveries of the new sedan will start in the spring of 2008, the company said on "
        "Tuesday.",
        [("the spring of 2008", D, "2008-SP"), ("Tuesday", D, "2007-07-24")],
    ),
    (
        "2008-12-19",
        "The Treasury will lend the two automakers $13.4 billion in December and January.",
        [("December", D, "2008-12"), ("January", D, "2009-01")],
    ),
    (
        "2004-09-01",
        "Dealers sold 1.6 million cars and light trucks in August, the best result since July "
        "2003.",
        [("August", D, "2004-08"), ("July 2003", D, "2003-07")],
    ),
    (
        "2006-03-08",
        "The union's contract with the parts maker expires at midnight Friday.",
        [("midnight Friday", T, "2006-03-10T24:00")],
    ),
    # aviation
    (
        "2005-04-27",
        "The double-decker jet took off from Toulouse at 10:29 a.m. Wednesday for its first "
        "test flight, which lasted nearly four hours.",
        [("10:29 a.m. Wednesday", T, "2005-04-27T10:29"), ("nearly four hours", DUR, "PT4H")],
    ),
    (
        "2009-01-16",
        "The jet ditched in the river on Thursday afternoon shortly after leaving the airport.",
        [("Thursday afternoon", T, "2009-01-15TAF")],
    ),
    (
        "2010-04-19",
        "Much of Europe's airspace has been closed since Thursday, and airlines say they are "
        "losing $200 million a day.",
        [("Thursday", D, "2010-04-15"), ("a day", S, "P1D")],
    ),
    (
        "2013-01-17",
        "Regulators grounded the airline's new jets late Wednesday, saying the planes would "
        "stay on the ground until the battery risk is resolved.",
        [("late Wednesday", D, "2013-01-16")],
    ),
    (
        "2006-08-11",
        "Passengers at the London airport waited up to six hours on Thursday as security was "
        "tightened.",
        [("up to six hours", DUR, "PT6H"), ("Thursday", D, "2006-08-10")],
    ),
    (
        "2008-04-10",
        "The carrier canceled about 3,100 flights over the past three days for wiring checks.",
        [("the past three days", DUR, "P3D")],
    ),
    (
        "2012-06-13",
        "The airline will add a daily flight between Denver and Osaka starting in September.",
        [("daily", S, "P1D"), ("September", D, "2012-09")],
    ),
    (
        "2004-12-22",
        "About 3 million passengers are expected to fly on Sunday, an airline trade group said "
        "on Tuesday.",
        [("Sunday", D, "2004-12-26"), ("Tuesday", D, "2004-12-21")],
    ),
    (
        "2007-10-25",
        "The superjumbo entered commercial service on Thursday with a flight from Singapore to "
        "Sydney, 18 months behind schedule.",
        [("Thursday", D, "2007-10-25"), ("18 months", DUR, "P18M")],
    ),
    (
        "2009-02-13",
        "The commuter plane crashed into a house at about 10:17 p.m. EST Thursday.",
        [("about 10:17 p.m. EST Thursday", T, "2009-02-12T22:17")],
    ),
    # technology
    (
        "2007-01-09",
        "The company said its phone will go on sale in June for $499.",
        [("June", D, "2007-06")],
    ),
    (
        "2008-12-10",
        "The electronics maker will cut 8,000 jobs by the end of March 2010, the company said "
        "on Tuesday.",
        [("the end of March 2010", D, "2010-03"), ("Tuesday", D, "2008-12-09")],
    ),
    (
        "2011-10-06",
        "Lena Marsh, who co-founded Corvid Software in 1986, died on Wednesday at 61.",
        [("1986", D, "1986"), ("Wednesday", D, "2011-10-05")],
    ),
    (
        "2012-07-19",
        "The chipmaker's shares have fallen by a third since mid-March.",
        [("mid-March", D, "2012-03")],
    ),
    (
        "2009-09-30",
        "The social network now has about 300 million users, up from 200 million in April.",
        [("now", D, "PRESENT_REF"), ("April", D, "2009-04")],
    ),
    (
        "2013-05-07",
        "The handset maker ships new models every spring and every fall.",
        [("every spring", S, "XXXX-SP"), ("every fall", S, "XXXX-FA")],
    ),
    (
        "2006-02-21",
        "The search company has recently begun testing a service that lets users store files "
        "online.",
        [("recently", D, "PAST_REF")],
    ),
    (
        "2008-03-26",
        "The database software will be released in the second half of the year.",
        [("the second half of the year", D, "2008-H2")],
    ),
    (
        "2010-06-24",
        "Customers lined up outside stores for the phone, which went on sale at 7 a.m. Thursday.",
        [("7 a.m. Thursday", T, "2010-06-24T07:00")],
    ),
    (
        "2011-03-14",
        "TOKYO, March 14 (Reuters) - Shares of Japanese exporters fell sharply by 0600 GMT on "
        "Monday.",
        [
            ("March 14", D, "2011-03-14"),
            # one TIMEX3: the lead's decision below
            ("0600 GMT on Monday", T, "2011-03-14T06:00"),
        ],
    ),
    (
        "2012-11-15",
        "Users spend an average of 20 minutes a day on the site, up from 12 minutes two years "
        "earlier.",
        [
            # one SET since round sixty-six (a count of a smaller unit before a rate)
            ("20 minutes a day", S, "P1D"),
            ("12 minutes", DUR, "PT12M"),
            ("two years earlier", D, "2010"),
        ],
    ),
    (
        "2004-10-14",
        "Ilford Data said it would release fourth-quarter results on Jan. 18.",
        [("fourth-quarter", D, "2004-Q4"), ("Jan. 18", D, "2005-01-18")],
    ),
    # politics
    (
        "2008-11-05",
        "Voters went to the polls on Tuesday in the most expensive election in the nation's "
        "history.",
        [("Tuesday", D, "2008-11-04")],
    ),
    (
        "2010-12-16",
        "The Senate is expected to vote on the bill before Christmas.",
        [("Christmas", D, "2010-12-25")],
    ),
    (
        "2012-03-06",
        "The senator, who has served since 1995, will not seek another term in November.",
        [("1995", D, "1995"), ("November", D, "2012-11")],
    ),
    (
        "2009-07-30",
        "Lawmakers leave Washington at the end of next week.",
        [("the end of next week", D, "2009-W32")],
    ),
    (
        "2006-06-14",
        "The prime minister has been in office for 14 months and must call an election within "
        "two years.",
        [("14 months", DUR, "P14M"), ("two years", DUR, "P2Y")],
    ),
    (
        "2011-02-02",
        "Protesters have filled the square every day since Jan. 25.",
        [("every day", S, "P1D"), ("Jan. 25", D, "2011-01-25")],
    ),
    (
        "2007-05-10",
        "The mayor announced on Thursday that she would step down at the end of the year.",
        [("Thursday", D, "2007-05-10"), ("the end of the year", D, "2007")],
    ),
    (
        "2013-10-01",
        "The government shut down early Tuesday after Congress failed to pass a budget.",
        [("early Tuesday", D, "2013-10-01")],
    ),
    (
        "2004-11-03",
        "The president will hold a news conference on Thursday, his spokesman said Wednesday "
        "morning.",
        [("Thursday", D, "2004-11-04"), ("Wednesday morning", T, "2004-11-03TMO")],
    ),
    (
        "2005-09-02",
        "Lawmakers will return to the capital on Tuesday to vote on $10.5 billion in emergency "
        "aid.",
        [("Tuesday", D, "2005-09-06")],
    ),
    (
        "2009-01-21",
        "Parliament will sit twice a week until the budget is passed in the spring.",
        [("twice a week", S, "P1W"), ("the spring", D, "2009-SP")],
    ),
    (
        "2012-10-23",
        "The candidates met for their final debate on Monday night, two weeks before Election Day.",
        [
            ("Monday night", T, "2012-10-22TNI"),
            ("two weeks", DUR, "P2W"),
            ("Election Day", D, "2012-11-06"),
        ],
    ),
]


#: rows whose expected extent the guidelines as held here do not settle, left failing (none
#: now). Row 45 was one: a clock time joined to its weekday by "on" ("by 0600 GMT on Monday").
#: The lead's decision (2026-12-06): one TIME, as the plugin's convention has it ("at 2 p.m. on
#: Wednesday", `timeline.md`) and as the TimeML guidelines annotate a clock time with its day
#: ("twelve o'clock January 3, 1984" is one TIMEX3): one point in time, one expression; the
#: value is the same either way.
UNSETTLED: dict[int, str] = {}


def _params() -> list[object]:
    return [
        pytest.param(
            *row, id=f"row{i:02d}", marks=pytest.mark.xfail(reason=UNSETTLED[i], strict=True)
        )
        if i in UNSETTLED
        else pytest.param(*row, id=f"row{i:02d}")
        for i, row in enumerate(ROWS)
    ]


@pytest.mark.parametrize(("published", "sentence", "expected"), _params())
def test_invented_news_sentence(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (f["text"], f["type"], f["value"]) for f in extract_text(sentence, published, strict=True)
    ]
    assert found == expected


def test_table_has_sixty_rows() -> None:
    assert len(ROWS) == 60
