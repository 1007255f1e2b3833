"""Issue 18, round forty: a list of predicates whose first verb is no report.

"Okafor visited the pier, denounced the board's record and said fees would rise": since
round thirty-eight the listed verb of saying took no inverted speaker (its own object); now
it takes the subject of the list's first verb, when every member before it opens with a
past-tense verb (``attributions.listed._first_verb_subject``). And the lead's decision of
round thirty-eight: a verb of saying in a restrictive "who" clause after a common noun gives
a row with the noun phrase as its speaker (``attributions.restrictive``), guarded.

Every sentence here was written for these tests; none is taken from a corpus. The first and
third tests fail on main (0.22.3); the second and the last guard what main already does.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_listed_report_after_an_act_takes_the_lists_subject(got: Callable) -> None:
    assert got(
        "Okafor visited the pier on Monday, denounced the board's record and said fees would rise."
    ) == [
        ("denounced", "Okafor", "the board's record"),
        ("said", "Okafor", "fees would rise"),
    ]
    assert got(
        "The harbour board repeatedly delayed the audit, admitted it lost the ledgers and "
        "promised a review."
    )[0] == ("admitted", "The harbour board", "it lost the ledgers")


def test_a_comma_that_is_no_lists_gives_no_subject(got: Callable) -> None:
    # a clause before the comma opens with a subject of its own, not a verb: no list
    rows = got(
        "When the ferry sank, the crew stayed on deck, blamed the pilot and waited for help."
    )
    assert all(speaker != "the ferry" for _, speaker, _ in rows)


def test_a_report_in_a_restrictive_relative_is_the_noun_phrases(got: Callable) -> None:
    # the lead's decision of round thirty-eight: a report of its own; the span is the pronoun
    # as written (the lead's later decision), the noun phrase its antecedent
    assert got("The council hired a consultant who claimed that the pier was unsafe.") == [
        ("claimed", "who", "the pier was unsafe")
    ]
    assert got("The mayor met a skipper who had accused the board of lying.") == [
        ("accused", "who", "the board of lying")
    ]


def test_a_restrictive_relative_guarded(got: Callable) -> None:
    # boilerplate the document repeats word for word is no report in the story
    note = "Reader's note: Okafor is a developer who has claimed the pier is unsafe. "
    assert not [r for r in got(note + "The vote is on Monday. " + note) if r[0] == "claimed"]
    # a bare noun in a list of predicates: the party is the sentence's subject
    assert not got("Okafor is a braggart and bully who has repeatedly pledged to close the port.")
    # a place the party stands in, and an embedded question, are no antecedents
    assert not got("Lund spoke to a clerk at the depot who promised the form would be sent.")
    assert [r[0] for r in got("The court made three clerks reveal who told them about it.")] != [
        "told"
    ]
