"""Forms of Reuters-style wire copy found by scoring a third fresh sample (Reuters-21578 only)
before any rule saw it (issue 17, third round): each a general rule of wire copy, tested on
sentences written for the test."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str) -> list[tuple]:
    found = extract_text(text)
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
    return [(f["text"], round(f["value"], 6), f["kind"], f["unit"], f["per"]) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire units: barrels per day, bushels, SDRs, CFA francs, "U.S. Cents"
        (
            "The field now pumps 40,000 bpd.",
            [("40,000 bpd", 40000.0, "measure", "bbl", "day")],
        ),
        (
            "Exports reached 12.5 mln bushels.",
            [("12.5 mln bushels", 12500000.0, "measure", "bu", "")],
        ),
        (
            "The council set a price of 1,800 sdr per tonne.",
            [("1,800 sdr per tonne", 1800.0, "money", "XDR", "tonne")],
        ),
        (
            "Senegal owes 70 billion CFA francs.",
            [("70 billion CFA francs", 70e9, "money", "XOF", "")],
        ),
        (
            "Silver fell 12 U.S. Cents an ounce.",
            [("12 U.S. Cents an ounce", 0.12, "money", "USD", "ounce")],
        ),
    ],
)
def test_wire_units(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The French government will raise 30 billion francs this year, 5 billion more.", "FRF"),
        ("Paris said the sale would bring in 12 billion francs.", "FRF"),
        ("The Belgian treasury sold 20 billion francs of bonds.", "BEF"),
        ("Zurich dealers said it cost 40 francs.", "CHF"),
        ("It cost 40 francs.", "CHF"),  # no country named: Swiss, as before
    ],
)
def test_bare_francs_are_the_countrys_named(text: str, unit: str) -> None:
    found = [f for f in extract_text(text) if f["kind"] == "money"]
    assert found and all(f["unit"] == unit for f in found)


def test_bare_francs_read_by_the_story_when_the_sentence_names_no_country() -> None:
    text = "The French state plans a sale. It expects 8 billion francs from it."
    assert [f["unit"] for f in extract_text(text)] == ["FRF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bid/offer quotes: the offer repeats the bid's leading digits, the unit is written once
        (
            "Platinum closed at 512.25/75 dlrs.",
            [("512.25", 512.25, "money", "USD", ""), ("75 dlrs", 512.75, "money", "USD", "")],
        ),
        (
            "Copper rose to 880.50/81.50 stg from a morning level of 875.00/876.00.",
            [
                ("880.50", 880.5, "money", "GBP", ""),
                ("81.50 stg", 881.5, "money", "GBP", ""),
                ("875.00", 875.0, "money", "GBP", ""),
                ("876.00", 876.0, "money", "GBP", ""),
            ],
        ),
        # an exchange rate's base holds for the offer too
        (
            "Sterling ended at 1.6020/30 dlrs.",
            [
                ("1.6020", 1.602, "money", "USD", "pound"),
                ("30 dlrs", 1.603, "money", "USD", "pound"),
            ],
        ),
        # no quote: a bid needs two decimals and the offer two digits
        ("Output was 2.5/3 mln.", []),
        # a bare figure after "from an initial low of" is compared with the one before
        (
            "Platinum firmed to 512.40 dlrs from an initial low of 509.75.",
            [("512.40 dlrs", 512.4, "money", "USD", ""), ("509.75", 509.75, "money", "USD", "")],
        ),
    ],
)
def test_bid_offer_quotes(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure set beside a measure of its sentence shares its unit
        (
            "Mills took 6,000 tonnes in the first week and 9,000 in the second.",
            [
                ("6,000 tonnes", 6000.0, "measure", "t", ""),
                ("first", 1.0, "ordinal", "", ""),
                ("9,000", 9000.0, "measure", "t", ""),
            ],
        ),
        (
            "The quota stands at 400,000 tonnes, down from shipments of 455,120 last season.",
            [
                ("400,000 tonnes", 400000.0, "measure", "t", ""),
                ("455,120", 455120.0, "measure", "t", ""),
            ],
        ),
        # a measure's level after "by X to": "by 50,000 barrels per day to 250,000"
        (
            "It will raise output by 50,000 barrels per day to 250,000.",
            [
                ("50,000 barrels per day", 50000.0, "measure", "bbl", "day"),
                ("250,000", 250000.0, "measure", "bbl", "day"),
            ],
        ),
        # not with a noun after it, nor another order of size
        (
            "The 4,000 tonne ship and 20 crew sank.",
            [("4,000 tonne", 4000.0, "measure", "t", ""), ("20", 20.0, "count", "", "")],
        ),
        # a bare figure compared with cents is in cents
        (
            "Shr 48 cts vs 39",
            [("48 cts", 0.48, "money", "USD", "share"), ("39", 0.39, "money", "USD", "share")],
        ),
        # "compared with" reaches back further in its sentence for the money compared ("the
        # first week of the ... period" names a period of it, no item: the lead's decision)
        (
            "Loans averaged 310 mln dlrs a day over the first week of the reserve maintenance "
            "period that ends on Friday, compared with 290 mln and 505 mln in the weeks before.",
            [
                ("310 mln dlrs a day", 310e6, "money", "USD", "day"),
                ("290 mln", 290e6, "money", "USD", "day"),
                ("505 mln", 505e6, "money", "USD", "day"),
            ],
        ),
    ],
)
def test_a_bare_figure_shares_the_unit_it_is_set_beside(text: str, expected: list) -> None:
    assert rows(text) == expected


def kinds(text: str) -> list[tuple]:
    found = extract_text(text)
    return [(f["text"], f["value"], f["value_high"] if f["value_high"] == f["value_high"] else None,
             f["kind"], f["unit"], f["noun"]) for f in found]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency wrapped to the next line of wire copy
        (
            "The mine earned 41 mln\nU.S. Dlrs last year.",
            [("41 mln\nU.S. Dlrs", 41e6, None, "money", "USD", "")],
        ),
        # "between X to Y": a range in wire copy too
        (
            "It would cover between 120,000 to 180,000 farm workers.",
            [("120,000 to 180,000", 120000.0, 180000.0, "count", "", "worker")],
        ),
        # "N dlrs and" before a percentage is no "dollars and cents" amount
        (
            "Fuel rose to 17.00 dlrs and 1.5 pct fuel to 16.50 dlrs.",
            [
                ("17.00 dlrs", 17.0, None, "money", "USD", ""),
                ("1.5 pct", 1.5, None, "percent", "%", ""),
                ("16.50 dlrs", 16.5, None, "money", "USD", ""),
            ],
        ),
        # a space-grouped number does not run into a range: "1-3 200-230 lbs"
        (
            "us 1-3 200-230 lbs 48.00-48.50.",
            [
                ("1-3", 1.0, 3.0, "count", "", ""),
                ("200-230 lbs", 200.0, 230.0, "measure", "lb", ""),
                ("48.00-48.50", 48.0, 48.5, "count", "", ""),
            ],
        ),
        # an age after a name's suffix
        ("He said Tom Reilly Jr., 58, will retire.", [("58", 58.0, None, "age", "year", "")]),
        ("The board said Grant III, 41, joins.", [("41", 41.0, None, "age", "year", "")]),
        # wire headlines in capitals: "3RD QTR" names a period, no item (decision 2)
        ("ACME CORP <ACM> 3RD QTR NET", []),
        # "one said" is a pronoun; "second hand" no ordinal
        ('"Prices will rise," one said.', []),
        (
            "It sold 500 tonnes of second hand copper.",
            [("500 tonnes", 500.0, None, "measure", "t", "")],
        ),
        # an ordinal before a superlative ranks the superlative: no noun (decision 7)
        (
            "It is the fourth largest for tin and the second biggest producer.",
            [
                ("fourth", 4.0, None, "ordinal", "", ""),
                ("second", 2.0, None, "ordinal", "", ""),
            ],
        ),
        # a four-digit clock time before a city's time; a year before a period or a model
        ("At 1630 Tokyo time dealers sold.", []),
        (
            "Restate 1985 quarter average shares at 9 mln, and 1987-model trucks at 4,000.",
            # the shares said before the bare scaled count are its noun (round twenty-four)
            [("9 mln", 9e6, None, "count", "", "share"), ("4,000", 4000.0, None, "count", "", "")],
        ),
    ],
)
def test_wire_forms(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


def test_a_noun_ending_like_a_superlative_is_still_the_noun() -> None:
    assert kinds("The first contest was held in 1956.") == [
        ("first", 1.0, None, "ordinal", "", "contest")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate adjective on the noun a measure gives, past "is expected to"
        (
            "The smelter's monthly output is expected to reach 3,600 tonnes.",
            [("3,600 tonnes", 3600.0, "measure", "t", "month")],
        ),
        (
            "Its daily output of 40,000 barrels fell.",
            [("40,000 barrels", 40000.0, "measure", "bbl", "day")],
        ),
        # "N dlrs in annual revenues"
        (
            "The unit should bring in 12 mln dlrs in annual revenues.",
            [("12 mln dlrs", 12e6, "money", "USD", "year")],
        ),
        # no rate where the adjective is on another noun
        ("The annual report named 20 directors.", [("20", 20.0, "count", "", "")]),
    ],
)
def test_rates_in_wire_copy(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denominator with its own number is one compound unit, not a second figure
        (
            "Gas sold at 1.85 dlrs per 1,000 cubic feet.",
            [("1.85 dlrs per 1,000 cubic feet", 1.85, "money", "USD", "1000 cubic foot")],
        ),
        (
            "The levy is 20 Ecus per 100 kilos.",
            [("20 Ecus per 100 kilos", 20.0, "money", "XEU", "100 kilo")],
        ),
        # not any number after "per"
        (
            "It costs 5 dlrs per 2 people.",
            [("5 dlrs", 5.0, "money", "USD", ""), ("2", 2.0, "count", "", "")],
        ),
    ],
)
def test_numbered_denominators(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_a_list_marker_is_not_set_beside_a_measure() -> None:
    found = extract_text("It averages two feet deep ; and 3 ) predicts rain.")
    assert [(f["text"], f["unit"]) for f in found] == [("two feet", "ft"), ("3", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change in a price is in the price's unit
        (
            "Cocoa ended down 35 stg at 1,310 stg a tonne.",
            [
                ("35 stg", 35.0, "money", "GBP", "tonne"),
                ("1,310 stg a tonne", 1310.0, "money", "GBP", "tonne"),
            ],
        ),
        (
            "Silver was up 12 cts to 6.45 dlrs an ounce.",
            [
                ("12 cts", 0.12, "money", "USD", "ounce"),
                ("6.45 dlrs an ounce", 6.45, "money", "USD", "ounce"),
            ],
        ),
        # not without a change
        (
            "He sold 50 dlrs at 12 dlrs a share.",
            [
                ("50 dlrs", 50.0, "money", "USD", ""),
                ("12 dlrs a share", 12.0, "money", "USD", "share"),
            ],
        ),
    ],
)
def test_a_change_in_a_price_has_the_prices_unit(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected
