"""Issue 17, round fifty-three, on invented text. A ones word joined by a hyphen to a tens
ordinal ("one-twentieth") is a fraction, never the ordinal 21 that adding the two gave: no
ordinal is written ones-then-tens ("twenty-first" is tens then ones). A scale ordinal so
joined is a fraction before "of" ("one-thousandth of a second"); "his one-hundredth match"
still ranks. Each positive fails on main's code (0.28.11); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _read(text: str) -> list[tuple[str, str, float]]:
    return [(f["text"], f["kind"], round(f["value"], 6)) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council put one-twentieth of its road budget into cycle paths.",
            [("one-twentieth", "fraction", 0.05)],
        ),
        (
            "Only one-fiftieth of the relief grant reached the valley.",
            [("one-fiftieth", "fraction", 0.02)],
        ),
        (
            "The shutter opens for one-thousandth of a second.",
            [("one-thousandth", "fraction", 0.001)],
        ),
        (
            "The coating is one-millionth of a metre thick.",
            [("one-millionth", "fraction", 1e-06)],
        ),
    ],
)
def test_a_ones_word_before_a_tens_or_scale_ordinal_is_a_fraction(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band marked its twenty-first year on tour.", [("twenty-first", "ordinal", 21.0)]),
        ("Crowds came for his one-hundredth match.", [("one-hundredth", "ordinal", 100.0)]),
        ("Only one-tenth of the seats were sold.", [("one-tenth", "fraction", 0.1)]),
        ("Nearly four-fifths of members voted.", [("four-fifths", "fraction", 0.8)]),
    ],
)
def test_tens_then_ones_ordinals_and_small_fractions_stay(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _read(text) == expected
