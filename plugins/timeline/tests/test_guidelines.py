"""TimeML / TIMEX3 guideline conventions, one invented news sentence each.

Why a separate file: these pin conventions taken from the TimeML 1.2.1 / TIMEX3 guidelines and
TempEval-3 practice (not from one corpus's habits), so a later change that breaks one is a
change of convention, to be argued in ``docs/plugins/timeline.md``. Every sentence is written
for the test; the publication date is Wednesday 2019-08-07 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2019-08-07"
PUBLISHED = WEDNESDAY  # the date ``found`` reads against (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry service will be held up on Friday.", ("Friday", "DATE", "2019-08-09")),
        ("The auction will be held on Monday.", ("Monday", "DATE", "2019-08-12")),
        ("The plot was sold on Monday.", ("Monday", "DATE", "2019-08-05")),
        # the auxiliary lies far to the left of the month, beyond the verbs' short window
        (
            "Captain Ada Moreno will be named commander of the research vessel Halcyon for a"
            " survey in December.",
            ("December", "DATE", "2019-12"),
        ),
    ],
)
def test_an_irregular_passive_takes_the_tense_of_its_auxiliary(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents climbed over the past year.", ("the past year", "DATE", "2018")),
        ("The past week was the wettest on record.", ("The past week", "DATE", "2019-W31")),
        # ten years up to now, not the 2010s (issue 19): a length, as "the past century"
        ("Crime fell during the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("The museum closed the previous year.", ("the previous year", "DATE", "2018")),
        # a count stays a length anchored at the creation time
        ("Rents climbed over the past two years.", ("the past two years", "DURATION", "P2Y")),
    ],
)
def test_the_past_unit_is_the_previous_calendar_unit(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2021-2025 development plan was adopted.",
            [("2021", "DATE", "2021"), ("2025", "DATE", "2025")],
        ),
        ("The agency sold 1500-2000 tonnes of grain.", []),
    ],
)
def test_each_end_of_a_year_range_is_a_date(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_wire_clock_time_takes_the_day_after_its_parenthesis(found) -> None:
    text = "The dam gave way at 10:40 a.m. (0740 GMT) Monday."
    assert found(text) == [
        ("10:40 a.m.", "TIME", "2019-08-05T10:40"),
        ("0740 GMT", "TIME", "2019-08-05T07:40"),
        ("Monday", "DATE", "2019-08-05"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miners ended the year-long strike.", ("year-long", "DURATION", "P1Y")),
        ("The decade-long war left the region poor.", ("decade-long", "DURATION", "P10Y")),
        # a plural unit gives no count
        ("The decades-long feud ended in a truce.", ("decades-long", "DURATION", "PXY")),
        ("Dockers ended a months-long strike.", ("months-long", "DURATION", "PXM")),
    ],
)
def test_a_unit_long_adjective_is_a_length(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


def test_a_part_of_the_day_falls_on_the_day_under_discussion(found) -> None:
    text = (
        "Floods reached the valley on Monday. In the morning, roads closed. That night it rained."
    )
    assert found(text) == [
        ("Monday", "DATE", "2019-08-05"),
        ("the morning", "TIME", "2019-08-05TMO"),
        ("That night", "TIME", "2019-08-05TNI"),
    ]


def test_the_first_half_of_the_year_is_a_half_year(found) -> None:
    text = "Hotel stays climbed across the first half of the year."
    assert found(text) == [("the first half of the year", "DATE", "2019-H1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers meet Monday in Vienna.", ("Monday", "DATE", "2019-08-12")),
        ("The summit opens Friday, officials said.", ("Friday", "DATE", "2019-08-09")),
        (
            "At the close of business Monday, bids had been tendered.",
            ("Monday", "DATE", "2019-08-05"),
        ),
        # an infinitive takes the tense of its governing verb
        ("The crew tried to leave on Monday.", ("Monday", "DATE", "2019-08-05")),
    ],
)
def test_a_scheduling_present_looks_ahead(found, text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_the_verb_last_is_no_part_of_a_length(found) -> None:
    text = "The inquiry is expected to last several months."
    assert found(text) == [("several months", "DURATION", "PXM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports rose from March to May 2017.",
            [("March", "DATE", "2017-03"), ("May 2017", "DATE", "2017-05")],
        ),
        (
            "Imports fell in the January-June period last year.",
            [
                ("January", "DATE", "2018-01"),
                ("June", "DATE", "2018-06"),
                ("last year", "DATE", "2018"),
            ],
        ),
        (
            "The fair ran from Dec. 28 to Jan. 4, 2016.",
            [("Dec. 28", "DATE", "2015-12-28"), ("Jan. 4, 2016", "DATE", "2016-01-04")],
        ),
    ],
)
def test_the_ends_of_a_range_share_the_year_written_once(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds gathered for the Spring Festival.", []),
        ("Shares fell for eight straight days.", [("eight straight days", "DURATION", "P8D")]),
        (
            "Output grew for three consecutive years.",
            [("three consecutive years", "DURATION", "P3Y")],
        ),
    ],
)
def test_festival_names_and_consecutive_lengths(
    found, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_the_year_before_follows_the_time_under_discussion(found) -> None:
    text = "Harvests recovered in 2011, after a drought the year before."
    assert found(text) == [("2011", "DATE", "2011"), ("the year before", "DATE", "2010")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party ruled for half a century.", ("half a century", "DURATION", "P50Y")),
        ("It was a quarter century of peace.", ("a quarter century", "DURATION", "P25Y")),
        ("The city has 2,000 years of history.", ("2,000 years", "DURATION", "P2000Y")),
        ("The monastery has stood for a millennium.", ("a millennium", "DURATION", "P1L")),
    ],
)
def test_lengths_of_large_units_and_grouped_numbers(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text)[-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue for the fiscal year rose.", [("the fiscal year", "DATE", "2019")]),
        (
            "Losses narrowed in the latest fiscal year.",
            [("the latest fiscal year", "DATE", "2018")],
        ),
        (
            "Over the fiscal year ended March 4, ferry fares eased.",
            [("the fiscal year", "DURATION", "P1Y"), ("March 4", "DATE", "2019-03-04")],
        ),
    ],
)
def test_the_fiscal_year(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets twice a year.", ("twice a year", "SET", "P1Y")),
        ("Ferries sail three times a week.", ("three times a week", "SET", "P1W")),
    ],
)
def test_the_frequency_belongs_to_the_set(found, text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Banks have extended the credit line through January.",
            "2019-10-14",
            ("January", "DATE", "2020-01"),
        ),
        ("The ballot was postponed until Friday.", WEDNESDAY, ("Friday", "DATE", "2019-08-09")),
        # no deferral verb: a past verb keeps the month in the past
        ("Exports fell through January.", "2019-10-14", ("January", "DATE", "2019-01")),
    ],
)
def test_a_deferral_target_lies_after_the_act(
    found, text: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert found(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It began in March nineteen ninety-one.",
            ("March nineteen ninety-one", "DATE", "1991-03"),
        ),
        (
            "Snow fell in the winter of nineteen eighty-seven.",
            ("the winter of nineteen eighty-seven", "DATE", "1987-WI"),
        ),
    ],
)
def test_a_spoken_year_completes_a_month_or_season(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Solar power could one day replace coal.", ("one day", "DATE", "FUTURE_REF")),
        ("The strike will last one day.", ("one day", "DURATION", "P1D")),
    ],
)
def test_one_day_after_a_modal_is_an_indefinite_future(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


def test_a_counted_noun_before_a_unit_makes_a_rate(found) -> None:
    text = "The new route adds nearly 700 seats a week."
    assert found(text) == [("a week", "SET", "P1W")]


def test_a_short_decade_after_a_full_one_is_a_decade(found) -> None:
    text = "Prices doubled in the 1970s and '80s."
    assert found(text) == [("the 1970s", "DATE", "197"), ("'80s", "DATE", "198")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops may stay in the region for some time.", [("some time", "DURATION", "PXX")]),
        ("The town will be without power for a while.", [("a while", "DURATION", "PXX")]),
        ("Once in a while a ferry calls.", []),
    ],
)
def test_a_length_without_a_unit(found, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The valley floods each spring.", ("each spring", "SET", "XXXX-SP")),
        ("Patrols pass every night.", ("every night", "SET", "XXXX-XX-XXTNI")),
        ("The council sits every other week.", ("every other week", "SET", "P2W")),
        ("The market opens on weekends.", ("weekends", "SET", "XXXX-WXX-WE")),
    ],
)
def test_recurring_seasons_parts_of_day_and_weekends_are_sets(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake struck in the early hours of Sunday.",
            ("the early hours of Sunday", "TIME", "2019-08-04TMO"),
        ),
        (
            "Fire broke out in the early hours of Aug. 3.",
            ("the early hours of Aug. 3", "TIME", "2019-08-03TMO"),
        ),
    ],
)
def test_the_early_hours_of_a_day_are_a_time(
    found, text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bonds will be redeemed in five years.", ("five years", "DATE", "2024")),
        ("The envoy will leave in two weeks.", ("two weeks", "DATE", "2019-W34")),
        ("The bridge was rebuilt in two weeks.", ("two weeks", "DURATION", "P2W")),
        ("The plan will be done within a year.", ("a year", "DURATION", "P1Y")),
        # a span looked back over stays a length, whatever the tense
        (
            "It will be the first surplus in five years.",
            ("five years", "DURATION", "P5Y"),
        ),
    ],
)
def test_in_a_count_ahead_names_a_time(found, text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_the_year_ahead_is_the_coming_year(found) -> None:
    text = "Growth will slow in the year ahead."
    assert found(text) == [("the year ahead", "DATE", "2020")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levee will hold for two to three years.",
            [("two to three years", "DURATION", "PXY")],
        ),
        (
            "The vote will come in two to three weeks.",
            [("two to three weeks", "DATE", "FUTURE_REF")],
        ),
        (
            "Drying takes between six and eight hours.",
            [("six and eight hours", "DURATION", "PTXH")],
        ),
    ],
)
def test_a_range_of_counts_is_one_length_with_its_count_open(
    found, text: str, expected: list
) -> None:
    assert found(text) == expected


def test_a_schedule_told_as_a_rule_is_any_days_time(found) -> None:
    text = "Cafes in the old town are obliged to close at 11 p.m."
    assert found(text) == [("11 p.m.", "TIME", "XXXX-XX-XXT23:00")]


def test_then_current_is_a_past_reference(found) -> None:
    # before a noun that is no period, no row since 0.9.64 (the lead's decision 1 on round
    # seventy-two); before a period, current at a time past
    assert found("The then-current coach was fired.") == []
    assert found("The then-current season was poor.") == [("then-current", "DATE", "PAST_REF")]
