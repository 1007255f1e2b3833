"""Issue 17, round thirty-seven, on invented sentences: three general misreadings the
development files share, each measured on the pool of unannotated news. A verb of change
whose "to" stands right before "N to M" ("was cut to some 40 to 45 mln dlrs") already has its
level, so the pair is a range of that level, not a move by N to M (main dropped the range and
left a bare count); "of NOUN" before "a"/"per" reads a rate's denominator only when the words
after "of" are the compound, not a preposition starting another phrase ("9 mln dlrs of loans
after a freeze", not per freeze); an age after "left school at" or "joined at" holds before an
infinitive of purpose ("at 15 to train as a clerk") as before a full stop."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ------------------------------------------------ a verb of change's level written as a range


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("The ministry hopes the gap will be cut to some 40 to 45 mln dlrs.",
         "40 to 45 mln dlrs", 4e7, 4.5e7, "USD"),
        ("Dealers expect copper to rise to 1,200 to 1,250 dlrs a tonne by June.",
         "1,200 to 1,250 dlrs a tonne", 1200.0, 1250.0, "USD"),
        ("The bank said inflation would fall to about 3.5 to four pct next year.",
         "3.5 to four pct", 3.5, 4.0, "%"),
        ("Exports were reduced to 80,000 to 90,000 tonnes this season.",
         "80,000 to 90,000 tonnes", 80000.0, 90000.0, "t"),
    ],
)  # fmt: skip
def test_a_range_after_a_verb_of_changes_to_is_one_range(text, span, low, high, unit) -> None:
    found = _found(text)[span]
    assert (found["value"], found["value_high"], found["unit"]) == (low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The index rose 12.5 to 2,210.4 in early trade.",  # a move by 12.5 to a level
        "Rates fell 2 pct to 10 to 12 pct.",  # a figure between the verb and its "to"
        "Shares rose from 5 to 10 to 15 dlrs.",  # a sequence, not a range
    ],
)
def test_a_move_or_a_sequence_stays_apart(text) -> None:
    assert all(f["value_high"] != f["value_high"] for f in extract_text(text))  # all NaN


# ------------------------------------------------ "of NOUN" then a preposition is no rate


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Creditors agreed on repayment of 9 mln dlrs of loans after a freeze ends.",
         "9 mln dlrs"),
        ("The firm turned 250 mln francs of debt into a convertible loan.", "250 mln francs"),
        ("They found reserves of 600,000 tons of ore with a grade of two grams.",
         "600,000 tons"),
    ],
)  # fmt: skip
def test_of_noun_then_a_preposition_gives_no_rate(text, span) -> None:
    assert _found(text)[span]["per"] == ""


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("The mine yields 3.2 grams of gold per tonne.", "3.2 grams", "tonne"),
        ("The field pumps 40,000 barrels of crude oil a day.", "40,000 barrels", "day"),
    ],
)
def test_of_a_compound_still_reaches_its_rate(text, span, per) -> None:
    assert _found(text)[span]["per"] == per


# ------------------------------------------------ an age before an infinitive of purpose


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The champion left school at 15 to train as a clerk.", "15"),
        ("She joined the navy at 17 to train as an engineer.", "17"),
    ],
)
def test_an_age_before_an_infinitive_of_purpose(text, span) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"]) == ("age", "year")


@pytest.mark.parametrize(
    "text",
    [
        "He became a father at 20 to everyone's surprise.",  # no verb after "to"
        "The club joined the league at 16 to 18 teams.",  # a range, not an age
    ],
)
def test_no_age_without_an_infinitive(text) -> None:
    assert all(f["kind"] != "age" for f in extract_text(text))


# ------------------------------------------------ a title's capitalised number after "Name at"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told the Midday Report at One he would not resign.",
        "She said on the News at Ten that talks would go on.",
    ],
)
def test_a_titles_number_after_a_name_and_at_is_no_quantity(text) -> None:
    assert [f for f in extract_text(text) if f["kind"] != "name"] == []


def test_a_lowercase_verb_before_at_keeps_the_count() -> None:
    found = _found("Trading opened at Eight.")["Eight"]
    assert (found["kind"], found["value"]) == ("count", 8.0)
