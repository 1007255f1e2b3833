"""Two expressions of one measure: linked, and judged at the rounding the text uses."""

from __future__ import annotations

import pytest
from newslens_numbers.consistency import resolution
from newslens_numbers.extract import extract_text


def pair(text: str) -> tuple[dict, dict]:
    found = [f for f in extract_text(text) if f["same_as"] is not None]
    assert len(found) == 2, [f["text"] for f in extract_text(text)]
    return found[0], found[1]


@pytest.mark.parametrize(
    "text",
    [
        "about 1,500km (930 miles) away",
        "1,500 km (932 miles)",
        "900 miles (1,500km)",
        "about 1,400 km (900 miles)",
        "a 10-mile (16 km) walk",
        "it weighs 2,000 lb (907 kg)",
        "a 30C (86F) day",
        "30°C (86°F)",
        "2.5 hectares, or 6.2 acres,",
        "travelling at 60km/s [about 37 miles per second]",
        # each figure rounded from a third (3 knots): 2.5-3.5 mph meets 5.5-6.5 km/h
        "the storm was drifting north at 3 mph (6 km/h)",
        # 1,360 km rounds to 1,400 and its 845 mi to 800: both at hundreds
        "1,400 km (800 miles)",
        # a difference of temperature, not a reading: 2 degrees of warming are 3.6 Fahrenheit
        "holding the rise to 3.6 degrees Fahrenheit, or 2C, over that level",
        "limited to 1.5C (2.7F) above pre-industrial levels",
    ],
)
def test_consistent_conversions(text: str) -> None:
    a, b = pair(text)
    assert a["same_as"] == b["n"] and b["same_as"] == a["n"]
    assert a["consistency"] == b["consistency"] == "consistent", (a["text"], b["text"])


@pytest.mark.parametrize(
    "text",
    [
        "1,400 km (700 miles)",
        "1,500km (1,200 miles)",
        "a 10-mile (10 km) walk",
        "at 3 mph (8 km/h)",
        "a 25C (57F) day",
    ],
)
def test_mismatches_are_flagged(text: str) -> None:
    a, b = pair(text)
    assert a["consistency"] == b["consistency"] == "mismatch"
    assert abs(a["deviation"]) > 0.05


def test_currencies_are_linked_but_unchecked() -> None:
    a, b = pair("a £5m ($6.5m) deal")
    assert (a["unit"], b["unit"], a["consistency"]) == ("GBP", "USD", "unchecked")


def test_unrelated_neighbours_are_not_linked() -> None:
    found = extract_text("26 missiles (11 targets) and 5 km (2 kg)")
    assert all(f["same_as"] is None for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The miller kept 3.7 mln dlrs net, or 97 cts a share, over the half.",
        "It posted a loss of 2,227,000 dlrs or four cts in the year.",
        "Takings were 3,400,000 dlrs, or three mln dlrs net of duty.",
        "Sales reached $40 million, or $2.10 per share.",
    ],
)
def test_a_total_and_its_share_or_one_currency_twice_are_no_conversion(text: str) -> None:
    """Business news's commonest "X, or Y": a total and a rate per share (the "a share" often
    implied), or two sums of one currency; neither is one measure written twice."""
    assert all(f["same_as"] is None for f in extract_text(text))


@pytest.mark.parametrize(
    ("text", "value", "half_step"),
    [("1,500", 1500.0, 50.0), ("930", 930.0, 5.0), ("1.5", 1.5, 0.05), ("932", 932.0, 0.5)],
)
def test_resolution_follows_the_written_digits(text: str, value: float, half_step: float) -> None:
    assert resolution({"text": text, "value": value}) == pytest.approx(half_step)
