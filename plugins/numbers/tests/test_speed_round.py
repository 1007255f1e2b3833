"""Issue 17, speed after round nine: patterns rewritten for speed match what they matched before,
and the lexicon read directly is the table lemminflect's own loader builds. The invented
strings below are the edge cases of each rewrite; the full proof is the diff of every column
of every finding before and after (``benchmarks/numbers_same_output.py``)."""

from __future__ import annotations

import itertools
import re

import pytest
from newslens_numbers import common, currency, lexicon, patterns, scan, wire_tables

# the patterns as they were written before the rewrite
OLD_US_DOLLARS = re.compile(
    r"\bU\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|\bUS\$|(?i:\bamerican[ \t]+dollars?)"
)
OLD_SCANNER = re.compile(
    r"(?=[\d.]|\b"
    + patterns.SCANNER.pattern.removeprefix(patterns.SCANNER_LEAD)[len(r"(?=\d|\.\d|\b") :]
)


def _strings(alphabet: str, length: int) -> list[str]:
    return ["".join(p) for n in range(length + 1) for p in itertools.product(alphabet, repeat=n)]


def test_lexicon_read_directly_is_lemminflects_table() -> None:
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    assert lexicon._read(lemmatizer.lemma_lu_fn) == lemmatizer._getLemmaDict()


def _blanks(m: re.Match[str]) -> str:
    return " " * len(m.group())


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5 pct\nto 12 mln dlrs",
        "It earned 33 mln\nU.S. Dlrs in the year",
        "It earned 33 mln \nU.S. Dlrs in the year",
        "Profit was\t \n(see table)",
        "The list:\n1. one\n2) two",
        "costs 12,\n5 pct more",
        "end.\n\nNew paragraph",
        "\nstarts with a break",
        "trailing break\n",
    ],
)
def test_soft_breaks_as_the_pattern(text: str) -> None:
    # round forty-seven: a break's blanks become blanks one for one (the copy keeps its length)
    assert scan._soft_breaks(text) == patterns._SOFT_BREAK.sub(_blanks, text)
    assert len(scan._soft_breaks(text)) == len(text)


def test_soft_breaks_on_every_short_string() -> None:
    for text in _strings("a1 \n,U", 6):
        assert scan._soft_breaks(text) == patterns._SOFT_BREAK.sub(_blanks, text), repr(text)


@pytest.mark.parametrize(
    "text",
    ["US$5", "paid U.S. dlrs", "in U.S.$", "xUS$", "9US$", "_US$ 4", "AMERICAN Dollars", "an"],
)
def test_us_dollars_as_before(text: str) -> None:
    old, new = OLD_US_DOLLARS.search(text), currency._US_DOLLARS.search(text)
    assert (old and old.span()) == (new and new.span())


def test_us_dollars_on_every_short_string() -> None:
    for text in _strings("US.$ aA", 5):
        old, new = OLD_US_DOLLARS.search(text), currency._US_DOLLARS.search(text)
        assert (old and old.span()) == (new and new.span()), repr(text)


def test_scanner_as_before_after_a_full_stop() -> None:
    for text in ("It fell. Then .5 pct", "v.2 and 3.5", "a . b .7", "..5", "end."):
        old = [(m.span(), m.lastgroup) for m in OLD_SCANNER.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in patterns.SCANNER.finditer(text)] == old


def test_row_labels_at_line_starts() -> None:
    for text in ("Shr 12 cts vs 10 cts\nNet 5 mln vs 4 mln", "prose\n  Net 5 vs 4", "no row", ""):
        found = any(common._ROW_LABEL.match(text, p) for p in wire_tables._line_starts(text))
        assert found == bool(common._ROW_LABEL.search(text))
