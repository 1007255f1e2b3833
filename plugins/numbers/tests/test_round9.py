"""Issue 17, round nine: a part-of-speech signal from a lexicon (``lemminflect``) for the
counted noun's head, where the rules guessed a word's class from its shape; each case an
invented sentence (never corpus text)."""

from __future__ import annotations

import pytest
from newslens_numbers import lexicon
from newslens_numbers.extract import extract_text
from newslens_numbers.words import singular


def nouns(text: str) -> list[tuple[str, str, str]]:
    return [(f["text"], f["kind"], f["noun"]) for f in extract_text(text)]


# ---------------------------------------------------------------- the lexicon itself


def test_lexicon_classes_and_lemmas() -> None:
    assert lexicon.noun_lemma("investments") == "investment"
    assert lexicon.noun_lemma("Children") == "child"
    assert lexicon.is_adjective("presidential")
    assert not lexicon.is_adjective("public")  # a noun too
    assert lexicon.classes("the") == {}  # closed-class words: not in it


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("missiles", True),
        ("women", True),
        ("cargoes", True),
        ("earnings", True),  # plural-only, its own lemma
        ("buffalo", False),
        ("business", False),
        ("gas", False),
        ("always", False),
        ("does", False),  # the verb, not a doe's plural
        ("acts", None),  # only a verb form in the lexicon: it cannot tell
        ("zorbles", None),  # not in it
    ],
)
def test_plural_noun(word: str, plural: bool | None) -> None:
    assert lexicon.plural_noun(word) is plural


# ---------------------------------------------------------------- singulars from the lexicon


@pytest.mark.parametrize(
    ("written", "noun"),
    [
        ("cargoes", "cargo"),
        ("tries", "try"),
        ("losses", "loss"),
        ("movies", "movie"),
        ("boxes", "box"),
        ("lenses", "lens"),
        ("consortia", "consortium"),
        ("fishermen", "fisherman"),
        ("people", "person"),  # the guide's convention, over the lexicon's "people"
        ("MPs", "mp"),
        ("half-sisters", "half-sister"),
        ("dlrs", "dlr"),  # not in the lexicon: the suffix rules
    ],
)
def test_singular(written: str, noun: str) -> None:
    assert singular(written) == noun


def test_counts_of_irregular_plurals() -> None:
    assert nouns("The tanker loaded 10 cargoes of crude.") == [("10", "count", "cargo")]
    assert nouns("Some 400 fishermen lost their boats.") == [("400", "count", "fisherman")]
    assert nouns("Five consortia have bid for the network.") == [("Five", "count", "consortium")]


# ---------------------------------------------------------------- verbs are not heads


def test_verb_in_s_is_no_plural_head() -> None:
    # "suggests" is no noun by the lexicon's suffix-free reading ... the shape rule decides
    # a word it knows only as a verb in -s; the counted noun is still the plural before it
    assert nouns("A survey of 2,400 managers suggests confidence is high.") == [
        ("2,400", "count", "manager")
    ]
    assert nouns("The 95 octane remains at the old price.")[0][2] != "remain"


# ---------------------------------------------------------------- "-ing" nouns


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The board holds its first meeting.", "meeting"),
        ("Results for its first accounting period were weak.", "period"),
        ("The deal closed within one working week.", "week"),
        ("He called it his first acting teacher.", "teacher"),
    ],
)
def test_gerund_noun_after_the_number(text: str, noun: str) -> None:
    assert nouns(text)[0][2] == noun


@pytest.mark.parametrize(
    "text",
    [
        "It wants two models, one offering 64mb of memory.",  # an object follows
        "He said one delegate attending the talks had left.",
        "She was ranked number 9 following the defeat.",
    ],
)
def test_gerund_with_an_object_is_a_verb(text: str) -> None:
    assert all(f["noun"] not in ("offering", "attending", "following") for f in extract_text(text))


# ---------------------------------------------------------------- adjectives joined


def test_adjectives_joined_before_one_noun() -> None:
    assert nouns("They were the first mayoral and municipal polls in years.") == [
        ("first", "ordinal", "poll")
    ]
    assert nouns("The assets are held by 12 foreign and domestic banks.") == [
        ("12", "count", "bank")
    ]
