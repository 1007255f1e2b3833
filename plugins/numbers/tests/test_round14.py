"""Issue 17, round fourteen, on invented sentences: classes seen in the untouched errors of two or
more fresh samples and common over the unannotated developer documents."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _figures(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["kind"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The company expects 1987 revenues to rise sharply.",
        "NOTE: 1991 profit reflects a gain on the sale of a mill.",
        "The classic 1983 sitcom is back on air in the spring.",
        "Her early 1984 drafts were found in a garden shed.",
        "Brokers sounded upbeat about 1992 margins at the chain.",
        "The lender expects 1996 bad debts to shrink.",
        "Note: 1993 year reflects a one-off charge.",
        "The coach said 2012 brings a fresh start for the club.",
    ],
)
def test_a_year_before_the_noun_it_dates_is_no_count(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "noun"),
    [
        ("About 2,000 people marched through the town.", "2,000", "count", "person"),
        ("The 1,987 workers voted to strike.", "1,987", "count", "worker"),
        ("The mill sold 2000 tonnes of flour.", "2000 tonnes", "measure", ""),
        ("Some 1500 troops arrived on Monday.", "1500", "count", "troop"),
        ("The fund holds 2035.5 ounces of gold.", "2035.5 ounces", "measure", ""),
    ],
)  # fmt: skip
def test_a_count_of_that_size_stays_a_count(text: str, span: str, kind: str, noun: str) -> None:
    assert (span, kind, noun) in _figures(text)
