"""Issue 18, round fifty-one: the cue is found, the speaker's head is wrong.

The subject of a verb of saying was cut to a part of it in four shapes: a head with a
prepositional phrase inside a clause a subordinating word opens ("When a woman in the gallery
yelled ...": "the gallery"); a subject with a relative clause whose last words are a name after
a preposition or that follows a lead conjunction in lower case ("Officials who spoke with The
Gazette said": "The Gazette"); a preposition whose object is a list of names ("Most voters in
Elm, Oak and Ash said": "Oak and Ash"); an ordinal subject with its infinitive ("The last man to
run for the seat says": "the seat").

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
whole subjects fail on main (0.24.5: the speaker is the cut part); the guards pass on main and
here.
"""

from __future__ import annotations

from collections.abc import Callable


def speaker_of(got: Callable, text: str, cue: str) -> str | None:
    return next(spk for c, spk, _ in got(text) if c == cue)


def test_a_head_and_its_phrase_after_a_subordinating_word(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "When a woman in the gallery yelled that the count was rigged, Lund left.",
            "yelled",
        )
        == "a woman in the gallery"
    )
    assert (
        speaker_of(
            got,
            "The board stalled even as skippers in the northern ports called for a vote.",
            "called for",
        )
        == "skippers in the northern ports"
    )
    assert (
        speaker_of(
            got,
            "Okafor resigned because ferry crews on the night shift said the pier was unsafe.",
            "said",
        )
        == "ferry crews on the night shift"
    )


def test_a_relative_clause_ending_in_a_name_after_a_preposition(got: Callable) -> None:
    assert got(
        "Current and former clerks who spoke with The Harbour Gazette said the board was split."
    ) == [
        (
            "said",
            "Current and former clerks who spoke with The Harbour Gazette",
            "the board was split",
        ),
    ]


def test_a_lower_case_subject_with_its_relative_after_a_lead_conjunction(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "But dock unions that have backed him say they trust the new harbour master.",
            "say",
        )
        == "dock unions that have backed him"
    )
    assert (
        speaker_of(
            got,
            "Though pilots who have flown with Ann Dale say she is careful, the board is not sure.",
            "say",
        )
        == "pilots who have flown with Ann Dale"
    )


def test_a_phrase_whose_object_is_a_list_of_names(got: Callable) -> None:
    assert got("Most anglers in Elmstead, Oakley and Ashford said they felt ignored.") == [
        ("said", "Most anglers in Elmstead, Oakley and Ashford", "they felt ignored"),
    ]


def test_an_ordinal_subject_with_its_infinitive(got: Callable) -> None:
    assert got("The last skipper to win the coastal race says the course is too short.") == [
        ("says", "The last skipper to win the coastal race", "the course is too short"),
    ]


def test_an_approximate_share_before_its_phrase(got: Callable) -> None:
    assert got("Only about 4 in 10 anglers in each port want the levy cut.") == [
        ("want", "Only about 4 in 10 anglers in each port", "the levy cut"),
    ]


def test_a_noun_in_ss_inside_a_coordinated_subject(got: Callable) -> None:
    assert (
        speaker_of(
            got,
            "While harbour business owners and their lobby groups push for lower fees, Lund does"
            " not.",
            "push for",
        )
        == "harbour business owners and their lobby groups"
    )


def test_guards(got: Callable) -> None:
    # a phrase after "because of" is no subject's head
    assert (
        speaker_of(
            got, "Because of the storm in the north the pilots said the port was shut.", "said"
        )
        == "the pilots"
    )
    # after a colon a title may run on: the name before the participle stays the speaker
    assert (
        speaker_of(
            got,
            "The crew was filmed on the set of Storm Watch: Night of Fire with harbour chief "
            "Ann Dale saying that the cranes were safe.",
            "saying",
        )
        == "harbour chief Ann Dale"
    )
    # a thing to know is no ordinal subject of a later clause
    assert speaker_of(got, "The first thing to know is that Lund said no.", "said") == "Lund"
