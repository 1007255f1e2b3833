"""Issue 18, round thirty: the classes beside speech, shapes counted before any rule.

A hope or an expectation whose clause has its subject gapped by a relative ("a ferry that the
town hopes will lure visitors"); a judgement held with "deem" ("the panel deemed the ballots
invalid"), never its reduced passive.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from newslens_stance.attributions import find_attributions


def test_a_hope_whose_clause_subject_a_relative_gaps(got: Callable, classed: Callable) -> None:
    assert classed("The quay is a project that the town council hopes will lure visitors.") == [
        ("hopes", "the town council", "that … will lure visitors", "intention", "assert")
    ]
    assert classed("Okafor backed the new ferry, which she hoped would ease the queues.") == [
        ("backed", "Okafor", "the new ferry", "intention", "assert"),
        ("hoped", "she", "which … would ease the queues", "intention", "assert"),
    ]
    assert classed("The board chose a site which the mayor expects will draw patients.") == [
        ("expects", "the mayor", "which … will draw patients", "belief", "assert")
    ]
    # a relative whose own verb follows, and a hope with an object, stay as they were
    assert got("The quay is a project that the town council hopes to finish.") == [
        ("hopes", "the town council", "to finish")
    ]
    assert got("The clinic that the mayor opened will draw patients.") == []
    assert got("It was a result that few had hoped for.") == []


def test_a_judgement_held_with_deem(got: Callable, classed: Callable) -> None:
    assert classed("The tribunal deemed the second ballot invalid.") == [
        ("deemed", "The tribunal", "the second ballot invalid", "belief", "assert")
    ]
    assert got("The inspectors have deemed about 3,400 of the crates unsafe.") == [
        ("deemed", "The inspectors", "about 3,400 of the crates unsafe")
    ]
    # the judgement ends at its comma or at a clause of reason; a clause after "that" runs on
    assert got("The guild deemed her 'a fine pilot,' which is its top mark.") == [
        ("deemed", "The guild", "her 'a fine pilot,'")
    ]
    assert got("The auditors deemed the figures sound because the ledgers matched.") == [
        ("deemed", "The auditors", "the figures sound")
    ]
    assert got(
        "The envoys deemed that the pact on the strait, where ships collide, breaks the law."
    ) == [("deemed", "The envoys", "the pact on the strait, where ships collide, breaks the law")]


def test_deem_without_its_object_is_no_row(got: Callable) -> None:
    # a reduced passive, a conditional, an object gapped before the verb
    assert got("The ministry released 40 files now deemed secret.") == []
    assert got("Crews will close the road if deemed necessary.") == []
    assert got("They passed over a rival, Ed Hale, he deemed unfit to lead.") == []


def test_a_judgement_held_at_large_with_was_deemed(classed: Callable) -> None:
    # the passive with no agent: the subject and the judgement, no holder, a hedge
    assert classed("Dozens of the ballots were deemed invalid.") == [
        ("deemed", None, "Dozens of the ballots … invalid", "belief", "hedge")
    ]
    assert classed("The old pier was deemed a hazard to boats.") == [
        ("deemed", None, "The old pier … a hazard to boats", "belief", "hedge")
    ]
    # no complement after it (a time, an agent first), a negated subject: no row
    assert classed("The pier was deemed on Monday.") == []
    assert classed("No records were deemed relevant.") == []


def test_an_expectation_coordinated_with_a_first_clause(classed: Callable) -> None:
    assert classed("Okafor is moving to Bergen but is expected to keep her seat on the board.") == [
        ("is expected", None, "Okafor … to keep her seat on the board", "belief", "hedge")
    ]
    assert classed("The new pier opened in May and is widely expected to draw crowds.") == [
        ("is widely expected", None, "The new pier … to draw crowds", "belief", "hedge")
    ]
    # "it" holds no expectation: the content is the infinitive alone, as before
    assert classed("The ferries were late, and it is expected to rain.") == [
        ("is expected", None, "to rain", "belief", "hedge")
    ]


def test_an_intention_to_be_something_is_wanted_whole(got: Callable) -> None:
    assert got("Okafor wants to be a judge in the high court.") == [
        ("wants", "Okafor", "to be a judge in the high court")
    ]
    assert got("The guild plans to be back in Bergen on Friday.") == [
        ("plans", "The guild", "to be back in Bergen on Friday")
    ]
    # it still ends at a clause of reason or a new clause
    assert got("We never wanted to be rude because at the time they were kind.") == [
        ("wanted", "We", "to be rude")
    ]
    assert got("The board aims to be the hub for ferry news, and will run as a charity.") == [
        ("aims", "The board", "to be the hub for ferry news")
    ]
    # a passive "to be" ends at its phrase, and a report's "to be" is cut as before
    assert got("The pilot declined to be identified in case she lost her post.") == [
        ("declined", "The pilot", "to be identified")
    ]
    assert got("Lund claimed to be the heir of the estate in court.") == [
        ("claimed", "Lund", "to be the heir of the estate")
    ]


def test_a_side_taken_for_one_party_is_that_party(got: Callable) -> None:
    assert got("Okafor opposed it as she ran for the seat.") == [("opposed", "Okafor", "it")]
    assert got("Chan supports Okafor but is not on her staff.") == [("supports", "Chan", "Okafor")]
    assert got("The guild backed Lund, the former mayor.") == [("backed", "The guild", "Lund")]
    assert got("Most voters backed Mr. Lund in the county.") == [
        ("backed", "Most voters", "Mr. Lund")
    ]
    # a possessive's noun, a second party, a comparison, an office: the object runs on
    assert got("Voters backed her campaign in May.") == [
        ("backed", "Voters", "her campaign in May")
    ]
    assert got("Most voters favored Lund for mayor.") == [
        ("favored", "Most voters", "Lund for mayor")
    ]
    assert got("The crews supported Okafor over Lund.") == [
        ("supported", "The crews", "Okafor over Lund")
    ]
    assert got("The union backs Okafor and Chan Wei of the guild.") == [
        ("backs", "The union", "Okafor and Chan Wei of the guild")
    ]


# --------------------------------------------------------------------------- speed, output


_PIECES = (
    "The mayor",
    "and",
    "the harbour master",
    "But",
    "Officials",
    "in the port",
    "of the guild",
    "Lund",
    "Chan",
    "from Bergen",
    "said the pier is safe",
    "began calling for a vote",
    "and",
    "with",
    "the ferry crews",
    "near the quay",
    "told reporters the fee is fair",
    ",",
)


def test_the_subject_patterns_are_read_only_over_few_words(monkeypatch) -> None:
    """A run-on's start is not matched again at each speaker: the rows are those of a
    refinement that matches every stretch, on random texts of invented pieces."""
    from newslens_stance.attributions import speakers

    rng = random.Random(30)
    texts = []
    for _ in range(300):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(3, 40))]
        texts.append(" ".join(words).replace(" ,", ",") + ".")
    fast = [find_attributions(t) for t in texts]
    monkeypatch.setattr(speakers, "_few_words", lambda text, lo, hi, n: True)
    assert [find_attributions(t) for t in texts] == fast


def test_a_run_on_of_reports_joined_by_and_gives_a_row_per_report() -> None:
    unit = "Lund began calling for a vote and "
    rows = find_attributions(unit * 400)
    assert len(rows) == 400
    assert {r["speaker"] for r in rows} == {"Lund"}
