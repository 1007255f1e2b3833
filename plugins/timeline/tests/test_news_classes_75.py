"""Round seventy-five's change, the lead's decision 2 on round seventy-four, on invented news
texts.

A bare "current" (no article) before the spelled-out "year", "quarter" or "month" inside a
results table's note (a line opening "Note:" / "NOTE -", or a line within eight lines below a
table row "Net 4,100 vs 3,900", no blank line between) is read whole with the period the table
reports on, as round seventy-four reads the clipped "Current qtr": the quarter (month) before
publication's, and the year just ended until April 15 (year-end results come out up to then),
the year under way after it (a first-quarter report's "Current year"). A forecast ("forecast
for current year", "will") keeps publication's period. In running prose the adjective's
``PRESENT_REF`` stays, as before. The clipped "Current yr" now takes the same year (before:
always the year before publication's).
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

PUBLISHED = "2026-03-04"
TABLE = "Shr 10 cts vs eight cts\n    Net 4,100 vs 3,900\n    Revs 2.1 mln vs 1.8 mln\n"


def _rows(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [(r["text"], r["type"], r["value"]) for r in extract_text(text, published)]


# a results note's bare "current" period read whole (fail on 0.9.65)
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Note: Current year figures exclude a gain.", PUBLISHED, ("Current year", "2025")),
        ("NOTE: Current year profit carries a tax credit.", PUBLISHED, ("Current year", "2025")),
        (
            "NOTE - Current quarter figures include a gain.",
            PUBLISHED,
            ("Current quarter", "2025-Q4"),
        ),
        ("NOTE:Current month orders fell.", PUBLISHED, ("Current month", "2026-02")),
        (
            "Note: Current fiscal year net includes a charge.",
            PUBLISHED,
            ("Current fiscal year", "2025"),
        ),
        # standing in the table's block, with no "Note" on its line
        (
            TABLE + "    Current year profit carries a tax credit.",
            PUBLISHED,
            ("Current year", "2025"),
        ),
        (
            TABLE + "    NOTE: Prior year net includes a gain.\n    Current quarter net includes"
            " a charge.",
            PUBLISHED,
            ("Current quarter", "2025-Q4"),
        ),
        # mid-line in the block
        (TABLE + "    Results in current year include a unit bought in May.", PUBLISHED, None),
        # a year-end table published early in April: the year just ended
        ("Note: Current year figures exclude a gain.", "2026-04-02", ("Current year", "2025")),
        # a first-quarter report: the year under way
        ("Note: Current year figures exclude a gain.", "2026-04-20", ("Current year", "2026")),
        (
            "Note: Current quarter net includes a gain.",
            "2026-04-20",
            ("Current quarter", "2026-Q1"),
        ),
        ("Note: Current year figures exclude a gain.", "2026-10-20", ("Current year", "2026")),
        # a forecast in the note: publication's year
        (
            "NOTE - The group's forecast for current year: profit of 12 billion yen.",
            PUBLISHED,
            None,
        ),
    ],
)
def test_results_note_current_period(
    text: str, published: str, expected: tuple[str, str] | None
) -> None:
    rows = _rows(text, published)
    if expected is None:
        # the phrase's own cases: the mid-line one reported on, the forecast publication's
        expected = ("current year", "2025") if "Results in" in text else ("current year", "2026")
    assert (expected[0], "DATE", expected[1]) in rows
    assert not any(r[2] == "PRESENT_REF" for r in rows)


def test_clipped_year_holds_the_reported_quarter() -> None:
    # the clipped "Current yr" in a third-quarter report: the year under way (0.9.65: 2025)
    assert _rows("Note: Current yr loss includes a writedown.", "2026-10-20") == [
        ("Current yr", "DATE", "2026")
    ]
    # early in the year it is still the year before, as 0.9.65 read it
    assert _rows("Note: Current yr loss includes a writedown.") == [("Current yr", "DATE", "2025")]


def test_without_published() -> None:
    assert _rows("Note: Current year figures exclude a gain.", None) == [
        ("Current year", "DATE", "XXXX")
    ]


# the guards (pass on 0.9.65): running prose, a blank line, the article, other units
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The budget tops\ncurrent year outlays by a tenth.",
            [("current", "DATE", "PRESENT_REF")],
        ),
        (
            "Sales rose sharply.\n    Current year outlays were cut by the council.",
            [("Current", "DATE", "PRESENT_REF")],
        ),
        # a blank line ends the table's block
        (
            "Net 4,100 vs 3,900\n\nCurrent year outlays were cut by the council.",
            [("Current", "DATE", "PRESENT_REF")],
        ),
        # "note" with no colon or dash opens no note
        (
            "Analysts note\ncurrent year outlays were cut.",
            [("current", "DATE", "PRESENT_REF")],
        ),
        # with its article: publication's period, as before
        ("Note: the current year includes a gain.", [("the current year", "DATE", "2026")]),
        # a week, a half, a count between: the adjective, as before
        ("Note: Current week shipments rose.", [("Current", "DATE", "PRESENT_REF")]),
        ("Note: Current nine months net includes a gain.", None),
    ],
)
def test_guards(text: str, expected: list[tuple[str, str, str]] | None) -> None:
    rows = _rows(text)
    if expected is None:
        assert ("Current", "DATE", "PRESENT_REF") in rows
        assert not any(r[0].startswith("Current nine") and r[1] == "DATE" for r in rows)
    else:
        assert rows == expected


def test_in_results_note() -> None:
    from newslens_timeline.rules import in_results_note

    text = TABLE + "    Current year profit carries a credit."
    assert in_results_note(text, text.index("Current"))
    assert in_results_note("Note: Current year.", 6)
    assert not in_results_note("Sales rose.\n    Current year net rose.", 16)
    # more than eight lines below the table: no longer its block
    far = TABLE + "    line\n" * 8 + "    Current year net rose."
    assert not in_results_note(far, far.index("Current"))
