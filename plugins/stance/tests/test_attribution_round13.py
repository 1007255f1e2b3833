"""Issue 18, round thirteen: the `other` cue class (cues with no class, or never scanned) and
the speech tail.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule changes, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions
from newslens_stance.attributions.classes import cue_class


def rows(text: str) -> list[dict]:
    return [r for r in find_attributions(text) if not r["nested"]]


# --------------------------------------------------------------------------- the class table


def test_the_extractors_own_lemmas_have_a_class() -> None:
    # rows the extractor made were classed `other` because the table lacked their words
    assert cue_class("made it clear") == "speech"
    assert cue_class("make clear") == "speech"
    assert cue_class("observed") == "speech"
    assert cue_class("attributed") == "speech"
    assert cue_class("cast") == "speech"  # "cast her rival as ..."
    assert cue_class("has billed") == "speech"
    assert cue_class("adamant") == "belief"
    assert cue_class("notion") == "belief"
    # a colon and an evaluation with no source stay `other`
    assert cue_class(":") == "other"
    assert cue_class("it is not clear") == "other"


def test_phrases_of_saying_are_speech() -> None:
    assert cue_class("repeatedly made the case") == "speech"
    assert cue_class("is making an impassioned case") == "speech"
    assert cue_class("also took a swipe at") == "speech"
    assert cue_class("put it") == "speech"
    assert cue_class("made a profit") == "other"
    assert cue_class("took a walk") == "other"


# --------------------------------------------------------------------------- new cues


def test_a_case_made_with_what_it_argues(got: Callable) -> None:
    assert got("The mayor made the case that the pier should close.") == [
        ("made the case", "The mayor", "the pier should close")
    ]
    (row,) = rows("Lund is making an impassioned case to the skippers that the levy is unfair.")
    assert (row["speaker"], row["content"]) == ("Lund", "the levy is unfair")
    assert (row["cue_class"], row["stance"]) == ("speech", "assert")
    assert [r[0] for r in got("Ann Lund has repeatedly made the argument for a new ferry.")] == [
        "made the argument"
    ]


def test_a_point_made_without_a_complement_is_no_report(got: Callable) -> None:
    assert got("He made his point.") == []
    assert got("The board made a case-by-case exception for the ferry.") == []
    assert got("The club made a profit for the third year.") == []


def test_a_swipe_taken_at_a_party(got: Callable) -> None:
    (row,) = rows("Lund took a swipe at the harbour board over the fees.")
    assert (row["speaker"], row["cue_lemma"], row["cue_class"]) == (
        "Lund",
        "take aim at",
        "speech",
    )
    assert row["content"].startswith("the harbour board")
    assert [r[1] for r in got("The mayor also took aim at Chan's plan.")] == ["The mayor"]


def test_a_shot_or_aim_at_a_thing_is_no_report(got: Callable) -> None:
    assert got("The guards took aim at the target.") == []
    assert got("A sniper took shots at the soldiers.") == []


def test_as_someone_put_it(got: Callable) -> None:
    assert got('As one skipper put it, "the pier is done."') == [
        ("put it", "one skipper", '"the pier is done."')
    ]
    assert got("The levy, as Lund put it, is a tax on fishing.") == [
        ("put it", "Lund", "The levy … is a tax on fishing")
    ]
    assert got('Lund put it this way: "No levy, no pier."') == [
        ("put it", "Lund", '"No levy, no pier."')
    ]


def test_put_it_as_a_placing_is_no_report(got: Callable) -> None:
    assert got("She put it on the table.") == []
    assert got("That is the best way to put it.") == []


def test_interjected_reports_a_quotation_only(got: Callable) -> None:
    assert got('"No," Lund interjected.') == [("interjected", "Lund", '"No,"')]
    # the clause after the comma is another report, not what was interjected
    assert [r[0] for r in got('Once, when Lund interjected, Chan said "Stop."')] == ["said"]


def test_credit_given_for_a_deed(got: Callable) -> None:
    assert got("The mayor credited the crews with saving the pier.") == [
        ("credited", "The mayor", "the crews with saving the pier")
    ]
    assert got("Lund was credited with saving the pier.") == []
    assert [r[0] for r in got("A video credited to the Gazette showed the pier.")] == ["showed"]
    assert got("Tax credits for skippers rose.") == []


def test_a_portrayal_needs_as(got: Callable) -> None:
    assert [r[0] for r in got("Lund has cast the board as a club for insiders.")] == ["cast"]
    assert got("Ann Lund thanked the play's cast, band and ushers.")[0][2] == (
        "the play's cast, band and ushers"
    )
    assert [r[0] for r in got("Ann Lund thanked the play's cast, band and ushers.")] == ["thanked"]
    assert got("The chair sits on a skeletal frame, and costs $300.") == []


def test_allusions_likenings_and_distance(got: Callable) -> None:
    assert got("Lund alluded to the scandal in her speech.")[0][:2] == ("alluded to", "Lund")
    assert got("The mayor likened the levy to a toll on the poor.") == [
        ("likened", "The mayor", "the levy to a toll on the poor")
    ]
    assert got("Chan has distanced himself from the board's plan.") == [
        ("distanced himself from", "Chan", "the board's plan")
    ]
    # the source turns away from the content: a denial, as "opposes"
    assert rows("Chan has distanced himself from the board's plan.")[0]["stance"] == "deny"
    # a plain "to" with no likening, a distance in miles
    assert got("The mayor liked the trip to Oslo.") == []
    assert got("The pier is a short distance from the quay.") == []


def test_a_side_come_out_against_is_a_denial(got: Callable) -> None:
    (row,) = rows("The union came out strongly against the levy on Monday.")
    assert (row["speaker"], row["content"], row["cue_class"], row["stance"]) == (
        "The union",
        "the levy",
        "intention",
        "deny",
    )
    (row,) = rows("Ann Lund came out in favor of the ferry.")
    assert (row["cue_class"], row["stance"]) == ("intention", "assert")
    assert got("The team came out for the second half.") == []


def test_a_party_hit_over_a_stance(got: Callable) -> None:
    assert got("Lund hit Chan over the levy in a speech on Monday.") == [
        ("hit", "Lund", "Chan over the levy")
    ]
    assert got("The storm hit Oslo on Monday.") == []
    assert got("A car hit him on the head.") == []
    assert got("The storm hit Florida over the weekend.") == []


def test_a_poll_or_report_headline_relays_a_record() -> None:
    (row,) = rows("Poll: Ann Lund Ties Bo Chan in the Harbour Race.\n\nThe race is close.")
    assert (row["speaker"], row["cue"], row["stance"]) == ("Poll", ":", "report")
    assert row["content"] == "Ann Lund Ties Bo Chan in the Harbour Race"
    (row,) = rows("Report: Lund to speak at the harbour fair.\n\nLund will speak.")
    assert (row["speaker"], row["stance"]) == ("Report", "report")
    # kickers stay no speakers
    assert rows("Bombshell: The Ferry Board Just Gave Lund A Reason.\n\nThe board met.") == []


def test_a_headline_name_after_a_kicker_and_a_dash() -> None:
    (row,) = rows("EXCLUSIVE – Ed Lund: Do Not Trust the Ferry Tables.\n\nThere is concern.")
    assert (row["speaker"], row["content"]) == ("Ed Lund", "Do Not Trust the Ferry Tables")
    assert rows("BREAKING – Update: the pier is closed.\n\nMore soon.") == []


def test_a_poll_phrase_does_not_cross_a_sentence() -> None:
    text = (
        "Poll: Ann Lund Ties Bo Chan in a Three-Way Contest.\n\nThe poll of 900 voters found a tie."
    )
    assert [r["cue"] for r in rows(text) if r["cue"].lower() == "in"] == []


# --------------------------------------------------------------------------- the noun/verb test


def test_a_message_says_what_its_participle_says(got: Callable) -> None:
    assert got("The group ran ads attacking Lund over the levy.") == [
        ("attacking", "The group", "Lund over the levy")
    ]
    assert got("The next day, Lund gave a speech praising the crews.") == [
        ("praising", "Lund", "the crews")
    ]
    assert got("The PAC has aired two ads praising Lund.") == [("praising", "The PAC", "Lund")]
    (row,) = rows("A petition calling on the board to resign drew 900 names.")
    assert (row["cue"], row["speaker"]) == ("calling on", "A petition")


def test_a_gerund_after_other_nouns_stays_a_noun(got: Callable) -> None:
    # "the ferry's sailing", "his financial reporting": no message noun before the -ing word
    # (round seventy-eight: the crews' worry is a row of its own, the timing its content)
    assert got("The board's timing of the levy worried the crews.") == [
        ("worried", "the crews", "The board's timing of the levy")
    ]
    assert got("His financial reporting was late again.") == []


def test_outlined_talked_up_bragged_about(got: Callable) -> None:
    assert got("Lund outlined her plan for the pier on Monday.") == [
        ("outlined", "Lund", "her plan for the pier")
    ]
    assert got("Lund has been talking up the ferry.") == [("talking up", "Lund", "the ferry")]
    assert got("Chan bragged about the size of his crowds.") == [
        ("bragged about", "Chan", "the size of his crowds")
    ]
    # the noun and the adjective
    assert got("Ministers agreed the details of an outline accord on milk.") == []
    assert got("The outline of the pier was faint.") == []
    assert got("Lund talked to the crews.") == []


def test_critical_of_and_feelings_voiced() -> None:
    (row,) = rows("Lund has been sharply critical of the levy.")
    assert (row["speaker"], row["cue"], row["content"], row["cue_class"]) == (
        "Lund",
        "critical",
        "the levy",
        "belief",
    )
    assert rows("The pier is critical to the town's economy.") == []
    (row,) = rows("Ryan voiced displeasure with some of the board's plans.")
    assert (row["speaker"], row["content"], row["cue_class"]) == (
        "Ryan",
        "some of the board's plans",
        "belief",
    )


# --------------------------------------------------------------------------- speakers not found


def test_a_quantifier_floated_after_the_auxiliary(got: Callable) -> None:
    assert got("Lund and Chan have both urged the board to act.") == [
        ("urged", "Lund and Chan", "the board to act")
    ]
    assert [r[1] for r in got("The crews have all argued that the pier is unsafe.")] == [
        "The crews"
    ]


def test_will_or_may_before_a_past_tense_is_a_name(got: Callable) -> None:
    assert got("In his column, Will wrote that the levy is a mistake.")[0][:2] == ("wrote", "Will")
    assert got("Instead, May urged the board to act.") == [("urged", "May", "the board to act")]
    # a modal before a base form stays a modal
    assert got("Lund will say more on Monday.")[0][1] == "Lund"


def test_any_aside_in_a_pair_of_dashes_before_the_verb(got: Callable) -> None:
    assert got("Democrats - and, in particular, Ann Lund - insisted that the levy wait.") == [
        ("insisted", "Democrats", "the levy wait")
    ]
    assert got(
        "Chan -- mentioned by the Gazette as a pick -- told the Herald that he would serve."
    )[0][:2] == ("told", "Chan")
    assert got("Ann Lund -- whose husband built the pier -- has publicly derided the levy.") == [
        ("derided", "Ann Lund", "the levy")
    ]
    # a list in dashes stays the speaker's (round twelve)
    assert got("Skippers - including two pilots - warn that the pier is unsafe.")[0][1] == (
        "Skippers - including two pilots"
    )


def test_an_aim_with_its_infinitive_is_an_intention() -> None:
    (row,) = rows("Lund aims to expand the pier by May.")
    assert (row["speaker"], row["cue_class"], row["stance"]) == ("Lund", "intention", "assert")
    assert rows("The campaign is aiming to cut his lead.")[0]["speaker"] == "The campaign"
    assert rows("The plan is aimed at the crews.") == []
    assert rows("The aims of the board are unclear.") == []
    assert rows("The yard shed 400 posts, in line with its aim to trim spending.") == []
