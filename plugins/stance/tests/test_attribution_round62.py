"""Issue 18, round sixty-two: a side taken ("sided with", "siding with") and a vote cast "in
favor of" or "in support of".

A party that sides with another takes its side (PolNeAR's intention class, as "campaigned for"
and "voted for"): the subject holds it, the party or the view after "with" is its content.
"sides with" is as often the noun ("both sides with a stake") and stays no cue.

"voted in favor of" is a vote cast, as "voted for" (lemma `vote for`); "her vote in favor of" is
the noun.

Every sentence here was written for these tests; none is taken from a corpus. The
tests of each cue fail on main (0.25.13: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_side_taken_is_an_intention_of_its_subject(classed: Callable) -> None:
    assert classed("The harbour council sided with the ferry crews on Tuesday.") == [
        ("sided with", "The harbour council", "the ferry crews", "intention", "assert")
    ]


def test_siding_with_after_its_subject(got: Callable) -> None:
    rows = got("Several skippers and two councillors are now siding with the dock workers.")
    assert ("siding with", "Several skippers and two councillors", "the dock workers") in rows


def test_the_noun_sides_is_no_cue(got: Callable) -> None:
    assert got("Both sides with a stake in the pier met the mayor on Friday.") == []


def test_a_vote_cast_in_favor_of(classed: Callable) -> None:
    assert classed("The harbour board voted unanimously in favour of the new ferry fee.") == [
        (
            "voted unanimously in favour of",
            "The harbour board",
            "the new ferry fee",
            "intention",
            "assert",
        )
    ]
    rows = classed("Ann Okafor voted in support of the pier levy last spring.")
    assert [r[:2] for r in rows] == [("voted in support of", "Ann Okafor")]


def test_the_noun_vote_in_favor_of_is_no_cue(got: Callable) -> None:
    assert got("Critics attacked her vote in favor of the pier levy.") == []
