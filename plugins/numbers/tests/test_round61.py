"""Issue 17, round sixty-one, on invented text: two of fresh36's extractor kinds. A change said
by "by" whose verb stands too far back to be seen ("... nickel price by 0.75 cent to 81.25
cents a lb") is a move to a level, two figures, not a range; a share's move in fractions after
a participle ("..., rising 5/8 to 27-3/8") is money, as after "rose". Each positive fails on
main's code (0.28.25); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _values(text: str) -> list[tuple[float, float | None, str]]:
    out = []
    for f in extract_text(text):
        high = f["value_high"]
        out.append((round(f["value"], 6), None if high != high else round(high, 6), f["unit"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brandt Alloys said on Tuesday it was trimming its standard nickel strip price by"
            " 0.75 cent to 81.25 cents a lb for May deliveries.",
            [(0.0075, None, "USD"), (0.8125, None, "USD")],
        ),
        (
            "Kembla Smelting said it cut its ex-works rod and wire price by 25 dlrs to"
            " 2,340 dlrs a tonne.",
            [(25.0, None, "USD"), (2340.0, None, "USD")],
        ),
        (
            "The carmaker raised the list price of its flagship luxury coupe by 400 dlrs"
            " to 17,485 dlrs.",
            [(400.0, None, "USD"), (17485.0, None, "USD")],
        ),
        (
            "Drilling slowed again, with the number of working offshore rigs dropping by five"
            " to 761.",
            [(5.0, None, ""), (761.0, None, "")],
        ),
    ],
)
def test_a_change_after_by_then_a_level_is_two_figures(
    text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vantor led the day's volume on the big board, rising 5/8 to 27-3/8.",
        "Vantor, the day's busiest name, falling 1-1/4 to 22-1/8, led the losers.",
    ],
)
def test_a_share_move_after_a_participle_is_money(text: str) -> None:
    found = extract_text(text)
    assert [(f["kind"], f["unit"]) for f in found] == [("money", "USD"), ("money", "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare low end before a percent: a range of the change
        (
            "Corvex said it has reduced its cable broadband tariffs for households by two to"
            " 15 pct.",
            [(2.0, 15.0, "%")],
        ),
        # a range within three times its low end stays a range
        (
            "The group said its members would be lifting their prices by 10 to 12 pct.",
            [(10.0, 12.0, "%")],
        ),
    ],
)
def test_a_range_after_by_stays_a_range(
    text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert _values(text) == expected


def test_a_percent_move_after_a_participle_stays_a_percent() -> None:
    found = extract_text("The prime rate rose again, rising 1/2 pct to 7-1/4 pct.")
    assert [(f["kind"], f["unit"]) for f in found] == [("percent", "%"), ("percent", "%")]
