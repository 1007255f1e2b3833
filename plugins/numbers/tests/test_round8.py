"""Issue 17, round eight: the error classes of an eighth fresh sample (``numbers_fresh8.jsonl``,
BBC News and Reuters-21578) and of the development files that news at large shares, each
tested on invented sentences (never corpus text)."""

from __future__ import annotations

from typing import Any

import pytest
from newslens_numbers.extract import extract_text


def rows(text: str, dateline: str = "") -> list[dict[str, Any]]:
    return extract_text(text, dateline)


def read(text: str, dateline: str = "") -> list[tuple[str, float, str, str, str]]:
    return [(f["text"], f["value"], f["unit"], f["per"], f["kind"]) for f in rows(text, dateline)]


# ---------------------------------------------------------------- units a reader meets


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The deal was worth 2.1 billion bolivars.", "VEB"),
        ("A ticket costs 300 baht.", "THB"),
        ("It paid 12 ringgit a kilo.", "MYR"),
        ("The bill came to 5,000 rupiah.", "IDR"),
        ("Fines of 20,000 forints were set.", "HUF"),
        ("The loan of 50.7 mln taka was repaid.", "BDT"),
    ],
)
def test_currencies_named_by_their_word(text: str, unit: str) -> None:
    (f,) = rows(text)
    assert (f["unit"], f["kind"]) == (unit, "money")


def test_megapixels_are_a_measure() -> None:
    assert read("Its camera takes 2.0 megapixel pictures.") == [
        ("2.0 megapixel", 2.0, "MP", "", "measure")
    ]


def test_a_plural_wire_scale() -> None:
    (f,) = rows("It forecast revenues of 44 mlns dlrs.")
    assert (f["value"], f["unit"]) == (44e6, "USD")


@pytest.mark.parametrize(
    "text",
    ["The rate was set at 9.25 bolivars per dlr.", "It was set at 9.25 bolivars per U.S. dlr."],
)
def test_an_exchange_rate_base_written_dlr(text: str) -> None:
    (f,) = rows(text)
    assert (f["unit"], f["per"]) == ("VEB", "dollar")


def test_instead_of_compares_a_bare_figure() -> None:
    # "X instead of Y": the bare figure is the same measure, as after "from" or "against"
    assert read("It set 9.25 bolivars per dlr instead of 6.1, the bank said.") == [
        ("9.25 bolivars per dlr", 9.25, "VEB", "dollar", "money"),
        ("6.1", 6.1, "VEB", "dollar", "money"),
    ]
    assert [f["unit"] for f in rows("The plan takes four years instead of six.")] == [
        "year",
        "year",
    ]


# ---------------------------------------------------------------- rates and their amounts


def test_a_total_compared_after_a_rate_keeps_no_rate() -> None:
    # "57.5 cts a share, versus 7.9 mln dlrs": the totals are compared, not the rates
    text = "It netted 8.6 mln dlrs, or 57.5 cts a share, versus 7.9 mln dlrs, or 52.5 cts a share."
    assert [f["per"] for f in rows(text)] == ["", "share", "", "share"]
    # a rate compared with a rate still shares it; a level of another unit's size too
    assert [f["per"] for f in rows("It paid 36 cts a share from the 33 cts.")] == ["share"] * 2
    text = "It trimmed production to 6.2 mln tonnes a year from its capacity of 7.8 mln tonnes."
    assert [f["per"] for f in rows(text)] == ["year", "year"]


def test_an_earnings_row_with_a_figure_in_words() -> None:
    text = "Shr profit three cts vs loss 14 cts\n    Net profit 5,000 vs loss 4,000"
    assert [(f["text"], f["per"]) for f in rows(text)][:2] == [
        ("three cts", "share"),
        ("14 cts", "share"),
    ]


def test_parallel_amounts_share_their_currency() -> None:
    text = "It reported operating income of 7,420,000 and net income of 2,310,000 dlrs."
    assert [f["unit"] for f in rows(text)] == ["USD", "USD"]
    text = "It reported net income of 2,310,000 dlrs and operating income of 7,420,000."
    assert [f["unit"] for f in rows(text)] == ["USD", "USD"]
    # not a count beside an amount, nor a count with its noun
    text = "It had revenues of 5.5 mln dlrs and a staff of 2,400."
    assert [f["unit"] for f in rows(text)] == ["USD", ""]


def test_a_bare_amount_after_a_bracketed_conversion() -> None:
    # "6.1bn rupees ($140m; £75m), against 5.2bn": the bare figure is in rupees, the
    # conversions' own ";" is no clause end
    text = "Profit was 6.1bn rupees ($140m; £75m), against 5.2bn a year earlier."
    assert [f["unit"] for f in rows(text)] == ["INR", "USD", "GBP", "INR"]


# ---------------------------------------------------------------- share prices in fractions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Corp fell 1-3/8 to 41-5/8 on 90,000 shares.", [1.375, 41.625]),
        ("Beta Inc was off 1/4 at 22-5/8.", [0.25, 22.625]),
        ("Gamma shares rose 1/2 on the news.", [0.5]),
    ],
)
def test_a_share_price_move_in_fractions_is_money(text: str, expected: list[float]) -> None:
    money = [f for f in rows(text) if f["kind"] == "money"]
    assert [f["value"] for f in money] == expected
    assert {f["unit"] for f in money} == {"USD"}


def test_a_share_price_takes_the_datelines_dollar() -> None:
    money = [f for f in rows("Delta Ltd rose 1-1/2 to 20-3/4.", "TORONTO, April 2") if f["unit"]]
    assert [f["unit"] for f in money] == ["CAD", "CAD"]


@pytest.mark.parametrize(
    "text",
    [
        "The call rate fell to 5-1/2 to five pct from 6-1/4 pct.",
        "The bond rose 1/2 point to 98-1/4.",
        "The 10-year note slipped 5/32 to 98-11/32.",
        "Prices fell by 1/2 last year.",
    ],
)
def test_a_rate_a_bond_or_a_prose_fraction_is_no_share_price(text: str) -> None:
    assert not [f for f in rows(text) if f["kind"] == "money"]


# ---------------------------------------------------------------- periods, names and ids


@pytest.mark.parametrize(
    "text",
    [
        "It expects a profit in its second fiscal quarter.",
        "Profit rose in the second financial half.",
    ],
)
def test_a_fiscal_period_is_a_time_part(text: str) -> None:
    assert not [f for f in rows(text) if f["kind"] == "ordinal"]


@pytest.mark.parametrize(
    "text",
    [
        "He hosts the Radio 1 show on Fridays.",
        "A Formula 1 car crashed at the bend.",
        "He joined the firm as employee number 47 in 1978.",
        "He wears shirt number 10 for the club.",
    ],
)
def test_a_names_number_or_an_id(text: str) -> None:
    assert [f["kind"] for f in rows(text) if f["value"] in (1, 10, 47)] == ["name"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Only 1 person died.", "count"), ("It went in at number three.", "ordinal")],
)
def test_a_count_of_one_and_a_rank_stay(text: str, kind: str) -> None:
    (f,) = rows(text)
    assert f["kind"] == kind


# ---------------------------------------------------------------- the counted noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("It was just one long meeting.", "meeting"),
        ("It was its first public offering of shares.", "offering"),
        ("She hopes for one last race in the green jersey.", "race"),
        # a participle after a noun is a verb: the noun stays
        ("It is one factor shaping demand.", "factor"),
        ("One official attending the summit said so.", "official"),
        ("It was absent for the third week running, it said.", "week"),
    ],
)
def test_a_gerund_after_adjectives_is_the_noun(text: str, noun: str) -> None:
    assert rows(text)[0]["noun"] == noun


def test_a_peoples_singular_is_counted() -> None:
    text = "The attack killed one Peruvian and injured four others."
    assert [f["noun"] for f in rows(text)] == ["peruvian", "peruvian"]
    assert rows("One Briton was hurt.")[0]["noun"] == "briton"
    # in an elliptic list it qualifies the noun said before
    text = "The four engineers, three Swiss and one Canadian, were freed."
    assert [f["noun"] for f in rows(text)] == ["engineer"] * 3


# ---------------------------------------------------------------- second batch


@pytest.mark.parametrize(
    "text",
    [
        "The fair, in its thirty-second year, drew record crowds.",
        "The strike, by now in its fourth week, goes on.",
        "This is the first year a regional art prize is being awarded.",
        "It was the first year the company has made a profit.",
    ],
)
def test_a_period_of_an_event_said_by_a_possessive_or_a_clause(text: str) -> None:
    # the lead's decision on the Nth week of an event: a time part, no item
    assert not [f for f in rows(text) if f["kind"] == "ordinal"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The premier marked his 1,500th day in the post.", "day"),
        ("They won their second season in a row.", "season"),
        ("It is her twenty-second title.", "title"),
        ("He marked the twenty-fifth anniversary of the crash.", "anniversary"),
    ],
)
def test_an_ordinal_that_ranks_stays_with_its_noun(text: str, noun: str) -> None:
    (f,) = rows(text)
    assert (f["kind"], f["noun"]) == ("ordinal", noun)


@pytest.mark.parametrize("text", ["It was the twenty-first century.", "In the ninth century."])
def test_a_century_in_words_is_a_date_part(text: str) -> None:
    assert rows(text) == []


def test_a_percentage_rate_named_annual() -> None:
    assert [f["per"] for f in rows("Sales edged up 0.4%, an annual rate of 1.6%.")] == ["", "year"]
    # a share of a yearly amount is no rate
    assert rows("The deal may raise the share of its yearly sales to 40 pct.")[0]["per"] == ""


def test_a_share_price_beside_a_move_in_points() -> None:
    money = [f["text"] for f in rows("Its stock closed at 17-3/4, down 3/8, after a drop.")]
    assert money == ["17-3/4", "3/8"]
    (level, _) = rows("The stock was trading at 31-1/4, up 2 points.")
    assert level["unit"] == "USD"


# ---------------------------------------------------------------- third batch


def test_a_bare_exchange_rate_of_the_subjects_currency() -> None:
    text = "The peso rose to 12.405 per US dollar on Monday, up from a close of 12.52."
    assert [(f["unit"], f["per"]) for f in rows(text)] == [("MXN", "dollar")] * 2
    assert [f["unit"] for f in rows("The team rose to 3.5 per game.")] == [""]


def test_a_figure_compared_past_a_conversion_in_brackets() -> None:
    text = "They occupied 6.05 hectares (14.95 acres), up from 2.48 (6.12 acres) last year."
    assert [f["unit"] for f in rows(text)] == ["ha", "acre", "ha", "acre"]
    assert [f["unit"] for f in rows("It rose to 5.3 miles (8.5 km) from 4.1.")] == [
        "mi",
        "km",
        "mi",
    ]


def test_square_units_written_with_the_symbol() -> None:
    assert [f["unit"] for f in rows("It covers .0605 square km and 300 square m.")] == [
        "km2",
        "m2",
    ]


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("Homes with at least one unvaccinated person were asked.", ["person"]),
        ("One injured man was taken to hospital.", ["man"]),
        ("Three suspected militants and one wounded soldier were found.", ["militant", "soldier"]),
        # a participle as the verb stays one: the noun is elided
        ("Two died and one escaped injury.", ["", ""]),
    ],
)
def test_an_adjectival_participle_before_the_noun_of_one(text: str, nouns: list[str]) -> None:
    assert [f["noun"] for f in rows(text)] == nouns


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Million Dollar Baby opens in March.", ["name"]),
        ("Thousand Oaks is a city in California.", ["name"]),
        ("A million people came.", ["count"]),
    ],
)
def test_a_bare_capitalised_scale_word_is_a_title(text: str, kinds: list[str]) -> None:
    assert [f["kind"] for f in rows(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"I am 31, and I feel fine," he said.', "age"),
        ("Back when I was 14, it was a dream.", "age"),
        ("I'm 30, she said.", "age"),
        ("I was 2 up at the break.", "count"),
    ],
)
def test_the_speakers_age(text: str, kind: str) -> None:
    assert rows(text)[0]["kind"] == kind
