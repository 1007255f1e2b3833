"""Issue 18, round sixty-eight: an intention in a relative clause with a progressive or a "do"
negation.

"Ann Ode, who backs the levy" had its row (the pronoun the holder, as PolNeAR marks it), but
the words allowed between the pronoun and the cue held no progressive "is / are / was / were"
and no "don't / doesn't / didn't": "Ann Ode, who is backing the levy", "the union, which is
now planning to strike", "owners who don't want to pay" had no speaker and no row. For a cue of
class intention they now take the pronoun as the holder; a passive ("who is said to") is no
holder, "seeking" a nomination is a candidacy PolNeAR leaves unmarked, and a restrictive
relative in the subject of a later report ("Pilots who are backing the levy say ...") keeps the
report's row whole.

Every sentence here was written for these tests; none is taken from a corpus. The first four
tests fail on main (0.25.22: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_progressive_after_a_comma_and_who(classed: Callable) -> None:
    text = "The harbour board named a new chair, Ann Ode, who is backing the levy on cargo."
    assert ("backing", "who", "the levy on cargo", "intention", "assert") in classed(text)


def test_a_progressive_with_an_adverb_after_which(classed: Callable) -> None:
    text = "The ferry union, which is now planning to strike in May, met the mayor on Monday."
    assert classed(text) == [("planning", "which", "to strike in May", "intention", "assert")]


def test_a_do_negation_after_a_noun_and_who(classed: Callable) -> None:
    text = "The levy angered ferry owners who don't want to pay it."
    # (round seventy-eight: the owners' anger at the levy is a row of its own)
    assert classed(text) == [
        ("angered", "ferry owners", "The levy", "belief", "assert"),
        ("want", "who", "to pay it", "intention", "deny"),
    ]


def test_a_past_progressive_phrase_cue(classed: Callable) -> None:
    text = "The council heard from Ben Tate, who was campaigning against the new tolls."
    assert classed(text) == [("campaigning against", "who", "the new tolls", "intention", "assert")]


def test_a_passive_after_who_is_no_holder(classed: Callable) -> None:
    text = "Ann Ode, who is said to favour the levy, left early."
    assert all(row[3] != "intention" for row in classed(text))


def test_seeking_a_nomination_is_no_row(classed: Callable) -> None:
    assert classed("Two rivals, who are also seeking the nomination, spoke on Friday.") == []


def test_a_later_report_keeps_its_subject(classed: Callable) -> None:
    assert classed("Pilots who are backing the levy say it is fair.") == [
        ("say", "Pilots who are backing the levy", "it is fair", "speech", "assert")
    ]
