"""Round twenty-five's speed gates (issue 17): each cheap test must pass wherever the pattern
it guards could match, on invented texts, so the output stays the same."""

from __future__ import annotations

import pytest
from newslens_numbers import extract as X
from newslens_numbers import scores


@pytest.mark.parametrize(
    "text",
    [
        "Rovers won by three goals to one on Saturday.",
        "The side lost by 2 tries  to 1 in the rain.",
        "They won a 3 Frames to 1 match.",
        "The motion passed by 5 votes\tto 3.",
    ],
)
def test_the_score_gate_passes_every_score_in_words(text) -> None:
    assert scores._SCORE_IN_WORDS.search(text)
    assert scores._score_noun_to(text.lower())


def test_the_score_gate_skips_a_text_with_no_score_noun_before_to() -> None:
    assert not scores._score_noun_to("the firm says it hopes to sell the division to a rival.")


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 41 to 12 for the plan.",
        "The bill was APPROVED in the house by 210 to 190.",
        "The plan passed on Monday by 7-2.",
    ],
)
def test_the_vote_gate_keeps_every_tally(text) -> None:
    f = {x["text"]: x for x in X.extract_text(text)}
    assert any(x["noun"] == "vote" for x in f.values())


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Which DIGIT is 7 in 4471?", "7"),
        ("Find the Number 6 in the number 90312.", "6"),
        ('Press the "5" key twice.', "5"),
    ],
)
def test_the_symbol_gate_keeps_every_digit_named_as_a_symbol(text, absent) -> None:
    assert absent not in {x["text"] for x in X.extract_text(text)}
