"""'X, according to which Y': the antecedent is the source, the relative clause its content.

Found by the lead on the bundled sample (a treaty "according to which" a sea border runs,
read with "which a section ..." as the speaker). Sentences invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable


def test_the_antecedent_of_which_is_the_source(got: Callable) -> None:
    assert got(
        "On Friday, the two states signed a maritime accord, according to which a strip of sea "
        "between the islands would belong to the north."
    ) == [
        ("according to", "a maritime accord", "a strip of sea between the islands would "
         "belong to the north")
    ]  # fmt: skip


def test_the_relative_clause_ends_at_its_comma(got: Callable) -> None:
    assert got("The survey, according to which sales fell, came out late.") == [
        ("according to", "The survey", "sales fell")
    ]


def test_a_plain_according_to_is_unchanged(got: Callable) -> None:
    assert got("According to the ministry, the port will reopen.") == [
        ("According to", "the ministry", "the port will reopen")
    ]
