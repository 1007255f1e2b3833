"""Issue 18, round thirty-eight: scanned cues whose speaker no rule found.

A verb of saying in a list of predicates that share one subject ("Okafor called the plan
reckless, denounced the board's record and said ..."; ``attributions.listed``), and an
infinitive split by a manner adverb ("went on to sharply criticise").

Every sentence here was written for these tests; none is taken from a corpus. Each test fails
on main before this round (0.22.0, and 0.22.1 with round thirty-seven).
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_listed_verb_takes_the_subject_of_the_report_before_it(got: Callable) -> None:
    assert got(
        "Okafor called the plan reckless, denounced the board's record and said fees would rise."
    ) == [
        ("called", "Okafor", "the plan reckless"),
        ("denounced", "Okafor", "the board's record"),
        ("said", "Okafor", "fees would rise"),
    ]
    assert got(
        "The mayor condemned the flood as a failure, reiterated her anger over the budget and "
        "called for a review."
    ) == [
        ("condemned", "The mayor", "the flood as a failure"),
        ("reiterated", "The mayor", "her anger over the budget"),
        ("called for", "The mayor", "a review"),
    ]


def test_a_listed_verb_after_an_act_takes_no_inverted_speaker(got: Callable) -> None:
    # the first verb is no report: "denounced" never takes its own object and the rest of
    # the list as its speaker; since round forty it takes the subject of the list's first
    # verb (test_attribution_round40)
    rows = got("Okafor visited the pier, denounced the board's record and said fees would rise.")
    assert ("said", "Okafor", "fees would rise") in rows
    assert all(speaker == "Okafor" for _, speaker, _ in rows)


def test_an_infinitive_split_by_a_manner_adverb(got: Callable) -> None:
    assert got("Lund went on to sharply criticise the board.") == [
        ("criticise", "Lund", "the board")
    ]
    assert got("Lund praised the crews and went on to openly mock the board for its fees.") == [
        ("praised", "Lund", "the crews"),
        ("mock", "Lund", "the board for its fees"),
    ]
