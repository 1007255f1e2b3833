"""Issue 18, round twenty: an attribution's content ends with the reported clause, not with
what the writer adds after it (docs/decisions.md, after round nineteen).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def content_of(text: str, cue: str) -> str:
    return next(r["content"] for r in find_attributions(text) if r["cue"] == cue)


def test_a_participle_of_the_speakers_further_act_ends_the_content() -> None:
    # the writer attaches the speaker's next act after the reported clause
    assert (
        content_of("Lund said the levy was unfair, pointing to the empty berths.", "said")
        == "the levy was unfair"
    )
    assert (
        content_of("The mayor praised the crews, crediting them with the rescue.", "praised")
        == "the crews"
    )
    assert (
        content_of("Chan said the quay must close, siding with the skippers.", "said")
        == "the quay must close"
    )
    assert (
        content_of("The union said the port was safe, pressing the case for new cranes.", "said")
        == "the port was safe"
    )


def test_the_writers_reading_of_a_consequence_ends_the_content() -> None:
    assert (
        content_of("The council said the cranes had failed, meaning the quay stays shut.", "said")
        == "the cranes had failed"
    )
    assert (
        content_of("Lund said the levy would double, drawing a sharp reply from Chan.", "said")
        == "the levy would double"
    )
    # the speaker's own words are never cut: the participle inside a quotation stays
    assert "meaning" in content_of(
        'Lund said: "The cranes had failed, meaning the quay stays shut."', "said"
    )


def test_other_participles_stay_in_the_content() -> None:
    # a participle of the reported clause's own subject, or no act of the speaker
    assert (
        content_of("Lund said the levy would rise, leaving the crews short of cash.", "said")
        == "the levy would rise, leaving the crews short of cash"
    )
    assert (
        content_of("Chan said the ferry ran late, making the crossing longer.", "said")
        == "the ferry ran late, making the crossing longer"
    )


def test_a_parenthetical_participle_before_the_reports_next_clause_stays() -> None:
    # "..., referring to X, and that B": the report goes on after the participle
    text = (
        "Lund said the cranes were old, pointing to the north quay, and that the levy "
        "would pay for new ones."
    )
    assert "and that the levy would pay for new ones" in content_of(text, "said")


def test_a_dash_before_the_participle_is_no_cut() -> None:
    # a dash elaborates the reported clause ("a counter-attack - blasting ...")
    text = "Lund said the plan was a counter-attack — blasting the council for its delays."
    assert "blasting" in content_of(text, "said")
