"""Round forty-six's fix, on invented news sentences.

Tables and clipped wire copy drop the article before "previous": "previous day's deals",
"versus previous day", "(previous week's quotes in parentheses)", "above previous year
levels". Main's code read the bare phrase as a vague length ("some days", `PXD`), since
only "the previous day" was the relative rule's. A singular unit after a bare "previous" is
the same point as with its article. A count or a plural stays a length ("previous two
weeks", "in previous years"), and an indefinite determiner keeps the duration rule's reading
("a previous year"). A bare "prior year" heading a results note and "previous fiscal year"
(a former calendar) stay untagged, as on main.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

PUBLISHED = "2021-04-13"  # a Tuesday, ISO week 15


def found(text: str) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, PUBLISHED, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's column head
        (
            "Steer prices, per cwt, versus previous day\n up 0.40 up 0.15",
            ("previous day", "DATE", "2021-04-12"),
        ),
        # a wire's clipped possessive
        (
            "Members must file previous day's deals by noon, the bourse said.",
            ("previous day", "DATE", "2021-04-12"),
        ),
        # a price list's note in brackets
        (
            "Dealers' bids for nearby delivery, with previous week's quotes in parentheses:",
            ("previous week", "DATE", "2021-W14"),
        ),
        # a comparison with the year before, no article
        (
            "Farm incomes climbed above previous year levels, the ministry said.",
            ("previous year", "DATE", "2020"),
        ),
        # a quarter and a month
        (
            "Net interest income was steady versus previous quarter results.",
            ("previous quarter", "DATE", "2021-Q1"),
        ),
        (
            "Stocks were measured against previous month figures.",
            ("previous month", "DATE", "2021-03"),
        ),
        # a table's head over a trading day's figures
        (
            "SETTLEMENT VOLUME, PREVIOUS TRADING DAY\n JUN1 4120 UP 35",
            ("PREVIOUS TRADING DAY", "DATE", "2021-04-12"),
        ),
    ],
)
def test_bare_previous_unit_is_a_point(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with its article, as before
        (
            "Shares closed higher on the previous day, dealers said.",
            ("the previous day", "DATE", "2021-04-12"),
        ),
        # a count or a plural is a length
        ("Sales fell over the previous two weeks.", ("the previous two weeks", "DURATION", "P2W")),
        ("Output was above levels seen in previous years.", ("previous years", "DURATION", "PXY")),
        # an indefinite determiner: some earlier year, not the one before
        ("He had won the cup in a previous year.", ("a previous year", "DURATION", "P1Y")),
    ],
)
def test_guards_keep_their_reading(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a results note's "Prior year": the reported period's year before, not publication's
        "Footnote: Prior year earnings contain a one-off gain from selling a warehouse.",
        # a former fiscal calendar, no year before
        "The retailer now reports by calendar year, dropping its previous fiscal year to May 2.",
    ],
)
def test_no_year_before_publication(text: str) -> None:
    assert not [f for f in found(text) if f[0].lower().startswith(("prior", "previous"))]
