"""Issue 17, round thirty-six, on invented sentences: three general misreadings the
twenty-sixth sample showed when it became development, each measured on the pool of
unannotated news. A range's high end in words with its own scale word ("200 mln to one
billion dlrs") kept the low end's scale too (a thousand times too high); a dash spaced on both
sides after a figure with a unit ("£40bn - 12% higher") was taken for a score and both figures
were dropped; a verb after a single thing's noun ("saw one club dominate") was read as the
noun."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ------------------------------------------------ a range's high end with its own scale word


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Traders put the sum at 300 mln to one billion dlrs.", "300 mln to one billion dlrs",
         3e8, 1e9),
        ("Forecasts ranged between 600 mln and two billion dlrs.",
         "600 mln and two billion dlrs", 6e8, 2e9),
        ("Analysts expect 1.2 billion to three billion dlrs of sales.",
         "1.2 billion to three billion dlrs", 1.2e9, 3e9),
    ],
)  # fmt: skip
def test_a_high_end_in_words_keeps_its_own_scale(text, span, low, high) -> None:
    found = _found(text)[span]
    assert (found["value"], found["value_high"]) == (low, high)


def test_a_shared_scale_still_reaches_both_ends() -> None:
    found = _found("Traders put the sum at 300 to 400 mln dlrs.")["300 to 400 mln dlrs"]
    assert (found["value"], found["value_high"]) == (3e8, 4e8)
    found = _found("Between two and three billion dlrs was lent.")["two and three billion dlrs"]
    assert (found["value"], found["value_high"]) == (2e9, 3e9)


# ------------------------------------------------------- a spaced dash between two figures


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The scheme is now set to cost £30bn - 18% more than first planned.", ["£30bn", "18%"]),
        ("She finished in 41 minutes 10 seconds - 12 seconds behind the winner.",
         ["41 minutes 10 seconds", "12 seconds"]),
        ("The road will be 60 km - 15 km longer than the old one.", ["60 km", "15 km"]),
    ],
)  # fmt: skip
def test_a_spaced_dash_after_a_figure_with_a_unit_sets_two_figures_apart(text, spans) -> None:
    assert [f["text"] for f in extract_text(text)] == spans


def test_a_bare_score_and_a_range_keep_their_readings() -> None:
    assert extract_text("Lowfield won 3 - 1 at home on Saturday.") == []
    found = _found("Prices rose by 5% - 7% last year.")["5% - 7%"]
    assert (found["value"], found["value_high"]) == (5.0, 7.0)


# ------------------------------------------------ a verb after a single thing's noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The past decade has seen one club dominate the league.", "club"),
        ("The first tranche matures in May and the second in June.", "tranche"),
        ("The ministry said one rule meant that shops would close early.", "rule"),
        ("Second seed Anna Berg opens her campaign on Monday.", "seed"),
    ],
)
def test_a_verb_after_a_single_things_noun_is_not_its_noun(text, noun) -> None:
    assert extract_text(text)[0]["noun"] == noun


def test_a_participle_and_a_plural_keep_their_readings() -> None:
    assert extract_text("They met the six major industrialised nations.")[0]["noun"] == "nation"
    assert extract_text("One retired judge said so.")[0]["noun"] == "judge"


# ------------------------------------- a plural subject's level after a verb of change and "to"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("New claims for jobless benefits rose to a seasonally adjusted 320,000 in the week"
         " from 305,000 the week before.", "claim"),
        ("New mortgage loans in March fell to 71,000 from 76,000 in February.", "loan"),
        ("Total truck registrations in the half rose to 1.2 mln from 1.1 mln.", "registration"),
        ("New grain consignments in May rose to 410,000 from 398,000 in April.", "consignment"),
    ],
)  # fmt: skip
def test_a_bare_level_of_a_plural_subject_counts_that_subject(text, noun) -> None:
    counts = [f for f in extract_text(text) if f["kind"] == "count"]
    assert [f["noun"] for f in counts] == [noun, noun]


@pytest.mark.parametrize(
    "text",
    [
        # sums and goods: the level is money or tonnes left unsaid
        "Group pre-tax profits fell to 210 mln from 232 mln in 1985.",
        "Palm oil imports rose to 610,000 from 580,500 in the year.",
        # the unit said after the partner
        "New grain consignments in May rose to 410,000 from 398,000 tonnes.",
        # a period's plural is no subject
        "Average balances over the first 15 days of the month fell to 41.2 billion.",
    ],
)
def test_an_amount_or_a_period_gives_its_level_no_counted_noun(text) -> None:
    assert all(f["noun"] == "" for f in extract_text(text))


# ------------------------------------------------------------------- "N-odd": about so many


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The office logged 30-odd complaints in a week.", "complaint"),
        ("Only four of the region's 60-odd hotels were open.", "hotel"),
    ],
)
def test_odd_after_a_figure_is_no_counted_noun(text, noun) -> None:
    assert [f["noun"] for f in extract_text(text)][-1] == noun


# ------------------------------------------------ a tally named by the noun after it


@pytest.mark.parametrize(
    "text",
    [
        "The bench threw out the appeal in a 4-3 ruling.",
        "A plan to tax imports failed by a 12-9 vote.",
        "The justices, in a 5-4 decision, struck the law down.",
    ],
)
def test_a_tally_before_decision_ruling_or_vote_counts_votes(text) -> None:
    found = extract_text(text)
    assert [(f["kind"], f["noun"]) for f in found] == [("count", "vote"), ("count", "vote")]


def test_a_score_and_an_even_split_are_no_tally() -> None:
    assert extract_text("Lowfield won 3-1 on Saturday.") == []
    assert extract_text("Payments will be split 50-50 between cash and bonds.") == []
