"""Issue 18, round forty-three: a name given with "call" through a relative "that" or "who".

From the tally of PolNeAR train's gold speech cues whose word we scan but give no row: "call"
leads (113 items), and one general shape among them is the object relative with "that", "who"
or "whom" ("a country that the former envoy called "our top rival"", "Okafor, who Lund called
"a menace""), which rounds ten and twenty-one read only with "what" and "which". "that" before
a subject is as often a complementizer ("reported that the minister called a meeting"), so the
relative is read only when what follows the verb is a name: a quotation, "a" and a noun, an
adjective (``verbs._name_relative``). A quoted name keeps its commas and ends with its
quotation (``verbs._quoted_name_end``). And an "and" before a capitalised word joins two objects
before a quoted name ('called both Lund and Okafor "cowards"', ``verbs._CALLED_QUOTED``).

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new rows fail on main (0.23.1: no row, or a quoted name cut at its first comma); the guards
pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_name_given_through_that_is_a_report(got: Callable) -> None:
    assert got('It is a country that the former envoy, Ann Lund, called "our top rival."') == [
        ("called", "the former envoy, Ann Lund", '"our top rival."')
    ]


def test_a_name_given_through_who_is_a_report(got: Callable) -> None:
    assert got('Much of the anger was aimed at Okafor, who Lund on Friday called "a menace."') == [
        ("called", "Lund", '"a menace."')
    ]


def test_a_quoted_name_keeps_its_commas(got: Callable) -> None:
    text = 'Most of it fell on the mayor, who Lund called "a cold, reckless man."'
    assert got(text) == [("called", "Lund", '"a cold, reckless man."')]
    text = 'The ferry levy is what the skippers called "a slow, quiet tax," and it passed.'
    assert got(text) == [("called", "the skippers", '"a slow, quiet tax,"')]


def test_that_as_a_complementizer_gives_no_name(got: Callable) -> None:
    assert got("The paper reported that the minister called a meeting for Monday.") == [
        ("reported", "The paper", "the minister called a meeting for Monday")
    ]
    rows = got("Aides said that Lund called up the harbour master at noon.")
    assert [r[0] for r in rows] == ["said"]
    assert got("Friends of Okafor, whom everyone called Jim, gathered at the pier.") == []


def test_two_named_objects_before_a_quoted_name(got: Callable) -> None:
    assert got('Graham called both Lund and Okafor "cowards" on Tuesday.') == [
        ("called", "Graham", 'both Lund and Okafor "cowards" on Tuesday')
    ]
    assert [r[0] for r in got('The skipper called the coastguard and said "we are sinking."')] == [
        "said"
    ]
