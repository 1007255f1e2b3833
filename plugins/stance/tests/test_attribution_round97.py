"""Issue 18, round ninety-seven: a side taken in a restrictive reduced passive ("a levy opposed
by the harbour unions", "rebels backed by Freedonia"), and "back" with one party as its object
("backs Reed", "backed him").

Round forty-seven read the reduced passive of a side verb only after a comma and only for
"opposed"; a participle right after its noun, with "by" and a party after it, takes a side just
as the full passive does. "backed" and "backs" were refused with a one-word object (a name or a
pronoun) that "supports", "opposes" and "favors" already took.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.25.58: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_restrictive_reduced_passive_of_a_side_verb(classed: Callable) -> None:
    assert classed("A harbour levy strongly opposed by the unions failed on Monday.") == [
        ("opposed", "the unions", "A harbour levy", "intention", "deny"),
    ]
    assert classed("He rejected a pact favoured by the main parties.") == [
        ("favoured", "the main parties", "a pact", "intention", "assert"),
    ]


def test_a_party_named_as_the_agent(got: Callable) -> None:
    assert got("The fighters backed by the C.I.A. lost ground in the north.") == [
        ("backed", "the C.I.A.", "The fighters"),
    ]
    assert got("Candidates backed by big harbour PACs did well.") == [
        ("backed", "big harbour PACs", "Candidates"),
    ]
    assert got("The plan backed by Mayor Lund's allies passed.") == [
        ("backed", "Mayor Lund's allies", "The plan"),
    ]


def test_back_with_one_party_as_its_object(got: Callable) -> None:
    assert got("Most growers backed Reed.") == [("backed", "Most growers", "Reed")]
    assert got("She backs Reed.") == [("backs", "She", "Reed")]
    assert got("Women backed him by 20 points.") == [("backed", "Women", "him")]


def test_no_side_in_money_arms_proof_or_a_clause(got: Callable) -> None:
    # money, proof or no party after "by"; a comma's "backed by" (round forty-seven); an
    # auxiliary or a pronoun before the participle; a particle after the pronoun
    assert got("The loan backed by the Treasury was repaid.") == []
    assert got("Harbour crews supported by Freedonian airstrikes held the quay.") == []
    assert got("Rebel crews backed by Freedonia warplanes held the quay.") == []
    assert got("The claim supported by the Harbour Board was false.") == []
    assert got("The bill is supported by fresh funds.") == []
    assert got("The loan, backed by a state guarantee, was repaid.") == []
    assert got("Voters opposed by a wide margin.") == []
    assert got("He backed by Monday.") == []
    assert got("He backed it up with figures.") == []
    assert got("The ferry line backed down on Monday.") == []
