"""Round sixty-six's changes, on invented news sentences.

- A count of a smaller unit before a rate ("five days a week", "60 hours a week", "two
  weeks a year", "five days each week") is one SET over the whole phrase, valued by the
  period (TimeML's "three days every month": value ``P1M``, the count its ``freq``, which the
  output holds no field for); a modifier of the count goes with it ("at least 23 hours a
  day"); a count that fills its period too ("24 hours a day" ``P1D``, "seven days a week"
  ``P1W``: the lead's decision 1 on this round's questions; this round had read such a count
  as every unit, ``PT1H`` and ``P1D``).
- A weekday range with no verb ("Outlook Thursday through Saturday", a forecast's heading)
  starts ahead as its end does; the end of a range ahead is not before its start ("runs from
  Monday through Friday" written on a Wednesday: that Monday and the Friday after it).
- An amount of a thing after "of" ("900,000 tonnes of scrap glass a year") or a count in words
  alone ("running at three a month") makes the unit after it a rate, a SET.
- A plan's participle before a season ("an album due to come out in the spring", "scheduled
  for the fall") looks ahead, as "is set to open in March" does for a month.
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
        # a count of a smaller unit before a rate: one SET, valued by the period
        (
            "2026-03-04",
            "The plant runs five days a week.",
            [("five days a week", "SET", "P1W")],
        ),
        (
            "2026-03-04",
            "Crews work more than 60 hours a week.",
            [("more than 60 hours a week", "SET", "P1W")],
        ),
        (
            "2026-03-04",
            "The clinic is open five days each week.",
            [("five days each week", "SET", "P1W")],
        ),
        (
            "2026-03-04",
            "Volunteers spend about six months each year at the station.",
            [("about six months each year", "SET", "P1Y")],
        ),
        (
            "2026-03-04",
            "The inmate was kept alone at least 23 hours per day.",
            [("at least 23 hours per day", "SET", "P1D")],
        ),
        (
            "2026-03-04",
            "The ferry sails one day a week.",
            [("one day a week", "SET", "P1W")],
        ),
        # a count that fills its period: the period too (round sixty-six b)
        (
            "2026-03-04",
            "Guards patrol the depot 24 hours a day.",
            [("24 hours a day", "SET", "P1D")],
        ),
        (
            "2026-03-04",
            "The mill runs seven days every week.",
            [("seven days every week", "SET", "P1W")],
        ),
        # a weekday range: a heading's start ahead, a range ahead in its order
        (
            "2026-03-04",
            "Outlook Thursday through Saturday: dry and mild.",
            [("Thursday", "DATE", "2026-03-05"), ("Saturday", "DATE", "2026-03-07")],
        ),
        (
            "2026-03-04",
            "The festival runs from Monday through Friday.",
            [("Monday", "DATE", "2026-03-09"), ("Friday", "DATE", "2026-03-13")],
        ),
        (
            "2026-03-04",
            "Banks will open from Sunday to Thursday.",
            [("Sunday", "DATE", "2026-03-08"), ("Thursday", "DATE", "2026-03-12")],
        ),
        # an amount of a thing, or a count in words, before the unit: a rate
        (
            "1987-04-09",
            "The country buys some 900,000 tonnes of scrap glass a year.",
            [("a year", "SET", "P1Y")],
        ),
        (
            "1987-04-09",
            "Strikes, running at three a month, have hurt output.",
            [("a month", "SET", "P1M")],
        ),
        # a plan's participle before a season
        (
            "2015-12-19",
            "The band has an album due to come out in the spring.",
            [("the spring", "DATE", "2016-SP")],
        ),
        (
            "2015-12-19",
            "The vote, scheduled for the fall, is close.",
            [("the fall", "DATE", "2016-FA")],
        ),
    ],
)
def test_round_66_readings(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the decided reading (decision 1 on this round's questions) and the rates as before
        (
            "2026-03-04",
            "The store is open seven days a week.",
            [("seven days a week", "SET", "P1W")],
        ),
        ("2026-03-04", "The board meets twice a month.", [("twice a month", "SET", "P1M")]),
        ("2026-03-04", "Parking costs $5 a day.", [("a day", "SET", "P1D")]),
        # a count before a point's words is no rate
        (
            "2026-03-04",
            "The repair took ten days a year ago.",
            [("ten days", "DURATION", "P10D"), ("a year ago", "DATE", "2025")],
        ),
        (
            "1987-04-09",
            "The team won two a year ago.",
            [("a year ago", "DATE", "1986")],
        ),
        (
            "1987-04-09",
            "Output was 5 mln tonnes of wheat a year earlier.",
            [("a year earlier", "DATE", "1986")],
        ),
        # a past range is read as before
        (
            "2026-03-04",
            "Polls were taken Thursday through Monday.",
            [("Thursday", "DATE", "2026-02-26"), ("Monday", "DATE", "2026-03-02")],
        ),
        (
            "2026-03-04",
            "Thursday through Saturday, the fair drew crowds.",
            [("Thursday", "DATE", "2026-02-26"), ("Saturday", "DATE", "2026-02-28")],
        ),
        # a season in a past clause, or a past plan, as before
        ("2015-12-19", "Sales fell in the summer.", [("the summer", "DATE", "2015-SU")]),
        (
            "2015-12-19",
            "The album was due to come out in the spring.",
            [("the spring", "DATE", "2015-SP")],
        ),
    ],
)
def test_round_66_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
