"""Issue 17, round forty-two, on invented text: a grain exchange's closing table, a contract
month with its year digit, a price in eighths or quarters written as a mixed fraction
("312 3/4"), then the day's change after "UP" or "OFF", or "UNCH". Each price and change is a
unitless measure, its span the whole mixed fraction, the word outside it (the devsets
README's reading of a futures table's figures). Fractions in prose, ratios and prices cut to
their last digits keep main's readings."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text

_TABLE = (
    "RYE\n"
    "MAR8  312 3/4   UP  2 1/4\n"
    "MAY8  308 1/2   OFF   3/4\n"
    "JUL8     1988   UP      3\n"
    "SEP8  301 UNCH\n"
)


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    return [(f["text"], f["value"], f["kind"], f["unit"]) for f in extract_text(text)]


def test_every_price_and_change_of_a_grain_table_is_a_unitless_measure() -> None:
    assert _rows(_TABLE) == [
        ("312 3/4", 312.75, "measure", ""),
        ("2 1/4", 2.25, "measure", ""),
        ("308 1/2", 308.5, "measure", ""),
        ("3/4", 0.75, "measure", ""),
        ("1988", 1988.0, "measure", ""),  # a year-like price, not a year
        ("3", 3.0, "measure", ""),
        ("301", 301.0, "measure", ""),
    ]


def test_a_decimal_price_with_its_change_is_read_too() -> None:
    assert _rows("FEB8  61.45 UP  0.35\nAPR8  60.10 OFF 0.05\n") == [
        ("61.45", 61.45, "measure", ""),
        ("0.35", 0.35, "measure", ""),
        ("60.10", 60.1, "measure", ""),
        ("0.05", 0.05, "measure", ""),
    ]


def test_a_mixed_fraction_glued_to_its_letter_is_read_whole() -> None:
    found = _rows("NOV7  612L  614 1/4H  613 1/2\n")
    assert found == [
        ("612", 612.0, "measure", ""),
        ("614 1/4", 614.25, "measure", ""),
        ("613 1/2", 613.5, "measure", ""),
    ]


def test_a_row_without_a_change_in_a_table_with_one_is_read_the_same_way() -> None:
    table = "MAR8  244 1/2  UP  1\nMAY8  --     --\nJUL8  251 1/4\n"
    assert _rows(table)[-1] == ("251 1/4", 251.25, "measure", "")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a month row with no change word and no glued letter is no table
        ("MAR8  312 3/4  315 1/2\n", "312 3/4"),
        # a ratio is no price tick: the row is not read
        ("JUN8  7/5  UP  1\n", "1"),
        # a bond price cut to its last digits ("01 9/32" for 101 9/32) is left alone
        ("SEP8  01 9/32H  01 3/32L  UP  4/32\n", "4/32"),
        # "UP" in a line of prose is no change column
        ("Soybeans for MAR8 delivery were UP 2 1/4 cents at 512 3/4, dealers said.\n", "2 1/4"),
    ],
)
def test_no_table_no_measure(text: str, span: str) -> None:
    assert not any(f["text"] == span and f["kind"] == "measure" for f in extract_text(text))
