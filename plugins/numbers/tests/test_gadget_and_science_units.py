"""Units of phone, car, weather and astronomy copy, and product models before a verb (issue 17:
the external set's technology, car and science genres). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def units(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["unit"], f["dimension"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The phone ships with a 65W charger.", [("65W", "W", "power")]),
        ("Its 5,000mAh cell lasts a day.", [("5,000mAh", "mAh", "electric charge")]),
        ("An 800V platform cuts charging times.", [("800V", "V", "voltage")]),
        ("The line runs at 400kV.", [("400kV", "kV", "voltage")]),
        ("The panel peaks at 1,600 nits.", [("1,600 nits", "nit", "luminance")]),
        ("The game runs at 60fps on the console.", [("60fps", "fps", "frame rate")]),
        ("Traffic noise reached 75 decibels.", [("75 decibels", "dB", "sound level")]),
        ("Inflate the tyres to 32 psi.", [("32 psi", "psi", "pressure")]),
        ("The storm's pressure fell to 960 millibars.", [("960 millibars", "mbar", "pressure")]),
        ("The main camera has a 50MP sensor.", [("50MP", "MP", "resolution")]),
        ("The probe flew past at 14 km/s.", [("14 km/s", "km/s", "speed")]),
        ("The comet came within 0.4 astronomical units of the Sun.",
         [("0.4 astronomical units", "au", "length")]),
        ("The exoplanet lies 120 light-years from Earth.", [("120 light-years", "ly", "length")]),
    ],
)  # fmt: skip
def test_units_of_gadget_weather_and_science_copy(text: str, expected: list) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The museum is at 55 W 53rd Street.",  # an address: W is west
        "The storm was centred near 21.4N 64.8W at noon.",  # a position, not watts
        "Labour won 40 MPs in the region.",  # Members of Parliament, a count
        "The team finished 3 V 1 down.",
    ],
)
def test_one_letter_symbols_need_their_number_glued(text: str) -> None:
    assert not any(f["unit"] in {"W", "V", "MP"} for f in extract_text(text))


def test_light_years_convert_to_metres() -> None:
    (found,) = extract_text("The star is 10 light-years away.")
    assert found["kind"] == "measure"
    assert found["value_base"] == pytest.approx(9.4607e16, rel=1e-4)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The iPhone 16 costs $799 in the US.", "16"),
        ("The Model 7 sells for $41,000.", "7"),
        ("Reviewers said the Pixel 9 sells well.", "9"),
    ],
)
def test_a_model_number_before_a_verb_is_a_name(text: str, number: str) -> None:
    found = {f["text"]: f["kind"] for f in extract_text(text)}
    assert found[number] == "name"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # an index's points are a measure with no unit (the lead's decision on the
        # thirty-second sample), still an item, not the name's number
        ("The Nasdaq Composite Index 52 points for the week.", "52", ("number", "")),
        ("Smith 12 runs from 30 balls.", "12", ("count", "runs")),
    ],
)
def test_figures_after_a_name_stay_items(text: str, number: str, expected: tuple[str, str]) -> None:
    found = {f["text"]: (f["kind"], f["quantity"]) for f in extract_text(text)}
    assert found[number] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 3/4 majority is needed.", [("3/4", 0.75)]),
        ("Rates moved 3/8 of a point.", [("3/8", 0.375)]),
        ("The 9/11 attacks changed aviation.", []),  # a date, not nine elevenths
        ("The meeting on 5/12 was cancelled.", []),
        ("Fahrenheit 9/11 won the prize.", []),
    ],
)
def test_a_slash_fraction_has_a_fraction_denominator(text: str, expected: list) -> None:
    found = [(f["text"], f["value"]) for f in extract_text(text) if f["kind"] == "number"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Revenue was CHF 200m.", "CHF 200m", 200e6),
        ("It paid USD 5m to settle.", "USD 5m", 5e6),
        ("Sales reached EUR180m, up 5%.", "EUR180m", 180e6),
    ],
)
def test_a_scale_letter_after_a_currency_code_is_millions(
    text: str, written: str, value: float
) -> None:
    (found,) = [f for f in extract_text(text) if f["kind"] == "money"]
    assert (found["text"], found["value"]) == (written, value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The group will invest 4 trillion won in chips.", "4 trillion won"),
        ("A subway ride costs 1,400 won in Seoul.", "1,400 won"),
    ],
)
def test_won_after_a_sum_or_in_korea_is_the_currency(text: str, written: str) -> None:
    (found,) = [f for f in extract_text(text) if f["kind"] == "money"]
    assert (found["text"], found["unit"]) == (written, "KRW")


@pytest.mark.parametrize(
    "text",
    ["Of the 30 candidates, 12 won seats in Seoul.", "Tickets cost 1,400 won at the door."],
)
def test_won_stays_a_verb_or_unknown_without_its_context(text: str) -> None:
    assert not any(f["unit"] == "KRW" for f in extract_text(text))


@pytest.mark.parametrize(
    ("text", "written", "seconds"),
    [
        ("She won the mile in 4:12.33 on Sunday.", "4:12.33", 252.33),
        ("The winner finished in 2:06:41, a course record.", "2:06:41", 7601.0),
        ("He set a record of 1:44.10 in the 800m.", "1:44.10", 104.1),
    ],
)
def test_a_race_time_is_a_duration_in_seconds(text: str, written: str, seconds: float) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert found[written]["kind"] == "duration"
    assert found[written]["value"] == pytest.approx(seconds)


@pytest.mark.parametrize(
    "text", ["The meeting starts at 10:30.", "The train leaves at 10:30:15 daily."]
)
def test_a_clock_time_is_no_race_time(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Reserves fell to 4.1 billion N.Z. Dlrs in May.", "NZD"),
        ("Profit rose to 820 mln H.K. Dlrs.", "HKD"),
        ("The mine earned 15 mln aust dlrs.", "AUD"),
    ],
)
def test_wire_copy_s_dotted_dollars_name_their_country(text: str, unit: str) -> None:
    (found,) = extract_text(text)
    assert (found["kind"], found["unit"]) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The update stopped iPhone 6 users from making calls.", "6"),
        ("The launch of iOS 8 was a nightmare.", "8"),
        ("Sony shipped the PlayStation 4 consoles late.", "4"),
    ],
)
def test_a_number_after_a_name_with_an_inner_capital_is_its_model(text: str, number: str) -> None:
    found = {f["text"]: f["kind"] for f in extract_text(text)}
    assert found[number] == "name"


@pytest.mark.parametrize(
    ("text", "number", "noun"),
    [
        ("McDonald's 500 restaurants closed.", "500", "restaurants"),
        ("The iPhone maker sold 150 iPads.", "150", "iPads"),
    ],
)
def test_camel_names_leave_big_counts_and_possessives_alone(
    text: str, number: str, noun: str
) -> None:
    found = {f["text"]: (f["kind"], f["quantity"]) for f in extract_text(text)}
    assert found[number] == ("count", noun)


@pytest.mark.parametrize(
    ("text", "written", "unit", "value"),
    [
        ("The catfish was 2.67m in length.", "2.67m", "m", 2.67),
        ("The pipe is 1.2m in diameter.", "1.2m", "m", 1.2),
        ("He raised 2m in cash.", "2m", "", 2_000_000.0),
    ],
)
def test_a_glued_m_before_in_length_is_metres(
    text: str, written: str, unit: str, value: float
) -> None:
    found = {f["text"]: (f["unit"], f["value"]) for f in extract_text(text)}
    assert found[written] == (unit, value)


@pytest.mark.parametrize(
    ("text", "number", "noun"),
    [
        ("About 2000 people attended the rally.", "2000", "people"),
        ("The army sent 1980 troops to the border.", "1980", "troops"),
        ("Nearly 1990 cars were recalled.", "1990", "cars"),
    ],
)
def test_a_count_without_its_comma_is_no_year(text: str, number: str, noun: str) -> None:
    found = {f["text"]: (f["kind"], f["quantity"]) for f in extract_text(text)}
    assert found[number] == ("count", noun)
