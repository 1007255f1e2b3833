"""Issue 17, round thirteen, on invented sentences: the lead's decision on a measure written in
two units of one dimension (one measure, valued in the smaller unit), "N out of M" as two
counts, and the general classes of the eleventh fresh sample's errors."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "kind"),
    [
        ("The new goalkeeper is 5ft 9in and quick off his line.", "5ft 9in", 69.0, "in", "measure"),
        ("Her brother stands six feet two inches tall.", "six feet two inches", 74.0, "in",
         "measure"),
        ("The shed is 7 ft 3 in wide.", "7 ft 3 in", 87.0, "in", "measure"),
        ("The fence was 6 feet and 2 inches high.", "6 feet and 2 inches", 74.0, "in", "measure"),
        ("The boxer weighed in at 12st 4lb on Friday.", "12st 4lb", 172.0, "lb", "measure"),
        ("A lifeboat crew found the dog, 9 stone 3 pounds of it.", "9 stone 3 pounds", 129.0, "lb",
         "measure"),
        ("The twins were born at 6lb 2oz and 5lb 11oz.", "6lb 2oz", 98.0, "oz", "measure"),
        ("The final cut runs 2 hours 30 minutes.", "2 hours 30 minutes", 150.0, "min", "duration"),
        ("The relay team won in 1m 52.3s on Sunday.", "1m 52.3s", 112.3, "s", "duration"),
        ("She clocked 3min 41.2sec in the heat.", "3min 41.2sec", 221.2, "s", "duration"),
        ("He served two years and six months of the term.", "two years and six months", 30.0,
         "month", "duration"),
        ("The strike lasted two weeks and three days.", "two weeks and three days", 17.0, "day",
         "duration"),
    ],
)  # fmt: skip
def test_a_measure_in_two_units_is_one_measure_in_the_smaller_unit(
    text: str, span: str, value: float, unit: str, kind: str
) -> None:
    found = extract_text(text)
    assert (found[0]["text"], found[0]["value"], found[0]["unit"], found[0]["kind"]) == (
        span,
        pytest.approx(value),
        unit,
        kind,
    )


def test_three_parts_of_a_time_are_one_time() -> None:
    (f,) = extract_text("The winner took 2hr 5min 30sec to finish.")
    assert (f["text"], f["value"], f["unit"]) == ("2hr 5min 30sec", 7530.0, "s")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The gap is 6 feet, 14 inches of it open.", ["6 feet", "14 inches"]),  # 14 in >= 1 ft
        ("The pool is 6ft deep and 40ft long.", ["6ft", "40ft"]),
        ("It signed a five-year, 10-month lease.", ["five-year", "10-month"]),  # two modifiers
        ("The contract runs two years, six months of it paid.", ["two years", "six months"]),
        ("He ran the 100m in 9.58s.", ["100m"]),  # metres, then a time
        ("A 1m 20m relay is no event.", ["1m", "20m"]),  # no seconds after the metre
    ],
)
def test_no_join_across_measures_that_are_not_one(text: str, spans: list[str]) -> None:
    assert [f["text"] for f in extract_text(text)] == spans


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The 12st heavyweight struggled.", 12.0, "st"),
        ("He weighs 11st and rides today.", 11.0, "st"),
        ("Her horse carries 9.5st on Saturday.", 9.5, "st"),
    ],
)
def test_a_number_glued_to_st_that_is_no_ordinal_is_stones(
    text: str, value: float, unit: str
) -> None:
    (f,) = extract_text(text)
    assert (f["value"], f["unit"], f["kind"]) == (value, unit, "measure")


@pytest.mark.parametrize("text", ["She finished 21st in the race.", "It was his 1st win."])
def test_an_ordinal_in_st_stays_an_ordinal(text: str) -> None:
    (f,) = extract_text(text)
    assert f["kind"] == "ordinal"


def test_n_out_of_m_is_two_counts() -> None:
    found = extract_text("Seven out of 10 shoppers paid by card.")
    assert [(f["value"], f["kind"], f["noun"]) for f in found] == [
        (7.0, "count", "shopper"),
        (10.0, "count", "shopper"),
    ]


@pytest.mark.parametrize(
    ("text", "low", "high", "modifier"),
    [
        ("The singer was in her early 30s when the band split.", 31.0, 33.0, "early"),
        ("A bus driver in his late 50s was hurt.", 57.0, 59.0, "late"),
        ("Most buyers are men in their 40s.", 40.0, 49.0, ""),
        ("He is thought to be in his mid 20s.", 24.0, 26.0, "mid"),
        ("The driver, in his mid-60s, was unhurt.", 64.0, 66.0, "mid"),
        ("She was in her early-30s then.", 31.0, 33.0, "early"),
    ],
)
def test_an_age_said_as_a_decade_is_an_age_range(
    text: str, low: float, high: float, modifier: str
) -> None:
    (f,) = extract_text(text)
    assert (f["kind"], f["unit"], f["value"], f["value_high"], f["modifier"]) == (
        "age",
        "year",
        low,
        high,
        modifier,
    )


@pytest.mark.parametrize(
    "text", ["The shares traded in the 50s all week.", "In the 1980s it grew."]
)
def test_a_decade_without_a_possessive_is_no_age(text: str) -> None:
    assert [f for f in extract_text(text) if f["kind"] == "age"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The law treats them as adults at 17.",
        "The bill gives the right to vote at 16.",
        "Most pupils leave school at 16.",
    ],
)
def test_an_age_of_a_right_or_a_step_after_at(text: str) -> None:
    (f,) = extract_text(text)
    assert (f["kind"], f["unit"]) == ("age", "year")


def test_a_level_after_at_stays_a_figure() -> None:
    (f,) = extract_text("The share of adults stood at 18 per cent.")
    assert f["kind"] == "percent"


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        (
            "For each share held, investors receive two dlrs, one new share and one warrant.",
            ["share", "share", "share"],
        ),
        ("Each unit comprises three shares and a 250-dlr note.", ["unit", "unit"]),
        ("Each note carries a 40-dlr payment.", ["note"]),
        ("Each voucher entitles its owner to two tickets at 40 dlrs.", ["voucher", "voucher"]),
    ],
)
def test_a_rate_said_before_the_figure_by_each(text: str, pers: list[str]) -> None:
    assert [f["per"] for f in extract_text(text)] == pers


@pytest.mark.parametrize(
    "text",
    [
        "Each year the club pays 5 dlrs to the league.",  # a period: read after the figure
        "Each team scored 3 goals.",
        "Each shareholder will receive one share.",  # a person, not a unit of a rate
        "Each club will pick its own kit.\nThere were 40 clubs in the league.",
    ],
)
def test_each_of_a_period_a_person_or_another_sentence_is_no_rate(text: str) -> None:
    assert [f["per"] for f in extract_text(text)] == [""] * len(extract_text(text))


def test_a_rate_after_the_second_of_two_alternative_prices_is_the_first_ones_too() -> None:
    found = extract_text(
        "Tomatoes may sell at 3 euros or even 2.50 euros a box, down from around 4 euros."
    )
    assert [(f["value"], f["per"]) for f in found] == [(3.0, "box"), (2.5, "box"), (4.0, "box")]


def test_a_total_and_its_rate_said_with_or_are_no_alternatives() -> None:
    found = extract_text("The mill netted 8 mln dlrs or 97 cts a share.")
    assert [f["per"] for f in found] == ["", "share"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The picture took two Silver Bears at the festival.", "silver bear"),
        ("The stable has won three Gold Cups in a row.", "gold cup"),
        ("The firm will open 25 Harbour Stores in Wales.", "harbour store"),
        ("Growers hold about 12 mln 50-kg sacks of beans.", "sack"),
        ("The port will load three 5,000-tonne barges.", "barge"),
        ("The course has three 10-minute sessions.", "session"),
        ("Some 300 under-16s joined the club.", "under-16"),
        ("The nine Euro zone lenders met.", "lender"),
    ],
)
def test_counted_nouns_of_capitalised_plurals_sizes_and_age_groups(text: str, noun: str) -> None:
    assert extract_text(text)[0]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The nine Euro zone lenders met.", "count", ""),
        ("A 950 stg area is the next floor.", "money", "GBP"),  # no place in "stg area"
        ("It will sell 300 mln dlrs of bonds and 50 mln of 10-year notes.", "money", "USD"),
    ],
)
def test_a_currency_named_as_a_place_is_no_money(text: str, kind: str, unit: str) -> None:
    (figure,) = [f for f in extract_text(text) if f["value"] in (9, 950, 5e7)]
    assert (figure["kind"], figure["unit"]) == (kind, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2 mln Harbour Airways' shares changed hands.",  # a name's possessive
        "Table: Harbour Mills\n 420,100 12-1/4 up 1/4",  # a row label
    ],
)
def test_a_capitalised_name_before_a_possessive_or_figures_is_no_counted_noun(text: str) -> None:
    assert all(" " not in f["noun"] for f in extract_text(text))


def test_a_verb_after_a_pronoun_is_no_counted_noun() -> None:
    found = extract_text("It amounts to 40 million, a record.")
    assert found[0]["noun"] == ""


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        ("The farm's output went half to a mill and the other half to a bakery.", 2),
        ("A trust kept half of the land and a charity the other half.", 2),
    ],
)
def test_half_and_the_other_half_are_two_fractions(text: str, halves: int) -> None:
    found = [f for f in extract_text(text) if f["kind"] == "fraction" and f["value"] == 0.5]
    assert len(found) == halves


def test_the_first_half_is_a_period_not_a_fraction() -> None:
    text = "In the first half they led, and later the other half of the crowd left."
    assert [f["start"] for f in extract_text(text)] == [text.index("other half") + 6]


def test_half_alone_is_no_fraction() -> None:
    assert [f for f in extract_text("Sales were cut in half.") if f["kind"] == "fraction"] == []
