"""Rates: what a figure is "per" ("per share", "a day", "each", "for every 10 held").

Why apart: a rate is said before the figure, after it, or later in its clause, and in wire
copy by bid/offer pairs and ratios; each shape is a method here, so ``build`` asks one
question ("what is this figure per?") and a new rate shape is added in one place.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.common import _BLANKS, _GAP_BREAK, _SCALED_SPAN
from newslens_numbers.conversions import _CARRIED_PER
from newslens_numbers.patterns import (
    _IN_RATIO,
    _MONTH_AFTER,
    _PER_AFTER,
    _TIME_ADVERB_AFTER,
    _TIME_WORDS,
    NOT_PER,
    PER_WORDS,
    RATE_ADJECTIVES,
    SCANNER,
    STOP,
    _words,
)
from newslens_numbers.units import MINOR_UNITS, to_base
from newslens_numbers.words import counted_noun, singular

# a denominator with its own number: "per 1,000 cubic metres", "per 100 kilos"
_PER_NUMBERED = re.compile(
    r"[ \t]+(?i:per)[ \t]+(1(?:0+|,000(?:,000)?)|\d00)[ \t]+"
    r"((?i:(?:cubic|square|sq|metric)[ \t]+)?[a-z]+)\b(?![-'’])"
)
# a rate hyphened to the figure as an adjective: "a £90,000-a-year post", "a $40-a-head
# dinner", "a 20p-per-hour rise" (round fifty-two)
_HYPHENED_PER = re.compile(
    r"-(?i:an?|per)-(?P<w>(?i:year|month|week|day|night|hour|head))\b(?![-'’])"
)
# a line break that opens a paragraph or a wire table's row: a blank line or an indent
_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]+")
_VS_GAP = re.compile(r"\b(?i:vs|versus)\b")
_BID_OFFER = re.compile(r"/(\d+(?:\.\d+)?)(?![\d/.]*\d)(?![\d/])")

# two -s words after "one in N": "adults smokes"
_PLURAL_PAIR = re.compile(r"[ \t]+([a-z]{3,}s)[ \t]+([a-z]{3,}s)\b")

# "grams of gold" before "per tonne": what the measure is of
# a rate said later in the figure's clause: "4 million visitors use it every year", "22
# million users accessed the web each month" (not "in each year", "for every day of", "every
# year since"): the clause has no comma or other figure between
_EACH_PERIOD_LATER = re.compile(
    r"(?:[ \t\n]+(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|half|whilst|while|but|"
    r"when|until|during|for|over)\b)[^,;:.!?()\d\s]+){0,8}?[ \t\n]+"
    r"(?<!\bin[ \t\n])(?<!\bof[ \t\n])(?<!\bfor[ \t\n])(?<!\bon[ \t\n])(?<!\bduring[ \t\n])"
    r"(?:each|every)[ \t\n]+(year|month|week|day|night|season|hour|minute)\b"
    r"(?![ \t\n]+(?:ago|earlier|later|before|after|since|of|that|when)\b)(?![-'’])"
)
# a rate said later in the clause by "a"/"an"/"per": "up to 1,000 people visit the museum a day",
# "some 300 cars pass the gate per hour"; not a stretch of time ("spent a night in hospital",
# "within a year", "half a day", "more than a week": ``_NOT_RATE_BEFORE``) nor an anchor ("a
# year ago", "a day after")
_A_PERIOD_LATER = re.compile(
    r"(?:[ \t\n]+(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|half|whilst|while|but|"
    r"when|until|during|for|over|and|or)\b)[^,;:.!?()\d\s]+){0,7}?[ \t\n]+([^,;:.!?()\d\s]+)"
    r"[ \t\n]+(?:a|an|per)[ \t\n]+(year|month|week|day|night|hour|minute)\b"
    r"(?![ \t\n]+(?:ago|earlier|later|before|after|since|of|that|when|or|and|in|at|on|with|"
    r"to|from|long|old|away|off|out|back|per)\b)(?![-'’])"
)
#: the end of every ``_A_PERIOD_LATER`` match, searched in its window first: the pattern's
#: lazy run of words is tried only where "a day", "per hour" is there (round fifty-six)
_A_PERIOD = re.compile(r"(?:a|an|per)[ \t\n]+(?:year|month|week|day|night|hour|minute)\b")
_NOT_RATE_BEFORE = _words(
    "in of for on during within than about around nearly almost over under half by from to "
    "until since after before past spend spent spends spending take took takes taking taken "
    "wait waited waiting last lasted lasts lasting stay stayed stays staying serve served "
    "serving remain remained least most just only barely once twice times such quite what is "
    "was be been are were at inside outside"
)


# patterns the rules below try at every figure, compiled once (not looked up per call)
_BRACKETED_ABBR = re.compile(r"[ \t]*\([A-Za-z][A-Za-z.$]{0,7}\)")
# the words between two alternative prices: "3 euros or even 2.50 euros", "or perhaps as low as"
_OR_ALTERNATIVE = re.compile(
    r"[ \t\n]+or[ \t\n]+(?:(?:even|perhaps|possibly|maybe)[ \t\n]+)?"
    r"(?:(?:as[ \t]+(?:low|high|little|much)[ \t]+as|about|around)[ \t\n]+)?"
)
# the words between two sums of a bid's consideration (round seventy-five): "12 dlrs in cash
# and 3 dlrs", "16 dlrs in cash or 11 dlrs", "9 dlrs cash plus 2 dlrs"; any form of it (the
# lead's decision 2 on round seventy-five, round seventy-six): "12 dlrs in notes and 3 dlrs",
# "in debentures", "in stock", "in shares", "in securities", "in bonds", after at most two
# lower-case modifiers ("in new subordinated notes", "in common stock"); a comma alone joins
# them as "and" does, and warrants and rights are forms too (the lead's decision 1 on round
# seventy-six, round seventy-seven): "9 dlrs cash, 2 dlrs in notes and 1 dlr in warrants"
_CASH_AND = re.compile(
    r"[ \t\n]+(?:(?:in[ \t\n]+)?cash|in(?:[ \t\n]+[a-z][a-z-]*){0,2}?[ \t\n]+"
    r"(?:notes|debentures|stock|shares|securities|bonds|warrants|rights))"
    r"(?:,[ \t\n]+(?:(?:and|or|plus)[ \t\n]+)?|[ \t\n]+(?:and|or|plus)[ \t\n]+)"
)
# what the second sum pays, then its price per share (round seventy-five): "in stock per
# share", "in cash and a warrant per Acme share", "of preference shares for each
# ordinary share held"; the words lower case, no figure, no clause's end. "a share" too
# (round seventy-seven: "1 dlr in warrants a share"), not after a conjunction ("in cash and a
# share" pays a share) and not "a share of" a thing
_CONSIDERATION_PER_SHARE = re.compile(
    r"[ \t\n]+(?:in|of)(?:[ \t\n]+(?!per\b|for\b)[a-z][a-z-]*){1,8}?"
    r"(?:[ \t\n]+(?:per|for[ \t\n]+each)"
    r"|(?<!\band)(?<!\bor)(?<!\bplus)(?<!\bwith)[ \t\n]+a(?=[ \t\n]+share\b(?![ \t\n]+of\b)))"
    r"[ \t\n]+(?:[A-Z][A-Za-z&-]*[ \t\n]+)?"
    r"(?:(?:common|ordinary|outstanding)[ \t\n]+)?share\b(?![ \t\n]*-|[ \t\n]+class)"
)
#: a sum with a scale word: a total, not a price per share
_SCALED_SUM = re.compile(r"\b(?:mln|million|bln|billion|trillion|m|bn)\b", re.IGNORECASE)
# a rate said after the figure by "for each"/"for every" and the noun it distributes over
# (round fifteen): "one right for each of its shares", "1.5 shares for each share held"; the
# words between are the figure's noun and its modifiers, in one clause. A total of the shares
# may stand after "of its" (round twenty): "9 new bonds for each of the 215,400 notes held" (a
# count with commas or a scaled one; "for every 50 shares" stays a ratio)
_FOR_EACH_LATER = re.compile(
    r"(?:[ \t\n]+(?!(?i:for|and|or|but|while|when|whilst|which|who|that)\b)[^,;:.!?()\d\s]+)"
    r"{0,5}?[ \t\n]+(?:in[ \t\n]+return[ \t\n]+)?for[ \t\n]+(?:each|every)"
    r"(?:[ \t\n]+of[ \t\n]+(?:its|the|their|his|her|our|your|these|those)"
    r"(?:[ \t\n]+\d{1,3}(?:,\d{3})+|[ \t\n]+\d+(?:\.\d+)?[ \t\n]+(?:mln|million|bln|billion))?)?"
    r"((?:[ \t\n]+[A-Za-z][A-Za-z-]*){1,5})"
)
_FOR_EACH_STOP = frozenset(
    ("of", "held", "owned", "outstanding", "tendered", "they", "it", "he", "she", "we", "you",
     "in", "on", "at", "to", "and", "or", "but", "from", "with", "by", "as", "that", "which",
     "who", "is", "are", "was", "were", "will", "would", "under", "until", "after", "before",
     "now", "about", "around", "some", "nearly", "almost", "roughly", "approximately")
)  # fmt: skip
_FOR_EACH_NUMBERS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "twenty", "fifty", "hundred", "thousand")
)  # fmt: skip
_FOR_EACH_PARTICIPLES = frozenset(("held", "owned", "outstanding", "tendered"))
_FOR_EACH_NOT_NOUN = frozenset(
    ("one", "other", "them", "us", "you", "those", "these", "time", "single", "additional",
     "new", "such", "then", "half", "few")
)  # fmt: skip
# a rate adjective later in the figure's noun phrase, after at most two modifiers (round
# fifteen): "the 9 pct compound annual growth", "340 dlrs in monthly water bills"
_RATE_LATER = re.compile(
    r"(?:[ \t]+in)?(?:[ \t]+(?!(?:of|to|the|a|an|and|or|for|from|with|by|at|on|than|in|as|is|"
    r"was|were|are|be|its|their|his|her|per|each|every)\b)[a-z][a-z-]*){0,2}?"
    r"[ \t]+(annual|yearly|monthly|weekly|daily|hourly|quarterly)[ \t]+([a-z][a-z-]*)"
    r"(?:[ \t]+([a-z][a-z-]*))?"
)
#: the nouns of a percentage that is a rate per period ("annual growth", "annual interest rate")
_CHANGE_HEADS = frozenset(
    ("growth", "rate", "rates", "interest", "increase", "increases", "rise", "pace", "inflation",
     "yield", "return", "returns", "gain", "gains", "decline", "fall", "drop")
)  # fmt: skip
# a rate said before the figure by "for each NOUN" or "each NOUN" and a verb of what one holds:
# "for each Lemon share held, it pays", "each unit comprises", "each note carries"
_EACH_BEFORE = re.compile(
    r"(?:\b[Ff]or[ \t]+each|(?<![\w,][ \t])\b[Ee]ach)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?"
    r"(?!of\b|one\b|other\b)([a-z]{3,})"
    r"(?:[ \t]+(?:held|owned|tendered|outstanding|sold|bought))?"
    r"(?:[ \t]*,|[ \t]+(?:consists|comprises|carries|includes|contains|entitles|gives|it|they|"
    r"the[ \t]+company|holders?|shareholders|investors|will|would)\b)"
)
# the make-up of one, said right before the figure, after "each" wherever it stands: "with
# each row made up of 1,280 dots", "each pack consisting of 24 cans" (the lead's decision 3
# on the thirty-ninth sample, round fifty-nine: a count in the make-up of "each X" is per X)
_EACH_MAKEUP_BEFORE = re.compile(
    r"\b[Ee]ach[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?!of\b|one\b|other\b)([a-z]{3,})[ \t]*,?[ \t]+"
    r"(?:(?:(?:is|are|was|were)[ \t]+)?(?:made[ \t]+up|composed)[ \t]+of|consisting[ \t]+of|"
    r"comprising|containing|"
    # "each unit would consist of two shares", "each pack will contain 24 cans": the make-up
    # said by a modal and the verb's plain form (round seventy)
    r"(?:will|would|shall|should|to|may|could)[ \t]+(?:consist[ \t]+of|comprise|contain))"
    r"[ \t]+(?:about[ \t]+|some[ \t]+|up[ \t]+to[ \t]+)?$"
)
#: nouns after "each" that name a period or a person, no unit of a rate before the figure
_EACH_NOT_RATE = frozenset(
    ("year", "month", "week", "day", "night", "quarter", "season", "time", "side", "team",
     "player", "member", "person", "man", "woman", "child", "household", "family", "holder",
     "shareholder", "stockholder", "employee", "customer", "worker", "student", "voter")
)  # fmt: skip


_DEPOSITARY_AFTER = re.compile(r"[ \t\n]+(units?|shares?|receipts?|interests?)\b")
# "per short ton", "a long ton", "per metric ton": the ton the adjective names, not the adjective
# (round seventy-eight)
_TON_KINDS = frozenset(("short", "long", "metric"))
_TON_AFTER = re.compile(r"[ \t]+(?i:tons?|tonnes?)\b(?![-'’])")
# a rated noun's change said before its new level: "average monthly wages fell 2.3% in May to
# 900 pesos" (the percentage's end to the level, then the adjective's phrase before the
# percentage; round fifty-two)
_CHANGE_TO_GAP = re.compile(
    r"[ \t]+(?:in[ \t]+[A-Z][a-z]+[ \t]+|year-on-year[ \t]+|on[ \t]+the[ \t]+year[ \t]+)?"
    r"to[ \t]+$"
)
_RATED_CHANGE_BEFORE = re.compile(
    r"\b((?i:" + "|".join(RATE_ADJECTIVES) + r"))[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?[ \t]+"
    r"(?:[a-z]{3,}ed|rose|fell|grew|rise|rises|fall|falls|grow|grows)[ \t]+"
    r"(?:by[ \t]+)?(?:(?:about|around|nearly|almost|some|just)[ \t]+)?$"
)


class RateRules:
    """The scanner's reading of what a figure is per."""

    #: the scanner's text, its length and its findings so far (the scanner sets them)
    text: str
    n: int
    findings: list[dict[str, Any]]

    def bid_offer(self, value: float, s: int, e: int, decimals: int) -> int | None:
        """A wire bid/offer quote, "409.40/90 dlrs", "1.5735/45", "408.90/409.40": two figures,
        the offer repeating the bid's leading digits (409.90, 1.5745), both in the unit written
        after the offer. Not a date or a fraction: the bid has decimals, and the offer is
        either its last digits or a number within a fifth of it."""
        text = self.text
        m = _BID_OFFER.match(text, e, min(self.n, e + 12))
        if m is None or decimals < 2 or len(m.group(1)) < 2:
            return None  # "1.5/2", "2.5/3 mln": no quote
        offer_digits = m.group(1)
        bid = f"{value:.{decimals}f}"
        if "." in offer_digits:
            offer = float(offer_digits)
            if not 0.8 * value <= offer <= 1.25 * value:
                # "880.50/81.50": the offer's digits replace the bid's last ones
                if len(offer_digits.split(".")[1]) != decimals or len(offer_digits) >= len(bid):
                    return None
                offer = float(bid[: len(bid) - len(offer_digits)] + offer_digits)
        elif len(offer_digits) <= decimals:
            offer = float(bid[: len(bid) - len(offer_digits)] + offer_digits)
        else:
            return None
        s2, e2 = e + 1, m.end(1)
        before = len(self.findings)
        prev = self.compared_with(s)  # "from an early low of 377.15/377.65"
        end = self.build(offer, s2, e2, "digits", decimals)
        if len(self.findings) == before + 1:
            g = self.findings[-1]
            if not g["unit"] and prev is not None and prev["kind"] in ("money", "measure"):
                g.update(unit=prev["unit"], kind=prev["kind"], per=prev["per"],
                         value_base=float(to_base(offer, prev["unit"])[0]),
                         base_unit=prev["base_unit"], dimension=prev["dimension"])  # fmt: skip
            factor = g["value"] / offer if offer else 1.0  # cents read in their currency
            bid_value = value * factor
            base = to_base(bid_value, g["unit"])[0] if g["unit"] else float("nan")
            first = {**g, "start": s, "end": e, "text": self.original[s:e], "value": bid_value,
                     "value_base": float(base), "modifier": g["modifier"]}  # fmt: skip
            self.findings.insert(before, first)
            g["text"] = self.original[g["start"] : g["end"]]
        return end

    def rate_to_alternative(self, start: int, unit: str, per: str, value: float) -> None:
        """A rate said after the second of two alternative prices is the first's too: "3 euros or
        even 2.50 euros a box" (both per box); the figure before must be money of the
        same currency (its minor unit too) with no rate of its own, joined by "or" alone, and of a
        size near it ("8 mln dlrs or 3 cts a share" is a total and its rate, not alternatives)."""
        prev = self.findings[-1]
        near = any(0.1 <= prev["value"] / v <= 10 for v in (value, value / 100))  # cents or not
        if prev["kind"] != "money" or prev["per"] or not near:
            return
        if MINOR_UNITS.get(prev["unit"], (prev["unit"],))[0] != MINOR_UNITS.get(unit, (unit,))[0]:
            return
        if _OR_ALTERNATIVE.fullmatch(self.text, prev["end"], start):
            prev["per"] = per

    def share_price_for_two_sums(self, start: int, end: int, unit: str, per: str) -> str:
        """A price per share said once after two sums of a bid's consideration is both sums':
        "12 dlrs in cash and 3 dlrs in stock per share", "either 16 dlrs in cash or 11 dlrs in
        cash and a note for each Acme share", "9 dlrs cash plus 2 dlrs of new preference
        stock for each common share", "12 dlrs in notes and 3 dlrs in stock per share" (per
        share, both). The first sum must be money of the same currency with no rate of its own
        and no scale word in either ("40 mln dlrs in cash and 12 mln dlrs in stock" are totals),
        followed by "(in) cash" or "in" and a form of consideration (notes, debentures, stock,
        shares, securities, bonds, warrants, rights; at most two modifiers before it) and "and",
        "or", "plus" or a comma; the second takes ``per`` share when the words after it (what is
        paid, lower case, no figure and no clause's end) reach "per", "for each" or "a" and a
        share; returns the second's ``per``. The sums before the first of a longer list take it
        too ("9 dlrs cash, 2 dlrs in notes and 1 dlr in warrants a share": three sums)."""
        prev = self.findings[-1]
        if not self._joined_sum(prev, start, unit):
            return per
        if _SCALED_SUM.search(self.text, prev["start"], end):
            return per  # "40 mln dlrs in cash and 12 mln dlrs in stock": totals, not prices
        if not per and _CONSIDERATION_PER_SHARE.match(self.text, end, min(self.n, end + 110)):
            per = "share"
        if per == "share":
            prev["per"] = per
            # the earlier sums of the same list (the lead's decision 1 on round seventy-six):
            # "9 dlrs cash, 2 dlrs in notes and 1 dlr in warrants a share", three sums per share
            later = prev
            for earlier in reversed(self.findings[:-1]):
                if not self._joined_sum(earlier, later["start"], unit) or _SCALED_SUM.search(
                    self.text, earlier["start"], later["start"]
                ):
                    break
                earlier["per"] = per
                later = earlier
        return per

    def _joined_sum(self, earlier: dict[str, Any], start: int, unit: str) -> bool:
        """Whether ``earlier`` is a sum of the same bid's list that the figure at ``start``
        continues: money in ``unit`` with no rate of its own, then a form of consideration and
        "and" / "or" / "plus" / a comma (``_CASH_AND``)."""
        return (
            earlier["kind"] == "money"
            and not earlier["per"]
            and earlier["unit"] == unit
            and _CASH_AND.fullmatch(self.text, earlier["end"], start) is not None
        )

    def each_before(self, start: int) -> str:
        """The noun a rate said before the figure distributes over, in its sentence: "for each
        share held it pays three dlrs and one new share", "each note carries a 40-dlr payment"
        (per share, per note); "" if none. Not "each year" (a period, read after the figure), not
        "each of", and not when another figure's noun stands between ("for each share it pays
        2 dlrs, and the units fetch 5 dlrs" still reads per share: the clause is the sentence's)."""
        lead = self.text[max(0, start - 200) : start]
        cut = max(lead.rfind(". "), lead.rfind(".\n"), lead.rfind(";"), lead.rfind("\n\n"))
        each = _EACH_BEFORE.search(lead, cut + 1)
        if each is None and "ach " in lead:
            each = _EACH_MAKEUP_BEFORE.search(lead, cut + 1)
        if each is None:
            return ""
        noun = each.group(1).lower()
        return "" if noun in _EACH_NOT_RATE or noun.endswith("ed") else singular(noun)

    def rate_past_change(self, start: int) -> str:
        """The period of a rate adjective said before a percentage change that leads to the
        amount at ``start``: "average monthly wages fell 2.3% in May to 900 pesos" (month), as
        "monthly wages fell to 900 pesos" already reads; "" when the last finding is no such
        change."""
        prev = self.findings[-1]
        if prev["kind"] != "percent" or not _CHANGE_TO_GAP.match(self.text, prev["end"], start):
            return ""
        lo = self.findings[-2]["end"] if len(self.findings) > 1 else 0
        rated = _RATED_CHANGE_BEFORE.search(self.text, max(lo, prev["start"] - 60), prev["start"])
        return RATE_ADJECTIVES[rated.group(1).lower()] if rated else ""

    def rate_in_phrase(self, end: int, kind: str) -> str:
        """The period of a rate adjective later in the figure's own noun phrase, after at most
        two modifiers: "the usual 48,000 tonnes annual milling capacity", "the 83 peso minimum
        daily wage", "340 dlrs in monthly water bills" (year, day, month); a percentage only
        when the phrase's noun is a rate of change ("the 9 pct compound annual growth", "a 14 pct
        annual interest rate"; not "10% of annual turnover", "1.6% on an annual basis")."""
        later = _RATE_LATER.match(self.text, end, min(self.n, end + 60))
        if later is None:
            return ""
        if kind == "percent" and not any(
            w and w.lower() in _CHANGE_HEADS for w in (later.group(2), later.group(3))
        ):
            return ""
        return RATE_ADJECTIVES[later.group(1).lower()]

    def for_each_later(self, end: int) -> str:
        """The noun of a rate said after the figure by "for each"/"for every" in its clause:
        "one warrant for each of its outstanding voting shares" (per share), "0.85 new shares in
        return for each Acme share they own", "three vouchers for every diner"; "" if none. The
        noun is the last word of the phrase before "of", "held", a pronoun or a clause's end;
        none for "for every 50 shares" (a number: a ratio), "for each of them", "for each
        other"."""
        later = _FOR_EACH_LATER.match(self.text, end, min(self.n, end + 120))
        if later is None:
            return ""
        head = ""
        for word in _BLANKS.split(later.group(1).strip(" \t\n")):
            low = word.lower()
            if low in _FOR_EACH_NUMBERS:
                return ""  # "four new shares for every seven held": a ratio, no rate
            if low in _FOR_EACH_STOP or len(low) < 3 or low.endswith("ed"):
                if head or low not in _FOR_EACH_PARTICIPLES:
                    break  # "two cts for each condom distributed", "for each series A"
                continue  # "for each outstanding share": before the noun, a modifier
            head = low
        if not head or head in _FOR_EACH_NOT_NOUN or head.endswith(("ing", "ly")):
            return ""
        return singular(head)

    def each_period_later(self, end: int) -> str:
        """The period of a rate said later in the figure's clause ("4 million visitors use it
        every year": year), or ""."""
        later = self.text[end : end + 90]
        if not ("each " in later or "every " in later or " a" in later or " per " in later):
            return ""
        # the pattern needs "each" or "every" in the window (lower case, as written there):
        # without either, most of the gate's passes come from " a", and the pattern's lazy
        # run of up to eight words would be tried at every one for nothing (round fifty-six)
        if "each" in later or "every" in later:
            each = _EACH_PERIOD_LATER.match(self.text, end, min(self.n, end + 90))
            if each is not None:
                return each.group(1).lower()
        if (" a " in later or " an " in later or " per " in later) and _A_PERIOD.search(later):
            rate = _A_PERIOD_LATER.match(self.text, end, min(self.n, end + 90))
            if rate is not None and rate.group(1).lower() not in _NOT_RATE_BEFORE:
                return rate.group(2).lower()  # "up to 1,000 people visit the museum a day"
        return ""

    def ratio(self, value: float, s: int, e: int) -> int | None:
        """'one in five', '1-in-20': odds are one fraction, not two counts (value N/M)."""
        text = self.text
        join = _IN_RATIO.match(text, e, min(self.n, e + 8))
        noun = ""
        if join is None and value == 1:  # "one household in three"
            between = re.match(r"[ \t]+([a-z]+)(?=[ \t]+in[ \t])", text[e : e + 30])
            if between is not None and between.group(1) not in STOP:
                noun = between.group(1)
                join = _IN_RATIO.match(text, e + between.end(), min(self.n, e + between.end() + 8))
        if join is None or not float(value).is_integer() or not 0 < value <= 20:
            return None
        m = SCANNER.match(text, join.end())
        if m is None or m.lastgroup not in ("digits", "word"):
            return None
        core = self.core_at(m)
        if core is None:
            return None
        high, _s, e2, form2, decimals2 = core
        year = form2 == "digits" and "," not in text[_s:e2] and 1000 <= high <= 2100
        if high <= value or decimals2 or year:
            return None  # "5 in 2019": a year
        if self.unit_after(e2) is not None or _MONTH_AFTER.match(text, e2, min(self.n, e2 + 20)):
            self.code_scale = 1.0
            return None  # "5 in 10 minutes", "3 in 12 May": no odds
        self.code_scale = 1.0
        noun = noun or counted_noun(text, e2, 2.0)  # "one in five loans"
        pair = _PLURAL_PAIR.match(text, e2, min(self.n, e2 + 40))
        if pair is not None and noun == pair.group(2):
            # "one in five adults smokes": the verb agrees with "one", so the second -s word
            # is the verb, not the head of a compound ("sales figures")
            noun = pair.group(1)
        self.add(s, e2, value / high, kind="fraction", quantity=noun)
        return e2

    def per_after(self, pos: int) -> tuple[str, int]:
        """The denominator of a compound unit right after ``pos`` ("a share", "per barrel",
        "an hour", "/month", "every year") and where it ends; ("", pos) when there is none."""
        text = self.text
        numbered = _PER_NUMBERED.match(text, pos, min(self.n, pos + 40))
        if numbered is not None:  # "90 dlrs per 1,000 cubic metres": per "1000 cubic metre"
            words = numbered.group(2).lower().split()
            words[-1] = singular(words[-1])
            return f"{numbered.group(1).replace(',', '')} {' '.join(words)}", numbered.end()
        hyphened = (  # the pattern opens with "-": asked only there
            _HYPHENED_PER.match(text, pos, min(self.n, pos + 14))
            if text[pos : pos + 1] == "-"
            else None
        )
        if hyphened is not None:
            word = hyphened.group("w").lower()
            return PER_WORDS.get(word, word), hyphened.end()
        m = _PER_AFTER.match(self.text, pos, min(self.n, pos + 30))
        if m is None and (abbr := _BRACKETED_ABBR.match(self.text, pos, min(self.n, pos + 16))):
            # "215 special drawing rights (SDRs) an ounce": the unit's abbreviation in brackets
            m = _PER_AFTER.match(self.text, abbr.end(), min(self.n, abbr.end() + 30))
        if m is None or m.group("w").lower() in NOT_PER:
            return "", pos
        if m.group("w").lower() in _TIME_WORDS and _TIME_ADVERB_AFTER.match(
            self.text, m.end(), min(self.n, m.end() + 14)
        ):
            return "", pos  # "a year ago", "a month earlier": a time, not a rate
        word = m.group("w").lower()
        held = _DEPOSITARY_AFTER.match(self.text, m.end(), min(self.n, m.end() + 16))
        if word == "depositary" and held is not None:
            # "eight cts a depositary unit", "per depositary share": the unit held, not the
            # adjective (round twenty-two)
            return singular(held.group(1).lower()), held.end()
        if word in _TON_KINDS and (ton := _TON_AFTER.match(self.text, m.end(), m.end() + 8)):
            # "0.9 ounce of gold per short ton", "138 dlrs per long ton": the ton is the rate's
            # noun, as the unit "short tons" already reads (round seventy-eight)
            return f"{word} ton", ton.end()
        return PER_WORDS.get(word, singular(word)), m.end()

    def same_rate_before(
        self, start: int, end: int, value: float, unit: str
    ) -> dict[str, Any] | None:
        """A money rate just before that an unscaled amount of the same currency and size
        continues: joined by "and", "to make 3.15 dlrs a share in 1989 and 4.05 dlrs in 1990"
        (not "5 dlrs a share and 2 mln dlrs in dividends", a total), or later in the sentence
        and closer in size, "an offer of 22 dlrs a share, raised to 24 dlrs"."""
        if not self.findings:
            return None
        prev = self.findings[-1]
        if prev["kind"] != "money" or not prev["per"] or prev["unit"] != unit:
            return None
        if start - prev["end"] > 120:  # (a test of lengths first: most pairs are far apart)
            return None
        gap = self.text[prev["end"] : start]
        if _GAP_BREAK.search(gap) or _SCALED_SPAN.search(prev["text"]):
            return None
        if len(gap) <= 40 and re.search(r"\band[ \t]+$", gap):
            return prev if 0.1 <= value / (prev["value"] or 1e-9) <= 10 else None
        # round forty-five: a rate said once for two figures of one sentence, "would top the
        # 2.10 dlrs a share forecast and could reach 2.25 dlrs": close in size, neither
        # scaled ("1.20 dlrs a share, or 40 mln dlrs" is a total), within one paragraph (a
        # wire table's next row, "Div 2p", has its own reading), not a table's "vs" column;
        # a period's, a measure's or an exchange rate is the parallel-rate pass's to carry
        if (
            prev["per"] in _CARRIED_PER
            or not 0.5 <= value / (prev["value"] or 1e-9) <= 2
            or _NEW_PARAGRAPH.search(gap)
            or _VS_GAP.search(gap)
            or _SCALED_SPAN.search(self.text, start, end)
        ):
            return None
        return prev
