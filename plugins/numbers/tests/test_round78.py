"""Issue 17, round seventy-eight, on invented text: the lead's decision 1 on round seventy-seven
(a commodity's grade is a name however it is written: a basis table's capitalised "(Number three
grade)" too, as "number three corn" and "No. 3" already were). Each positive fails on main's
code (0.28.44); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "Brokers gave these levels.\n    Sorghum (Number three grade)\n June - 14 over bid.",
            "Number three",
        ),
        ("Sorghum (Number two grade) was 12 over May bid.", "Number two"),
        ("Number two yellow corn was bid at 20 over July.", "Number two"),
        ("Number one hard red winter wheat was steady.", "Number one"),
        ("Barley, Number four or better, was offered.", "Number four"),
    ],
)
def test_a_capitalised_grade_is_a_name(text: str, grade: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert found[grade]["kind"] == "name"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Number two U.S. roaster Acme cut its prices.", "two"),
        ("Number two wheat exporter Canada sold more.", "two"),
        ("She is Number three in the world.", "three"),
        ("Number six grade corn was not quoted.", "six"),
    ],
)
def test_a_capitalised_number_elsewhere_is_no_grade(text: str, figure: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert found[figure]["kind"] != "name"


def _per(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["per"]) for f in extract_text(text) if f["kind"] in ("money", "measure")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Acme will raise prices 35 dlrs per short ton.",
            ("35 dlrs per short ton", "short ton"),
        ),
        ("Sulphur fetched 140 dlrs per long ton last year.", ("140 dlrs per long ton", "long ton")),
        ("The mill costs 120 dlrs a short ton to run.", ("120 dlrs a short ton", "short ton")),
        (
            "The vein graded 0.4 ounce per short ton, mostly gold.",
            ("0.4 ounce per short ton", "short ton"),
        ),
        ("Its ore holds 3 grams of gold per metric ton.", ("3 grams", "metric ton")),
    ],
)
def test_a_rate_per_short_or_long_ton_names_the_ton(text: str, found: tuple[str, str]) -> None:
    assert found in _per(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Acme paid 100 dlrs per ton.", ("100 dlrs per ton", "ton")),
        ("Acme paid 90 dlrs per tonne.", ("90 dlrs per tonne", "tonne")),
    ],
)
def test_other_rates_keep_their_noun(text: str, found: tuple[str, str]) -> None:
    assert found in _per(text)


def test_a_short_position_is_no_ton() -> None:
    assert all(per != "short ton" for _, per in _per("Acme made 2 dlrs per short position."))


@pytest.mark.parametrize(
    ("text", "grades", "per"),
    [
        (
            "The vein holds 0.2 ounce of gold and 3.1 ounces of silver per ton.",
            ["0.2 ounce", "3.1 ounces"],
            "ton",
        ),
        (
            "Ore assays 0.3 ounce of gold, 12 ounces of silver, 6 pct zinc and 2 pct lead per "
            "short ton, it said.",
            ["0.3 ounce", "12 ounces", "6 pct", "2 pct"],
            "short ton",
        ),
        (
            "Reserves average 0.03 ounce gold and 0.5 ounce silver per ton.",
            ["0.03 ounce", "0.5 ounce"],
            "ton",
        ),
        ("One hole graded 0.4 ounce gold a short ton over 30 feet.", ["0.4 ounce"], "short ton"),
        (
            "The ore holds 2 pct copper and 3 grams of gold per tonne.",
            ["2 pct", "3 grams"],
            "tonne",
        ),
    ],
)
def test_grades_listed_before_one_per_ton_share_it(text: str, grades: list[str], per: str) -> None:
    found = {f["text"].replace("\n", " "): f["per"] for f in extract_text(text)}
    assert [found[g] for g in grades] == [per] * len(grades)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Output was 300 ounces of gold and 20 tons of lead a ton of ore.", "300 ounces"),
        ("Gold rose 5 pct and silver 2 pct on Monday.", "5 pct"),
        ("Acme mined 5,000 ounces of gold, and sold ore at 40 dlrs per ton.", "5,000 ounces"),
    ],
)
def test_figures_outside_a_grade_list_keep_no_rate(text: str, figure: str) -> None:
    found = {f["text"]: f["per"] for f in extract_text(text)}
    assert found[figure] == ""


def _units(text: str, dateline: str = "") -> list[tuple[str, str]]:
    return [(f["text"], f["unit"]) for f in extract_text(text, dateline) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("text", "dateline", "unit"),
    [
        ("The central bank will offer 300 mln rupees of bills.", "COLOMBO, May 4", "LKR"),
        ("COLOMBO, May 4 - The central bank will offer 300 mln rupees of bills.", "", "LKR"),
        ("Sri Lanka's reserves fell to 9 billion rupees in May.", "", "LKR"),
        ("Pakistan's reserves fell to 8 billion rupees in May.", "", "PKR"),
        ("Tea fetched 40 rupees a kilo at the auction.", "KARACHI, May 4", "PKR"),
    ],
)
def test_bare_rupees_are_the_story_country_s(text: str, dateline: str, unit: str) -> None:
    assert [u for _, u in _units(text, dateline)] == [unit]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("The central bank will offer 300 mln rupees of bills.", "NEW DELHI, May 4"),
        ("The central bank will offer 300 mln rupees of bills.", ""),
        ("Sri Lanka and India each set aside 5 billion rupees.", ""),
        ("A Colombo trader paid 40 Indian rupees a kilo.", "COLOMBO, May 4"),
    ],
)
def test_other_rupees_stay_indian(text: str, dateline: str) -> None:
    assert [u for _, u in _units(text, dateline)] == ["INR"]
