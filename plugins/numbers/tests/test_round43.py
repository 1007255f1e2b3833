"""Issue 17, round forty-three, on invented text: a cotton staple length written bare is a
unitless measure (the lead's decision on round forty-two's question); a count's noun read past
adjectives joined by "and" when the second is graded ("its four largest and most profitable
shops"); "in one piece" and "in one ADJ swoop" are idioms, no count. Each positive fails on
main's code (0.28.3); each negative passes on both."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    return [(f["text"], f["value"], f["kind"], f["unit"]) for f in extract_text(text)]


def _nouns(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["noun"]) for f in extract_text(text)]


# -- a cotton staple length --------------------------------------------------------------

_COTTON_TABLE = (
    "  PRICES, CENTS A POUND\n"
    "    DELTA 1 INCH                  JUN/JUL  58.10\n"
    "    EGYPT MIDD 1-5/32             JUN/JUL  72.25\n"
    "    INDIA GRADE 2, 1-1/16         UNQUOTED\n"
)


def test_a_bare_staple_length_in_a_table_with_an_inch_is_a_unitless_measure() -> None:
    staples = [r for r in _rows(_COTTON_TABLE) if "/" in r[0]]
    assert staples == [("1-5/32", 1.15625, "measure", ""), ("1-1/16", 1.0625, "measure", "")]


def test_a_bare_staple_length_in_a_cotton_sentence_is_a_unitless_measure() -> None:
    rows = _rows("Prices for Delta middling 1-5/32 cotton held at 66.40 cents.")
    assert ("1-5/32", 1.15625, "measure", "") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the inch written: the scanner's measure in inches, as on main
        ("Spot cotton, middling 1-1/16 inch, rose.", ("1-1/16 inch", 1.0625, "measure", "in")),
        # a bond's move in 32nds is no staple length
        ("The long bond fell 1-3/32 points to 97-1/32.", ("1-3/32", 1.09375, "number", "")),
    ],
)
def test_other_fractions_keep_their_reading(
    text: str, expected: tuple[str, float, str, str]
) -> None:
    assert expected in _rows(text)


def test_a_fraction_named_in_a_text_without_cotton_or_an_inch_is_left() -> None:
    rows = _rows("MODEL 1-3/16 SPARES   JUN/JUL  12.00\n")
    assert all(r[2] != "measure" for r in rows)


# -- adjectives joined by "and", the second graded ------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The chain will keep its four largest and most profitable shops open.", "shop"),
        ("The group will run its three oldest and least costly mills.", "mill"),
        ("It will keep its two busiest and most central depots.", "depot"),
    ],
)
def test_a_count_reads_past_joined_adjectives_to_its_noun(text: str, noun: str) -> None:
    assert _nouns(text)[0][1] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Its two biggest and oldest mills closed.", "mill"),
        ("The 10 largest banks lost money.", "bank"),
        ("About 25 junior and senior riders attended.", "rider"),
    ],
)
def test_joined_adjectives_without_a_grading_word_read_as_before(text: str, noun: str) -> None:
    assert _nouns(text)[0][1] == noun


# -- "in one piece", "in one ADJ swoop" --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"I came through in one piece and that is enough," she said.',
        "The parcel arrived in one piece.",
        "He cleared four rivals in one daring swoop.",
    ],
)
def test_in_one_piece_or_swoop_is_no_count(text: str) -> None:
    assert all(f["text"] != "one" for f in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "He bought one piece of land.",
        "One piece was missing from the set.",
        "She kept it in one piece of cloth.",
    ],
)
def test_one_piece_as_a_count_stays(text: str) -> None:
    assert ("one", "piece") in [(t.lower(), n) for t, n in _nouns(text)]


# -- two ordinals joined before one noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The utility signed deals for its tenth and eleventh wind farms.", "farm"),
        ("She spent the advance on her fifth and sixth albums.", "album"),
        ("It was his third or fourth attempt at the title.", "attempt"),
    ],
)
def test_the_first_of_two_joined_ordinals_takes_the_second_ones_noun(text: str, noun: str) -> None:
    found = extract_text(text)
    assert [f["noun"] for f in found if f["kind"] == "ordinal"] == [noun, noun]


@pytest.mark.parametrize(
    "text",
    [
        "She came second and third in two races.",
        "Profits rose in the third and fourth quarters.",
    ],
)
def test_joined_ordinals_with_no_noun_or_naming_a_period_read_as_before(text: str) -> None:
    found = extract_text(text)
    first = [f for f in found if f["kind"] == "ordinal"][:1]
    assert all(f["noun"] == "" for f in first)
