"""Issue 17, round twenty-three, on invented sentences: the lead's decisions on the eighteenth
sample's conventions (a score in words is two counts of its noun; a digit named as a symbol is
no item), and the readings the extractor already makes for decisions 3 and 4."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ------------------------------------------------------- decision 2: a score in words


@pytest.mark.parametrize(
    ("text", "sides", "noun"),
    [
        ("The hosts won by three goals to one.", {"three": 3.0, "one": 1.0}, "goal"),
        ("The village side triumphed by two goals to nil.", {"two": 2.0, "nil": 0.0}, "goal"),
        ("It was a 3 goals to 1 win for the visitors.", {"3": 3.0, "1": 1.0}, "goal"),
        ("The motion was carried by 12 votes to one.", {"12": 12.0, "one": 1.0}, "vote"),
        ("She took the final by two sets to one, then wept.", {"two": 2.0, "one": 1.0}, "set"),
        ("The club lost by one goal to two at home.", {"one": 1.0, "two": 2.0}, "goal"),
    ],
)  # fmt: skip
def test_a_score_in_words_counts_its_noun_on_both_sides(text, sides, noun) -> None:
    found = _found(text)
    for span, value in sides.items():
        assert (found[span]["kind"], found[span]["value"], found[span]["noun"]) == (
            "count",
            value,
            noun,
        )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He sold one to a neighbour.", None),  # no score: "one" stays as it was
        ("The rate went by two points to none of the banks.", "none"),  # not a number
        ("The club won 3-1 on Saturday.", "1"),  # a digit score is no item (decision 2)
    ],
)  # fmt: skip
def test_not_a_score_in_words(text, absent) -> None:
    found = _found(text)
    if absent is not None:
        assert absent not in found
    assert all(f["value"] != 0.0 for f in found.values())


def test_an_index_moving_to_a_level_is_not_a_score() -> None:
    # an index's move "by N points to M" is a move to a level: no side is added
    assert "one" not in _found("The share index slipped by 3 points to one.")
    assert "nil" not in _found("The index of prices fell by 2 points to nil.")


# ------------------------------------------------- decision 5: a digit named as a symbol


@pytest.mark.parametrize(
    "text",
    [
        "Which digit is 7 in 4471?",
        "Find the number 6 in the number 90312.",
        'Press the "7" key twice to redial.',
        "The quiz asked for the digit 3 and nothing else.",
    ],
)
def test_a_digit_named_as_a_symbol_is_no_item(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The 7 digit code was sent to every member.", "7"),  # a count of digits
        ("Sales grew at double digit rates of 12% a year.", "12% a year"),
        ("The number 4 in the list paid 12 dlrs.", "12 dlrs"),  # not "in this number"
        ('The film took "7 million dollars" in a week.', "7 million dollars"),  # not a lone digit
        ("Growth slowed to a digit 5% pace.", "5%"),  # a digit before a percent stays
    ],
)  # fmt: skip
def test_digits_that_are_quantities_stay(text: str, span: str) -> None:
    assert span in _found(text)


# ----------------------------------------- decisions 3 and 4, as the extractor reads them


def test_number_ones_is_no_item_and_a_count_before_it_counts_number_one() -> None:
    assert extract_text("Festive number ones are rarely surprising.") == []
    found = _found("The duo have had five top ten hits, including two number ones.")
    assert (found["two"]["kind"], found["two"]["noun"]) == ("count", "number one")
    assert _found("The duo have five number one hits.")["five"]["noun"] != "number one"
