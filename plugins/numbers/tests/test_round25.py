"""Issue 17, round twenty-five, on invented sentences: the lead's decisions 1-3 on round
twenty-four's conventions (a vague plural of a scale with no currency word is a count, a
currency sign before it makes it money; "one" standing for a noun phrase is a pronoun; an
ordinal whose noun is elided carries it after "the" and after a bare "and" alike)."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


# ------------------------------------------- decision 1: a vague plural of a scale


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Card fraud costs shopkeepers millions a year.", "millions"),
        ("The mayor said billions had gone on the new stadium.", "billions"),
        ("Voters will spend millions on lottery tickets this winter.", "millions"),
    ],
)
def test_a_vague_scale_with_no_currency_is_a_count(text, span) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"], f["modifier"]) == ("count", "", "vague")


@pytest.mark.parametrize(
    ("text", "span", "unit", "value"),
    [
        ("The refit cost the navy £ millions.", "£ millions", "GBP", 2e6),
        ("Rival chains spent $billions on the format.", "$billions", "USD", 2e9),
        ("The harbour plan is worth HK$ billions to builders.", "HK$ billions", "HKD", 2e9),
        ("The council has spent millions of pounds on roads.", "millions of pounds", "GBP", 2e6),
    ],
)
def test_a_vague_scale_with_a_currency_written_is_money(text, span, unit, value) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["unit"], f["value"], f["modifier"]) == ("money", unit, value, "vague")


def test_a_sign_glued_to_a_word_before_is_no_currency() -> None:
    assert _found("Fans paid for the AU$ sign in millions.")["millions"]["kind"] == "count"


# --------------------------------------------- decision 2: "one" for a noun phrase


@pytest.mark.parametrize(
    "text",
    [
        "The difference, if there is one, is slight.",
        "The snag, if there was one, went unnoticed.",
        "Almost everyone who owned one remembers the old model.",
        "Many who bought one complain about the battery.",
        "Of the four boxes, take the blue one.",
    ],
)
def test_one_standing_for_a_noun_phrase_is_no_item(text) -> None:
    assert "one" not in _found(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("There is one exception to the rule.", "exception"),
        ("The farmer sold one tractor and kept the rest.", "tractor"),
        ("The firm owns two depots: one in Hull and one in York.", "depot"),
    ],
)
def test_one_with_a_noun_or_beside_a_count_of_its_noun_stays_a_count(text, noun) -> None:
    f = _found(text)["one"]
    assert (f["kind"], f["noun"]) == ("count", noun)


# ------------------------------------------------ decision 3: an elided ordinal's noun
# reversed by the lead's decision 1 on the thirty-fifth sample (round fifty-nine): an ordinal
# takes a counted noun only where the noun is written with it, so the elided one has none


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The club lifted a second trophy - and first since 1987 - in May.", "first", ""),
        ("She claimed a fourth medal, and first in the relay, at the games.", "first", ""),
        ("He dropped the first frame and won the second.", "second", ""),
    ],
)  # fmt: skip
def test_an_elided_ordinal_takes_no_noun(text, span, noun) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["noun"]) == ("ordinal", noun)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The sisters finished fifth and sixth in the final.", "sixth"),
        ("The brothers came second and third, behind the champion.", "third"),
    ],
)
def test_a_bare_place_after_a_bare_place_has_no_noun(text, span) -> None:
    f = _found(text)[span]
    assert (f["kind"], f["noun"]) == ("ordinal", "")
