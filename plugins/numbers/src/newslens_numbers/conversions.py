"""Post-passes for rates and conversions: a rate that a conversion or a later phrase says.

Why after the scan and the conversion links: "20 dlrs (15 stg) a barrel" gives the rate to both
figures only once :mod:`newslens_numbers.consistency` has linked them; other rates are said by
the sentence's subject or a parallel figure.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Any

from newslens_numbers.common import (
    _API_GRAVITY,
    _GAP_BREAK,
    _PERIOD_PER,
    _SCALED_SPAN,
    FX_CODES,
    _one_sentence,
)
from newslens_numbers.patterns import (
    _PER_AFTER,
    _TIME_ADVERB_AFTER,
    _TIME_WORDS,
    NOT_PER,
    PER_WORDS,
    RATE_ADJECTIVES,
    _words,
)
from newslens_numbers.units import dimension_of, to_base
from newslens_numbers.words import singular

_CONVERSION_GAP = re.compile(
    r"[ \t]*[(;,/][ \t]*(?:(?i:about|around|approximately|some)[ \t]+)?\W?"
)


def _converted_rates(text: str, found: list[dict[str, Any]]) -> None:
    """Money conversions in brackets take the rate of the figure they convert: "an annual
    subsidy of 950m rupees ($11.4m; £9.2m)" is three amounts a year."""
    for prev, f in pairwise(found):
        if (
            f["kind"] == "money"
            and not f["per"]
            and prev["kind"] == "money"
            and prev["per"]
            and prev["unit"] != f["unit"]
            and f["start"] - prev["end"] <= 12
            and _CONVERSION_GAP.fullmatch(text, prev["end"], f["start"])
            and "(" in text[text.rfind(")", 0, f["start"]) + 1 : f["start"]]
        ):
            f["per"] = prev["per"]


# a conversion in brackets closing before the rate both figures share: "$3m (£1.6m) a year"
_CONVERSION_CLOSE = re.compile(r"[^()]{0,60}?\)")


#: what may stand between a rate said after a conversion and the figure it moved from
_FROM_AFTER_RATE = re.compile(
    r"[ \t\n]*,?[ \t\n]*(?:(?:up|down)[ \t\n]+)?(?:from|against)[ \t\n]+"
    r"(?:(?:about|around|some|roughly|nearly|almost)[ \t\n]+)?"
)


def _rate_after_conversion(text: str, found: list[dict[str, Any]]) -> None:
    """A rate written after a conversion in brackets is the rate of both amounts (round
    nineteen): "pays its coach $3m (£1.6m) a year", "£15 ($28) a month for the gym", "about 8
    million euros (US$10 million) a year" are amounts a year, "40 rupees ($0.90; £0.50) per
    kilo" three prices a kilo. Only money figures with no rate, and only when every figure
    inside the brackets is money."""
    if ")" not in text:
        return
    for i, f in enumerate(found):
        if f["kind"] != "money" or f["per"]:
            continue
        opened = re.compile(r"[ \t]*\(").match(text, f["end"])
        if opened is None:
            continue
        close = _CONVERSION_CLOSE.match(text, opened.end())
        if close is None:
            continue
        inside = [g for g in found[i + 1 :] if g["start"] < close.end()]
        if not inside or any(g["kind"] != "money" or g["per"] for g in inside):
            continue
        m = _PER_AFTER.match(text, close.end(), min(len(text), close.end() + 30))
        if m is None:
            continue
        word = m.group("w").lower()
        if word in NOT_PER or (
            word in _TIME_WORDS
            and _TIME_ADVERB_AFTER.match(text, m.end(), min(len(text), m.end() + 14))
        ):
            continue
        per = PER_WORDS.get(word, singular(word))
        for g in (f, *inside):
            g["per"] = per
        # "has risen to 200 pesos ($10) per bottle from 170 pesos": the figure it rose from is
        # a price per bottle too (the lead's decision on the twenty-second sample's readings)
        after = found[i + 1 + len(inside)] if i + 1 + len(inside) < len(found) else None
        if (
            after is not None
            and after["kind"] == "money"
            and not after["per"]
            and after["unit"] == f["unit"]
            and 0.1 <= after["value"] / (f["value"] or 1e-9) <= 10
            and _FROM_AFTER_RATE.fullmatch(text, m.end(), after["start"])
        ):
            after["per"] = per


# what a rate may be carried to a parallel figure by: a period, a measure or a currency (not a
# share, whose figures have their own carry, nor a noun read as a rate by mistake)
_CARRIED_UNITS = _words(
    "quarter tonne ton barrel lb pound bushel ounce gallon kilo kg litre liter acre hectare cwt "
    "head mile km"
)
_CARRIED_PER = _PERIOD_PER | frozenset(FX_CODES) | _CARRIED_UNITS
_TOTALS_COMPARED = re.compile(r"\b(?i:from|against|versus|vs|compared|than)\b")
# the later figure names its own base: "2p a loaf on bread, 6p on a jar of honey"
_OWN_BASE_AFTER = re.compile(
    r"[ \t\n]+(?:(?:on|for|per)[ \t\n]+(?:a|an|each|every)|per)[ \t\n]+[a-z]"
)


# round twenty-four: a rate adjective on the subject's noun, further back than the figure's own
# phrase: "cut its monthly hosting fee for each shop to 640 dlrs", "annual output at the
# kiln was lifted by 12 pct to 31 mln tiles"; the figure is the level after "to/at/of"
_RATE_SUBJECT_BEFORE = re.compile(
    r"\b(?i:(monthly|annual|yearly|weekly|daily|quarterly))[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?i:charges?|fees?|rents?|rentals?|capacity|output|production|salary|salaries|pay|payments?|"
    r"subscriptions?|budgets?|allowances?|supplements?|premiums?|wages?|costs?)\b"
    r"([^.;:!?]{0,80}?)\b(?:to|at|of)(?:[ \t]+(?:about|around|some|nearly|almost))?[ \t]+"
)
_RATE_SUBJECT_WORDS = ("monthly", "annual", "yearly", "weekly", "daily", "quarterly")
_RATE_SUBJECT_VERB = re.compile(
    r"\b(?:cut|lowered|reduced|raised|increased|decreased|lifted|set|fixed|rose|fell|climbed|"
    r"dropped|grew|trimmed|boosted|expanded|doubled|halved)\b"
)
# the change said after the level, of the same rate: "to 640 dlrs, a reduction of 55 dlrs"
_RATE_CHANGE_GAP = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:reduction|cut|rise|increase|decrease|saving|drop|fall)[ \t]+of"
    r"(?:[ \t]+(?:about|around|some|nearly|almost))?[ \t]+$"
)


def _rate_subject(text: str, found: list[dict[str, Any]]) -> None:
    """A level set for a rate named by the subject is that rate's (round twenty-four): the
    figure after "to/at/of", with a verb of setting or change in the sentence, takes the
    adjective's period ("its monthly charge was cut to 925 dlrs": per month; "annual capacity
    was raised by 15 pct to 48 mln bricks": per year), and so does the change said right after
    it (", a reduction of 75 dlrs"). Not a percent, not a figure with a rate of its own, nor one
    with another figure between it and the noun (but a percent move)."""
    # where the text says a rate adjective: most texts say none, and then nothing is read
    low = text.lower()
    said = []
    for word in _RATE_SUBJECT_WORDS:
        at = low.find(word)
        while at >= 0:
            said.append(at)
            at = low.find(word, at + 1)
    if not said:
        return
    said.sort()
    last_rate: dict[str, Any] | None = None
    for i, f in enumerate(found):
        if f["kind"] not in ("money", "count", "measure") or f["per"]:
            continue
        if last_rate is not None and _one_sentence(text, last_rate["end"], f["start"]):
            gap = text[last_rate["end"] : f["start"]]
            if _RATE_CHANGE_GAP.fullmatch(gap) and f["unit"] == last_rate["unit"]:
                f["per"] = last_rate["per"]
                continue
        head = max(f["sentence_start"], f["start"] - 200)
        k = bisect.bisect_left(said, head)
        m = None
        while k < len(said) and said[k] < f["start"] and m is None:
            m = _RATE_SUBJECT_BEFORE.fullmatch(text, said[k], f["start"])  # the leftmost
            k += 1
        if m is None or not _RATE_SUBJECT_VERB.search(text, head, f["start"]):
            continue
        between = [
            g
            for g in found[:i]
            if g["start"] >= m.start() and g["kind"] not in ("percent", "name", "ordinal")
        ]
        if between or re.search(
            r"\b(?:per|a|each|every)[ \t]+(?:year|month|week|day)\b", m.group(2)
        ):
            continue
        f["per"] = RATE_ADJECTIVES[m.group(1).lower()]
        last_rate = f


_PASSED_OVER_KINDS = frozenset(("count", "age", "percent"))
_PER_SPELLED = {"hour": "h"}  # "€12 an hour": the period as the units table writes it


#: the noun a sum is named by, "NOUN of" right before it ("fees of up to £4,000", "grants of
#: £700", "a wage of $20")
_NAMED_BY_OF = re.compile(
    r"\b([a-z]{3,})[ \t\n]+of[ \t\n]+(?:(?:up[ \t\n]+to|about|around|some|nearly|almost|over|"
    r"just|at[ \t\n]+least|more[ \t\n]+than)[ \t\n]+)?\Z"
)


def _named_by(text: str, f: dict[str, Any]) -> str:
    m = _NAMED_BY_OF.search(text, max(0, f["start"] - 40), f["start"])
    return singular(m.group(1)) if m else ""


def _other_thing(text: str, f: dict[str, Any], g: dict[str, Any]) -> bool:
    """True where the later figure names a thing of its own by "NOUN of" that is not the
    earlier one's ("fees of up to £4,000 a year, with pupils eligible for grants of up to
    £4,000": a grant is no yearly fee; round sixty-nine, fresh38's reading of the lead's
    decision 5 on the twenty-fourth sample: a second sum of another thing is not the same
    periodic sum)."""
    other = _named_by(text, g)
    if not other or other in _LEVEL_NAMES:
        return False
    own = _named_by(text, f)
    return bool(own) and own not in _LEVEL_NAMES and other != own


#: the names of a level of the same measure, which keeps its rate ("a peak of over 3 dlrs"
#: after "2.10 dlrs a bushel", "a low of 131.75 yen", "a rate of 12,000 tonnes")
_LEVEL_NAMES = frozenset(
    ("average", "low", "high", "peak", "level", "rate", "fix", "fixing", "close", "minimum",
     "maximum", "record", "price", "cost", "value", "trough", "opening", "finish", "total",
     "figure", "estimate", "target", "forecast", "wage", "limit", "range", "ceiling", "floor")
)  # fmt: skip


def _parallel_rate(text: str, found: list[dict[str, Any]]) -> None:
    """A rate carried to the parallel figure after it in the sentence, which leaves it out (round
    sixteen): "15 to 20 hours a week in winter, and in busy weeks up to 35 or 45 hours",
    "prices should climb to 410 dlrs a tonne in spring from about 320 dlrs", "support prices of
    4.60 dlrs per bushel for barley, 2.90 dlrs for oats". Only the next figure, of the same kind
    and unit (a count: the same noun), both scaled or neither ("25 dlrs a barrel ... profits of
    58 mln dlrs" is a total), a tenth to ten times the first, at most 100 characters on with no
    sentence end or bracket between, and not when it names a base of its own. A count, an age
    or a percentage between them is passed over (round twenty-nine: "porters make €12 an hour
    and 300 apprentices €8": the apprentices' rate is hourly too)."""
    for i, f in enumerate(found[:-1]):
        g = found[i + 1]
        if (
            f["per"]
            and g["kind"] in _PASSED_OVER_KINDS
            and f["kind"] in ("money", "measure")
            and i + 2 < len(found)
        ):
            g = found[i + 2]
        if (
            not f["per"]
            or g["per"]
            or _PER_SPELLED.get(f["per"], f["per"]) not in _CARRIED_PER
            or g["kind"] != f["kind"]
            or g["unit"] != f["unit"]
            or g["kind"] not in ("duration", "measure", "money", "count")
            or (g["kind"] == "count" and g["noun"] != f["noun"])
            or g["start"] - f["end"] > 100
            or not 0.1 <= g["value"] / (f["value"] or 1e-9) <= 10
            or bool(_SCALED_SPAN.search(f["text"])) != bool(_SCALED_SPAN.search(g["text"]))
            or _GAP_BREAK.search(text, f["end"], g["start"])
            or not _one_sentence(text, f["end"], g["start"])
            or _OWN_BASE_AFTER.match(text, g["end"], min(len(text), g["end"] + 20))
            or _other_thing(text, f, g)
            # two totals are a rate's only when compared: "raised its daily target to 45 mln
            # dlrs from 30 mln", not "200 mln dlrs a year ... the 925 mln dlr loan"
            or (
                _SCALED_SPAN.search(g["text"])
                and not _TOTALS_COMPARED.search(text, f["end"], g["start"])
            )
        ):
            continue
        g["per"] = f["per"]


#: what a data amount is a rate of: a line's or a service's speed ("a ten megabit service",
#: "a 4Mb broadband line", "dozens of megabits of data per second")
_DATA_RATE_AFTER = re.compile(
    r"(?:[ \t]+of[ \t]+data)?[ \t]+(?:per|a)[ \t]+second\b"
    r"|[ \t-]+(?:(?:home|fast|high-speed)[ \t]+)?(?i:broadband|service|connection|line|link|"
    r"wireless|wi-fi|network|download|downloads|uploads?)\b"
)
_DATA_RATES = {"Mbit": "Mbit/s", "kbit": "kbit/s", "Gbit": "Gbit/s"}


def _data_rates(text: str, found: list[dict[str, Any]]) -> None:
    """A data amount in bits (or "Mb" written so) before a line's or a service's word is that
    line's speed, per second (the developer files read "a ten megabit service" and "1-2mbps"
    so; round twenty-two). Not a file's size ("the file is 8 megabits")."""
    for f in found:
        rate = _DATA_RATES.get(f["unit"])
        if rate is None and f["unit"] == "MB" and f["text"].endswith("Mb"):
            rate = "Mbit/s"  # "a 4Mb broadband line": megabits, not megabytes
        if rate is None or f["per"] or not _DATA_RATE_AFTER.match(text, f["end"]):
            continue
        f["unit"] = rate
        f["value_base"], f["base_unit"] = to_base(f["value"], rate)
        f["dimension"] = dimension_of(rate)


#: a story's own short or long tons: "60,700 short tons in January ... mills consumed 29,600
#: tons": the bare "tons" after it are the story's unit (round twenty-eight), also with the
#: rate its span holds ("1,000 tons per day", "tons a year", "tons/day": round seventy-nine)
_STORY_TONS = re.compile(r"(?i:\b(short|long)[ \t\n-]+tons?\b)")
_BARE_TONS = re.compile(
    r"(?<![A-Za-z])(?i:tons?)(?:[ \t\n]*(?:/|(?:per|a|an|each)[ \t\n]+)[A-Za-z]+)?\Z"
)


def _story_tons(text: str, found: list[dict[str, Any]]) -> None:
    """A bare "ton(s)" is the tonne (the lead's decision), unless the story said "short tons"
    or "long tons" before it: then it is that unit, as a story keeps one ton throughout. Only
    one kind named in the story; "metric tons" and "tonnes" stay tonnes."""
    named = {m.group(1).lower(): m.start() for m in reversed(list(_STORY_TONS.finditer(text)))}
    if len(named) != 1:
        return
    kind, first = next(iter(named.items()))
    unit = "ton" if kind == "short" else "long ton"
    for f in found:
        if (
            f["unit"] == "t"
            and f["start"] > first
            and _BARE_TONS.search(f["text"])
            and not re.search(r"(?i:metric|short|long)", f["text"])
        ):
            f["unit"] = unit
            f["value_base"], f["base_unit"] = to_base(f["value"], unit)


def _api_gravity(text: str, found: list[dict[str, Any]]) -> None:
    """Degrees beside "API" or "gravity" are an oil's API gravity (round twenty-nine): "a 27
    degree gravity blend", "from 23 degrees to 37 degrees API" (one range), "above 40 degrees"
    after "37 degrees API"; read after the scanner, so a range keeps both ends."""
    for f in found:
        if f["unit"] == "deg" and _API_GRAVITY.search(
            text, max(0, f["start"] - 40), min(len(text), f["end"] + 25)
        ):
            f["unit"], f["dimension"] = "°API", dimension_of("°API")
            f["value_base"], f["base_unit"] = to_base(f["value"], "°API")
