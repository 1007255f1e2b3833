"""Issue 18, round forty-two: cue words of belief and evidence the lexicon lacked.

From the tally of PolNeAR train's gold cues with no row of ours: the verbs of cognition and
supposition beside "believe" and "realize" ("understand", "forget", "assume", "presume",
"suppose", "imagine", "reckon", "discover") and the evidence verb "signaled", each a cue only
with a that-clause, a clause opened by a subject pronoun or a question word
(``lexicon.THAT_CLAUSE_LEMMAS``, guarded in ``verbs._not_a_report``).

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new cues fail on main (0.22.6: no row); the guards pass on main and here (no row either way).
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_verb_of_cognition_with_its_clause_is_a_belief(classed: Callable) -> None:
    assert classed("The harbour board assumed that the ferry would run all winter.") == [
        ("assumed", "The harbour board", "the ferry would run all winter", "belief", "assert")
    ]
    rows = classed("Okafor understands why the skippers are angry about the new levy.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("understands", "Okafor", "belief")]
    assert rows[0][2].startswith("why the skippers are angry")
    rows = classed("Many anglers forget that the pier was closed for two years.")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("forget", "Many anglers", "the pier was closed for two years", "belief")
    ]


def test_a_subject_pronoun_opens_the_clause_without_that(got: Callable) -> None:
    assert got("The clerks presumed they would be paid by Friday.") == [
        ("presumed", "The clerks", "they would be paid by Friday")
    ]
    assert got("Lund discovered she had been left off the ballot in Bergen.") == [
        ("discovered", "Lund", "she had been left off the ballot in Bergen")
    ]


def test_signaled_with_its_clause_is_evidence(classed: Callable) -> None:
    rows = classed("The mayor has signaled that she may run for a third term next spring.")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("signaled", "The mayor", "she may run for a third term next spring", "evidence")
    ]


def test_no_row_for_an_object_an_infinitive_or_an_opening_gerund(got: Callable) -> None:
    # a thing found or taken on, not a belief
    assert got("Divers discovered the wreck of a trawler near the breakwater.") == []
    assert got("Okafor assumed office in the spring after a long count.") == []
    # the noun "signals" and the bare forms of "signal"
    assert got("Radio signals that reach the quay are weak in winter.") == []
    # an infinitive with no party holding the belief, a gerund opening its sentence
    assert got("It is too early to assume that the pier will reopen.") == []
    assert got("Simply assuming that the fees will fall is not a plan.") == []
    # a condition, not a belief: "would understand if ..."
    assert got("The crews would understand if the board waited a week.") == []
