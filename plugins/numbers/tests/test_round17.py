"""Issue 17, round seventeen, on invented sentences: the lead's decision that a vote's tally
counts votes."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(f["text"], f["kind"], f["unit"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The council voted 41 to 12 to close the depot.", "41", "12"),
        ("The assembly voted by 310 to 255 to reject the plan.", "310", "255"),
        ("The motion was approved on a vote of 18 to 7.", "18", "7"),
        ("She beat her rival by a vote of 1,204 to 987 on Friday.", "1,204", "987"),
        ("The tax bill was passed by 247 to 181.", "247", "181"),
        ("The board approved the plan by 7 to 2.", "7", "2"),
        ("The committee voted 9-2 for the change.", "9", "2"),
        ("The bill passed the Senate by 58-40 on Tuesday.", "58", "40"),
        ("The merger was approved by a 5-0 vote.", "5", "0"),
        ("The measure was approved by a 276-139 vote on Monday.", "276", "139"),
        ("Councillors voted narrowly 1,272-525 against the scheme.", "1,272", "525"),
    ],
)
def test_each_side_of_a_vote_tally_counts_votes(text: str, first: str, second: str) -> None:
    """The lead's decision for round seventeen: after "voted", "a vote of" or "passed/approved/
    rejected ... by", both numbers of "N to M" / "N-M" are counts of votes."""
    rows = _rows(text)
    assert (first, "count", "", "vote") in rows
    assert (second, "count", "", "vote") in rows


def test_a_tally_said_with_its_noun_is_unchanged() -> None:
    assert _rows("Delegates rejected the proposal by 112 votes to 90.") == [
        ("112", "count", "", "vote"),
        ("90", "count", "", "vote"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Leeds beat Hull 24-10 on Sunday.",  # a score line in sport: no vote word
        "The team was defeated by 3 to 1 at home.",
        "Members rejected the deal by a 3-1 margin.",  # a ratio of the votes, not their count
        "Members rejected the deal by a 3 to 1 margin.",
        "Prices rose 12 to 15 pct after the vote.",  # the vote word after the figures
    ],
)
def test_no_vote_tally_without_its_words(text: str) -> None:
    assert all(noun != "vote" for *_, noun in _rows(text))


def test_a_score_stays_no_finding() -> None:
    assert _rows("Leeds won 3-1 at home.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The coupon will be paid August nine to owners listed on July 20.",
        "The hearing was put off until May four.",
        "The firm went public on October seven.",
        "The offer runs from April one through June nine, the firm said.",
        "The notes fall due February one, 1996.",
    ],
)
def test_a_day_of_a_month_in_words_is_a_date_not_a_count(text: str) -> None:
    """A date is the timeline's: no count of "six" or "one"."""
    assert all(kind != "count" for _, kind, _, _ in _rows(text))


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("In March two men were held at the border.", "two", "man"),
        ("In March three were killed in the blast.", "three", ""),
        ("By June one in five firms had cut jobs.", "one in five", "firm"),
    ],
)
def test_a_number_after_a_month_that_counts_stays(text: str, span: str, noun: str) -> None:
    assert any(t == span and n == noun for t, _, _, n in _rows(text))


def test_a_duration_before_a_verbs_object_takes_no_rate() -> None:
    """ "for one week a decision on ...": the noun is what is put off, not a rate."""
    assert ("one week", "duration", "week", "") in _rows(
        "The panel will delay for one week a ruling on the bid."
    )
    for text in (
        "The fund ran over six years a surplus of 2 mln dlrs.",
        "He has built over nine years a port without rival.",
    ):
        assert all(f["per"] == "" for f in extract_text(text))


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("They met for two hours a day.", "day"),
        ("He played 90 minutes a game all season.", "game"),
        ("Nurses work 12 hours a shift, the union said.", "shift"),
    ],
)
def test_a_durations_rate_stays(text: str, per: str) -> None:
    assert per in [f["per"] for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The island has a population of about 31 million.", "31 million"),
        ("Ruritania's population rose 3.1 pct to 12.5 mln in the decade.", "12.5 mln"),
        ("The island's population stood at 300,000.", "300,000"),
    ],
)
def test_a_places_population_counts_people(text: str, span: str) -> None:
    assert (span, "count", "", "person") in _rows(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The butterfly population of 3,000 is falling.", "3,000"),
        ("The prison population of 85,000 is a record.", "85,000"),
    ],
)
def test_a_population_of_a_kind_is_not_read_as_people(text: str, span: str) -> None:
    assert (span, "count", "", "") in _rows(text)


def test_a_models_variant_stays_a_name() -> None:
    assert ("737-800", "name", "", "") in _rows("Boeing delivered a 737-800 to the airline.")
