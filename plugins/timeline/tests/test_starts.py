"""The start scanners (``starts.py``): a rule is tried only where its match can begin, and that
must never lose a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newslens_timeline.extract import _STARTS, find
from newslens_timeline.rules import RULES
from newslens_timeline.starts import FOLD_ODD, prefixes, start_scanner

#: pieces of news text (as in test_robustness.py, whose names cannot be imported here)
NEWSY = st.sampled_from(
    [
        "30 September", "Feb. 29", "Wednesday", "on ", "early ", "late ", "the ", "last ",
        "next ", "this ", "week", "weekend", "month", "year", "years", "quarter", "third ",
        "fourth quarter", "of 1998", "1998", "the 1990s", "'90s", "a ", "three ",
        "twenty-five ", "several ", "ago", " earlier", " later", "now", "recently", "3:30 p.m.",
        "10:30", "noon", "GMT", "1430 GMT", "yesterday", "tonight", "morning", "every ", "daily",
        "per ", "2015-02-30", "00/00/00", "Q4", "FY99", "fiscal ", "spring", "century", "21st ",
        "will ", "said ", ",", ".", " ", "\n", "-", "(", ")", "'s", "May", "Mar.",
        "the early hours of ", "half a ", "millennium", "from January to ", " period ",
        "for ", "a while", "some time", "the past ", " before", "-long", "nineteen ninety-",
        "that day", "the same day", "closed the day ", "Christmas", "Fourth of July", "9/11",
        "mid-", "more than ", "about ", "a half-hour ", "single-day", "the day before",
    ]
)  # fmt: skip

#: news fragments in any case, with characters that fold oddly or change length when lowered
CASED = st.lists(
    st.tuples(NEWSY, st.sampled_from([str, str.upper, str.title, str.swapcase])).map(
        lambda pair: pair[1](pair[0])
    )
    | st.sampled_from(["\u0131", "\u017f", "\u0130", "\u212a", "\u00df", "\u2019", "\u2013"]),
    max_size=50,
).map("".join)


def test_every_rule_has_a_scanner() -> None:
    """A rule without one is scanned at every character of its windows (correct, but slow:
    the scan was four fifths of our time before the scanners)."""
    assert [name for name, scanner in _STARTS.items() if scanner is None] == []


@settings(max_examples=300, deadline=None)
@given(CASED)
def test_every_match_starts_where_its_scanner_stops(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in FOLD_ODD):
        return  # scanned as before (find checks the same)
    for name, pattern, _resolver in RULES:
        scanner = _STARTS[name]
        stops = {m.start() for m in scanner.finditer(lowered)}
        for m in pattern.finditer(text):
            assert m.start() in stops, (name, text[m.start() : m.end()])


@settings(max_examples=300, deadline=None)
@given(CASED)
def test_scanned_candidates_equal_a_full_scan_in_any_case(text: str) -> None:
    assert [c[:3] for c in find(text)] == [c[:3] for c in find(text, windowed=False)]


@pytest.mark.parametrize(
    "text",
    [
        "\u017feven day\u017f ago", "it fell \u0130n May", "SIX DAYS AGO",
        # the slower path (a lower case of another length): triggers that overlap
        "Fourth of July\u2019\u0130", "New Year \u0130",
    ],
)  # fmt: skip
def test_odd_folds_are_scanned_as_before(text: str) -> None:
    assert [c[:3] for c in find(text)] == [c[:3] for c in find(text, windowed=False)]
    assert find(text)


def test_fold_odd_holds_every_odd_fold_to_an_ascii_letter() -> None:
    """``re.IGNORECASE`` folds these to an ASCII letter whose lower case is another character;
    U+0130 is left out as its lower case is two characters (a text with it is scanned as
    before for its length)."""
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = {
        c
        for c in re.findall("[a-z]", everything, re.IGNORECASE)
        if len(c.lower()) == 1 and not "a" <= c.lower() <= "z"
    }
    assert odd <= set(FOLD_ODD)


def test_prefixes_of_a_small_pattern() -> None:
    pattern = re.compile(r"\b(?:about\s+)?(?:\d+|a)\s+days?\b", re.IGNORECASE)
    assert prefixes(pattern) == {("a", "b", "o", "u"), (r"[\d]",), ("a", r"[\s]")}
    scanner = start_scanner(pattern)
    assert scanner is not None
    text = "About 3 days, a day, a  days and ABOUT A DAY"
    lowered = text.lower()
    stops = {m.start() for m in scanner.finditer(lowered)}
    assert all(m.start() in stops for m in pattern.finditer(text))


@pytest.mark.parametrize(
    "pattern",
    [r".?day", r"\w+ days", r"(?:day)?", r"[^x]day", r"(?i:day)s"],
)
def test_no_scanner_where_a_match_may_start_anywhere(pattern: str) -> None:
    assert start_scanner(re.compile(pattern)) is None
