"""Issue 19, twenty-second round: round twenty-one's leftovers (a span with two alternative
counts or a range, "the coming year" written in December, the things a possessive weekday
names as done) and two shapes found while reading them (a future perfect, the last day of a
month). Every sentence is invented (none follows a corpus sentence). The
publication date is Wednesday 2026-03-04 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-03-04"
PUBLISHED = WEDNESDAY  # the date ``found`` and ``bounds`` read against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second, larger count after the unit: the span runs to it, the value keeps one unit
        (
            "Ticket prices should settle over the next year or two.",
            [("the next year", "2027", "2026-03-04", "2028-03-05")],
        ),
        (
            "The orchard could be replanted in the coming month or two.",
            [("the coming month", "2026-04", "2026-03-04", "2026-05-05")],
        ),
        (
            "The bakery has doubled its staff over the past year or two.",
            [("the past year", "2025", "2024-03-04", "2026-03-05")],
        ),
        (
            "Fuel queues have shortened in the last week or three, drivers say.",
            [("the last week", "2026-W09", "2026-02-11", "2026-03-05")],
        ),
        (
            "The committee will name its chair in the next day or two.",
            [("the next day", "2026-03-05", "2026-03-04", "2026-03-07")],
        ),
        # negative: one unit alone keeps its span, "the next day" its day
        (
            "Ticket prices should settle over the next year.",
            [("the next year", "2027", "2026-03-04", "2027-03-05")],
        ),
        (
            "The committee will name its chair the next day.",
            [("the next day", "2026-03-05", "2026-03-05", "2026-03-06")],
        ),
        # negative: the second count is another unit's or an amount's
        (
            "Glaciers in the range have thinned over the past year or two decades, she said.",
            [
                ("the past year", "2025", "2025-03-04", "2026-03-05"),
                ("two decades", "P20Y", "", ""),
            ],
        ),
        (
            "Yields rose over the past year or two percent at most.",
            [("the past year", "2025", "2025-03-04", "2026-03-05")],
        ),
        # a count given as a range or two alternatives: the vague length runs to the larger
        (
            "The ferry service should resume within the next two or three weeks.",
            [("the next two or three weeks", "PXW", "2026-03-04", "2026-03-26")],
        ),
        (
            "Mortgage rates could ease over the next six to eight weeks.",
            [("the next six to eight weeks", "PXW", "2026-03-04", "2026-04-30")],
        ),
        (
            "Membership has thinned over the past 20 to 30 days.",
            [("the past 20 to 30 days", "PXD", "2026-02-02", "2026-03-05")],
        ),
        # negative: a past narrative's range, a range tied to another period, a vague count
        (
            "She spent the next two to three years abroad.",
            [("the next two to three years", "PXY", "", "")],
        ),
        (
            "The next 12 to 18 months of the lease will be costly.",
            [("The next 12 to 18 months", "PXM", "", "")],
        ),
        (
            "Rents will climb in the next few weeks.",
            [("the next few weeks", "PXW", "", "")],
        ),
        # negative: "or so" keeps TimeBank's calendar year after
        (
            "The depot shuts for repairs over the next year or so.",
            [("the next year or so", "2027", "2027-01-01", "2028-01-01")],
        ),
    ],
)
def test_a_span_with_two_alternative_counts_runs_to_the_larger(
    bounds, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # written in December, "the coming year" is the calendar year about to begin
        (
            "In the coming year, the trust hopes to restore the east wing.",
            "2026-12-15",
            [("the coming year", "2027", "2027-01-01", "2028-01-01")],
        ),
        # negative: earlier in the year it is the twelve months from publication (round 21)
        (
            "In the coming year, the trust hopes to restore the east wing.",
            "2026-06-15",
            [("the coming year", "2027", "2026-06-15", "2027-06-16")],
        ),
        # negative: "over the next year" in December is still a span from publication
        (
            "Over the next year, the trust hopes to restore the east wing.",
            "2026-12-15",
            [("the next year", "2027", "2026-12-15", "2027-12-16")],
        ),
        # negative: a month is not a year ("the coming month" written in December)
        (
            "In the coming month, the trust hopes to reopen the garden.",
            "2026-12-15",
            [("the coming month", "2027-01", "2026-12-15", "2027-01-16")],
        ),
    ],
)
def test_the_coming_year_written_in_december(
    bounds, text: str, published: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert bounds(text, published) == expected


TUESDAY = "2026-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing that can only be done: an event nobody schedules, or one judged after the
        # fact, whatever the clause's "will"
        ("Sunday's deadly landslide will close the pass for weeks.", "2026-03-01"),
        ("Monday's fall will worry the pension funds.", "2026-03-02"),
        ("Saturday's win will lift the club into third place.", "2026-02-28"),
        ("Sunday's failed launch will delay the satellite programme.", "2026-03-01"),
        ("Monday's surprise move will unsettle the coalition.", "2026-03-02"),
        # a decision or a word given: done unless its own predicate awaits it
        ("Monday's ruling will echo through the lower courts.", "2026-03-02"),
        ("Monday's statement will anger the dock workers.", "2026-03-02"),
        ("Monday's ruling is expected to favour the county.", "2026-03-09"),
        ("Monday's ruling on the zoning appeal is expected to favour the county.", "2026-03-09"),
        ("Friday's verdict will be handed down at the district court.", "2026-03-06"),
        ("Thursday's decision could go either way, lawyers say.", "2026-03-05"),
        ("Monday's decision will be announced after the markets close.", "2026-03-09"),
        # a forecast of the thing's effect, not of the thing: done
        ("Monday's ruling is expected to spark a wave of appeals.", "2026-03-02"),
        ("Monday's ruling is likely to be challenged in the high court.", "2026-03-02"),
        # negative: a scheduled thing keeps the clause's future
        ("Friday's derby will be played without fans.", "2026-03-06"),
        ("Sunday's launch will be streamed live.", "2026-03-08"),
    ],
)
def test_a_possessive_weekday_before_a_thing_done(bounds, text: str, expected: str) -> None:
    rows = bounds(text, TUESDAY)
    assert rows[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future perfect is a future: its day lies ahead (before: the participle read as a
        # past gave the day before)
        ("The trustees will have voted on the sale by Friday.", "2026-03-06"),
        ("By Thursday, the ploughs will have cleared the pass.", "2026-03-05"),
        ("The gallery will have been open for a century on Saturday.", "2026-03-07"),
        # negative: a modal's perfect is no future, and a present perfect stays past
        ("The poet would have turned 90 on Sunday.", "2026-03-01"),
        ("The council might have approved the budget on Monday.", "2026-03-02"),
        ("The council has approved the budget on Monday.", "2026-03-02"),
    ],
)
def test_a_future_perfect_looks_ahead(bounds, text: str, expected: str) -> None:
    days = [v for _, v, _, _ in bounds(text, TUESDAY) if len(v) == 10]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the last day of March": the month's last day, a DATE (TimeML's XXXX-03-31)
        (
            "Entries for the show close on the last day of March.",
            [("the last day of March", "2026-03-31", "2026-03-31", "2026-04-01")],
        ),
        (
            "The lease runs to the final day of June 2027.",
            [("the final day of June 2027", "2027-06-30", "2027-06-30", "2027-07-01")],
        ),
        # a leap year's February
        (
            "The harbour fee is payable on the last day of February 2028.",
            [("the last day of February 2028", "2028-02-29", "2028-02-29", "2028-03-01")],
        ),
        # negative: an event's last day stays round twenty's undated day, "the month" its own
        (
            "The last day of the regatta is Friday.",
            [
                ("The last day", "XXXX-XX-XX", "", ""),
                ("Friday", "2026-03-06", "2026-03-06", "2026-03-07"),
            ],
        ),
    ],
)
def test_the_last_day_of_a_month(bounds, text: str, expected: list) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first or last day of a period named from publication or by its year
        (
            "The toll rises on the first day of next month.",
            [("the first day of next month", "2026-04-01", "2026-04-01", "2026-04-02")],
        ),
        (
            "Bids are due on the last day of this month.",
            [("the last day of this month", "2026-03-31", "2026-03-31", "2026-04-01")],
        ),
        (
            "The levy lapses on the first day of 2027.",
            [("the first day of 2027", "2027-01-01", "2027-01-01", "2027-01-02")],
        ),
        (
            "Ferries ran late on the final day of last year.",
            [("the final day of last year", "2025-12-31", "2025-12-31", "2026-01-01")],
        ),
        # negative: "the month" may be another than publication's: left as it was
        (
            "Crews worked through the last day of the month.",
            [("the last day", "P1D", "", ""), ("the month", "2026-03", "2026-03-01", "2026-04-01")],
        ),
    ],
)
def test_the_first_or_last_day_of_a_period(bounds, text: str, expected: list) -> None:
    assert bounds(text) == expected
