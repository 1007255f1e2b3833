"""Issue 18, round twenty-eight: round twenty-seven salvaged without its bare-act exclusion.

A bare judging act ("praised X", "blasted X") stays a cue, as on main; its physical sense is
no report; a time or a fixed phrase after "as"/"for" is not the judgement; a document signed,
released or issued is ``evidence``; a verb coordinated with a first clause the clause finder
did not know gets that clause's subject.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def _classes(text: str) -> list[tuple[str, str]]:
    return [(r["cue"], r["cue_class"]) for r in find_attributions(text)]


def test_a_bare_judging_act_stays_a_cue(got: Callable) -> None:
    assert got("The harbour master praised the volunteers.") == [
        ("praised", "The harbour master", "the volunteers")
    ]
    assert got("Okafor blasted the ferry company.") == [("blasted", "Okafor", "the ferry company")]
    assert got("The guild slammed the toll board.") == [("slammed", "The guild", "the toll board")]


def test_a_physical_sense_is_no_report(got: Callable) -> None:
    assert got("A gale slammed into the harbour wall overnight.") == []
    assert got("Heavy swells slammed against the breakwater.") == []
    assert got("Okafor slammed a backhand past her opponent.") == []
    assert got("The keeper slammed the gate shut.") == []
    assert got("Engineers blasted the rock with explosives.") == []
    # a person or a plan struck in words stays a report
    assert got("Okafor slammed the council for the delay.") == [
        ("slammed", "Okafor", "the council for the delay")
    ]
    assert got("The union blasted the phone company over its fees.") == [
        ("blasted", "The union", "the phone company over its fees")
    ]
    # a report "blasted away at" a plan is no motion
    assert [r[0] for r in got("Okafor blasted away at the levy.")] == ["blasted"]


def test_a_judgement_after_as_or_for_is_the_content_not_a_time(got: Callable) -> None:
    assert got("Okafor praised the lifeboat crews for their courage.") == [
        ("praised", "Okafor", "the lifeboat crews for their courage")
    ]
    assert got("The guild attacked the levy as a burden on small boats.") == [
        ("attacked", "The guild", "the levy as a burden on small boats")
    ]
    # a fixed phrase, a time or a clause of time is no part of the content
    assert got("The harbour master praised the volunteers as well.") == [
        ("praised", "The harbour master", "the volunteers")
    ]
    assert got("Okafor praised the ferry crews for the first time.") == [
        ("praised", "Okafor", "the ferry crews")
    ]
    assert got("The guild slammed the toll board as the row heated up.") == [
        ("slammed", "The guild", "the toll board")
    ]


def test_a_participle_inside_the_judgement_leaves_the_verb_its_report(got: Callable) -> None:
    found = got("Okafor attacked the council for a leaflet claiming the quay was safe.")
    assert found and found[0][0] == "attacked"
    # a participle right after a bare object reports instead (as before)
    assert got("The guild attacked the board, calling it careless.") == [
        ("calling", "The guild", "it careless")
    ]


def test_a_document_signed_released_or_issued_is_evidence() -> None:
    assert _classes("The mayors signed a letter that calls the levy unfair.") == [
        ("signed", "evidence")
    ]
    assert _classes("The ferry firm released a statement about the delays.") == [
        ("released", "evidence")
    ]
    assert _classes("The guild issued a statement of protest over the toll.") == [
        ("issued", "evidence")
    ]
    # judging aloud is speech; "issue" in a phrase of saying stays speech
    assert _classes("Okafor attacked the toll as unfair.") == [("attacked", "speech")]
    assert [c for _, c in _classes("Okafor took issue with the toll.")] == ["speech"]
    # bare acts stay out, as before
    assert find_attributions("The mayor signed the budget.") == []
    assert find_attributions("The jail released the detainees.") == []


def test_a_coordinated_verb_after_a_subject_with_phrases(got: Callable) -> None:
    assert got(
        "Growers from the east of the county shrugged at the water price and said it"
        " would sink them."
    ) == [("said", "Growers from the east of the county", "it would sink them")]
    # as before: a subject without phrases, a fronted phrase before the subject
    assert got("The old grower sighed about the rates and said it was unfair.") == [
        ("said", "The old grower", "it was unfair")
    ]
    assert got("In the autumn the growers sighed about the rates and said it was unfair.") == [
        ("said", "the growers", "it was unfair")
    ]
    # no chain through an auxiliary
    found = got("The threat of a drought in the county had been a worry and said little.")
    assert all(speaker != "The threat of a drought in the county" for _, speaker, _ in found)


def test_a_coordinated_verb_inside_a_relative_opened_by_which_or_where(got: Callable) -> None:
    assert got(
        "It is a weekly meeting at which the board reads its accounts aloud and explains"
        " why the rates rose."
    ) == [("explains", "the board", "why the rates rose")]
    assert got(
        "It is a village where growers gather every month and complain about the rates."
    ) == [("complain", "growers", "about the rates")]
