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
