"""Issue 19, thirty-second round: a presenter's segue. "Now for the scores" (and "And now for
a look at ...") opens a sentence or a line to announce the next item: a discourse marker, which
TimeML leaves untagged, not these days' PRESENT_REF. A "now" in a clause keeps its
PRESENT_REF, and so do a fronted "Now" before a clause, "now for the first time" or "now for a
while" (a time, not an item), and a "for now" (for the time being). Every sentence is
invented (none follows a corpus sentence). The publication date is Wednesday 2026-03-11.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-11"  # a Wednesday: the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry strike ended at noon. Now for a look at the weekend weather.",
        "That was the harbour report. And now for the football results.",
        "Now for some news from the provinces: the dam opened on Monday.",
        "Rain is due on the coast.\nNow for tonight's racing from Ascot.",
        '"Thanks, Priya." Now for this week\'s gardening tips.',
    ],
)
def test_a_segue_now_is_no_time(found: object, text: str) -> None:
    rows = [row for row in found(text) if row[0].lower() == "now"]  # type: ignore[operator]
    assert rows == []


@pytest.mark.parametrize(
    "text",
    [
        "The mill now employs forty people.",
        "Now the council says the bridge is safe.",
        "Now the tenants are asking for a rent freeze.",
        "The museum will stay closed for now.",
        "He said the canal is now for barges only.",
        "Prices fell in May. Now for the first time, tickets cost less than in 2019.",
        "Rents rose again. And now for a while, the flats will stand empty.",
    ],
)
def test_a_now_of_a_clause_stays_present(found: object, text: str) -> None:
    rows = [row for row in found(text) if "now" in row[0].lower()]  # type: ignore[operator]
    assert rows and all(row[1:] == ("DATE", "PRESENT_REF") for row in rows)
