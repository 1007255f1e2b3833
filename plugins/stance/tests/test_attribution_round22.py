"""Issue 18, round twenty-two: "contest" of a race whose body is named with a capital, then
the speech class's recall.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_contest_of_a_named_body_is_a_race(cues: Callable) -> None:
    assert "contest" not in cues("Some 400 candidates will contest the 90-seat Senate.")
    assert "contest" not in cues("Nine parties will contest the Lower House in March.")
    assert "contesting" not in cues("Some 300 candidates are contesting the National Assembly.")
    assert "contested" not in cues("Two women contested the Senate seat in 2019.")
    assert "contest" not in cues("Ann Lund will contest the City Council on Sunday.")
    # the reported clause around it is still found
    rows = find_attributions("Some 400 candidates will contest the 90-seat Senate, officials said.")
    assert [r["cue"] for r in rows] == ["said"]


def test_contest_of_what_a_body_did_stays_a_dispute(stance_of: Callable) -> None:
    # the capitalised name goes on ("House Speaker", "Senate Bill") or is a possessive
    assert stance_of("The mayor will contest the House Speaker's ruling.", "contest") == "dispute"
    assert stance_of("The council will contest the Senate Bill.", "contest") == "dispute"
    assert stance_of("She will contest the Council's decision.", "contest") == "dispute"
    # a result stays a dispute ("the vote" is left to the reading of a result)
    assert stance_of("The opposition will contest the vote in court.", "contest") == "dispute"
    assert stance_of("Chan contested the Senate election results.", "contested") == "dispute"


def row(text: str, cue: str) -> dict:
    return next(r for r in find_attributions(text) if r["cue"] == cue)


def test_a_document_says_what_its_participle_says(cues: Callable) -> None:
    # a report, a resolution, a lawsuit: its maker speaks
    r = row("The board issued a report condemning the new levy.", "condemning")
    assert (r["speaker"], r["content"]) == ("The board", "the new levy")
    r = row("The council approved a resolution urging the port to wait.", "urging")
    assert (r["speaker"], r["content"]) == ("The council", "the port to wait")
    r = row("Ann Lund filed a lawsuit alleging that the port had misled her.", "alleging")
    assert r["speaker"] == "Ann Lund"
    # a report named after a preposition is not the clause subject's text
    r = row("Lund quit because of the reports claiming she had lied.", "claiming")
    assert r["speaker"] == "the reports"
    # a gerund or an adjective is still no cue
    assert "reporting" not in cues("The board's annual reporting was late.")
