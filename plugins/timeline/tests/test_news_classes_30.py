"""Issue 19, thirtieth round: two kinds from the last blind story labels. A decade written
with an apostrophe, straight or curly ("the 1960's", "the 1960\u2019s"), is the decade, while a
year's possessive ("1960's harvest") stays the year; a month followed by "of that year" or
"that year" takes the year the text set last, in the same sentence or the one before
(since round sixty-four the month and its "that year" are one expression, as a TIMEX3
annotator writes "October of that year"). Every sentence is invented (none follows a corpus
sentence). The publication date is Wednesday 2026-03-11 unless a test gives another.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-11"  # a Wednesday: the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade with an apostrophe, straight or curly, after an article or a modifier
        ("Ferry fares doubled during the 1960's.", [("the 1960's", "DATE", "196")]),
        ("Ferry fares doubled during the 1960\u2019s.", [("the 1960\u2019s", "DATE", "196")]),
        (
            "The orchard thrived in the late 1930\u2019s.",
            [("the late 1930\u2019s", "DATE", "193")],
        ),
        ("Tram lines closed in the '50s.", [("the '50s", "DATE", "195")]),
        ("Tram lines closed in the \u201950s.", [("the \u201950s", "DATE", "195")]),
        # a year's possessive is the year, either apostrophe
        ("In 1960's harvest the rye failed.", [("1960", "DATE", "1960")]),
        ("Below 1990\u2019s record, the catch shrank.", [("1990", "DATE", "1990")]),
    ],
)
def test_a_decade_with_an_apostrophe(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year set in the same sentence
        (
            "Okafor joined the board in June 2014 and left in November of that year.",
            [
                ("June 2014", "DATE", "2014-06"),
                ("November of that year", "DATE", "2014-11"),
            ],
        ),
        # a year set in the sentence before
        (
            "The bakery opened in 2008. It burned down in August that year.",
            [
                ("2008", "DATE", "2008"),
                ("August that year", "DATE", "2008-08"),
            ],
        ),
        # "that same year" too
        (
            "The dam was finished in 2012; it flooded in April of that same year.",
            [
                ("2012", "DATE", "2012"),
                ("April of that same year", "DATE", "2012-04"),
            ],
        ),
        # a deadline ahead is no year of a past act: the last year before publication's
        (
            "The loan, running from 2013 to 2040, had been signed in May of that year.",
            [
                ("2013", "DATE", "2013"),
                ("2040", "DATE", "2040"),
                ("May of that year", "DATE", "2013-05"),
            ],
        ),
        # "later that month" after a month set earlier
        (
            "Prices rose in July 2019 and fell back later that month.",
            [("July 2019", "DATE", "2019-07"), ("that month", "DATE", "2019-07")],
        ),
    ],
)
def test_a_month_of_that_year(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no year or month set before: the month is read as any other (a past one here)
        (
            "The festival moved in September of that year.",
            [("September of that year", "DATE", "2025-09")],
        ),
        # a year set two sentences back is too far: the month is read as any other
        (
            "The bakery opened in 2008. Crowds came. It burned down in August that year.",
            [
                ("2008", "DATE", "2008"),
                ("August that year", "DATE", "2025-08"),
            ],
        ),
        # no "that year" after the month: unchanged
        (
            "The bakery opened in 2008. It burned down in August.",
            [("2008", "DATE", "2008"), ("August", "DATE", "2025-08")],
        ),
    ],
)
def test_a_month_of_that_year_needs_a_year_close_by(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
