"""The extractor on the seed article and on the forms news text really holds."""

from __future__ import annotations

import math

import pytest
from newslens_numbers.extract import COLUMNS, extract, extract_text
from newslens_numbers.words import parse_number_words

from newslens import Article


def figures(text: str) -> list[dict]:
    found = extract_text(text)
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]
    return found


def one(text: str) -> dict:
    found = figures(text)
    assert len(found) == 1, [f["text"] for f in found]
    return found[0]


def test_seed_article(seed_text: str) -> None:
    found = extract(Article(article_id="seed", text=seed_text))
    by = [(f["value"], f["quantity"], f["unit"]) for f in found]
    assert by.count((26.0, "missiles", "")) >= 2
    assert (4.0, "warships", "") in by
    assert (11.0, "targets", "") in by
    km = next(f for f in found if f["unit"] == "km")
    mi = next(f for f in found if f["unit"] == "mi")
    assert (km["value"], mi["value"]) == (1500.0, 930.0)
    assert km["same_as"] == mi["n"] and mi["same_as"] == km["n"]
    assert km["consistency"] == mi["consistency"] == "consistent"
    assert km["value_base"] == 1_500_000.0
    assert km["modifier"] == "about"
    # nothing counted from "30 September", nothing from the comment form
    september = seed_text.index("30 September")
    assert not [f for f in found if september <= f["start"] < september + 12]
    debris = seed_text.index("Leave a Reply")
    assert not [f for f in found if f["start"] >= debris]
    assert all(set(f) == set(COLUMNS) for f in found)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "quantity", "kind"),
    [
        ("They fired 1,500 rounds.", "1,500", 1500, "", "rounds", "count"),
        ("Inflation hit 1.5 per cent.", "1.5 per cent", 1.5, "%", "", "percent"),
        ("a 5m fall from the roof", "5m", 5, "m", "", "measure"),
        ("some 5m people voted", "5m", 5e6, "", "people", "count"),
        ("He paid $3bn for it.", "$3bn", 3e9, "USD", "", "money"),
        ("a 1,500km range", "1,500km", 1500, "km", "", "measure"),
        ("about 2.4 million refugees", "2.4 million", 2.4e6, "", "refugees", "count"),
        ("four warships sailed", "four", 4, "", "warships", "count"),
        ("two dozen eggs", "two dozen", 24, "", "eggs", "count"),
        ("a hundred soldiers", "a hundred", 100, "", "soldiers", "count"),
        ("half of the voters", "half", 0.5, "", "", "fraction"),
        ("a third of the budget", "a third", 1 / 3, "", "", "fraction"),
        ("two hundred and five houses", "two hundred and five", 205, "", "houses", "count"),
        ("Sales fell 15 pct in January.", "15 pct", 15, "%", "", "percent"),
        (
            "a gain of 2 percentage points",
            "2 percentage points",
            2,
            "percentage points",
            "",
            "percent",
        ),
        ("profit of 15 mln dlrs", "15 mln dlrs", 15e6, "USD", "", "money"),
        ("it cost £250,000", "£250,000", 250000, "GBP", "", "money"),
        ("a €1.2bn deal", "€1.2bn", 1.2e9, "EUR", "", "money"),
        ("worth 300 million euros", "300 million euros", 3e8, "EUR", "", "money"),
        ("temperatures of -5°C at night", "-5°C", -5, "°C", "", "temperature"),
        ("it was minus 5 degrees Celsius", "minus 5 degrees Celsius", -5, "°C", "", "temperature"),
        ("a 45-year-old man", "45-year-old", 45, "year", "", "age"),
        ("the six-mile trip", "six-mile", 6, "mi", "", "measure"),
        ("more than 10 1/2 miles of cable", "10 1/2 miles", 10.5, "mi", "", "measure"),
        ("26 sea-based cruise missiles", "26", 26, "", "missiles", "count"),
        ("one Syrian soldier died", "one", 1, "", "soldier", "count"),
        ("the 22nd amendment", "22nd", 22, "", "amendment", "ordinal"),
        ("the first offensive", "first", 1, "", "offensive", "ordinal"),
        ("a 30,000-tonne ship", "30,000-tonne", 30000, "t", "", "measure"),
        ("five years of war", "five years", 5, "year", "", "duration"),
        ("400,000 barrels a day", "400,000 barrels a day", 400000, "bbl", "", "measure"),
        ("John Smith, 45, said", "45", 45, "year", "", "age"),
        ("he died at 82 in hospital", "82", 82, "year", "", "age"),
        ("a 20-storey tower", "20", 20, "", "storey", "count"),
        ("ten more people came", "ten", 10, "", "people", "count"),
        ("a magnitude 6.2 earthquake", "6.2", 6.2, "magnitude", "", "measure"),
        ("a 5.1-magnitude quake", "5.1-magnitude", 5.1, "magnitude", "", "measure"),
        ("a hot 30C day", "30C", 30, "°C", "", "temperature"),
        ("it cost 75 USD million", "75 USD million", 75e6, "USD", "", "money"),
        ("the 15.6\nbillion surplus", "15.6\nbillion", 15.6e9, "", "", "count"),
        ("a 4-1/4 pct coupon", "4-1/4 pct", 4.25, "%", "", "percent"),
        ("Cummings died on Thursday. He was 68.", "68", 68, "year", "", "age"),
        ("an award of SEK9 million", "SEK9 million", 9e6, "SEK", "", "money"),
    ],
)
def test_forms(text: str, span: str, value: float, unit: str, quantity: str, kind: str) -> None:
    f = one(text)
    assert f["text"] == span
    assert math.isclose(f["value"], value)
    assert (f["unit"], f["quantity"], f["kind"]) == (unit, quantity, kind)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("10-15 people", 10, 15, ""),
        ("between 10 and 15 people", 10, 15, ""),
        ("10 to 15 km", 10, 15, "km"),
        ("$5-6bn", 5e9, 6e9, "USD"),
        ("20–30%", 20, 30, "%"),
        ("two to three weeks", 2, 3, "week"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    f = one(text)
    assert (f["value"], f["value_high"], f["unit"]) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("about 1,500 km", "about"),
        ("at least 26 people", "at least"),
        ("more than 500 homes", "more than"),
        ("up to 40%", "up to"),
        ("nearly 300 villages", "nearly"),
        ("fewer than 10 cases", "fewer than"),
        ("an estimated 2 million people", "an estimated"),
    ],
)
def test_modifiers(text: str, modifier: str) -> None:
    f = one(text)
    assert f["modifier"] == modifier
    assert not f["text"].lower().startswith(modifier.split()[0])


@pytest.mark.parametrize(
    "text",
    [
        "The campaign began on 30 September.",
        "It began on September 30, 2015.",
        "In 1987 the law changed.",
        "at 10:30 local time",
        "at 3pm on Friday",
        "at 3 p.m. on Friday",
        "call +44 20 7946 0958 now",
        "version 1.2.3 of the app",
        "the IP 192.168.1.2 address",
        "COVID-19 cases",
        "an F-16 jet",
        "Flight 17 crashed",
        "published 2015-10-07",
        "in the 1990s",
        "the 2014-15 season",
        "on the 4th of July",
        "no one came",
        "one another",
        "a 4G network",
        "the 13F filing",
        "the 944 Turbo",
        "in '14 he won",
        "he first read it",
        "a category 3 hurricane",
        "phase two begins",
        "a spokesman for 10 Downing Street",
        "the Fest 2019 continues",
        "model ABC123 ships",
    ],
)
def test_not_quantities(text: str) -> None:
    """Nothing of these is a quantity; a number inside a name is kept as kind ``name``."""
    assert [f["text"] for f in figures(text) if f["kind"] != "name"] == []


def test_list_markers_are_skipped() -> None:
    text = "Demands:\n1. Free 200 prisoners\n2) Pay $5m\n"
    assert [f["text"] for f in figures(text)] == ["200", "$5m"]


def test_change_is_two_figures_not_a_range() -> None:
    found = figures("Demand climbed 18 pct to 512,000 tonnes from 434,000 tonnes.")
    assert [(f["text"], f["value_high"] == f["value_high"]) for f in found] == [
        ("18 pct", False),
        ("512,000 tonnes", False),
        ("434,000 tonnes", False),
    ]


def test_score_is_not_a_range() -> None:
    assert [f["text"] for f in figures("United won 3-1 at home.")] == []


def test_of_phrase_counts_the_noun_after() -> None:
    found = figures("two of 57 air strikes and four of the missiles")
    assert [(f["value"], f["quantity"]) for f in found] == [
        (2, "strikes"),
        (57, "strikes"),
        (4, "missiles"),
    ]


def test_sentence_is_the_cores_sentence() -> None:
    """``sentence`` indexes the core's split (``Article.sentences``), the same in every frame:
    "Mr." and "U.S." end no sentence there, and the offsets are that sentence's."""
    text = "Mr. Smith saw 4 ships. The U.S. Navy fired 26 missiles.\n\n11 targets were hit."
    article = Article(article_id="a", text=text)
    found = extract(article)
    assert [f["sentence"] for f in found] == [0, 1, 2]
    for f in found:
        assert (f["sentence_start"], f["sentence_end"]) == article.sentences[f["sentence"]]
        assert f["sentence"] == article.sentence_index(f["start"])
    assert text[found[1]["sentence_start"] : found[1]["sentence_end"]] == (
        "The U.S. Navy fired 26 missiles."
    )


def test_a_capitalised_word_after_an_abbreviation_is_not_a_sentence_start() -> None:
    """A capitalised word before a year-like number makes it a name ("Fest 2019") unless the
    word opens the sentence; the core's split decides, and "St." ends no sentence."""
    assert figures("Organisers of St. Patrick 2019 parades met.") == []
    # (a bare 1950-2035 before a noun is a year since round fourteen: a count past that range)
    assert [f["value"] for f in figures("Fest over. 2040 people came.")] == [2040]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty-six", 26),
        ("one hundred and twenty", 120),
        ("a dozen", 12),
        ("three million", 3e6),
        ("two thousand five hundred", 2500),
        ("ninety nine", 99),
    ],
)
def test_parse_number_words(words: str, value: float) -> None:
    assert parse_number_words(words) == (value, len(words))


def test_number_words_split_where_english_would() -> None:
    assert [f["value"] for f in figures("one two three")] == [1, 2, 3]


def test_empty_text_has_no_figures() -> None:
    assert extract(Article(article_id="x", text="")) == []


def test_a_failing_rule_is_an_error_row_not_an_empty_result(monkeypatch) -> None:
    """No catch-all: a bug in one rule reaches the runner, which names the article and the
    cause, instead of passing for an article without figures."""
    import newslens_numbers.plugin as numbers_plugin
    from newslens_numbers.scan import _Scanner

    from newslens import analyze, get_plugin_manager
    from newslens.testing import tiny_corpus

    def broken(self, m):
        raise ValueError(f"rule failed at {m.start()}")

    monkeypatch.setattr(_Scanner, "handle", broken)
    pm = get_plugin_manager(plugins=[("numbers", numbers_plugin)], entry_points=False)
    frame = tiny_corpus()
    texts = ["No figures here."] + ["26 missiles."] * (len(frame) - 1)
    frame = frame.assign(text=texts, raw_text=texts)
    results = analyze(frame, ["numbers.v1"], plugin_manager=pm, progress=False)
    errors = results.errors
    assert errors["article_id"].tolist() == frame["article_id"].tolist()[1:]
    assert set(errors["error_type"]) == {"ValueError"}
    assert errors["message"].str.contains("rule failed at 0").all()
    assert results["numbers.v1"].empty
