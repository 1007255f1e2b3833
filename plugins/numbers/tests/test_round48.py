"""Issue 17, round forty-eight, on invented text: a bare scaled sum continuing a money figure
("Profit was 3.4 billion euros. A year ago it was 2.9 billion.") takes its currency, as the
lead's decision 3 on fresh21 carries a measure's unit to the bare figure after it. Each
positive fails on main's code (0.28.7); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _units(text: str) -> list[tuple[str, str, str, str]]:
    return [(f["text"], f["kind"], f["unit"], f["per"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quarterly profit at Norvale was 3.4 billion euros. A year ago it was 2.9 billion.",
            [("3.4 billion euros", "money", "EUR", ""), ("2.9 billion", "money", "EUR", "")],
        ),
        (
            "Kestrel said it would pay 120 mln dlrs for the unit. It had offered 95 mln in March.",
            [("120 mln dlrs", "money", "USD", ""), ("95 mln", "money", "USD", "")],
        ),
        (
            "Net income at Harlow was 5.1 mln dlrs. Revenue rose to 40.2 mln in the year.",
            [("5.1 mln dlrs", "money", "USD", ""), ("40.2 mln", "money", "USD", "")],
        ),
        (
            "The lender set aside 70 mln dlrs in the quarter. It set aside 55 mln a year before.",
            [("70 mln dlrs", "money", "USD", ""), ("55 mln", "money", "USD", "")],
        ),
    ],
)
def test_a_bare_scaled_sum_takes_the_currency_before_it(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with its noun stays a count
        (
            "The group earned 12 mln dlrs last year. It has 4 mln customers.",
            [("12 mln dlrs", "money", "USD", ""), ("4 mln", "count", "", "")],
        ),
        # an unscaled bare number after a sum may be a count or a year: left alone
        (
            "The club paid 4 mln dlrs for the striker. He scored 30 in his first season.",
            [("4 mln dlrs", "money", "USD", ""), ("30", "count", "", "")],
        ),
        # two sentences between: beyond the decision's reach
        (
            "The council spent 8 mln dlrs on roads. Work starts soon. The plan reaches 9 mln.",
            [("8 mln dlrs", "money", "USD", ""), ("9 mln", "count", "", "")],
        ),
        # far out of the sum's size: another quantity
        (
            "It raised 2 mln dlrs in the offering. The region has 45 mln in all.",
            [("2 mln dlrs", "money", "USD", ""), ("45 mln", "count", "", "")],
        ),
    ],
)
def test_other_figures_after_a_sum_are_left(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _units(text) == expected


def test_another_currency_elsewhere_in_the_story_does_not_stop_the_carry() -> None:
    text = (
        "The board raised the dividend to 6p a share. Group profit rose to 40 mln stg. "
        "A year ago it was 35 mln."
    )
    assert ("35 mln", "money", "GBP", "") in _units(text)


def test_a_bare_figure_with_a_participle_of_its_own_continues_a_measure() -> None:
    text = (
        "Barley in store climbed to 3.4 mln tonnes in June. "
        "That is short of the 3.7 mln recorded in March."
    )
    assert ("3.7 mln", "measure", "t", "") in _units(text)
