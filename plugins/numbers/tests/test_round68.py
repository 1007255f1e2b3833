"""Issue 17, round sixty-eight, on invented text: the lead's decision 1 on the thirty-seventh
sample, its positive case (a "first" after its verb is an ordinal with no noun where the
sentence ranks another member with a later ordinal; both are items), a legal age changed
"from N to M" (ages, no noun) and a list that breaks down a plural before it (counts of the
plural). Each positive fails on main's code (0.28.34); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _ordinals(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["quantity"]) for f in extract_text(text) if f["kind"] == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        (
            "The Dunmore mill closes first and the Kelso mill second, the board said.",
            [("first", ""), ("second", "")],
        ),
        (
            "Okafor finished first and Brandt second in the 800 metres.",
            [("first", ""), ("second", "")],
        ),
        (
            "The depot would be sold first and the warehouse third under the plan.",
            [("first", ""), ("third", "")],
        ),
        ("The senator spoke first and the governor second.", [("first", ""), ("second", "")]),
    ],
)
def test_ordinal_ranked_against_a_later_one(text: str, ranked: list) -> None:
    assert _ordinals(text) == ranked


@pytest.mark.parametrize(
    "text",
    [
        "One of the four depots would be closed first, the union said.",
        "She spoke first and a second later the lights went out.",
        "At first, and for a second, nobody in the hall moved.",
        "The mayor spoke first, and for a second nobody answered.",
    ],
)
def test_first_after_verb_without_a_later_rank_is_no_item(text: str) -> None:
    assert _ordinals(text) == []


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The deal would raise the pension age for tram drivers from 58 to 63.", ("58", "63")),
        ("The retirement age for its 4,500 clerks rises from 62 to 66 in 2012.", ("62", "66")),
        ("The voting age was cut to 16 before the election.", ("16",)),
    ],
)
def test_a_legal_age_changed_is_an_age(text: str, ages: tuple[str, ...]) -> None:
    found = _found(text)
    for surface in ages:
        f = found[surface]
        assert (f["kind"], f["unit"], f["quantity"]) == ("age", "year", "")


def test_a_count_after_an_age_word_stays_a_count() -> None:
    f = _found("The pension age accord applies to 40 workers at the depot.")["40"]
    assert (f["kind"], f["quantity"]) == ("count", "workers")


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("The buyers - three from Norway, two from Peru and one from Ghana - signed.", "buyers"),
        ("The new trustees, four from Leeds and two from Cork, were named.", "trustees"),
    ],
)
def test_a_breakdown_list_counts_the_plural_before_it(text: str, plural: str) -> None:
    counts = [f for f in extract_text(text) if f["kind"] == "count"]
    assert counts and all(f["quantity"] == plural for f in counts)


def test_a_breakdown_list_keeps_each_one() -> None:
    text = "The owners - two from Japan, one from Fiji and one from Chile - left in March."
    counts = [(f["text"], f["quantity"]) for f in extract_text(text) if f["kind"] == "count"]
    assert counts == [("two", "owners"), ("one", "owners"), ("one", "owners")]


def test_a_lone_count_from_a_day_is_left() -> None:
    f = _found("Prices rose again, two from Monday to Friday.")["two"]
    assert f["quantity"] == ""
