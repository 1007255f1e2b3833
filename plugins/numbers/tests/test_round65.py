"""Issue 17, round sixty-five, on invented text: four of the thirty-seventh sample's extractor
kinds (a race distance after "over" or a possessive, a securities rule's number, a change's
two scaled levels after a plain-form verb, a price per a round sum of its own currency) and a
military unit's ordinal. Each positive fails on main's code (0.28.30); each negative passes on
both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Okafor will race over 3000m in a three-nation meeting in Oslo.", "3000m"),
        ("Lind beat two rivals to take the women's 400m in a season's best.", "400m"),
        ("Tadesse has not lost over 5000m in a final since May.", "5000m"),
    ],
)
def test_race_distance_after_over_or_possessive_is_metres(text: str, surface: str) -> None:
    f = _found(text)[surface]
    assert f["kind"] == "measure" and f["unit"] == "m" and f["value"] < 10_000


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The carmaker expects a loss of over 800m euros this year.", "800m euros", 8e8),
        ("The bank's 400m shares were listed in May.", "400m", 4e8),
    ],
)
def test_millions_after_over_or_possessive_stay(text: str, surface: str, value: float) -> None:
    assert _found(text)[surface]["value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "The regulator will ask the court to apply Rule 10b-16 to the bid.",
        "Lawyers said that if Rule 10B-16 applied, the merger pact was void.",
    ],
)
def test_a_securities_rule_number_is_no_sum(text: str) -> None:
    assert not [f for f in extract_text(text) if f["value"] >= 1e9]


def test_a_scaled_range_with_its_own_scale_stays() -> None:
    f = _found("Analysts put the cost at $10b-13b.")["$10b-13b"]
    assert (f["value"], f["value_high"]) == (1e10, 1.3e10)


def test_a_change_after_a_plain_verb_is_two_levels_with_the_unit() -> None:
    found = _found("The province plans to expand farmland from 2.5 mln to 3.1 mln hectares.")
    assert found["2.5 mln"]["unit"] == "ha" and found["2.5 mln"]["value"] == 2_500_000
    assert found["3.1 mln hectares"]["value"] == 3_100_000


def test_the_old_level_takes_its_pair_unit_not_the_measure_before() -> None:
    found = _found(
        "Maize output hit 1.1 mln tonnes in 1986. The ministry intends to expand soy acreage "
        "from 3.2 mln to 3.6 mln hectares this year."
    )
    assert found["3.2 mln"]["unit"] == "ha"


def test_an_unscaled_old_level_stays_bare() -> None:
    f = _found("Output rose from 2 to 5 mln tonnes last year.")["2"]
    assert f["unit"] == "" and f["value"] == 2


def test_a_price_per_a_thousand_of_its_own_currency() -> None:
    f = next(
        iter(_found("It will redeem the notes at 1,045 dlrs per 1,000 dlrs of principal.").values())
    )
    assert f["unit"] == "USD" and f["per"] == "1000 USD"


def test_a_price_per_a_thousand_of_a_measure_stays() -> None:
    f = next(iter(_found("Gas sold at 85 dlrs per 1,000 cubic metres.").values()))
    assert f["per"] == "1000 cubic metre"


def test_an_ordinal_ranks_the_military_unit_before_its_parent() -> None:
    f = _found("Soldiers of the 3rd Battalion Royal Welsh Fusiliers flew out.")["3rd"]
    assert f["quantity"].lower() == "battalion"


def test_a_bare_old_level_counts_its_pair_noun_not_money_before() -> None:
    found = _found("The comedy made $6m after expanding from 60 to 2,100 screens at the weekend.")
    assert found["60"]["kind"] == "count" and found["60"]["unit"] == ""
    assert found["2,100"]["value"] == 2100


def test_a_time_after_a_race_distance_is_no_length() -> None:
    f = _found("Okafor held off Lind to win the women's 400m in a season's best of 50.12.")["50.12"]
    assert f["unit"] != "m"
