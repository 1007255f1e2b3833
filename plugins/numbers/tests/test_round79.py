"""Issue 17, round seventy-nine, on invented text: the lead's decisions on round seventy-eight
(a count of people named by an adjective counts ``person``; a bare "tons" after a story's
"short tons" is the short ton, also when its span holds a rate). Each positive fails on main's
code (0.28.45); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _count(text: str, figure: str) -> dict[str, object]:
    found = {f["text"]: f for f in extract_text(text)}
    return found[figure]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The storm left 4,000 homeless across the valley.", "4,000"),
        ("Joblessness hit 9 pct, with more than 1.5 mln jobless.", "1.5 mln"),
        ("An earlier tally of 19 dead was revised.", "19"),
        ("The ferry fire left 300 dead and dozens hurt.", "300"),
        ("The crash left 25 injured, three of them badly.", "25"),
        ("The ministry listed 640 missing after the slide.", "640"),
        ("There were 2 mln unemployed in the spring.", "2 mln"),
        ("The death toll rose to 31 dead on Sunday.", "31"),
    ],
)
def test_a_count_before_a_people_adjective_counts_person(text: str, figure: str) -> None:
    f = _count(text, figure)
    assert (f["kind"], f["noun"]) == ("count", "person")


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Divers found 3 dead whales on the beach.", "3", "whale"),
        ("The 12 missing files were restored.", "12", "file"),
        ("The 40 injured players sat out.", "40", "player"),
        ("The blast left 42 people dead.", "42", "person"),
        ("The death toll rose to 41 on Monday.", "41", "death"),
        ("The plan has 30 dead-end options.", "30", "option"),
    ],
)
def test_a_count_with_its_own_noun_keeps_it(text: str, figure: str, noun: str) -> None:
    f = _count(text, figure)
    assert (f["kind"], f["noun"]) == ("count", noun)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Acme milled 2 mln short tons last year. It plans 1,000 tons per day.",
            "1,000 tons per day",
        ),
        ("Acme milled 2 mln short tons last year. It plans 800 tons a day.", "800 tons a day"),
        (
            "Acme milled 2 mln short tons last year. It aims at 90,000 tons/year.",
            "90,000 tons/year",
        ),
    ],
)
def test_a_bare_ton_with_a_rate_after_short_tons_is_the_short_ton(text: str, figure: str) -> None:
    assert _count(text, figure)["unit"] == "ton"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Acme milled 2 mln short tons last year. It plans 1,000 metric tons per day.",
            "1,000 metric tons per day",
        ),
        (
            "It plans 1,000 tons per day. Acme milled 2 mln short tons last year.",
            "1,000 tons per day",
        ),
        ("The mill plans 1,000 tons per day.", "1,000 tons per day"),
    ],
)
def test_a_ton_before_or_without_short_tons_stays_the_tonne(text: str, figure: str) -> None:
    assert _count(text, figure)["unit"] == "t"


def _per(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["per"]) for f in extract_text(text) if f["kind"] == "money"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            'Acme Holdings Ltd year\n Shr "A" 52.5 cents vs 41.2\n Net 9 mln dlrs vs 7 mln',
            ["52.5 cents", "41.2"],
        ),
        (
            "Acme Corp qtr\n Shr Class B loss four cts vs profit nine cts\n Net 9 mln vs 7 mln",
            ["four cts", "nine cts"],
        ),
        (
            "Acme Corp qtr\n Shr loss primary 70 cts vs profit 31 cts\n Net 9 mln vs 7 mln",
            ["70 cts", "31 cts"],
        ),
        (
            "Acme Corp qtr\n Shr diluted profit 44 cts vs loss 12 cts\n Net 9 mln vs 7 mln",
            ["44 cts", "12 cts"],
        ),
        ("Acme Corp qtr\n Shr common 12.40 dlrs vs 9.85 dlrs\n Net 9 mln vs 7 mln", ["12.40 dlrs"]),
        (
            "Acme Corp qtr\n Shr profit one cent vs loss 23 cts\n Net 9 mln vs 7 mln",
            ["23 cts"],
        ),
    ],
)
def test_a_per_share_row_with_a_class_or_basis_label(text: str, figures: list[str]) -> None:
    per = dict(_per(text))
    assert all(per[figure] == "share" for figure in figures)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp qtr\n Net 9 mln vs 7 mln\n Revs 50 mln vs 45 mln",
        "Acme Corp qtr\n Shr Royal 9 cts vs 7 cts\n Net 9 mln vs 7 mln",
        "The Class A shares rose 20 cts to 14 dlrs.",
    ],
)
def test_no_per_share_row_without_its_label(text: str) -> None:
    assert all(per == "" for _, per in _per(text))


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Korea's vehicle exports fell 4.1 pct to 1.28 mln in the year.", "1.28 mln", "vehicle"),
        ("Acme said car output declined to 114,502 from 120,118.", "114,502", "car"),
        ("Acme said car output declined to 114,502 from 120,118.", "120,118", "car"),
        ("Truck production rose 12 pct to 41,070 in May.", "41,070", "truck"),
        ("Total tractor shipments totalled 8,315 in the half.", "8,315", "tractor"),
    ],
)
def test_a_level_of_goods_output_or_exports_counts_the_goods(
    text: str, figure: str, noun: str
) -> None:
    f = _count(text, figure)
    assert (f["kind"], f["noun"]) == ("count", noun)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Steel output fell to 8.5 mln in May.", "8.5 mln"),
        ("Car and truck exports slipped to 231,000 in May.", "231,000"),
        ("Coffee exports rose to 1.2 mln in the season.", "1.2 mln"),
    ],
)
def test_a_level_of_other_goods_stays_bare(text: str, figure: str) -> None:
    assert _count(text, figure)["noun"] == ""


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Her second self-written top 10 hit came in 1972.", "second", "hit"),
        ("Her second self-written top 10 hit came in 1972.", "10", "hit"),
        ("It earned the group their 14th top 40 single.", "14th", "single"),
        ("The ballad became a UK top 20 hit in 1968.", "20", "hit"),
        ("Her top five single Blue Nights sold well.", "five", "single"),
    ],
)
def test_a_chart_top_n_before_one_entry_counts_it(text: str, figure: str, noun: str) -> None:
    assert _count(text, figure)["noun"] == noun


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The duo have had seven top ten hits.", "ten", ""),
        ("The duo have had seven top ten hits.", "seven", "hit"),
        ("The magazine drew up a top 50 list of toys.", "50", ""),
        ("The film made the top 10 in March.", "10", ""),
    ],
)
def test_top_n_after_a_count_or_before_no_entry_keeps_no_noun(
    text: str, figure: str, noun: str
) -> None:
    assert _count(text, figure)["noun"] == noun
