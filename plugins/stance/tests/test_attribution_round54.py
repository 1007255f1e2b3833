"""Issue 18, round fifty-four: a phrase cue's participle reads its text's maker.

A one-word participle after a text a clause made ("Lund issued a statement urging ...") has
that clause's subject as its speaker (rounds eleven and thirteen); a phrase cue whose first
word is the participle ("calling on", "talking about") was left with the text, or with the
verb before it, as its speaker ("Dale issued a statement calling on": "a statement"). "Much
of" before the text is no preposition ("spent much of his speech praising": the speaker
spoke). The guards: after a verb of seeing, showing or causing, the object does the act ("she
saw the skipper talking about"), and "those" with a participle is no clause ("those involved
are speaking out for").

Every sentence here was written for these tests; none is taken from a corpus. The first three
tests fail on main (0.25.3); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def speaker_of(got: Callable, text: str, cue: str) -> str | None:
    return next(spk for c, spk, _ in got(text) if c == cue)


def test_a_statement_calling_on_is_its_makers(got: Callable) -> None:
    text = 'By evening, Dale issued a statement calling on the harbour board "to act now."'
    assert speaker_of(got, text, "calling on") == "Dale"


def test_petitions_calling_on_are_their_makers(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "Dock workers launched two petitions calling on the council to keep the pier open.",
            "calling on",
        )
        == "Dock workers"
    )
    assert (
        speaker_of(
            got,
            "Lund started a petition on Monday calling on rival skippers to join the race.",
            "calling on",
        )
        == "Lund"
    )


def test_much_of_a_speech_praising_is_the_speakers(got: Callable) -> None:
    text = "At the dinner the old mayor spent much of his speech praising the new ferry."
    assert speaker_of(got, text, "praising") == "the old mayor"


def test_guards_seeing_causing_and_those_with_a_participle(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "At the fair she saw Mayor Lund talking about the ferry with two skippers.",
            "talking about",
        )
        != "she"
    )
    assert (
        speaker_of(
            got,
            "The vote on the pier got many anglers talking about the levy again.",
            "talking about",
        )
        != "The vote on the pier"
    )
    assert (
        speaker_of(
            got,
            "The tests, run at a clinic owned by Ann Dale, happened long ago but surfaced only "
            "now because those involved are now speaking out for their neighbours.",
            "speaking out for",
        )
        == "those involved"
    )
