"""Issue 18, round seventy-one: an intention urged on, asked of or allowed to someone is not
theirs, and "support" after a word of amount is the noun.

After a verb and its object an infinitive reports for the object ("led Ode to declare",
"persuaded a councillor to vote for the bill": the object declares, does vote). After a verb of
directing, asking or allowing it says only what the subject wants of the object: "telling
friends to vote for Lund", "urged anglers to vote for Lund" report no intention of the friends
or the anglers, so an intention cue there has no row (outermost or nested); the urging keeps its
own row. Verbs that report the outcome keep the object as the holder.

The bare "support" after a word of amount or strength ("draw enough support", "win broad
support") or a gathering verb's "up" ("drum up support") is the noun: the verb reading took
"draw enough" or "drum up" as its subject. No row; a quantifier that is the subject ("Most
skippers support") and an adverb ("strongly support") keep theirs.

Every sentence here was written for these tests; none is taken from a corpus. Six tests fail on
main (0.25.27: a row with the object, or "draw enough" / "drum up", as the holder); the two
guards (a persuaded object, a quantifier subject or an adverb) pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance import find_attributions


def _intentions(text: str) -> list[tuple[str, str | None]]:
    return [
        (r["cue"], r["speaker"]) for r in find_attributions(text) if r["cue_class"] == "intention"
    ]


def test_friends_told_to_vote_for_hold_no_intention_of_theirs(classed: Callable) -> None:
    text = "Ode spent the spring quietly telling friends to vote for Lund."
    assert _intentions(text) == []
    assert [row[:2] for row in classed(text)] == [("telling", "Ode")]


def test_an_urged_vote_is_no_nested_intention(classed: Callable) -> None:
    text = "The harbour board used the letter to urge anglers to vote for Lund on Tuesday."
    assert _intentions(text) == []
    assert [row[:2] for row in classed(text)] == [("urge", "The harbour board")]


def test_an_encouraged_stance_is_no_nested_intention() -> None:
    text = "The ferry club encouraged its members to oppose the new levy."
    assert _intentions(text) == []


def test_a_persuaded_object_still_holds_the_intention() -> None:
    text = "The chair spent the week persuading a councillor to vote for the pier bill."
    assert _intentions(text) == [("vote for", "a councillor")]


def test_support_after_a_word_of_amount_is_the_noun() -> None:
    text = "The ferry plan may never draw enough support to reach a vote in the council."
    assert _intentions(text) == []


def test_support_after_a_nested_word_of_amount_is_the_noun() -> None:
    text = "The two small parties hope to win enough support to enter the council."
    assert _intentions(text) == [("hope", "The two small parties")]


def test_support_drummed_or_shored_up_is_the_noun() -> None:
    assert _intentions("Friends of the levy worked to drum up support among dockers.") == []
    text = "Her aides will shore up support among skippers before the vote."
    assert _intentions(text) == []


def test_a_quantifier_subject_or_an_adverb_keeps_the_verb() -> None:
    assert _intentions("Most skippers support the levy.") == [("support", "Most skippers")]
    text = "Anglers in the north strongly support the levy."
    assert _intentions(text) == [("support", "Anglers in the north")]
