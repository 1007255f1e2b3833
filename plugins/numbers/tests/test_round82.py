"""Issue 17, round eighty-two, on invented text: the lead's decision 1 on round eighty-one (a
currency rate table's rows read every currency code the unit vocabulary knows, not only one
bank's twenty; a base of one stays the bare code, decision 2). Each positive fails on main's
code (0.28.48); each negative passes on both."""

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
