"""Issue 17, round fifty-four, on invented text. A livestock or grain price table's price in
ticks glued to its bid letter ("97-1/4b") is the price, never 97.25 billion; the weight band
that opens such a row ("450/550") is a unitless measure range; an ordinal hyphened to a
superlative not in "-est" ("third-worst", "second-best", "fourth-most") ranks as
"second-biggest" does. Each positive fails on main's code (0.28.15); each negative passes on
both."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text


def _read(text: str) -> list[tuple[str, str, float, float | None]]:
    out = []
    for f in extract_text(text):
        high = None if math.isnan(f["value_high"]) else round(f["value_high"], 6)
        out.append((f["text"], f["kind"], round(f["value"], 6), high))
    return out


TABLE = (
    "LAKESIDE FEEDER CATTLE  CLOSE  MAY 4\n"
    "        CENTS PER LB   CHANGE\n"
    " MEDIUM STEERS\n"
    " 400/500  91-3/4b      unchanged\n"
    " 500/600  86-1/4b      up 1/2\n"
)


def test_a_price_in_ticks_glued_to_its_bid_letter_is_the_price() -> None:
    values = [(t, v) for t, _, v, _ in _read(TABLE) if t.endswith(("3/4", "1/4"))]
    assert values == [("91-3/4", 91.75), ("86-1/4", 86.25)]


def test_a_weight_band_opening_a_price_row_is_a_measure_range() -> None:
    bands = [f for f in _read(TABLE) if f[3] is not None]
    assert bands == [("400/500", "measure", 400.0, 500.0), ("500/600", "measure", 500.0, 600.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lender raised $3-1/2b in new debt.", ("$3-1/2b", "money", 3.5e9, None)),
        ("It sold 2-1/2b shares to the fund.", ("2-1/2b", "count", 2.5e9, None)),
    ],
)
def test_a_scale_b_after_money_or_before_a_noun_stays_billion(
    text: str, expected: tuple[str, str, float, float | None]
) -> None:
    assert _read(text)[0] == expected


def test_a_season_pair_heading_a_table_is_no_weight_band() -> None:
    text = "                1990/91            1989/90\n WHEAT      12.5     11.0\n"
    assert not [f for f in _read(text) if "/" in f[0]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The index had its fourth-worst weekly drop on record.", "fourth"),
        ("She posted her second-best time of the season.", "second"),
        ("It is the third-most common surname in the region.", "third"),
    ],
)
def test_an_ordinal_before_a_superlative_not_in_est_ranks(text: str, word: str) -> None:
    assert [(t, k) for t, k, _, _ in _read(text)] == [(word, "ordinal")]


@pytest.mark.parametrize(
    "text",
    [
        "The bank is the second-largest lender in the country.",
        "A first-time buyer bought a second-hand car.",
    ],
)
def test_ordinal_compounds_already_read_stay_as_they_were(text: str) -> None:
    ranks = [(t, k) for t, k, _, _ in _read(text)]
    assert ranks == ([("second", "ordinal")] if "largest" in text else [])
