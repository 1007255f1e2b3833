"""Issue 18, round eighteen: speakers the lead found wrong (a participle phrase between a
subject and its verb; an adjective after the article of a subject whose verb the clause
finder does not know).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_participle_phrase_between_subject_and_verb_is_skipped(speakers: Callable) -> None:
    # the subject is found before the participle, and the speaker is the whole phrase as
    # written (PARC's and PolNeAR's convention), not the participle's object ("think tank")
    assert speakers(
        "Harbour minister Ana Lund speaking to the Baltic Shipping Council think tank said "
        "the levy was unfair."
    ) == [("said", "Harbour minister Ana Lund speaking to the Baltic Shipping Council think tank")]
    assert speakers("Lund speaking to reporters said the levy was unfair.") == [
        ("said", "Lund speaking to reporters")
    ]
    assert speakers("Chan writing in the Harbour Gazette argued the levy was unfair.") == [
        ("argued", "Chan writing in the Harbour Gazette")
    ]
    assert speakers("The minister appearing on state radio denied the report.") == [
        ("denied", "The minister appearing on state radio")
    ]


def test_a_participle_phrase_rule_leaves_near_shapes_alone(speakers: Callable) -> None:
    # a participle after an auxiliary belongs to a clause of its own
    assert speakers("Lund was speaking to reporters and Chan said the levy was unfair.") == [
        ("said", "Chan")
    ]
    # a fronted gerund after a preposition has no subject before it
    assert speakers("After talking to the board the unions said they would strike.") == [
        ("said", "the unions")
    ]
    # a noun in -ing after its article is no participle
    assert speakers("The hearing in Oslo said the levy was unfair.") == [
        ("said", "The hearing in Oslo")
    ]
    # a subordinator inside the participle's object opens a clause of its own
    assert speakers("The crowd was cheering in the square as Lund said the levy was unfair.") == [
        ("said", "Lund")
    ]
    # a participle set off by commas was read before, and still is
    assert speakers("Lund, writing in the Gazette, argued the levy was unfair.") == [
        ("argued", "Lund")
    ]


def test_an_adjective_before_the_subject_of_an_unknown_verb(speakers: Callable) -> None:
    assert speakers("The old skipper shook her head and said the pier was unsafe.") == [
        ("said", "The old skipper")
    ]
    assert speakers("A tall skipper took the floor and argued the pier was unsafe.") == [
        ("argued", "A tall skipper")
    ]
    # without the adjective, as before
    assert speakers("The skipper shook her head and said the pier was unsafe.") == [
        ("said", "The skipper")
    ]


def test_an_adjective_rule_leaves_a_known_verb_alone(speakers: Callable) -> None:
    # "nodded" is a verb the clause finder knows: the subject is found as before
    assert speakers("The old skipper nodded and said the pier was unsafe.") == [
        ("said", "The old skipper")
    ]
    # a verb in -ed right after the noun is the verb, not a noun after an adjective
    assert speakers("The skipper raised her hand and said the pier was unsafe.") == [
        ("said", "The skipper")
    ]
