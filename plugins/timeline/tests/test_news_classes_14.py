"""Issue 19, fourteenth round: span misses and spurious spans tallied by shape on the
development sets, each written as a rule for news at large and tested on invented sentences
(none follows a corpus sentence). The publication date is Tuesday 2026-03-10 unless a test says
otherwise.
"""

from __future__ import annotations

import pytest

TUESDAY = "2026-03-10"
PUBLISHED = TUESDAY  # the date ``found`` reads against (conftest)


def _mods(text: str, published: str = TUESDAY) -> list[tuple[str, str, str | None]]:
    from newslens_timeline.extract import extract_text

    return [(f["text"], f["value"], f["mod"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over", "under" or an edge before a determiner and an adjective of length: the
        # phrase's preposition, no modifier of the length (TimeML's extent: the adjective)
        ("Costs were spread over a three-year period.", [("three-year", "P3Y", None)]),
        ("Staff left under its two-year savings plan.", [("two-year", "P2Y", None)]),
        ("The deal came at the end of a four-day meeting.", [("four-day", "P4D", None)]),
        ("It was the second half of a two-week reporting period.", [("two-week", "P2W", None)]),
        # a modifier of the length itself stays
        (
            "After about a half-hour wait, the doors opened.",
            [("about a half-hour", "PT30M", "APPROX")],
        ),
        ("The strike lasted over two years.", [("over two years", "P2Y", "MORE_THAN")]),
        ("The loan runs for under a year.", [("under a year", "P1Y", "LESS_THAN")]),
    ],
)
def test_a_preposition_before_an_adjective_of_length(text: str, expected: list) -> None:
    assert _mods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural of a unit after a preposition, with "just", "only", "mere" or a quote
        # mark between them: a vague length
        ("The ceasefire collapsed within just days.", [("days", "DURATION", "PXD")]),
        ("The rally faded in only weeks.", [("weeks", "DURATION", "PXW")]),
        ('He said the dispute could go on for "years."', [("years", "DURATION", "PXY")]),
        # no preposition: no length
        ("The deadline is just days away.", []),
        ("He spent only hours there.", []),
    ],
)
def test_a_bare_plural_length_after_just_or_a_quote(found, text: str, expected: list) -> None:
    assert found(text) == expected
