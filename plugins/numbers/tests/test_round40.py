"""Issue 17, round forty, on invented sentences: the lead's decision 1 on the twenty-eighth
sample. A count before a plural possessive counts the possessor when a determiner opens the
phrase ("the three men's cars": man; "the two firms' bids": firm); without one the possessive
modifies the head noun, as before ("two US critics' associations": association)."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Officers towed away the three men's cars on Monday.", "three", "man"),
        ("The board turned down the two firms' bids for the site.", "two", "firm"),
        ("Their four sons' schools were shut by the storm.", "four", "son"),
        ("The five children's parents met the head teacher.", "five", "child"),
        ("Its two founders' shares were sold last week.", "two", "founder"),
    ],
)
def test_a_determiner_before_the_count_counts_the_possessor(
    text: str, span: str, noun: str
) -> None:
    assert _found(text)[span]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Two US critics' associations named it film of the year.", "Two", "association"),
        ("Three farmers' unions marched on the ministry.", "Three", "union"),
        ("The ministry met 12 growers' groups in March.", "12", "group"),
    ],
)
def test_without_a_determiner_the_possessive_modifies_the_head(
    text: str, span: str, noun: str
) -> None:
    assert _found(text)[span]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The post carries a six-figure salary and a car.", "six-figure", 100_000, 999_999),
        ("The club paid a seven-figure fee for the striker.", "seven-figure", 1e6, 9_999_999),
    ],
)
def test_n_figure_is_a_vague_size_with_no_unit(
    text: str, span: str, low: float, high: float
) -> None:
    found = _found(text)[span]
    assert (found["value"], found["value_high"]) == (low, high)
    assert (found["unit"], found["noun"], found["modifier"]) == ("", "", "vague")


def test_figures_as_a_plural_noun_are_still_counted() -> None:
    assert _found("The five figures in the table were revised.")["five"]["noun"] == "figure"


def test_n_figure_before_a_scale_is_left_as_it_was() -> None:
    found = _found("Analysts put the bill in the four-figure thousands by June.")
    assert "four-figure" not in found


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("We have had just the one long lesson this week.", "lesson"),
        ("The squad will get only the one rest day before the final.", "day"),
    ],
)
def test_just_the_one_before_its_noun_is_a_count(text: str, noun: str) -> None:
    assert _found(text)["one"]["noun"] == noun


@pytest.mark.parametrize(
    "text",
    [
        "There was just the one, and it was late.",
        "It was only the one that worked in the cold.",
        "The one thing he wanted was sleep.",
    ],
)
def test_the_one_as_a_pronoun_stays_out(text: str) -> None:
    assert "one" not in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("The council increased the lease from 10 to 15 years.", "10", "duration", "year"),
        ("Its harvest fell from 4,200 to 3,900 tonnes in May.", "4,200", "measure", "t"),
        ("The jobless rate rose from 8 to 9.5 pct in March.", "8", "percent", "%"),
        ("The wait grew from two to three weeks.", "two", "duration", "week"),
    ],
)
def test_a_change_unit_said_once_reaches_the_old_level(
    text: str, span: str, kind: str, unit: str
) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"]) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Output fell from 2 to 1.5 mln tonnes last year.", "2"),
        ("The price went from 10 to 15 dlrs a share.", "10"),
    ],
)
def test_a_scaled_or_money_level_lends_no_unit(text: str, span: str) -> None:
    assert _found(text)[span]["unit"] == ""


def test_a_counted_noun_said_once_stays_a_count() -> None:
    found = _found("The plant cut its staff from 500 to 300 workers.")["500"]
    assert (found["kind"], found["unit"], found["noun"]) == ("count", "", "worker")
