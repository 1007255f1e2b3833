"""Issue 18, round seventy-nine: an intensive reflexive is part of the speaker's phrase.

"The harbour master herself said ...", "the owners themselves agreed ...": the reflexive right
after the subject belongs to its noun phrase, and the speaker span runs to it; the party the
row resolves to stays the name. An object reflexive ("told herself") and a reflexive after the
cue are not the speaker's.

Every sentence here was written for these tests; none is taken from a corpus. The first two
tests fail on main (0.25.32); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_an_intensive_reflexive_after_the_speaker_is_part_of_the_speaker() -> None:
    assert _rows("Harbour master Ines Duval herself said the quay would reopen in May.") == [
        ("said", "Harbour master Ines Duval herself", "the quay would reopen in May")
    ]
    assert _rows("The ferry owners themselves agreed that the fares were too high.") == [
        ("agreed", "The ferry owners themselves", "the fares were too high")
    ]


def test_the_party_is_still_the_name_before_the_reflexive() -> None:
    text = "Councillor Rosa Vane opened the hearing. Vane herself argued that the levy was unfair."
    rows = [r for r in find_attributions(text) if r["cue"] == "argued"]
    assert [(r["speaker"], r["speaker_resolved"]) for r in rows] == [
        ("Vane herself", "Councillor Rosa Vane")
    ]


def test_an_object_reflexive_is_not_the_speakers() -> None:
    assert _rows("She told herself that the pier was safe.") == [
        ("told", "She", "the pier was safe")
    ]


def test_a_speaker_with_no_reflexive_is_unchanged() -> None:
    assert _rows("The ferry owners agreed that the fares were too high.") == [
        ("agreed", "The ferry owners", "the fares were too high")
    ]
