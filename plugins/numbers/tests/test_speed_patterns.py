"""The speed-ups of the patterns match exactly what the plain forms they replace match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newslens_numbers import patterns as P
from newslens_numbers.units import CURRENCY_WORDS, UNIT_ALIASES, word_trie

# the scanner as it was before its look-ahead checked whole words: any letter starts a try
PLAIN_SCANNER = re.compile(
    r"(?=[\d.]|\b[A-Za-z])" + P.SCANNER.pattern[P.SCANNER.pattern.index(")(?:") + 1 :]
)


def plain_alternation(words: list[str]) -> str:
    """The alternation the tries replace: longest first, a space matching any run of blanks."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in parts)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


FIRST = sorted(P.SCANNER_FIRST_WORDS)


def test_every_first_word_in_every_case_scans_the_same() -> None:
    text = " ".join(
        f"{w} of {w.upper()} million, {w.title()}-five thousands. the {w}s ſome Kilo {w}teen"
        for w in FIRST
    )
    assert spans(P.SCANNER, text) == spans(PLAIN_SCANNER, text)


NEWS_BITS = st.sampled_from(
    [*FIRST, "the", "that", "those", "and", "of", "at", "few", " ", "  ", "\t", "-", ",", ".",
     "5", "1,500", "km", "a few", "tens of", "ſ", "K", "İ", "ı", "é", "'", "\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(NEWS_BITS, max_size=40).map("".join))
def test_scanner_matches_its_plain_form(text: str) -> None:
    assert spans(P.SCANNER, text) == spans(PLAIN_SCANNER, text)


UNIT_WORDS = sorted(UNIT_ALIASES)
CURRENCY = sorted({w for ws in CURRENCY_WORDS.values() for w in ws})


@pytest.mark.parametrize("words", [UNIT_WORDS, CURRENCY, sorted(P.MODIFIERS)])
def test_trie_matches_the_longest_first_alternation(words: list[str]) -> None:
    trie = re.compile(f"(?:{word_trie(words, ignore_case=True)})(?![A-Za-z0-9])")
    plain = re.compile(f"(?i:{plain_alternation(words)})(?![A-Za-z0-9])")
    samples = [*words, *(w.upper() for w in words), *(w.title() for w in words)]
    samples += [w + suffix for w in words[:80] for suffix in ("s", " per", "  x", "2", ".")]
    samples += [w.replace(" ", " \t ") for w in words if " " in w]
    for s in samples:
        a, b = trie.match(s), plain.match(s)
        assert (a and a.span()) == (b and b.span()), s


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*UNIT_WORDS[:120], " ", "s", "K", "ſ", "µ", "μ", "2"]), max_size=6
    ).map("".join)
)
def test_unit_trie_on_random_text(text: str) -> None:
    trie = re.compile(f"(?:{word_trie(UNIT_WORDS, ignore_case=True)})(?![A-Za-z0-9²³])")
    plain = re.compile(f"(?:(?i:{plain_alternation(UNIT_WORDS)}))(?![A-Za-z0-9²³])")
    for i in range(len(text)):
        a, b = trie.match(text, i), plain.match(text, i)
        assert (a and a.span()) == (b and b.span())
