"""Round seventy-two's changes, on invented news sentences.

1. A rate hyphened whole after its amount ("a $15-per-hour wage", "a
   100,000-barrels-per-day refinery", "a $2-a-day habit", "a 200,000-barrel-a-day
   refinery") is one SET, as the spaced "$15 per hour" and "200,000 barrels a day" are
   (value the period, ``freq`` empty: a rate counts no event). Before, "-per-" gave no row
   and "-a-" the period alone as a length ("a-day" ``DURATION`` ``P1D``).
2. A count hyphened to a smaller unit before such a rate ("a 40-hour-a-week job", "a
   seven-day-a-week service", "24-hour-per-day care") is the SET's count, as "40 hours a
   week" (``P1W`` ``40H``).
3. A speed so hyphened ("a 40-mile-per-hour gale", "a 90-mile-an-hour wind") is no row, as
   "40 miles per hour" is none (the speed guard reads the singular unit and its hyphen); a
   hyphened "per" with no amount before it ("cost-per-day figures") stays no row.
"""

from __future__ import annotations

import pytest

#: the publication date the invented sentences are read against (``freq_found``)
PUBLISHED = "2026-03-04"


# 1. a rate hyphened whole after its amount (fail on 0.9.62)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers won a $15-per-hour wage.", [("per-hour", "SET", "PT1H", "")]),
        ("It runs a 100,000-barrels-per-day refinery.", [("per-day", "SET", "P1D", "")]),
        ("The 200,000-tonnes-per-year plant opened.", [("per-year", "SET", "P1Y", "")]),
        ("He kicked a $2-a-day habit.", [("a-day", "SET", "P1D", "")]),
        ("It runs a 200,000-barrel-a-day refinery.", [("a-day", "SET", "P1D", "")]),
        ("She took a $15-an-hour job.", [("an-hour", "SET", "PT1H", "")]),
        ("He held a dollar-a-year post.", [("a-year", "SET", "P1Y", "")]),
        ("A 5 million-dollar-a-month contract was signed.", [("a-month", "SET", "P1M", "")]),
    ],
)
def test_hyphened_rate_after_amount(text, expected, freq_found):
    assert freq_found(text) == expected


# 2. a count hyphened to a smaller unit before the rate (fail on 0.9.62)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She took a 40-hour-a-week job.", [("40-hour-a-week", "SET", "P1W", "40H")]),
        ("He quit a 40-hour-per-week job.", [("40-hour-per-week", "SET", "P1W", "40H")]),
        ("It is a seven-day-a-week service.", [("seven-day-a-week", "SET", "P1W", "7D")]),
        ("Patients need 24-hour-per-day care.", [("24-hour-per-day", "SET", "P1D", "24H")]),
        ("Guards keep a 24-hours-a-day watch.", [("24-hours-a-day", "SET", "P1D", "24H")]),
    ],
)
def test_hyphened_count_before_rate(text, expected, freq_found):
    assert freq_found(text) == expected


# 3. guards: a speed hyphened whole, no amount before "-per-", a length before an adverb
# (pass on 0.9.62 but two: "a 90-mile-an-hour wind" and "a 3-mile-a-day route" were the
# lengths "an-hour" and "a-day" there)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 40-mile-per-hour gale hit the coast.", []),
        ("A 60-miles-per-hour wind blew.", []),
        ("The 100-kilometre-per-hour limit stays.", []),
        ("A 90-mile-an-hour wind blew.", []),
        ("He walks a 3-mile-a-day route.", []),
        ("The cost-per-day figures rose.", []),
        ("Winds reached 40 miles per hour.", []),
        ("Workers are paid $15 per hour.", [("per hour", "SET", "PT1H", "")]),
        ("It was a five-year low.", [("five-year", "DURATION", "P5Y", "")]),
        (
            "They hold a two-day weekly meeting.",
            [("two-day", "DURATION", "P2D", ""), ("weekly", "SET", "P1W", "1X")],
        ),
        ("It held a once-a-year fair.", [("once-a-year", "SET", "P1Y", "1X")]),
        ("It was a once-in-a-decade storm.", []),
    ],
)
def test_hyphened_rate_guards(text, expected, freq_found):
    assert freq_found(text) == expected
