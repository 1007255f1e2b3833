"""Issue 17, round sixty-seven, on invented text: the lead's decision 2 on the thirty-seventh
sample (a rank that names a class of security is no item), a price "each" before the shares
it buys, and a race distance after another event and "and". Each positive fails on main's
code (0.28.31); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Corvell sold 45 mln dlrs of second lien notes to insurers.",
        "It will redeem its 8 pct first mortgage bonds due 1996.",
        "Holders of the 2.6 mln first cumulative preference shares get 14 dlrs.",
    ],
)
def test_security_class_rank_is_no_item(text: str) -> None:
    assert not [f for f in extract_text(text) if f["kind"] == "ordinal"]


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        ("The second tranche of 30 mln dlrs was priced at par.", "second", "tranche"),
        ("The couple took out their first mortgage in 2001.", "first", "mortgage"),
    ],
)
def test_sequence_rank_stays(text: str, surface: str, noun: str) -> None:
    f = _found(text)[surface]
    assert f["kind"] == "ordinal" and f["quantity"] == noun


def test_each_before_the_shares_bought_is_per_share() -> None:
    f = _found("Halden raised its offer to 31 dlrs each from 28 dlrs for all of Marrow's shares.")
    assert f["31 dlrs"]["per"] == "share" and f["28 dlrs"]["per"] == "share"


def test_each_before_scaled_shares_is_per_share() -> None:
    f = _found("Tarvo offered 12.50 dlrs each for the 4.2 mln shares it does not own.")
    assert f["12.50 dlrs"]["per"] == "share"


def test_each_for_other_things_is_left() -> None:
    assert _found("She paid 40 dlrs each for the tickets.")["40 dlrs"]["per"] == ""


def test_race_distance_after_another_event_and() -> None:
    f = _found("Osei dropped out of the marathon and 10,000m in Madrid.")["10,000m"]
    assert f["kind"] == "measure" and f["unit"] == "m" and f["value"] == 10_000


def test_millions_after_and_stay() -> None:
    assert _found("The fund raised 20m dlrs and 800m in bonds.")["800m"]["value"] == 8e8
