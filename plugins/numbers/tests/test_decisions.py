"""The annotation guide's ambiguities 2-8 as the lead settled them (issue 17).

Each test holds invented sentences, one decision each (``benchmarks/devsets/README.md``,
"Resolved: ambiguities 2-8"): what is an item, of which kind, with which counted noun.
"""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["kind"], f["unit"], f["noun"]) for f in extract_text(text)]


# 2. an ordinal naming a period is a date or time part; one that ranks stays
@pytest.mark.parametrize(
    "text",
    [
        "Profit in the first quarter rose to $5 million.",
        "First quarter revenue fell to 12 mln dlrs.",
        "The firm posted first-half profit of £3m.",
        "Sales in the second half of 1987 were weak.",
        "He scored early in the second half and again in the third period.",
        "Midway through the first-half the keeper made a save.",
        "The fourth-quarter loss widened at ACME CORP <ACM> 3RD QTR NET.",
        "The club wasted a second-half chance.",
    ],
)
def test_an_ordinal_naming_a_period_is_no_item(text: str) -> None:
    assert [r for r in rows(text) if r[2] in ("ordinal", "fraction")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their third album came out.", ("third", 3.0, "ordinal", "", "album")),
        ("She finished third in the race.", ("third", 3.0, "ordinal", "", "")),
        ("It grew for a sixth quarter in a row.", ("sixth", 6.0, "ordinal", "", "quarter")),
        ("It won the second leg at home.", ("second", 2.0, "ordinal", "", "leg")),
        # a quarter-final or a half-century is no period
        ("It was her first quarter-final.", ("first", 1.0, "ordinal", "", "quarter-final")),
        ("He made his second half-century.", ("second", 2.0, "ordinal", "", "half-century")),
    ],
)
def test_an_ordinal_that_ranks_stays(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


# the Nth week of an event (the lead's decision after round five): a period of the event is a
# time part, no item; an ordinal that ranks days or weeks stays, as for quarters
@pytest.mark.parametrize(
    "text",
    [
        "Ticket sales slowed in the first week of its release.",
        "The dockers are now in the seventh week of a strike over pay.",
        "On the second day of an offensive the rebels fell back.",
        "Output reached 40,000 ounces in its first year of production.",
        "Its new console sold 90,000 units in its first week on sale.",
        "Fares climbed in the first weeks of the last two seasons.",
        "BORROWINGS FELL IN THE 2ND WEEK OF THE PERIOD.",
        "Crowds gathered again on the third night of protests.",
    ],
)
def test_an_ordinal_naming_a_period_of_an_event_is_no_item(text: str) -> None:
    assert [r for r in rows(text) if r[2] == "ordinal"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index suffered a third week of losses.", ("third", 3.0, "ordinal", "", "week")),
        ("Shares fell for the third straight day.", ("third", 3.0, "ordinal", "", "day")),
        ("Stocks slid for the fourth day in a row.", ("fourth", 4.0, "ordinal", "", "day")),
        ("Talks went into a second day of wrangling.", ("second", 2.0, "ordinal", "", "day")),
        (
            "The premier marked his 1,500th day in the post.",
            ("1,500th", 1500.0, "ordinal", "", "day"),
        ),
        (
            "The film led the charts for the third week running.",
            ("third", 3.0, "ordinal", "", "week"),
        ),
    ],
)
def test_an_ordinal_ranking_days_or_weeks_stays(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


# 3. a number labelling the noun before it is a name; "No 1" as a position is a rank
def test_labels_are_names_and_positions_ranks() -> None:
    assert [r[2] for r in rows("She went out in round one, and he in round 2.")] == [
        "name",
        "name",
    ]
    assert rows("The band reached No 1 in the charts.") == [("No 1", 1.0, "ordinal", "", "")]
    assert rows("The world No 3 beat the No. 2 seed.") == [
        ("No 3", 3.0, "ordinal", "", ""),
        ("No. 2", 2.0, "ordinal", "", "seed"),
    ]
    assert [r[2] for r in rows("Aides at No 10 and Chanel No 5.")] == ["name", "name"]


# 4. "one of N": only N; "one in N": one fraction with the noun
def test_one_of_and_one_in() -> None:
    assert rows("One of four bridges was shut.") == [("four", 4.0, "count", "", "bridge")]
    assert rows("One of the guards was hurt.") == []
    assert rows("One in five adults smokes.") == [("One in five", 0.2, "fraction", "", "adult")]
    assert rows("Fewer than one in 200 cars failed.") == [
        ("one in 200", 0.005, "fraction", "", "car")
    ]


# 5. number words
def test_group_nouns_are_no_items() -> None:
    for text in (
        "The pair were arrested.",
        "A couple of hours passed.",
        "The duo and a trio played; the twins and a quartet left.",
    ):
        assert rows(text) == []


def test_decade_and_century_only_under_a_written_number() -> None:
    assert rows("Prices rose for two decades.") == [("two decades", 20.0, "duration", "year", "")]
    assert rows("It was a three-century dynasty.") == [
        ("three-century", 300.0, "duration", "year", "")
    ]
    assert rows("It ended a decade-long slump within a decade.") == []


def test_multi_million_is_vague() -> None:
    found = extract_text("It signed a multi-million pound deal and a multibillion-dollar loan.")
    assert [(f["text"], f["value"], f["value_high"], f["unit"], f["modifier"]) for f in found] == [
        ("multi-million pound", 2e6, 9999999.0, "GBP", "vague"),
        ("multibillion-dollar", 2e9, 9999999999.0, "USD", "vague"),
    ]
    assert [(f["kind"], f["noun"]) for f in extract_text("It won a multi-million contract.")] == [
        ("count", "")
    ]


def test_a_fold_multiplier_counts_times() -> None:
    found = extract_text("Spam grew more than tenfold.")
    assert [(f["value"], f["kind"], f["noun"], f["modifier"]) for f in found] == [
        (10.0, "count", "time", "more than")
    ]


# 6. ratios and date anchors
def test_ratios_and_anchored_durations_are_no_items() -> None:
    assert rows("The board approved a two-for-one split and a 3-for-2 split.") == []
    assert rows("The plant opened five years ago and shut two weeks later.") == []
    assert rows("Three days earlier it had hired staff.") == []
    # a difference and a length stay durations
    assert [r[:2] for r in rows("It opened two years earlier than planned.")] == [
        ("two years", 2.0)
    ]
    assert [r[:2] for r in rows("He was jailed for five years.")] == [("five years", 5.0)]


# 7. counted noun
def test_no_noun_from_a_model_designation() -> None:
    found = rows("Inspectors found 12 faults and grounded all 11 of its 747-SRs.")
    assert found[:2] == [("12", 12.0, "count", "", "fault"), ("11", 11.0, "count", "", "")]
    assert found[2][:3] == ("747-SRs", 747.0, "name")
    assert rows("It had 40 jets; 3 of its A320s flew.")[1] == ("3", 3.0, "count", "", "")


def test_an_ordinal_takes_the_noun_that_follows_it() -> None:
    assert rows("It is the second of a four rig program.")[0] == ("second", 2.0, "ordinal", "", "")
    assert rows("It is the second largest carmaker.") == [("second", 2.0, "ordinal", "", "")]
    assert rows("It is the first major overhaul.") == [("first", 1.0, "ordinal", "", "overhaul")]


# 8. modifier as written
def test_modifier_as_written() -> None:
    found = extract_text("It will cost £11 billion or thereabouts, less than 12 tonnes.")
    assert [f["modifier"] for f in found] == ["or thereabouts", "less than"]


def test_a_digit_ordinal_ranks_the_capitalised_noun_after_it() -> None:
    assert rows("No tax rise in the 100th Congress.") == [
        ("100th", 100.0, "ordinal", "", "congress")
    ]
    assert rows("The 116th United States Congress met.")[0][4] == "congress"
    assert rows("He came 3rd. Smith was 2nd.") == [
        ("3rd", 3.0, "ordinal", "", ""),
        ("2nd", 2.0, "ordinal", "", ""),
    ]
