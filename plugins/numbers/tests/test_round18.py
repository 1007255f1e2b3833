"""Issue 17, round eighteen, on invented sentences: a share price's level said after a verb of
trading, in fractions with no currency, is money."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    return {f["text"]: (f["kind"], f["unit"]) for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Orchard Mills reported lower sales. Its stock was trading at 31-3/8.", "31-3/8"),
        ("Sales fell in May. The stock opened at 17-1/2 and later slipped.", "17-1/2"),
        ("Profit doubled. Brandt Corp shares closed yesterday at 44-1/4.", "44-1/4"),
        ("Profit doubled. Kessler common closed on Friday at 8-5/8.", "8-5/8"),
        ("Output rose. Norland shares traded on the exchange at 6-7/8 this morning.", "6-7/8"),
        (
            "Brisk demand was reported for Tallow Inc's common stock.\n"
            "    Tallow was trading at 21-3/4, up 1-1/4.",
            "21-3/4",
        ),
    ],
)
def test_a_share_price_level_after_a_verb_of_trading_is_money(text: str, level: str) -> None:
    """No move before it ("fell 1-3/8 to 41-5/8" was read already): the verb of trading and a
    stock word in the sentence or just before it say the fraction is a price."""
    assert _kinds(text)[level] == ("money", "USD")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a new issue's price, not a share's trading level
        ("Rates eased. The bond was priced at 99-1/2 to yield 8.1 pct.", "99-1/2"),
        # a deal's price, no verb of trading
        ("The fund said it sold 2,000 shares at 12-1/2 each.", "12-1/2"),
        # a rate written in fractions, no stock word near
        ("Harbour Bank said it has lifted its base rate to 6-1/4 from 5-7/8.", "6-1/4"),
        # a verb of trading but nothing about a stock near it
        ("Wheat futures were trading at 2-3/4 in the pit, dealers said.", "2-3/4"),
    ],
)
def test_other_fractions_stay_bare(text: str, figure: str) -> None:
    assert _kinds(text)[figure][0] != "money"


def test_a_first_figure_after_to_is_no_level_by_accident() -> None:
    """The level after a move was read when the previous finding was a move; the text's first
    finding had no previous one and was read as a level whatever came before it."""
    assert _kinds("The bank lifted its base rate to 9-1/4 on Monday.")["9-1/4"][0] != "money"
