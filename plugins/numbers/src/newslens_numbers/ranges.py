"""Ranges, alternatives and comparisons: "5 to 7 pct", "four, five or six", "up from 3".

Why apart: a second figure joined to the first shares its unit and noun, so the pair is read
as one finding (a range or a vague pair) or as two with a link, before either is built.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.common import _CHANGE_NOUNS, _GAP_BREAK
from newslens_numbers.patterns import (
    _COMPARED_JOIN,
    _MONTH_AFTER,
    _TIME_AFTER,
    SCANNER,
    WORD_SCALES,
)
from newslens_numbers.units import SCALES, UNITS
from newslens_numbers.words import parse_number_words

# alternatives after a figure: ", five or " in "four, five or six people", ", 10 or " (the
# items are checked in ``alternatives``: numbers of the first one's form, rising)
_ALTERNATIVES_AFTER = re.compile(
    r"((?:,[ \t]*(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)){1,4}),?[ \t]+or[ \t]+"
    r"(?:(?:even|perhaps|possibly|maybe)[ \t]+)?(?=[\dA-Za-z])"
)
_ALTERNATIVE_ITEM = re.compile(r"[\dA-Za-z][\w-]*")
_SYMBOL_AT = re.compile(r"(?:US\$|[$£€¥₹])[ \t]?")


# round thirty-nine: a market quote gives a two-ended price with the high end's last digits only
# ("the mark stood at 1.6120-40 to the dollar", "a mean yield of 7.41-43 pct", "stg 1.8815-8840")
_DECIMAL_LOW = re.compile(r"(?<![\d.])(\d+)\.(\d{2,5})$")


def _quoted_tail(text: str, p: int, e: int, value: float) -> float:
    """The high end of "1.7770-80" read as the low end with its last digits replaced
    (1.7780), when the high end is written in no more digits than the low end's decimals and
    the reading is not below the low end; else ``value`` as written."""
    tail = text[p:e]
    low = _DECIMAL_LOW.search(text, max(0, p - 16), p - 1)
    if low is None or not tail.isdigit() or len(tail) > len(low.group(2)):
        return value
    decimals = low.group(2)
    completed = float(f"{low.group(1)}.{decimals[: len(decimals) - len(tail)]}{tail}")
    return completed if completed >= float(low.group(0)) else value


class RangeRules:
    """The scanner's reading of a range's high end, alternatives and comparisons."""

    def alternatives(self, value: float, end: int, form: str) -> tuple[float, int, str, str] | None:
        """(last value, end, unit, kind) of alternatives listed after a figure ("four, five or
        six people", "5, 10 or 15 per cent"), or None.

        The writer gives no single figure: the lead's decision reads them as one vague range,
        from the first to the last, as "four to six" is a range. Only bare numbers of one form
        (all words or all digits, no decimals), rising, with the unit or noun after the last
        and "or" before it; a list with "and" names several figures, and is left alone."""
        if form not in ("digits", "word"):
            return None
        text = self.text
        listed = _ALTERNATIVES_AFTER.match(text, end, min(self.n, end + 80))
        if listed is None:
            return None
        last = value
        for item in _ALTERNATIVE_ITEM.findall(listed.group(1)):
            if form == "digits":
                if not item.isdigit():
                    return None
                item_value = float(item)
            else:
                parsed = parse_number_words(item)
                if parsed is None or parsed[1] != len(item):
                    return None
                item_value = parsed[0]
            if item_value <= last:
                return None
            last = item_value
        at = listed.end()
        if text[at : at + 1].isdigit() != (form == "digits"):
            return None
        high = self.range_high(at, "", "", "", form)
        if high is None:
            return None
        hv, hend, hunit, hkind, factor = high
        if factor != 1.0 or hv <= last:
            return None  # "four, five or six million": the scale is the last one's only
        return hv, hend, hunit, hkind

    def compared_with(self, start: int, value: float | None = None) -> dict[str, Any] | None:
        """The figure just before, in the same clause, that a bare figure is compared with
        ("X from Y", "X vs Y", "from X to Y"): its unit, counted noun and ``per`` carry over."""
        if not self.findings:
            return None
        prev = self.findings[-1]
        gap = self.text[prev["end"] : start]
        if gap.startswith(")") and (bracket := self.text.rfind("(", 0, prev["start"])) >= 0:
            # "6.05 hectares (14.95 acres), up from 2.48": the figure before the brackets is
            # the one compared, not its conversion
            before = [f for f in self.findings if f["end"] <= bracket]
            if not before or len(self.text[before[-1]["end"] : bracket]) > 3:
                return None
            prev, gap = before[-1], gap[1:]
        if prev["kind"] not in ("count", "number", "money", "measure", "percent", "duration"):
            return None
        if prev["start"] in self.nil_at and not prev["unit"]:
            return None  # "nil vs 5.3 mln": a bare "nil" has no reading to lend
        if len(gap) > 40 or _GAP_BREAK.search(gap):
            return None
        joined = _COMPARED_JOIN.search(gap)
        if joined is None:
            return None
        if joined.group(2) and prev["kind"] not in ("count", "measure"):
            return None  # "and" lists counts and measures ("5 died and 35 were hurt"); not money
        if (joined.group(1) or "").lower() == "to":  # "from 90 planes to 53", not "rose 5% to 120"
            before = self.text[max(0, prev["start"] - 8) : prev["start"]]
            # (not a move in points to a level, over three times the move: "and the oils
            # index 4.0 points to 1322.6"; "a 31 points to 12 win" is a score of points)
            level = (
                prev["noun"] in _CHANGE_NOUNS
                and value is not None
                and value > 3 * (prev["value"] or 1e-9)
            )
            tally = (
                prev["kind"] == "count"
                and not level
                and re.fullmatch(r"[ \t]+[A-Za-z-]+[ \t]+to[ \t]+", gap)
            )
            # "lift its output by 40,000 tonnes per year to 265,000": a measure's level
            by_to = prev["kind"] == "measure" and re.search(r"(?i:\bby)[ \t]+\S*$", before)
            if not (tally or by_to or re.search(r"(?i:\bfrom)[ \t]+\S?$", before)):
                return None
        return prev

    def dash_apart(self, join: re.Match[str], unit: str, scaled: bool) -> bool:
        """Whether a dash spaced on both sides sets two figures apart ("cost £40bn - 12%
        more than planned", "ran 40 km - 12 km further"): the low end has a unit, a currency
        or a scale, which a score's or an id's sides never have ("won 3 - 1"), so the high
        end is read as a figure of its own, not dropped with the low one as a score."""
        joined = join.group()
        return bool(unit or scaled) and joined[:1] in " \t" and joined[-1:] in " \t"

    def range_high(
        self, p: int, unit: str, currency: str, scale_word: str, form: str
    ) -> tuple[float, int, str, str, float] | None:
        """Parse the upper end of a range at ``p``: (value, end, unit, kind, scale factor)."""
        text = self.text
        cb = _SYMBOL_AT.match(text[p : p + 5])
        if cb:
            if not currency:
                return None
            p += cb.end()
        m = SCANNER.match(text, p)
        if m is None or m.lastgroup not in ("digits", "word"):
            return None
        core = self.core_at(m)
        if core is None:
            return None
        value, _s, e, f2, _dec = core
        if f2 == "digits" and (
            _MONTH_AFTER.match(text, e, min(self.n, e + 20))
            or _TIME_AFTER.match(text, e, min(self.n, e + 20))
            or (text[e : e + 1] in ".,/" and text[e + 1 : e + 2].isdigit())
        ):
            return None
        if f2 == "digits" and text[p - 1 : p] == "-":
            value = _quoted_tail(text, p, e, value)  # "1.7770-80": the high end is 1.7780
        value, e2, sw, scaled = self.suffixes(value, e, f2)
        factor = SCALES.get(sw, 1.0) if scaled else 1.0
        inner = re.fullmatch(
            r"(?i:[a-z]+(?:-[a-z]+)?[ \t-]+(hundred|thousand|million|billion|trillion))",
            text[_s:e],
        )
        if inner is not None and not scaled:  # "one-to-two hundred": the scale is shared
            factor = WORD_SCALES[inner.group(1).lower()]
        # "200 mln to one billion dlrs": a high end in words carries its own scale word, so
        # the low end's ("mln") is not put on it again (round thirty-six)
        if not scaled and scale_word and inner is None:
            value *= SCALES.get(scale_word, 1.0)
        info = None if currency else self.unit_after(e2)
        if info is None and unit and not currency and scaled:
            return None  # "in the five weeks to 3.85 billion": a period, then a level
        if info is not None:
            hunit, hend, hkind = info
            if unit and hunit != unit:
                return None
            return value, hend, hunit, hkind, factor
        if unit and not currency and unit not in ("%",):
            # "10 km to 15" - an open second part: keep as a range of the same unit
            return value, e2, unit, UNITS[unit].kind if unit in UNITS else "measure", factor
        return value, e2, unit, ("money" if currency else ""), factor
