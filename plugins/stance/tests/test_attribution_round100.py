"""Issue 18, round one hundred: credit taken for a deed is a claim ("The mayor took credit for
the new bridge"), read as "take issue with" is: the verb the cue, the object after "for" the
content, speech its class.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.25.61: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_credit_taken_for_a_deed(got: Callable) -> None:
    assert got("The mayor took credit for the new bridge.") == [
        ("took", "The mayor", "the new bridge")
    ]
    assert got("The governor has taken credit for the jobs report.") == [
        ("taken", "The governor", "the jobs report")
    ]
    assert got("Lund keeps taking credit for the harbour deal.") == [
        ("taking", "Lund", "the harbour deal")
    ]


def test_its_lemma_and_class() -> None:
    (row,) = find_attributions("The council takes credit for the lower rates.")
    assert (row["cue_lemma"], row["cue_class"]) == ("take credit for", "speech")


def test_credit_as_a_thing_is_no_report(got: Callable) -> None:
    assert got("The bank took credit losses for the year.") == []
    assert got("The firm took a tax credit for the new plant.") == []
    assert got("Students take credit courses for a degree.") == []
