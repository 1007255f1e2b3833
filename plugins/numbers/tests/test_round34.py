"""Issue 17, round thirty-four, on invented sentences: classes the twenty-fifth sample shares
with other development files or with the pool of unannotated news (a day of a month written
in words before a noun or after a date's word, "to a second" before a noun, "apiece" read as
"each", a dividend line's total after "making")."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ----------------------------------------------------- a day of a month written in words


@pytest.mark.parametrize(
    "text",
    [
        "The board said the July one voting date was moved to July 20.",
        "Talks start on March one instead of the usual April one opening day.",
        "Losses from a May five flood were put at 12 mln dlrs.",
        "Qtly div 17 cts vs 15 cts prior     Pay July two     Record June 22",
        "Sales for the four weeks ended March four rose 3 pct.",
        "It said it had withdrawn its October six bid for Halvor Corp.",
    ],
)
def test_a_day_in_words_after_a_determiner_or_a_dates_word_is_no_count(text) -> None:
    days = [f for f in extract_text(text) if f["kind"] == "count"]
    assert days == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("In March two ferries were sold.", "two", "ferry"),
        ("Since April three lorries have been seized.", "three", "lorry"),
        ("Prices rose last June. One trader said so.", "One", "trader"),
    ],
)
def test_a_count_after_a_month_that_counts_a_plural_or_opens_a_sentence_stays(
    text, span, noun
) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["noun"]) == ("count", noun)


# ------------------------------------------------------------ "to a second" before a noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The firm agreed to a second delay of its bond sale.", "delay"),
        ("According to a second witness, the van was blue.", "witness"),
        ("The plant was moved to a\nsecond site near Leeds.", "site"),
    ],
)
def test_to_a_second_before_a_noun_is_an_ordinal(text, noun) -> None:
    found = extract_text(text)
    assert [(f["kind"], f["value"], f["quantity"]) for f in found][:1] == [("ordinal", 2.0, noun)]


@pytest.mark.parametrize(
    "text",
    ["The clock is accurate to a second.", "It cut the lap to a second or two less."],
)
def test_to_a_second_of_time_stays_a_duration(text) -> None:
    f = extract_text(text)[0]
    assert (f["kind"], f["unit"], f["value"]) == ("duration", "s", 1.0)


# ------------------------------------------------------------------- "apiece" as "each"


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("It placed 300,000 preferred shares at 20 dlrs apiece.", "20 dlrs", "share"),
        ("Some 500 buyers got 6 units for 180 dlrs apiece.", "180 dlrs", "unit"),
        ("The two founders made 3 mln dlrs apiece.", "3 mln dlrs", "founder"),
        ("The new shares will be sold at 4 dlrs apiece.", "4 dlrs", "share"),
    ],
)
def test_a_price_apiece_is_per_the_thing_counted_before(text, span, per) -> None:
    assert _found(text)[span]["per"] == per


def test_apiece_with_nothing_counted_or_shares_said_keeps_no_rate() -> None:
    assert _found("They were paid 40 dlrs apiece.")["40 dlrs"]["per"] == ""


# -------------------------------------------------------- a dividend line's total, "making"


def test_a_dividend_lines_total_after_making_is_in_the_payments_money() -> None:
    found = _found("Final div 120 cts vs 110, making 180 vs 165")
    assert [(found[s]["value"], found[s]["unit"], found[s]["kind"]) for s in ("180", "165")] == [
        (1.8, "USD", "money"),
        (1.65, "USD", "money"),
    ]


def test_a_total_in_pence_after_making_stays_in_pence() -> None:
    found = _found("Div 9p vs 8 making 14 vs 12")
    assert (found["14"]["unit"], found["12"]["unit"]) == ("GBp", "GBp")


@pytest.mark.parametrize(
    "text",
    [
        "Final div 145 vs 130 making 205 vs 185",  # no money on the line to take
        "The plant is making 40 vans a week.",  # not a dividend line
    ],
)
def test_making_with_no_payment_on_a_dividend_line_changes_nothing(text) -> None:
    assert all(f["kind"] == "count" for f in extract_text(text))


# ------------------------------------------- "each" sharing a price out over a plural said


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        ("Entrants paid £400 apiece to join the scheme.", "£400", "entrant"),
        ("The warrants may be exercised at 30 cts each until May.", "30 cts", "warrant"),
        ("It placed convertible notes with pension funds at 3.00 dlrs each.", "3.00 dlrs", "note"),
        ("Day tickets are now on sale priced at £45 each.", "£45", "ticket"),
    ],
)
def test_a_price_each_is_per_the_plural_said_before_it(text, span, per) -> None:
    assert _found(text)[span]["per"] == per


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Kell and Hobbs Co agreed to pay penalties of 300,000 dlrs each.", "300,000 dlrs"),
        ("The bonds come in denominations of 5,000 dlrs each.", "5,000 dlrs"),
        ("Hobbs and Vance Co each paid 20 dlrs each.", "20 dlrs"),
    ],
)
def test_a_price_each_after_the_sums_own_name_or_a_name_keeps_no_rate(text, span) -> None:
    assert _found(text)[span]["per"] == ""


# ------------------------------------------------------------------- "top-N" as a count


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The club is chasing a top-six finish this season.", "six", 6.0),
        ("She had never beaten a top-20 player before.", "20", 20.0),
    ],
)
def test_a_number_glued_to_top_is_a_count_with_no_noun(text, span, value) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["value"], f["noun"]) == ("count", value, "")


@pytest.mark.parametrize("text", ["A top-selling album.", "A tip-top-two finish.", "The F-16 jet."])
def test_other_words_glued_by_a_hyphen_stay_no_figure(text) -> None:
    assert extract_text(text) == []
