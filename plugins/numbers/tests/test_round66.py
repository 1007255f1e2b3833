"""Issue 17, round sixty-six, on invented text: kinds of news at large read on 300 pool
documents: "zero" naming a kind of bond or a policy, "a third" before a capitalised word or "in
as many" ranking, "than first thought", and "outside" before a counted plural. Each positive
fails on main's code (0.28.30); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _kinds(text: str, word: str) -> list[dict]:
    return [f for f in extract_text(text) if word in f["text"].lower()]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Bank is issuing a zero coupon 40 mln Australian dlr bond due 1993.",
        "Its zero coupon convertible notes due 2001 were called on Monday.",
        "The coach said the club has a zero tolerance policy on doping.",
        "Police promised zero tolerance of street racing this summer.",
        "Critics called the trade talks a zero sum game.",
    ],
)
def test_zero_naming_a_kind_is_no_item(text: str) -> None:
    assert not _kinds(text, "zero")


@pytest.mark.parametrize(
    "text", ["Inflation was zero in May.", "The firm reported zero growth in two quarters."]
)
def test_zero_that_counts_stays(text: str) -> None:
    assert [f["value"] for f in _kinds(text, "zero")] == [0.0]


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Police said a third Ranger was detained on Friday.", 3.0, ""),
        ("She begins her bid for a tenth Auckland title on Monday.", 10.0, "title"),
        ("United settled it with a third Okafor goal in the second half.", 3.0, "goal"),
        ("Six Madrid banks and an eighth Lyon bank were named in the suit.", 8.0, "bank"),
        ("It was another defeat, a third in as many weeks.", 3.0, ""),
    ],
)
def test_a_third_before_a_name_ranks(text: str, value: float, noun: str) -> None:
    ranked = [f for f in extract_text(text) if f["kind"] == "ordinal"]
    assert [f["value"] for f in ranked] == [value]
    assert ranked[0]["noun"] == noun


@pytest.mark.parametrize(
    "text",
    [
        "A third of the members voted against it.",
        "Sales fell by a third Monday, the firm said.",
        "Shares have lost a third since March.",
    ],
)
def test_a_third_that_divides_stays_a_fraction(text: str) -> None:
    assert [f["kind"] for f in _kinds(text, "third")] == ["fraction"]


@pytest.mark.parametrize(
    "text",
    [
        "Losses were far worse than first thought.",
        "Demand for the bonds was stronger than first thought, dealers said.",
    ],
)
def test_than_first_thought_is_no_rank(text: str) -> None:
    assert not _kinds(text, "first")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Her first thought was of home.", ["ordinal"]),
        ("The damage proved less serious than first feared, officials said.", []),
    ],
)
def test_other_firsts_unchanged(text: str, kinds: list[str]) -> None:
    assert [f["kind"] for f in _kinds(text, "first")] == kinds


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The nine former outside directors will step down.", "director"),
        ("Two outside auditors signed the accounts.", "auditor"),
    ],
)
def test_outside_before_a_plural_keeps_the_noun(text: str, noun: str) -> None:
    assert extract_text(text)[0]["noun"] == noun


def test_outside_a_place_takes_no_noun() -> None:
    assert extract_text("Five waited outside the court all day.")[0]["noun"] == ""


@pytest.mark.parametrize(
    ("text", "figure", "unit", "per"),
    [
        ("Diesel demand averaged 3.42 mln bpd, up 2.1 pct from 3.35 mln a year ago.", "3.35 mln",
         "bbl", "day"),
        ("Utilities generated 51.2 billion kilowatt hours, up 1.9 pct from 50.24 billion.",
         "50.24 billion", "kWh", ""),
        ("Exports rose to 4.6 billion dlrs in the first eight months from 3.9 billion a year ago.",
         "3.9 billion", "USD", ""),
        ("Bank reserves were 61.4 billion pesos in June. That was 4.2 pct up from 58.9 billion in "
         "May.", "58.9 billion", "PHP", ""),
    ],
)  # fmt: skip
def test_a_scaled_level_takes_the_level_it_is_compared_with(
    text: str, figure: str, unit: str, per: str
) -> None:
    found = {f["text"]: f for f in extract_text(text, "MANILA, June 3 -")}
    assert (found[figure]["unit"], found[figure]["per"]) == (unit, per)


def test_a_scaled_level_with_no_level_before_takes_no_unit() -> None:
    text = "The load factor rose to 51.2 pct from 48.7 pct, and seat miles rose to 8.4 mln."
    found = {f["text"]: f for f in extract_text(text)}
    assert (found["8.4 mln"]["kind"], found["8.4 mln"]["unit"]) == ("count", "")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Profit rose 12 pct to 4.2 mln dlrs.", "12 pct", "%"),
        ("The relay team won in 1m 52.3s on Sunday.", "1m 52.3s", "s"),
        ("Its stake rose to 12 pct from 9.5 pct.", "9.5 pct", "%"),
    ],
)
def test_levels_with_their_own_unit_stay(text: str, figure: str, unit: str) -> None:
    assert {f["text"]: f for f in extract_text(text)}[figure]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("Van sales were off 48 pct to 1,912 vans from 3,677.", "48 pct", "1,912"),
        ("Truck sales were off 12.5 pct to 1,422 from 1,625.", "12.5 pct", "1,422"),
    ],
)
def test_a_percent_change_before_its_level_is_no_range(text: str, change: str, level: str) -> None:
    found = {f["text"]: f for f in extract_text(text)}
    assert (
        found[change]["unit"] == "%" and found[change]["value_high"] != found[change]["value_high"]
    )
    assert found[level]["unit"] != "%"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Lending rates now range from 16.25 pct to 17.5 after the cuts.", "16.25 pct to 17.5"),
        ("Forecasts ranged from 10 pct to 120.", "10 pct to 120"),
    ],
)
def test_a_percent_range_stays(text: str, span: str) -> None:
    assert extract_text(text)[0]["text"] == span
