"""Issue 17, round seventy-four, on invented text: the lead's decision 2 on round seventy-three
(a bare level that a subject's sales reach counts `sale`; a level in a currency or a measure
keeps its unit and no noun), then kinds of the forty-second and forty-third samples that news
at large shares. Each positive fails on main's code (0.28.40); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _by_text(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Its March sales rose to 64,000 from 59,000.", ("64,000", "59,000")),
        ("Acme expects its sales in Spain to grow 12% to 180,000 next year.", ("180,000",)),
        ("Its sales will hit 2.5 million next year.", ("2.5 million",)),
        ("Year-to-date sales rose to 52,000 from 31,000.", ("52,000", "31,000")),
        ("Its April sales fell to 8,120, down from 9,400.", ("8,120", "9,400")),
        ("Domestic sales declined 12 pct to 7,400 from 8,400.", ("7,400", "8,400")),
        ("Total sales were 61,300 against 70,050 a year earlier.", ("61,300", "70,050")),
    ],
)  # fmt: skip
def test_a_bare_level_a_subject_sales_reach_counts_sales(text: str, spans: tuple) -> None:
    found = _by_text(text)
    for span in spans:
        assert (found[span]["kind"], found[span]["noun"]) == ("count", "sale")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales rose to 254 mln from 230 mln.", "254 mln"),
        ("Sales rose 4% to 3.1 bln.", "3.1 bln"),
        ("Sales rose to 12,500 tonnes.", "12,500 tonnes"),
        ("Sales fell to 12,500 dlrs in May.", "12,500 dlrs"),
        ("Sales rose for the 12th month, and 300 stores closed.", "300"),
        ("Truck sales rose 9.1 pct to 55,000 from 46,000.", "55,000"),
        ("Sales of its vans rose 8 pct to 39,000.", "39,000"),
    ],
)  # fmt: skip
def test_money_measures_and_other_counts_after_sales_take_no_sale(text: str, span: str) -> None:
    assert _by_text(text)[span]["noun"] != "sale"


def test_a_level_in_a_currency_or_a_measure_keeps_its_unit() -> None:
    found = _by_text("Its sales fell to 12,500 tonnes from 14,000 tonnes.")
    assert {(f["unit"], f["noun"]) for f in found.values()} == {("t", "")}
    found = _by_text("Its sales totaled 25.7 mln dlrs, down from 27.1 mln.")
    assert {(f["unit"], f["noun"]) for f in found.values()} == {("USD", "")}
