"""Issue 19, thirty-third round: the value and type of what is found.

A list of weekdays that ends in a plural part of the day ("on Tuesday and Friday evenings")
gives that part to every weekday in it: each is a SET, week after week, as the last one
already was. And a count said as "a year or two" after "in", in a clause about the future, is
a time ahead at a ranged distance: a vague future for the whole phrase, as "in two to three
weeks" already was. Every sentence is invented (none follows a corpus sentence). The
publication date is Wednesday 2026-03-11.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-11"  # a Wednesday: the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferries to the island sail on Tuesday and Friday evenings.",
         [("Tuesday", "SET", "XXXX-WXX-2TEV"), ("Friday evenings", "SET", "XXXX-WXX-5TEV")]),
        ("The market opens Saturday and Sunday mornings.",
         [("Saturday", "SET", "XXXX-WXX-6TMO"), ("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
        ("The club meets on Monday, Wednesday and Thursday nights.",
         [("Monday", "SET", "XXXX-WXX-1TNI"), ("Wednesday", "SET", "XXXX-WXX-3TNI"),
          ("Thursday nights", "SET", "XXXX-WXX-4TNI")]),
        ("Nurses work Tuesday or Thursday afternoons at the clinic.",
         [("Tuesday", "SET", "XXXX-WXX-2TAF"), ("Thursday afternoons", "SET", "XXXX-WXX-4TAF")]),
    ],
)  # fmt: skip
def test_weekdays_sharing_a_plural_part_of_day_are_sets(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days with one part of the day each, or a plain pair of days: dates, as before
        ("The vote is on Thursday and the count on Friday evening.",
         [("Thursday", "DATE", "2026-03-12"), ("Friday evening", "TIME", "2026-03-13TEV")]),
        ("Talks resume on Thursday and Friday.",
         [("Thursday", "DATE", "2026-03-12"), ("Friday", "DATE", "2026-03-13")]),
    ],
)  # fmt: skip
def test_weekdays_without_a_shared_plural_part_stay_dates(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulator will rule on the merger in a week or two.",
         [("a week or two", "DATE", "FUTURE_REF")]),
        ("Growers expect prices to recover in a year or two.",
         [("a year or two", "DATE", "FUTURE_REF")]),
        ("The new timetable will be published in a month or two, she said.",
         [("a month or two", "DATE", "FUTURE_REF")]),
        ("Ministers are expected to sign the accord in a day or two.",
         [("a day or two", "DATE", "FUTURE_REF")]),
    ],
)  # fmt: skip
def test_a_unit_or_two_ahead_is_a_vague_future(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a length: the one unit without "in" (as before), or a range of counts (as "in two
        # or three days" in a past clause is)
        (
            "Repairs to the pier may last as long as a month or two.",
            [("a month", "DURATION", "P1M")],
        ),
        ("The barn was rebuilt in a year or two.", [("a year or two", "DURATION", "PXY")]),
        ("The court will rule in a week.", [("a week", "DURATION", "P1W")]),
    ],
)  # fmt: skip
def test_a_unit_or_two_elsewhere_stays_a_length(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
