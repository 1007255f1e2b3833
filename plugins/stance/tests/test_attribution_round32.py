"""Issue 18, round thirty-two: the verbs of saying, counted first, both sides.

A coordinated subject after a clause's opening inside the sentence ("By the autumn, she and
two pilots wrote", "after farmers and two bakers testified") or a list of common nouns ("Yet
bakers, ferry crews, and three teachers insist"); a noun cue's own article and modifier, no
speaker ("Lund made a late call for"); a coordinated verb after a fronted clause of time ("After
the hearing ended, the clerk shrugged and told").

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_coordinated_subject_after_a_fronted_phrase(speakers: Callable) -> None:
    assert speakers(
        "By the autumn, she and two ferry pilots had written to the board that the quay was unsafe."
    ) == [("written", "she and two ferry pilots")]
    assert speakers(
        "The mill shut in June, and the owner and her son said the town would recover."
    ) == [("said", "the owner and her son")]


def test_a_coordinated_subject_after_a_subordinating_word(speakers: Callable) -> None:
    assert speakers(
        "The mill raised its prices after farmers and two bakers testified that flour was scarce."
    ) == [("testified", "farmers and two bakers")]


def test_a_list_of_common_nouns(speakers: Callable) -> None:
    assert speakers("Yet bakers, ferry crews, and three teachers insist the bridge must stay.") == [
        ("insist", "bakers, ferry crews, and three teachers")
    ]
    assert speakers(
        "On the far bank, bakers, pilots and teachers agreed that the bridge should stay."
    ) == [("agreed", "bakers, pilots and teachers")]


def test_two_clauses_are_not_one_subject(speakers: Callable) -> None:
    # a verb before "and": two clauses
    assert speakers("The flood hit the mill and engineers said the bridge was closed.") == [
        ("said", "engineers")
    ]
    # "X, and Y" with one item before the comma: two clauses, not a list
    assert speakers("The count ran late, and polling clerks said the turnout was high.") == [
        ("said", "polling clerks")
    ]
    # "as" before a complement is no opening ("described X as Y and Z claimed")
    assert speakers(
        "Okafor described the fee as a bad idea and the mayor claimed it was legal."
    ) == [
        ("described", "Okafor"),
        ("claimed", "the mayor"),
    ]


def test_a_list_after_a_verb_is_not_taken_in_part(speakers: Callable) -> None:
    # the comma is the list's own and its first item follows a preposition: no part is taken
    rows = speakers("It fell to Ann Lund, Tom Okafor and Mia Chen to announce the result.")
    assert ("announce", "Tom Okafor and Mia Chen") not in rows


def test_a_noun_cue_after_its_article_and_a_modifier(got: Callable, speakers: Callable) -> None:
    # the noun's own modifiers are no speaker: the subject of the verb that governs it is
    assert got("Lund made a late call for a recount of the ballots.") == [
        ("call for", "Lund", "a recount of the ballots")
    ]
    assert got('The ferry clerk gave a curt retort: "The timetable is final."') == [
        ("retort", "The ferry clerk", '"The timetable is final."')
    ]
    assert speakers("The board made no mention of the bridge in its annual report.") == [
        ("mention", "The board")
    ]
    # no governing verb: no speaker, as for a lone article
    assert got("Their letter amounts to a pointed rebuke of the harbour board.") == [
        ("rebuke", None, "of the harbour board")
    ]


def test_a_noun_cue_coordinated_with_an_earlier_report(got: Callable) -> None:
    assert got("Lund thanked the pilots and made no mention of the fee.") == [
        ("thanked", "Lund", "the pilots"),
        ("mention", "Lund", "of the fee"),
    ]


def test_a_doer_or_a_share_before_a_bare_verb_is_a_subject(
    got: Callable, speakers: Callable
) -> None:
    # a share of people before a plural verb
    assert speakers("A slim majority say the bridge should stay.") == [("say", "A slim majority")]
    # a doer after "had", "would", "let": the bare verb is a verb
    assert speakers("The panel had a clerk describe the ledger aloud.") == [("describe", "a clerk")]
    # "no longer" before a verb after a modal: no noun, no row made of it
    assert got("We could no longer say that the bridge was safe.") == []


def test_a_coordinated_verb_after_a_fronted_clause_of_time(
    got: Callable, speakers: Callable
) -> None:
    # the main clause's subject, not the one inside the fronted clause
    assert speakers(
        "After the hearing ended, the clerk shrugged and told reporters that the fee would stand."
    ) == [("told", "the clerk")]
    assert speakers(
        "While the ferry docked, its pilot waved to us and remarked that the tide was late."
    ) == [("remarked", "its pilot")]
    # a report inside the fronted clause keeps its own speaker and ends at the comma
    assert got(
        "On Monday, after the pilots had asked whether the fee would rise, the mayor paused "
        'and said, "Not this year."'
    ) == [
        ("asked", "the pilots", "whether the fee would rise"),
        ("said", "the mayor", '"Not this year."'),
    ]


def test_a_coordinated_verb_after_its_own_report_keeps_that_speaker(speakers: Callable) -> None:
    # no fronted clause: the earlier report's speaker, as since round seventeen
    assert speakers("Lund thanked the pilots and said the quay would reopen.") == [
        ("thanked", "Lund"),
        ("said", "Lund"),
    ]
    # the fronted clause's own report, then the main clause's
    assert speakers(
        "After Lund had announced the fee, the pilots met and agreed that it was too high."
    ) == [("announced", "Lund"), ("agreed", "the pilots")]


def test_a_phrase_of_time_or_topic_opening_the_sentence_is_no_speaker(speakers: Callable) -> None:
    assert speakers("On Sunday, Lund and Chan urged the board to drop the fee.") == [
        ("urged", "Lund and Chan")
    ]
    assert speakers("As for the fee, the clerk said it would stay.") == [("said", "the clerk")]
    assert speakers("In separate calls, two pilots said the channel was silted.") == [
        ("said", "two pilots")
    ]
    # a name and its appositive after the phrase stay whole
    assert speakers("At the mill, Okafor, the owner, said the wheel was broken.") == [
        ("said", "Okafor, the owner")
    ]
