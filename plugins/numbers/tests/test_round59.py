"""Issue 17, round fifty-nine, on invented text. The lead's decisions on the thirty-fifth
sample's readings (an ordinal takes a counted noun only where the noun is written with it) and
on the thirty-ninth sample's questions (a count in the make-up of "each X" is per X), then
two of fresh35's extractor kinds: "a third" before a hyphenated modifier and a noun is the
noun's ordinal, and an age said again after "at the age of N and ... at M". Each positive
fails on main's code (0.28.23); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ------------------------------------------- an elided ordinal takes no noun from its context


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rovers won their second cup - and first since 1977 - on Saturday.", "first"),
        ("She lost the first set and took the second.", "second"),
        ("The first of the ferries sails in June and the second in August.", "second"),
        ("It is the bank's fourth bond this year, and the fourth with a fixed coupon.", "fourth"),
    ],
)
def test_an_ordinal_whose_noun_is_not_written_with_it_has_no_noun(text: str, span: str) -> None:
    found = [f for f in extract_text(text) if f["text"] == span and f["kind"] == "ordinal"]
    assert found and found[-1]["noun"] == ""


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("She dropped the opening set and took the second set.", "second", "set"),
        ("The club won the first and second legs.", "first", "leg"),
    ],
)
def test_an_ordinal_with_its_noun_written_keeps_it(text: str, span: str, noun: str) -> None:
    assert _found(text)[span]["noun"] == noun


# ----------------------------------------------------- the make-up of "each X" is per X


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("The panel has 720 rows, with each row made up of 1,280 dots.", "1,280", "row"),
        ("Each crate is made up of 40 bottles.", "40", "crate"),
        ("Each battalion comprising 800 soldiers will leave in May.", "800", "battalion"),
        ("It sold 500 units, each unit consisting of 10 shares.", "10", "unit"),
    ],
)
def test_a_count_in_the_make_up_of_each_x_is_per_x(text: str, span: str, per: str) -> None:
    assert _found(text)[span]["per"] == per


@pytest.mark.parametrize(
    "text",
    [
        "With each passing week, 30 more firms joined.",
        "The plan, made up of 12 measures, was approved on each side.",
    ],
)
def test_no_make_up_of_each_x_no_per(text: str) -> None:
    assert all(f["per"] == "" for f in extract_text(text) if f["kind"] == "count")


# ------------------------------------------- "a third" before a hyphenated modifier and a noun


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("The exchange said a third long-term contract will trade from June.", 3.0, "contract"),
        ("The treasury will sell a third five-year bond next month.", 3.0, "bond"),
    ],
)
def test_a_third_before_a_modifier_and_a_noun_is_an_ordinal(
    text: str, value: float, noun: str
) -> None:
    (found,) = [f for f in extract_text(text) if f["value"] == value]
    assert (found["kind"], found["noun"]) == ("ordinal", noun)


@pytest.mark.parametrize(
    "text",
    ["A third of the staff left in May.", "Output was cut by a third."],
)
def test_a_third_of_or_alone_stays_a_fraction(text: str) -> None:
    assert [f["kind"] for f in extract_text(text) if "third" in f["text"]] == ["fraction"]


# --------------------------------------------------------------- an age said again


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She started acting at the age of nine and won an award at 15.", "15"),
        ("She sang in a choir at the age of 9 and turned professional at 16.", "16"),
    ],
)
def test_an_age_said_again_after_at_the_age_of_is_an_age(text: str, span: str) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"]) == ("age", "year")


def test_a_measure_after_at_the_age_of_stays_a_measure() -> None:
    found = _found("He left at the age of 12 and returned at 30 degrees.")["30 degrees"]
    assert found["kind"] == "measure"
