"""Issue 18, round seventy-two: a quantified "of whom" relative as the speaker, and a
restrictive relative in the sentence's subject that ends at the main verb.

"The council heard from Ode and Tate, both of whom opposed the levy" had no row: the phrase
scan stops at "whom" and no relative rule read the quantifier. PolNeAR marks "both of whom"
as the source; the row now has it. "Skippers who oppose the levy outnumbered its critics": the
relative's content ran on over the sentence's own verb ("the levy outnumbered its critics");
where the relative hangs on the sentence's opening subject, the content now ends before the
main verb (the second finite verb when the cue reports a clause with a verb of its own).

Every sentence here was written for these tests; none is taken from a corpus. The first five
tests fail on main (0.25.27); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_both_of_whom_after_a_list_of_names(classed: Callable) -> None:
    text = "The council heard from Ode and Tate, both of whom opposed the levy last spring."
    assert ("opposed", "both of whom", "the levy", "intention", "deny") in classed(text)


def test_each_of_whom_before_a_report(classed: Callable) -> None:
    text = "The board has four members, each of whom said the pier must stay open."
    assert classed(text) == [
        ("said", "each of whom", "the pier must stay open", "speech", "assert")
    ]


def test_a_subject_relative_ends_before_the_main_verb(classed: Callable) -> None:
    text = "Skippers who oppose the levy outnumbered the crews backing it."
    assert ("oppose", "who", "the levy", "intention", "deny") in classed(text)


def test_a_subject_relative_before_a_later_report(classed: Callable) -> None:
    rows = classed("Even skippers who have praised the levy warned that it was unfair.")
    assert ("praised", "who", "the levy", "speech", "assert") in rows
    assert ("warned", "Even skippers who have praised the levy", "it was unfair") in [
        row[:3] for row in rows
    ]


def test_a_reported_clause_keeps_its_own_verb(classed: Callable) -> None:
    text = "Voters who say the new fares are too high were split on the levy."
    assert classed(text) == [("say", "who", "the new fares are too high", "speech", "assert")]


def test_none_of_whom_and_of_which_are_no_speaker(classed: Callable) -> None:
    assert classed("He met the skippers, none of whom said the pier was unsafe.") == []
    rows = classed("It cited two reports, both of which said the pier was unsafe.")
    assert all(row[1] != "both of which" for row in rows)


def test_a_relative_outside_the_subject_keeps_its_content(classed: Callable) -> None:
    # the relative hangs on an object (the sentence's verb came first) or on a fronted phrase
    assert ("oppose", "who", "the levy and the pier tolls", "intention", "deny") in classed(
        "The mayor met skippers who oppose the levy and the pier tolls."
    )
    text = "For anyone who thinks the pier is safe, the report was a shock."
    assert all(row[2] != "the pier" for row in classed(text))
    text = "Skippers who want to sail as the big trawlers do are few."
    assert ("want", "who", "to sail as the big trawlers do are few") in [
        row[:3] for row in classed(text)
    ]
