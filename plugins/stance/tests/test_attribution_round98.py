"""Issue 18, round ninety-eight: a list subject cut to its last conjuncts ("Skippers, pilots
and dock owners say" read as "pilots and dock owners").

The speaker scan stops at a list's comma; round eighty-one's chunker widens a speaker that
opens right after "and", but not one that opens right after a comma and holds the list's
"and" itself, and its comma step skipped the word before the comma, so a list's one-word
first item ("Skippers,", "Berg,") was lost, and a title's period ("Mrs. Lund") ended a chunk.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
widened speakers fail on main (0.25.59: the last conjuncts only); the guards pass on main and
here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_list_subject_with_a_one_word_first_item(got: Callable) -> None:
    assert got("Skippers, pilots and dock owners in the north say the levy is unfair.") == [
        ("say", "Skippers, pilots and dock owners in the north", "the levy is unfair"),
    ]
    assert got("He said that skippers, pilots and dock owners in the north oppose the levy.")[
        -1
    ] == ("oppose", "skippers, pilots and dock owners in the north", "the levy")


def test_a_list_subject_with_titled_names(got: Callable) -> None:
    assert got(
        "Ms. Berg, Mrs. Lund and other prominent skippers in both ports said their fleets "
        "were run by women."
    ) == [
        (
            "said",
            "Ms. Berg, Mrs. Lund and other prominent skippers in both ports",
            "their fleets were run by women",
        ),
    ]


def test_an_opening_adverbial_or_an_object_stays_outside(got: Callable) -> None:
    assert got("Meanwhile, owners and officials said the quay would close.") == [
        ("said", "owners and officials", "the quay would close"),
    ]
    assert got(
        "Most recently, the Science and Harbour Board of the Port of Oslo concluded that the "
        "quay was unsafe."
    )[0][:2] == ("concluded", "the Science and Harbour Board of the Port of Oslo")
    assert got("Today, owners and officials said the quay would close.") == [
        ("said", "owners and officials", "the quay would close"),
    ]
    assert got("On Sunday, owners and officials said the quay would close.") == [
        ("said", "owners and officials", "the quay would close"),
    ]
    assert got("The fleet hired Berg, Lund and Holm said the levy was unfair.") == [
        ("said", "Lund and Holm", "the levy was unfair"),
    ]


def test_an_opening_phrase_with_among_stays_outside(got: Callable) -> None:
    # "among" is no word of a noun chunk: the opening phrase is no list item
    assert got(
        "Despite the levy's reach, particularly among young working-class skippers, longtime "
        "dock officials and harbour pilots point out that the quay is old."
    ) == [("point out", "longtime dock officials and harbour pilots", "the quay is old")]


def test_a_list_after_a_dated_opening(got: Callable) -> None:
    # the year ends the opening date; the list after it is the subject
    assert got(
        "On 3 May, 2015, the Courier, the Harbour Post and a local radio station reported a "
        "rumour of a strike."
    ) == [
        (
            "reported",
            "the Courier, the Harbour Post and a local radio station",
            "a rumour of a strike",
        )
    ]


def test_an_appositive_or_a_firm_name_is_no_list(got: Callable) -> None:
    assert got(
        "In his new book, Harbour Tales, Ann Berg, a skipper and harbour historian, suggests "
        "the quay was built in 1900."
    ) == [("suggests", "Ann Berg, a skipper and harbour historian", "the quay was built in 1900")]
    assert got("Growth will stay slow but steady, S and P said.")[-1][:2] == ("said", "S and P")
    assert got("The shipping, storage and harbour services group said it hired two banks.") == [
        ("said", "The shipping, storage and harbour services group", "it hired two banks")
    ]
