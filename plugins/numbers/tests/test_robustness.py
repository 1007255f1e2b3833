"""Property-based robustness: no input makes the extractor raise, offsets always hold."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newslens_numbers.extract import extract_text

NEWSY = st.sampled_from(
    [
        "1,500",
        "km",
        " ",
        "(",
        ")",
        "$",
        "£",
        "€",
        "-",
        "–",
        "%",
        "per cent",
        "million",
        "bn",
        "m",
        "about",
        "between",
        " and ",
        " to ",
        "twenty",
        "-six",
        "a hundred",
        "half",
        "third",
        "30 September",
        "10:30",
        "1.2.3",
        "+44",
        "1/2",
        "1st",
        "miles",
        "missiles",
        ".",
        ",",
        "\n",
        "0",
        "9",
        "e",
        "°C",
        "years old",
        "of the",
    ]
)


def check(text: str) -> None:
    found = extract_text(text)
    previous_n = -1
    for f in found:
        assert 0 <= f["start"] < f["end"] <= len(text)
        assert text[f["start"] : f["end"]] == f["text"]
        assert isinstance(f["value"], float) and math.isfinite(f["value"])
        assert f["n"] == previous_n + 1
        previous_n = f["n"]
        if f["same_as"] is not None:
            assert found[f["same_as"]]["same_as"] == f["n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    check(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(NEWSY, max_size=40).map("".join))
def test_newsy_fragments(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789,.-–/ ()[]%$km", max_size=300))
def test_digit_soup(text: str) -> None:
    check(text)


def test_adversarial_article_is_handled() -> None:
    """A 10 KB article of digit runs, comma runs and nested brackets (timed in the bench)."""
    text = (
        "9" * 100_000
        + " "
        + "1," * 3000
        + "(" * 500
        + "about 1,500km (930 miles)"
        + ")" * 500
        + " 26 missiles. "
        + "1.1.1.1.1" * 200
    )
    found = extract_text(text)
    assert [f["text"] for f in found][-3:] == ["1,500km", "930 miles", "26"]
    check(text)
