"""Issue 17, round sixty-two, on invented text: an exchange rate whose currency is the
sentence's subject, apart from the figure ("The Taiwan dollar, which opened at 31.50 to the
U.S. dollar"), named by its pair ("a lira/dollar rate of 802.50"), or carried by "it" from the
sentence before. Each positive fails on main's code (0.28.25); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span", "unit", "per"),
    [
        (
            "The Taiwan dollar, which opened at 31.50 to the U.S. Dollar today, rose again.",
            "31.50",
            "TWD",
            "dollar",
        ),
        ("The won was fixed at 790.40 against the dollar on Tuesday.", "790.40", "KRW", "dollar"),
        (
            "Traders said the bank sold dollars to slow the mark, which had reached 1.91 to "
            "the dollar.",
            "1.91",
            "DEM",
            "dollar",
        ),
        (
            "The yen's climb in May to about 138 to the dollar hurt exporters.",
            "138",
            "JPY",
            "dollar",
        ),
        (
            "The treasury fixed a lira/dollar rate of 811.25 to the dollar for next week.",
            "811.25",
            "TRY",
            "dollar",
        ),
        (
            "The Taiwan dollar gained 9 pct against the U.S. Dollar since May. It closed at "
            "28.10 to the U.S. Dollar today.",
            "28.10",
            "TWD",
            "dollar",
        ),
        (
            "Zambia's central bank held its auction on Friday. The kwacha slid to about 14 per "
            "dollar, bankers said.",
            "14",
            "ZMK",
            "dollar",
        ),
    ],
)
def test_a_rate_takes_the_currency_named_as_its_subject(
    text: str, span: str, unit: str, per: str
) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"], found["per"]) == ("money", unit, per)


def test_a_dealers_bid_and_offer_and_the_rate_compared_share_the_subjects_currency() -> None:
    found = _found("The Canadian dollar traded at 1.3318/23 to the U.S. dollar, from 1.3285.")
    assert [found[s]["unit"] for s in ("1.3318", "23", "1.3285")] == ["CAD"] * 3


@pytest.mark.parametrize(
    "text",
    [
        # a currency no word of ours names: the rate takes no currency
        "The Ruritanian crown opened at 34.10 to the dollar.",
        # "it" is no currency the sentence before opens with
        "The bank raised its forecast. It sees the rate at 31 to the dollar by June.",
    ],
)
def test_a_rate_with_no_named_subject_takes_no_currency(text: str) -> None:
    assert all(not f["unit"] for f in extract_text(text))
