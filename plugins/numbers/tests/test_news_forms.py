"""News forms added while closing the value+unit gap (issue 3): each is a rule of news English,
tested here on sentences written for the test, not taken from the development set."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text


def figures(text: str) -> list[tuple]:
    found = extract_text(text)
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
    return [
        (
            f["text"],
            f["value"],
            None if math.isnan(f["value_high"]) else f["value_high"],
            f["unit"],
            f["quantity"],
            f["kind"],
        )
        for f in found
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a no-break space between number and unit
        (
            "The 120\u00a0m (390\u00a0ft) ferry sank.",
            [
                ("120\u00a0m", 120.0, None, "m", "", "measure"),
                ("390\u00a0ft", 390.0, None, "ft", "", "measure"),
            ],
        ),
        # "a"/"an" as one before a unit, after a word that bounds a quantity
        ("Police arrived within an hour.", [("an hour", 1.0, None, "h", "", "duration")]),
        ("The lake shrank to under a hectare.", [("a hectare", 1.0, None, "ha", "", "measure")]),
        ("She walked for a while.", []),
        ("The crater is half a mile wide.", [("half a mile", 0.5, None, "mi", "", "measure")]),
        (
            "The strike lasted a month and a half.",
            [("month and a half", 1.5, None, "month", "", "duration")],
        ),
        # odds are one fraction
        (
            "One in four voters stayed home.",
            [("One in four", 0.25, None, "", "voters", "fraction")],
        ),
        ("a 1-in-100 chance", [("1-in-100", 0.01, None, "", "", "fraction")]),
        ("He scored 3 in 2019.", [("3", 3.0, None, "", "", "count")]),
        # idioms that pick one out and count nothing
        ("It is one of the busiest ports.", []),
        ("No-one was hurt.", []),
        ("one of the interest rates", []),  # "one of": a pronoun, no count
        # age ranges, ages without the word "years"
        (
            "Patients between the ages of 5 and 11 qualify.",
            [("5 and 11", 5.0, 11.0, "year", "", "age")],
        ),
        ("Her nephew, 19, was arrested.", [("19", 19.0, None, "year", "", "age")]),
        (
            "Smith and Jones, 31 and 34, appeared in court.",
            [("31", 31.0, None, "year", "", "age"), ("34", 34.0, None, "year", "", "age")],
        ),
        ("She was 97 and lived alone.", [("97", 97.0, None, "year", "", "age")]),
        (
            "Two patients were aged over 80.",
            [("Two", 2.0, None, "", "patients", "count"), ("80", 80.0, None, "year", "", "age")],
        ),
        ("The quake's magnitude was 6.1.", [("6.1", 6.1, None, "magnitude", "", "measure")]),
        # ranges sharing a word scale, vote tallies
        (
            "three-to-four hundred fans came",
            [("three-to-four hundred", 300.0, 400.0, "", "fans", "count")],
        ),
        (
            "The bill passed 301-to-122.",
            [("301", 301.0, None, "", "", "count"), ("122", 122.0, None, "", "", "count")],
        ),
        # not quantities: a phone number after "call", a model name, the end of a day range
        ("Call 999 if you see it.", []),
        ("An Airbus 320 landed.", [("320", 320.0, None, "", "", "name")]),
        ("The fair runs from June 3 to 5 in Leeds.", []),
        # the counted noun
        (
            "Four border guards and three customs officers were hurt.",
            [
                ("Four", 4.0, None, "", "guards", "count"),
                ("three", 3.0, None, "", "officers", "count"),
            ],
        ),
        ("nine staff members left", [("nine", 9.0, None, "", "members", "count")]),
        ("120 Senators voted", [("120", 120.0, None, "", "Senators", "count")]),
        ("40 co-defendants", [("40", 40.0, None, "", "co-defendants", "count")]),
        ("500 parking bays", [("500", 500.0, None, "", "bays", "count")]),
        (
            "Five of the region's nine hospitals closed.",
            [
                ("Five", 5.0, None, "", "hospitals", "count"),
                ("nine", 9.0, None, "", "hospitals", "count"),
            ],
        ),
        (
            "12 out of 15 judges",
            [("12", 12.0, None, "", "judges", "count"), ("15", 15.0, None, "", "judges", "count")],
        ),
        ("her first family holiday in years", [("first", 1.0, None, "", "holiday", "ordinal")]),
        ("one half-brother", [("one", 1.0, None, "", "half-brother", "count")]),
        ("and a fourth from Spain", [("fourth", 4.0, None, "", "", "ordinal")]),
        ("one-fourth of the vote", [("one-fourth", 0.25, None, "", "", "fraction")]),
        ("raised CDN$5,000", [("CDN$5,000", 5000.0, None, "CAD", "", "money")]),
    ],
)
def test_news_form(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three hundred and two dozen", 324.0),
        ("two dozens", 24.0),
        ("sales of 2.33 k.", 2330.0),
        ("two hundred point seventy-one", 200.71),
        ("a fee of 5,00 today", 5.0),
        ("1.111,11 in total", 1111.11),
        ("revenues of about MAUD 60", 60e6),
    ],
)
def test_spoken_and_continental_forms(text: str, expected: float) -> None:
    found = extract_text(text)
    assert [f["value"] for f in found] == [pytest.approx(expected)]


def test_number_lists_are_separate_counts() -> None:
    found = extract_text("Exercises nos. 22,24,26,31.")
    assert [f["value"] for f in found] == [22.0, 24.0, 26.0, 31.0]


def test_rank_after_a_verb_is_an_ordinal() -> None:
    (found,) = extract_text("She finished second!")
    assert (found["text"], found["kind"], found["value"]) == ("second", "ordinal", 2.0)
    assert extract_text("Wait a second.") == []
