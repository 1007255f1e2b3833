"""Issue 19, sixteenth round: ranges of counts, "then-current", clock times of a schedule told
as a rule or in the plain present, and the spurious shapes the TimeML guidelines do not
annotate. Every sentence is invented (none follows a corpus sentence). The publication date is
Wednesday 2026-03-11 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-03-11"
PUBLISHED = WEDNESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of counts says no one count: the count is left open
        (
            "Repairing the dam took two to three years.",
            [("two to three years", "DURATION", "PXY")],
        ),
        (
            "The orchard keeps its licence for 12 to 18 months.",
            [("12 to 18 months", "DURATION", "PXM")],
        ),
        ("Patients stayed three or four days.", [("three or four days", "DURATION", "PXD")]),
        ("Each crossing lasts 3-5 weeks.", [("3-5 weeks", "DURATION", "PXW")]),
        (
            "Olive growers hope to double exports over the next four to five years.",
            [("the next four to five years", "DURATION", "PXY")],
        ),
        (
            "The sentence carries 200-400 hours of unpaid work.",
            [("200-400 hours", "DURATION", "PTXH")],
        ),
        ("Rebels face a 10- to 15-year sentence.", [("10- to 15-year", "DURATION", "PXY")]),
        # "between" two counts: one length, its count open (not the second count alone)
        (
            "The crossing takes between six and eight hours.",
            [("six and eight hours", "DURATION", "PTXH")],
        ),
        ("Terms run between two and five years.", [("two and five years", "DURATION", "PXY")]),
        ("between 1990 and 1995", [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
        # a time ahead at a ranged distance is a vague future, not the first count's date
        (
            "The council will rule on the bridge in two to three weeks.",
            [("two to three weeks", "DATE", "FUTURE_REF")],
        ),
        # one count, or the same count twice, keeps its value
        ("The tunnel took two years.", [("two years", "DURATION", "P2Y")]),
        ("A two-year lease was signed.", [("two-year", "DURATION", "P2Y")]),
        # a range of years is two dates, as before
        ("the 2021-2025 plan", [("2021", "DATE", "2021"), ("2025", "DATE", "2025")]),
    ],
)
def test_a_range_of_counts_is_a_vague_length(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "then current" before a noun that is no period, and "current" alone after "since
        # then", "until then": no row since 0.9.64 (the lead's decision 1 on round
        # seventy-two; before, PAST_REF and PRESENT_REF)
        ("Holders may buy shares at the then-current auction price.", []),
        ("The mayor outranked every then current council member.", []),
        ("Since then current prices have doubled.", []),
        ("Until then current rules apply.", []),
        # before a period it stays, a time past
        ("The then-current quarter was weak.", [("then-current", "DATE", "PAST_REF")]),
        # a "current account" is no time, with "then" or without
        ("The then current account deficit widened.", []),
    ],
)
def test_then_current_is_a_past_reference(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule as a rule, or a place's hours in the plain present: any day's time
        (
            "Under the new law, pharmacies are obliged to open from 9 a.m.",
            [("9 a.m.", "TIME", "XXXX-XX-XXT09:00")],
        ),
        (
            "Kiosks in the park must close at 11 p.m. in summer.",
            [("11 p.m.", "TIME", "XXXX-XX-XXT23:00"), ("summer", "DATE", "2026-SU")],
        ),
        (
            "Trading in the wool contracts closes at 4:45 p.m. local time.",
            [("4:45 p.m. local time", "TIME", "XXXX-XX-XXT16:45")],
        ),
        (
            "The regional bourse opens at 0830 GMT.",
            [("0830 GMT", "TIME", "XXXX-XX-XXT08:30")],
        ),
        # a day named makes it that day's
        (
            "The regional bourse opens at 0830 GMT on Friday.",
            [("0830 GMT on Friday", "TIME", "2026-03-13T08:30")],
        ),
        # a past clause tells one day's
        (
            "The bourse closed at 4 p.m. after a quiet session.",
            [("4 p.m.", "TIME", "2026-03-11T16:00")],
        ),
        # one day's act, past or to come: the day's
        ("Ticket desks were forced to close at noon.", [("noon", "TIME", "2026-03-11T12:00")]),
        ("The ticket desks will open at 7 a.m.", [("7 a.m.", "TIME", "2026-03-11T07:00")]),
        # neither a rule nor a place's hours: the day's
        ("Voting stations close at 8 p.m.", [("8 p.m.", "TIME", "2026-03-11T20:00")]),
        ("Offers must be filed by 1100 GMT.", [("1100 GMT", "TIME", "2026-03-11T11:00")]),
    ],
)
def test_a_schedule_told_as_a_rule_is_any_days(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday named as an institution is no day of the calendar
        ("The union fought for Arbor Day to become a state holiday.", []),
        ("The regional council declared Boxing Day a public holiday.", []),
        ("Shops stayed shut on Boxing Day.", [("Boxing Day", "DATE", "2025-12-26")]),
        # a place or an event named after a feast
        ("Divers mapped the reefs off Christmas Island.", []),
        ("The statues of Easter Island face inland.", []),
        # "the cities of today": the present at large (PRESENT_REF); "the cities of
        # tomorrow", the future at large, is no TIMEX3 (the lead's decision 1 on round
        # sixty-four's questions supersedes this round's FUTURE_REF)
        ("Engineers shape the cities of tomorrow.", []),
        ("The school trains the leaders of today.", [("today", "DATE", "PRESENT_REF")]),
        (
            "By the end of tomorrow the list closes.",
            [("the end of tomorrow", "DATE", "2026-03-12")],
        ),
        # "one day" between "to" or a subject and a present verb: someday
        ("The apprentice hopes to one day run the bakery.", [("one day", "DATE", "FUTURE_REF")]),
        (
            "Her coach wishes she one day coaches the national side.",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        # a length of a day stays one
        ("The ferry repairs took one day.", [("one day", "DURATION", "P1D")]),
        ("They rebuilt the hut in one day.", [("one day", "DURATION", "P1D")]),
    ],
)
def test_names_and_figures_of_speech_are_no_days(found, text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a future told from a past report: the first such day after the report, either side
        # of publication (round eighteen: the report is the day in focus when one was named
        # in the week before publication, else the publication day itself)
        (
            "At Thursday's meeting it was agreed the ferries would stop on Saturday.",
            "2026-03-09",  # a Monday: the Saturday two days before
            [("Thursday", "DATE", "2026-03-05"), ("Saturday", "DATE", "2026-03-07")],
        ),
        (
            "The forecasters said on Tuesday the storm would reach the islands Tuesday night.",
            "2026-03-11",  # a Wednesday: the night of the report, before publication
            [("Tuesday", "DATE", "2026-03-10"), ("Tuesday night", "TIME", "2026-03-10TNI")],
        ),
        (
            "The forecasters said the storm would reach the islands Tuesday night.",
            "2026-03-11",  # undated: reported on the Wednesday, so the Tuesday ahead
            [("Tuesday night", "TIME", "2026-03-17TNI")],
        ),
        (
            "The minister said he would fly to Oslo on Monday.",
            "2026-03-13",  # a Friday: the Monday three days ahead
            [("Monday", "DATE", "2026-03-16")],
        ),
        # a future told from now still looks ahead
        (
            "The minister says he will fly to Oslo on Monday.",
            "2026-03-11",
            [("Monday", "DATE", "2026-03-16")],
        ),
        (
            "The minister would fly to Oslo next Monday.",
            "2026-03-11",
            [("next Monday", "DATE", "2026-03-16")],
        ),
    ],
)
def test_a_future_told_from_a_past_report_follows_the_report(
    found, text: str, published: str, expected: list
) -> None:
    assert found(text, published) == expected
