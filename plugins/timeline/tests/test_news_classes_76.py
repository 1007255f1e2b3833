"""Round seventy-six's change, the lead's decision 2 on round seventy-five, on invented news
texts.

A results note's bare "Current year" (round seventy-five's reading) takes the year the table's
own head lines name, where they name one: a year's block ("Year", "12 mths", "Year ended
January 31") closes the (fiscal) year, "Nine mths" its third quarter, "Six mths" / "1st half"
its second, an ordinal head ("1st qtr Feb 28 end") its own quarter. The quarter closes in the
month a head line names, or (none named) in the last month of the quarter before
publication's. The value is the calendar year holding most of the twelve months of that
(fiscal) year, the year it ends in for a year ending in June. Where the table names no
period, the April 15 turn stays; a forecast keeps publication's year; "Current quarter" is
unchanged.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

QTR = "Shr 10 cts vs eight cts\n    Net 4,100 vs 3,900\n    Revs 2.1 mln vs 1.8 mln\n"
NOTE = "    NOTE: Current year net includes a charge of 1.2 mln dlrs.\n"


def _current_year(text: str, published: str) -> str | None:
    rows = [r for r in extract_text(text, published) if r["text"].lower() == "current year"]
    return rows[0]["value"] if rows else None


# the table's head line names the period (fail on 0.9.66: it read the April 15 turn)
@pytest.mark.parametrize(
    ("head", "published", "expected"),
    [
        # a fiscal second quarter closing in December or January: a year running July to
        # June (ends in June: the year it ends in) or August to July (mostly the next)
        ("1st half", "2026-03-05", "2026"),
        ("Six mths", "2026-03-20", "2026"),
        ("Six Mths", "2026-04-08", "2026"),
        # a first quarter whose head names its closing month: December to November
        ("1st qtr Feb 28 end", "2026-03-25", "2026"),
        # a second quarter ended January 31: August to July
        ("2nd qtr Jan 31 end\n    Net 3 vs 4\n    1st half", "2026-03-18", "2026"),
        # a year ended April 30, published in June: May to April, mostly the year before
        ("12 mths", "2026-06-02", "2025"),
        ("Year", "2026-06-18", "2025"),
    ],
)
def test_head_line_names_the_year(head: str, published: str, expected: str) -> None:
    text = QTR + f"    {head}\n" + QTR + NOTE
    assert _current_year(text, published) == expected


# guards: the head line agrees with the April 15 turn, or the table names none (pass on 0.9.66)
@pytest.mark.parametrize(
    ("head", "published", "expected"),
    [
        # a fourth quarter ended December or January, with its year's block: the year before
        ("Year", "2026-03-05", "2025"),
        ("YEAR", "2026-03-25", "2025"),
        ("Feb One end\n    Net 3 vs 4\n    Year", "2026-03-31", "2025"),
        # a third quarter ended January: a year running May to April, mostly the year before
        ("Nine mths", "2026-03-11", "2025"),
        # a second quarter ended September 30: April to March, mostly the year under way
        ("Six mths", "2026-10-20", "2026"),
        # a third quarter of a year ending in June, published in April: 2026
        ("Nine mths", "2026-04-20", "2026"),
        # no head line: the April 15 turn
        (None, "2026-03-05", "2025"),
        (None, "2026-04-20", "2026"),
    ],
)
def test_head_line_guards(head: str | None, published: str, expected: str) -> None:
    text = QTR + (f"    {head}\n" + QTR if head else "") + NOTE
    assert _current_year(text, published) == expected


def test_forecast_keeps_publication_year() -> None:
    text = (
        "Year ended January 31\n    Net 7.0 billion vs 6.7 billion\n"
        "    NOTE - Company forecast for current year net eight billion yen.\n"
    )
    rows = [r for r in extract_text(text, "2026-03-17") if "current" in r["text"].lower()]
    assert [(r["text"].lower(), r["value"]) for r in rows] in ([], [("current year", "2026")])


def test_current_quarter_unchanged_by_head() -> None:
    text = QTR + "    1st half\n" + QTR + "    NOTE: Current quarter net includes a gain.\n"
    rows = [r for r in extract_text(text, "2026-03-05") if r["text"] == "Current quarter"]
    assert [r["value"] for r in rows] == ["2025-Q4"]


def test_head_line_after_a_blank_line_not_read() -> None:
    # the table's block ends at a blank line: a "Year" head above it is another table's
    text = "    Year\n" + QTR + "\n" + QTR + NOTE
    assert _current_year(text, "2026-06-02") == "2026"


def test_note_lines_are_no_head() -> None:
    # a note's own continuation line ("for the\n year.") is below the note, no head
    text = QTR + "    NOTE: Prior year net includes a gain for the\n    year.\n" + NOTE
    assert _current_year(text, "2026-06-02") == "2026"


def test_table_reported_year_direct() -> None:
    from datetime import date

    from newslens_timeline.tables import table_reported_year

    text = QTR + "    Nine mths\n" + QTR + NOTE
    pos = text.index("Current")
    assert table_reported_year(text, pos, date(2026, 3, 11)) == 2025
    assert table_reported_year(QTR + NOTE, (QTR + NOTE).index("Current"), date(2026, 3, 11)) is None
