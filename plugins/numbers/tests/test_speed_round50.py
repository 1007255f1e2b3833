"""Issue 17, the speed round of stop fifty: each gate put before a pattern lets through every
string the pattern can match, and each rewritten test answers as the pattern did. The strings
below are invented, and short strings over small alphabets stand for the edge cases; the full
proof is the diff of every column of every finding before and after
(``benchmarks/numbers_same_output.py``)."""

from __future__ import annotations

import itertools
import re

import pytest
from newslens_numbers import counted, currency, names, plural_breakdown, scores
from newslens_numbers.extract import extract_text
from newslens_numbers.patterns import _PHONE

# the score test as it was written before this round: a search anchored at the window's end
OLD_SCORE_NOUN_END = re.compile(r"(?:" + scores._SCORE_NOUNS.lower() + r")[ \t\n]+\Z")


def _strings(alphabet: str, length: int) -> list[str]:
    return ["".join(p) for n in range(length + 1) for p in itertools.product(alphabet, repeat=n)]


def _old_score_noun_to(low: str) -> bool:
    for m in scores._SPACED_TO.finditer(low):
        blank = m.start() - 1
        if OLD_SCORE_NOUN_END.search(low, max(0, blank - 40), blank + 1):
            return True
    return False


def test_a_phone_number_passes_the_gate() -> None:
    for text in ("0171 555 0123", "020-7946-0958", "555.123.4567", "12 345 6789 more"):
        assert _PHONE.match(text) is not None
        assert names._may_open_phone(text, 0)


def test_a_figure_before_a_word_is_turned_away() -> None:
    for text in ("15.6 mln dlrs", "1987 earnings", "2,500 shares", "40 pct"):
        assert not names._may_open_phone(text, 0)


def test_the_phone_gate_on_every_short_string() -> None:
    # every string the pattern matches at a digit passes the gate
    for tail in _strings("1 .-a", 7):
        text = "12" + tail + "345"
        if _PHONE.match(text) is not None:
            assert names._may_open_phone(text, 0), repr(text)


def test_us_dollars_named_as_the_whole_pattern() -> None:
    for text in (
        "It paid 12 U.S. dlrs a share",
        "a price of US$4",
        "in American dollars",
        "AMERICAN DOLLARS",
        "the Americans paid in dollars",
        "USS Ohio",
        "a US$",
        "paid 3 dlrs",
        "",
    ):
        found = currency._US_DOLLARS.search(text) is not None
        assert currency._names_us_dollars(text, text.lower()) == found, text


def test_us_dollars_on_every_short_string() -> None:
    for text in _strings("US.$ dA", 5):
        found = currency._US_DOLLARS.search(text) is not None
        assert currency._names_us_dollars(text, text.lower()) == found, repr(text)


@pytest.mark.parametrize(
    "low",
    [
        "they won by three goals to one",
        "a 4 sets to 2 win",
        "voted 40 votes  to 2",
        "rose 5 pct to 120",
        "to go to",
        "autogoals to 3",
        "points\tto 4",
        "",
    ],
)
def test_score_noun_before_to_as_the_search(low: str) -> None:
    assert scores._score_noun_to(low) == _old_score_noun_to(low)


def test_score_noun_before_to_on_every_short_string() -> None:
    for low in _strings("set o\n", 7):
        assert scores._score_noun_to(low) == _old_score_noun_to(low), repr(low)


def test_a_breakdown_list_still_gives_its_plural() -> None:
    text = "The new trustees - two from Leeds, one from York - met on Monday."
    counts = [f for f in extract_text(text) if f["kind"] == "count"]
    assert [f["noun"] for f in counts] == ["trustee", "trustee"]


def test_two_items_pass_the_gate_on_every_short_string() -> None:
    # wherever the list pattern or two "N from" match, the gate lets the text through
    for mid in _strings(" 1x\t", 5):
        for text in (
            "two" + mid + "from 3 from",
            "the sellers, 12" + mid + "from Leeds, 3" + mid + "from York",
            mid + "from 1 from",
            "eleven" + mid + "from" + mid + "one from",
        ):
            listed = plural_breakdown._BREAKDOWN.search(text) is not None
            if listed or len(plural_breakdown._ITEM_COUNT.findall(text)) >= 2:
                assert plural_breakdown._two_items(text), repr(text)


def test_one_item_or_none_is_turned_away() -> None:
    for text in ("rose from 5 to 7 from 8", "from there", "", "two from"):
        assert not plural_breakdown._two_items(text)


def test_a_text_with_one_item_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Never:
        def finditer(self, text: str) -> list[re.Match[str]]:
            raise AssertionError("searched")

    monkeypatch.setattr(plural_breakdown, "_BREAKDOWN", _Never())
    plural_breakdown.plural_breakdown("The owners - two from Peru.", [])


def test_a_tally_still_counts_votes() -> None:
    found = extract_text("The council voted 41 to 12 to approve the plan.")
    assert [f["noun"] for f in found] == ["vote", "vote"]


def test_no_tally_is_looked_for_without_a_bare_count(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Never:
        def finditer(self, text: str) -> list[re.Match[str]]:
            raise AssertionError("searched")

    monkeypatch.setattr(counted, "_VOTE_TALLY", _Never())
    found = [{"kind": "money", "noun": "", "unit": "USD", "per": "", "start": 0, "end": 2}]
    counted._vote_tally("The board voted to pay 5 dlrs.", found)
