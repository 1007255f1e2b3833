"""Round sixty-six b's change, on invented news sentences.

- A counted frequency is valued by its period, always (the lead's decision 1 on round
  sixty-six's questions: TimeML's ``value``, the count being the ``freq`` the output holds no
  field for): a count that fills its period is no longer every unit. "seven days a week"
  ``P1W``, "24 hours a day" ``P1D``, "365 days a year" ``P1Y``, as "five days a week" ``P1W``.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """Every expression found, with its type and value."""
    return [(f["text"], f["type"], f["value"]) for f in extract_text(text, published, strict=True)]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a count that fills its period: the period, as any count (main read every unit)
        (
            "2026-03-04",
            "The bakery is open seven days a week.",
            [("seven days a week", "SET", "P1W")],
        ),
        (
            "2026-03-04",
            "The hotline is staffed 24 hours a day.",
            [("24 hours a day", "SET", "P1D")],
        ),
        (
            "2026-03-04",
            "The port works 365 days a year.",
            [("365 days a year", "SET", "P1Y")],
        ),
        (
            "2026-03-04",
            "The club trains 52 weeks a year.",
            [("52 weeks a year", "SET", "P1Y")],
        ),
        (
            "2026-03-04",
            "The orchestra tours 12 months a year.",
            [("12 months a year", "SET", "P1Y")],
        ),
        (
            "2026-03-04",
            "The theatre plays seven nights a week.",
            [("seven nights a week", "SET", "P1W")],
        ),
        (
            "2026-03-04",
            "Trucks leave the yard seven days every week.",
            [("seven days every week", "SET", "P1W")],
        ),
    ],
)
def test_round_66b_readings(
    published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # counts that do not fill their period, as before
        ("2026-03-04", "The plant runs five days a week.", [("five days a week", "SET", "P1W")]),
        ("2026-03-04", "Nurses work 12 hours a day.", [("12 hours a day", "SET", "P1D")]),
        # a count before a point's words is no rate, a filling count as any
        (
            "2026-03-04",
            "The repair took seven days a week ago.",
            [("seven days", "DURATION", "P7D"), ("a week ago", "DATE", "2026-W09")],
        ),
    ],
)
def test_round_66b_guards(published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
