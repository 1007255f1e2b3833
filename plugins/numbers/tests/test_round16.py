"""Issue 17, round sixteen, on invented sentences: the lead's decision on an interval anchored
to an event, and classes that recur across samples."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(f["text"], f["kind"], f["unit"], f["per"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Six years after the flood, the town was rebuilt.", "Six years", "year"),
        ("The vote comes three days before the summit opens.", "three days", "day"),
        ("His remarks come two days before she is due to fly to Rome.", "two days", "day"),
        ("The bridge reopened 26 years after the great flood.", "26 years", "year"),
        ("The goal came 12 minutes after the break.", "12 minutes", "min"),
        ("The shop closed two weeks before Christmas.", "two weeks", "week"),
    ],
)
def test_an_interval_anchored_to_an_event_is_a_duration(text: str, span: str, unit: str) -> None:
    """The lead's decision for round sixteen: the unit as written, no anchor in the value."""
    assert (span, "duration", unit, "", "") in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Five years ago the plant was closed.",
        "Two days later the talks resumed.",
        "The fire broke out minutes after the plane landed.",
    ],
)
def test_an_anchor_to_now_or_a_vague_interval_is_no_duration(text: str) -> None:
    """Decision 6 stands: "N years ago" and "N days later" anchor a date; a plural alone is
    no figure."""
    assert all(kind != "duration" for _, kind, *_ in _rows(text))


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The group is the largest franchisee of the chain's taco restaurants, operating 143 in "
         "Texas and Ohio.", "143", "restaurant"),
        ("The cooperative runs the region's dairy farms, owning 40 in the valley.", "40",
         "farm"),
        ("Inventories were swollen with unsold tractors, including 900 in Canada alone.", "900",
         "tractor"),
    ],
)  # fmt: skip
def test_a_plural_said_before_a_link_names_the_bare_count_after_it(
    text: str, span: str, noun: str
) -> None:
    """Round sixteen: the noun said before the figure and elided after it."""
    assert (span, "count", "", "", noun) in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The scooter proved popular with commuters, with 40,000 bought by the end of May.",
        "Sales rose sharply in the quarter, including 12 in March.",
    ],
)
def test_no_noun_from_with_or_from_a_word_that_is_no_count(text: str) -> None:
    assert all(noun == "" for *_, noun in _rows(text) if _rows(text))


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Arrivals this week total 350,000 tonnes, of which 90,000 are cereals.", "90,000", "t"),
        ("Stocks were put at 12 mln tonnes, including 4.0 mln already sold.", "4.0 mln", "t"),
    ],
)
def test_a_part_of_a_measure_takes_its_unit(text: str, span: str, unit: str) -> None:
    assert any(r[0] == span and r[1] == "measure" and r[2] == unit for r in _rows(text))


def test_a_part_larger_than_the_whole_is_no_part_of_it() -> None:
    rows = _rows("The ship carried 300 tonnes, including 4,000 in crates of fruit.")
    assert all(r[2] == "" for r in rows if r[0] == "4,000")


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("Crews sail 15 to 20 hours a week in winter, and in busy weeks up to 35 or 45 "
         "hours.", "35 or 45 hours", "week"),
        ("Feed prices should climb to 410 dlrs a tonne in spring from about 320 dlrs now.",
         "320 dlrs", "tonne"),
        ("The board set support prices of 4.60 dlrs per bushel for barley, 2.90 dlrs for oats.",
         "2.90 dlrs", "bushel"),
        ("The farmer making 700 dlrs a year should cut it to 500 dlrs.", "500 dlrs", "year"),
    ],
)  # fmt: skip
def test_a_rate_is_carried_to_a_parallel_figure_of_its_unit(text: str, span: str, per: str) -> None:
    """Round sixteen: a parallel rate carried to a second figure."""
    assert any(r[0] == span and r[3] == per for r in _rows(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("When oil was at 25 dlrs a barrel, the group made profits of 58 mln dlrs.", "58 mln dlrs"),
        ("The levy adds 2p a loaf on bread, 6p on a jar of honey.", "6p"),
        ("The rent is 900 pounds a month. The deposit is 800 pounds.", "800 pounds"),
        ("Each share earned 40 cts a share, against 300 dlrs of fees.", "300 dlrs"),
    ],
)
def test_no_rate_for_a_total_a_base_of_its_own_or_another_sentence(text: str, span: str) -> None:
    assert all(r[3] == "" for r in _rows(text) if r[0] == span)


def test_two_totals_share_a_rate_only_when_compared() -> None:
    rows = _rows(
        "The fund lifted its daily lending limit to 60 mln dlrs from its usual 40 mln dlrs."
    )
    assert [r[3] for r in rows] == ["day", "day"]
    rows = _rows(
        "Quito has to pay 150 mln dlrs a year once repayments on the 780 mln dlr credit begin."
    )
    assert [r[3] for r in rows] == ["year", ""]


def test_a_currency_before_a_link_is_no_counted_noun() -> None:
    rows = _rows("The fund placed notes in dlrs totalling just 4.2 billion in May.")
    assert all(r[4] != "dlr" for r in rows)


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Delegates of the 12 nation trade bloc still object.", "12", "nation"),
        # a poll's "26 point lead" is percentage points since round twenty-two; a match's counts
        ("The hosts held a 26 point lead at half-time.", "26", "point"),
        ("A five member panel will hear the appeal.", "five", "member"),
        ("Another poll forecast a 92 seat Conservative majority.", "92", "seat"),
    ],
)
def test_a_compound_written_without_its_hyphen_counts_its_first_noun(
    text: str, span: str, noun: str
) -> None:
    """Round sixteen: as "ten-storey" counts storeys, "a 26 point lead" counts points (outside a
    poll: a poll's points are percentage points, round twenty-two)."""
    assert (span, "count", "", "", noun) in _rows(text)


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The 24 member countries of the bloc agreed.", "24", "country"),
        ("The two share power in the city.", "two", ""),
        ("The site is part of a six well project on the tract.", "six", ""),
        ("The two sides met on Friday.", "two", "side"),
        ("He said the 140 commercial tea growers in his group agreed.", "140", "grower"),
        ("The 12 money center banks reported.", "12", "bank"),
        ("The nine central European states joined.", "nine", "state"),
    ],
)
def test_a_plural_head_or_a_verb_is_no_spaced_compound(text: str, span: str, noun: str) -> None:
    assert (span, "count", "", "", noun) in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury is ending the 1948 income tax treaty.",
        "The BBC Radio 2 music editor spoke.",
        "The 200m world record still stands.",
    ],
)
def test_a_year_a_name_or_a_distance_is_no_spaced_compound(text: str) -> None:
    assert all(kind != "count" for _, kind, *_ in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "The judge oversees its chapter 11 bankruptcy case.",
        "The miner proposes a one for eight reverse share split.",
        "Buyers get a choice of 2.5 to 7.5 annual percentage rate financing.",
    ],
)
def test_a_label_a_ratio_or_another_phrase_gives_no_spaced_compound(text: str) -> None:
    assert all(noun == "" for *_, noun in _rows(text))


def test_a_currency_is_no_spaced_compound() -> None:
    assert all(r[4] != "mark" for r in _rows("The bank paid a record five mark bonus."))
