"""Issue 18, round forty-seven: intention cues we scanned but refused ("supported by",
"opposed by", "backing former mayor X").

A stance in the passive names its holder after "by" ("the levy was opposed by the unions"),
who may be a share of a party, as a poll reports it ("was backed by 40% of anglers"); a
reduced passive after a comma names it too ("the ferry bill, opposed by the unions, ..."). A
stance participle takes a party in lower case as its object ("a group backing former mayor
Dale"), as "supporting" already did.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.24.1: no row, or a report around the passive read as nested in it);
the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_stance_in_the_passive_with_its_agent(classed: Callable) -> None:
    assert classed("The harbour levy was opposed by the Fishermen's Union.") == [
        ("opposed", "the Fishermen's Union", "The harbour levy", "intention", "deny"),
    ]


def test_a_share_of_voters_as_the_agent(got: Callable) -> None:
    assert got("In Elmton, Ann Dale was supported by overwhelming majorities of both parties.") == [
        ("supported", "overwhelming majorities of both parties", "Ann Dale"),
    ]
    assert got("Dale is backed by 34% of harbour voters.") == [
        ("backed", "34% of harbour voters", "Dale"),
    ]


def test_a_report_around_a_stance_passive_keeps_it_inside(got: Callable) -> None:
    assert got("According to Lee, the rebels are backed by Freedonia.") == [
        ("According to", "Lee", "the rebels are backed by Freedonia"),
    ]


def test_a_reduced_passive_of_opposition_after_a_comma(got: Callable) -> None:
    assert got("The ferry bill, opposed by the harbour unions, never became law.") == [
        ("opposed", "the harbour unions", "The ferry bill"),
    ]


def test_backing_a_party_in_lower_case(got: Callable) -> None:
    assert got("Donors gave $4 million to a group backing former mayor Ann Dale.") == [
        ("backing", "a group", "former mayor Ann Dale"),
    ]


def test_no_stance_without_a_party(got: Callable) -> None:
    # backing with money or arms after a comma, a relative's passive, a lower-case agent
    assert got("The loan, backed by a state guarantee, was repaid.") == []
    assert got("The new pier, which is backed by the board, opens in May.") == []
    assert got("The bill is supported by fresh funds.") == []
    assert got("The ferry line backed down on Monday.") == []
