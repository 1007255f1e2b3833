"""Vague quantities: "dozens of", "hundreds of thousands", "millions of pounds".

Why apart: a vague plural has no value to read, only a scale and a lower bound, and its rules
(what it counts, the currency before it) differ from a figure's. A new vague word goes in
:mod:`newslens_numbers.patterns` (``VAGUE_SCALES``) and, if it needs its own reading, here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens_numbers.patterns import VAGUE_SCALES
from newslens_numbers.units import CURRENCY_SYMBOLS
from newslens_numbers.words import counted_noun

# a currency sign right before a vague plural of a scale: "£ millions", "$billions"
_SIGN_BEFORE_VAGUE = re.compile(r"(?<![A-Za-z0-9$])((?:US|A|C|HK|NZ)?\$|[£€¥])[ \t]?$")


class VagueRules:
    """The scanner's reading of a vague plural of a scale."""

    if TYPE_CHECKING:  # the scanner's rate reading (:class:`rates.RateRules`), for mypy

        def per_after(self, pos: int) -> tuple[str, int]: ...

    def handle_vague(self, s: int, e: int) -> int:
        """'dozens of people', 'tens of thousands of dollars', 'a few hundred': the range 2-9 of
        the unit (for 'tens of thousands' 20,000-99,999), modifier 'vague'; the counted noun, or
        the currency or unit after 'of'."""
        text = self.text
        words = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", text[s:e])]
        if words[0].startswith("multi"):  # "a multi-million pound deal": as "millions"
            words = [words[-1].removeprefix("multi")]
        scale = VAGUE_SCALES[words[-1]]
        if len(words) == 3 and words[1] == "of":  # "tens of thousands"
            scale *= VAGUE_SCALES[words[0]]
        elif len(words) > 2 and words[-2] == "hundred":  # "several hundred million"
            scale *= 100
        low, high = 2 * scale, 10 * scale - 1
        of = re.match(r"[ \t]+of[ \t]+", text[e : e + 8])
        quoted = (
            of is None
            and s > 0
            and text[s - 1] in "\"“‘'"
            and text[e : e + 1] in "\"”’'"
            and re.match(r"[ \t]+of[ \t]+", text[e + 1 : e + 9])
        )
        if quoted:
            # 'would give "tens of millions" of pounds': the quoted words, then their
            # currency after the quote (round sixty-nine; fresh38's reading): money, the span
            # the quoted words only
            info = self.unit_after(e + 1 + quoted.end())
            self.code_scale = 1.0
            if info is not None and info[2] == "money":
                self.add(s, e, low, kind="money", unit=info[0], high=high, modifier="vague")
                return info[1]
        info = self.unit_after(
            e + of.end() if of else e
        )  # "hundreds of miles", "a few hundred yards"
        self.code_scale = 1.0
        if info is not None and info[2] in ("money", "measure"):
            # "a few hundred euros a month", "hundreds of miles an hour": the rate said right
            # after the unit, as a figure's is (round seventy-two); else "each year" later
            per = self.per_after(info[1])[0] or self.each_period_later(info[1])
            self.add(s, info[1], low, kind=info[2], unit=info[0], high=high, modifier="vague",
                     per=per)  # fmt: skip
            return info[1]
        sign = (
            _SIGN_BEFORE_VAGUE.search(text, max(0, s - 6), s)
            if s and text[s - 1] in "£$€¥ "
            else None
        )
        if sign is not None and sign.group(1) in CURRENCY_SYMBOLS:
            # "£ millions", "$billions": a currency written, money (the lead's decision 1 after
            # round twenty-four: "millions" with no currency word is a count)
            per = self.each_period_later(e)
            self.add(sign.start(), e, low, kind="money", unit=CURRENCY_SYMBOLS[sign.group(1)],
                     high=high, modifier="vague", per=per)  # fmt: skip
            return e
        # "a multi-million deal" sizes the deal, it counts no deals
        noun = "" if text[s : s + 5].lower() == "multi" else counted_noun(text, e, 2.0)
        per = self.each_period_later(e)  # "hundreds of warnings issued each year"
        self.add(s, e, low, kind="count", quantity=noun, high=high, modifier="vague", per=per)
        return e
