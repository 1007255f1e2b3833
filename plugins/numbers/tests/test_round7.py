"""Issue 17, round seven: the error classes of a fresh BBC News sample (``numbers_fresh7.jsonl``)
that news at large shares, each tested on invented sentences (never corpus text)."""

from __future__ import annotations

from typing import Any

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str) -> list[dict[str, Any]]:
    return extract_text(text)


def nouns(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["noun"]) for f in rows(text)]


# ---------------------------------------------------------------- the counted noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only 12 of Spain's 350 deputies voted.", [("12", "deputy"), ("350", "deputy")]),
        (
            "The club have lost three of their last 12 home matches.",
            [("three", "match"), ("12", "match")],
        ),
        ("Two of the 40 passengers were hurt.", [("Two", "passenger"), ("40", "passenger")]),
    ],
)
def test_a_partitive_takes_the_noun_of_the_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # "N of POSSESSIVE M NOUNs", "N of their last M NOUNs": both figures count the noun
    assert nouns(text) == expected


@pytest.mark.parametrize(
    ("text", "noun", "modifier"),
    [
        ("About 500 or so delegates came to the congress.", "delegate", "about"),
        ("The offer is open to holders of 50 or fewer shares.", "share", ""),
        ("Some 40 or more lorries were stuck.", "lorry", "some"),
    ],
)
def test_a_modifier_after_the_number_keeps_the_noun(text: str, noun: str, modifier: str) -> None:
    (f,) = rows(text)
    assert f["noun"] == noun
    assert f["kind"] == "count"
    assert f["modifier"] in (modifier, "or so", "or more", "or fewer")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("She beat the seventh seed Maria Suarez in straight sets.", "seed"),
        ("He lost to second seed Ana Ruiz on Friday.", "seed"),
        ("The third seed Nadal went through.", "seed"),
    ],
)
def test_an_ordinal_does_not_take_the_name_after_its_noun(text: str, noun: str) -> None:
    (f,) = rows(text)
    assert (f["kind"], f["noun"]) == ("ordinal", noun)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The singer won four Grammys last year.", [("four", "grammy")]),
        ("She has two Baftas and four Oscars.", [("two", "bafta"), ("four", "oscar")]),
        ("Two Wales players were hurt.", [("Two", "player")]),
        ("Three wheel-based Robos served tea.", [("Three", "robo")]),
        ("It has 12 Texas branches.", [("12", "branch")]),
    ],
)
def test_a_capitalised_plural_after_a_count_is_its_noun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert nouns(text) == expected


def test_a_maker_and_model_between_count_and_noun() -> None:
    # "Boeing" ends in -ing but is a name, not a verb; "737-800" is the model, not a range
    assert [
        (f["text"], f["kind"], f["noun"])
        for f in rows("The carrier ordered 25 Boeing 737-800 jets.")
    ] == [
        ("25", "count", "jet"),
        ("737-800", "name", ""),
    ]
    assert nouns("The club sold 12 Reading shirts.") == [("12", "shirt")]


# ---------------------------------------------------------------- names, not quantities


@pytest.mark.parametrize(
    "text",
    [
        "Pilots like the 737-800 for short routes.",
        "The carrier flies the 747-400 to Tokyo.",
        "The maker showed its new 777 aircraft to buyers.",
    ],
)
def test_an_aircraft_model_is_a_name(text: str) -> None:
    assert {f["kind"] for f in rows(text)} == {"name"}


def test_a_model_variant_is_not_a_round_range() -> None:
    assert [(f["kind"], f["value_high"]) for f in rows("About 120-150 people came.")] == [
        ("count", 150.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She appeared on 60 Minutes last week.",
        "She starred in the drama 24 Hours in Berlin.",
    ],
)
def test_a_capitalised_time_unit_after_a_number_is_a_title(text: str) -> None:
    assert [f["kind"] for f in rows(text)] == ["name"]
    assert [f["kind"] for f in rows("The match lasted 90 minutes.")] == ["duration"]


# ---------------------------------------------------------------- money, ages, odds


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A judge ordered the firm to hand over 2.3m yuan.", 2.3e6, "CNY"),
        ("The club paid 20m euros for him.", 20e6, "EUR"),
        ("It raised 3.5m rupees.", 3.5e6, "INR"),
    ],
)
def test_m_before_a_currency_word_is_million(text: str, value: float, unit: str) -> None:
    (f,) = rows(text)
    assert (f["kind"], f["value"], f["unit"]) == ("money", pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The film is unsuitable for under-12s and the over-60s.",
            [("12s", 12.0, "under"), ("60s", 60.0, "over")],
        ),
        ("The club's under-5s won the cup.", [("5s", 5.0, "under")]),
    ],
)
def test_an_age_group_is_an_age(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = rows(text)
    assert [(f["text"], f["value"], f["modifier"]) for f in found] == expected
    assert {(f["kind"], f["unit"]) for f in found} == {("age", "year")}


@pytest.mark.parametrize(
    "text",
    [
        "The bookmaker offered odds of 6-9 on the favourite.",
        "He was quoted at odds of 8-1 and 9/2 on the title.",
        "The bookmakers gave the film 2/7 and 5/11 odds of winning.",
        "The list gave her odds of 4-7, then 3-1.",
    ],
)
def test_betting_odds_are_no_quantities(text: str) -> None:
    assert rows(text) == []


def test_a_range_without_odds_is_still_a_range() -> None:
    assert [f["kind"] for f in rows("Prices rose 5-10% last year.")] == ["percent"]
    assert [(f["value"], f["value_high"]) for f in rows("It will cut 6-9 jobs.")] == [(6.0, 9.0)]


# ---------------------------------------------------------------- the Nth week of an event


@pytest.mark.parametrize(
    "text",
    [
        "They sold 800 tonnes in the first week they traded and 900 in the second.",
        "In the second week we met, he left.",
    ],
)
def test_the_nth_week_said_by_a_relative_clause_is_a_time_part(text: str) -> None:
    # the lead's decision on the Nth week of an event, with the period said by a clause
    assert "ordinal" not in {f["kind"] for f in rows(text)}


def test_an_ordinal_before_a_relative_clause_on_another_noun_still_ranks() -> None:
    assert [(f["kind"], f["noun"]) for f in rows("He won the first race he entered.")] == [
        ("ordinal", "race")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office got 3 million e-mails.", [("3 million", "e-mail")]),
        ("They sold 40 t-shirts and two x-rays.", [("40", "t-shirt"), ("two", "x-ray")]),
        ("It hired 20 part-time workers.", [("20", "worker")]),
        ("Three of the front-runners pulled out.", [("Three", "front-runner")]),
    ],
)
def test_a_hyphenated_plural_is_one_noun(text: str, expected: list[tuple[str, str]]) -> None:
    # "t-shirts" is no 40 tonnes, "e-mails" no "mails": a hyphenated plural is one noun
    assert nouns(text) == expected


def test_a_one_letter_unit_before_a_compound_adjective_stays_a_unit() -> None:
    assert [(f["text"], f["unit"]) for f in rows("They built a 12 m-high wall.")] == [("12 m", "m")]


def test_a_count_per_noun_takes_the_noun_as_its_per() -> None:
    (f,) = rows("The number of visits fell to an average of 14 per nurse.")
    assert (f["kind"], f["noun"], f["per"]) == ("count", "visit", "nurse")
    (g,) = rows("Each family keeps three per household.")
    assert g["per"] == "household"


# ---------------------------------------------------------------- guards found on unannotated text


@pytest.mark.parametrize(
    "text",
    [
        "She loved the film The 39 Steps as a child.",
        "Pellets sold at 12.40 Marks a tonne.",
        "Profit 12.1 mln stg vs 9.4 mln Minorities 1.2 mln stg",
        "It plans 12 to 15 coastal Texas wells.",
        "Rome 6-41 Leeds Leeds won easily.",
    ],
)
def test_a_capitalised_plural_that_is_a_name_is_no_noun(text: str) -> None:
    # a title around the number, a currency, a table row label, a place after an adjective
    assert all(f["noun"] in ("", "well") for f in rows(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Steers of 525-600 lbs sold well.", "lb"),
        ("Rates for 173-200 days rose.", "day"),
    ],
)
def test_a_range_with_a_unit_is_no_model_variant(text: str, unit: str) -> None:
    (f,) = rows(text)
    assert (f["unit"], f["value_high"]) == (unit, 600.0 if unit == "lb" else 200.0)
