"""Issue 17, round thirty-nine, on invented sentences: misreadings the development files and the
pool share. A number word before "o'clock" is a clock time (left out, as "3 o'clock" is); the
counted noun of "one such robot", "the first such meeting" reads past "such"; a measure "of
NOUN" before a rate adverb ("20,000 tonnes of paper pulp annually") is per that period; a rate
adjective reaches a figure through "averaging" ("monthly exports averaging 2 mln dlrs"); a race
distance before an athlete's or an event's noun ("the quickest 400m runners") is metres. Also:
a bare scaled sum on a sum's noun takes the story's one currency; an adverb after a single
thing's noun is no noun; a share's whole-number level is its price; a two-ended quote gives its
high end's last digits; "extend X from N to M" is a change."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The alarm went off at four o'clock that night.",
        "Dealers said the session ran on past two o'clock.",
        "By Eleven o’clock the hall was empty.",
    ],
)
def test_number_word_before_oclock_is_no_quantity(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("One such robot is called Rex.", "One", "robot"),
        ("The firm built one such plant in Ohio last year.", "one", "plant"),
        ("The exchange halted trading in 25 such contracts.", "25", "contract"),
        ("It was the third such meeting in two months.", "third", "meeting"),
        ("The county said it was its first such programme for carers.", "first", "programme"),
    ],
)
def test_count_reads_past_such(text: str, span: str, noun: str) -> None:
    assert _found(text)[span]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He found three such as these in the attic.", "three"),
        ("There were two such that nobody could tell them apart.", "two"),
    ],
)
def test_such_as_keeps_no_noun(text: str, span: str) -> None:
    # "such as" and "such that" open another phrase: no noun is read through them
    assert _found(text)[span]["noun"] == ""


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        (
            "The new mill could turn out 20,000 tonnes of paper pulp annually from 1990.",
            "20,000 tonnes",
            "year",
        ),
        ("The new shaft should yield 4,000 ounces of gold annually.", "4,000 ounces", "year"),
        ("The field now gives 700 barrels of oil daily.", "700 barrels", "bbl"),
        (
            "Output should reach 80 mln cubic feet of gas daily in June.",
            "80 mln cubic feet",
            "day",
        ),
    ],
)
def test_measure_of_noun_before_rate_adverb(text: str, span: str, per: str) -> None:
    f = _found(text)[span]
    if per == "bbl":  # the unit read as before, the rate added
        assert (f["unit"], f["per"]) == ("bbl", "day")
    else:
        assert f["per"] == per


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It holds 5,000 tonnes of grain and sells most of it abroad.", "5,000 tonnes"),
        ("He spent 3 mln dlrs of his savings yearly and more on travel.", "3 mln dlrs"),
    ],
)
def test_measure_of_noun_without_rate_adverb(text: str, span: str) -> None:
    assert _found(text)[span]["per"] == ""


def test_rate_adjective_through_averaging() -> None:
    f = _found("Last year brought monthly exports averaging 2 mln dlrs, the ministry said.")
    assert (f["2 mln dlrs"]["unit"], f["2 mln dlrs"]["per"]) == ("USD", "month")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She is among the quickest 800m runners in Europe this season.", "800m"),
        ("She is among the best 400m hurdlers in Europe.", "400m"),
        ("She broke the Welsh 60m hurdles record twice.", "60m"),
        ("Both 1500m heats were run in the rain.", "1500m"),
        ("The former European 100m champion Tom Rivers spoke to reporters.", "100m"),
    ],
)
def test_race_distance_before_athlete_noun_is_metres(text: str, span: str) -> None:
    f = _found(text)[span]
    assert (f["value"], f["unit"], f["kind"]) == (float(span[:-1]), "m", "measure")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The label sold 100m records last year.", "100m", 100_000_000.0),
        ("Some 200m people watched the final.", "200m", 200_000_000.0),
        ("The band has 250m listeners worldwide.", "250m", 250_000_000.0),
    ],
)
def test_millions_before_other_plurals(text: str, span: str, value: float) -> None:
    assert _found(text)[span]["value"] == value


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "Exports reached 3.1 billion dlrs last year. The gap left a 512 mln shortfall "
            "for the Treasury.",
            "512 mln",
            "USD",
        ),
        (
            "Lawmakers backed a plan to trim the deficit to 98.4 billion by 1990. "
            "It also sets aside 150 mln dlrs for bridges.",
            "98.4 billion",
            "USD",
        ),
        (
            "Sweden posted a 300 mln crowns trade deficit in May, after a 450 mln deficit in "
            "April.",
            "450 mln",
            "SEK",
        ),
        (
            "Group profit rose to 61 mln stg. The insurance arm made a profit of 12.5 mln, "
            "against 9.1 mln.",
            "12.5 mln",
            "GBP",
        ),
    ],
)
def test_bare_scaled_sum_takes_the_story_currency(text: str, span: str, unit: str) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"]) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # two currencies in the story: no single one to give
        (
            "Exports were 3 billion dlrs and 900 mln marks. The deficit fell to 1.2 billion.",
            "1.2 billion",
        ),
        # a word of its own after the figure: a currency the tables do not know
        ("Sales were 4 mln dlrs. The deficit of 11 billion zorbs was cut.", "11 billion"),
        # no sum's noun: a count stays a count
        ("Exports were 3 billion dlrs. The city now has 2.5 mln residents.", "2.5 mln"),
        # no money in the story at all
        ("The deficit was cut to 4.5 billion, officials said.", "4.5 billion"),
    ],
)
def test_bare_scaled_figure_keeps_no_currency(text: str, span: str) -> None:
    assert _found(text)[span]["kind"] != "money"


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Players control one knight throughout, with no party to help.", "one", "knight"),
        ("We will have just one lesson together before the exam.", "one", "lesson"),
        ("They are the first Welsh club ever to reach the final.", "first", "club"),
    ],
)
def test_single_thing_noun_is_not_an_adverb_after_it(text: str, span: str, noun: str) -> None:
    assert _found(text)[span]["noun"] == noun


def test_single_thing_noun_before_adjective_adverb_kept() -> None:
    # a word that may be an adjective ("alone") is not dropped: the noun is read as before
    assert _found("One player alone scored twice.")["One"]["noun"] == "player"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "Dealers at Hanley said they were making a market in Crestline at 41 to 42.",
            "41 to 42",
            "USD",
        ),
        (
            "Trading in the stock was halted before the close at 58, the exchange said.",
            "58",
            "USD",
        ),
        ("Acme shares closed at 33, after heavy trading.", "33", "USD"),
        ("Crest shares, 7p lower, were trading at 455 by noon.", "455", "GBp"),
    ],
)
def test_whole_number_share_level_is_a_price(text: str, span: str, unit: str) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"]) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The stock index closed at 1,500 after a quiet day.", "1,500"),
        ("Stocks closed at 212 on the composite average.", "212"),
        ("The shares traded at 40 pct of their book value.", "40 pct"),
        ("The party closed the meeting at 10 with a vote.", "10"),
    ],
)
def test_whole_number_level_not_a_share_price(text: str, span: str) -> None:
    assert _found(text)[span]["kind"] != "money"


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Bills should average 4.71-74 pct at the auction, dealers said.",
            "4.71-74 pct",
            4.71,
            4.74,
        ),
        (
            "Dealers said the Bundesbank sold dollars at 1.6540-50 marks.",
            "1.6540-50 marks",
            1.654,
            1.655,
        ),
        ("Spot crude held inside a 15.35-40 band all week.", "15.35-40", 15.35, 15.40),
        ("Sterling ended at 1.4512-4530 in late trade.", "1.4512-4530", 1.4512, 1.4530),
    ],
)
def test_two_ended_quote_reads_its_high_tail(text: str, span: str, low: float, high: float) -> None:
    f = _found(text)[span]
    assert (f["value"], f["value_high"]) == pytest.approx((low, high))


def test_two_ended_quote_in_marks_is_money() -> None:
    f = _found("Dealers said the Bundesbank sold dollars at 1.6540-50 marks.")["1.6540-50 marks"]
    assert (f["unit"], f["per"]) == ("DEM", "dollar")


@pytest.mark.parametrize(
    ("text", "span", "high"),
    [
        ("Wages rose 2.5-3 pct last year.", "2.5-3 pct", 3.0),
        ("Output was 1.5-2.5 mln tonnes.", "1.5-2.5 mln tonnes", 2_500_000.0),
    ],
)
def test_ordinary_decimal_range_unchanged(text: str, span: str, high: float) -> None:
    assert _found(text)[span]["value_high"] == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The firm will extend the warranty from two years to three.", ["two years", "three"]),
        ("They lengthened the trial from two weeks to five.", ["two weeks", "five"]),
    ],
)
def test_change_with_object_before_from_is_two_figures(text: str, spans: list[str]) -> None:
    assert [f["text"] for f in extract_text(text)] == spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The zone extends from 5 to 10 miles offshore.", "5 to 10 miles"),
        ("The season runs from 10 to 12 weeks.", "10 to 12 weeks"),
    ],
)
def test_span_from_to_stays_a_range(text: str, span: str) -> None:
    assert span in _found(text)
