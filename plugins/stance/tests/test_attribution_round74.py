"""Issue 18, round seventy-four: the holders of support, backing or an endorsement won, held or
received, after "of", "from" or "among".

"Ode, who has the backing of the dockers' union, ..." had no row: the one supported was a
relative pronoun, which the phrase scan before the verb does not give, so the pass that reads
the holders after "of" never ran. The relative is now the one supported, as written (PolNeAR
marks it so), and a verb coordinated after an adverb of time ("and this week picked up the
endorsement of") takes its clause's subject. A negated endorsement received ("had not received
a single endorsement from") names its withholders too, and a verb of winning a set of them ("has
locked up endorsements from") is read as "won". The held noun is no verb inside its own cue:
"Ode drew wide support among pensioners" had a second row whose speaker was "Ode drew wide".

Every sentence here was written for these tests; none is taken from a corpus. The first six
tests fail on main (0.25.29); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_relative_has_the_support_of(speakers: Callable, contents: Callable) -> None:
    text = "Ode, who has the overwhelming support of the harbour pilots, still trails Tate."
    assert ("has the overwhelming support", "the harbour pilots") in speakers(text)
    assert ("the harbour pilots", "who") in contents(text)


def test_a_relative_had_the_backing_of_before_a_second_verb(speakers: Callable) -> None:
    text = "Lund, who had the backing of Tom Reyes and won the port vote, lost the town."
    assert ("had the backing", "Tom Reyes") in speakers(text)


def test_an_endorsement_picked_up_after_a_coordination(contents: Callable) -> None:
    text = "Tate topped the survey and this week picked up the endorsement of Mayor Ivo Brandt."
    assert ("Mayor Ivo Brandt", "Tate") in contents(text)


def test_a_negated_endorsement_received(contents: Callable) -> None:
    text = "The mayor still had not received a single endorsement from the ferry crews."
    assert contents(text) == [("the ferry crews", "The mayor")]


def test_endorsements_locked_up_from_the_unions(contents: Callable) -> None:
    text = "Ode has moved to lock down endorsements from three of the ferry unions."
    assert ("three of the ferry unions", "Ode") in contents(text)


def test_held_support_is_no_verb_inside_its_cue(classed: Callable) -> None:
    rows = classed("On Tuesday, Ode drew wide support among women and pensioners.")
    assert [(cue, speaker) for cue, speaker, *_ in rows] == [
        ("drew wide support", "women and pensioners")
    ]


def test_guards(speakers: Callable) -> None:
    # a report inside the relative keeps its own subject; a plain subject is still the one
    # supported; a sought endorsement is a wish, the seeker's; money backs with no stance
    text = "Ode, who said the mayor has the support of the unions, left."
    assert ("said", "who") in speakers(text)
    assert speakers("Lee had the support of anglers and skippers.") == [
        ("had the support", "anglers and skippers")
    ]
    assert speakers("Tate sought the endorsement of the dockers' union.") == [("sought", "Tate")]
    assert speakers("Ode, who has the backing of a state guarantee, was sold.") == []
