"""Units and compound units read after (and before) a figure: currency, scale, measure.

Why apart: the unit decides the finding's kind (money, measure, percent, count), and it is
read from several places (a sign before, a code or a word after, "m" as million or metres, a
smaller unit after a larger one, "5ft 10in"). A new unit goes in :mod:`newslens_numbers.units`
(its aliases and dimension); a new way of writing one next to a figure goes here.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from newslens_numbers.common import _BLANKS, _currency_before, _digits_start
from newslens_numbers.patterns import (
    _AND_FRACTION,
    _COMPOUND_AFTER_SCALE,
    _CURRENCY_CODE_AFTER,
    _CURRENCY_WORD,
    _FRACTION_OF_SCALE,
    _GLUED_DEGREES,
    _MIXED_FRACTION,
    _SCALE_AFTER,
    _SMALL_UNIT_WORD,
    _SMALLER_PART,
    _TEMPERATURE_CONTEXT,
    _UNIT,
    COMMA_UNITS,
    FRACTION_DENOMS,
    SMALLER_UNITS,
    WORD_SCALES,
)
from newslens_numbers.race_after_event import after_event_and
from newslens_numbers.units import CURRENCY_WORD_TO_CODE, GLUED_ONLY, SCALES, UNIT_ALIASES, UNITS
from newslens_numbers.words import _is_plural, _prev_word, counted_noun, parse_number_words

_COMPARES = re.compile(r"(?i:\b(?:compared[ \t]+(?:with|to)|against|versus|vs)\b)")
#: "in length", "in diameter" after a glued "m": metres, not millions.
_IN_DIMENSION = re.compile(
    r"[ \t]+in[ \t]+(?:length|width|height|depth|diameter|circumference|radius)\b"
)
_DOZENS_AFTER = re.compile(r"[ \t]+(?i:dozens|dzs|dozs)\b")
_UNIT_GAP = re.compile(r"[ \t]*[(\[{<][ \t]*|[ \t]?-?[ \t]?")
#: a table row's label: a word opening the next line, then a column's gap and a figure ("1/8"
#: at a line's end, then " week       8-5/16 3/16"): the row's, not the figure's unit
_ROW_AFTER_LABEL = re.compile(r"(?:[ \t][A-Za-z]+)?[ \t]{2,}\d")
#: a quote's end before the line break: a fraction or decimals ("1/8", "9.875"), not a whole
#: number a wrapped label splits ("7/16 3\n MTHS    3-5/8": the next row's "3 MTHS")
_QUOTE_END = re.compile(r"\d(?:/\d{1,3}|\.\d{1,4})\Z")
#: A latitude just before a number ("25.3N 71.2W", "40°N, 74°W"): its W is west, not watts.
_COORDINATE_BEFORE = re.compile(r"\d[ \t]?°?[ \t]?[NS](?:[ \t]*[,/][ \t]*|[ \t]+)[\d.]+$")
# a currency word that names a place: "the Euro zone", "euro-area members"
#: "marks" after a scaled or decimal sum: the Deutsche mark (round fifteen); a dealer's quote
#: "1.8420/30 marks" too (round thirty-one), and its two-ended "1.7770-80 marks" (round 39)
_MARKS_AFTER = re.compile(r"[ \t\n]+marks\b(?![-'’])")
_SUM_BEFORE_MARKS = re.compile(
    r"(?:\d\.\d+(?:[/-]\d+)?|\d[ \t\n]*(?:mln|bln|bn|million|billion|trillion|m))$", re.IGNORECASE
)
#: round thirty-one: a story that names the mark as money somewhere ("40 mln marks", "2.1
#: marks", "a 300 mln mark loan", "Deutsche marks", "D-marks") reads its whole "N marks" as
#: the currency ("an issue price of 180 marks", "lots of 1,000 and 5,000 marks")
_MARK_MONEY_STORY = re.compile(
    r"\d[ \t\n]*(?i:mln|bln|bn|million|billion)[ \t\n]+marks?\b|\d\.\d+[ \t\n]+marks\b"
    r"|\b(?:Deutsche?|D-|West[ \t]+German|German)[ \t]*[Mm]arks?\b"
)
#: a whole "N marks" that scores, not pays: "eight marks out of 10"
_MARKS_SCORE_AFTER = re.compile(r"[ \t\n]+(?:out[ \t]+of|from[ \t]+(?:the[ \t]+)?judges)\b")
#: round thirty-one: a singular "mark" after a sum, before the noun it prices ("a 300 mln mark
#: loan", "the 2,000 mark notes", "a 9 mark payout"); a threshold ("cleared the 10,000 mark
#: on Friday", "the 1 million mark.") has a preposition, a verb or nothing after it
_MARK_ATTRIBUTIVE = re.compile(
    r"[ \t\n]+mark[ \t]+(?!(?:for|by|in|on|at|of|this|last|to|with|from|and|or|before|after"
    r"|within|earlier|set|was|is|had|has|again|since|until|when|which|that|but|barrier"
    r"|threshold|milestone|level|ceiling|point|once|twice|is|are|were|will|would|could)\b)"
    r"(?=[a-z\d])"
)
#: round thirty-one: a race distance glued to "K", kilometres ("a 15K race", "the 20K walk",
#: "a charity 5K fun run"); "a 64K chip", "a 40K salary" stay thousands
_RACE_K = re.compile(
    r"[Kk](?:[ \t]+[A-Za-z]+)?[ \t]+(?i:races?|runs?|walks?|fun[ \t]+runs?|road[ \t]+races?"
    r"|runners?|walkers?|course)\b"
)
#: round sixty-five: a "b" glued to a number, then a hyphen and a number ("Rule 10b-16",
#: "Rule 10B-7"): a securities rule's number, never billions (a sum's range repeats its
#: scale, "10b-13b", or carries a currency, "$10b-13b")
_RULE_CODE_TAIL = re.compile(r"-\d+(?![\d.,]*[ \t]?(?:bn|b|B|billion)\b)")
_CURRENCY_AREA = re.compile(r"(?<=[Ee]uro)[ \t-]+(?i:zone|area)\b")
# a closing quotation mark may stand after the vague scale: '"tens of millions" of pounds'
# (round sixty-nine)
_VAGUE_THOUSANDS_BEFORE = re.compile(r"(?i:\b(?:hundreds|thousands)[\"”’']?[ \t]+of)[ \t]*$")
_MONEY_SCALE_BEFORE = re.compile(
    r"(?:million|billion|bn|mln|m|millions[\"”’']?[ \t]+of|billions[\"”’']?[ \t]+of)\s*$"
)
# round twenty-nine: what joins two glued distances ("the 800m and 1500m titles")
_RACE_DISTANCES = frozenset((50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1000.0, 1500.0,
                             1600.0, 3000.0, 5000.0, 10000.0))  # fmt: skip
_RACE_DISTANCE_DIGITS = frozenset(str(int(v)) for v in _RACE_DISTANCES)
# an athlete or an event named by its race distance ("the quickest 400m runners", "a 400m
# hurdler", "10,000m specialists"; round thirty-nine): metres, where a plural would read millions
_RACE_NOUN_AFTER = re.compile(
    r"[ \t]+(?i:(?:runner|hurdler|sprinter|swimmer|specialist|champion|finalist|event|heat|"
    r"final|race)s?|hurdles|freestyle|breaststroke|backstroke|butterfly|medley)\b"
)
#: round sixty-five: a race distance after "over" or a possessive ("race over 3000m in a
#: meeting", "the women's 400m in a season's best", "Okafor's 800m"): metres, where "in" after it
#: would read millions; a plural, a currency or "of" after it still reads millions
_RACE_OWNER_BEFORE = re.compile(r"(?:\bover|[A-Za-z]['’]s|[A-Za-z]s['’])[ \t]+$")
_PART_OF_AFTER = re.compile(r"[ \t\n]+of\b")
_DISTANCE_PAIR_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|or|to|&)[ \t]+)?(?:the[ \t]+)?")


#: a table column's end after a figure: two spaces or a tab, a comma or semicolon, a line end
_COLUMN_END = re.compile(r"[ \t]{2}|\t|[ \t]?(?:[,;\n]|$)")


class UnitRules:
    """The scanner's reading of a figure's unit, scale and currency."""

    #: the scanner's text as given, line breaks kept (the scanner sets it; round 74 reads a
    #: line break before a unit in it)
    original: str

    def stone(self, value: float, decimals: int, e: int) -> bool:
        """ "12st", "9st 7lb": a weight in stones, not an ordinal; "st" makes an ordinal only of a
        whole number ending in 1 and not in 11 ("21st"), so any other number before a glued
        lower-case "st" is a weight; "21st 3lb" is one too."""
        text = self.text
        if text[e : e + 2] != "st":
            return False
        whole = decimals == 0 and float(value).is_integer()
        if not whole or int(value) % 10 != 1 or int(value) % 100 == 11:
            return True
        pounds = re.match(r"st[ \t]+\d{1,2}(?:\.\d+)?[ \t]*(?:lb|lbs|pounds?)\b", text[e : e + 16])
        return pounds is not None

    # ---------------------------------------------------------------- a full quantity

    def suffixes(
        self, value: float, e: int, form: str, s_core: int = 0
    ) -> tuple[float, int, str, bool]:
        """Apply a mixed fraction and a scale after the core: (value, end, scale text, had)."""
        text = self.text
        window = min(self.n, e + 40)
        if form == "frac":
            sc = _FRACTION_OF_SCALE.match(text, e, window)
            if sc is not None:
                scale = 12.0 if sc.group(1).lower() == "dozen" else WORD_SCALES[sc.group(1).lower()]
                return value * scale, sc.end(), sc.group(1).lower(), True
            return value, e, "", False
        af = _AND_FRACTION.match(text, e, window) if float(value).is_integer() else None
        if af is not None:
            num = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}[af.group(1).lower()]
            part = num / FRACTION_DENOMS[af.group(2).lower()]
            if af.group(3):  # "one billion and a half million", "five and a half million"
                scale = 12.0 if af.group(3).lower() == "dozen" else WORD_SCALES[af.group(3).lower()]
                if value < 1000:
                    value *= scale
                part *= scale
            elif form == "word":  # "one million and a half": a half of the last scale
                last = re.findall(r"[A-Za-z]+", text[s_core:e])[-1].lower() if s_core < e else ""
                if last in ("million", "billion", "trillion"):
                    part *= WORD_SCALES[last]
            value += part
            e = af.end()
        dz = _DOZENS_AFTER.match(text[e : e + 10]) if self.says_dozens else None
        if dz is not None and form in ("digits", "word"):
            tail = re.search(
                r"(?i:hundred|thousand|million|billion)[ \t]+(?:(?i:and)[ \t]+)?([A-Za-z -]+)$",
                text[s_core:e] if form == "word" else "",
            )
            small = parse_number_words(tail.group(1)) if tail else None
            if small is not None:  # "three hundred and two dozens": only the two is in dozens
                return value + small[0] * 11, e + dz.end(), "dozen", True
            return value * 12, e + dz.end(), "dozen", True
        ticked = -1  # a price in ticks ("97-1/4"): where its whole part ends, for the bid letter
        if form == "digits":
            fr = _MIXED_FRACTION.match(text, e, window)
            if fr and int(fr.group(2)) > 0 and int(fr.group(1)) < int(fr.group(2)):
                value += int(fr.group(1)) / int(fr.group(2))
                ticked, e = e, fr.end()
            elif (
                text[e : e + 1] == "/"
                and re.match(r"/(\d{1,2})(?!\d)", text[e : e + 4])
                and float(value) < 100
            ):
                den = re.match(r"/(\d{1,2})(?!\d)", text[e : e + 4])
                if den and int(den.group(1)) > 0:
                    value = value / int(den.group(1))
                    e += den.end()
        sc = _SCALE_AFTER.match(text, e, window)
        if sc is not None and form in ("digits", "word", "frac"):
            abbr = sc.group("abbr") or sc.group("sabbr")  # "2.33 k" at a clause end
            word = (sc.group("word") or abbr or "").lower()
            if abbr and form != "digits":
                return value, e, "", False
            if abbr == "M":
                word = "million"
            elif word in ("m",) and not self.m_is_million(sc.end()):
                return value, e, "", False
            if word in ("b", "k") and form != "digits":
                return value, e, "", False
            if word == "k" and _RACE_K.match(text, e, window):
                return value, e, "", False  # "a 10K race": kilometres, read by ``unit_after``
            if word == "b" and not (self.has_currency_before(e) or sc.start() == sc.end() - 1):
                return value, e, "", False
            if (
                word == "b"
                and _RULE_CODE_TAIL.match(text, sc.end())
                and not self.has_currency_before(e)
            ):
                return value, e, "", False  # "Rule 10b-16": a rule's number, not 10-16 billion
            if sc.group("abbr") == "b" and self.bid_letter(ticked, sc.end()):
                return value, e, "", False  # "97-1/4b": a table's bid, never 97.25 billion
            if form == "word" and word == "hundred":
                return value, e, "", False
            value, end = value * SCALES.get(word, 1.0), sc.end()
            if form == "digits" and word in ("hundred", "thousand"):
                # "4 thousand 3 hundred and 21": digits spelled with scale words
                for _ in range(2):
                    more = _COMPOUND_AFTER_SCALE.match(text, end, min(self.n, end + 20))
                    if more is None:
                        break
                    raw_part = more.group(1)
                    parsed_part = None if raw_part.isdigit() else parse_number_words(raw_part)
                    part = float(raw_part) if raw_part.isdigit() else (parsed_part or (0.0, 0))[0]
                    if part <= 0:
                        break
                    nxt = _SCALE_AFTER.match(text, more.end(), min(self.n, more.end() + 12))
                    nxt_word = (nxt.group("word") or "").lower() if nxt else ""
                    if nxt_word == "hundred" and part < 10 and word == "thousand":
                        value, end, word = value + part * 100, nxt.end(), "hundred"  # type: ignore[union-attr]
                        continue
                    if part < SCALES.get(word, 1.0) and not nxt_word:
                        value, end = value + part, more.end()
                    break
            af = _AND_FRACTION.match(text, end, min(self.n, end + 30))
            if af is not None and not af.group(3):  # "3 million and a half"
                num = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
                part = num[af.group(1).lower()] / FRACTION_DENOMS[af.group(2).lower()]
                value, end = value + part * SCALES.get(word, 1.0), af.end()
            return value, end, word, True
        return value, e, "", False

    def bid_letter(self, whole_end: int, end: int) -> bool:
        """A "b" glued to a price in ticks ("91-3/4b   unchanged") ending a table column: the
        bid letter of a livestock or grain price table, not "billion". A price in ticks
        (``whole_end`` where its whole part ends, -1 if none) with no currency before it, the
        letter followed by a column gap, a comma or the line's end; "$2-1/2b" and "1-1/2b
        shares" keep the scale."""
        if whole_end < 0 or self.has_currency_before(whole_end):
            return False
        return _COLUMN_END.match(self.text, end, min(self.n, end + 3)) is not None

    def has_currency_before(self, e: int) -> bool:
        """A currency sign or code before the number ending at ``e`` ("$5", "USD 5", "Rs 5")."""
        text = self.text
        if re.search(r"[$£€¥₹]\s?[\d.,]+$", text[max(0, e - 20) : e]):
            return True
        start = _digits_start(text, e)
        return start < e and _currency_before(text[max(0, start - 8) : start]) is not None

    def m_is_million(self, end: int) -> bool:
        """'5m' is five million before a plural noun or after a currency, else five metres."""
        text = self.text
        if self.has_currency_before(end - 1) or self.money_before(end):
            return True  # "$28.5m ... a total of 204.3m": the sentence is about money
        start = _digits_start(text, end - 1)  # back over the "m" and the digits
        if _prev_word(text, start).lower() == "the":
            return False  # "the 60m hurdles", "the 400m final": a race distance
        last = self.findings[-1] if self.findings else None
        if (
            last is not None
            and last["unit"] == "m"
            and last["text"][-1:] == "m"
            and last["value"] in _RACE_DISTANCES
            and text[start : end - 1].replace(",", "") in _RACE_DISTANCE_DIGITS
            and _DISTANCE_PAIR_GAP.fullmatch(text, last["end"], start)
        ):
            return False  # "the 100m and 200m finals": the second distance of a pair
        digits = text[start : end - 1].replace(",", "")
        race_noun = _RACE_NOUN_AFTER.match(text, end, min(self.n, end + 16))
        if digits in _RACE_DISTANCE_DIGITS and race_noun is not None:
            return False  # "the quickest 400m runners": a race distance (round thirty-nine)
        nxt = re.match(r"[ \t]+([A-Za-z]+)", text[end : end + 30])
        if nxt and nxt.group(1).lower() in ("tall", "high", "long", "deep", "wide"):
            return False
        if digits in _RACE_DISTANCE_DIGITS and after_event_and(text, start):
            return False  # "the marathon and 10,000m in Athens": a second race
        if digits in _RACE_DISTANCE_DIGITS and _RACE_OWNER_BEFORE.search(
            text, max(0, start - 12), start
        ):
            after = nxt.group(1) if nxt else ""
            if not (_is_plural(after) or after.lower() in CURRENCY_WORD_TO_CODE or after == "of"):
                return False  # "race over 3000m in Oslo", "the women's 400m in Rome"
        if _IN_DIMENSION.match(text, end, min(self.n, end + 30)):
            return False  # "2.67m in length": a length
        if nxt and (_is_plural(nxt.group(1)) or nxt.group(1).lower() in ("of", "in", "people")):
            return True
        if nxt and nxt.group(1).lower() in CURRENCY_WORD_TO_CODE:
            return True  # "1.5m yuan", "20m euros": a currency named after the scale
        return bool(counted_noun(text, end, 2.0))  # "4m DS consoles"

    def money_before(self, pos: int) -> dict[str, Any] | None:
        """The last money figure of the sentence before ``pos`` (no sentence end between)."""
        last = self.findings[-3:]
        if self.nil_at:  # a results line's "nil" lends no reading: look past it
            last = [f for f in self.findings[-5:] if f["start"] not in self.nil_at][-3:]
        for f in reversed(last):
            converted = re.search(r"[(;][ \t]*$", self.text[max(0, f["start"] - 3) : f["start"]])
            if converted:
                continue  # a conversion in brackets: "6.1bn rupees ($140m; £75m), against 5.2bn"
            gap = self.text[f["end"] : pos]
            # farther back only where the sentence says it compares: "averaged 245 mln dlrs a
            # day in the opening week of ..., compared with 233 mln"
            limit = 200 if _COMPARES.search(gap) else 80
            unbracketed = re.sub(r"\([^()]*\)", "", gap)  # the conversions' own ";"
            if len(gap) > limit or re.search(r"[.!?;](?:[ \t\n]|$)", unbracketed):
                return None
            if f["kind"] == "money":
                return f  # the figure itself, not its conversion in brackets
        return None

    def smaller_units(self, value: float, unit: str, end: int) -> tuple[float, str, int]:
        """A measure written in two (or three) units of one dimension, read as one measure in
        the smallest unit named: "5ft 9in" 69 in, "12st 4lb" 172 lb, "2 hours 30 minutes" 150
        min, "1m 52.3s" 112.3 s (the lead's decision: an analyst reads one height or one time,
        and "9in" alone is no figure). A part must be under one of the unit before it ("6ft
        14in" is no height), and a hyphen after it makes it a modifier of its own ("a
        five-year, 10-month deal"), so neither joins."""
        text = self.text
        while True:
            part = _SMALLER_PART.match(text, end, min(self.n, end + 30))
            if part is None:
                break
            raw = part.group(2)
            if raw[0].isdigit():
                part_value: Any = float(raw)
            else:
                part_value = parse_number_words(raw.lower())
                if isinstance(part_value, tuple):
                    part_value = part_value[0]
            if part_value is None or text[part.end(2) : part.end(2) + 1] == "-":
                break
            info = self.unit_after(part.end(2))
            larger = "min" if unit == "m" else unit  # "1m 52.3s"
            word = _SMALL_UNIT_WORD.match(text, part.end(2), min(self.n, part.end(2) + 10))
            if word is not None and (info is None or info[0] == "m"):
                small = next(k for k, v in word.groupdict().items() if v)
                small = "in" if small == "inch" else small
                if small == "in" and not raw[0].isdigit() and word.group("inch") != "inches":
                    break  # "six feet two in the ...": a preposition
                info = (small, word.end(), "")
            if info is None:
                break
            small, small_end, _ = info
            factor = SMALLER_UNITS.get((larger, small))
            if (
                factor is None
                or (unit == "m" and small != "s")
                or (part.group("comma") and small not in COMMA_UNITS)
                # "two years, six months of it paid": a part of the whole, not its remainder
                or (part.group("comma") and _PART_OF_AFTER.match(text, small_end, small_end + 8))
                or not part_value < (60 if small in ("min", "s") else factor)
            ):
                break
            value, unit, end = value * factor + part_value, small, small_end
        return value, unit, end

    @cached_property
    def mark_money_story(self) -> bool:
        """Does the text name the mark as money somewhere (round thirty-one)?"""
        return "mark" in self.text and _MARK_MONEY_STORY.search(self.text) is not None

    def unit_after(self, e: int) -> tuple[str, int, str] | None:
        """(canonical unit, end, kind) of a unit, currency or percent right after ``e``."""
        text = self.text
        window = min(self.n, e + 60)
        # "1,500km", "1,500 km", "six-mile", "20 (kg)"
        glued = self.glued_degrees(e)
        if glued is not None:
            return ("°C" if glued.group() == "C" else "°F"), glued.end(), "temperature"
        if (
            text[e : e + 2] == "st"
            and text[e - 1 : e].isdigit()
            and not text[e + 2 : e + 3].isalnum()
        ):
            return "st", e + 2, "measure"  # "12st" glued to digits (an ordinal never gets here)
        if text[e : e + 1] in "Kk" and _RACE_K.match(text, e, window):
            return "km", e + 1, "measure"  # "the 20K walk", "a 15K road race" (round 31)
        gap = _UNIT_GAP.match(text[e : e + 4])
        j = e + (gap.end() if gap else 0)
        bracket = gap is not None and gap.group().strip(" \t-") != ""  # "(", "[", "{" or "<"
        cur = _CURRENCY_WORD.match(text, j, window)
        code = _CURRENCY_CODE_AFTER.match(text, e, window)
        unit = _UNIT.match(text, j, window)
        if code and not bracket:
            iso = code.group("code").upper().replace("RMB", "CNY")
            if code.group("scale"):
                self.code_scale = SCALES.get(code.group("scale").lower(), 1.0)
            if code.group("mega"):  # "30 MUSD": finance shorthand for millions
                self.code_scale = 1e6
            return iso, code.end(), "money"
        best: tuple[str, int, str] | None = None
        if cur and _CURRENCY_AREA.match(text, cur.end(), min(self.n, cur.end() + 8)):
            cur = None  # "nine Euro zone lenders", "15 euro-area members": a place
        if cur and not bracket:
            word = cur.group().lower()
            word = _BLANKS.sub(" ", word)
            best = (CURRENCY_WORD_TO_CODE.get(word, ""), cur.end(), "money")
        if unit and (best is None or unit.end() > best[1]):
            surface = _BLANKS.sub(" ", unit.group())
            sym = UNIT_ALIASES.get(surface) or UNIT_ALIASES.get(surface.lower())
            if surface in GLUED_ONLY and (
                j != e or _COORDINATE_BEFORE.search(text, max(0, e - 30), e)
            ):  # "65 W 42nd Street"; "25.3N 71.2W" is a position, not watts
                sym = None
            if sym is not None:
                end = unit.end()
                if bracket:
                    close = re.match(r"[ \t]*[)\]}>]", text[end : end + 3])
                    if not close:
                        return None
                    end += close.end()
                if sym == "lb" and re.match(r"pounds?", surface, re.I) and self.money_context(e):
                    return "GBP", end, "money"
                if (
                    sym == "lb"
                    and re.match(r"pounds\b", surface, re.I)
                    and _VAGUE_THOUSANDS_BEFORE.search(text, max(0, e - 30), e)
                    and not re.match(r"[ \t]+of\b", text[end : end + 4])
                ):
                    # "tens of thousands of pounds were raised": a sum, as "millions of pounds";
                    # "thousands of pounds of food" stays a weight
                    return "GBP", end, "money"
                info = UNITS[sym]
                best = (sym, end, info.kind)
        if (
            best is not None
            and j > e
            and "\n" in self.original[e:j]
            and _ROW_AFTER_LABEL.match(text, best[1], window)
            and _QUOTE_END.search(text, max(0, e - 8), e)
        ):
            return None  # "8-1/4 1/8\n week   8-5/16": the next row's label, no unit (round 74)
        if best is None:
            if not self.says_mark:
                return None  # no "mark" in the text: neither pattern below can match
            marks = _MARKS_AFTER.match(text, e, window)
            if marks and _SUM_BEFORE_MARKS.search(text, max(0, e - 16), e):
                # "5.2 billion marks", "1.70 marks": a scaled or decimal sum in marks is the
                # Deutsche mark ("8 marks out of 10", "marks the end" are not)
                return "DEM", marks.end(), "money"
            if (
                marks
                and self.mark_money_story
                and not _MARKS_SCORE_AFTER.match(text, marks.end(), window)
            ):
                return "DEM", marks.end(), "money"  # a whole sum where the story pays in marks
            attributive = _MARK_ATTRIBUTIVE.match(text, e, window)
            if attributive:
                return "DEM", e + len(attributive.group().rstrip()), "money"
            return None
        sym, end, kind = best
        if sym == "GBp" and text[j - 1 : j] == "-":
            return None
        if end - j == 1 and re.match(r"-[a-z]{2,}s\b", text[end : end + 16]):
            return None  # "40 t-shirts", "two x-rays": a plural noun, no one-letter unit
        # the second word of a two-word unit must not start a new clause
        return sym, end, kind

    def glued_degrees(self, e: int) -> re.Match[str] | None:
        """'30C', '86F)': a glued C or F is a temperature only before punctuation or near
        temperature words; '13F filing', 'Boeing 777F' and '14.7C/' are not."""
        text = self.text
        if text[e : e + 1] not in ("C", "F"):
            return None  # the pattern's one letter, asked at nearly every figure (round 58)
        glued = _GLUED_DEGREES.match(text, e, min(self.n, e + 3))
        if glued is None or text[glued.end() : glued.end() + 1] not in (
            "",
            " ",
            "(",
            ")",
            ",",
            ".",
            ";",
            ":",
        ):
            return None
        if re.match(r"[ \t]*[(),.;:]|$", text[glued.end() : glued.end() + 3]):
            return glued
        return glued if _TEMPERATURE_CONTEXT.search(text[max(0, e - 80) : e + 40]) else None

    def money_context(self, e: int) -> bool:
        before = self.text[max(0, e - 25) : e].lower()
        # "2 million pounds", "millions of pounds": sterling, not weight
        return bool(_MONEY_SCALE_BEFORE.search(before)) or "£" in before
