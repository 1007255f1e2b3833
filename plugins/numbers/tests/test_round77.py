"""Issue 17, round seventy-seven, on invented text: the lead's decision 1 on round seventy-six
(every sum in a list that one "per share" closes takes ``per`` share, commas and "and" alike;
warrants and rights join the forms of consideration), then two kinds of fresh44's errors that
recur in the pool (an ordinal before "seed" counts `seed` whatever follows; a grain's grade said
"number two" is a name, as "No. 2" is). Each positive fails on main's code (0.28.43); each
negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _pers(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["unit"], f["per"]) for f in extract_text(text) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("text", "sums"),
    [
        (
            "Acme bid 9 dlrs cash, 2 dlrs in new notes and 1 dlr in warrants a share.",
            ["9 dlrs", "2 dlrs", "1 dlr"],
        ),
        (
            "Acme offered 9 dlrs in cash, 2 dlrs in notes and 1 dlr in rights for each share.",
            ["9 dlrs", "2 dlrs", "1 dlr"],
        ),
        (
            "The group pays 14 dlrs in cash, 3 dlrs in new debentures plus 2 dlrs in stock "
            "for each Acme share.",
            ["14 dlrs", "3 dlrs", "2 dlrs"],
        ),
        (
            "Holders get 5 dlrs in cash, 9 dlrs in notes, 2 dlrs in rights and 1 dlr in "
            "warrants per share.",
            ["5 dlrs", "9 dlrs", "2 dlrs", "1 dlr"],
        ),
        ("Acme offered 12 dlrs in cash, 3 dlrs in stock per share.", ["12 dlrs", "3 dlrs"]),
        ("Acme offered 12 dlrs in rights and 3 dlrs in cash per share.", ["12 dlrs", "3 dlrs"]),
        ("Acme offered 12 dlrs in cash and 3 dlrs in stock a share.", ["12 dlrs", "3 dlrs"]),
        (
            "Acme will pay 20 dlrs cash, 6 dlrs in notes and 4 dlrs a share.",
            ["20 dlrs", "6 dlrs", "4 dlrs a share"],
        ),
    ],
)
def test_every_sum_of_a_list_closed_by_one_per_share(text: str, sums: list[str]) -> None:
    assert _pers(text) == [(s, "USD", "share") for s in sums]


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        # a share paid beside the sums is no price per share
        ("Acme offered 12 dlrs in cash, 3 dlrs in stock and a share of Newco.", ["", ""]),
        ("Acme offered 12 dlrs in cash and 3 dlrs in cash and a share of Newco.", ["", ""]),
        # a scaled total opens no list of prices
        (
            "Acme paid 40 mln dlrs in cash, 12 dlrs in notes and 3 dlrs in stock per share.",
            ["", "share", "share"],
        ),
        # the list before a price said on its own is not closed by it
        (
            "The package is worth 30 dlrs a share: 20 dlrs cash, 6 dlrs in notes and 4 dlrs "
            "in stock.",
            ["share", "", "", ""],
        ),
        # a sum in another form than the list's ("in fees") breaks the list
        (
            "He paid 7 dlrs in fees, 3 dlrs in cash and 2 dlrs in stock per share.",
            ["", "share", "share"],
        ),
        # rights sold, no price per share
        ("Acme raised 5 dlrs in rights, and 4 dlrs in cash went to staff.", ["", ""]),
    ],
)
def test_sums_outside_a_closed_list_keep_their_reading(text: str, pers: list[str]) -> None:
    assert [p for _, _, p in _pers(text)] == pers


# fresh44's kinds that recur in the pool (round seventy-seven, step 3)


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("Lee will meet sixth seed Ana Ruiz next after her win.", "sixth"),
        ("The 12th seed beat Mia Holt 6-2 6-4.", "12th"),
        ("Holt, the 25th seeded Canadian, withdrew with a wrist injury.", "25th"),
    ],
)
def test_an_ordinal_before_seed_counts_seed(text: str, ordinal: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert (found[ordinal]["kind"], found[ordinal]["noun"]) == ("ordinal", "seed")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The second seed Tom Berg won easily.", "seed"),
        ("Its first seed money came from a bank.", "money"),
        ("It closed its second seed round in May.", "round"),
    ],
)
def test_seed_nouns_elsewhere_keep_their_reading(text: str, noun: str) -> None:
    ordinal = [f for f in extract_text(text) if f["kind"] == "ordinal"]
    assert [f["noun"] for f in ordinal] == [noun]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Buyers took number two yellow corn from Gulf ports.", "number two"),
        ("Egypt's tender asked for number three corn on Monday.", "number three"),
        ("The loan is for barley of grade U.S. number two.", "number two"),
        ("Its oats should rate number four or better, a buyer said.", "number four"),
        ("Korea's mills want number two yellow soybeans for June.", "number two"),
    ],
)
def test_a_grain_grade_in_words_is_a_name(text: str, grade: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert found[grade]["kind"] == "name"


@pytest.mark.parametrize(
    "text",
    [
        "Acme is the number two maker of chips.",
        "Canada is the number two wheat exporter.",
        "Brazil became the number two soybean producer.",
        "He was ranked number two in the world.",
    ],
)
def test_a_rank_said_number_n_stays_an_ordinal(text: str) -> None:
    found = [f for f in extract_text(text) if f["text"].startswith("number")]
    assert [f["kind"] for f in found] == ["ordinal"]
