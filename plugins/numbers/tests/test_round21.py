"""Issue 17, round twenty-one, on invented sentences: the lead's decision that a bare figure in
a rate table's row is a unitless measure, read where a capitalised code stands before the
row's first figure (it had been read as a name's number, as "Windows 95")."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Forward quotes were:\nEUR ASK 1.0810  1.0822  1.0835  1.0850\n", "1.0810"),
        ("NZD TTB 0.6610  0.6602  0.6594\n", "0.6610"),
        ("Closing levels follow.\nSPOT MID 98.25 98.10 97.95 97.80\n", "98.25"),
    ],
)  # fmt: skip
def test_a_rate_rows_first_figure_after_a_code_is_a_figure(text: str, first: str) -> None:
    found = _found(text)
    assert found[first]["kind"] != "name"
    # decision 1: no currency is guessed from the code before it, nor carried along the row
    assert all(f["unit"] == "" and f["per"] == "" for f in found.values())


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The team installed Opera 8.0 and Opera 8.5 on every desk.", "8.0"),  # prose: a name
        ("MODEL XR 2.5 SHIPS IN MAY\n", "2.5"),  # a headline in capitals, no row of figures
        ("Version ABC 3.1 came out with 4.2 and 5.0 later.", "3.1"),  # lower-case words
    ],
)  # fmt: skip
def test_a_name_with_decimals_outside_a_table_row_stays_a_name(text: str, figure: str) -> None:
    assert _found(text)[figure]["kind"] == "name"


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Union backs 48-strike plan at the docks", "48", "strike"),
        ("Ministers defend 12-trading law for shops", "12", "trading"),
    ],
)  # fmt: skip
def test_a_compound_without_its_unit_word_counts_its_noun(text, figure, noun) -> None:
    """The lead's decision 3: no unit is guessed for "a 48-strike" (a 48-hour strike)."""
    found = _found(text)[figure]
    assert (found["kind"], found["unit"], found["quantity"]) == ("count", "", noun)


def test_a_tenor_column_heading_is_no_item() -> None:
    """The lead's decision 2: "30D" heading a column labels it, as a table's year header."""
    assert extract_text("BID ASK 30D 60D 90D 120D\n") == []
