"""Issue 18, round twenty-three: a right, an access, an entry or a permit withheld is no denial
of a claim; then the speech class's recall (speakers the guards rejected, cues never scanned).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def denials(text: str) -> list[str]:
    return [r["content"] for r in find_attributions(text) if r["stance"] == "deny"]


def test_a_thing_withheld_from_someone_is_no_denial() -> None:
    assert denials("The board denied the reporters access to the hearing.") == []
    assert denials("Officials denied him entry.") == []
    assert denials("The court denied it the right to strike.") == []
    assert denials("The council denied the firm a permit to build on the quay.") == []
    assert denials("The state has long denied women the vote.") == []
    assert denials("The board denied the two reporters access.") == []
    assert denials("The board denied each reporter a seat.") == []
    assert denials("The board denied Lund and Chan entry to the hall.") == []
    assert denials("The board denied reporters from the Post access.") == []
    # inside a report, the withholding is no nested denial either
    assert denials("The union said the court denied it the right to strike.") == []


def test_a_denial_of_a_claim_stays_one(stance_of: Callable) -> None:
    assert denials("The mayor denied that the fund was short.") == ["the fund was short"]
    assert stance_of("Lund denied the claims.", "denied") == "deny"
    # a thing that is a clause's subject: the clause is what is denied
    assert denials("The firm denied the permit was forged.") == ["the permit was forged"]
    # a verb in the "recipient": a clause, not someone
    assert denials("The mayor denied the firm needed a permit.") == ["the firm needed a permit"]
    assert denials("The mayor denied he had asked for help.") == ["he had asked for help"]
    # a claim noun before the thing
    assert denials("The ministry denied the reports about visas.") == ["the reports about visas"]
    assert denials("The ministry denied claims that reporters were refused entry.") == [
        "reporters were refused entry"
    ]
    # a time after the determiner is no thing withheld
    assert stance_of("Lund denied it the next day.", "denied") == "deny"


def test_a_relative_after_a_dash_or_with_any_manner_adverb_has_its_antecedent(
    got: Callable,
) -> None:
    assert got("Chan, who warmly endorses Lund, spoke next.") == [("endorses", "who", "Lund")]
    assert ("argued", "which") in [
        (c, s) for c, s, _ in got("The union—which has long argued that the pier is unsafe—met.")
    ]
    # "only", "family", "rally" are no manner adverbs of the relative's verb
    assert got("The Lund family, who rally every year, met on Monday.") == []


def test_a_participle_aside_between_the_subjects_commas(got: Callable) -> None:
    assert got("Ann Lund, noting the size of the debt, said the plan was dead.") == [
        ("noting", "Ann Lund", "the size of the debt"),
        ("said", "Ann Lund", "the plan was dead"),
    ]
    assert got("The mayor, recalling the last strike, rejected the bid.") == [
        ("recalling", "The mayor", "the last strike")
    ]
    # no finite verb after the aside's comma: no subject before it
    assert got("Yesterday, citing the cost, the board rejected the bid.") == []
    # "X, citing Y, reported Z": the sources cited speak (an earlier rule), not X
    assert ("citing", "anonymous sources") in [
        (c, s) for c, s, _ in got("The agency, citing anonymous sources, reported the mine shut.")
    ]


def test_a_title_case_headline_reads_its_cue_words(got: Callable) -> None:
    assert got("Port Chief Says Pier Will Reopen in May") == [
        ("Says", "Port Chief", "Pier Will Reopen in May")
    ]
    assert got("Council Denies Funding Shortfall.") == [("Denies", "Council", "Funding Shortfall")]
    assert got("Lund Calls For Review of Ferry Levy.") == [
        ("Calls For", "Lund", "Review of Ferry Levy")
    ]
    # a name quoted in a title-case headline keeps its quotation's capital
    rows = got("Ann Lund: 'Of Course' The Levy Is Fair.")
    assert [(c, s) for c, s, _ in rows] == [(":", "Ann Lund")]
    # a sentence of prose with names is no headline
    assert got("The comedian Bob Hope met Ann Tell at the port in Oslo.") == []
    assert got("The council met Lund and Chan, who says little.") == []


def test_an_inverted_report_that_opens_its_sentence(got: Callable) -> None:
    assert got('The museum reopened. Said Ann Lund, who grew up nearby, "We were proud."') == [
        ("Said", "Ann Lund", '"We were proud."')
    ]
    assert got("Added the port chief: the pier will reopen in May.") == [
        ("Added", "the port chief", "the pier will reopen in May")
    ]
    assert got('Wrote Lund in her memoir, "The port was my life."') == [
        ("Wrote", "Lund", '"The port was my life."')
    ]
    # a participle opening the sentence is no inverted report
    assert got("Said to be the oldest pier in Oslo, the quay was closed.") == []


def test_a_negated_report_in_a_relative_clause_is_no_report(got: Callable) -> None:
    assert got("Mrs. Lund, who did not say that the levy was unfair, left.") == []
    assert got("Mrs. Lund, who did not explicitly say that the levy was unfair, left.") == []
    # not negated: the report stands
    assert got("Mrs. Lund, who explicitly said that the levy was unfair, left.") == [
        ("said", "who", "the levy was unfair")
    ]


def test_a_negated_belief_in_a_relative_clause_is_held_against_its_content(
    stance_of: Callable,
) -> None:
    assert stance_of("Lund, who does not believe the levy is fair, left.", "believe") == "deny"
    assert stance_of("Lund, who never wanted the levy, left.", "wanted") == "deny"
    assert stance_of("Lund, who does not know whether it is fair, left.", "know") == "hedge"
    assert stance_of("Lund, who believes the levy is fair, left.", "believes") == "assert"


def test_an_adverb_before_a_headlines_verb_is_no_part_of_the_speaker(got: Callable) -> None:
    assert got("Lund Now Says Pier Will Reopen.") == [("Says", "Lund", "Pier Will Reopen")]
    assert got("Port Board Finally Endorses Ferry Levy Plan.") == [
        ("Endorses", "Port Board", "Ferry Levy Plan")
    ]
    # "Never" is the report's negation: no report
    assert got("Lund Says She Never Pledged To Cut The Levy.") == [
        ("Says", "Lund", "She Never Pledged To Cut The Levy")
    ]
    # a name in -ly before the verb stays the speaker's ("Italy", "Rally")
    assert got("The Italy Rally Says Goodbye To Lund.") == [
        ("Says", "The Italy Rally", "Goodbye To Lund")
    ]
