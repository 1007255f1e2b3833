"""Round seventy-one's changes, on invented news sentences.

1. "Hourly" before "workers", "employees", "jobs", "staff" (and "staffers", "workforce") is
   a pay adjective, no SET, as "hourly wage" and "hourly-paid" (the lead's decision 1 on
   round seventy); "(average) hourly earnings" stays a SET (TimeBank tags it ``PT1H``).
2. A rate whose period the rate rule did not read ("once a decade", "once-a-decade",
   "twice a quarter", "once a fortnight", "once a century", "70 times a minute") is one SET
   after its written count, as "once a year" is: value the period, the count its ``freq``.
   Before, the period alone was a length ("a-decade" ``DURATION`` ``P10Y``). After a bare
   amount ("$5 a quarter") or without a count ("once-in-a-decade") it stays as it was.
"""

from __future__ import annotations

import pytest

#: the publication date the invented sentences are read against (``freq_found``)
PUBLISHED = "2026-03-04"


# 1. "hourly" before a noun of workers or jobs: how pay is counted, no SET (fail on 0.9.60)
@pytest.mark.parametrize(
    "text",
    [
        "The plant laid off 4,200 hourly workers.",
        "Hourly employees will get a raise in May.",
        "The chain cut 300 hourly jobs.",
        "The union speaks for the hourly staff.",
        "Hourly staffers walked out.",
        "The mill's hourly workforce shrank.",
        "An hourly worker there earns less.",
    ],
)
def test_hourly_pay_noun_is_no_set(text, freq_found):
    assert all(f[0].lower() != "hourly" for f in freq_found(text))


# guards: "hourly" of a recurrence or a statistic per hour stays a SET (pass on both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Average hourly earnings rose.", [("hourly", "SET", "PT1H", "1X")]),
        ("Hourly earnings climbed again.", [("Hourly", "SET", "PT1H", "1X")]),
        ("The firm runs 12 hourly shuttles.", [("hourly", "SET", "PT1H", "1X")]),
        ("Trains leave hourly for the coast.", [("hourly", "SET", "PT1H", "1X")]),
    ],
)
def test_hourly_recurrence_and_earnings_stay(text, expected, freq_found):
    assert freq_found(text) == expected


# 2. a count before a period the rate rule did not read: one SET (fail on 0.9.60)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town holds a once-a-decade census.", [("once-a-decade", "SET", "P10Y", "1X")]),
        ("The census is held once a decade.", [("once a decade", "SET", "P10Y", "1X")]),
        ("The board meets twice a quarter.", [("twice a quarter", "SET", "P1Q", "2X")]),
        ("It holds twice-a-quarter auctions.", [("twice-a-quarter", "SET", "P1Q", "2X")]),
        ("Nurses visit once a fortnight.", [("once a fortnight", "SET", "P2W", "1X")]),
        ("A once-a-century flood hit the valley.", [("once-a-century", "SET", "P1C", "1X")]),
        ("The pump cycles 70 times a minute.", [("70 times a minute", "SET", "PT1M", "70X")]),
    ],
)
def test_counted_rate_of_a_longer_or_shorter_period(text, expected, freq_found):
    assert freq_found(text) == expected


# guards: no count before the period, or a bare amount: as before (pass on both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike lasted a decade.", [("a decade", "DURATION", "P10Y", "")]),
        ("Sales fell for a quarter.", [("a quarter", "DURATION", "P1Q", "")]),
        ("It held a once-a-year fair.", [("once-a-year", "SET", "P1Y", "1X")]),
    ],
)
def test_uncounted_period_stays(text, expected, freq_found):
    assert freq_found(text) == expected


# the lead's 0.9.62 (decision 2 on round seventy-one): "once-in-a-" + a period says how rare a
# thing is, no length (fail on 0.9.61: "a-decade" DURATION P10Y); "in a decade" and "once a
# decade" keep their readings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a once-in-a-decade storm.", []),
        ("A once-in-a-century flood hit the valley.", []),
        ("The fair is a once-in-a-year event.", []),
        ("It was the worst flood in a decade.", [("a decade", "DURATION", "P10Y", "")]),
        ("The census is held once a decade.", [("once a decade", "SET", "P10Y", "1X")]),
    ],
)
def test_once_in_a_period_is_rarity(text, expected, freq_found):
    assert freq_found(text) == expected
