"""Issue 18, round forty-eight: nouns of stance with their holder ("a supporter of", "threw
its support behind", "has the backing of").

A holder named a supporter or a backer after a copula holds the stance ("Lund is a longtime
supporter of the levy"); support thrown, lent or pledged behind or to an object is the
subject's ("the union threw its support behind Dale"); "backing" held or won names its holder
after "of" as "support" does ("Lund has the backing of the unions"), unless what backs is money
or proof.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.24.2: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_supporter_after_a_copula(classed: Callable) -> None:
    assert classed("Marta Okafor is a longtime supporter of the harbour levy.") == [
        ("is a longtime supporter", "Marta Okafor", "the harbour levy", "intention", "assert"),
    ]


def test_backers_after_a_copula(got: Callable) -> None:
    assert got("Councillor Bo Lund was an early backer of Ann Dale.") == [
        ("was an early backer", "Councillor Bo Lund", "Ann Dale"),
    ]
    assert got("The dockers had been among the fiercest supporters of the toll.") == [
        ("had been among the fiercest supporters", "The dockers", "the toll"),
    ]


def test_support_thrown_behind_a_candidate(got: Callable) -> None:
    assert got("The dockers' union threw its support behind Marta Okafor.") == [
        ("threw its support", "The dockers' union", "Marta Okafor"),
    ]


def test_the_backing_of_a_party(got: Callable) -> None:
    assert got("Marta Okafor has the backing of the dockers' union.") == [
        ("has the backing", "the dockers' union", "Marta Okafor"),
    ]


def test_no_stance_without_a_party(got: Callable) -> None:
    # a preposition among the modifiers, a relative of kinship, money as what backs
    assert got("Marta Okafor is mistrusted by backers of the mayor.") == []
    assert got("Bo Lund is the son of a supporter of the mayor.") == []
    assert got("The bank had the backing of a state guarantee.") == []
    assert got("Investors said the bank is a financial backer of the pier.") == [
        ("said", "Investors", "the bank is a financial backer of the pier"),
    ]
