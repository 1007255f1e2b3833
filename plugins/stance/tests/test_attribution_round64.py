"""Issue 18, round sixty-four: a record named after its finding with a longer phrase, and the
bare "point to".

Round four read a short record after the clause it reports (", a new poll shows."). With a
preposition, a coordination or a participle in the record's phrase (", a study by the Council
of Harbour Schools found.", ", ledgers and shipping records show.", ", records compiled by the
Port Institute show."), the phrase scan stopped at its last noun and the noun test read "show."
as a plural noun: no row. The record's whole phrase after the comma is now the speaker (class
evidence), the clause before the comma the content.

"Activists point to three factors": the bare "point to" is a verb of evidence after a plural
subject, a pronoun, a modal or an adverb (its object the content); main read it as "point out",
which reports a clause only. After a determiner, a number or a singular noun it is the noun
("at one point to", "a quarter point to 7 pct").

Every sentence here was written for these tests; none is taken from a corpus. The tests of
the records and of "point to" fail on main (0.25.16: no row); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_record_with_a_prepositional_phrase_after_its_finding(classed: Callable) -> None:
    text = (
        "Fewer than half of the pupils finish school on time, a study by the Council of "
        "Harbour Schools found."
    )
    assert classed(text) == [
        (
            "found",
            "a study by the Council of Harbour Schools",
            "Fewer than half of the pupils finish school on time",
            "evidence",
            "assert",
        )
    ]


def test_coordinated_records_after_their_finding(got: Callable) -> None:
    text = (
        "Most of the money came from donors who cannot be traced, ledgers and shipping "
        "records show."
    )
    assert got(text) == [
        (
            "show",
            "ledgers and shipping records",
            "Most of the money came from donors who cannot be traced",
        )
    ]


def test_a_record_with_a_participle_after_its_finding(got: Callable) -> None:
    text = (
        "Most of the pier money came from three families, harbour board records compiled by "
        "the Port Institute show."
    )
    assert got(text) == [
        (
            "show",
            "harbour board records compiled by the Port Institute",
            "Most of the pier money came from three families",
        )
    ]


def test_a_short_record_and_a_person_keep_their_rows(got: Callable) -> None:
    assert got("Ferry use rose by a fifth, a new poll shows.") == [
        ("shows", "a new poll", "Ferry use rose by a fifth")
    ]
    assert got("The pier will close in May, the harbour master said.") == [
        ("said", "the harbour master", "The pier will close in May")
    ]


def test_a_plural_noun_closing_a_sentence_is_no_finding(got: Callable) -> None:
    assert got("After the storm, the band played three late shows.") == []


# The bare "point to" (round sixty-four): a verb of evidence after a plural subject, a pronoun,
# a modal or an adverb, its object the content; it fell to "point out" (a clause only) on main.


def test_the_bare_point_to_after_a_plural_subject(classed: Callable) -> None:
    assert classed("Harbour activists point to a number of factors behind the strike.") == [
        (
            "point to",
            "Harbour activists",
            "a number of factors behind the strike",
            "evidence",
            "assert",
        )
    ]


def test_the_bare_point_to_after_a_modal(got: Callable) -> None:
    rows = got("At first, the skippers would point to his long record on the board.")
    assert ("point to", "the skippers", "his long record on the board") in rows


def test_the_noun_point_before_to_is_no_cue(got: Callable) -> None:
    assert got("At one point to the crowd's delight, the mayor sang a shanty.") == []
    assert got("What was the pivot point to make him change his mind?") == []
    assert got("The rate rose a quarter point to 7 pct on Friday.") == []
