"""Round forty-three's fix, on invented news sentences.

"Year-end" (and "mid-year") in a past clause, written before this year's end has come, is last
year's: a balance "had year-end deposits of", an audit that "turned up" a loss, a mine's
reserves put at a figure after last year's output. Round eight read it so only right after
"at" or "in" ("stood at 3 million barrels at year-end"); the same past reading holds for the
phrase before its noun. A target ("had hoped to finish by year-end") and a fiscal year-end
named by its month ("the year-end March shortfall", "year-end books due March 31") keep this
year's, as does a year-end written in December, or in a present or future clause.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def year_points(text: str, published: str) -> list[tuple[str, str, str]]:
    """The year's ends and middles found, with their values and mods."""
    return [
        (f["text"], f["value"], f.get("mod") or "")
        for f in extract_text(text, published, strict=True)
        if "end" in f["text"].lower() or "mid" in f["text"].lower()
    ]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a balance at the year's end, in a past clause written in March: last year's
            "2011-03-15",
            "Harlow Savings, the target, had year-end deposits of 210 mln dlrs.",
            [("year-end", "2010", "END")],
        ),
        (
            "2011-03-30",
            "Corvan Stores said its year-end audit turned up missing stock at two depots.",
            [("year-end", "2010", "END")],
        ),
        (
            "2011-04-12",
            "The mine produced 410,000 ounces in 2010 and put its year-end reserves at 2.7 "
            "mln ounces.",
            [("year-end", "2010", "END")],
        ),
        (
            "2011-03-22",
            "Brisco said auditors spotted the errors in a year-end check of its leases.",
            [("year-end", "2010", "END")],
        ),
        (
            "2011-04-11",
            "Broad money grew 12 pct in 2010, and its year-end level reached 4.1 trillion pesos.",
            [("year-end", "2010", "END")],
        ),
        (
            # the year's middle likewise, before June
            "2011-03-15",
            "The bank had mid-year assets of 3 bln dlrs.",
            [("mid-year", "2010", "MID")],
        ),
    ],
)
def test_year_end_in_a_past_clause_is_last_years(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert year_points(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # a target in a past clause: still ahead
            "2011-03-15",
            "The company said it had hoped to complete the sale by year-end.",
            [("year-end", "2011", "END")],
        ),
        (
            # a fiscal year-end named by its month: the year that month closes
            "2011-04-07",
            "Traders said hopes that the state's year-end\nMarch shortfall will narrow "
            "helped the bonds.",
            [("year-end", "2011", "END")],
        ),
        (
            "2011-03-11",
            "Call money firmed as lenders squared their year-end books due March 31, brokers said.",
            [("year-end", "2011", "END")],
        ),
        (
            # written in December, this year's end is at hand
            "2011-12-20",
            "Harlow Savings, the target, had year-end deposits of 210 mln dlrs.",
            [("year-end", "2011", "END")],
        ),
        (
            "2011-03-15",
            "Harlow Savings will report year-end results next month.",
            [("year-end", "2011", "END")],
        ),
        (
            "2011-08-15",
            "The bank had mid-year assets of 3 bln dlrs.",
            [("mid-year", "2011", "MID")],
        ),
        (
            # round eight's reading, unchanged
            "2011-03-15",
            "Reserves stood at 3 million barrels at year-end, the company said.",
            [("year-end", "2010", "END")],
        ),
    ],
)
def test_year_end_kept_this_years(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert year_points(text, published) == expected
