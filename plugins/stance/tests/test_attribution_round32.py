"""Issue 18, round thirty-two: the verbs of saying, counted first, both sides.

A coordinated subject after a clause's opening inside the sentence ("By the autumn, she and
two pilots wrote", "after farmers and two bakers testified") or a list of common nouns ("Yet
bakers, ferry crews, and three teachers insist").

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(r["cue"], r["speaker"]) for r in find_attributions(text) if not r["nested"]]


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
