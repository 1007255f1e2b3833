"""Round seventy-four's change, the lead's decision 2 on round seventy-three, on invented news
texts.

"current" (and "this", "last", "next", with or without "the") before wire copy's clipped period
words "qtr", "yr", "mth", "wk" is read as the whole phrase with the period's value, as "the
current quarter" is. The clipped "current qtr" (and "yr", "mth") heads a results note ("Note:
Current qtr net includes a gain"), whose period is the one reported on, over at publication:
the quarter (year, month) before publication's; in a forecast ("will rise in the current qtr")
it is publication's own. Before, the adjective alone was a ``PRESENT_REF`` and "last qtr" gave
no row. A count or an ordinal
between ("the current nine mths", "current 1st qtr"), a plural ("the current qtrs") and a
hyphened compound ("current qtr-end") stay as they were, as their spelled-out forms do.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

PUBLISHED = "2026-03-04"


def _rows(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [(r["text"], r["type"], r["value"]) for r in extract_text(text, published)]


# the clipped period words read whole (fail on 0.9.64)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Note: Current qtr earnings carry a one-time gain.", ("Current qtr", "2025-Q4")),
        ("It took a charge of 300,000 dlrs in current qtr.", ("current qtr", "2025-Q4")),
        ("Its profit for the current qtr doubled.", ("the current qtr", "2025-Q4")),
        ("Note: Current yr loss includes a writedown.", ("Current yr", "2025")),
        ("Current mth orders rose.", ("Current mth", "2026-02")),
        # a forecast's clipped "current qtr": publication's own quarter
        ("Profit will rise in the current qtr.", ("the current qtr", "2026-Q1")),
        ("Note: Current qtr net will include a gain.", ("Current qtr", "2026-Q1")),
        ("Shipments in the current wk were light.", ("the current wk", "2026-W10")),
        ("Margins narrowed this qtr.", ("this qtr", "2026-Q1")),
        ("Margins narrowed last qtr.", ("last qtr", "2025-Q4")),
        ("Margins should widen next qtr.", ("next qtr", "2026-Q2")),
        ("Exports fell last yr.", ("last yr", "2025")),
        ("Orders rose last mth.", ("last mth", "2026-02")),
        ("Stocks are due to rise next wk.", ("next wk", "2026-W11")),
    ],
)
def test_clipped_period_read_whole(text: str, expected: tuple[str, str]) -> None:
    assert _rows(text) == [(expected[0], "DATE", expected[1])]


def test_clipped_period_without_published() -> None:
    # no publication date: the phrase is still one row, its period unknown
    rows = _rows("Note: Current qtr net includes a gain.", None)
    assert [r[0] for r in rows] == ["Current qtr"]
    rows = _rows("Margins narrowed last qtr.", None)
    assert [r[0] for r in rows] == ["last qtr"]


# the guards (pass on 0.9.64): the spelled-out forms, and the shapes left as they were
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Note: the current quarter includes a gain.",
            [("the current quarter", "DATE", "2026-Q1")],
        ),
        ("Exports fell last year.", [("last year", "DATE", "2025")]),
        # a bare "current" before a spelled-out period: the adjective in running prose (in a
        # results note the phrase since 0.9.66, test_news_classes_75.py)
        ("Sales rose.\nCurrent year figures exclude a gain.", [("Current", "DATE", "PRESENT_REF")]),
        # a count or an ordinal between: as "the current nine months" is read
        ("Note: Current nine mths net includes a gain.", [("Current", "DATE", "PRESENT_REF")]),
        ("Note: Current 1st qtr net excludes a loss.", [("Current", "DATE", "PRESENT_REF")]),
        # a plural or a hyphened compound: no period of its own
        ("The current qtrs were weak.", [("current", "DATE", "PRESENT_REF")]),
        ("Note: Current qtr-end figures are estimates.", [("Current", "DATE", "PRESENT_REF")]),
        # "then-current" / "then current": the past reference, as before "quarter"
        ("The then-current qtr was weak.", [("then-current", "DATE", "PAST_REF")]),
        ("The then current qtr was weak.", [("then current", "DATE", "PAST_REF")]),
        # words that only start with the clipped forms
        ("The yrly report and the wkly note came out.", []),
        ("The mthly survey was late.", []),
    ],
)
def test_guards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rows(text) == expected
