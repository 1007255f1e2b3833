"""Issue 17, round twenty-eight, on invented sentences: the lead's decision on "tons" (a bare
"ton(s)" is the tonne; short and long tons keep their own units), the lead's decisions on the
twenty-second sample's readings, and the classes the development files share."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.consistency import link_conversions
from newslens_numbers.extract import extract_text
from newslens_numbers.units import UNITS, to_base


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ------------------------------------------------------------------- tons: the tonne


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The freighter unloaded 12,000 tons of rice at the quay.", "12,000 tons", "t"),
        ("A five-ton statue was lifted onto the plinth.", "five-ton", "t"),
        ("Farmers harvested 40,000 metric tons of maize.", "40,000 metric tons", "t"),
        ("The barge holds 1,500 short tons of gravel.", "1,500 short tons", "ton"),
        ("The crane lifts 30 short-tons at a time.", "30 short-tons", "ton"),
        ("The old collier displaced 9,000 long tons when loaded.", "9,000 long tons", "long ton"),
    ],
)
def test_a_bare_ton_is_the_tonne_and_short_and_long_tons_keep_theirs(text, span, unit) -> None:
    assert _found(text)[span]["unit"] == unit


def test_ton_conversions() -> None:
    assert to_base(2.0, "t") == (2000.0, "kg")
    assert math.isclose(to_base(1.0, "ton")[0], 907.18474)
    assert math.isclose(to_base(1.0, "long ton")[0], 1016.0469088)
    assert UNITS["long ton"].dimension == "mass"


def test_tons_and_tonnes_said_side_by_side_are_one_figure() -> None:
    text = "The ship carried 2,000 tons (2,000 tonnes) of wheat."
    found = extract_text(text)
    link_conversions(text, found)
    assert [f["unit"] for f in found] == ["t", "t"]
    assert found[0]["value_base"] == found[1]["value_base"] == 2_000_000.0


def test_a_price_per_ton_is_per_tonne_in_the_scorer_sense() -> None:
    f = _found("Feed sold for 210 dollars a ton last week.")["210 dollars a ton"]
    assert (f["unit"], f["per"]) == ("USD", "ton")
    assert "tons of ideas" not in [x["text"] for x in extract_text("He has tons of ideas.")]


# ------------------------------------------- the twenty-second sample's readings (the lead)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Results are expected in five days to three weeks' time, the council said.",
         "five days to three weeks", 5.0, 21.0),
        ("A ruling is due in 3 days to 2 weeks time.", "3 days to 2 weeks", 3.0, 14.0),
        ("Repairs should take 6 hours to two days.", "6 hours to two days", 6.0, 48.0),
    ],
)  # fmt: skip
def test_two_durations_joined_by_to_are_one_range_in_the_smaller_unit(
    text, span, low, high
) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["value"], f["value_high"]) == ("duration", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The trial was extended from 10 days to three weeks.",
        "We will know in nine months to a year's time.",
        "It moved the deadline in 2 weeks to 3 days' notice.",
    ],
)
def test_no_duration_range_for_a_change_or_an_unwritten_number(text) -> None:
    assert all(f["value_high"] != f["value_high"] for f in extract_text(text))


def test_within_is_a_durations_modifier() -> None:
    assert _found("The mine should reopen within two years.")["two years"]["modifier"] == "within"
    assert _found("The mine reopened in two years.")["two years"]["modifier"] == ""


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Repairs could cost hundreds or even millions of pounds, the mayor said.", "hundreds",
         "GBP"),
        ("Fraud costs thousands, sometimes millions of dollars.", "thousands", "USD"),
    ],
)  # fmt: skip
def test_a_vague_count_beside_a_vague_amount_takes_its_currency(text, span, unit) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"], f["modifier"]) == ("money", unit, "vague")


def test_a_vague_count_beside_a_counted_noun_stays_a_count() -> None:
    f = _found("Hundreds of fans, and later thousands of people, came.")["Hundreds"]
    assert (f["kind"], f["unit"]) == ("count", "")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Wine now sells for 30 euros ($35) per bottle, up from 25 euros.", "25 euros"),
        ("Bread has climbed to 90 pesos (1.20 dollars) per loaf from 70 pesos.", "70 pesos"),
    ],
)
def test_a_rate_after_a_conversion_reaches_the_figure_it_moved_from(text, span) -> None:
    assert _found(text)[span]["per"] in ("bottle", "loaf")


def test_a_rate_after_a_conversion_is_not_given_to_another_currency_or_sentence() -> None:
    found = _found("Tea costs 50 rupees ($0.60) per cup. From 40 dollars, the kettle fell.")
    assert found["40 dollars"]["per"] == ""
    found = _found("Tea rose to 50 rupees ($0.60) per cup from 40 dollars.")
    assert found["40 dollars"]["per"] == ""


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Two riders crashed. The two comprise a father and his son.", "two"),
        ("The board met at noon; the five represent farmers and traders.", "five"),
    ],
)
def test_a_count_as_subject_before_a_verb_counts_no_noun(text, span) -> None:
    found = [f for f in extract_text(text) if f["text"] == span]
    assert found[-1]["noun"] == ""


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The set ships with eight surround sound speakers.", "eight", "speaker"),
        ("Police arrested three suspected smugglers.", "three", "smuggler"),
        ("The chain reported 22 sold units last year.", "22", "unit"),
    ],
)
def test_a_verb_like_word_inside_a_noun_phrase_keeps_the_noun(text, span, noun) -> None:
    assert _found(text)[span]["noun"] == noun


# ---------------------------------------------------------- classes the files share


@pytest.mark.parametrize(
    "text",
    [
        "The museum opened one gallery in March and a bigger one in May.",
        "Pick the right one, she said.",
        "The old bridge will be replaced by a wider one that opens next year.",
    ],
)
def test_one_standing_for_a_noun_said_before_is_no_figure(text) -> None:
    pronoun = text.rindex(" one") + 1
    assert pronoun not in [f["start"] for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The club signed one striker and one goalkeeper.", "one"),
        ("He ordered a second one-day match.", "one-day"),
        ("Storm surges of one to two metres are expected.", "one to two metres"),
    ],
)
def test_one_as_a_count_stays(text, span) -> None:
    assert span in [f["text"] for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Traders had hoped for a one point cut in the discount rate.", "one point", 1.0),
        ("Analysts expect a two point rise in interest rates this year.", "two point", 2.0),
        ("The bank cut its key rate by half a point to 4 pct.", "half a point", 0.5),
        ("Lenders cut rates on Monday by a quarter of a point.", "a quarter of a point", 0.25),
    ],
)
def test_a_rates_move_in_points_is_percentage_points(text, span, value) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"], f["value"]) == ("percent", "percentage points", value)


@pytest.mark.parametrize(
    "text",
    [
        "He won the vote by half a point.",
        "The index rose by half a point on rates news.",
        "The team had a one point lead at the break.",
        "The government set out a five point plan for rates.",
    ],
)
def test_points_outside_a_rates_move_are_not_percentage_points(text) -> None:
    assert all(f["unit"] != "percentage points" for f in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The club hired former Scotland Under-20 coach Ross Blair.",
        "The Ireland Under-19 manager named his squad on Monday.",
    ],
)
def test_an_age_grade_before_a_coach_or_manager_names_a_team(text) -> None:
    # a skipper's grade is an age now (the lead's decision 1 on round fifty-two's questions)
    assert [f["kind"] for f in extract_text(text)] == ["name"]


def test_an_age_group_stays_an_age() -> None:
    assert [f["kind"] for f in extract_text("The film is unsuitable for under-12s.")] == ["age"]


def test_a_bare_ton_after_the_storys_short_tons_is_a_short_ton() -> None:
    text = (
        "Output rose to 5,000 short tons in May. Mills used 2,900 tons of it and exported "
        "400 metric tons."
    )
    assert [f["unit"] for f in extract_text(text)] == ["ton", "ton", "t"]


@pytest.mark.parametrize(
    "text",
    [
        "The mill used 2,900 tons last year, against 5,000 short tons now.",
        "It shipped 20 short tons and 30 long tons, then 40 tons more.",
    ],
)
def test_a_bare_ton_before_or_beside_two_kinds_stays_a_tonne(text) -> None:
    found = extract_text(text)
    assert [f["unit"] for f in found if f["text"].endswith(("2,900 tons", "40 tons"))] == ["t"]
