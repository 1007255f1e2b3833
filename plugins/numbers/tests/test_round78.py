"""Issue 17, round seventy-eight, on invented text: the lead's decision 1 on round seventy-seven
(a commodity's grade is a name however it is written: a basis table's capitalised "(Number three
grade)" too, as "number three corn" and "No. 3" already were). Each positive fails on main's
code (0.28.44); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Brokers gave these levels.\n    Sorghum (Number three grade)\n June - 14 over bid.",
            "Number three",
        ),
        ("Sorghum (Number two grade) was 12 over May bid.", "Number two"),
        ("Number two yellow corn was bid at 20 over July.", "Number two"),
        ("Number one hard red winter wheat was steady.", "Number one"),
        ("Barley, Number four or better, was offered.", "Number four"),
    ],
)
def test_a_capitalised_grade_is_a_name(text: str, grade: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert found[grade]["kind"] == "name"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Number two U.S. roaster Acme cut its prices.", "two"),
        ("Number two wheat exporter Canada sold more.", "two"),
        ("She is Number three in the world.", "three"),
        ("Number six grade corn was not quoted.", "six"),
    ],
)
def test_a_capitalised_number_elsewhere_is_no_grade(text: str, figure: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert found[figure]["kind"] != "name"
