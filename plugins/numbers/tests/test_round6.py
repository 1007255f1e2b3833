"""Issue 17, round six: the error classes of a fresh BBC News sample (``numbers_fresh6.jsonl``)
that the other development files share, each tested on invented sentences (never corpus text)."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def found(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["kind"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Winter is usually a slow one," the agent said.',
        'The summer was a long one." She laughed.',
    ],
)
def test_a_quotation_ending_on_one_is_a_pronoun(text: str) -> None:
    assert [k for _, k in found(text)] == []


def test_but_one_of_is_a_pronoun_all_but_one_counts() -> None:
    assert found("But one of the four sisters said no.") == [("four", "count")]
    assert ("one", "count") in found("All but one of the 12 miners were rescued.")


@pytest.mark.parametrize(
    "text",
    [
        "Two reporters came, one from a radio station and one from a paper.",
        "It sells two versions, one designed for Spain and one for Italy.",
    ],
)
def test_one_and_one_are_pronouns(text: str) -> None:
    assert found(text) == [("Two" if text.startswith("Two") else "two", "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Racer 3 sells two million copies in a month.",
        "Critics say Moonfall 2 breaks the rules of the genre.",
    ],
)
def test_a_title_number_before_a_verb_is_a_name(text: str) -> None:
    assert found(text)[0][1] == "name"


def test_a_count_before_a_plural_noun_stays() -> None:
    assert found("The firm sold 3 cars to the police.") == [("3", "count")]
    assert found("Boeing 7 jets the airline ordered were late.")[0][0] == "7"
