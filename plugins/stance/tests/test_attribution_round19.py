"""Issue 18, round nineteen: the content's span (a report in a fronted subordinate clause),
speakers and the guards' rejections.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_a_report_in_a_fronted_as_clause_ends_at_its_comma(contents: Callable) -> None:
    # "As X said A, B": "as" opens a clause of time, the content is A
    assert contents("As the mayor criticised the new tolls, the crews left the quay.") == [
        ("the mayor", "the new tolls")
    ]
    assert contents("As the council announces that the quay will close, the crews pack up.") == [
        ("the council", "the quay will close")
    ]


def test_the_comparison_as_keeps_the_main_clause(contents: Callable) -> None:
    # "As X said, A" and "As X said on Monday, A": the content is the main clause
    assert contents("As Lund said, the sea does not care.") == [("Lund", "the sea does not care")]
    assert contents("As she said on Monday, the port is closed.") == [("she", "the port is closed")]
    # "As" the preposition opens no clause ("As part of the deal")
    assert (
        contents("As part of the deal Lund said the port would close, and the crews left.")[0][1]
        == "the port would close, and the crews left"
    )


def test_more_subordinators_open_a_fronted_clause(contents: Callable) -> None:
    assert contents("Now that the mayor says the levy is fair, the crews will pay it.") == [
        ("the mayor", "the levy is fair")
    ]
    assert contents(
        "Months after the mayor promised that tolls would fall, the council raised them."
    ) == [("the mayor", "tolls would fall")]
    assert contents(
        "A few days after Lund said that the quay would close, the crews went on strike."
    ) == [("Lund", "the quay would close")]


def test_a_fronted_clause_after_a_sentence_adverb_or_an_opening_phrase(contents: Callable) -> None:
    assert contents("However, while the council says the quay is safe, the crews stay ashore.") == [
        ("the council", "the quay is safe")
    ]
    assert contents(
        "At the meeting on Monday, as the skippers called for a lower levy, Lund kept the old one."
    ) == [("the skippers", "a lower levy")]
    # a comma after the subordinator, before the cue: the cue is in the main clause
    assert contents("While the port was closed, Lund said the crews were paid, and left.") == [
        ("Lund", "the crews were paid, and left")
    ]


def test_a_fronted_clause_may_close_with_a_quotation(contents: Callable) -> None:
    assert contents(
        'While the skippers said the harbour was "a fine berth," the crews stayed away.'
    ) == [("the skippers", 'the harbour was "a fine berth,"')]


def test_an_object_content_ends_before_a_verb_coordinated_with_the_cue(contents: Callable) -> None:
    assert contents("Chan criticised the levy and challenged Lund to a debate.") == [
        ("Chan", "the levy")
    ]
    assert contents("The mayor described the storm as a disaster and urged calm.") == [
        ("The mayor", "the storm as a disaster")
    ]
    assert contents("Lund has proposed new tolls on the quay and has gone further than Chan.") == [
        ("Lund", "new tolls on the quay")
    ]
    # the coordinated report keeps its own row
    assert contents("Lund denied the report and accused Chan of lying.") == [
        ("Lund", "the report"),
        ("Lund", "Chan of lying"),
    ]


def test_a_coordinated_verb_rule_leaves_clauses_and_noun_phrases_alone(contents: Callable) -> None:
    # an adjective before its noun, not a verb
    assert contents("Lund praised the crews and improved roads.") == [
        ("Lund", "the crews and improved roads")
    ]
    # a reported clause, whose subject the verb shares
    assert contents("Lund said the port was old and needed repair.") == [
        ("Lund", "the port was old and needed repair")
    ]
    assert contents("Lund said they still trust the board and had forgiven it.") == [
        ("Lund", "they still trust the board and had forgiven it")
    ]
    assert contents("An aide clarified that Lund misspoke and meant the old quay.")[0] == (
        "An aide",
        "Lund misspoke and meant the old quay",
    )
    # a passive's "as" complement: the verb is its subject's
    assert contents("The port is seen as a shield against storms and has been a haven.")[0][
        1
    ].endswith("and has been a haven")


def test_a_sentence_adverb_or_fronted_participle_is_no_part_of_the_speaker(
    speakers: Callable,
) -> None:
    assert speakers("Instead, Lund and Chan argued that the quay was safe.") == [
        ("argued", "Lund and Chan")
    ]
    assert speakers("Moreover, Ann Lund, director of the port, noted that the quay was safe.") == [
        ("noted", "Ann Lund, director of the port")
    ]
    assert speakers("Pressed by Mr. Chan, Mr. Lund said the quay was safe.") == [
        ("said", "Mr. Lund")
    ]
    assert speakers("Speaking at the port on Monday, Lund, 70, said it was too early.") == [
        ("said", "Lund, 70")
    ]


def test_a_name_in_ing_or_ed_is_no_fronted_participle(speakers: Callable) -> None:
    assert speakers("Fielding, the chief executive, said the quay was safe.") == [
        ("said", "Fielding, the chief executive")
    ]
    # a speaker inside the sentence keeps its words
    assert speakers("The quay is safe, Lund said.") == [("said", "Lund")]


def test_a_subject_with_a_noun_in_ing_or_a_name_after_its_preposition(speakers: Callable) -> None:
    assert speakers(
        "A skipper close to the planning of Friday’s harbour talks says the levy will fall."
    ) == [("says", "A skipper close to the planning of Friday’s harbour talks")]
    assert speakers("One study in the Harbour Journal from March noted the crews were paid.") == [
        ("noted", "One study in the Harbour Journal from March")
    ]
    # a verb in -ed opens a clause of its own: the subject is after "and"
    assert speakers("The firm released the report and officials said the quay was safe.") == [
        ("said", "officials")
    ]


def test_what_a_party_lists_or_opines_on_is_reported(contents: Callable) -> None:
    assert contents("Lund then listed the qualities a harbour master needs.") == [
        ("Lund", "the qualities a harbour master needs")
    ]
    assert contents("The register lists the tonnage of the port as 9,000.") == [
        ("The register", "the tonnage of the port as 9,000")
    ]
    assert [r["cue"] for r in find_attributions("Chan opined on the state of the port.")] == [
        "opined"
    ]
    # no object, or a place: no report
    assert find_attributions("The firm is listed in Oslo.") == []
    assert find_attributions("Lund listed reasons.") == []


def test_a_subject_with_its_relative_clause_after_a_lead_conjunction(speakers: Callable) -> None:
    assert speakers("But those who fish the north coast say the levy is unfair.") == [
        ("say", "those who fish the north coast")
    ]
    assert speakers("But some who sail for the union argue that the levy is unfair.") == [
        ("argue", "some who sail for the union")
    ]
    # a cleft keeps its focus
    assert speakers("It was Lund who said the levy was unfair.") == [("said", "who")]
