"""Issue 18, round fifty-two: a participle's or an infinitive's speaker from the wrong clause.

A participle, an infinitive or a coordinated verb took the subject of the sentence's first
clause when that subject is an event or an empty "it" ("The first clash came ..., when dockers
cut in, shouting ...": "The first clash"); the subject of the later clause, nearer the cue,
speaks. An infinitive after "for" and a noun phrase ("rare for a mayor to campaign") took the
clause's subject; the noun phrase is the infinitive's own. The object of a verb of control
("led some to speculate", "led Harbour Board Chairman Ole Lund to declare") is the infinitive's
subject, whatever its case or length.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new readings fail on main (0.25.0: the speaker is the event, "It" or the clause's subject);
the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def speaker_of(got: Callable, text: str, cue: str) -> str | None:
    return next(spk for c, spk, _ in got(text) if c == cue)


def test_an_event_as_the_subject_gives_way_to_the_later_clause(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "The first clash came at a fair in Elmstead, when dock workers interrupted her "
            'talk, shouting "no more tolls!"',
            "shouting",
        )
        == "dock workers"
    )
    assert (
        speaker_of(
            got,
            "The row broke out two weeks after the ferry owner joined the race with sharp "
            "words about the pilots, calling them lazy.",
            "calling",
        )
        == "the ferry owner"
    )


def test_an_empty_it_or_a_time_gives_way_to_the_later_clause(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "So it was no surprise on Friday when Mayor Ann Dale took the floor to comment "
            "on the levy.",
            "comment",
        )
        == "Mayor Ann Dale"
    )
    assert (
        speaker_of(
            got,
            "As the day went on, Ole Lund was pressed to explain the gap in the accounts.",
            "explain",
        )
        == "Ole Lund"
    )


def test_the_noun_phrase_between_for_and_to_speaks(got: Callable) -> None:
    assert (
        speaker_of(
            got, "It has become rare for a sitting mayor to campaign for a rival.", "campaign for"
        )
        == "a sitting mayor"
    )
    assert (
        speaker_of(got, "It is too late for the old guard to ask for help.", "ask")
        == "the old guard"
    )


def test_the_object_of_a_verb_of_control_speaks(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "The narrow win led Harbour Board Chairman Ole Lund to declare the race over.",
            "declare",
        )
        == "Harbour Board Chairman Ole Lund"
    )
    assert (
        speaker_of(
            got, "The sudden news led some to speculate that the deal was dead.", "speculate"
        )
        == "some"
    )
    assert (
        speaker_of(
            got,
            "The pilots are moving out, leaving the old guard of the union to wonder what "
            "went wrong.",
            "wonder",
        )
        == "the old guard of the union"
    )


def test_the_guards(got: Callable) -> None:
    # a person in the main clause keeps the participle (round forty-four's reading)
    assert (
        speaker_of(
            got, "Lund apologized after the posts surfaced, saying she regretted them.", "saying"
        )
        == "Lund"
    )
    # "press" before a noun is no verb of control
    assert got("A clerk who called a briefing to announce the closure was later promoted.") == []
    # a verb's own "for" is no infinitive's subject
    assert (
        speaker_of(
            got,
            "Then, in a calm tone, Lund reached for a metaphor to describe the mood of the pilots.",
            "describe",
        )
        == "Lund"
    )
    # "press" before a noun is no verb of control
    assert got("A clerk who called a briefing to announce the closure was later promoted.") == []
