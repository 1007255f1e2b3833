"""Issue 17, round nineteen, on invented sentences: a currency named once by a word the
extractor left ambiguous (a country's dollars, bare francs under a dateline) and the bare
figures that carry it."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _units(text: str, dateline: str = "") -> dict[str, tuple[str, str, str]]:
    return {f["text"]: (f["kind"], f["unit"], f["per"]) for f in extract_text(text, dateline)}


@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        ("A palm oil fund holds 80 mln Malaysian dlrs.", "80 mln Malaysian dlrs", "MYR"),
        ("Reserves were 3.1 billion Malaysian dollars.", "3.1 billion Malaysian dollars", "MYR"),
        ("Tobacco sales brought 2.4 billion Zimbabwe dlrs.", "2.4 billion Zimbabwe dlrs", "ZWD"),
        ("The sugar crop earned 95 mln Zimbabwean dlrs.", "95 mln Zimbabwean dlrs", "ZWD"),
        ("The state bank lent 600 mln Brunei dlrs to builders.", "600 mln Brunei dlrs", "BND"),
        ("The lender sold 40 mln Australia dlr of notes.", "40 mln Australia dlr", "AUD"),
        ("Its Perth unit earned 65 mln Aus dlrs.", "65 mln Aus dlrs", "AUD"),
        ("A pension fund holds 2.2 billion Can dlrs.", "2.2 billion Can dlrs", "CAD"),
    ],
)  # fmt: skip
def test_a_dollar_named_by_its_country_is_that_country_s(text: str, figure: str, code: str) -> None:
    """Before, "80 mln Malaysian dlrs" was a count of "dlrs" and "Aus dlrs" a bare count."""
    assert _units(text)[figure][:2] == ("money", code)


def test_a_country_s_dollar_range_and_rate() -> None:
    found = _units("Banks quoted 2.41 to 2.44 Malaysian dlrs per dollar on Monday.")
    assert found["2.41 to 2.44 Malaysian dlrs per dollar"] == ("money", "MYR", "dollar")


def test_a_bare_figure_compared_takes_the_country_s_dollar() -> None:
    found = _units("The trust's assets grew to 30 mln Malaysian dlrs from 12 mln a year before.")
    assert found["12 mln"][:2] == ("money", "MYR")


def test_a_ticker_is_no_currency_code() -> None:
    """The new dollars are words, not codes: a quote table's "JMD" ticker stays a name."""
    found = _units("JKA 37.75 JWD 198.00 JMD 4.00 JSM 8.30")
    assert all(unit != "JMD" for _, unit, _ in found.values())


@pytest.mark.parametrize(
    ("dateline", "code"),
    [
        ("PARIS, March 4", "FRF"),
        ("BRUSSELS, April 9", "BEF"),
        ("LUXEMBOURG, May 2", "LUF"),
        ("ZURICH, June 1", "CHF"),
        ("NEW YORK, June 1", "CHF"),
        ("", "CHF"),
    ],
)
def test_bare_francs_take_the_dateline_s_country(dateline: str, code: str) -> None:
    """No country in the text: the dateline's city says whose francs (Swiss with none)."""
    text = "Cocoa butter sold for 2,310 francs a tonne in the week, dealers said."
    assert _units(text, dateline)["2,310 francs a tonne"][1] == code


def test_a_dateline_in_the_text_is_read_too() -> None:
    text = "PARIS, March 4 - The group made a net profit of 45 mln francs last year."
    assert _units(text)["45 mln francs"][1] == "FRF"


def test_a_country_the_text_names_wins_over_the_dateline() -> None:
    text = "The Swiss group made a net profit of 45 mln francs, it said."
    assert _units(text, "PARIS, March 4")["45 mln francs"][1] == "CHF"
