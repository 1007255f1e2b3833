"""A bare rate level in a run of rate quotes takes the percent the paragraph last named.

Why: money-market reports name "pct" once and quote the next levels bare, sentences later
("Call money was 4-1/8 pct. Dealers saw little demand. One-month funds stood at 4-3/8."). The
lead's decision on the thirty-first sample widens decision 3 on fresh21 (the sentence before)
to the paragraph for such a run, when no other unit is named in between; outside a run the
older reach stands. Prices need no such pass: ``wire_tables._carried_prices`` carries a
currency over two sentences already.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from newslens.sentences import paragraphs

#: a quoted rate written as a market writes it: a fraction ("4-3/8", "7/8") or a decimal
#: ("6.45"); a whole number ("stood at 7") may be a count and is left alone
_RATE_QUOTE = re.compile(r"(?:\d{1,2}[- ])?\d{1,2}/(?:2|4|8|16|32)|\d{1,2}\.\d{1,4}")
#: the words that introduce a level of a quote right before the figure
_LEVEL_BEFORE = re.compile(
    r"\b(?i:at|to|from|was|were|is|are|of|and|or|versus|against|around|about|near|"
    r"between|with|opened|closed|ended|quoted|offered|bid)[ \t\n]+$"
)
#: the figure ends the quote: punctuation, the end, or a word that starts another phrase
_QUOTE_END_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t\n]+(?:in|on|at|by|last|this|against|compared|from|to|and|"
    r"but|after|before|while|with|for|or|yesterday|today)\b"
)
#: a word after a figure that may be its noun or unit ("one Taiwan cent", "two pct")
_NOUN_AFTER = re.compile(
    r"[ \t\n]+(?!(?:of|in|on|at|to|from|for|by|and|or|the|a|an)\b)[A-Za-z]{3,}"
)
#: a percent after "by" is a change, not a level of a quote ("has risen by about 16 pct")
_CHANGE_BEFORE = re.compile(
    r"\b(?i:by)(?:[ \t\n]+(?i:about|around|some|nearly|almost|over))?[ \t\n]+$"
)
#: a maturity written as a modifier ("one-month funds", "three-month money") names no unit of
#: the quote, so it does not end the run
_TENOR = re.compile(r"(?i:\w+-(?:day|week|month|year))$")


def _names_unit(text: str, f: dict[str, Any]) -> bool:
    """Whether a finding names a unit other than the run's percent (a tenor does not): a unit,
    money, a measure, a counted noun ("1-1/4 points for selling") or a noun right after the
    figure that the scan did not count ("one Taiwan cent")."""
    if f["kind"] == "duration" and _TENOR.fullmatch(f["text"]):
        return False
    return (
        bool(f["unit"] or f["noun"] or f["quantity"])
        or f["kind"] in ("money", "measure")
        or (f["kind"] == "count" and _NOUN_AFTER.match(text, f["end"]) is not None)
    )


def _bare_quote(text: str, f: dict[str, Any]) -> bool:
    """A figure with no unit, noun or rate, written as a quoted rate, after a level's word."""
    return (
        f["kind"] in ("number", "count")
        and not f["unit"]
        and not f["noun"]
        and not f["quantity"]
        and not f["per"]
        and _RATE_QUOTE.fullmatch(f["text"]) is not None
        and _LEVEL_BEFORE.search(text, max(0, f["start"] - 40), f["start"]) is not None
        and _QUOTE_END_AFTER.match(text, f["end"]) is not None
    )


def carried_rates(text: str, original: str, found: list[dict[str, Any]]) -> None:
    """Give ``%`` to a bare quoted level after a percent of the same paragraph, with no other
    unit named between and within a third to three times that percent: the levels of one run
    stay near each other (a bond's price of 99.50 after its 11-5/8 pct coupon is no rate).
    ``text`` is the scanner's copy (wraps as spaces), ``original`` the article's text, whose
    line breaks mark the paragraphs; the offsets are the same."""
    if not any(f["kind"] == "percent" for f in found):
        return
    starts: list[int] | None = None
    last: dict[str, Any] | None = None
    last_para = -1
    for f in found:
        if f["kind"] == "percent" and f["unit"] == "%":
            level = _CHANGE_BEFORE.search(text, max(0, f["start"] - 30), f["start"]) is None
            last = f if level else None
            last_para = -1
            continue
        if last is None:
            continue
        if _names_unit(text, f):
            last = None
            continue
        if not _bare_quote(text, f) or not 1 / 3 <= f["value"] / (last["value"] or 1e-9) <= 3:
            continue
        if starts is None:
            starts = [a for a, _ in paragraphs(original)]
        if last_para < 0:
            last_para = bisect.bisect_right(starts, last["start"])
        if bisect.bisect_right(starts, f["start"]) != last_para:
            last = None
            continue
        f.update(kind="percent", unit="%", value_base=f["value"], base_unit="%",
                 dimension="percent")  # fmt: skip
