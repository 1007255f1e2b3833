"""Issue 17, round forty-one, on invented text: a wire futures price table's rows. A row is a
contract month with its year digit ("APR8"), then figures with a letter glued on for low,
high, bid or ask ("2130L", "2175B"), then the settlement; each figure is a unitless measure,
its span the digits without the letter (the devsets README). Codes, years and tickers
elsewhere keep their readings."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text

_TABLE = (
    "Robusta coffee futures ended steady in thin trade, dealers said.\n"
    "APR8  2130L  2141H  2152\n"
    "JUN8  2168H  2160L  2173\n"
    "SEP8  2175B  2183A  2190\n"
    "NOV8  2204B  --    --   2211\n"
)


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    return [(f["text"], f["value"], f["kind"], f["unit"]) for f in extract_text(text)]


def test_every_figure_of_a_futures_row_is_a_unitless_measure() -> None:
    figures = [
        "2130", "2141", "2152", "2168", "2160", "2173",
        "2175", "2183", "2190", "2204", "2211",
    ]  # fmt: skip
    assert _rows(_TABLE) == [(f, float(f), "measure", "") for f in figures]


def test_a_bid_glued_to_a_figure_is_not_billions() -> None:
    found = _rows("OCT8  1985B  1992A  1999\n")
    assert found[0] == ("1985", 1985.0, "measure", "")


def test_a_five_digit_row_with_decimals_is_read_too() -> None:
    found = _rows("MAR9  10250.5L  10310H  10295\n")
    assert [f[:3] for f in found] == [
        ("10250.5", 10250.5, "measure"),
        ("10310", 10310.0, "measure"),
        ("10295", 10295.0, "measure"),
    ]


def test_a_row_without_a_letter_in_a_table_with_one_is_read_the_same_way() -> None:
    table = "MAY8  1850L  1862H  1870\nJUL8  1881           1893\n"
    assert [f[:3] for f in _rows(table)][3:] == [
        ("1881", 1881.0, "measure"),
        ("1893", 1893.0, "measure"),
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a year in prose stays no item; a letter glued to it there is no column
        ("Output fell in 1986 and again in 1987, the report said.", "1986"),
        # a row of figures without a glued letter is no futures row
        ("MAR8  1604  1611  1622\n", "1604"),
        # a contract month in a sentence is prose, not a row
        ("The MAR8 contract traded at 1604L earlier, dealers said.\n", "1604"),
    ],
)
def test_no_row_no_measure(text: str, span: str) -> None:
    assert not any(f["text"] == span and f["kind"] == "measure" for f in extract_text(text))


def test_a_product_code_on_a_line_of_its_own_stays_as_it_was() -> None:
    # a model code, not a contract month: the row needs the month and its year digit
    assert not any(f["kind"] == "measure" for f in extract_text("Model 2100L  2300H\n"))


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "The firm raised wages by sums ranging from 4 to 7 pct, a union said.",
            "4 to 7 pct",
            4,
            7,
        ),
        ("Costs have risen, with rises ranging from 6 to 25 pct.", "6 to 25 pct", 6, 25),
        (
            "Call rates climbed to levels that ranged from 6-3/8 to 6-5/8 pct.",
            "6-3/8 to 6-5/8 pct",
            6.375,
            6.625,
        ),
    ],
)
def test_ranging_from_after_a_verb_of_change_is_one_range(
    text: str, span: str, low: float, high: float
) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert (found[span]["value"], found[span]["value_high"]) == (low, high)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Sales rose from 40 to 52 pct of the total.", ["40", "52 pct"]),
        ("The bank cut its rate from 9 to 8.5 pct.", ["9", "8.5 pct"]),
    ],
)
def test_from_to_after_a_verb_of_change_stays_two_figures(text: str, spans: list[str]) -> None:
    assert [f["text"] for f in extract_text(text)] == spans
