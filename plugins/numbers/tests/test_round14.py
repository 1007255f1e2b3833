"""Issue 17, round fourteen, on invented sentences: classes seen in the untouched errors of two or
more fresh samples and common over the unannotated developer documents."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _figures(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["kind"], f["noun"]) for f in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The company expects 1987 revenues to rise sharply.",
        "NOTE: 1994 earnings include a charge for shutting a depot.",
        "The classic 1983 sitcom is back on air in the spring.",
        "Her early 1984 drafts were found in a garden shed.",
        "Brokers sounded upbeat about 1992 margins at the chain.",
        "The lender expects 1996 bad debts to shrink.",
        "Note: 1993 year reflects a one-off charge.",
        "The coach said 2012 brings a fresh start for the club.",
    ],
)
def test_a_year_before_the_noun_it_dates_is_no_count(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "noun"),
    [
        ("About 2,000 people marched through the town.", "2,000", "count", "person"),
        ("The 1,987 workers voted to strike.", "1,987", "count", "worker"),
        ("The mill sold 2000 tonnes of flour.", "2000 tonnes", "measure", ""),
        ("Some 1500 troops arrived on Monday.", "1500", "count", "troop"),
        ("The fund holds 2035.5 ounces of gold.", "2035.5 ounces", "measure", ""),
    ],
)  # fmt: skip
def test_a_count_of_that_size_stays_a_count(text: str, span: str, kind: str, noun: str) -> None:
    assert (span, kind, noun) in _figures(text)


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("Up to 1,000 people visit the museum a day.", "1,000", "day"),
        ("About 4,000 commuters use the bridge per day.", "4,000", "day"),
        ("Some 40 lorries cross the border a week, officials said.", "40", "week"),
        ("Some 300 cars pass the gate every hour.", "300", "hour"),
        ("The clinic sees 50 patients each hour at peak times.", "50", "hour"),
    ],
)  # fmt: skip
def test_a_rate_said_later_in_the_clause_by_a_or_per(text: str, span: str, per: str) -> None:
    assert [f["per"] for f in extract_text(text) if f["text"] == span] == [per]


@pytest.mark.parametrize(
    "text",
    [
        "Five people spent a night in hospital.",
        "Three men were arrested a day after the raid.",
        "The 12 miners were trapped for a week.",
        "It sold 500 copies in a day.",
        "The 20 workers take a day off.",
        "Two firms merged a year ago.",
        "The 30 pupils will stay a week in Paris.",
        "Nine candidates have less than a month to campaign.",
    ],
)
def test_a_stretch_or_an_anchor_in_the_clause_is_no_rate(text: str) -> None:
    assert [f["per"] for f in extract_text(text) if f["kind"] == "count"] == [""]


@pytest.mark.parametrize(
    "text",
    [
        "It placed 40 mln dlrs of nine pct notes, series 5, due 2001.",
        "The authority plans to redeem its Series 31 notes in May.",
        "The channel has bought the drama series 12 from a US network.",
        "Prices fell on the Series 7000 printers.",
    ],
)
def test_a_number_after_series_is_a_name(text: str) -> None:
    assert not [f for f in extract_text(text) if f["kind"] in ("count", "ordinal")]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("He wrote a series of 10 books.", "10", "book"),
        ("After the last series, one dancer goes home.", "one", "dancer"),
    ],
)  # fmt: skip
def test_a_count_near_series_stays_a_count(text: str, span: str, noun: str) -> None:
    assert [(f["text"], f["noun"]) for f in extract_text(text)] == [(span, noun)]


def test_a_series_score_is_no_figure() -> None:
    assert extract_text("The home side lead the series 2-1.") == []


def test_a_rate_later_in_the_clause_rates_the_count_not_the_size_before_its_noun() -> None:
    found = extract_text("The island ships about 2.1 mln 50-kilo sacks a year.")
    assert [(f["text"], f["per"]) for f in found] == [("2.1 mln", "year"), ("50-kilo", "")]


@pytest.mark.parametrize(
    "text",
    [
        "The choir sings only three hymns at a night of carols.",
        "He broke two club records inside a week.",
    ],
)
def test_at_or_inside_a_period_is_no_rate(text: str) -> None:
    assert [f["per"] for f in extract_text(text) if f["kind"] == "count"] == [""]


def test_a_size_after_series_stays_a_measure() -> None:
    found = extract_text("The army ordered 60 Series five-ton lorries.")
    assert ("five-ton", "t", "measure") in [(f["text"], f["unit"], f["kind"]) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "The firm sold the plant to a third party last year.",
        "Talks with outside third parties may resume.",
        "An independent third party will settle the dispute.",
    ],
)
def test_a_third_party_outside_a_deal_is_no_rank(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The Greens became the third party in the assembly.", "party"),
        ("Norway's third party gained four seats.", "party"),
        ("She won her third world title in Oslo.", "title"),
        ("He feared a third world war.", "war"),
    ],
)  # fmt: skip
def test_a_third_that_ranks_stays_an_ordinal(text: str, noun: str) -> None:
    assert ("third", "ordinal", noun) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "First Lakeside Corp said it would sell its trust unit.",
        "Second Harbour Bancorp said profits fell.",
        "The deposits go to the First Prairie Bank of Moorhead.",
        "First Ridge Mutual Savings Bank said it had been acquired.",
    ],
)
def test_an_ordinal_opening_a_company_name_is_a_name(text: str) -> None:
    assert [f["kind"] for f in extract_text(text)] == ["name"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("He was the first Labour Party leader to win twice.", "leader"),
        ("First Corp sales picked up in the fourth quarter of that year.", None),
    ],
)  # fmt: skip
def test_an_ordinal_not_in_a_company_name(text: str, noun: str | None) -> None:
    found = [(f["text"], f["kind"], f["noun"]) for f in extract_text(text)]
    if noun is None:
        assert ("First", "name", "") in found
    else:
        assert ("first", "ordinal", noun) in found
