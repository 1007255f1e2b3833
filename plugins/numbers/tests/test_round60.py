"""Issue 17, round sixty, on invented text: one of fresh35's extractor kinds, a suspended
hyphen ("three- and four-room flats"): the first figure takes its partner's unit, counted noun
and kind. Each positive fails on main's code (0.28.24); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit", "noun"),
    [
        (
            "The council will build 40 three- and four-room flats by 2030.",
            "three",
            "count",
            "",
            "room",
        ),
        ("Buyers chose two-, three- and five-bedroom homes.", "two", "count", "", "bedroom"),
        ("The Treasury will sell 13- and 26-week bills on Monday.", "13", "duration", "week", ""),
        ("The bank issued 20- or 50-yuan notes at the fair.", "20", "money", "CNY", ""),
        ("Workers laid 12- and 16-inch pipes under the road.", "12", "measure", "in", ""),
    ],
)
def test_a_figure_before_a_suspended_hyphen_takes_its_partners_unit(
    text: str, span: str, kind: str, unit: str, noun: str
) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"], found["noun"]) == (kind, unit, noun)


def test_a_suspended_duration_keeps_its_own_value_in_the_base_unit() -> None:
    found = _found("The Treasury will sell 13- and 26-week bills on Monday.")
    assert found["13"]["value_base"] * 2 == pytest.approx(found["26-week"]["value_base"])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a bare figure then a dash: no suspended hyphen
        ("The score was 3 - and then 4-room flats went on sale.", "3"),
        # the partner has no unit or noun written with its hyphen
        ("He scored 3- and then lost 4-3 in the final.", "3"),
    ],
)
def test_a_figure_without_a_hyphenated_partner_stays_bare(text: str, span: str) -> None:
    found = _found(text)[span]
    assert found["noun"] == "" and found["unit"] == ""
