"""Round fifty-four's fixes, on invented news sentences.

- "month_cardinal_year" starts its month at a word: "xMay One, 1987" (a month's name inside
  another word) is no date, as "month_cardinal_line" already read it (the lead's 8ccf0ba7);
  "May One, 1987" after a space or a bracket stays the day.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a month's name inside a word, a spelled-out day and a year after it: no date
        ("1987-06-01", "The deal closes xMay One, 1987.", []),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a longer word ending in a month's name: none on main's code too
        ("1987-06-01", "Shares of Ultramay Two, 1988 fund were sold.", []),
        # the month at a word keeps its day, after a space or a bracket
        ("1987-06-01", "The deal closed May One, 1987.", [("May One, 1987", "DATE", "1987-05-01")]),
        (
            "1987-06-01",
            "The deal (May One, 1987) closed.",
            [("May One, 1987", "DATE", "1987-05-01")],
        ),
    ],
)
def test_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
