"""Issue 18, round thirty-one: "see" / "view" / "consider" with an object, counted first.

A view whose object opens with a title ("views Mrs. Okafor as ..."); a view held in a relative
clause ("Lund, who sees the levy as ..."); a judgement held with "consider" and a complement
("the dockers consider Okafor honest"); a spaced hyphen as a dash closing a belief's content.

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_view_whose_object_opens_with_a_title(classed: Callable) -> None:
    assert classed("Dock workers still view Mrs. Okafor as far better prepared for the post.") == [
        (
            "view",
            "Dock workers",
            "Mrs. Okafor as far better prepared for the post",
            "belief",
            "assert",
        )
    ]
    assert classed("But the growers also see Dr. Lund as a risk to the harbour.") == [
        ("see", "the growers", "Dr. Lund as a risk to the harbour", "belief", "assert")
    ]
    # a title with no "as" after it is no view
    assert classed("The growers saw Dr. Lund at the harbour on Monday.") == []


def test_a_spaced_hyphen_closes_a_view_unless_it_is_one_of_a_pair(classed: Callable) -> None:
    rows = classed(
        "Voters view Okafor as ready for the post - with 60 percent saying she is ready."
    )
    assert rows[0] == ("view", "Voters", "Okafor as ready for the post", "belief", "assert")
    assert ("saying", "60 percent", "she is ready", "speech", "assert") in rows
    # a pair of hyphens around an aside stays inside the content
    assert classed("Growers see the pier - and the old quay - as assets for the town.") == [
        (
            "see",
            "Growers",
            "the pier - and the old quay - as assets for the town",
            "belief",
            "assert",
        )
    ]


def test_a_view_held_in_a_relative_clause(classed: Callable) -> None:
    # (round eighty: after a comma too the pronoun is the holder, as for the verbs of saying)
    assert classed("Former aides, who see Okafor as the likeliest winner, have backed her.")[0] == (
        "see",
        "who",
        "Okafor as the likeliest winner",
        "belief",
        "assert",
    )
    # a restrictive relative after a common noun: the pronoun is the holder
    assert classed("The levy angered growers who viewed it as a gift to importers.") == [
        ("viewed", "who", "it as a gift to importers", "belief", "assert")
    ]
    # "which" sees nothing itself
    assert classed("The guild, which sees itself as a keeper of the trade, objected.") == []


def test_a_judgement_held_with_consider_and_a_complement(classed: Callable) -> None:
    assert classed("Only a third of the dockers consider Okafor honest.") == [
        ("consider", "a third of the dockers", "Okafor honest", "belief", "assert")
    ]
    assert classed("Mr. Berg considers Lund too cautious on the budget.") == [
        ("considers", "Mr. Berg", "Lund too cautious on the budget", "belief", "assert")
    ]
    assert classed("Berg considers her a rival.") == [
        ("considers", "Berg", "her a rival", "belief", "assert")
    ]


def test_consider_as_a_deliberation_or_with_a_possessive_is_no_judgement(classed: Callable) -> None:
    assert classed("The mayor may consider Lund as a running mate.") == []
    assert classed("The board will consider Okafor for the post.") == []
    assert classed("The board also considered Okafor's resignation.") == []
    assert classed("Berg considered her best work to be the early songs.") == []
    assert classed("The port is considering a new levy.") == []


def test_a_long_record_subject_shows(classed: Callable) -> None:
    assert classed(
        "A poll of 900 likely voters in three northern districts shows Okafor ahead."
    ) == [
        (
            "shows",
            "A poll of 900 likely voters in three northern districts",
            "Okafor ahead",
            "evidence",
            "assert",
        )
    ]
    assert classed(
        "A harbour survey of fishermen released on Friday by the guild actually showed Lund ahead."
    ) == [
        (
            "showed",
            "A harbour survey of fishermen released on Friday by the guild",
            "Lund ahead",
            "evidence",
            "assert",
        )
    ]


def test_a_long_subject_with_its_record_word_late_shows_nothing(classed: Callable) -> None:
    # the record word comes late: the phrase is no record's
    assert (
        classed(
            "Lund's long report on the harbour accounts for the years before the strike"
            " shows a deficit."
        )
        == []
    )
    # people show a thing: no record, no row
    assert (
        classed(
            "The aides who met the mayor on Friday and her deputy later showed reporters the pier."
        )
        == []
    )


def test_a_reduced_relative_of_support_before_a_lower_case_party(classed: Callable) -> None:
    assert classed(
        "Groups supporting individual candidates, not the parties, paid for most of the ads."
    ) == [("supporting", "Groups", "individual candidates", "intention", "assert")]
    # a lower-case object outside the few party words stays a noun phrase's participle
    assert classed("Funds backing small firms grew last year.") == []
