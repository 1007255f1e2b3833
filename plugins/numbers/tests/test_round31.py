"""Issue 17, round thirty-one, on invented sentences: classes the twenty-fourth sample shares
with other development files or with the pool of unannotated news (a whole sum in marks, a
singular "mark" before the thing it prices, "one ... for another", a name's number word before
a counted noun, a race distance glued to "K", a bond's bare dollar denominations, "one-click")."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


def _units(text: str) -> list[tuple]:
    return [(f["text"], f["unit"], f["kind"]) for f in extract_text(text)]


# ----------------------------------------------------------- whole sums in marks, "mark"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a story that names the mark as money once reads every "N marks" as the currency
        ("Brandt AG earned 14 mln marks and raised its payout to 7 marks.", "7 marks"),
        ("A 90 mln mark bond is planned. Lots are 2,000 and 20,000 marks.", "20,000 marks"),
        ("Profit was 3.25 marks a share and new shares will cost 215 marks.", "215 marks"),
        ("The Deutsche mark firmed. Coupons of 60 marks are paid yearly.", "60 marks"),
    ],
)
def test_a_whole_sum_in_marks_is_the_mark_where_the_story_pays_in_marks(text, span) -> None:
    f = _found(text)[span]
    assert (f["unit"], f["kind"]) == ("DEM", "money")


def test_the_first_of_a_pair_of_sums_in_marks_shares_the_currency() -> None:
    found = _found("A 90 mln mark bond is planned. Lots are 2,000 and 20,000 marks.")
    assert (found["2,000"]["unit"], found["2,000"]["kind"]) == ("DEM", "money")


def test_a_dealer_quote_in_marks_is_the_mark() -> None:
    found = _found("Dealers quoted the currency at 1.7340/50 marks in thin trade.")
    assert {f["unit"] for f in found.values()} == {"DEM"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Gruber KG is raising a 75 mln mark loan from four banks.", "75 mln mark"),
        ("The Land sold 5,000 mark savings notes to retail buyers.", "5,000 mark"),
        ("Directors want a 9 mark payout for the year.", "9 mark"),
        ("Critics doubt a 30 billion mark spending plan can pass.", "30 billion mark"),
    ],
)
def test_a_singular_mark_before_what_it_prices_is_the_currency(text, span) -> None:
    f = _found(text)[span]
    assert (f["unit"], f["kind"]) == ("DEM", "money")


@pytest.mark.parametrize(
    "text",
    [
        "The judges gave the routine 9 marks out of 10.",  # a score, in a story with no mark
        "Pupils need 45 marks to pass the test.",
        "The index cleared the 2,000 mark on Friday.",  # a threshold
        "Sales crossed the 10 million mark last month.",
        "Streams topped the 500,000 mark.",
    ],
)
def test_marks_that_score_and_a_mark_that_is_a_threshold_are_no_currency(text) -> None:
    assert all(unit != "DEM" for _, unit, _ in _units(text))


def test_a_score_in_marks_stays_a_score_in_a_story_that_pays_in_marks() -> None:
    text = "The prize is 20,000 marks. Judges gave her 8 marks out of 10."
    assert _found(text)["8"]["unit"] != "DEM"


# ----------------------------------------------------------------- "one ... for another"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody gains from trading one tired leader for another.",
        "Files can move from one tablet to another in seconds.",
        "The fund shifted cash from one small lender to another, dealers said.",
        "Cities keep trading one costly 'quick fix' for another.",
        "She never took one side or the other.",
    ],
)
def test_one_set_against_another_is_no_count(text) -> None:
    assert "one" not in _found(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("One supplier sold 40 vans and another sold 12.", "supplier"),
        ("The town has one school and the other village has two.", "school"),
        ("Clients moved from one bank to another bank.", "bank"),
    ],
)
def test_one_with_a_count_or_a_noun_of_its_own_after_another_is_still_counted(text, noun) -> None:
    found = {f["text"].lower(): f for f in extract_text(text)}
    assert found["one"]["noun"] == noun


# ------------------------------------------------ a name's number word before the noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Scotland drew two Six Nations matches last spring.", "two", "match"),
        ("Five Six Nations referees will officiate the final.", "Five", "referee"),
        ("Her one Six Nations appearance came in Rome.", "one", "appearance"),
        ("The firm supplies 40 Formula One teams and garages.", "40", "team"),
        ("Two Big Ten schools dropped the sport.", "Two", "school"),
    ],
)
def test_a_count_reads_its_noun_past_a_name_holding_a_number(text, span, noun) -> None:
    assert _found(text)[span]["noun"] == noun


def test_a_name_without_a_number_word_still_passes() -> None:
    assert _found("He joined three Premier League clubs in a year.")["three"]["noun"] == "club"


# ---------------------------------------------------------------- a race distance in "K"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("She won the city 5K run in June.", "5K", 5.0),
        ("She entered the 20K walk for the first time.", "20K", 20.0),
        ("He trained for a 15K road race in the hills.", "15K", 15.0),
    ],
)
def test_a_race_distance_glued_to_k_is_kilometres(text, span, value) -> None:
    f = _found(text)[span]
    assert (f["value"], f["unit"], f["kind"]) == (value, "km", "measure")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The old console had a 64K chip.", "64K", 64000.0),
        ("The post pays 45K a year.", "45K", 45000.0),
    ],
)
def test_k_elsewhere_is_thousands(text, span, value) -> None:
    f = _found(text)[span]
    assert (f["value"], f["unit"]) == (value, "")


# --------------------------------------------------- a bond's bare dollar denominations


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Norbank is issuing a 60 mln Canadian dlr note due 1994. Buyers may pick "
            "denominations of 2,000 or 20,000 dlrs.",
            "CAD",
        ),
        (
            "A 45 mln Australian dlr bond was launched with a 1.5 pct fee. The smallest "
            "denomination will be 10,000 dlrs.",
            "AUD",
        ),
    ],
)
def test_bare_denominations_take_the_dollar_of_the_issue(text, code) -> None:
    money = [f for f in extract_text(text) if f["kind"] == "money"]
    assert {f["unit"] for f in money} == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Norbank is issuing a 60 mln dlr note. Buyers may pick denominations of 5,000 dlrs.",
        "A 45 mln Australian dlr bond was launched. A 20 mln U.S. dlr note followed. "
        "The smallest denomination will be 10,000 dlrs.",
        "A 45 mln Australian dlr bond was launched. Fees were 5,000 dlrs.",  # no denomination
    ],
)
def test_denominations_keep_their_dollar_otherwise(text) -> None:
    last = [f for f in extract_text(text) if f["kind"] == "money"][-1]
    assert last["unit"] == "USD"


# ---------------------------------------------------------------- "one-click", "one-shot"


@pytest.mark.parametrize(
    "text",
    [
        "Her app offers 'one-click' booking of taxis.",
        "Its one-touch dialling was new at the time.",
        "The grant is a one-shot payment.",
        "He was a one-hit wonder in the 1980s.",
    ],
)
def test_a_lexicalised_one_compound_is_no_count(text) -> None:
    assert not [f for f in extract_text(text) if f["value"] == 1.0]


def test_clicks_counted_as_a_noun_stay_counts() -> None:
    assert _found("Two clicks later the order was placed.")["Two"]["noun"] == "click"


# ------------------------------------------------- the cents of a dollar named by country


@pytest.mark.parametrize(
    ("text", "span", "code", "value"),
    [
        ("Shr 38.5 H.K. Cents vs 21.7", "38.5 H.K. Cents", "HKD", 0.385),
        ("A par value of 10 H.K. Cents each was set.", "10 H.K. Cents", "HKD", 0.10),
        ("The fee is 4 Australian cents a litre.", "4 Australian cents a litre", "AUD", 0.04),
        ("Shr 12.5 N.Z. Cents vs 9.0", "12.5 N.Z. Cents", "NZD", 0.125),
    ],
)
def test_the_cents_of_a_named_dollar_are_that_dollar(text, span, code, value) -> None:
    f = _found(text)[span]
    assert (f["unit"], f["kind"]) == (code, "money")
    assert f["value"] == pytest.approx(value)


def test_the_bare_partner_of_named_cents_takes_their_dollar() -> None:
    f = _found("Shr 38.5 H.K. Cents vs 21.7")["21.7"]
    assert (f["unit"], f["per"]) == ("HKD", "share")
    assert f["value"] == pytest.approx(0.217)


def test_plain_cents_stay_us_cents() -> None:
    f = _found("Shr 12 cts vs 9 cts")["12 cts"]
    assert (f["unit"], f["value"]) == ("USD", pytest.approx(0.12))
