"""Issue 19, thirty-fifth round: the issue's error classes on invented news.

The issue's bars are on external sets we do not hold (the TempEval-3 news test, Wikinews
2004-2013 finance, cars, aviation and technology). This table writes the error classes the
issue lists as invented sentences of those genres, each with its publication date (2004-2013)
and the (text, type, value) of every TIMEX3 the TimeML guidelines give it (TimeBank's practice
where the guidelines leave a choice: "at that time" `PAST_REF`, a decade `198`, a clock time in
UTC or GMT without its zone, a named day such as "Black Friday" its date). Rows that passed on
main's code (0.9.19) guard what works; the rows that failed are the round's work list, fixed
here: a market report's "volume for the day", "late in the day" in a commodity's or an index's
report, a halt "until" a weekday, a deadline given "until" a weekday, each quarter of a list
("the second and third quarters": "second" was missed) and a quarter told as a habit (a SET,
with round thirty-three's leftover "usually in the second and fourth quarters"). Every
sentence is invented (none follows a corpus sentence).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2010-04-22"  # a Thursday; most rows give their own date

#: (class, publication date, sentence, expected (text, type, value) of every TIMEX3)
ROWS = [
    # generic and vague expressions
    ("vague", "2008-06-12", "The airline said fares would stay unchanged for the time being.",
     [("the time being", "DATE", "PRESENT_REF")]),
    ("vague", "2005-03-02", "The plant opened in 1998. At that time, it employed 400 workers.",
     [("1998", "DATE", "1998"), ("that time", "DATE", "PAST_REF")]),
    ("vague", "2010-09-01", "Memory chip prices have fallen sharply recently.",
     [("recently", "DATE", "PAST_REF")]),
    ("vague", "2010-09-01", "The software maker is currently testing the new browser.",
     [("currently", "DATE", "PRESENT_REF")]),
    ("vague", "2010-09-01", "Analysts expect car demand to recover in the coming months.",
     [("the coming months", "DATE", "FUTURE_REF")]),
    # "at the moment" untagged since round sixty-three (the lead's decision 7 on the seventh
    # Reuters file's readings; TimeBank leaves it so)
    ("vague", "2009-03-12", "The carmaker is not hiring at the moment.", []),
    ("vague", "2009-03-12", "The bank has paid dividends in the past.",
     [("the past", "DATE", "PAST_REF")]),
    ("vague", "2009-03-12", "The chipmaker will soon cut prices.",
     [("soon", "DATE", "FUTURE_REF")]),
    # a market report's "the day"
    ("the day", "2009-03-10",
     "Stocks rallied on Tuesday, and the Dow closed up 5.8 percent for the day.",
     [("Tuesday", "DATE", "2009-03-10"), ("the day", "DATE", "2009-03-10")]),
    ("the day", "2008-07-15", "Oil prices slipped late in the day as traders took profits.",
     [("late in the day", "DATE", "2008-07-15")]),
    ("the day", "2008-07-15", "Shares of the carmaker ended the day 2 percent higher.",
     [("the day", "DATE", "2008-07-15")]),
    ("the day", "2009-03-13", "Copper ended the day 1 percent lower.",
     [("the day", "DATE", "2009-03-13")]),
    ("the day", "2009-03-13", "Volume for the day was 1.2 billion shares.",
     [("the day", "DATE", "2009-03-13")]),
    ("the day", "2009-03-16",
     "Wall Street rallied on Friday. Trading volume for the day was heavy.",
     [("Friday", "DATE", "2009-03-13"), ("the day", "DATE", "2009-03-13")]),
    ("the day", "2009-03-14", "Stocks slipped on Thursday. Oil fell late in the day.",
     [("Thursday", "DATE", "2009-03-12"), ("late in the day", "DATE", "2009-03-12")]),
    ("the day", "2009-03-13", "The Dow gave up its gains early in the day.",
     [("early in the day", "DATE", "2009-03-13")]),
    ("the day", "2009-03-13", "The airport shut for the day after the storm.", []),
    # spans that change the value
    ("span", "2010-04-22",
     "First-quarter net income rose 12 percent from the same period last year.",
     [("First-quarter", "DATE", "2010-Q1"), ("the same period last year", "DATE", "2009-Q1")]),
    ("span", "2010-04-22", "Sales fell 8 percent in the final quarter of 2009.",
     [("the final quarter of 2009", "DATE", "2009-Q4")]),
    ("span", "2010-04-22", "Revenue rose in the fourth quarter of last year.",
     [("the fourth quarter of last year", "DATE", "2009-Q4")]),
    ("span", "2010-04-22", "Sales rose 4 percent from the same quarter a year earlier.",
     [("the same quarter a year earlier", "DATE", "2009-Q1")]),
    ("span", "2010-11-20", "Retailers are preparing for Black Friday.",
     [("Black Friday", "DATE", "2010-11-26")]),
    ("span", "2010-11-20", "Online sales are expected to jump on Cyber Monday.",
     [("Cyber Monday", "DATE", "2010-11-29")]),
    # adjectives of frequency and length
    ("adjective", "2009-05-06", "The carmaker reported its biggest single-day loss in shares.",
     [("single-day", "DURATION", "P1D")]),
    ("adjective", "2009-05-06", "The union signed a two-year contract with the airline.",
     [("two-year", "DURATION", "P2Y")]),
    ("adjective", "2009-05-06", "The stock touched a 52-week low.",
     [("52-week", "DURATION", "P52W")]),
    ("adjective", "2009-05-06", "The airline publishes its traffic figures monthly.",
     [("monthly", "SET", "P1M")]),
    ("adjective", "2009-05-06", "Shares hit an intraday high of $42.", []),
    ("adjective", "2009-05-06", "Short-term interest rates rose.", []),
    ("adjective", "2009-05-06", "Toyota's full-year profit fell 40 percent.",
     [("full-year", "DATE", "2009")]),
    # DATE against DURATION
    ("date or duration", "2011-01-05", "Car sales have doubled over the past decade.",
     [("the past decade", "DURATION", "P10Y")]),
    ("date or duration", "2011-01-05", "The airline lost money in each of the past three years.",
     [("the past three years", "DURATION", "P3Y")]),
    ("date or duration", "2011-01-05", "Net income rose in the first nine months.",
     [("the first nine months", "DURATION", "P9M")]),
    ("date or duration", "2011-01-05", "Passenger numbers fell 4 percent for the entire year.",
     [("the entire year", "DATE", "2011")]),
    # a weekday's direction after "until", "by" and "next"
    ("weekday", "2012-05-16", "The offer runs until Monday.", [("Monday", "DATE", "2012-05-21")]),
    ("weekday", "2012-05-18", "Trading in the shares was halted until Monday.",
     [("Monday", "DATE", "2012-05-21")]),
    ("weekday", "2012-05-16", "The exchange halted trading in the stock until Friday.",
     [("Friday", "DATE", "2012-05-18")]),
    ("weekday", "2012-05-16", "The carrier grounded its fleet until Friday.",
     [("Friday", "DATE", "2012-05-18")]),
    ("weekday", "2012-05-18", "The judge gave the carmaker until Monday to answer the claim.",
     [("Monday", "DATE", "2012-05-21")]),
    ("weekday", "2012-05-18", "The hearing was adjourned until Monday.",
     [("Monday", "DATE", "2012-05-21")]),
    ("weekday", "2012-05-16", "The strike lasted until Tuesday.",
     [("Tuesday", "DATE", "2012-05-15")]),
    ("weekday", "2012-05-16", "Shares did not trade until Monday.",
     [("Monday", "DATE", "2012-05-14")]),
    ("weekday", "2012-05-16", "Bids for the unit are due by Friday.",
     [("Friday", "DATE", "2012-05-18")]),
    ("weekday", "2012-05-14", "Most workers had left the plant by Friday.",
     [("Friday", "DATE", "2012-05-11")]),
    ("weekday", "2012-05-16", "The airline will resume flights next Tuesday.",
     [("next Tuesday", "DATE", "2012-05-22")]),
    ("weekday", "2012-05-18", "The airline will resume the route next Friday.",
     [("next Friday", "DATE", "2012-05-25")]),
    # a quarter without a year in an article dated months later
    ("quarter", "2011-02-15", "The company lost $40 million in the fourth quarter.",
     [("the fourth quarter", "DATE", "2010-Q4")]),
    ("quarter", "2011-11-10", "The airline posted a loss in the first quarter.",
     [("the first quarter", "DATE", "2011-Q1")]),
    ("quarter", "2011-02-15", "The carmaker expects to return to profit in the fourth quarter.",
     [("the fourth quarter", "DATE", "2011-Q4")]),
    ("quarter", "2011-01-20", "The carmaker will report fourth-quarter earnings next week.",
     [("fourth-quarter", "DATE", "2010-Q4"), ("next week", "DATE", "2011-W04")]),
    ("quarter", "2011-04-10", "The chipmaker sold 2 million units in the fourth quarter.",
     [("the fourth quarter", "DATE", "2010-Q4")]),
    ("quarter", "2009-05-06", "The carmaker lost money in the second and third quarters.",
     [("second", "DATE", "2008-Q2"), ("third quarters", "DATE", "2008-Q3")]),
    ("quarter", "2009-05-06", "The airline expects losses in the second and third quarters.",
     [("second", "DATE", "2009-Q2"), ("third quarters", "DATE", "2009-Q3")]),
    ("quarter", "2011-03-02", "Deliveries rose in the first, second and third quarters of 2010.",
     [("first", "DATE", "2010-Q1"), ("second", "DATE", "2010-Q2"),
      ("third quarters of 2010", "DATE", "2010-Q3")]),
    ("quarter", "2009-05-06", "Chip orders fell in the first and second halves.",
     [("first", "DATE", "2008-H1"), ("second halves", "DATE", "2008-H2")]),
    ("quarter", "2009-03-30", "Chip sales should grow in the 2009 first and second halves.",
     [("2009 first", "DATE", "2009-H1"), ("second halves", "DATE", "2009-H2")]),
    ("quarter", "2009-03-30", "Several earlier first quarters ended in losses.",
     [("first quarters", "DURATION", "PXQ")]),
    ("quarter", "2009-05-06", "Toy sales are usually strongest in the fourth quarter.",
     [("the fourth quarter", "SET", "XXXX-Q4")]),
    ("quarter", "2009-05-06", "The airline's first quarter is traditionally its weakest.",
     [("first quarter", "SET", "XXXX-Q1")]),
    ("quarter", "2009-05-06",
     "The bank normally pays dividends in the second and fourth quarters.",
     [("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]),
    ("quarter", "2009-05-06",
     "Output fell by a seasonally adjusted 1 percent in the first quarter.",
     [("the first quarter", "DATE", "2009-Q1")]),
    ("quarter", "2011-08-12", "Sales rose in the first half.",
     [("the first half", "DATE", "2011-H1")]),
    # "mid-2011"
    ("mid", "2010-06-01", "The plant is due to open in mid-2011.", [("mid-2011", "DATE", "2011")]),
    ("mid", "2010-06-01", "The chipmaker has cut jobs since mid-2008.",
     [("mid-2008", "DATE", "2008")]),
    ("mid", "2010-12-01", "The jet is due to enter service in mid-January.",
     [("mid-January", "DATE", "2011-01")]),
    ("mid", "2010-06-01", "Production will start in the middle of 2011.",
     [("the middle of 2011", "DATE", "2011")]),
    # decades written "the 80s" and "'82"
    ("decade", "2006-02-08", "Car sales have not been this weak since the 80s.",
     [("the 80s", "DATE", "198")]),
    ("decade", "2006-02-08", "The model has been built since '82.", [("'82", "DATE", "1982")]),
    ("decade", "2006-02-08", "The airline grew fast in the early '90s.",
     [("the early '90s", "DATE", "199")]),
    ("decade", "2006-02-08", "Car sales grew in the '80s and '90s.",
     [("the '80s", "DATE", "198"), ("'90s", "DATE", "199")]),
    ("decade", "2013-02-08", "Smartphones barely existed in the 2000s.",
     [("the 2000s", "DATE", "200")]),
    # clock times in UTC
    ("clock", "2007-09-04", "The plane landed at 14:30 UTC.",
     [("14:30 UTC", "TIME", "2007-09-04T14:30")]),
    ("clock", "2007-09-04", "The launch is set for 0930 GMT on Thursday.",
     [("0930 GMT on Thursday", "TIME", "2007-09-06T09:30")]),
    ("clock", "2007-09-03", "The shuttle docked at 23:00 UTC Sunday.",
     [("23:00 UTC Sunday", "TIME", "2007-09-02T23:00")]),
    ("clock", "2007-09-04", "Trading resumed at 1430 GMT (10:30 a.m. EDT).",
     [("1430 GMT", "TIME", "2007-09-04T14:30"), ("10:30 a.m. EDT", "TIME", "2007-09-04T10:30")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(pub, text, want, id=f"{kind}: {text[:40]}") for kind, pub, text, want in ROWS],
)
def test_issue_classes_on_invented_news(
    found: object, published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected  # type: ignore[operator]
