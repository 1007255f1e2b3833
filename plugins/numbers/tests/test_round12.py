"""Issue 17, round twelve, on invented sentences: the lead's decision on two alternatives ("three
or four years" is one vague range, as the longer lists are), and the general classes of the
tenth fresh sample's errors (index levels, names and titles, an age range after "age of",
nouns said after the figures, a per-share rate said with "each")."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The repairs will take three or four years.",
            ("three or four years", 3.0, 4.0, "duration", "year", "", "vague"),
        ),
        ("One or two walkers were hurt.", ("One or two", 1.0, 2.0, "count", "", "walker", "vague")),
        ("Its stock slipped 2 or 3%.", ("2 or 3%", 2.0, 3.0, "percent", "%", "", "vague")),
        (
            "Crews get two or three days' leave between tours.",
            ("two or three days", 2.0, 3.0, "duration", "day", "", "vague"),
        ),
        (
            "He began to paint at the age of 12 or 13.",
            ("12 or 13", 12.0, 13.0, "age", "year", "", "vague"),
        ),
        (
            "She learned to swim at the age of five or six.",
            ("five or six", 5.0, 6.0, "age", "year", "", "vague"),
        ),
    ],
)
def test_two_alternatives_are_one_vague_range(
    text: str, expected: tuple[str, float, float, str, str, str, str], figure_tuples
) -> None:
    assert figure_tuples(text) == [expected]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It holds 3.6 mln or 14.8 pct of the company.", [3.6e6, 14.8]),
        ("Net was 12.4 mln dlrs or 51 cts a share.", [12.4e6, 0.51]),
    ],
)
def test_one_figure_said_two_ways_is_no_range(text: str, values: list[float]) -> None:
    # a scaled count, then its share or its rate with no scale of its own; "8 billion or 9
    # billion dlrs" stays alternatives (test_two_scaled_alternatives_stay_a_range)
    found = extract_text(text)
    assert [f["value"] for f in found] == values
    assert all(math.isnan(f["value_high"]) and f["modifier"] != "vague" for f in found)


def test_two_scaled_alternatives_stay_a_range() -> None:
    (found,) = extract_text("It aims at a book of 8 billion or 9 billion dlrs by then.")
    assert (found["value"], found["value_high"], found["modifier"]) == (8e9, 9e9, "vague")


def test_one_or_more_is_a_lower_bound_not_a_range() -> None:
    found = extract_text("One or more climbers are missing.")
    assert [(f["value"], f["modifier"]) for f in found] == [(1.0, "")]
    assert math.isnan(found[0]["value_high"])


@pytest.mark.parametrize(
    "text",
    [
        "The trip took two days or three weeks, depending on the weather.",
        "A ticket costs five dollars or 10 euros at the door.",
    ],
)
def test_alternatives_of_different_units_stay_two_figures(text: str) -> None:
    found = extract_text(text)
    assert len(found) == 2
    assert all(math.isnan(f["value_high"]) and f["modifier"] != "vague" for f in found)


def test_alternatives_are_not_read_across_figures(figure_tuples) -> None:
    found = figure_tuples("Fares rose 2 or 3 per cent, against 1 or 2 per cent a year before.")
    assert found == [
        ("2 or 3 per cent", 2.0, 3.0, "percent", "%", "", "vague"),
        ("1 or 2 per cent", 1.0, 2.0, "percent", "%", "", "vague"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils aged 18 to 24 were asked.", ("aged 18 to 24", 18.0, 24.0, "")),
        ("He retired at the age of 79.", ("79", 79.0, math.nan, "")),
    ],
)
def test_age_ranges_said_with_to_and_single_ages_stay(
    text: str, expected: tuple[str, float, float, str]
) -> None:
    (found,) = extract_text(text)
    got = (found["text"], found["value"], found["value_high"], found["modifier"])
    assert got[:2] == expected[:2] and got[3] == expected[3]
    assert (math.isnan(got[2]) and math.isnan(expected[2])) or got[2] == expected[2]


# ---------------------------------------------------------------- index levels


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The metals index closed at 2210.4.", [2210.4]),
        (
            "The metals index had risen 31.6 to 2845.2, past its record close 2810.7.",
            [31.6, 2845.2, 2810.7],
        ),
        ("The energy index gained 4.0 points to 1322.6.", [4.0, 1322.6]),
        ("The gauge stayed below its peak of 1488.1.", [1488.1]),
    ],
)
def test_index_levels_with_decimals_are_figures_not_dates(text: str, values: list[float]) -> None:
    found = extract_text(text)
    assert [f["value"] for f in found] == values
    assert all(math.isnan(f["value_high"]) for f in found)  # a move to a level is no range


@pytest.mark.parametrize(
    "text", ["The meeting is set for 2005-03-15.", "Results for 1987/88 were late."]
)
def test_dates_written_with_digits_stay_dates(text: str) -> None:
    assert extract_text(text) == []


# ---------------------------------------------------------------- names and titles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The film was directed by 17 Waiting for 40 film-maker Jo Bloggs.", ["17", "40"]),
        ("Space Race 3 wins Bafta prizes for the studio.", ["3"]),
        ("Tomorrow, Wales lock Sam Jones and number eight Tom Evans start.", ["number eight"]),
    ],
)
def test_numbers_in_titles_and_positions_are_names(text: str, names: list[str]) -> None:
    found = extract_text(text)
    assert [f["text"] for f in found if f["kind"] == "name"] == names
    assert all(f["kind"] == "name" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The studio's new first person shooter sold well.",
        "The game uses a first person view throughout.",
    ],
)
def test_a_grammatical_person_is_no_rank(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police said 40 New Yorkers were hurt.", "count"),  # a capitalised noun is counted
        ("Quake Kills 30 People In Valley", "count"),  # a headline in title case
        ("Formula 1 cars Ferrari built were shown.", "count"),  # no verb after the number
        ("She beat Ann Smith and number four Kim Lee.", "ordinal"),  # a rank, no team
        ("The third person arrested was freed.", "ordinal"),
    ],
)
def test_what_is_not_a_title_or_a_position(text: str, kind: str) -> None:
    assert [f["kind"] for f in extract_text(text)] == [kind]


# ---------------------------------------------------------------- nouns said after the figures


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("The firm cut to 3,000 from 4,000 the number of units it makes.", ["unit", "unit"]),
        ("The club raised to 40 the number of seats in the stand.", ["seat"]),
        ("It rose to 12 from 10, the number of firms said.", ["", ""]),  # a clause break
    ],
)
def test_the_noun_said_after_the_figures(text: str, nouns: list[str]) -> None:
    assert [f["noun"] for f in extract_text(text)] == nouns


# ---------------------------------------------------------------- "N dlrs each" after shares


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("The firm said its new shares would sell at six to eight dlrs each.", "share"),
        ("The shares were priced at 15 dlrs each.", "share"),
        # no shares: not a per-share price, but per the plural "each" shares out (round 34)
        ("The tickets cost 20 dlrs each.", "ticket"),
        ("Its stock lost one dlr to close at 41 dlrs each on Friday.", ""),  # no plural shares
        # people's each: per director, not per share (round 34)
        ("The shares were sold and the directors got 12 dlrs each.", "director"),
    ],
)
def test_a_price_each_after_shares_is_per_share(text: str, per: str) -> None:
    money = [f for f in extract_text(text) if f["kind"] == "money"]
    assert money[-1]["per"] == per


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move to a level after the more verbs of a move: the level far above the move
        ("The stock slipped 3/4 to 52-1/4 in thin trade.", [(0.75, None), (52.25, None)]),
        ("The bond gauge had risen 1.4 to 104.6 by noon.", [(1.4, None), (104.6, None)]),
        # within three times: a range of the change
        ("Output has risen by 5 to 15 pct this year.", [(5.0, 15.0)]),
        ("Stocks will have fallen 20,000 to 40,000 tonnes.", [(20000.0, 40000.0)]),
    ],
)
def test_a_move_to_a_level_or_a_range_of_the_change(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    got = [
        (f["value"], None if math.isnan(f["value_high"]) else f["value_high"])
        for f in extract_text(text)
    ]
    assert got == expected


def test_a_move_in_points_to_a_level_gives_the_level_no_noun() -> None:
    found = extract_text(
        "The metals index gained 11.2 points to 2406.3 and the oils 4.0 points to 1322.6."
    )
    # an index's move in points is a measure with no noun, as its level (the lead's decision
    # on the thirty-second sample, round fifty)
    assert [(f["value"], f["noun"]) for f in found] == [
        (11.2, ""),
        (2406.3, ""),
        (4.0, ""),
        (1322.6, ""),
    ]


@pytest.mark.parametrize(
    "text", ["He carried a .38 calibre revolver.", "It was a .45 caliber handgun."]
)
def test_a_calibre_is_a_name(text: str) -> None:
    assert [f["kind"] for f in extract_text(text)] == ["name"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Dealers see the rate up a quarter of a percentage point.", 0.25, "percentage points"),
        ("The cut was half a percentage point, analysts said.", 0.5, "percentage points"),
        ("Prices rose by half a per cent last month.", 0.5, "%"),
    ],
)
def test_a_fraction_of_a_percentage_point(text: str, value: float, unit: str) -> None:
    (found,) = extract_text(text)
    assert (found["value"], found["unit"], found["kind"]) == (value, unit, "percent")


def test_a_score_in_points_keeps_its_noun() -> None:
    found = extract_text("They stayed top after a 31 points to 12 win over the visitors.")
    assert [(f["value"], f["noun"]) for f in found] == [(31.0, "point"), (12.0, "point")]


@pytest.mark.parametrize(
    "text",
    [
        "It registered 412,500 Class A shares for sale.",
        "It sold 3 mln series B preferred shares.",
    ],
)
def test_the_noun_past_a_share_class(text: str) -> None:
    assert [f["noun"] for f in extract_text(text)] == ["share"]


def test_a_series_before_a_capitalised_word_is_no_share_class() -> None:
    assert [f["noun"] for f in extract_text("The quiz earns a second series TV slot.")] == [
        "series"
    ]
