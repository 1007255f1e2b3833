"""Issue 17, round seventy-six, on invented text: the lead's decision 2 on round seventy-five (a
price "per share" said once after two sums covers every form of consideration: "N dlrs in
notes and M dlrs in stock per share", "in debentures", "in shares", "in securities", as "in
cash" does). Each positive fails on main's code (0.28.42: the first sum kept no ``per``); each
negative passes on both. Decision 1 (fresh22's "one" relabelled) is data only: the extractor
already read it (round seventy-five's tests)."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _by_text(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Acme offered 12 dlrs in notes and 3 dlrs in stock per share.", "12 dlrs"),
        (
            "Holders would receive 20 dlrs in debentures and 5 dlrs in cash for each common share.",
            "20 dlrs",
        ),
        ("The bid is 8 dlrs in stock plus 4 dlrs in cash per Acme share.", "8 dlrs"),
        ("Acme offered 15 dlrs in shares or 14 dlrs in cash per share.", "15 dlrs"),
        ("It offered 6.25 dlrs in securities and 6 dlrs in cash per share.", "6.25 dlrs"),
        (
            "The buyer pays 10 dlrs in new subordinated notes and 2.50 dlrs in common stock "
            "for each share.",
            "10 dlrs",
        ),
        ("Acme offered 11 dlrs in bonds, and 4 dlrs in stock per share.", "11 dlrs"),
    ],
)
def test_a_price_per_share_after_two_sums_in_any_form(text: str, first: str) -> None:
    found = _by_text(text)
    assert (found[first]["unit"], found[first]["per"]) == ("USD", "share")
    second = [f for f in extract_text(text) if f["text"] != first]
    assert [(f["unit"], f["per"]) for f in second] == [("USD", "share")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme paid 40 mln dlrs in notes and 12 mln dlrs in stock per share.",
        "Traders sold 5 dlrs in stock and 3 dlrs in bonds were left.",
        "The fund held 30 dlrs in shares and bought 2 dlrs of notes.",
        "Shares fell 9 dlrs in stock trading and 2 dlrs more per share later.",
        "He spent 7 dlrs in fees and 3 dlrs in stock per share.",
        "Acme offered 12 dlrs in notes and 3 dlrs in stock per share class.",
    ],
)
def test_the_first_sum_keeps_no_rate_outside_the_shape(text: str) -> None:
    found = extract_text(text)
    first = min(found, key=lambda f: f["start"])
    assert first["per"] == ""
