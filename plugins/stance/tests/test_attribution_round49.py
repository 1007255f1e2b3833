"""Issue 18, round forty-nine: nouns of speech with their holder.

A noun of saying names who made it in shapes round nine's "N that" pass does not read: a
possessor with a time or an occasion before "that" ("Dale's announcement on Friday that ..."),
the holder after "by" ("claims by two inspectors that ..."), a possessor behind modifiers
("Lund's recent baseless assertion that ..."), the subject of "made the claim that", and nouns
of saying round twelve left out when no holder is named ("the mayor's promise that ...").
A noun phrase that is its sentence's subject ends its clause before the main verb.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.24.3: no row, or no speaker); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_possessor_and_a_time_before_that(got: Callable) -> None:
    assert got("Voters cheered Ann Dale's announcement on Friday that she would cut the toll.") == [
        ("announcement", "Ann Dale's", "she would cut the toll"),
    ]


def test_the_holder_after_by(got: Callable) -> None:
    assert got("For weeks the port faced claims by two inspectors that the cranes failed.") == [
        ("claims", "two inspectors", "the cranes failed"),
    ]
    # round eighty-seven: a gerund after "spent weeks" is the port's report, which takes the
    # claims as its content, as "began rebutting claims by ..." and "denied claims by ..." do
    assert got(
        "The port spent weeks rebutting claims by two inspectors that the cranes failed."
    ) == [
        ("rebutting", "The port", "claims by two inspectors that the cranes failed"),
    ]


def test_a_noun_of_saying_with_a_possessor(got: Callable) -> None:
    assert got("Ann Dale's insistence that the bridge was safe was tested by the storm.") == [
        ("insistence", "Ann Dale's", "the bridge was safe"),
    ]


def test_a_possessor_behind_modifiers(got: Callable) -> None:
    assert got(
        "Bo Lund's recent baseless assertion that the board concealed the fees was false."
    ) == [
        ("assertion", "Bo Lund's", "the board concealed the fees"),
    ]


def test_the_maker_of_a_claim(got: Callable) -> None:
    assert got("Councillor Lund made the claim that the levy had doubled.") == [
        ("claim", "Councillor Lund", "the levy had doubled"),
    ]


def test_a_subject_ends_before_the_main_verb(got: Callable) -> None:
    assert got(
        "And a recent statement by a port official that the tolls would rise was read as a signal."
    ) == [
        ("statement", "a port official", "the tolls would rise"),
    ]


def test_no_row_without_a_party_or_a_clause(got: Callable) -> None:
    # a thing as the holder, a relative with its object gapped, a noun with no holder
    assert got("Engineers doubted the report's statement on Monday that the dam was sound.") == []
    assert got("Her statement that the committee approved was read aloud.") == []
    assert got("The statement in March that the pier would close surprised nobody.") == []
