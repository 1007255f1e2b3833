"""Round thirty-six's exact speed-ups: the month rules' scanners that stop only where a rule's
sequel follows the month's name, and the per-text word checks that skip a per-finding read.
Each must leave every candidate and every row as it was (invented sentences only)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newslens_timeline.extract import (
    _MONTH_SEQUELS,
    _STARTS,
    _WINDOW_NEEDS,
    extract_text,
    find,
)
from newslens_timeline.rules import RULES
from newslens_timeline.starts import FOLD_ODD
from newslens_timeline.tense import Context

_PATTERNS = {name: pattern for name, pattern, _resolver in RULES}

#: month-heavy fragments: every sequel the five rules need, and near misses
MONTHY = st.sampled_from(
    [
        "May", "Sept.", "September", "Jan", "dec.", "MARCH", "June", " ", "  ", "\t", "\n",
        "'", "'86", "86", "30", "5", "-", "\u2013", " to ", " through ", " till ", "9",
        "1987", ", ", "five", "Twelve", "twenty-one", "thirty", "on ", "by ", "payable ",
        "record ", "ended ", "since ", "the ", "pct", " period", " and ", ".", "Mayor",
        "mid-", "about ", "'s", "\u2019", "percent", "of ", "nineteen eighty", "Nineteen-",
        "2009", "early ",
    ]
)  # fmt: skip
TEXTS = st.lists(MONTHY, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_every_month_rule_match_starts_where_its_sequel_scanner_stops(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in FOLD_ODD):
        return  # scanned without the scanners (``find`` checks the same)
    for name in _MONTH_SEQUELS:
        stops = {m.start() for m in _STARTS[name].finditer(lowered)}
        for m in _PATTERNS[name].finditer(text):
            assert m.start() in stops, (name, text[m.start() : m.end()])


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_month_heavy_candidates_equal_a_full_scan(text: str) -> None:
    assert [c[:3] for c in find(text)] == [c[:3] for c in find(text, windowed=False)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("month_yy", "The mill has been idle since May '86, the union said."),
        ("month_yy", "Output peaked in Sept. 84 and fell after."),
        ("day_range_end", "The fair ran from Oct. 3-9, 1991, in the old port."),
        ("day_range_end", "Bids are due August 12 to 16 inclusive."),
        ("month_cardinal", "The dividend is payable on March five, 1990, to holders."),
        ("month_cardinal_year", "He signed the lease August twenty-one 1975 in Leeds."),
        ("month_cardinal_line", "PERIOD ENDED\nJune   Twelve\nTotal sales rose."),
    ],
)
def test_each_sequel_scanner_keeps_its_rules_match(name: str, text: str) -> None:
    """The narrower scanner still stops where the rule matches, and the candidates are a full
    scan's."""
    matches = list(_PATTERNS[name].finditer(text))
    assert matches, name
    stops = {m.start() for m in _STARTS[name].finditer(text.lower())}
    assert {m.start() for m in matches} <= stops
    assert [c[:3] for c in find(text)] == [c[:3] for c in find(text, windowed=False)]


@pytest.mark.parametrize(
    "text",
    [
        "Rates peaked in about mid-March 1981 and eased.",
        "The levy dates from early Sept., 1990, officials said.",
        "Talks began in June of nineteen ninety-one.",
        "Profit fell in Dec. '08 on weak demand.",
    ],
)
def test_a_month_and_year_window_is_still_scanned(text: str) -> None:
    """A window is skipped for "month_year" only when it holds no month with a year after it;
    a match opening on its modifier ("about mid-March 1981") is still found."""
    assert list(_PATTERNS["month_year"].finditer(text))
    assert _WINDOW_NEEDS["month_year"].search(text.lower())
    found = find(text)
    assert "month_year" in [c[2] for c in found]
    assert [c[:3] for c in found] == [c[:3] for c in find(text, windowed=False)]


def test_a_dense_run_of_days_stops_no_sequel_scanner() -> None:
    """Where nothing but "May 30" repeats, none of the five rules is tried at all, nor is
    "month_year"."""
    lowered = ("May 30 " * 200).lower()
    assert all(not list(_STARTS[name].finditer(lowered)) for name in _MONTH_SEQUELS)
    assert not _WINDOW_NEEDS["month_year"].search(lowered)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Prices have risen in March, traders said.", "since", False),
        ("Prices have risen SINCE March, traders said.", "since", True),
        ("The year Ended March 31 was a record.", "ended", True),
        # characters ``re`` folds to an ASCII letter but ``str.lower`` keeps: any word may match
        ("Prices have risen \u017fince March.", "since", True),
        ("Prices rose in \u0130stanbul in March.", "since", True),
        ("", "since", True),
    ],
)
def test_may_hold_is_false_only_without_the_word(text: str, word: str, expected: bool) -> None:
    assert Context(text=text, dct=None).may_hold(word) is expected


def test_since_with_a_long_s_still_reads_as_since() -> None:
    """A "since" written with a long s is still "since" to the pattern: the skip must not lose
    it (the day stays this year's, not after publication)."""
    plain = extract_text("Sales have risen since Nov. 20, the company said.", "2009-11-05")
    odd = extract_text("Sales have risen \u017fince Nov. 20, the company said.", "2009-11-05")
    assert [r["value"] for r in plain] == [r["value"] for r in odd]


def test_a_quoted_title_and_a_figure_to_date_keep_their_reading() -> None:
    """The per-text checks for quotation marks and "far" / "date" skip only texts without them."""
    titled = extract_text('She starred in "Last Days Of May" in 1999.', "2009-11-05")
    assert [r["text"] for r in titled] == ["1999"]
    so_far = extract_text("Sales so far this year rose 4 percent.", "2009-11-05")
    assert so_far[0]["value"] == "2009"
    assert str(so_far[0]["date_end"].date()) == "2009-11-06"
