"""Issue 17, round five: the error classes of a fresh BBC News sample (``numbers_fresh5.jsonl``),
each tested on invented sentences (never corpus text)."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str) -> list[tuple]:
    return [
        (f["text"], f["value"], None if math.isnan(f["value_high"]) else f["value_high"],
         f["kind"], f["unit"], f["per"], f["noun"])
        for f in extract_text(text)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The band said they would make the next one, too.",
        "The minister does not want one, but his party does.",
        "They already have a new one.",
        "It was the only one.",
        "Nobody expected a big one; the quake was small.",
    ],
)
def test_a_pronoun_one_is_no_item(text: str) -> None:
    assert rows(text) == []


def test_a_counted_one_stays() -> None:
    assert rows("He had one goal and one assist.")[0][:4] == ("one", 1.0, None, "count")
    # a range is no pronoun: "the key one and three months rates"
    assert [r[0] for r in rows("The key one and three months rates held.")] == [
        "one", "three months",
    ]  # fmt: skip


def test_odds_after_that() -> None:
    assert rows("A survey found that one in four are worried.") == [
        ("one in four", 0.25, None, "fraction", "", "", "")
    ]


def test_an_age_range_after_aged() -> None:
    assert rows("The club wants players aged 16 to 21.") == [
        ("aged 16 to 21", 16.0, 21.0, "age", "year", "", "")
    ]
    assert rows("Voters aged 18-24 stayed at home.")[0][1:5] == (18.0, 24.0, "age", "year")


@pytest.mark.parametrize(
    "text",
    [
        "The regulator raised the cap on foreign ownership of broadcasters from 30% to 45%.",
        "The plant grew in the trial from 20cm to 95cm, growing 75cm in a month.",
    ],
)
def test_a_change_from_x_to_y_is_two_figures(text: str) -> None:
    assert all(r[2] is None for r in rows(text))


def test_a_place_after_copula_and_adverb() -> None:
    assert rows("The club is currently fourth in the league.") == [
        ("fourth", 4.0, None, "ordinal", "", "", "")
    ]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The three Britons were released.", "briton"),
        ("About two million Scots voted.", "scot"),
        ("Five Iraqis were hurt.", "iraqi"),
    ],
)
def test_a_peoples_plural_is_the_counted_noun(text: str, noun: str) -> None:
    assert rows(text)[0][-1] == noun


def test_a_model_code_inside_the_noun_phrase() -> None:
    assert rows("The airline ordered 12 Airbus A320 narrow-body jets.")[0][-1] == "jet"


def test_millions_of_pounds_is_sterling() -> None:
    assert rows("The charity raised millions of pounds for the hospital.")[0][3:5] == (
        "money", "GBP",
    )  # fmt: skip


def test_a_bracketed_conversion_keeps_the_rate() -> None:
    found = rows("It pays an annual fee of $50m (£27m; 40m euros) to the league.")
    assert [r[5] for r in found] == ["year", "year", "year"]


def test_an_age_after_became_at() -> None:
    found = rows("She became a judge at 41 and chief justice at 58.")
    assert [(r[0], r[3]) for r in found] == [("41", "age"), ("58", "age")]
    assert rows("The firm became the leader at 41 pct.")[0][3] == "percent"


def test_a_bare_count_takes_the_number_of_and_its_rate() -> None:
    assert rows("It will raise the number of Japanese visitors by 5,000 per year.") == [
        ("5,000", 5000.0, None, "count", "", "year", "visitor")
    ]


def test_versions_listed_after_a_names_year_are_names() -> None:
    found = rows("The patch covers Office 2003, 97, 2000 and XP.")
    assert [(r[0], r[3]) for r in found if r[3] != "name" or r[0] == "97"] == [("97", "name")]
    assert rows("In 2004, 95 people died.")[0][3] == "count"


def test_in_two_as_an_idiom() -> None:
    assert rows("The storm snapped the mast in two.") == []
    assert rows("It was done in two stages.")[0][-1] == "stage"


def test_a_counting_adjective_gives_its_noun() -> None:
    assert rows("The lab built a four-wheeled rover.")[0][-1] == "wheel"


@pytest.mark.parametrize(
    "text",
    ["Entry is limited to the first 20,000 fans.", "The first million copies sold out."],
)
def test_an_ordinal_before_a_cardinal_ranks_nothing(text: str) -> None:
    assert [r for r in rows(text) if r[3] == "ordinal"] == []


def test_an_ordinal_before_a_capitalised_title_still_ranks() -> None:
    assert rows("He won a first Six Nations cap.")[0][:4] == ("first", 1.0, None, "ordinal")


def test_a_three_digit_model_after_new() -> None:
    assert rows("Airbus showed the new 380 in Toulouse.")[0][3] == "name"
    assert rows("The plant adds a new 300 jobs.")[0][3] == "count"


@pytest.mark.parametrize(
    "text", ['"One really cannot say," he added.', "The band is one to watch.", "One can see why."]
)
def test_the_generic_pronoun_one(text: str) -> None:
    assert rows(text) == []


def test_an_elided_one_before_may_still_counts() -> None:
    assert [r[0] for r in rows("Two were hurt and one may die.")] == ["Two", "one"]
