"""Issue 17, round seventy, on invented text: kinds from the thirty-ninth sample (made
development this round) that news at large shares: a range of a change in percent after a
verb or noun of change ("pay rises of five to six pct"), a place in a ranking after the
ranking verb's object ("ranked Norway second") or after "with NAME in" ("with Lee in
third"), a rate table's labels (a tenor row "1 MTH", a currency code before the next quote)
kept out of the items and nouns, football's "fourth official" a post (a name), and the
make-up of "each X" said by a modal ("each unit would consist of two shares": per unit).
Each positive fails on main's code (0.28.36); each negative passes on both."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text


def _by_text(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Nurses want pay rises of five to six pct, but the board offers three pct.",
         "five to six pct", 5.0, 6.0),
        ("Import prices rose 7 to 8 percent in the quarter.", "7 to 8 percent", 7.0, 8.0),
        ("Output should grow by two to three pct this year.", "two to three pct", 2.0, 3.0),
        ("Exports fell 40 to 60 pct after the floods.", "40 to 60 pct", 40.0, 60.0),
    ],
)  # fmt: skip
def test_a_change_said_as_a_range_in_percent(text: str, span: str, low: float, high: float) -> None:
    f = _by_text(text)[span]
    assert (f["kind"], f["unit"], f["value"], f["value_high"]) == ("percent", "%", low, high)


@pytest.mark.parametrize(
    ("text", "move", "level"),
    [
        ("The yield rose 0.5 to 9.5 pct.", "0.5", "9.5 pct"),  # a level over three times
        ("Jobless claims rose 0.2 to 7.1 pct.", "0.2", "7.1 pct"),
        ("Shares of the bank rose 2 to 45 dlrs.", "2", "45 dlrs"),  # not a percent
    ],
)
def test_a_move_to_a_level_stays_two_figures(text: str, move: str, level: str) -> None:
    found = _by_text(text)
    assert move in found and level in found
    assert math.isnan(found[level]["value_high"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A study ranked Norway second in its index of broadband use.", "second"),
        ("The survey placed the United Kingdom fourth behind Japan.", "fourth"),
        ("The index rates Chile third in the region.", "third"),
        ("Berg won the sprint, with Kowalski in second and Mbeki in third.", "second"),
        ("Berg won the sprint, with Kowalski in second and Mbeki in third.", "third"),
    ],
)
def test_a_place_after_a_ranked_object_or_with_in(text: str, place: str) -> None:
    f = _by_text(text)[place]
    assert (f["kind"], f["noun"]) == ("ordinal", "")


@pytest.mark.parametrize(
    "text",
    [
        "He put it first.",  # orders what matters, no place
        "The firm placed an order for a third jet.",  # the ordinal ranks the jet
        "When I first read it, I laughed.",
    ],
)
def test_no_place_where_no_ranking_is_said(text: str) -> None:
    found = extract_text(text)
    assert all(not (f["kind"] == "ordinal" and f["noun"] == "") for f in found)


def test_a_tenor_that_labels_a_rate_row_is_no_item() -> None:
    row = "DMK FFR 2/7 DAYS 4-1/8 1/4 2/7 DAYS 7-1/4 1/2 1 MTH 4-3/8 5/8 3 MTHS 4-1/2 3/4"
    found = extract_text(row)
    assert not [f for f in found if f["kind"] == "duration"]
    assert 4.375 in {f["value"] for f in found}


def test_a_duration_in_prose_stays() -> None:
    found = _by_text("The loan runs for 3 MTHS at 6.5 pct, the bank said.")
    assert found["3 MTHS"]["kind"] == "duration"


def test_a_currency_code_is_no_noun_of_the_quote_before_it() -> None:
    found = _by_text("ffr 23.97-24.00 ptas 1.1752-1874 bfr 4.0101-0180")
    assert found["23.97-24.00"]["noun"] == ""


def test_a_count_of_a_noun_before_a_figure_keeps_it() -> None:
    found = _by_text("It shipped 2.5 tonnes of wheat and 12 tractors.")
    assert found["12"]["noun"] == "tractor"


def test_the_make_up_of_each_unit_said_by_a_modal() -> None:
    found = _by_text("Holt said each bundle would consist of four ordinary stocks plus a right.")
    assert (found["four"]["per"], found["four"]["noun"]) == ("bundle", "stock")


def test_the_make_up_in_the_present_is_kept() -> None:
    found = _by_text("Each pack consists of six glass jars and a lid.")
    assert found["six"]["per"] == "pack"


@pytest.mark.parametrize(
    "text",
    ["He was sent off by fourth official Jan Ruiz.", "The coach argued with the fourth official."],
)
def test_the_fourth_official_is_a_post(text: str) -> None:
    assert _by_text(text)["fourth"]["kind"] == "name"


def test_a_fourth_official_inquiry_ranks() -> None:
    f = _by_text("It was the fourth official inquiry into the deal.")["fourth"]
    assert (f["kind"], f["noun"]) == ("ordinal", "inquiry")


def test_a_demonstrative_determines_an_ordinal_before_a_name() -> None:
    f = _by_text("This third Dragon Quest game brought a new director.")["third"]
    assert (f["kind"], f["noun"]) == ("ordinal", "game")


def test_that_second_of_time_is_no_rank() -> None:
    assert not extract_text("In that second, he froze.")


def test_a_clause_after_that_before_a_firm_named_first() -> None:
    found = extract_text("Analysts noted that First Harbor had three years of losses.")
    assert all(f["kind"] != "ordinal" for f in found)
