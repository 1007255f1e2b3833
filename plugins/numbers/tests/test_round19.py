"""Issue 17, round nineteen, on invented sentences: a currency named once by a word the
extractor left ambiguous (a country's dollars, bare francs under a dateline) and the bare
figures that carry it."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _units(text: str, dateline: str = "") -> dict[str, tuple[str, str, str]]:
    return {f["text"]: (f["kind"], f["unit"], f["per"]) for f in extract_text(text, dateline)}


@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        ("A palm oil fund holds 80 mln Malaysian dlrs.", "80 mln Malaysian dlrs", "MYR"),
        ("Reserves were 3.1 billion Malaysian dollars.", "3.1 billion Malaysian dollars", "MYR"),
        ("Tobacco sales brought 2.4 billion Zimbabwe dlrs.", "2.4 billion Zimbabwe dlrs", "ZWD"),
        ("The sugar crop earned 95 mln Zimbabwean dlrs.", "95 mln Zimbabwean dlrs", "ZWD"),
        ("The state bank lent 600 mln Brunei dlrs to builders.", "600 mln Brunei dlrs", "BND"),
        ("The lender sold 40 mln Australia dlr of notes.", "40 mln Australia dlr", "AUD"),
        ("Its Perth unit earned 65 mln Aus dlrs.", "65 mln Aus dlrs", "AUD"),
        ("A pension fund holds 2.2 billion Can dlrs.", "2.2 billion Can dlrs", "CAD"),
    ],
)  # fmt: skip
def test_a_dollar_named_by_its_country_is_that_country_s(text: str, figure: str, code: str) -> None:
    """Before, "80 mln Malaysian dlrs" was a count of "dlrs" and "Aus dlrs" a bare count."""
    assert _units(text)[figure][:2] == ("money", code)


def test_a_country_s_dollar_range_and_rate() -> None:
    found = _units("Banks quoted 2.41 to 2.44 Malaysian dlrs per dollar on Monday.")
    assert found["2.41 to 2.44 Malaysian dlrs per dollar"] == ("money", "MYR", "dollar")


def test_a_bare_figure_compared_takes_the_country_s_dollar() -> None:
    found = _units("The trust's assets grew to 30 mln Malaysian dlrs from 12 mln a year before.")
    assert found["12 mln"][:2] == ("money", "MYR")


def test_a_ticker_is_no_currency_code() -> None:
    """The new dollars are words, not codes: a quote table's "JMD" ticker stays a name."""
    found = _units("JXB 12.50 JQR 41.25 JMD 6.10 JPL 3.80")
    assert all(unit != "JMD" for _, unit, _ in found.values())


@pytest.mark.parametrize(
    ("dateline", "code"),
    [
        ("PARIS, March 4", "FRF"),
        ("BRUSSELS, April 9", "BEF"),
        ("LUXEMBOURG, May 2", "LUF"),
        ("ZURICH, June 1", "CHF"),
        ("NEW YORK, June 1", "CHF"),
        ("", "CHF"),
    ],
)
def test_bare_francs_take_the_dateline_s_country(dateline: str, code: str) -> None:
    """No country in the text: the dateline's city says whose francs (Swiss with none)."""
    text = "Cocoa butter sold for 2,310 francs a tonne in the week, dealers said."
    assert _units(text, dateline)["2,310 francs a tonne"][1] == code


def test_a_dateline_in_the_text_is_read_too() -> None:
    text = "PARIS, March 4 - The group made a net profit of 45 mln francs last year."
    assert _units(text)["45 mln francs"][1] == "FRF"


def test_a_country_the_text_names_wins_over_the_dateline() -> None:
    text = "The Swiss group made a net profit of 45 mln francs, it said."
    assert _units(text, "PARIS, March 4")["45 mln francs"][1] == "CHF"


@pytest.mark.parametrize(
    ("text", "dateline", "figure", "code"),
    [
        ("The Swedish maker's profit rose to 410 mln crowns.", "", "410 mln crowns", "SEK"),
        ("Group profit rose to 410 mln crowns.", "STOCKHOLM, March 3", "410 mln crowns", "SEK"),
        ("The Norwegian yard lost 95 mln crowns.", "", "95 mln crowns", "NOK"),
        ("The brewer earned 1.2 billion crowns.", "COPENHAGEN, May 5", "1.2 billion crowns", "DKK"),
        ("The fishing bank lost 300 mln crowns.", "REYKJAVIK, June 1", "300 mln crowns", "ISK"),
        ("The utility earned 2.3 billion pesos.", "MANILA, May 1", "2.3 billion pesos", "PHP"),
        ("Chile's copper agency paid 90 billion pesos.", "", "90 billion pesos", "CLP"),
        ("The Kuwaiti fund earned 12 mln dinars.", "", "12 mln dinars", "KWD"),
        ("Farm credits hit six billion dinars.", "BELGRADE, April 2", "six billion dinars", "YUD"),
        ("The brewer lost 45 mln kwacha.", "LUSAKA, June 2", "45 mln kwacha", "ZMK"),
    ],
)  # fmt: skip
def test_a_currency_word_several_countries_share_takes_the_country(
    text: str, dateline: str, figure: str, code: str
) -> None:
    """The sentence's country, else the story's, else the dateline's: "crowns" were counts of
    crowns and every "pesos" Mexican."""
    assert _units(text, dateline)[figure][:2] == ("money", code)


def test_a_figure_compared_to_crowns_follows_them() -> None:
    found = _units("Net profit rose to 410 mln crowns from 380 mln.", "OSLO, March 3")
    assert found["380 mln"][:2] == ("money", "NOK")


def test_figures_after_recoded_pesos_follow_them() -> None:
    found = _units("Sales were 2.3 billion pesos against 1.9 billion.", "MANILA, May 1")
    assert found["1.9 billion"][:2] == ("money", "PHP")


def test_the_country_a_story_is_about_decides_when_it_names_another_once() -> None:
    text = (
        "Argentina's rail strike went on. Argentine unions met in Argentina's capital. "
        "A Bolivian minister watched. The new line will cost 300m pesos."
    )
    assert _units(text)["300m pesos"][:2] == ("money", "ARS")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no country named anywhere: pesos stay Mexican (the extractor's default)
        ("The bank earned 2.3 billion pesos.", "2.3 billion pesos"),
        # Mexico named: Mexican
        ("Mexico will pay 40 billion pesos.", "40 billion pesos"),
    ],
)
def test_pesos_stay_mexican(text: str, figure: str) -> None:
    assert _units(text, "MANILA, May 1" if "Mexico" in text else "")[figure][1] == "MXN"


@pytest.mark.parametrize(
    "text",
    [
        "The skater has won three crowns in a row.",  # titles, no country
        "The dentist fitted 3 crowns last week.",
    ],
)
def test_crowns_with_no_country_stay_what_they_were(text: str) -> None:
    assert all(kind != "money" for kind, _, _ in _units(text).values())


def test_a_market_s_bare_prices_beside_a_sum_take_its_currency_and_rate() -> None:
    """The day's opening, low and close said after a price with its currency."""
    found = _units(
        "Cocoa finished the day at 2,310 francs a tonne, having touched a high of 2,335 "
        "and a low of 2,290.",
        "PARIS, March 4",
    )
    for figure in ("2,335", "2,290"):
        assert found[figure] == ("money", "FRF", "tonne")


def test_the_rest_of_a_sum_takes_its_currency() -> None:
    found = _units(
        "Insurers will buy 45 billion francs of the bonds and pension funds another 15 billion.",
        "BRUSSELS, April 9",
    )
    assert found["15 billion"][:2] == ("money", "BEF")


@pytest.mark.parametrize(
    ("text", "figure", "wrong"),
    [
        # a move in cents beside a sum in cents or dollars: the bare move is cents, not dollars
        ("Coral gained 9 cents to 2.80 dlrs, and Harbour Bank three each to 4.15.", "three", "USD"),
        ("Delta Mines ended at 8.20 dlrs while Kestrel rose six to 4.30.", "six", "USD"),
        # a model's number set beside a price
        ("The basic kit sells for 600 dlrs and the deluxe one, the 4180, for more.", "4180", "USD"),
        # a bare figure after another currency's name is not in the sum's currency
        ("Lead held at 310 stg; nickel eased on dollar sales from 2,480 to 2,455.", "2,480", "GBP"),
    ],
)  # fmt: skip
def test_bare_figures_that_are_no_part_of_the_sum_stay_bare(
    text: str, figure: str, wrong: str
) -> None:
    assert _units(text)[figure][1] != wrong


@pytest.mark.parametrize(
    ("text", "figures", "per"),
    [
        ("The club pays its coach $3m (£1.6m) a year.", ("$3m", "£1.6m"), "year"),
        ("Members pay £15 ($28) a month for the gym.", ("£15", "$28"), "month"),
        ("Growers get 40 rupees ($0.90; £0.50) per kilo.", ("40 rupees", "$0.90", "£0.50"), "kilo"),
        ("Hiring the arena costs $30,000 (£16,000) per night.", ("$30,000", "£16,000"), "night"),
    ],
)  # fmt: skip
def test_a_rate_after_a_conversion_in_brackets_is_both_amounts_rate(
    text: str, figures: tuple[str, ...], per: str
) -> None:
    found = _units(text)
    assert all(found[f][2] == per for f in figures)


def test_no_rate_after_a_conversion_when_a_time_follows() -> None:
    found = _units("The fund paid $5m (£2.7m) a week ago.")
    assert found["$5m"][2] == "" and found["£2.7m"][2] == ""


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Trading in Hale Corp stock opened up 3-3/4 at 61 on turnover of 45,000 shares.", "61"),
        ("Vela's stock edged up 1-5/8 to 94 in heavy trading.", "94"),
        ("Orin shares were down 1-3/4 to 22 after the report.", "22"),
    ],
)
def test_a_whole_dollar_level_after_a_move_in_fractions_is_money(text: str, level: str) -> None:
    assert _units(text)[level][:2] == ("money", "USD")


def test_a_whole_level_after_a_fraction_of_an_index_stays_bare() -> None:
    """No stock price: a move of an index in points has no dollar."""
    assert _units("The index rose 1/2 to 140 points.")["140"][0] != "money"


def test_a_widened_span_keeps_the_text_as_written_across_a_wrapped_line() -> None:
    """The span's text is the article's own slice (a wire line break inside it stays)."""
    text = "The new plant will need some 250\nmln crowns, the Swedish maker said."
    (f,) = [f for f in extract_text(text) if f["kind"] == "money"]
    assert f["text"] == text[f["start"] : f["end"]] == "250\nmln crowns"
    assert f["unit"] == "SEK"


def test_won_keeps_the_text_as_written_across_a_wrapped_line() -> None:
    """The same for a widened "won" (the rule of an earlier round had the scanner's copy)."""
    text = "The trade surplus reached 4,200 billion\nwon last year in Korea."
    (f,) = [f for f in extract_text(text) if f["unit"] == "KRW"]
    assert f["text"] == text[f["start"] : f["end"]]
