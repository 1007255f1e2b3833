"""Round fifty-seven's fix, on invented news sentences.

- A count and its half hyphened together ("seven-and-a-half years", "a week-and-a-half") is
  the same length as the spaced form ("seven and a half years"); before, the hyphens hid it.
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
        (
            "2016-03-10",
            "The past seven-and-a-half years have been hard for the mill, the chairman said.",
            [("The past seven-and-a-half years", "DURATION", "P7Y6M")],
        ),
        (
            "1987-04-02",
            "Bonds due in four-and-a-half years rose.",
            [("four-and-a-half years", "DURATION", "P4Y6M")],
        ),
        (
            # the half after the unit, hyphened
            "1987-04-02",
            "The strike lasted a week-and-a-half, the union said.",
            [("a week-and-a-half", "DURATION", "P10D")],
        ),
    ],
)
def test_fixed(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            # the spaced form, as before
            "1987-04-02",
            "Talks lasted two and a half years.",
            [("two and a half years", "DURATION", "P2Y6M")],
        ),
        (
            # a hyphened count of no unit of time: nothing
            "1987-04-02",
            "Output is three-and-a-half times higher.",
            [],
        ),
        (
            "1987-04-02",
            "Output grew one-and-a-half percent.",
            [],
        ),
    ],
)
def test_kept(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
