"""Issue 18, round fifty-six: our speaker after the gold one (an adjunct or an object of time).

A participle after a place the subject is at ("Dale was on the radio talking about"), after a
time or an occasion the subject spends or opens ("spent more time talking about", "opened the
hearing saying") or after a text and a phrase of place ("placed ads with three weeklies
reminding") is the clause subject's; a sign held is a text ("will hold signs urging"). An
infinitive after a name that follows "of" ("walked to the gates of Harbour House to
denounce") is not that name's: "of" ends a phrase, it does not take an object; but "of"
inside a name ("the House of Delegates") is part of the object. The guards: a subject that is
no party ("There were pickets at the gate chanting"), an adjective ("a close friend
telling"), a subordinate clause before the maker verb ("after a docker, Ole Lund, filed a
complaint with the board alleging").

Every sentence here was written for these tests; none is taken from a corpus. The first five
tests fail on main (0.25.4); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def speaker_of(got: Callable, text: str, cue: str) -> str | None:
    return next(spk for c, spk, _ in got(text) if c == cue)


def test_a_participle_after_a_place_is_the_subjects(got: Callable) -> None:
    text = "After the vote, Mayor Dale was on KRTV talking about the ferry budget."
    assert speaker_of(got, text, "talking about") == "Mayor Dale"
    text = "Ole Lund, the union's chairman, was on the radio talking about the new levy."
    assert speaker_of(got, text, "talking about") == "Ole Lund, the union's chairman"


def test_a_participle_after_a_time_spent_or_an_occasion_opened(got: Callable) -> None:
    text = "Dale spent more time talking about the harbour than about the fleet."
    assert speaker_of(got, text, "talking about") == "Dale"
    text = "Lund opened the harbour hearing saying the levy was fair, but said later it was not."
    assert speaker_of(got, text, "saying") == "Lund"
    text = (
        "At the dinner, the board thanked Ann Berg, who spent much of her speech talking about "
        "the ferry."
    )
    assert speaker_of(got, text, "talking about") == "who"


def test_a_text_with_a_phrase_of_place_and_a_sign_held(got: Callable) -> None:
    text = "The Harbour Trust has placed ads with three weeklies reminding readers the tax rose."
    assert speaker_of(got, text, "reminding") == "The Harbour Trust"
    text = "At the rally on Friday, they will hold signs urging voters to back the levy."
    assert speaker_of(got, text, "urging") == "they"


def test_an_infinitive_after_a_name_after_of(got: Callable) -> None:
    text = (
        "Harbour Board Chairman Ole Lund walked to the gates of Harbour House to denounce the levy."
    )
    assert speaker_of(got, text, "denounce") == "Harbour Board Chairman Ole Lund"


def test_of_inside_a_name_is_part_of_the_object(got: Callable) -> None:
    text = "The audit forced the former Secretary of Ports to explain why the ferry was late."
    assert speaker_of(got, text, "explain") == "Secretary of Ports"


def test_guards(got: Callable) -> None:
    rows = got("There were pickets at the gate chanting slogans against the board.")
    assert all(spk != "There" for _, spk, _ in rows)
    text = 'Dale was named by friends, with one close friend telling the Gazette: "I knew."'
    assert speaker_of(got, text, "telling") == "one close friend"
    text = (
        "The inquiry opened after a dock worker, Ole Lund, filed a complaint with the board "
        "alleging he was cheated."
    )
    assert speaker_of(got, text, "alleging") != "The inquiry"
