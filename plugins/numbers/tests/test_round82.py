"""Issue 17, round eighty-two, on invented text: the lead's decision 1 on round eighty-one (a
currency rate table's rows read every currency code the unit vocabulary knows, not only one
bank's twenty; a base of one stays the bare code, decision 2), then decision 1 on round eighty
(a wire table set in lower case is read as a table where its block has a table's shape). Each
positive fails on main's code (0.28.48); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict[str, object]]:
    return {f["text"]: f for f in extract_text(text)}


HEADER = "RUBLES PER HUNDRED UNLESS STATED U.S.                  61.20  \n (61.75) "


# decision 1 on round eighty-one: a row's code the unit vocabulary knows is its currency
@pytest.mark.parametrize(("row", "figure", "per"), [
    ("EUR                   70.15     (70.40)", "70.15", "100 EUR"),
    ("EUR                   70.15     (70.40)", "70.40", "100 EUR"),
    ("ECU                   66.80     (UNCH)", "66.80", "100 XEU"),
    ("SDR (ONE)             0.86      (0.87)", "0.86", "XDR"),
    ("HK DLRS               8.14      (8.20)", "8.14", "100 HKD"),
    ("RMB                   9.90      (9.95)", "9.95", "100 CNY"),
    ("ESP (1,000)           4.62      (4.60)", "4.62", "1000 ESP"),
])  # fmt: skip
def test_a_row_code_the_vocabulary_knows_is_its_currency(row: str, figure: str, per: str) -> None:
    found = _found(HEADER + row + "\n")[figure]
    assert (found["kind"], found["unit"], found["per"]) == ("money", "RUB", per)


def test_the_banks_spelling_still_reads_first() -> None:
    found = _found(HEADER + "DMK                   35.10     (35.20)\n")["35.10"]
    assert (found["unit"], found["per"]) == ("RUB", "100 DEM")


def test_a_code_in_no_list_leaves_its_row_as_it_was() -> None:
    found = _found(HEADER + "QQX                   12.40     (12.45)\n")
    assert found["12.40"]["unit"] == ""


def test_the_row_after_a_code_in_no_list_is_still_read() -> None:
    found = _found(HEADER + "QQX                   12.40     (12.45) EUR    70.15  (UNCH)\n")
    assert (found["70.15"]["unit"], found["70.15"]["per"]) == ("RUB", "100 EUR")


def test_a_vocabulary_code_without_the_header_takes_no_rate() -> None:
    found = _found("EUR                   70.15     (70.40) ECU    66.80  (UNCH)\n")
    assert found.get("70.15", {}).get("per", "") == ""
    assert found.get("66.80", {}).get("per", "") == ""


def test_a_base_of_one_stays_the_bare_code() -> None:
    # decision 2 on round eighty-one: a number is written in per only where the base is not one
    found = _found(HEADER + "LIB DIN (ONE)         1.93      (UNCH)\n")["1.93"]
    assert found["per"] == "LYD"


# decision 1 on round eighty: a wire table set in lower case is read as a table where its
# block has a table's shape
LOWER = (
    "shr 31 cts vs 27 cts\n"
    "    net 1,250,000 vs 1,040,000\n"
    "    revs 42.6 mln vs 38.1 mln\n"
    "    avg shrs 4,020,000 vs 3,850,000\n"
    "    nine mths\n"
    "    shr loss 12 cts vs profit 40 cts\n"
    "    net loss 480,000 vs profit 1,600,000\n"
    "    assets 2.31 billion vs 2.05 billion\n"
    "    deposits 1.84 billion vs 1.62 billion\n"
)


@pytest.mark.parametrize(("figure", "unit", "per", "noun"), [
    ("1,250,000", "USD", "", ""),
    ("1,040,000", "USD", "", ""),
    ("38.1 mln", "USD", "", ""),
    ("4,020,000", "", "", "share"),
    ("3,850,000", "", "", "share"),
    ("12 cts", "USD", "share", ""),
    ("40 cts", "USD", "share", ""),
    ("1,600,000", "USD", "", ""),
    ("2.05 billion", "USD", "", ""),
])  # fmt: skip
def test_a_lower_case_table_is_read_as_a_table(figure: str, unit: str, per: str, noun: str) -> None:
    found = _found(LOWER)[figure]
    assert (found["unit"], found["per"], found["quantity"]) == (unit, per, noun)


def test_a_lower_case_tables_heading_is_no_rows_figure() -> None:
    found = _found(LOWER)
    assert found["nine mths"]["per"] == ""


@pytest.mark.parametrize(("text", "figures", "unit"), [
    # a wrapped sentence whose next line opens with a comparison is no table
    ("The firm said its selling\ncosts 5.4 mln vs 7.1 mln last year were cut.\n",
     ("5.4 mln", "7.1 mln"), ""),
    # a row of prose with a comparison in a run of rows breaks the run: no table is left
    ("Revs rose, it said, and net\n    income 12 mln vs 10 mln came in above forecasts\n"
     "    net 3 mln vs 2 mln\n", ("12 mln", "10 mln", "3 mln", "2 mln"), ""),
    # a line at the margin after another is the wrapped end of its sentence
    ("    Net for the period is after setting aside more against bad-debt\n"
     "losses of 210 mln vs 275 mln.\n    Assets 90 billion vs 84 billion\n",
     ("210 mln", "275 mln"), "USD"),
])  # fmt: skip
def test_prose_and_a_wrapped_line_are_read_as_before(
    text: str, figures: tuple[str, ...], unit: str
) -> None:
    found = _found(text)
    assert all(found[f]["unit"] == unit for f in figures)


def test_a_capitalised_tables_figures_are_unchanged() -> None:
    found = _found(LOWER.title().replace("Cts", "cts").replace("Mln", "mln"))
    assert (found["1,040,000"]["unit"], found["38.1 mln"]["unit"]) == ("USD", "USD")
    assert (found["12 cts"]["per"], found["4,020,000"]["quantity"]) == ("share", "share")
