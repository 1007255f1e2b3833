"""Round forty-nine's fixes, on invented news sentences.

Two of the readings rounds forty-seven and forty-eight left. A list of two decades writes the
century once: "in the 1960s and 70s" names the 1970s too, and main's code found only the
first (a bare "70s" is read only after "the", "early", "late" or "mid", since after anything
else it is as often a temperature or a price). A four-digit decade right before, joined by
"and", "or", "to" or "through", says the second is years, and gives its century.

And car sales news compares a part of a month with the same part a year back: "against the
late-March period a year ago". Main's code read "late-March" as this year's March and "a year
ago" as the year apart; the phrase is now one expression, the part of the month a year back
(the month's latest passing by publication), as "the period a year ago" was in round
forty-eight.
"""

from __future__ import annotations

import pytest
from newslens_timeline.extract import extract_text


def found(text: str, published: str) -> set[tuple[str, str, str, str]]:
    """Every expression found, with its type, value and mod."""
    return {
        (f["text"], f["type"], f["value"], f.get("mod") or "")
        for f in extract_text(text, published, strict=True)
    }


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2011-06-15",
            "Mainframes ruled the computing world in the 1970s and 80s.",
            [("the 1970s", "DATE", "197", ""), ("80s", "DATE", "198", "")],
        ),
        (
            "2016-06-04",
            "The coach won nine league titles during the 1950s and 60s, his friends recalled.",
            [("the 1950s", "DATE", "195", ""), ("60s", "DATE", "196", "")],
        ),
        (
            # the century is the first decade's, not publication's
            "2016-06-04",
            "Railway towns boomed through the 1880s and 90s.",
            [("the 1880s", "DATE", "188", ""), ("90s", "DATE", "189", "")],
        ),
        (
            "2016-06-04",
            "Rents in the district doubled from the 1980s to 90s.",
            [("the 1980s", "DATE", "198", ""), ("90s", "DATE", "199", "")],
        ),
    ],
)
def test_the_second_decade_of_a_list_written_short(
    published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    rows = found(text, published)
    for row in expected:
        assert row in rows, (row, rows)


@pytest.mark.parametrize(
    ("published", "text", "absent"),
    [
        # no four-digit decade before: a temperature, as on main
        ("2016-06-04", "Highs in the 60s and 70s are expected across the valley.", "70s"),
        # a century, not a decade, before: no list of decades
        ("2016-06-04", "Sizes 1200s and 30s of the valve are sold out.", "30s"),
    ],
)
def test_no_decade_without_a_written_decade_before(published: str, text: str, absent: str) -> None:
    assert all(row[0] != absent for row in found(text, published))


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "1994-04-08",
            "Pickup deliveries climbed 12 pct in the last ten days of March, against the "
            "late-March period a year ago.",
            [("the late-March period a year ago", "DATE", "1993-03", "END")],
        ),
        (
            "1994-04-08",
            "Truck sales were 41,200 against 38,900 in the mid March period a year earlier.",
            [("the mid March period a year earlier", "DATE", "1993-03", "MID")],
        ),
        (
            # a January report on late December: the December just passed, a year back
            "1995-01-06",
            "Van sales fell 4 pct from the late-December period a year ago.",
            [("the late-December period a year ago", "DATE", "1993-12", "END")],
        ),
    ],
)
def test_a_part_of_a_month_a_year_ago_is_one_expression(
    published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    rows = found(text, published)
    for row in expected:
        assert row in rows, (row, rows)
    assert all(row[0] != "a year ago" for row in rows), rows


def test_a_part_of_a_month_without_a_year_back_stays_this_years() -> None:
    """Guard: "the late-March period" alone is this year's late March, as on main."""
    rows = found("Sales in the late-March period rose 9 pct.", "1994-04-08")
    assert ("late-March", "DATE", "1994-03", "END") in rows, rows


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            "Frankfurt stocks drifted after a sharp fall in New York yesterday.\n"
            "    Brokers said buyers were waiting for the rate decision.\n"
            "    At 1115 GMT the DAX index stood 23 points lower at 2,140.",
            "1115 GMT",
            "1994-04-07T11:15",
        ),
        (
            "Sugar futures gave back part of yesterday's gains, traders said.\n"
            "    Volume at midday was put at 2,450 lots.",
            "midday",
            "1994-04-07T12:00",
        ),
        (
            "Gilts slipped in early dealing after a firm finish yesterday.\n\n"
            "The benchmark 10-year gilt was quoted at 101-12/32 at 0910 GMT.",
            "0910 GMT",
            "1994-04-07T09:10",
        ),
    ],
)
def test_a_market_reports_clock_time_is_its_own_session(text: str, clock: str, value: str) -> None:
    """A "yesterday" paragraphs back is the session compared, not the one timed."""
    rows = found(text, "1994-04-07")
    assert (clock, "TIME", value, "") in rows, rows


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # a narrative of yesterday's event: no market in the clock time's sentence
        (
            "The airliner crashed in the hills yesterday, officials said.\n"
            "    It had taken off at 1400 GMT from the capital.",
            "1400 GMT",
            "1994-04-06T14:00",
        ),
        # the clock time in the paragraph of "yesterday": that day's
        (
            "Shares fell sharply yesterday. At 1500 GMT the index was 40 points down.",
            "1500 GMT",
            "1994-04-06T15:00",
        ),
    ],
)
def test_a_clock_time_of_yesterdays_story_stays_yesterdays(
    text: str, clock: str, value: str
) -> None:
    """Guards: these pass on main's code too."""
    rows = found(text, "1994-04-07")
    assert (clock, "TIME", value, "") in rows, rows
