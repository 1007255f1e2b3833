"""A bare dollar in a story datelined in Canada, Australia, New Zealand, Hong Kong or Singapore
is that country's dollar unless the story names US dollars (issue 17's dateline convention).
Every sentence here is invented."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import DATELINE_CITIES, dateline_currency, extract, extract_text

from newslens import Article


def units(text: str, dateline: str = "") -> list[tuple[str, str]]:
    return [(f["text"], f["unit"]) for f in extract_text(text, dateline) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TORONTO, March 3 - Quillfeather Mines Ltd booked 14 mln dlrs on its zinc sales.", "CAD"),
        ("Montreal (CP) - Brassknot Freight Inc paid 7.5 mln dlrs for two barges.", "CAD"),
        ("\n\nCALGARY, Alberta, April 9 - Pinecrest Drilling lost 3 mln dlrs.", "CAD"),
        ("SYDNEY, Feb 26 (Reuters) - Wombatvale Holdings raised $40 million from a placement.",
         "AUD"),
        ("AUCKLAND - Kiwiharbour Dairy Co earned 2.1 mln dlrs in the half.", "NZD"),
        ("HONG KONG, May 4 (AFP) - Jadeferry Ltd sold the tower for 900 mln dlrs.", "HKD"),
        ("SINGAPORE (AP) \u2014 Merlion Tinworks posted profit of $12 million.", "SGD"),
        ("LONDON, Ontario, June 2 - Forkriver Cheese Co spent 1.2 mln dlrs on a plant.", "CAD"),
    ],
)  # fmt: skip
def test_dateline_city_sets_the_dollar(text: str, code: str) -> None:
    assert dateline_currency(text) == code
    found = units(text)
    assert found and all(unit == code for _, unit in found)


def test_cents_follow_the_dateline() -> None:
    text = "OTTAWA, March 3 - Quillby Mills Ltd cleared 7 mln dlrs, or 43.5 cts a share."
    assert units(text) == [("7 mln dlrs", "CAD"), ("43.5 cts a share", "CAD")]


def test_us_dateline_keeps_usd() -> None:
    text = "NEW YORK, March 3 - Quillfeather Mines Ltd booked 14 mln dlrs on its zinc sales."
    assert dateline_currency(text) == ""
    assert units(text) == [("14 mln dlrs", "USD")]


def test_story_naming_us_dollars_keeps_usd() -> None:
    text = (
        "TORONTO, March 3 - Quillfeather Mines Ltd sold 20 mln U.S. dlrs of notes and "
        "booked 14 mln dlrs on its zinc sales."
    )
    assert dateline_currency(text) == "CAD"  # the dateline is read, the exception holds
    assert [u for _, u in units(text)] == ["USD", "USD"]


def test_toronto_outside_the_dateline_changes_nothing() -> None:
    for text in (
        "Quillfeather Mines Ltd of Toronto booked 14 mln dlrs on its zinc sales.",
        "Toronto-Dominion Bankers Club paid 3 mln dlrs for the old armoury.",
        "The Toronto - Montreal sleeper fare rose to 90 dlrs, the railway said.",
    ):
        assert dateline_currency(text) == ""
        assert [u for _, u in units(text)] == ["USD"]


@pytest.mark.parametrize(
    "dateline",
    ["PERTH, Scotland", "MELBOURNE, Fla., March 3", "VICTORIA, Texas", "HAMILTON", "LONDON",
     "st joseph", ""],
)  # fmt: skip
def test_ambiguous_or_foreign_cities_are_left_alone(dateline: str) -> None:
    assert dateline_currency("", dateline) == ""
    assert units("Ravenbrook Tiles paid 6 mln dlrs for the site.", dateline) == [
        ("6 mln dlrs", "USD")
    ]


def test_ambiguous_city_with_its_region_counts() -> None:
    assert dateline_currency("", "PERTH, Western Australia") == "AUD"
    assert dateline_currency("", "SYDNEY, Nova Scotia") == "CAD"  # the region decides
    assert dateline_currency("", "Montreal, March 18") == "CAD"


def test_a_currency_note_wins_over_the_dateline() -> None:
    text = "TORONTO, March 3 - Note: Australian funds. Gumleaf Resources earned 8 mln dlrs."
    assert units(text) == [("8 mln dlrs", "AUD")]


def test_loader_dateline_field_reaches_extract() -> None:
    body = "Quillfeather Mines Ltd said it booked 14 mln dlrs on its zinc sales."
    with_field = Article("a1", body, extra={"dateline": "TORONTO, March 3"})
    without = Article("a2", body)
    assert [f["unit"] for f in extract(with_field)] == ["CAD"]
    assert [f["unit"] for f in extract(without)] == ["USD"]


def test_city_table_has_no_ambiguous_names() -> None:
    listed = {c.casefold() for cities in DATELINE_CITIES.values() for c in cities}
    for name in ("victoria", "perth", "hamilton", "london", "windsor", "kingston", "richmond"):
        assert name not in listed


def test_a_figure_compared_with_the_one_before_is_no_exchange_rate() -> None:
    # "dlrs from" is the unit of the figure before, not the base of a rate
    text = "OTTAWA, Jan 12 - Larchmere Paper Co's debt rose to 41 mln dlrs from 36 mln dlrs."
    found = [f for f in extract_text(text) if f["kind"] == "money"]
    assert [(f["unit"], f["per"]) for f in found] == [("CAD", ""), ("CAD", "")]


def test_an_exchange_rate_keeps_its_base() -> None:
    text = "The U.S. dollar closed at 1.3420 Canadian dlrs from 1.3385 Canadian dlrs."
    found = [f for f in extract_text(text) if f["kind"] == "money"]
    assert [(f["unit"], f["per"]) for f in found] == [("CAD", "dollar"), ("CAD", "dollar")]
