"""Round sixty-eight's change (the lead's), on invented news sentences.

A SET that says once per period by its word alone ("daily", "weekly", "every week", "each
year") carries ``freq`` ``1X`` (the lead's decision 1 on round sixty-seven's questions, as
AQUAINT writes it), so an analyst comparing "twice a week" with "weekly" compares 2X with 1X.
A count of periods ("every two weeks"), a rate after an amount ("$5 a day"), a weekday's SET
and every row that is no SET keep it empty; value, type and extent do not change.
"""

from __future__ import annotations

import pytest

#: the publication date the invented sentences are read against (``freq_found``)
PUBLISHED = "2026-03-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The market opens every week.", [("every week", "SET", "P1W", "1X")]),
        ("The weekly paper closed.", [("weekly", "SET", "P1W", "1X")]),
        ("Prices are set daily by the board.", [("daily", "SET", "P1D", "1X")]),
        ("The fund reports quarterly.", [("quarterly", "SET", "P3M", "1X")]),
        ("The fair is held each year in the old town.", [("each year", "SET", "P1Y", "1X")]),
        ("The station airs hourly bulletins.", [("hourly", "SET", "PT1H", "1X")]),
    ],
)
def test_once_per_period_is_1x(text, expected, freq_found):
    assert freq_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The buses run every two weeks.", [("every two weeks", "SET", "P2W", "")]),
        ("Members paid $5 a day.", [("a day", "SET", "P1D", "")]),
        ("The club meets on Mondays.", [("Mondays", "SET", "XXXX-WXX-1", "")]),
        ("The panel meets twice a week.", [("twice a week", "SET", "P1W", "2X")]),
        ("The vote was held on March 2.", [("March 2", "DATE", "2026-03-02", "")]),
    ],
)
def test_other_sets_keep_their_freq(text, expected, freq_found):
    assert freq_found(text) == expected
