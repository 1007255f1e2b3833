"""Issue 17, round eighty-one, on invented text: the lead's decisions on round eighty (3: a
possessive opens a scaled count's phrase as a determiner does; 2: each quote under a
"roubles per hundred" header is money per 100 of the currency its own row names). Each
positive fails on main's code (0.28.47); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict[str, object]]:
    return {f["text"]: f for f in extract_text(text)}


# decision 3 on round eighty: a possessive fills the determiner's slot before a scaled count
@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The union's 2.1 mln member base grew last year.", "2.1 mln", "member"),
        ("Brazil's 15 mln bag crop was hit by frost.", "15 mln", "bag"),
        ("The fund sold the company's 2.5 mln share stake.", "2.5 mln", "share"),
        ("The growers' 4 mln bag harvest target was cut.", "4 mln", "bag"),
    ],
)
def test_a_possessive_opens_a_scaled_counts_compound(text: str, figure: str, noun: str) -> None:
    assert _found(text)[figure]["quantity"] == noun


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a currency word after the count is no counted noun (a punt is read as no unit)
        ("Ireland's 44 mln punt current account surplus narrowed.", "44 mln", ""),
        ("Gulf's 3.2 mln dlr loss widened.", "3.2 mln dlr", "USD"),
    ],
)
def test_a_possessive_before_money_keeps_the_money(text: str, figure: str, unit: str) -> None:
    found = _found(text)
    assert found[figure]["unit"] == unit
    assert found[figure]["quantity"] == ""


def test_a_possessive_before_an_amount_head_is_no_count() -> None:
    # "deficit" is an amount's head, not a counted noun
    found = _found("The group's 4.1 billion deficit a year ago was cut.")
    assert found["4.1 billion"]["quantity"] == ""


def test_a_possessive_before_an_unscaled_count_is_unchanged() -> None:
    # the unscaled compound still opens only after a determiner
    found = _found("The union's 25 member board met on Monday.")
    assert found["25"]["quantity"] == ""


# decision 2 on round eighty: every quote of a "roubles per hundred" table is RUB per 100 (or
# the base its brackets give) of the currency its own row names
TABLE = (
    "ROUBLES PER HUNDRED UNLESS STATED U.S.                  58.10  \n"
    " (58.40) STG                  92.31   (93.02) BFR (1,000)    \n"
    "      15.20    (15.11) DMK                   31.45    (31.40)\n"
    "LIT (10,000)          \n4.21     (4.25) LIB DIN (ONE)         \n"
    "1.93     (UNCH) YEN\n(1,000)            3.94     (3.90)\n"
)


@pytest.mark.parametrize(
    ("figure", "per"),
    [
        ("58.10", "100 USD"),
        ("58.40", "100 USD"),
        ("92.31", "100 GBP"),
        ("93.02", "100 GBP"),
        ("15.20", "1000 BEF"),
        ("15.11", "1000 BEF"),
        ("31.45", "100 DEM"),
        ("4.21", "10000 ITL"),
        ("1.93", "LYD"),
        ("3.94", "1000 JPY"),
        ("3.90", "1000 JPY"),
    ],
)
def test_each_quote_of_a_rate_table_is_per_its_own_currency(figure: str, per: str) -> None:
    found = _found(TABLE)[figure]
    assert (found["kind"], found["unit"], found["per"]) == ("money", "RUB", per)


def test_a_rate_tables_bases_are_still_no_findings() -> None:
    texts = {f["text"] for f in extract_text(TABLE)}
    assert not texts & {"1,000", "10,000", "ONE", "HUNDRED"}


def test_quotes_without_the_header_take_no_rate() -> None:
    found = _found("STG                  92.31   (93.02) DMK                   31.45    (31.40)\n")
    assert all(found[t]["unit"] == "" for t in ("92.31", "93.02", "31.45", "31.40"))


def test_a_rate_tables_first_quote_alone_keeps_its_rate() -> None:
    # a sentence that ends after the header's first quote, before its last quote in brackets
    found = _found("ROUBLES PER HUNDRED UNLESS STATED U.S.                  58.10  ")["58.10"]
    assert (found["unit"], found["per"]) == ("RUB", "100 USD")


@pytest.mark.parametrize(("row", "figure", "per"), [
    ("DFL                   30.00     (30.15)", "30.00", "100 NLG"),
    ("FIN MRK               13.90     (UNCH)", "13.90", "100 FIM"),
])  # fmt: skip
def test_a_whole_quote_and_a_two_word_code_are_quotes(row: str, figure: str, per: str) -> None:
    text = "ROUBLES PER HUNDRED UNLESS STATED U.S.                  58.10  \n (58.40) " + row + "\n"
    found = _found(text)[figure]
    assert (found["kind"], found["unit"], found["per"]) == ("money", "RUB", per)
