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

from newslens_stance.attributions import find_attributions


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(r["cue"], r["speaker"]) for r in find_attributions(text) if not r["nested"]]


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r["cue"], r["speaker"], r["content"]) for r in find_attributions(text) if not r["nested"]
    ]


def test_a_coordinated_subject_after_a_fronted_phrase() -> None:
    assert _speakers(
        "By the autumn, she and two ferry pilots had written to the board that the quay was unsafe."
    ) == [("written", "she and two ferry pilots")]
    assert _speakers(
        "The mill shut in June, and the owner and her son said the town would recover."
    ) == [("said", "the owner and her son")]


def test_a_coordinated_subject_after_a_subordinating_word() -> None:
    assert _speakers(
        "The mill raised its prices after farmers and two bakers testified that flour was scarce."
    ) == [("testified", "farmers and two bakers")]


def test_a_list_of_common_nouns() -> None:
    assert _speakers(
        "Yet bakers, ferry crews, and three teachers insist the bridge must stay."
    ) == [("insist", "bakers, ferry crews, and three teachers")]
    assert _speakers(
        "On the far bank, bakers, pilots and teachers agreed that the bridge should stay."
    ) == [("agreed", "bakers, pilots and teachers")]


def test_two_clauses_are_not_one_subject() -> None:
    # a verb before "and": two clauses
    assert _speakers("The flood hit the mill and engineers said the bridge was closed.") == [
        ("said", "engineers")
    ]
    # "X, and Y" with one item before the comma: two clauses, not a list
    assert _speakers("The count ran late, and polling clerks said the turnout was high.") == [
        ("said", "polling clerks")
    ]
    # "as" before a complement is no opening ("described X as Y and Z claimed")
    assert _speakers(
        "Okafor described the fee as a bad idea and the mayor claimed it was legal."
    ) == [
        ("described", "Okafor"),
        ("claimed", "the mayor"),
    ]


def test_a_list_after_a_verb_is_not_taken_in_part() -> None:
    # the comma is the list's own and its first item follows a preposition: no part is taken
    rows = _speakers("It fell to Ann Lund, Tom Okafor and Mia Chen to announce the result.")
    assert ("announce", "Tom Okafor and Mia Chen") not in rows


def test_a_noun_cue_after_its_article_and_a_modifier() -> None:
    # the noun's own modifiers are no speaker: the subject of the verb that governs it is
    assert _rows("Lund made a late call for a recount of the ballots.") == [
        ("call for", "Lund", "a recount of the ballots")
    ]
    assert _rows('The ferry clerk gave a curt retort: "The timetable is final."') == [
        ("retort", "The ferry clerk", '"The timetable is final."')
    ]
    assert _speakers("The board made no mention of the bridge in its annual report.") == [
        ("mention", "The board")
    ]
    # no governing verb: no speaker, as for a lone article
    assert _rows("Their letter amounts to a pointed rebuke of the harbour board.") == [
        ("rebuke", None, "of the harbour board")
    ]


def test_a_noun_cue_coordinated_with_an_earlier_report() -> None:
    assert _rows("Lund thanked the pilots and made no mention of the fee.") == [
        ("thanked", "Lund", "the pilots"),
        ("mention", "Lund", "of the fee"),
    ]


def test_a_doer_or_a_share_before_a_bare_verb_is_a_subject() -> None:
    # a share of people before a plural verb
    assert _speakers("A slim majority say the bridge should stay.") == [("say", "A slim majority")]
    # a doer after "had", "would", "let": the bare verb is a verb
    assert _speakers("The panel had a clerk describe the ledger aloud.") == [
        ("describe", "a clerk")
    ]
    # "no longer" before a verb after a modal: no noun, no row made of it
    assert _rows("We could no longer say that the bridge was safe.") == []


def test_a_coordinated_verb_after_a_fronted_clause_of_time() -> None:
    # the main clause's subject, not the one inside the fronted clause
    assert _speakers(
        "After the hearing ended, the clerk shrugged and told reporters that the fee would stand."
    ) == [("told", "the clerk")]
    assert _speakers(
        "While the ferry docked, its pilot waved to us and remarked that the tide was late."
    ) == [("remarked", "its pilot")]
    # a report inside the fronted clause keeps its own speaker and ends at the comma
    assert _rows(
        "On Monday, after the pilots had asked whether the fee would rise, the mayor paused "
        'and said, "Not this year."'
    ) == [
        ("asked", "the pilots", "whether the fee would rise"),
        ("said", "the mayor", '"Not this year."'),
    ]


def test_a_coordinated_verb_after_its_own_report_keeps_that_speaker() -> None:
    # no fronted clause: the earlier report's speaker, as since round seventeen
    assert _speakers("Lund thanked the pilots and said the quay would reopen.") == [
        ("thanked", "Lund"),
        ("said", "Lund"),
    ]
    # the fronted clause's own report, then the main clause's
    assert _speakers(
        "After Lund had announced the fee, the pilots met and agreed that it was too high."
    ) == [("announced", "Lund"), ("agreed", "the pilots")]


def test_a_phrase_of_time_or_topic_opening_the_sentence_is_no_speaker() -> None:
    assert _speakers("On Sunday, Lund and Chan urged the board to drop the fee.") == [
        ("urged", "Lund and Chan")
    ]
    assert _speakers("As for the fee, the clerk said it would stay.") == [("said", "the clerk")]
    assert _speakers("In separate calls, two pilots said the channel was silted.") == [
        ("said", "two pilots")
    ]
    # a name and its appositive after the phrase stay whole
    assert _speakers("At the mill, Okafor, the owner, said the wheel was broken.") == [
        ("said", "Okafor, the owner")
    ]
