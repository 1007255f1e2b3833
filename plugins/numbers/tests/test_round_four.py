"""Round four of issue 17: context a wire story gives once, multipliers, model codes, rounds.

Every sentence here is invented for the test (none is copied from a corpus).
"""

from __future__ import annotations

from newslens_numbers.extract import extract_text


def found(text: str) -> list[tuple[str, float, str, str, str, str]]:
    return [
        (f["text"].strip(), f["value"], f["unit"], f["per"], f["noun"], f["kind"])
        for f in extract_text(text)
    ]


def test_a_currency_note_gives_the_story_its_dollars() -> None:
    text = (
        "Maple Widget Co Ltd year net\n"
        "    Shr loss 3.12 dlrs vs profit nine cts\n"
        "    Net loss 1.40 billion vs profit 8.0 mln\n"
        "    Note: Canadian funds.\n"
    )
    units = {f["text"].strip(): f["unit"] for f in extract_text(text)}
    assert units == {
        "3.12 dlrs": "CAD",
        "nine cts": "CAD",
        "1.40 billion": "CAD",
        "8.0 mln": "CAD",
    }


def test_a_table_row_in_rand_gives_the_table_its_currency() -> None:
    text = (
        "Veld Holdings Ltd half-year\n"
        "    Shr 212 cts vs 190\n"
        "    Pre-tax 88 mln rand vs 71 mln\n"
        "    Net 54 mln vs 47 mln\n"
    )
    assert {f["unit"] for f in extract_text(text)} == {"ZAR"}


def test_us_dollars_named_anywhere_keep_the_dollars() -> None:
    text = (
        "The group sold 150 mln Canadian dlrs of notes.\n"
        "    It expects profit of 4.20 dlrs a share, it said in U.S. dlrs terms.\n"
    )
    units = [f[2] for f in found(text)]
    assert units == ["CAD", "USD"]


def test_a_figure_before_the_currency_is_no_note() -> None:
    text = "The firm plans a 90 mln Canadian dlr share issue. It earned 12 mln dlrs last year."
    assert [f[2] for f in found(text)] == ["CAD", "USD"]


def test_bare_quotes_take_the_price_named_before() -> None:
    text = (
        "Platinum was fixed at 512.25 dlrs an ounce in the morning.\n"
        "    That compares with a close of 509.75/510.25 on Friday."
    )
    rows = found(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (512.25, "USD", "ounce"),
        (509.75, "USD", "ounce"),
        (510.25, "USD", "ounce"),
    ]


def test_stock_moves_in_eighths_follow_the_dollars_of_the_story() -> None:
    text = (
        "Shares of Fictional Foods rose 3 dlrs in early dealing. It later gained 2-1/8 to 61-3/8."
    )
    assert [(r[1], r[2]) for r in found(text)] == [(3.0, "USD"), (2.125, "USD"), (61.375, "USD")]


def test_an_index_level_is_no_price() -> None:
    text = "The price index stood at 118.40 points, against 117.95 in June."
    assert {r[2] for r in found(text)} == {""}


def test_multipliers_in_fold() -> None:
    rows = found("Complaints rose more than sixfold; a 12-fold jump followed a twofold rise.")
    assert [(r[1], r[4], r[5]) for r in rows] == [
        (6.0, "time", "count"),
        (12.0, "time", "count"),
        (2.0, "time", "count"),
    ]
    assert extract_text("Complaints rose more than sixfold.")[0]["modifier"] == "more than"
    assert found("The exhaust manifold cracked.") == []


def test_model_codes_glued_by_a_hyphen_are_names() -> None:
    rows = found("The carrier grounded its 727-QC freighters after a 10-Q filing.")
    assert [(r[0], r[5]) for r in rows] == [("727-QC", "name"), ("10-Q", "name")]


def test_round_with_a_number_word_is_a_name() -> None:
    # a number labelling the noun before it is a name, like "Game 2" (decision 3)
    rows = found("The holder was knocked out in round two of the county cup.")
    assert [(r[1], r[4], r[5]) for r in rows] == [(2.0, "", "name")]


def test_a_preposition_after_an_ordinal_is_no_noun() -> None:
    assert found("She came fourth behind two Kenyans.")[0][4] == ""


def test_a_per_share_rate_carries_over_and() -> None:
    rows = found("Analysts see it earning 3.40 dlrs a share this year and 4.10 dlrs next year.")
    assert [(r[1], r[3]) for r in rows] == [(3.4, "share"), (4.1, "share")]
    rows = found("It earned 2 dlrs a share and paid 40 mln dlrs in dividends.")
    assert [(r[1], r[3]) for r in rows] == [(2.0, "share"), (40e6, "")]


def test_a_bracketed_abbreviation_before_the_rate() -> None:
    rows = found("A levy of 120 European currency units (ECU) per tonne of sugar was proposed.")
    assert rows[0][2:4] == ("XEU", "tonne")
