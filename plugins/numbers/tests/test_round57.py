"""Issue 17, round fifty-seven, on invented text. The lead's decisions on round fifty-five's
questions: an age grade written short ("Norway's U21 star") before a player or a side is an
age (21 ``year``, modifier "under"), as "Under-21" is; a competition's title keeps its grade
as a name ("the Under-17 World Cup"), as a staff role does. Each positive fails on main's
code (0.28.20); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text

# ----------------------------------------------------------- a short grade before a player


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Rovers are keen to sign Norway's U21 star Lars Dahl.", 21.0),
        ("The Wales U-20 captain missed the trip with a knee injury.", 20.0),
        ("Former Denmark U19 striker Ole Berg joined on loan.", 19.0),
        ("He spent two seasons with the Scotland U21 side.", 21.0),
    ],
)
def test_a_short_age_grade_before_a_player_or_a_side_is_an_age(text: str, age: float) -> None:
    (found,) = [f for f in extract_text(text) if f["value"] == age]
    assert (found["kind"], found["unit"], found["modifier"]) == ("age", "year", "under")
    assert found["text"] == str(int(age))


@pytest.mark.parametrize(
    "text",
    [
        "Scotland's U21 coach resigned on Tuesday.",  # a staff role: no player named
        "The reactor burned U235 fuel rods.",  # an isotope, no grade
        "The U2 star sang two songs.",  # a band's name
    ],
)
def test_a_short_grade_not_before_a_player_is_no_age(text: str) -> None:
    assert not [f for f in extract_text(text) if f["kind"] == "age"]


# ----------------------------------------------------------- a competition named by its grade


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("She played in the Under-17 World Cup in Peru last year.", "Under-17"),
        ("Spain won the Under-21 European Championship on Sunday.", "Under-21"),
        ("Ireland lost their opening Under-20 Six Nations game.", "Under-20"),
    ],
)
def test_a_competitions_title_keeps_the_grade_as_a_name(text: str, grade: str) -> None:
    (found,) = [f for f in extract_text(text) if f["text"] == grade]
    assert found["kind"] == "name"
    assert not [f for f in extract_text(text) if f["kind"] == "age"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The England Under-21 side lost 2-0 in Turin.", 21.0),  # the side: an age
        ("An amalgamated Under-16 team was formed last spring.", 16.0),
        ("Only under-18 players may enter the cup.", 18.0),
    ],
)
def test_a_side_named_by_its_grade_stays_an_age(text: str, age: float) -> None:
    (found,) = [f for f in extract_text(text) if f["value"] == age]
    assert (found["kind"], found["modifier"]) == ("age", "under")


# ----------------------------------------------------------- "one" as a pronoun or "some day"


@pytest.mark.parametrize(
    "text",
    [
        "The two yards signed a deal, one that covers six ferries.",
        "She chose a quieter route, one which avoided the city centre.",
        '"One day you will see this club in Europe," the coach said.',
        "We hope that one day, we will lift the trophy again.",
    ],
)
def test_a_pronoun_one_and_some_day_are_no_item(text: str) -> None:
    assert not [f for f in extract_text(text) if f["value"] == 1.0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Just one day after the vote, 300 workers went on strike.", "duration"),
        ("In one day we sold 500 cars.", "duration"),
        ("The vote was delayed by one day, he said.", "duration"),
        ("They won by one goal, one that came late.", "count"),  # the first "one" counts
    ],
)
def test_one_day_as_a_length_and_one_before_its_noun_stay(text: str, kind: str) -> None:
    assert [f["kind"] for f in extract_text(text) if f["value"] == 1.0] == [kind]
