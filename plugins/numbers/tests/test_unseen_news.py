"""Forms found by scoring a fresh development sample before any rule saw it (issue 17, second
round): each is a general rule of news English, tested on sentences written for the test."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str) -> list[tuple]:
    found = extract_text(text)
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
    return [(f["text"], f["kind"], f["unit"], f["per"], f["noun"]) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym or a possessive plural between the number and its noun
        (
            "Two US banks and one U.S. trade envoy met.",
            [("Two", "count", "", "", "bank"), ("one", "count", "", "", "envoy")],
        ),
        (
            "It was praised by two US critics' associations.",
            [("two", "count", "", "", "association")],
        ),
        # the noun an ordinal ranks, not the name after it or the verb it looks like
        (
            "The second seed Nadal lost the second set.",
            [("second", "ordinal", "", "", "seed"), ("second", "ordinal", "", "", "set")],
        ),
        (
            "He beat the sixth seeded Swede.",
            [("sixth", "ordinal", "", "", "seed")],
        ),
        # hyphenated ordinals that rank something; "first-time" ranks nothing
        (
            "Its fourth-quarter profit made it the third-biggest bank, said a second-ranking aide.",
            [
                ("fourth", "ordinal", "", "", "quarter"),
                ("third", "ordinal", "", "", "bank"),
                ("second", "ordinal", "", "", "aide"),
            ],
        ),
        ("A first-time buyer bought a second-hand car.", []),
        # a multiplier written with a hyphen counts times
        ("The four-times winner returns.", [("four", "count", "", "", "time")]),
    ],
)
def test_counted_nouns(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She won 6-2 3-6 6-3 in the final.",  # set scores, even when the low one comes first
        "He won 7-6 (7-2) 6-4.",
        "The festival runs from 14-16 July.",  # a date range
        "Call 0845 for details.",  # a phone prefix
        "Wages rose in line with 1985 increases.",  # a year modifying a noun
        "Acme Corp <ACME.N> 1986 results were strong.",
        "He picked the fastest one himself.",  # the pronoun "one"
        "They sell all-in-one printers.",
        "Adjustments in one or other currencies are possible.",
        "It made two maps, including one tailored for children.",
    ],
)
def test_no_quantity(text: str) -> None:
    assert [r for r in rows(text) if r[0] not in ("two",)] == []


def test_one_is_still_a_count() -> None:
    assert rows("One person died and one in five fled.")[0] == ("One", "count", "", "", "person")
    found = rows("They were two Argentinians and one from France.")
    assert [r[:2] for r in found] == [("two", "count"), ("one", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the currencies of 1980s wire copy
        (
            "Net profit was 4.5 billion lire against 3.9 billion.",
            [("4.5 billion lire", "ITL"), ("3.9 billion", "ITL")],
        ),
        (
            "It paid 20 mln drachmas and 3 mln escudos.",
            [("20 mln drachmas", "GRD"), ("3 mln escudos", "PTE")],
        ),
        # a bare "billion" after a money figure of the sentence is money, with its per
        (
            "The US spends 25.8 billion dlrs a year and Europe 21.7 billion.",
            [("25.8 billion dlrs a year", "USD"), ("21.7 billion", "USD")],
        ),
        # pence before a figure in billions: the figure is in pounds
        (
            "Shares hit 538p on a rise in profits to 1.39 billion.",
            [("538p", "GBp"), ("1.39 billion", "GBP")],
        ),
    ],
)
def test_money(text: str, expected: list[tuple]) -> None:
    assert [(f["text"], f["unit"]) for f in extract_text(text)] == expected


def test_per_from_a_rate_adjective_after_the_figure() -> None:
    found = extract_text("It carries a £39.99 monthly price tag.")
    assert [(f["text"], f["unit"], f["per"]) for f in found] == [("£39.99", "GBP", "month")]
    second = extract_text("The US spends 25.8 billion dlrs a year and Europe 21.7 billion.")
    assert [f["per"] for f in second] == ["year", "year"]


def test_a_period_then_a_level_is_no_range() -> None:
    found = extract_text("Seat miles rose in the two months to 2.20 billion.")
    assert [(f["text"], f["unit"]) for f in found] == [
        ("two months", "month"),
                                                       ("2.20 billion", "")]  # fmt: skip


def test_titles_and_ages() -> None:
    assert [(f["text"], f["kind"]) for f in extract_text("It went to Million Dollar Baby.")] == [
        ("Million", "name")
    ]
    found = extract_text("He became an MP at the age of just 28.")
    assert [(f["text"], f["kind"], f["unit"]) for f in found] == [("28", "age", "year")]
