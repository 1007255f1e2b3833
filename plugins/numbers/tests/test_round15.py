"""Issue 17, round fifteen, on invented sentences: classes that recur across samples and are common
over the unannotated developer documents ("billion marks", "for each of its shares")."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(f["text"], f["kind"], f["unit"], f["per"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ministry wants to cut taxes by 4.1 billion marks next year.", "4.1 billion marks"),
        ("The carmaker lost some 32 mln marks in the venture.", "32 mln marks"),
        ("Net profit rose to 12 million marks.", "12 million marks"),
        ("Sales reached 2.3 bln marks, the group said.", "2.3 bln marks"),
        ("The currency closed at 1.8240 marks in Frankfurt.", "1.8240 marks"),
    ],
)
def test_a_scaled_or_decimal_sum_in_marks_is_money(text: str, span: str) -> None:
    rows = _rows(text)
    assert (rows[0][0], rows[0][1], rows[0][2]) == (span, "money", "DEM")


@pytest.mark.parametrize(
    "text",
    [
        "She scored 8 marks out of 10 in the test.",
        "Judges gave the dancers 40 marks.",
    ],
)
def test_marks_after_a_plain_count_stay_a_count(text: str) -> None:
    assert all(kind == "count" for _, kind, *_ in _rows(text))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The utility earned 2.6 bln Swedish crowns.", "2.6 bln Swedish crowns", "SEK"),
        ("The shipper is floating a 450 mln Danish crown note.", "450 mln Danish crown", "DKK"),
        ("Oslo set aside 90 mln Norwegian crowns for the port.", "90 mln Norwegian crowns", "NOK"),
        ("The bank will raise 150 mln Finnish marks.", "150 mln Finnish marks", "FIM"),
    ],
)  # fmt: skip
def test_a_nordic_crown_or_mark_named_by_its_country_is_money(
    text: str, span: str, unit: str
) -> None:
    rows = _rows(text)
    assert (rows[0][0], rows[0][1], rows[0][2]) == (span, "money", unit)


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("The board issued one warrant for each of its outstanding shares.", "one", "share"),
        ("Holders will get 1.5 new shares for each share they hold.", "1.5", "share"),
        ("The bidder will pay 14 dlrs in cash for each share of the target.", "14 dlrs", "share"),
        ("The charity gets 60p for each song downloaded from the site.", "60p", "song"),
        ("The firm handed out two tickets for every guest.", "two", "guest"),
        ("Deposits are insured up to 50,000 dlrs for each saver.", "50,000 dlrs", "saver"),
        ("The scheme awards one extra share for each ordinary share owned.", "one", "share"),
    ],
)  # fmt: skip
def test_a_rate_said_later_by_for_each(text: str, span: str, per: str) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][3] == per


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Holders get five new shares for every three shares held.", "five"),
        ("The firm offers one share for every 50 shares outstanding.", "one"),
        ("Members receive one free ticket for each one they buy.", "one"),
        ("He paid 5 dlrs for each of them.", "5 dlrs"),
        ("The group paid 20 dlrs and a share for each of the two new units.", "20 dlrs"),
        ("They waited 20 minutes and then left for each other's homes.", "20 minutes"),
    ],
)
def test_no_rate_from_a_ratio_a_pronoun_or_a_number(text: str, span: str) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][3] == ""


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The number of active drilling rigs fell by 12 last week.", "12", "rig"),
        ("The number of people on waiting lists climbed to 3.4 million.", "3.4 million", "person"),
        ("The total number of working mines was 40.", "40", "mine"),
        ("The number of women in the cabinet rose to five.", "five", "woman"),
    ],
)
def test_the_noun_said_before_the_figure_by_number_of(text: str, span: str, noun: str) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][4] == noun


def test_number_of_takes_no_verb_for_its_noun() -> None:
    rows = {row[0]: row for row in _rows("The number of them was 40 at the start.")}
    assert rows["40"][4] == ""


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The firm won two potentially lucrative oil exploration contracts.", "two", "contract"),
        ("They found two highly promising gas drilling licences.", "two", "licence"),
        ("The state took over six financially troubled builders.", "six", "builder"),
        ("The town has 20 newly built homes.", "20", "home"),
    ],
)
def test_an_adverb_grading_an_adjective_stays_in_the_noun_phrase(
    text: str, span: str, noun: str
) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][4] == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They sold two only, largely because of the rain.", "two"),
        ("The two nations' generally warm trade ties held.", "two"),
        ("Prices rose 5 pct largely because of oil.", "5 pct"),
    ],
)
def test_no_noun_through_an_adverb_that_grades_no_phrase(text: str, span: str) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][4] in ("", "nation")


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("The firm beat the 20 pct average annual growth of its rivals.", "20 pct", "year"),
        ("The loan carries a 9 pct annual interest rate.", "9 pct", "year"),
        ("Output rose at a 3.1 pct annual pace in the spring.", "3.1 pct", "year"),
        ("The plant runs below its 50,000 tonnes annual capacity.", "50,000 tonnes", "year"),
        ("The rise in the 60 peso minimum daily wage was approved.", "60 peso", "day"),
        ("Users with over 300 dlrs in monthly phone bills qualify.", "300 dlrs", "month"),
    ],
)
def test_a_rate_adjective_later_in_the_figures_phrase(text: str, span: str, per: str) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][3] == per


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The fine can reach 10% of annual turnover.", "10%"),
        ("Prices were up 2.1% on an annual basis.", "2.1%"),
        ("The group owns three weekly magazines.", "three"),
        ("Staff got a 4 pct share of the annual profit.", "4 pct"),
    ],
)
def test_no_rate_from_an_adjective_outside_the_phrase_or_on_a_count(text: str, span: str) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][3] == ""


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The cedi slid to 17 to the dollar from just under three.", "17"),
        ("The peso was pegged at 6.5 to the dollar, its second cut.", "6.5"),
        ("The shilling sells at more than 9,000 to the US dollar.", "9,000"),
    ],
)
def test_an_exchange_rate_of_a_currency_we_do_not_name_is_still_per_its_base(
    text: str, span: str
) -> None:
    rows = {row[0]: row for row in _rows(text)}
    assert rows[span][3] == "dollar"


def test_no_rate_base_before_a_noun() -> None:
    rows = {row[0]: row for row in _rows("The chain sold 20 to the dollar store.")}
    assert rows["20"][3] == ""
