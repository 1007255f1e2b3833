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
