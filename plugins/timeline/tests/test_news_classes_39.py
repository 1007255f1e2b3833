"""Round thirty-nine's fix, on invented news sentences.

"Most recently" / "more recently" is one expression: alone it is the recent past with its
comparative in the extent (TimeBank writes "More recently" so, DATE ``PAST_REF``); right
before a date ("most recently last spring", "most recently in March") it marks the last of a
series, whose time the date says, and is left out (AQUAINT leaves it so).
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text

D = "DATE"


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "2003-12-02",
            "Three depots were set on fire, most recently last spring when a guard was hurt.",
            [("last spring", D, "2003-SP")],
        ),
        (
            "2011-07-08",
            "The airline has raised fares twice, most recently in March.",
            [("March", D, "2011-03")],
        ),
        (
            "2006-09-20",
            "Shares of the brewer have slipped on takeover talk, most recently on Monday.",
            [("Monday", D, "2006-09-18")],
        ),
    ],
)
def test_most_recently_before_a_date_leaves_the_date(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (
            "1998-02-11",
            "More recently, the port authority has turned to container traffic.",
            [("More recently", D, "PAST_REF")],
        ),
        (
            "1987-04-13",
            "Harmon most recently was president of a regional bus company.",
            [("most recently", D, "PAST_REF")],
        ),
    ],
)
def test_more_recently_is_one_expression(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence, published) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        ("2004-03-02", "The mayor has recently moved to a smaller office.", "recently"),
        (
            "2004-03-02",
            "Most recently in the case of steel imports, the agency ruled against the mills.",
            "Most recently",
        ),
    ],
)
def test_recently_without_a_date_after_is_kept(
    published: str, sentence: str, expected: str
) -> None:
    rows = found(sentence, published)
    assert rows == [(expected, D, "PAST_REF")]
