"""Issue 17, round seventy-four, on invented text: the lead's decision 2 on round seventy-three
(a bare level that a subject's sales reach counts `sale`; a level in a currency or a measure
keeps its unit and no noun), then kinds of the forty-second and forty-third samples that news
at large shares. Each positive fails on main's code (0.28.40); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _by_text(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Its March sales rose to 64,000 from 59,000.", ("64,000", "59,000")),
        ("Acme says its sales in Spain should climb 12% to 180,000.", ("180,000",)),
        ("Its sales will hit 2.5 million next year.", ("2.5 million",)),
        ("Year-to-date sales climbed to 48,000 from 36,500.", ("48,000", "36,500")),
        ("Its April sales fell to 8,120, down from 9,400.", ("8,120", "9,400")),
        ("Domestic sales declined 12 pct to 7,400 from 8,400.", ("7,400", "8,400")),
        ("Total sales were 61,300 against 70,050 a year earlier.", ("61,300", "70,050")),
    ],
)  # fmt: skip
def test_a_bare_level_a_subject_sales_reach_counts_sales(text: str, spans: tuple) -> None:
    found = _by_text(text)
    for span in spans:
        assert (found[span]["kind"], found[span]["noun"]) == ("count", "sale")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales rose to 254 mln from 230 mln.", "254 mln"),
        ("Sales rose 4% to 3.1 bln.", "3.1 bln"),
        ("Sales rose to 12,500 tonnes.", "12,500 tonnes"),
        ("Sales fell to 12,500 dlrs in May.", "12,500 dlrs"),
        ("Sales rose for the 12th month, and 300 stores closed.", "300"),
        ("Truck sales rose 9.1 pct to 55,000 from 46,000.", "55,000"),
        ("Sales of its vans rose 8 pct to 39,000.", "39,000"),
    ],
)  # fmt: skip
def test_money_measures_and_other_counts_after_sales_take_no_sale(text: str, span: str) -> None:
    assert _by_text(text)[span]["noun"] != "sale"


def test_a_level_in_a_currency_or_a_measure_keeps_its_unit() -> None:
    found = _by_text("Its sales fell to 12,500 tonnes from 14,000 tonnes.")
    assert {(f["unit"], f["noun"]) for f in found.values()} == {("t", "")}
    found = _by_text("Its sales totaled 31.4 mln dlrs, down from 33.2 mln.")
    assert {(f["unit"], f["noun"]) for f in found.values()} == {("USD", "")}


@pytest.mark.parametrize(
    "text",
    [
        "The motion was carried 7-2 by the board.",
        "The measure was passed 6-3 by the council.",
        "The plan was approved 5-4 on Monday.",
        "The motion was carried 7 to 2 by the board.",
    ],
)
def test_a_tally_after_a_passive_verb_of_a_motion_counts_votes(text: str) -> None:
    found = [f for f in extract_text(text) if f["kind"] == "count"]
    assert len(found) == 2 and {f["noun"] for f in found} == {"vote"}


@pytest.mark.parametrize(
    "text", ["Arsenal were beaten 3-1 by Chelsea.", "The side was defeated 2-0 at home."]
)
def test_a_score_after_a_verb_of_sport_is_no_tally(text: str) -> None:
    assert not any(f["noun"] == "vote" for f in extract_text(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She's 17, sings well and has a record deal.", "17"),
        ('"He\u2019s 23 and learning," his trainer said.', "23"),
    ],
)
def test_an_age_after_a_contracted_is(text: str, span: str) -> None:
    f = _by_text(text)[span]
    assert (f["kind"], f["unit"]) == ("age", "year")


def test_a_count_after_a_contracted_is_stays_a_count() -> None:
    assert _by_text("He's 19 points clear.")["19"]["kind"] == "count"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Lyon side finished second, with Porto's reserves fourth.", "fourth"),
        ("Her novel took first place with a memoir by Lee third, the judges said.", "third"),
        ("Okoro won in 13:20.15 while Lind battled to second in 13:22.40.", "second"),
        ("She fought back to fourth in 2:11.8.", "fourth"),
    ],
)
def test_a_place_after_its_noun_in_a_list_or_after_a_move_to(text: str, span: str) -> None:
    assert _by_text(text)[span]["kind"] == "ordinal"


@pytest.mark.parametrize(
    "text",
    ["He came in with the others first, and then left.", "They moved to first in the table."],
)
def test_an_adverb_first_stays_no_place(text: str) -> None:
    assert "first" not in _by_text(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("CALL MONEY  6-1/8   LOW    6-3/8   HIGH TRADED", (6.125, 6.375)),
        ("CALL MONEY 4.875 LOW 5.125 HIGH", (4.875, 5.125)),
    ],
)
def test_a_call_money_row_low_and_high_are_measures(text: str, values: tuple) -> None:
    found = extract_text(text)
    assert [(f["kind"], f["value"], f["unit"]) for f in found] == [
        ("measure", v, "") for v in values
    ]


def test_a_version_after_a_name_stays_a_name() -> None:
    assert _by_text("the Firefox 1.0 browser")["1.0"]["kind"] == "name"


def test_a_plural_in_che_keeps_its_e() -> None:
    assert _by_text("The bond comes in three tranches.")["three"]["noun"] == "tranche"


@pytest.mark.parametrize(
    "text",
    ["The offer is 31.25 dlrs net per share.", "It will pay 10 dlrs net a share."],
)
def test_a_price_net_per_share(text: str) -> None:
    money = [f for f in extract_text(text) if f["kind"] == "money"]
    assert [(f["unit"], f["per"]) for f in money] == [("USD", "share")]


def test_net_before_a_time_is_no_rate() -> None:
    assert _by_text("It earned 5 mln dlrs net a year ago.")["5 mln dlrs"]["per"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "He hopes he will one day coach the side.",
        "I hope to one day play for England.",
        "She might one day become its chair.",
    ],
)
def test_one_day_between_a_modal_and_its_verb_is_some_day(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It will take one day to finish.",
        "The strike was reduced to one day by the union.",
        "Talks were cut to one day.",
    ],
)
def test_one_day_after_a_verb_or_a_change_stays_a_duration(text: str) -> None:
    assert _by_text(text)["one day"]["kind"] == "duration"


_LOWER_TABLE = (
    " overnight  8-1/4 1/8\n week       8-5/16 3/16\n 1 month    8-7/16 5/16\n"
    " two        8-1/2 3/8\n three      8-9/16 7/16"
)


def test_a_lower_case_rate_table_gives_its_quotes_and_no_tenors() -> None:
    found = extract_text(_LOWER_TABLE)
    assert [f["value"] for f in found] == [
        8.25, 8.125, 8.3125, 8.1875, 8.4375, 8.3125, 8.5, 8.375, 8.5625, 8.4375,
    ]  # fmt: skip
    assert all(not (f["unit"] or f["noun"]) for f in found)


def test_a_tenor_in_prose_stays_a_duration() -> None:
    found = _by_text("The loan runs for 1 month at 8-3/4 pct, then two more at 5/8 pct.")
    assert found["1 month"]["kind"] == "duration"


def test_a_rate_table_row_label_of_two_words_is_no_unit_nor_noun() -> None:
    text = (
        " overnight    4-5/8 1/2\n tom/next     4-11/16 9/16\n week fixed   4-3/4 5/8\n"
        " one month    4-13/16 11/16\n two          4-7/8 3/4"
    )
    found = extract_text(text)
    assert [f["value"] for f in found] == [4.625, 4.5, 4.6875, 4.5625, 4.75, 4.625, 4.8125,
                                           4.6875, 4.875, 4.75]  # fmt: skip
    assert all(not (f["unit"] or f["noun"]) for f in found)
