"""Issue 18, round fifty: a verb whose plain object is a statement ("made comments about",
"filed a lawsuit against", "shared their concerns about", "took careful aim at").

The verb says little and its object names a speech act; the phrase the object's preposition
opens (or the clause after "that") is what was said, and the verb's subject said it. Only the
nouns of a statement with the prepositions that open their content give a row: a thing as the
object, an audience after "to", a time after "on" or a gerund after a preposition give none.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.24.3 and 0.24.5: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_comments_made_about_a_topic(classed: Callable) -> None:
    assert classed("Marta Okafor has made several sharp comments about the harbour levy.") == [
        (
            "made several sharp comments about",
            "Marta Okafor",
            "the harbour levy",
            "speech",
            "assert",
        ),
    ]


def test_concerns_shared_about_a_plan(got: Callable) -> None:
    assert got("Several skippers shared their concerns about the new pier.") == [
        ("shared their concerns about", "Several skippers", "the new pier"),
    ]


def test_a_lawsuit_filed_against_a_party(got: Callable) -> None:
    assert got("The dockers' union filed a lawsuit against the port authority.") == [
        ("filed a lawsuit against", "The dockers' union", "the port authority"),
    ]


def test_references_details_and_a_promise(got: Callable) -> None:
    assert got("Lund also made a veiled reference to the ferry contract.") == [
        ("made a veiled reference to", "Lund", "the ferry contract"),
    ]
    assert got("The council has provided no details about how it will pay for the bridge.") == [
        ("provided no details about", "The council", "how it will pay for the bridge"),
    ]
    assert got("Ms. Dale delivered a forceful promise to cut the toll.") == [
        ("delivered a forceful promise to", "Ms. Dale", "cut the toll"),
    ]


def test_jabs_taken_at_a_rival(got: Callable) -> None:
    assert got("Senator Bo Lund has taken frequent jabs at his rival.") == [
        ("taken frequent jabs at", "Senator Bo Lund", "his rival"),
    ]
    assert got("Lund took careful aim at Okafor's plan.") == [
        ("took careful aim at", "Lund", "Okafor's plan")
    ]


def test_things_audiences_times_and_gerunds_give_no_row(got: Callable) -> None:
    assert got("The clerk filed the papers in the cellar.") == []
    assert got("The mayor sent a message to the council.") == []
    assert got("Okafor made the announcement on Thursday evening.") == []
    assert got("The firm gave no details, without giving reasons for the delay.") == []
    # "a shot" or "aim" at a pronoun or a thing is a gun's as often as words
    assert got("Any man who takes a careful shot at me will be arrested.") == []
    assert got("The guards took careful aim at the target.") == []


def test_a_message_put_out_with_its_participle(got: Callable) -> None:
    assert got("The harbour board published a report detailing the costs of the pier.") == [
        ("published a report detailing", "The harbour board", "the costs of the pier"),
    ]
    assert got("Twelve doctors published an op-ed in the Gazette criticizing the plan.") == [
        ("published an op-ed in the Gazette criticizing", "Twelve doctors", "the plan"),
    ]
    assert got("The mayor sent out a note reassuring residents that the ferry would run.") == [
        (
            "sent out a note reassuring",
            "The mayor",
            "residents that the ferry would run",
        ),
    ]


def test_a_participle_read_already_keeps_its_row(got: Callable) -> None:
    # round thirty-six's record and its participle of saying: the participle stays the cue
    assert got("The union sent a letter urging the council to drop the levy.") == [
        ("urging", "The union", "the council to drop the levy"),
    ]
