"""Issue 18, round fourteen: belief and intention cues, the ones we miss and the ones nobody
holds.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule changes, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def rows(text: str) -> list[dict]:
    return [r for r in find_attributions(text) if not r["nested"]]


# ------------------------------------------------------------- a contracted auxiliary


def test_a_pronoun_with_a_contracted_auxiliary_is_the_subject(got: Callable) -> None:
    # "He's hoping" is "he is hoping", not a possessive before a gerund
    assert got("He’s hoping the ferry levy will be dropped.") == [
        ("hoping", "He", "the ferry levy will be dropped")
    ]
    assert got("They're planning to close the pier in May.") == [
        ("planning", "They", "to close the pier in May")
    ]
    assert got("She's aiming to cut the fares by half.") == [
        ("aiming", "She", "to cut the fares by half")
    ]
    # a speaker written with its auxiliary is trimmed to the pronoun
    assert got("He's also saying that the pier is unsafe.") == [
        ("saying", "He", "the pier is unsafe")
    ]


def test_a_possessive_before_a_gerund_stays_a_noun(got: Callable) -> None:
    # a name's possessive is no contracted auxiliary: "the mayor's hoping" is not a clause
    assert got("The mayor's hoping days are over.") == []
    assert got("Lund's planning of the fair took a year.") == []


# ------------------------------------------------------------- attitudes nobody holds


def test_a_belief_or_wish_asked_of_the_addressee_is_no_row(got: Callable) -> None:
    # a question put to a reader or a guest holds no attitude
    assert got("Do you support the new ferry levy?") == []
    assert got("What do you think of the harbour plan?") == []
    assert got("Would you vote for her again?") == []
    assert got("Why did you decide to run for the council?") == []


def test_a_belief_stated_of_you_stays(got: Callable) -> None:
    # not a question: "you" is the holder a speaker names, or a generic reader
    assert got("If you support the levy, write to the council.") == [("support", "you", "the levy")]
    # the asker of such a question is still a speaker, the question the content
    assert got('"Do you support the levy?" Lund asked.') == [
        ("asked", "Lund", '"Do you support the levy?"')
    ]


def test_advice_in_the_writers_voice_is_no_wish(got: Callable) -> None:
    # "may want to" advises the subject: the writer's voice, not the subject's wish
    assert got("Lund may want to check her figures.") == []
    assert got("Investors might well want to think twice.") == []


def test_a_wish_with_may_and_an_object_stays(got: Callable) -> None:
    assert got("Lund wants to check her figures.") == [("wants", "Lund", "to check her figures")]
    assert got("Lund may want a recount.") == [("want", "Lund", "a recount")]
    # a report of it keeps its content whole
    assert got("Chan said Lund may want to run.") == [("said", "Chan", "Lund may want to run")]


# ------------------------------------------------------------- "state" as a noun


def test_state_after_its_determiner_is_a_noun_before_an_attitude(got: Callable) -> None:
    assert got("Republican voters in the state want a recount.") == [
        ("want", "Republican voters in the state", "a recount")
    ]
    assert got("Two-thirds of the voters in all five states support the ferry levy.") == [
        ("support", "Two-thirds of the voters in all five states", "the ferry levy")
    ]


def test_state_support_for_is_a_noun_phrase(got: Callable) -> None:
    # "state support for the pier", "the state plan is": nouns, no row
    assert got("The state support for the pier ended in May.") == []
    assert got("The state plan is to sell the pier.") == []


# ------------------------------------------------------------- forecasts and readiness


def test_sure_or_certain_to_is_the_writers_forecast(got: Callable) -> None:
    assert got("The ferry levy is sure to spur a fight.") == []
    assert got("Lund is certain to be pressed on the levy.") == []


def test_sure_that_and_eager_to_stay_attitudes(got: Callable) -> None:
    assert got("Lund is sure that the levy will pass.") == [("sure", "Lund", "the levy will pass")]
    assert got("Lund is eager to move on.") == [("eager", "Lund", "to move on")]
    # readiness stays a willingness
    assert got("Lund was ready to move on.") == [("ready", "Lund", "to move on")]


# ------------------------------------------------------------- the stance of a doubt


def stances(text: str) -> list[tuple[str, str]]:
    return [(r["cue"], r["stance"]) for r in rows(text)]


def test_a_belief_in_doubt_is_a_hedge() -> None:
    assert stances("Lund doubts the ferry levy will pass.") == [("doubts", "hedge")]
    assert stances("Lund is skeptical that the ferry levy will pass.") == [("skeptical", "hedge")]
    assert stances("Lund is unsure whether the ferry levy will pass.") == [("unsure", "hedge")]


def test_a_negated_doubt_asserts_and_a_negated_belief_denies() -> None:
    assert stances("Lund does not doubt that the ferry levy will pass.") == [("doubt", "assert")]
    assert stances("Lund does not think the ferry levy will pass.") == [("think", "deny")]
    # an open question stays a hedge
    assert stances("Lund does not know whether the ferry levy will pass.") == [("know", "hedge")]


# ------------------------------------------------------------- support won or held


def test_support_held_names_the_supporters_as_source(got: Callable) -> None:
    r = rows("Lund has the support of the dock unions.")
    assert [(x["cue"], x["speaker"], x["content"], x["cue_class"]) for x in r] == [
        ("has the support", "the dock unions", "Lund", "intention")
    ]
    # (nested in the poll's report here, and still a row)
    assert [
        (x["cue"], x["speaker"], x["content"])
        for x in find_attributions("Chan drew strong support from older voters, the poll found.")
        if x["cue_class"] == "intention"
    ] == [("drew strong support", "older voters", "Chan")]
    assert got("Lund received support among fishermen and dock workers.") == [
        ("received support", "fishermen and dock workers", "Lund")
    ]


def test_support_lacked_sought_or_wished_for_is_no_support_held(got: Callable) -> None:
    assert got("Lund lacks support from the dock unions.") == []
    assert got("The pier needs the support of the council.") == []
    # a wish to win it is the wish's row, not a row of support held
    assert got("Lund hopes to win the support of the unions.") == [
        ("hopes", "Lund", "to win the support of the unions")
    ]


def test_no_doubt_that_is_held_not_doubted() -> None:
    assert stances("There is no doubt that the ferry levy will pass.") == [("doubt", "assert")]
    assert stances("Lund has doubts that the ferry levy will pass.") == [("doubts", "hedge")]


# ------------------------------------------------------------- a request turned down


def test_a_request_turned_down_is_a_refusal(got: Callable) -> None:
    assert got("A spokeswoman declined comment.") == [("declined", "A spokeswoman", "comment")]
    assert got("Lund declined multiple requests for an interview.") == [
        ("declined", "Lund", "multiple requests for an interview")
    ]
    assert stances("Lund declined a question about the levy.") == [("declined", "deny")]


def test_a_fall_stays_a_fall(got: Callable) -> None:
    assert got("Net income declined 4.5 pct in the quarter.") == []
    assert got("Calls to the ferry office declined sharply.") == []


def test_the_supporters_end_before_an_adverbial_of_the_subjects(got: Callable) -> None:
    assert got("Lund had received support from fishermen in her fight for the pier.") == [
        ("received support", "fishermen", "Lund")
    ]
    # a place of the supporters stays theirs
    assert got("Lund has strong support among voters in the port.") == [
        ("has strong support", "voters in the port", "Lund")
    ]
