"""Issue 17, round sixty-three, on invented text: the lead's decisions on rounds sixty-one and
sixty-two followed (a contrastive "one ... the other" is no item; two sums joined by "or" for
two cases are two figures) and a Treasury price in 32nds read as its bid and its offer. Each
positive fails on main's code (0.28.28); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "One lorry driver came from Leeds, the other from Hull.",
        "The panel gave one medal for poetry and the other for drama.",
        "The firm arranged two loans, one from a Dutch bank and the other from a Swiss bank.",
        "Dealers could open positions on one market and close them on the other.",
    ],
)
def test_contrastive_one_is_no_item(text: str) -> None:
    assert not [f for f in extract_text(text) if f["text"].lower() == "one"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The vote could swing by one seat and go the other way.", "seat"),
        ("One bridge closed and the other three stayed open.", "bridge"),
        ("Of the two bonds, one lets holders buy one share and the other pays cash.", "share"),
    ],
)
def test_one_that_counts_stays(text: str, noun: str) -> None:
    ones = [f for f in extract_text(text) if f["text"].lower() == "one" and f["kind"] == "count"]
    assert ones and ones[-1]["quantity"].rstrip("s") == noun


def test_two_sums_for_two_cases_are_two_figures() -> None:
    found = _found("The new grants, worth £400 or £800 for carers, start in May.")
    assert found["£400"]["value"] == 400 and found["£400"]["modifier"] == ""
    assert found["£800"]["value"] == 800 and found["£800"]["unit"] == "GBP"


@pytest.mark.parametrize(
    "text", ["Seats cost £40 or £60.", "Profit was £5m or £6m for the year, it said."]
)
def test_plain_alternative_stays_one_range(text: str) -> None:
    assert [f["modifier"] for f in extract_text(text) if f["kind"] == "money"] == ["vague"]


def test_treasury_price_in_32nds() -> None:
    found = _found(
        "The benchmark 8-1/4 pct Treasury bond stood at 97.14-18 in late trade, against "
        "the 98.02-05 close."
    )
    assert (found["97.14"]["value"], found["97.14"]["kind"]) == (97.4375, "measure")
    assert found["18"]["value"] == 97.5625
    assert (found["98.02"]["value"], found["05"]["value"]) == (98.0625, 98.15625)


@pytest.mark.parametrize(
    "text", ["The dollar was quoted at 1.8543-48 marks.", "The bond rose to 101.30-35 in trade."]
)
def test_no_32nds_without_a_bond_price(text: str) -> None:
    assert all(f["kind"] != "measure" for f in extract_text(text))


@pytest.mark.parametrize(
    ("text", "change", "per"),
    [
        (
            "Brandt Alloys said on Tuesday it cut its list price for zinc sheet by 0.75 cent to "
            "58.25 cents a lb.",
            "0.75 cent",
            "lb",
        ),
        (
            "It raised the quarterly dividend on its common stock by three cts to 41 cts a share.",
            "three cts",
            "share",
        ),
    ],
)
def test_change_after_by_takes_the_levels_per(text: str, change: str, per: str) -> None:
    assert _found(text)[change]["per"] == per


def test_n_plus_before_a_plural_counts_the_plural() -> None:
    found = _found("The airline is kept flying by its 150-plus creditors, a lawyer said.")
    assert (found["150"]["quantity"], found["150"]["modifier"]) == ("creditors", "plus")


def test_count_before_a_charts_top_n() -> None:
    found = _found("The singer has scored seven US top 20 hits since 2003.")
    assert found["seven"]["quantity"] == "hits" and found["20"]["quantity"] == ""
