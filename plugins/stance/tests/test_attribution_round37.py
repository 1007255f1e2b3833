"""Issue 18, round thirty-seven: a closing relative that reports on its own is a report of its
own (the lead's decision of 2026-12-06). Lives in ``newslens_stance.attributions.relatives``.

Every sentence here was written for these tests; none is taken from a corpus. Each test fails
on main (the host's content runs through the relative, whose report is nested in it) and holds
near shapes the rule leaves alone: a relative without a report of its own, a cue that is not
the relative's own verb, a relative in mid-content.
"""

from __future__ import annotations

from collections.abc import Callable


def test_a_closing_relative_with_its_own_report(got: Callable) -> None:
    assert got("Lund said the plan came from Okafor, who has said the fees were too high.") == [
        ("said", "Lund", "the plan came from Okafor"),
        ("said", "who", "the fees were too high"),
    ]
    assert got("The ferry firm said it won a permit for the quay, which it said it will open.") == [
        ("said", "The ferry firm", "it won a permit for the quay"),
        ("said", "it", "it will open"),
    ]
    # the reported clause goes on after the relative: left whole
    text = "The Gazette reported that the plan, which Lund said was hers, was dropped in May."
    assert got(text)[0] == (
        "reported",
        "The Gazette",
        "the plan, which Lund said was hers, was dropped in May",
    )


def test_the_relative_reports_and_others_stay_inside(got: Callable) -> None:
    assert got(
        "The crews complained about the new rota, which they say is unfair to night staff."
    ) == [
        ("complained", "The crews", "about the new rota"),
        ("say", "they", "which … is unfair to night staff"),
    ]
    # no report of its own
    assert got("Lund said she would back the levy, which takes effect in May.") == [
        ("said", "Lund", "she would back the levy, which takes effect in May")
    ]
    # a cue that is not the relative's own verb ("which is odd given that ... said")
    text = "Okafor said the pier will have a toll booth, which is odd given that the board said no."
    assert got(text)[0] == (
        "said",
        "Okafor",
        "the pier will have a toll booth, which is odd given that the board said no",
    )
