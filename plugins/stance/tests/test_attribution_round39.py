"""Issue 18, round thirty-nine: where a speech content ends, two shapes of the report's frame
that ran on into the content: the terms the source spoke on ("on condition of anonymity",
"through his lawyer") and the occasions of a report made more than once ("in speeches", "in
the last two debates", "on the stump", "at news conference").

Every sentence here was written for these tests; none is taken from a corpus. Each test fails
on main (the content ran on through the frame) and holds near shapes the rule leaves alone:
the frame of the writer's own clause, a phrase of place that is no occasion of speaking.
"""

from __future__ import annotations

from collections.abc import Callable


def test_the_terms_the_source_spoke_on_end_the_content(got: Callable) -> None:
    text = (
        "The harbour master confirmed the closure on condition of anonymity because she "
        "was not cleared to speak."
    )
    assert got(text) == [("confirmed", "The harbour master", "the closure")]
    text = "Senior clerks discussed the budget only on the condition of anonymity."
    assert got(text) == [("discussed", "Senior clerks", "the budget")]
    assert got("The mill owner denied the claims through his lawyer.") == [
        ("denied", "The mill owner", "the claims")
    ]
    # the frame of the writer's own clause ("who spoke on condition ...") is that clause's
    text = "The levy was dropped, said a clerk who spoke on condition of anonymity."
    assert got(text) == [
        ("said", "a clerk who spoke on condition of anonymity", "The levy was dropped")
    ]


def test_the_occasions_of_a_repeated_report_end_an_object(got: Callable) -> None:
    assert got("The mayor often mentions her grandson in speeches.") == [
        ("mentions", "The mayor", "her grandson")
    ]
    assert got("Okafor mocked Lund in the past three debates and on the stump.") == [
        ("mocked", "Okafor", "Lund")
    ]
    assert got("Chen praised the ferry crews at news conference.") == [
        ("praised", "Chen", "the ferry crews")
    ]
    assert got("The councillor touted the new quay in other interviews.") == [
        ("touted", "The councillor", "the new quay")
    ]
    # a phrase of place that is no occasion of speaking stays
    assert got("Lund praised the new quay in a field by the river.") == [
        ("praised", "Lund", "the new quay in a field by the river")
    ]
