"""Issue 17, round twenty-nine, on invented sentences: classes the twenty-third sample shares
with other development files or with the pool of unannotated news (a results line's "nil", the
numeral of a world war, "that" opening a clause before "one", a pair of race distances, an
oil's API gravity, "N-dimensional")."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text
from newslens_numbers.units import UNITS, to_base


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


def _rows(text: str) -> list[tuple]:
    keys = ("text", "value", "unit", "per", "noun", "kind")
    return [tuple(f[k] for k in keys) for f in extract_text(text)]


# ------------------------------------------------------- a results line's "nil" is a zero


@pytest.mark.parametrize(
    ("text", "unit", "per"),
    [
        ("Shr 3-1/4 cts vs nil", "USD", "share"),
        ("Oper shr profit nil vs profit 17 cts", "USD", "share"),
        ("Special charge 6.2 mln stg vs nil", "GBP", ""),
        ("Final div 2.5p making 4p vs nil", "GBp", ""),
    ],
)
def test_a_nil_beside_vs_is_a_zero_with_the_unit_of_its_line(text, unit, per) -> None:
    nil = _found(text)["nil"]
    assert (nil["value"], nil["unit"], nil["per"]) == (0.0, unit, per)
    assert nil["end"] - nil["start"] == 3


def test_a_nil_count_takes_the_noun_of_the_other_side() -> None:
    nil = _found("The dealer sold 55 trucks in May versus nil a year before.")["nil"]
    assert (nil["value"], nil["noun"], nil["kind"]) == (0.0, "truck", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Excludes a charge of 52,000 dlrs or nil vs a gain of 9,000 dlrs.",  # per share unnamed
        "The chance of a deal is nil, the minister said.",
        "The two sides drew nil-nil in the first leg.",
    ],
)
def test_a_nil_elsewhere_is_no_figure(text) -> None:
    assert "nil" not in _found(text)


# ------------------------------------------------------------- the numeral of a world war


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Her grandfather flew bombers in World War II over the Channel.", "II", 2.0),
        ("The novel opens in a village just before World War I.", "I", 1.0),
        ("Veterans of World War Two laid wreaths at noon.", "Two", 2.0),
        ("A World War I-era rifle sold for £900 at auction.", "I", 1.0),
    ],
)
def test_the_numeral_after_world_war_is_an_ordinal_of_war(text, span, value) -> None:
    f = _found(text)[span]
    assert (f["value"], f["kind"], f["noun"]) == (value, "ordinal", "war")


def test_no_roman_numeral_is_read_outside_world_war() -> None:
    assert _rows("Act II of the opera was cut, and King Louis I was mocked.") == []


# -------------------------------------------------- "that" opening a clause before "one"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police said that one ferry operator had cancelled sailings.", "operator"),
        ("The report showed that one member of the board dissented.", "member"),
        ("Analysts noted that one regional lender was short of cash.", "lender"),
    ],
)
def test_one_after_a_clause_opening_that_counts_its_noun(text, noun) -> None:
    f = _found(text)["one"]
    assert (f["value"], f["noun"]) == (1.0, noun)


def test_a_scaled_one_after_that_is_read() -> None:
    f = _found("Brussels confirmed that one mln tonnes of barley were sold.")["one mln tonnes"]
    assert (f["value"], f["unit"]) == (1_000_000.0, "t")


@pytest.mark.parametrize(
    "text",
    [
        "It all comes down to that one question about trust.",  # a demonstrative
        "You will have to work that one out on your own.",
        "She said that one was plenty for now.",
        "He thinks that one of the pilots was tired.",
        "I like that one better than the red coat.",
        "Traders know that one wins a tender by bidding early.",  # the generic pronoun
    ],
)
def test_that_one_as_a_pronoun_is_no_figure(text) -> None:
    assert [f for f in extract_text(text) if f["text"] == "one"] == []


# ---------------------------------------------------------------- a pair of race distances


def test_a_rate_passes_over_a_count_or_an_age_to_its_parallel_figure() -> None:
    text = "Cleaners earn $8.20 an hour against $7.90 last year, and trainees aged 16 to 17 $5.60."
    assert _found(text)["$5.60"]["per"] == "hour"
    assert _found("Cabins cost £80 a night, and 40 guests paid £75.")["£75"]["per"] == "night"
    # not a figure ten times off: a total beside a rate
    assert _found("Pickers earn £9 an hour and 200 of them shared £4,000.")["£4,000"]["per"] == ""


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She holds the 800m and 1500m titles in Europe.", "1500m"),
        ("He skipped the 100m and 200m finals in Rome.", "200m"),
        ("The 5,000m and 10,000m records still stand.", "10,000m"),
    ],
)
def test_the_second_of_a_pair_of_race_distances_is_metres(text, span) -> None:
    f = _found(text)[span]
    assert (f["unit"], f["kind"]) == ("m", "measure")


def test_a_glued_m_after_a_distance_that_is_no_race_stays_a_scale() -> None:
    f = _found("Exports fell to 3m and 4m crates were left unsold.")["4m"]
    assert (f["value"], f["unit"]) == (4_000_000.0, "")


# --------------------------------------------------------------------- an oil's API gravity


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The well flowed 700 barrels of 33 degree API crude a day.", "33 degree"),
        ("The heavy grade, at 19 degrees api gravity, fell 40 cts.", "19 degrees"),
        ("Crudes from 30 degrees API to above 42 degrees are unaffected.", "42 degrees"),
        ("It pumps a 26 degree gravity oil from the deeper zone.", "26 degree"),
    ],
)
def test_degrees_beside_api_or_gravity_are_api_gravity(text, span) -> None:
    assert _found(text)[span]["unit"] == "°API"


def test_a_range_of_api_degrees_stays_one_range() -> None:
    f = _found("The scale runs from 18 degrees to 36 degrees API for heavy grades.")
    (item,) = f.values()
    assert (item["value"], item["value_high"], item["unit"]) == (18.0, 36.0, "°API")


def test_other_degrees_keep_their_reading() -> None:
    assert _found("The road bends 45 degrees to the east.")["45 degrees"]["unit"] == "deg"
    found = _found("The crude flows at 60 degrees centigrade, 31 degrees API.")
    assert found["60 degrees centigrade"]["unit"] == "°C"
    assert found["31 degrees"]["unit"] == "°API"
    assert UNITS["°API"].dimension == "oil gravity"
    assert to_base(22.0, "°API") == (22.0, "°API")


# ---------------------------------------------------------------------- "N-dimensional"


def test_n_dimensional_is_an_adjective_not_a_count() -> None:
    text = "The firm sells three-dimensional printers and a two-dimensional scanner."
    assert [f["text"] for f in extract_text(text)] == []
    assert _found("The lab ordered three printers.")["three"]["noun"] == "printer"
