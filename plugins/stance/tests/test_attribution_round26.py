"""Issue 18, round twenty-six: the speech class's recall (reports the guards rejected, the
noun/verb test, cues never scanned, nested reports, wrong speaker heads).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_a_trailing_report_whose_subject_has_a_phrase_after_its_head(got: Callable) -> None:
    assert got("The plan will be reviewed, officials in the port said.") == [
        ("said", "officials in the port", "The plan will be reviewed")
    ]
    assert got("The plan will be reviewed, a person familiar with the matter said.") == [
        ("said", "a person familiar with the matter", "The plan will be reviewed")
    ]
    assert got("The pier will shut in May, sources close to the mayor said on Monday.") == [
        ("said", "sources close to the mayor", "The pier will shut in May")
    ]
    assert got("The ferry was sold, the harbour's envoy to Norway confirmed.") == [
        ("confirmed", "the harbour's envoy to Norway", "The ferry was sold")
    ]
    # (as before: the subject opens the sentence, or its head takes "for")
    assert got("People with knowledge of the talks said the pier will shut.") == [
        ("said", "People with knowledge of the talks", "the pier will shut")
    ]
    assert got("The plan will be reviewed, a spokesman for the port said.") == [
        ("said", "a spokesman for the port", "The plan will be reviewed")
    ]


def test_a_phrase_of_the_clause_before_a_trailing_verb_is_no_subject(got: Callable) -> None:
    # a possessive before a noun cue, a number's comma, a list's "and"
    assert got("The tide has turned, thanks to a new deal and the mayor's push in his favor.") == []
    assert got("The firm sold 8,000 shares in the port to a fund last week.") == []
    assert [
        r[0]
        for r in got("There are ferries, barges, tugs and many small boats only found in ports.")
    ] == []


def test_how_often_between_the_auxiliary_and_the_verb(speakers: Callable) -> None:
    assert speakers("The dock union has twice complained to the board about the levy.") == [
        ("complained", "The dock union")
    ]
    assert speakers("The dock union twice said the pier is unsafe.") == [("said", "The dock union")]
    # (a negation still ends the report: no row)
    assert speakers("The dock union has never said the pier is unsafe.") == []


def test_a_gerund_of_saying_after_a_verb_of_beginning_or_going_on(got: Callable) -> None:
    assert got("More skippers have begun urging the board to drop the levy.") == [
        ("urging", "More skippers", "the board to drop the levy")
    ]
    assert got("The union immediately began calling for Lund to resign.") == [
        ("calling for", "The union", "Lund to resign")
    ]
    assert got("Chan kept asking her why the pier was shut.") == [
        ("asking", "Chan", "why the pier was shut")
    ]
    assert got("Lund began talking about the pier.") == [("talking about", "Lund", "the pier")]
    assert got("Lund continued criticizing the board.") == [("criticizing", "Lund", "the board")]


def test_a_plain_act_after_a_verb_of_beginning_is_no_report(got: Callable) -> None:
    assert got("The crew began loading the boat.") == []
    assert got("When you start adding more samples, the results change.") == []
    assert got("The warning began airing on Monday.") == []
    # (a report that stopped, or never began, is none)
    assert got("Lund never stopped criticizing the board.") == []


def test_examples_of_a_plural_subject_between_commas(got: Callable) -> None:
    assert got("Even the port's biggest critics, like Lund and Chan, say the pier is unsafe.") == [
        ("say", "the port's biggest critics, like Lund and Chan", "the pier is unsafe")
    ]
    # a clause or a filler after "like" is no example of the subject
    assert got("Or treat it kindly, like, say, ‘I’m glad to have met my opponent.’") == []
    assert (
        got("We had a go and, you know, like we managed in May, prove that a crew can hold.") == []
    )


def test_an_aside_that_ends_in_a_short_quotation(got: Callable) -> None:
    # American commas stand inside the marks: the aside closes at the quotation's end
    assert got("Lund, who calls the plan a “disaster,” said the pier is unsafe.") == [
        ("calls", "who", "the plan a “disaster,”"),
        ("said", "Lund, who calls the plan a “disaster,”", "the pier is unsafe"),
    ]
    assert got("Chan, the host of the show “Harbour Talk,” listed a ferry as her favourite.") == [
        ("listed", "Chan, the host of the show “Harbour Talk,”", "a ferry as her favourite")
    ]
    # a quotation that is the report, before an inverted speaker, stays the content
    assert got("The pier is “a disaster,” said Lund.") == [
        ("said", "Lund", "The pier is “a disaster,”")
    ]
    assert got("“We will win,” said Lund.") == [("said", "Lund", "“We will win,”")]


def test_a_participle_after_a_report_with_a_report_inside_it(speakers: Callable) -> None:
    # the participle hangs on the outer report's clause, not on the report in its content
    assert speakers("Lund said he plans to sell the pier, insisting that it is unsafe.") == [
        ("said", "Lund"),
        ("insisting", "Lund"),
    ]
    # a relayed report frames the one inside it, whose participle it is
    assert speakers(
        "According to the agency, the mayor said the pier is safe, adding that it will reopen."
    )[-1] == ("adding", "the mayor")
    # inside the quotation, the quotation's own report is the one it hangs on
    rows = find_attributions("Chan said, “Lund has opposed the levy, believing that it is unfair.”")
    assert [(r["cue"], r["speaker"]) for r in rows if r["cue"] == "believing"] == [
        ("believing", "Lund")
    ]


def test_a_participle_of_a_message_in_a_fronted_phrase(got: Callable) -> None:
    assert got("In a statement defending the mayor, the union said the pier is safe.") == [
        ("defending", "the union", "the mayor"),
        ("said", "the union", "the pier is safe"),
    ]
    assert got("In a letter urging the board to act, Lund wrote that the pier is unsafe.")[0] == (
        "urging",
        "Lund",
        "the board to act",
    )
    # a time, not a message: no report
    assert got("In the morning, walking to the pier, Lund saw the crowd.") == []


def test_a_possessive_opens_a_verbs_object_not_the_subjects_phrase(speakers: Callable) -> None:
    rows = speakers("Lund pitched her pier plan to the board, noting that the pier is old.")
    assert all(sp is None or "pitched" not in sp for _, sp in rows)
    # (inside one phrase: after a preposition or "and")
    assert speakers("The head of her party said the pier is unsafe.") == [
        ("said", "The head of her party")
    ]
    assert speakers("Friends and her aides said the pier is unsafe.") == [
        ("said", "Friends and her aides")
    ]


def test_a_list_of_names_each_with_party_and_state(speakers: Callable) -> None:
    assert speakers("Ann Lund (D-Wash.) and Bo Chan (R-Ore.) said the pier is unsafe.") == [
        ("said", "Ann Lund (D-Wash.) and Bo Chan (R-Ore.)")
    ]
    assert speakers(
        "Sens. Ann Lund (D-Wash.), Bo Chan (R-Ore.) and Ed Diaz (R-Iowa) have since denounced it."
    ) == [("denounced", "Ann Lund (D-Wash.), Bo Chan (R-Ore.) and Ed Diaz (R-Iowa)")]
    assert speakers("He and Sen. Bo Chan (R-Ore.) both condemned the plan.") == [
        ("condemned", "He and Sen. Bo Chan (R-Ore.)")
    ]
    # an acronym in brackets or a bare party letter stays inside one name, as before
    assert speakers("The Institute for Peace (IFP) and Partners said the pier is unsafe.") == [
        ("said", "The Institute for Peace (IFP) and Partners")
    ]
    assert speakers("Johnson (R) and Smith said the pier is unsafe.") == [
        ("said", "Johnson (R) and Smith")
    ]


def test_a_run_on_of_asides_keeps_each_participle_with_its_own_subject() -> None:
    # a participle hangs on the sentence's nearest reports (at most eight are read), and a
    # negation is read near the verb only: a run-on of thousands of reports costs what prose
    # costs, and its speakers stay short
    unit = "Ann Lund, noting the debt, said the pier "
    rows = find_attributions(unit * 60)
    noting = [r["speaker"] for r in rows if r["cue"] == "noting"]
    assert len(noting) == 60
    assert set(noting) == {"Ann Lund"}
    # a negation right before the verb still ends the report
    assert (
        find_attributions("Ann Lund, noting the debt, did not say the pier was safe.")[-1]["cue"]
        != "say"
    )
