"""Forms of Reuters-style wire copy found by scoring a third fresh sample (Reuters-21578 only)
before any rule saw it (issue 17, third round): each a general rule of wire copy, tested on
sentences written for the test."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str) -> list[tuple]:
    found = extract_text(text)
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
    return [(f["text"], round(f["value"], 6), f["kind"], f["unit"], f["per"]) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire units: barrels per day, bushels, SDRs, CFA francs, "U.S. Cents"
        (
            "The field now pumps 40,000 bpd.",
            [("40,000 bpd", 40000.0, "measure", "bbl", "day")],
        ),
        (
            "Exports reached 12.5 mln bushels.",
            [("12.5 mln bushels", 12500000.0, "measure", "bu", "")],
        ),
        (
            "The council set a price of 1,800 sdr per tonne.",
            [("1,800 sdr per tonne", 1800.0, "money", "XDR", "tonne")],
        ),
        (
            "Senegal owes 70 billion CFA francs.",
            [("70 billion CFA francs", 70e9, "money", "XOF", "")],
        ),
        (
            "Silver fell 12 U.S. Cents an ounce.",
            [("12 U.S. Cents an ounce", 0.12, "money", "USD", "ounce")],
        ),
    ],
)
def test_wire_units(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The French government will raise 30 billion francs this year, 5 billion more.", "FRF"),
        ("Paris said the sale would bring in 12 billion francs.", "FRF"),
        ("The Belgian treasury sold 20 billion francs of bonds.", "BEF"),
        ("Zurich dealers said it cost 40 francs.", "CHF"),
        ("It cost 40 francs.", "CHF"),  # no country named: Swiss, as before
    ],
)
def test_bare_francs_are_the_countrys_named(text: str, unit: str) -> None:
    found = [f for f in extract_text(text) if f["kind"] == "money"]
    assert found and all(f["unit"] == unit for f in found)


def test_bare_francs_read_by_the_story_when_the_sentence_names_no_country() -> None:
    text = "The French state plans a sale. It expects 8 billion francs from it."
    assert [f["unit"] for f in extract_text(text)] == ["FRF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bid/offer quotes: the offer repeats the bid's leading digits, the unit is written once
        (
            "Platinum closed at 512.25/75 dlrs.",
            [("512.25", 512.25, "money", "USD", ""), ("75 dlrs", 512.75, "money", "USD", "")],
        ),
        (
            "Copper rose to 880.50/81.50 stg from a morning level of 875.00/876.00.",
            [
                ("880.50", 880.5, "money", "GBP", ""),
                ("81.50 stg", 881.5, "money", "GBP", ""),
                ("875.00", 875.0, "money", "GBP", ""),
                ("876.00", 876.0, "money", "GBP", ""),
            ],
        ),
        # an exchange rate's base holds for the offer too
        (
            "Sterling ended at 1.6020/30 dlrs.",
            [
                ("1.6020", 1.602, "money", "USD", "pound"),
                ("30 dlrs", 1.603, "money", "USD", "pound"),
            ],
        ),
        # no quote: a bid needs two decimals and the offer two digits
        ("Output was 2.5/3 mln.", []),
        # a bare figure after "from a previous estimate of" is compared with the one before
        (
            "Profit rose to 5.2 mln dlrs from a previous estimate of 4.5 mln.",
            [
                ("5.2 mln dlrs", 5.2e6, "money", "USD", ""),
                ("4.5 mln", 4.5e6, "money", "USD", ""),
            ],
        ),
    ],
)
def test_bid_offer_quotes(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected
