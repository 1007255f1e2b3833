"""Round fifty-six's fixes, on invented news sentences (the lead's decisions on rounds
fifty-four and fifty-five, and the second PolNeAR development file's kinds).

- "a year ago" beside a level held now is the day a year before publication (the lead's
  decision on round fifty-four's question).
- "Super Tuesday" after an election year written before it in its sentence is that cycle's
  day (decision 2 on round fifty-five's list).
- The adverb "quarterly" ("paid quarterly", "reset quarterly.") is a SET, ``P3M``; the
  adjective ("a quarterly dividend") stays untagged (decision 6).
- A bare plural unit before "after" / "before" and an event, at a clause's start or after
  "just" / "only", is a vague length ("Hours after the verdict, ...").
- A vague step from the time under discussion ("a few years later") is a vague length, not a
  time after publication.
- A prepositional phrase set off by commas after a fronted weekday ("On Monday night, in a
  bid to win votes, ...") does not decide the day's tense; the main verb does.
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
            # a level held now against a year ago: the day a year back
            "1988-06-15",
            "The jobless rate currently is 6.1 pct, down from 7.0 pct a year ago.",
            [("currently", "DATE", "PRESENT_REF"), ("a year ago", "DATE", "1987-06-15")],
        ),
        (
            # another cycle's Super Tuesday
            "2016-01-20",
            "In the 2008 race, Rivera won most big states on Super Tuesday.",
            [("2008", "DATE", "2008"), ("Super Tuesday", "DATE", "2008-02-05")],
        ),
        (
            # the adverb "quarterly"
            "1987-05-01",
            "Future dividends will be 40 cts quarterly, the company said.",
            [("quarterly", "SET", "P3M")],
        ),
        (
            "1987-05-01",
            "The issue pays quarterly and is rated AA by one agency.",
            [("quarterly", "SET", "P3M")],
        ),
        (
            # a bare plural before "after" / "before" and an event
            "2016-09-21",
            "Hours after the verdict, protests broke out downtown.",
            [("Hours", "DURATION", "PTXH")],
        ),
        (
            "2016-07-14",
            "Only days before the convention, a new poll shows a gap.",
            [("days", "DURATION", "PXD")],
        ),
        (
            # a vague step from a past year
            "2015-12-01",
            "After the merger in 2003 went bad a few years later, the party lost ground.",
            [("2003", "DATE", "2003"), ("a few years later", "DURATION", "PXY")],
        ),
        (
            # a fronted weekday, a prepositional phrase with an infinitive, a past main verb
            "2015-12-03",
            "On Monday night, in a bid to win votes, Rivera told a crowd he was ready.",
            [("Monday night", "TIME", "2015-11-30TNI")],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a quarter's figure against a year ago keeps the quarter
            "1988-07-15",
            "Profit in the second quarter rose to 3 mln dlrs from 2 mln a year ago.",
            [("the second quarter", "DATE", "1988-Q2"), ("a year ago", "DATE", "1987-Q2")],
        ),
        (
            # this cycle's Super Tuesday, and a year of this cycle written before it
            "2016-01-20",
            "In 2016 Rivera will campaign hard before Super Tuesday.",
            [("2016", "DATE", "2016"), ("Super Tuesday", "DATE", "2016-03-01")],
        ),
        (
            # the adjective "quarterly"
            "1987-05-01",
            "It declared a regular quarterly dividend of 10 cts.",
            [],
        ),
        (
            "1987-05-01",
            "It files quarterly and annual reports with regulators.",
            [],
        ),
        (
            "1987-05-01",
            "It cut its regular quarterly\ndividend to 5 cts.",
            [],
        ),
        (
            # a noun before the plural: no fronted length
            "2016-09-21",
            "Protests broke out hours after the verdict.",
            [],
        ),
        (
            # a wire's line break inside a clause is no clause's start
            "1987-04-07",
            "Cattle futures posted new highs in all\nmonths before slipping back.",
            [],
        ),
        (
            # a counted step keeps its year
            "2015-12-01",
            "The strike ended in 1998. Three years later, the plant closed.",
            [("1998", "DATE", "1998"), ("Three years later", "DATE", "2001")],
        ),
        (
            # the main verb in the future keeps the coming day
            "2015-12-03",
            "On Monday night, in a bid to win votes, Rivera will tell a crowd he is ready.",
            [("Monday night", "TIME", "2015-12-07TNI")],
        ),
    ],
)
def test_kept(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
