"""Round seventy's changes, on invented news sentences.

1. "Semi-" before a period says twice per period: "semi-annually", "semiannually",
   "semi-monthly" are one SET valued by the period with ``freq`` ``2X``, as "twice a year"
   (``P1Y`` ``2X``); "bi-weekly", "bimonthly", "biennially" read the interval (``P2W``,
   ``P2M``, ``P2Y``, ``1X``), an amount before it a rate as for "daily" (the lead's decision 2
   on round sixty-nine); the adjectives of a year ("a semi-annual dividend", "the biennial
   fair") stay untagged as "an annual report" (the lead's decision on round seventy). Before,
   the hyphened forms were the adverb inside them ("annually" ``P1Y`` ``1X``) and the joined
   ones no finding.
2. "Hourly" as a pay adjective ("hourly and salaried employees", "hourly-rated workers",
   "the hourly wage") is no SET (the lead's decision 1 on round sixty-nine).
"""

from __future__ import annotations

import pytest

#: the publication date the invented sentences are read against (``freq_found``)
PUBLISHED = "2026-03-04"


# 1. "semi-": twice per period, one SET on the whole word (fail on 0.9.58)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund pays its coupon semi-annually.", [("semi-annually", "SET", "P1Y", "2X")]),
        ("Interest falls due semiannually.", [("semiannually", "SET", "P1Y", "2X")]),
        ("The council publishes a semi-monthly bulletin.", [("semi-monthly", "SET", "P1M", "2X")]),
        ("The club sends a semiweekly letter.", [("semiweekly", "SET", "P1W", "2X")]),
        # an amount before it keeps the count the word says, as "5 pct twice a year"
        ("Bonds pay 5 pct semi-annually.", [("semi-annually", "SET", "P1Y", "2X")]),
    ],
)
def test_semi_is_twice_per_period(text, expected, freq_found):
    assert freq_found(text) == expected


# 1. "bi-": the interval, once per two periods (fail on 0.9.58)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The magazine appears bi-weekly.", [("bi-weekly", "SET", "P2W", "1X")]),
        ("The panel meets biweekly.", [("biweekly", "SET", "P2W", "1X")]),
        ("The bimonthly payments were late.", [("bimonthly", "SET", "P2M", "1X")]),
        ("Its bi-monthly survey slipped.", [("bi-monthly", "SET", "P2M", "1X")]),
        ("Elections to the board are held biennially.", [("biennially", "SET", "P2Y", "1X")]),
        # an amount before it: a rate, as "$5 daily" (decision on round sixty-eight)
        ("Tenants pay $500 bi-weekly.", [("bi-weekly", "SET", "P2W", "")]),
    ],
)
def test_bi_reads_the_interval(text, expected, freq_found):
    assert freq_found(text) == expected


# guards: words that hold "semi" or "bi" but no period stay out; the adverbs stay (pass on both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The semifinals were held in Oslo.", []),
        # the adjectives of a year stay untagged, as "an annual report" (the lead's decision
        # on round seventy; fail on 0.9.59)
        ("The semiannual review found no fault.", []),
        ("Its semi-annual dividend was raised.", []),
        ("The biennial fair drew crowds.", []),
        ("The annual review found no fault.", []),
        ("A semiconductor maker cut jobs.", []),
        ("The board meets twice yearly.", [("twice yearly", "SET", "P1Y", "2X")]),
        ("The board meets annually.", [("annually", "SET", "P1Y", "1X")]),
        ("The magazine appears weekly.", [("weekly", "SET", "P1W", "1X")]),
    ],
)
def test_semi_bi_guards(text, expected, freq_found):
    assert freq_found(text) == expected


# 2. "hourly" as a pay adjective: no SET (fail on 0.9.58)
@pytest.mark.parametrize(
    "text",
    [
        "The mill employs 4,200 hourly and salaried employees.",
        "The plant has 300 hourly-rated workers.",
        "The hourly wage rose to $19.",
        "Hourly wages rose 3 pct.",
        "Salaried and hourly staff were laid off.",
        "The union won higher hourly pay.",
    ],
)
def test_hourly_pay_adjective_is_no_set(text, freq_found):
    assert freq_found(text) == []


# guards: "hourly" of a recurrence stays a SET (pass on both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buses run hourly on weekdays.", [("hourly", "SET", "PT1H", "1X")]),
        ("The station airs hourly bulletins.", [("hourly", "SET", "PT1H", "1X")]),
        ("Average hourly earnings rose.", [("hourly", "SET", "PT1H", "1X")]),
    ],
)
def test_hourly_recurrence_stays(text, expected, freq_found):
    assert freq_found(text) == expected


# 3. a rate hyphened whole after its count: one SET, as the same words with spaces (fail on
# 0.9.58: "a-week" a length, "three-times-weekly" the adverb alone)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry runs twice-a-week.", [("twice-a-week", "SET", "P1W", "2X")]),
        ("A once-a-month meeting was cut.", [("once-a-month", "SET", "P1M", "1X")]),
        ("He needs three-times-a-week dialysis.", [("three-times-a-week", "SET", "P1W", "3X")]),
        ("Flights run three-times-weekly.", [("three-times-weekly", "SET", "P1W", "3X")]),
        ("The four-times-a-year report is due.", [("four-times-a-year", "SET", "P1Y", "4X")]),
    ],
)
def test_hyphened_rate_is_one_set(text, expected, freq_found):
    assert freq_found(text) == expected


# guards: the spaced forms and a length hyphened to its noun stay as they were (pass on both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry runs twice a week.", [("twice a week", "SET", "P1W", "2X")]),
        ("Flights run three times weekly.", [("three times weekly", "SET", "P1W", "3X")]),
        ("The week-long strike ended.", [("week-long", "DURATION", "P1W", "")]),
        # a speed hyphened whole is no rate (fails on the round's first hyphened commit)
        ("A 40-mile-per-hour gale hit the coast.", []),
    ],
)
def test_hyphened_rate_guards(text, expected, freq_found):
    assert freq_found(text) == expected
