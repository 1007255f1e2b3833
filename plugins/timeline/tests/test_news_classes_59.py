"""Round fifty-nine's fix, on invented news sentences.

- A weekday right after a wait's preposition ("ahead of", "in advance of", "heading into", "on
  the eve of", "in the run-up to", "leading up to"), or after one and an event's noun ("ahead of
  voting Monday"), in a past clause or one with no verb, is the coming day when it falls one
  or two days after publication: the day lies after the clause's act, and a story tells acts
  of its last few days, so "ahead of Monday's vote" written on a Sunday is the next day's vote,
  not one six days back. Further off, and for the day before publication, the past reading
  stands.
- A weekday listed after today, tonight or tomorrow ("today or Thursday", "late tonight and
  Wednesday", "tomorrow and Thursday") comes after it, whatever the clause's tense; not a
  weekday's possessive, which may open another clause.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

SUNDAY = "2016-01-31"
THURSDAY = "2016-02-04"


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            SUNDAY,
            "The leak was timed to hurt the senator ahead of Monday's caucuses, her aides said.",
            [("Monday", "DATE", "2016-02-01")],
        ),
        (
            SUNDAY,
            "Heading into Tuesday's runoff, the mayor got an unwelcome endorsement.",
            [("Tuesday", "DATE", "2016-02-02")],
        ),
        (
            SUNDAY,
            "The party printed new ballots in advance of Monday's vote.",
            [("Monday", "DATE", "2016-02-01")],
        ),
        (
            SUNDAY,
            "On the eve of Monday's strike, the union rejected a final offer.",
            [("Monday", "DATE", "2016-02-01")],
        ),
        (
            THURSDAY,
            "Traders trimmed positions ahead of Friday's jobs report.",
            [("Friday", "DATE", "2016-02-05")],
        ),
        (
            # an event's noun between the preposition and the day
            SUNDAY,
            "The two rivals crisscrossed the state ahead of voting Monday.",
            [("Monday", "DATE", "2016-02-01")],
        ),
        (
            THURSDAY,
            "Dealers stocked up in advance of the hatchback's official launch Friday.",
            [("Friday", "DATE", "2016-02-05")],
        ),
    ],
)
def test_a_day_just_after_publication_awaited_in_a_past_clause_is_the_coming_one(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # the day before publication: the past reading
            THURSDAY,
            "Stocks rallied ahead of Wednesday's rate decision.",
            [("Wednesday", "DATE", "2016-02-03")],
        ),
        (
            # three days ahead or four back: the past reading stands
            THURSDAY,
            "Ahead of Sunday's vote, tensions rose.",
            [("Sunday", "DATE", "2016-01-31")],
        ),
        (
            # no wait's preposition: a past clause's day is the one before publication
            SUNDAY,
            "The senator spoke to voters on Monday.",
            [("Monday", "DATE", "2016-01-25")],
        ),
        (
            # a noun of no event: the day is the main verb's
            SUNDAY,
            "Sales came in ahead of expectations Monday.",
            [("Monday", "DATE", "2016-01-25")],
        ),
        (
            # a present clause looked ahead already
            SUNDAY,
            "Ahead of Monday's vote, tensions are rising.",
            [("Monday", "DATE", "2016-02-01")],
        ),
    ],
)
def test_other_awaited_and_past_days_keep_their_reading(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


TUESDAY = "2016-02-02"


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            TUESDAY,
            "Gale warnings were posted for late tonight and Thursday along the coast.",
            [("late tonight", "TIME", "2016-02-02TNI"), ("Thursday", "DATE", "2016-02-04")],
        ),
        (
            TUESDAY,
            "Forecasters warned of heavy snow tomorrow and Thursday.",
            [("tomorrow", "DATE", "2016-02-03"), ("Thursday", "DATE", "2016-02-04")],
        ),
        (
            TUESDAY,
            "He said that if the talks tomorrow and Friday fail, he will resign.",
            [("tomorrow", "DATE", "2016-02-03"), ("Friday", "DATE", "2016-02-05")],
        ),
    ],
)
def test_a_day_listed_after_today_or_tomorrow_comes_after_it(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a thing of its own after "and": the clause may be another one
            TUESDAY,
            "The index rose today and Friday's gains held.",
            [("today", "DATE", "2016-02-02"), ("Friday", "DATE", "2016-01-29")],
        ),
        (
            # yesterday before the day: no rule of this round
            TUESDAY,
            "Shares slid on Friday and yesterday.",
            [("Friday", "DATE", "2016-01-29"), ("yesterday", "DATE", "2016-02-01")],
        ),
    ],
)
def test_other_days_beside_today_keep_their_reading(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected
