"""Round sixty-nine's changes, on invented news sentences.

1. An adverb of frequency after an amount ("1.5 mln tonnes annually", "$5 daily") is a rate,
   as "1.5 mln tonnes a year" is: ``freq`` stays empty (the lead's decision on round
   sixty-eight's difference; decision 1 on round sixty-seven: a rate counts no event).
2. A count before an adverb of frequency ("twice monthly", "four times weekly", "twice-yearly")
   is one SET valued by the adverb's period with the count as its ``freq``, as TimeML reads
   "twice a month" (value ``P1M``, freq ``2X``); before, the SET was the adverb alone, ``1X``.
"""

from __future__ import annotations

import pytest

#: the publication date the invented sentences are read against (``freq_found``)
PUBLISHED = "2026-03-04"


# 1. an adverb after an amount: a rate, no event counted (fail on 0.9.57: 1X)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill ships 1.5 mln tonnes annually.", [("annually", "SET", "P1Y", "")]),
        ("Members paid $5 daily for the hall.", [("daily", "SET", "P1D", "")]),
        ("The mine yields 40,000 tonnes of copper monthly.", [("monthly", "SET", "P1M", "")]),
        ("The plant burns 300 barrels weekly.", [("weekly", "SET", "P1W", "")]),
        ("Sales grew 5 pct annually.", [("annually", "SET", "P1Y", "")]),
    ],
)
def test_adverb_after_an_amount_is_a_rate(text, expected, freq_found):
    assert freq_found(text) == expected


# the same amount before "a year": empty as before, so the two agree (pass on both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill ships 1.5 mln tonnes a year.", [("a year", "SET", "P1Y", "")]),
        ("Members paid $5 a day for the hall.", [("a day", "SET", "P1D", "")]),
    ],
)
def test_the_same_amount_before_a_period(text, expected, freq_found):
    assert freq_found(text) == expected


# a day of the calendar or a year before the adverb is no amount: once per period stays 1X
# (pass on 0.9.57, fail on the rule without its date guard)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coupons are paid on April 10 annually.",
            [("April 10", "DATE", "2026-04-10", ""), ("annually", "SET", "P1Y", "1X")],
        ),
        (
            "The board said so in its 2025 yearly report.",
            [("2025", "DATE", "2025", ""), ("yearly", "SET", "P1Y", "1X")],
        ),
    ],
)
def test_a_date_before_the_adverb_is_no_amount(text, expected, freq_found):
    assert freq_found(text) == expected


# the word as an adjective before a noun ("12 hourly shuttles"): the amount counts the noun,
# no rate over the period; it keeps 1X as before (pass on 0.9.57, fail on the rule without
# its noun guard). "4,200 hourly workers", here until 0.9.60, is a pay adjective, no SET
# (the lead's decision 1 on round seventy: test_news_classes_71.py)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm runs 12 hourly shuttles.", [("hourly", "SET", "PT1H", "1X")]),
        ("The group owns 35 weekly newspapers.", [("weekly", "SET", "P1W", "1X")]),
    ],
)
def test_an_adjective_after_an_amount_is_no_rate(text, expected, freq_found):
    assert freq_found(text) == expected


# 2. a count before the adverb: one SET, the period's value, the count its freq (fail on 0.9.57)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets twice monthly.", [("twice monthly", "SET", "P1M", "2X")]),
        ("The ferry sails four times weekly.", [("four times weekly", "SET", "P1W", "4X")]),
        ("The fund pays out three times annually.", [("three times annually", "SET", "P1Y", "3X")]),
        ("Nurses check the ward 12 times daily.", [("12 times daily", "SET", "P1D", "12X")]),
        ("The patient takes it once daily.", [("once daily", "SET", "P1D", "1X")]),
        ("The board holds twice-yearly reviews.", [("twice-yearly", "SET", "P1Y", "2X")]),
        ("The line runs five days weekly.", [("five days weekly", "SET", "P1W", "5D")]),
        ("The bank reports twice quarterly.", [("twice quarterly", "SET", "P3M", "2X")]),
        # a vague count: in the extent, no number to compare
        ("The paper appears several times weekly.", [("several times weekly", "SET", "P1W", "")]),
    ],
)
def test_count_before_an_adverb_is_one_set(text, expected, freq_found):
    assert freq_found(text) == expected


# guards: the adverb alone says once per period; a count of a larger unit is no rate (pass on
# both)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices are set daily by the board.", [("daily", "SET", "P1D", "1X")]),
        ("The fund reports quarterly.", [("quarterly", "SET", "P3M", "1X")]),
        (
            "The council met twice. Monthly meetings resume in May.",
            [("Monthly", "SET", "P1M", "1X"), ("May", "DATE", "2026-05", "")],
        ),
        (
            "The crew worked two weeks daily.",
            [("two weeks", "DURATION", "P2W", ""), ("daily", "SET", "P1D", "1X")],
        ),
        ("The panel meets twice a week.", [("twice a week", "SET", "P1W", "2X")]),
    ],
)
def test_adverb_alone_keeps_1x(text, expected, freq_found):
    assert freq_found(text) == expected
