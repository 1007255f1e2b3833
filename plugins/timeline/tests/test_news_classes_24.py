"""Issue 19, twenty-fourth round: expressions anchored to the narrative's reference time, not
to publication ("The kiln cracked on Oct. 4, 2016. Two weeks later, ..."), and the deictic
ones that keep publication. Every sentence is invented (none follows a corpus sentence). The
publication date is Wednesday 2026-05-20 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-05-20"
PUBLISHED = WEDNESDAY  # the date ``found`` and ``bounds`` read against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted step of days or weeks from the day the narrative last named: the length
        # keeps its value (TimeBank's DURATION), the row the bounds of the day it reaches
        (
            "The kiln cracked on Oct. 4, 2016. Two weeks later, the pottery closed.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("Two weeks later", "P2W", "2016-10-18", "2016-10-19"),
            ],
        ),
        (
            "The ferry ran aground on Aug. 21, 2013, and was refloated ten days later.",
            [
                ("Aug. 21, 2013", "2013-08-21", "2013-08-21", "2013-08-22"),
                ("ten days later", "P10D", "2013-08-31", "2013-09-01"),
            ],
        ),
        (
            "The orchestra signed its contract on July 1, 1990. Three days earlier, the "
            "players had threatened to walk out.",
            [
                ("July 1, 1990", "1990-07-01", "1990-07-01", "1990-07-02"),
                ("Three days earlier", "P3D", "1990-06-28", "1990-06-29"),
            ],
        ),
        (
            "The flood peaked on Saturday. A day later, the river fell.",
            [
                ("Saturday", "2026-05-16", "2026-05-16", "2026-05-17"),
                ("A day later", "P1D", "2026-05-17", "2026-05-18"),
            ],
        ),
        # negative: no day named before it, a day said roughly, a comparison of lengths, a
        # month (no day to count from), hours (a time of day is not said)
        ("Two weeks later, the pottery closed.", [("Two weeks later", "P2W", "", "")]),
        (
            "The kiln cracked on Oct. 4, 2016. About two weeks later, the pottery closed.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("About two weeks later", "P2W", "", ""),
            ],
        ),
        (
            "The kiln cracked on Oct. 4, 2016, and was fixed a day or so later.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("a day or so later", "P1D", "", ""),
            ],
        ),
        (
            "The kiln cracked on Oct. 4, 2016, and opened two weeks later than planned.",
            [
                ("Oct. 4, 2016", "2016-10-04", "2016-10-04", "2016-10-05"),
                ("two weeks later", "P2W", "", ""),
            ],
        ),
        (
            "Sales slumped in March 2019. Two weeks later, the chain closed a shop.",
            [
                ("March 2019", "2019-03", "2019-03-01", "2019-04-01"),
                ("Two weeks later", "P2W", "", ""),
            ],
        ),
        # a step of years keeps its date (as before): the narrative's year, not publication's
        (
            "She first ran for the council in 2008. Four years later she won.",
            [
                ("2008", "2008", "2008-01-01", "2009-01-01"),
                ("Four years later", "2012", "2012-01-01", "2013-01-01"),
            ],
        ),
    ],
)
def test_counted_step_from_the_narrative(
    bounds: object, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the night before", "the morning after" beside the day under discussion
        (
            "The ballot closed on March 3, 2015. The night before, the count was rehearsed.",
            [
                ("March 3, 2015", "DATE", "2015-03-03"),
                ("The night before", "TIME", "2015-03-02TNI"),
            ],
        ),
        (
            "The dam burst on June 9, 2011. The morning after, the valley was under water.",
            [
                ("June 9, 2011", "DATE", "2011-06-09"),
                ("The morning after", "TIME", "2011-06-10TMO"),
            ],
        ),
        # already anchored on the narrative (kept): the following day, that night, the day
        # before, that week
        (
            "The raid came on March 3. That night, the village was quiet.",
            [("March 3", "DATE", "2026-03-03"), ("That night", "TIME", "2026-03-03TNI")],
        ),
        (
            "The dam burst on June 9, 2011. The following day, engineers arrived.",
            [("June 9, 2011", "DATE", "2011-06-09"), ("The following day", "DATE", "2011-06-10")],
        ),
        (
            "The dam burst on June 9, 2011. The day before, a guard had seen cracks.",
            [("June 9, 2011", "DATE", "2011-06-09"), ("The day before", "DATE", "2011-06-08")],
        ),
        (
            "The dam burst on June 9, 2011. That week, rain fell without a break.",
            [("June 9, 2011", "DATE", "2011-06-09"), ("That week", "DATE", "2011-W23")],
        ),
        # negative: "the night before" an event named after it is no time of its own, and
        # deictic words keep publication after a narrative date
        ("The night before the ballot, the count was rehearsed.", []),
        # "the night before" with no day under discussion: no time (not publication's eve)
        (
            "The mill has been idle since June after a fire the night before.",
            [("June", "DATE", "2025-06")],
        ),
        (
            "The dam burst on June 9, 2011. Engineers will inspect it tomorrow.",
            [("June 9, 2011", "DATE", "2011-06-09"), ("tomorrow", "DATE", "2026-05-21")],
        ),
        (
            "The dam burst on June 9, 2011. Last week, the council voted to rebuild it.",
            [("June 9, 2011", "DATE", "2011-06-09"), ("Last week", "DATE", "2026-W20")],
        ),
        (
            "The dam burst on June 9, 2011. Next month, the new one opens.",
            [("June 9, 2011", "DATE", "2011-06-09"), ("Next month", "DATE", "2026-06")],
        ),
    ],
)
def test_relative_to_the_narrative(
    found: object, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected  # type: ignore[operator]
