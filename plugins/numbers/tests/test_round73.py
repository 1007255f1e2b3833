"""Issue 17, round seventy-three, on invented text: kinds of the forty-second sample and of
round seventy-two's "What is left": a stretch of quarters a period word bounds is a duration,
a takeover's price "cash per share" takes its rate, a rate's move in points to a level in
percent is percentage points, and a model number before a machine's noun is a name. Each
positive fails on main's code (0.28.39); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _by_text(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Profits rose over its first three quarters of trading.", "three quarters", 3),
        ("The firm made 2.3 mln stg over the first two quarters.", "two quarters", 2),
        ("Output fell over the past three quarters, the agency said.", "three quarters", 3),
        ("The first three-quarters of 1993 saw losses.", "three-quarters", 3),
        ("Orders should pick up in the next two quarters.", "two quarters", 2),
    ],
)  # fmt: skip
def test_quarters_a_period_word_bounds_are_a_duration(text: str, span: str, value: int) -> None:
    f = _by_text(text)[span]
    assert (f["kind"], f["value"], f["unit"]) == ("duration", value, "quarter")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("About three quarters of the staff voted for it.", "three quarters"),
        ("Nearly two quarters of the land was flooded.", "two quarters"),
        ("Three quarters of the first firms failed.", "Three quarters"),
    ],
)  # fmt: skip
def test_three_quarters_of_a_whole_stays_a_fraction(text: str, span: str) -> None:
    assert _by_text(text)[span]["kind"] == "fraction"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Acme will bid 14.75 dlrs cash per share, it said.", "14.75 dlrs cash per share"),
        ("The offer is 22 dlrs cash a share, or about 90 mln dlrs.", "22 dlrs cash a share"),
    ],
)  # fmt: skip
def test_a_price_in_cash_per_share_takes_its_rate(text: str, span: str) -> None:
    f = _by_text(text)[span]
    assert (f["unit"], f["per"]) == ("USD", "share")


def test_cash_with_no_rate_after_it_stays_bare() -> None:
    found = _by_text("They paid 40 dlrs a share, 10 dlrs cash and the rest in stock.")
    assert (found["10 dlrs"]["unit"], found["10 dlrs"]["per"]) == ("USD", "")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The two-month rate slipped 1/16 point to 7-3/16 pct.", "1/16 point", 0.0625),
        ("Overnight funds rose 1/8 point to 5-3/4 pct.", "1/8 point", 0.125),
        ("The rate eased one point to 6.5 pct.", "one point", 1.0),
        ("The rate rose two points to 9.5%.", "two points", 2.0),
    ],
)  # fmt: skip
def test_a_rate_move_in_points_to_a_percent_is_percentage_points(
    text: str, span: str, value: float
) -> None:
    f = _by_text(text)[span]
    assert (f["kind"], f["value"], f["unit"]) == ("percent", value, "percentage points")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bond fell 1/2 point to 98-1/4.", "1/2"),
        ("The Dow fell 12 points to 2,300 and bonds rose 2 pct.", "12"),
    ],
)  # fmt: skip
def test_a_price_or_an_index_move_in_points_stays(text: str, span: str) -> None:
    assert _by_text(text)[span]["unit"] != "percentage points"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Acme unveiled a new 5210 disk unit for small offices.", "5210"),
        ("It showed its new 4381 mainframe computer.", "4381"),
    ],
)  # fmt: skip
def test_a_model_number_before_a_machine_is_a_name(text: str, span: str) -> None:
    assert _by_text(text)[span]["kind"] == "name"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They built a new 5000 seat stadium.", "5000"),
        ("It plans a new 800 bed hospital unit.", "800"),
        ("The new 300 jobs will help.", "300"),
    ],
)  # fmt: skip
def test_a_count_after_new_stays_a_count(text: str, span: str) -> None:
    assert _by_text(text)[span]["kind"] == "count"
