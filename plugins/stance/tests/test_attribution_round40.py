"""Issue 18, round forty: a list of predicates whose first verb is no report.

"Okafor visited the pier, denounced the board's record and said fees would rise": since
round thirty-eight the listed verb of saying took no inverted speaker (its own object); now
it takes the subject of the list's first verb, when every member before it opens with a
past-tense verb (``attributions.listed._first_verb_subject``).

Every sentence here was written for these tests; none is taken from a corpus. The first test
fails on main (0.22.3); the second guards what main already does.
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
