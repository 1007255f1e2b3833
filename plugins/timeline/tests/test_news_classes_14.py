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
        ("The truce was signed at the end of a nine-day summit.", [("nine-day", "P9D", None)]),
        ("It came in the second half of a three-week review.", [("three-week", "P3W", None)]),
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
        # a length still to run ("just days away", round sixty-two) is one too
        ("The deadline is just days away.", [("days", "DURATION", "PXD")]),
        # no preposition: no length
        ("He spent only hours there.", []),
    ],
)
def test_a_bare_plural_length_after_just_or_a_quote(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from X to / until Y": a range, both ends bounded by it
        (
            "The festival runs from March 1 to March 20.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-21"),
                ("March 20", "2026-03-20", "2026-03-01", "2026-03-21"),
            ],
        ),
        (
            "Applications are open from 4 May until 30 June.",
            [
                ("4 May", "2026-05-04", "2026-05-04", "2026-07-01"),
                ("30 June", "2026-06-30", "2026-05-04", "2026-07-01"),
            ],
        ),
        # a date moved: each day its own
        (
            "The vote was postponed from March 1 to March 20.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-02"),
                ("March 20", "2026-03-20", "2026-03-20", "2026-03-21"),
            ],
        ),
        (
            "Organisers moved the final from the 1st of June to July 3.",
            [
                ("the 1st of June", "2026-06-01", "2026-06-01", "2026-06-02"),
                ("July 3", "2026-07-03", "2026-07-03", "2026-07-04"),
            ],
        ),
        # "from" before another phrase: two days, no range
        (
            "Turnout rose from 40% on March 1 to 52% on March 20.",
            [
                ("March 1", "2026-03-01", "2026-03-01", "2026-03-02"),
                ("March 20", "2026-03-20", "2026-03-20", "2026-03-21"),
            ],
        ),
    ],
)
def test_from_one_day_to_another_is_a_range(bounds, text: str, expected: list) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feast kept in a past clause is the last one, even a few weeks before the next
        # (Easter 2026 is 5 April, Pentecost 24 May; written on 10 March)
        ("Crowds gathered at Easter.", [("Easter", "DATE", "2025-04-20")]),
        ("Shops closed over Easter, the chamber said.", [("Easter", "DATE", "2025-04-20")]),
        ("Pilgrims walked to the shrine at Pentecost.", [("Pentecost", "DATE", "2025-06-08")]),
        ("Sales have slowed since Easter.", [("Easter", "DATE", "2025-04-20")]),
        (
            "Fireworks were banned on Independence Day.",
            [("Independence Day", "DATE", "2025-07-04")],
        ),
        # ahead: a future clause, a plan, "for" a feast
        ("Crowds will gather at Easter.", [("Easter", "DATE", "2026-04-05")]),
        ("Stores stocked up for Easter.", [("Easter", "DATE", "2026-04-05")]),
        ("The shop was due to open on Easter Monday.", [("Easter Monday", "DATE", "2026-04-06")]),
    ],
)
def test_a_feast_in_a_past_clause_is_the_last_one(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "through / throughout / during the evening": a part of the day under discussion, as
        # "in the evening" is (the preposition is the sentence's)
        (
            "Protesters marched on Sunday. Clashes went on through the evening.",
            [("Sunday", "DATE", "2026-03-08"), ("the evening", "TIME", "2026-03-08TEV")],
        ),
        (
            "The central bank said it bought bonds during the afternoon.",
            [("the afternoon", "TIME", "2026-03-10TAF")],
        ),
        # no part of a day: "the evening of" a life, a plural
        ("He spent the evening of his life abroad.", []),
        ("Rain fell through the night and the evenings stayed cold.", []),
    ],
)
def test_a_part_of_the_day_after_through_or_during(found, text: str, expected: list) -> None:
    assert found(text) == expected
