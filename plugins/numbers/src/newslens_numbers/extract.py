"""Find every figure in an article: value, unit, what it counts, how it is qualified.

Pure: ``extract(article)`` reads only ``article.text`` (and the optional ``dateline`` field a
loader may give, declared in ``reads``), and every finding satisfies
``text[start:end] == finding["text"]``. It catches no exception: a rule that fails on a text is
a bug, and the runner records it as an error row naming the article (property-based tests
feed it arbitrary text to keep that from happening). It is rule-based on purpose: rules
run at regex speed (the issue asks for 10x quantulum3), are deterministic, and each one can be
read and argued about by an analyst, which a trained tagger cannot offer.

How it works: this module is the pipeline, and keeps the order of the passes. The scanner
(:mod:`newslens_numbers.scan`) finds number cores (digits or number words) with one regex and,
for each, asks the jobs' rules in their own modules: names and non-quantities (:mod:`names`),
vague quantities (:mod:`vague`), ordinals (:mod:`ordinals`), units (:mod:`unit_reading`),
ranges (:mod:`ranges`), rates (:mod:`rates`), and builds the finding (:mod:`finding`). Then
the post-passes read the findings of a sentence or a story together (:mod:`scores`,
:mod:`counted`, :mod:`wire_tables`, :mod:`currency`, :mod:`conversions`), and
:mod:`newslens_numbers.consistency` links two expressions of one measure ("1,500km (930
miles)"). The docs' "How the extractor is built" lists the passes in order.
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from itertools import pairwise
from typing import Any

from newslens import (
    Article,
)
from newslens.sentences import (
    sentence_index,
    sentence_spans,
)
from newslens_numbers import (
    lexicon,
)
from newslens_numbers.common import (
    _SENTENCE_END,
    _clause_start,
    _one_sentence,
)
from newslens_numbers.currency import (
    _COUNT_KINDS,
    FX_CODES,
    _exchange_rates,
    _francs,
    _shared_currencies,
    _story_currency,
    _vague_pair_currency,
    _won,
)
from newslens_numbers.currency import (
    _CURRENCY_NOTE as _CURRENCY_NOTE,
)
from newslens_numbers.currency import (
    _NOTE_CODES as _NOTE_CODES,
)
from newslens_numbers.currency import (
    _US_DOLLARS as _US_DOLLARS,
)

# re-exported: tests and benchmarks read these here, where they were defined before
from newslens_numbers.currency import (
    DATELINE_CITIES as DATELINE_CITIES,
)
from newslens_numbers.currency import (
    dateline_currency as dateline_currency,
)
from newslens_numbers.finding import (
    _AGED_ENDINGS as _AGED_ENDINGS,
)
from newslens_numbers.finding import (
    _API_GRAVITY,
    _PERIOD_PER,
)
from newslens_numbers.finding import (
    _DIED_ENDINGS as _DIED_ENDINGS,
)
from newslens_numbers.finding import (
    _MODIFIER_ENDINGS as _MODIFIER_ENDINGS,
)
from newslens_numbers.finding import (
    _ROW_LABEL as _ROW_LABEL,
)
from newslens_numbers.finding import (
    _SIGN_ENDINGS as _SIGN_ENDINGS,
)
from newslens_numbers.names import (
    _MONTH_ENDINGS as _MONTH_ENDINGS,
)
from newslens_numbers.names import (
    _VOTE_WORDS,
)
from newslens_numbers.names import (
    _currency_before as _currency_before,
)
from newslens_numbers.names import (
    _tail_search as _tail_search,
)
from newslens_numbers.patterns import (
    _PER_AFTER,
    _TIME_ADVERB_AFTER,
    _TIME_WORDS,
    NOT_PER,
    PER_WORDS,
    RATE_ADJECTIVES,
    STOP,
    _words,
)
from newslens_numbers.ranges import (
    _GAP_BREAK,
)
from newslens_numbers.rates import (
    _SCALED_SPAN,
)
from newslens_numbers.scan import (
    _CURRENCY_ENTITY,
    _Scanner,
)
from newslens_numbers.scan import (
    _soft_breaks as _soft_breaks,
)
from newslens_numbers.units import (
    UNITS,
    dimension_of,
    to_base,
)
from newslens_numbers.wire_tables import (
    _carried_prices,
    _change_to_level,
    _exchange_offer,
    _labelled_amounts,
    _share_in_sentence,
    _shares_said_before,
    _stock_low_high,
    _stock_quotes,
    _table_rows,
    _tenors,
    _wire_dividend_rate,
    _wire_nil_partner,
)
from newslens_numbers.wire_tables import (
    _line_starts as _line_starts,
)
from newslens_numbers.words import (
    _prev_word,
    _verbish,
    counted_noun,
    singular,
)

#: Columns of ``numbers.v1`` and their dtypes (the runner casts to these).
COLUMNS: dict[str, str] = {
    "n": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "value": "float64",
    "value_high": "float64",
    "unit": "str",
    "per": "str",
    "quantity": "str",
    "noun": "str",
    "kind": "str",
    "modifier": "str",
    "value_base": "float64",
    "base_unit": "str",
    "dimension": "str",
    "sentence": "int64",
    "sentence_start": "int64",
    "sentence_end": "int64",
    "same_as": "Int64",
    "consistency": "str",
    "deviation": "float64",
}
_VOTE_TALLY = re.compile(
    _VOTE_WORDS + r"(?P<a>\d{1,3}(?:,\d{3})*)(?:\s+to\s+|\s*[-\u2013]\s*)"
    r"(?P<b>\d{1,3}(?:,\d{3})*)\b(?!\s+margin)"
)
#: a cheap test before ``_VOTE_TALLY``: the verbs of its second branch, on lower-case text
_TALLY_VERBS = re.compile(r"passed|approved|rejected")
#: a month's name, capitalised, just before a day written as a number word ("payable July six")
#: what follows a day of a month: a break, the text's end, a year or a preposition ("In March
#: three were killed" is a count, a verb after it)
_AFTER_DAY = re.compile(
    r"[ \t]*(?:[.,;:)!?\"']|\Z|\d{4}\b"
    r"|(?:to|and|or|at|in|on|for|from|with|when|after|before|until|through)\b)"
)
_MONTH_NAMED_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\Z"
)


_CONVERSION_GAP = re.compile(
    r"[ \t]*[(;,/][ \t]*(?:(?i:about|around|approximately|some)[ \t]+)?\W?"
)


def _converted_rates(text: str, found: list[dict[str, Any]]) -> None:
    """Money conversions in brackets take the rate of the figure they convert: "an annual
    investment of 400m pesos ($136m; £72.3m)" is three amounts a year."""
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


# the lead's decision 3 on fresh21: a bare figure continuing a comparison with a measure
_BARE_END_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t\n]+(?:in|on|at|by|last|this|against|compared|from|to|and|but)\b"
)


_WORD_IN_GAP = re.compile(r"[A-Za-z]{3,}")
#: a word after a measure that may be a noun it modifies ("the 60m hurdles", "per 10 tonne lot")
_NOUN_AFTER_MEASURE = re.compile(
    r"[ \t\n]+(?!(?:of|in|on|at|to|from|for|by|with|since|and|or|but|than|per|each|the|a|an)\b)"
    r"[a-z]{3,}\b"
)
_UNIT_TAIL = re.compile(r"\d([ \t]?-?[ \t]?)([A-Za-z][A-Za-z.]*)$")


def _modifies_noun(text: str, f: dict[str, Any]) -> bool:
    """Whether a measure is a modifier of the noun after it, so its unit names no quantity a
    later figure continues: hyphenated ("50-kilo sacks"), glued to its digits ("the 60m
    hurdles") or a singular unit word with a plural value ("per 10 tonne lot"), with a
    lower-case word after it."""
    tail = _UNIT_TAIL.search(f["text"])
    if tail is None:
        return False
    if "-" in tail.group(1):
        return True
    if not _NOUN_AFTER_MEASURE.match(text, f["end"], min(len(text), f["end"] + 30)):
        return False
    word = tail.group(2)
    return not tail.group(1) or (
        len(word) >= 4 and not word.endswith("s") and f["value"] != 1 and word.islower()
    )


def _continued_measure(text: str, found: list[dict[str, Any]]) -> None:
    """A bare figure that names no unit and no noun takes the unit of the measure before it, in
    its sentence or the one before, when that measure is the figure right before it (the lead's
    decision 3 on fresh21: "the first chip ran at 40 gigaflops. The second managed 55.": GFLOPS).
    Within a tenth to ten times the measure, with no other figure and at most one sentence end
    between; a bare number with no measure before it stays unit-less."""
    for i in range(len(found) - 1):  # in order: a carried unit carries on along a list
        f = found[i]
        if f["kind"] != "measure" or not f["unit"]:
            continue
        g = found[i + 1]
        if (
            f["kind"] != "measure"
            or not f["unit"]
            # pounds said as money or weight: not carried from a bare figure read as either
            or (f["unit"] == "lb" and not any(c.isalpha() for c in f["text"]))
            or g["kind"] not in ("number", "count")
            or "pound" in f["text"].lower()  # "1.36 pounds to the dollar": money, maybe
            or _modifies_noun(text, f)
            or not any(c.isdigit() for c in g["text"])  # "locks three and four"
            or g["unit"]
            or g["quantity"]
            or g["per"]
            or not 0.1 <= g["value"] / (f["value"] or 1e-9) <= 10
            or g["start"] - f["end"] > 160
            or not _BARE_END_AFTER.match(text, g["end"])
            or len(_SENTENCE_END.findall(text, f["end"], g["start"])) > 1
            or any(c in ";:!?()" for c in text[f["end"] : g["start"]])
            or _WORD_IN_GAP.search(text, f["end"], g["start"]) is None
        ):
            continue
        g["kind"], g["unit"] = "measure", f["unit"]
        if f["per"] and f["per"] in _PERIOD_PER:
            g["per"] = f["per"]  # "2.10 mln bpd, rising to 2.25 mln": barrels a day


_PASSED_OVER_KINDS = frozenset(("count", "age", "percent"))
_PER_SPELLED = {"hour": "h"}  # "€12 an hour": the period as the units table writes it


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
            # two totals are a rate's only when compared: "raised its daily target to 45 mln
            # dlrs from 30 mln", not "200 mln dlrs a year ... the 925 mln dlr loan"
            or (
                _SCALED_SPAN.search(g["text"])
                and not _TOTALS_COMPARED.search(text, f["end"], g["start"])
            )
        ):
            continue
        g["per"] = f["per"]


def _vote_tally(text: str, found: list[dict[str, Any]]) -> None:
    """Each side of a vote's tally counts votes (the lead's decision for round seventeen): "the
    council voted 41 to 12", "approved on a vote of 18 to 7", "the assembly voted by 310 to
    255", as "by 112 votes to 90" already did. Only bare counts (no noun, no unit) whose span is
    a side of the tally; a score line in sport has none of the words and stays as it was."""
    if "vot" not in text and " by " not in text:
        return
    low = text.lower()
    if "vot" not in low and not ("by" in low and _TALLY_VERBS.search(low)):
        return  # the tally needs "vote(d)" or passed/approved/rejected ... by (same output)
    sides: set[tuple[int, int]] = set()
    for m in _VOTE_TALLY.finditer(text):
        sides.update(((m.start("a"), m.end("a")), (m.start("b"), m.end("b"))))
    if not sides:
        return
    for f in found:
        if (
            (f["start"], f["end"]) in sides
            and f["kind"] == "count"
            and not f["noun"]
            and not f["unit"]
            and not f["per"]
        ):
            f["quantity"], f["noun"] = "votes", "vote"


#: a people's size (round seventeen): "a population of 44 million", "Canada's population rose
#: 4.2 pct to 25.4 mln", "the island's population stood at 300,000"; the word before
#: "population" an article, a possessive or a name, never a common noun ("the butterfly
#: population", "the prison population" count their own)
_POPULATION_BEFORE = re.compile(
    r"(?:\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)|'s|\b[A-Z][a-z]+)[ \t]+population[ \t]+"
    r"(?:of|was|is|stood[ \t]+at|totalled|totaled|reached|at"
    r"|(?:rose|fell|increased|grew|dropped|declined)(?:[ \t]+[\d.]+[ \t]+(?:pct|per[ \t]?cent|%))?"
    r"[ \t]+to)[ \t]+(?:(?:about|around|some|nearly|almost|over|more[ \t]+than)[ \t]+)?\Z"
)


#: a population said with no verb (round twenty): "the island - population 2.4m -",
#: "France (population 60m)", "population: 4.2 million"; or after its count: "Norway's 5
#: million population", "a 9,000 population"
_POPULATION_NO_VERB = re.compile(
    r"(?:[(\-–—,:;]|^)[ \t]*(?i:population)[ \t]*:?[ \t]+"
    r"(?:(?:about|around|some|nearly|almost|over|more[ \t]+than)[ \t]+)?\Z",
    re.MULTILINE,
)
_POPULATION_AFTER = re.compile(r"[ \t]+(?i:population)\b(?![ \t]+(?:of|growth|density|rise))")
_POPULATION_AFTER_BEFORE = re.compile(r"(?:'s|’s|\b(?:[Aa]|[Ii]ts|[Tt]heir|[Aa]n))[ \t]+\Z")
#: "France (population 60m)": a glued "m" after a population is millions, not metres
_GLUED_M = re.compile(r"\d(?:\.\d+)?m\Z")


def _population(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count said as a place's population counts people (``person``)."""
    if "population" not in text and "Population" not in text:
        return
    for f in found:
        verb_noun = bool(f["noun"]) and lexicon.plural_noun(f["quantity"]) is None
        before = text[max(0, f["start"] - 60) : f["start"]]
        if (
            f["kind"] == "measure"
            and f["unit"] == "m"
            and _GLUED_M.search(f["text"])
            and _POPULATION_NO_VERB.search(before)
        ):  # "(population 60m)" was 60 metres
            f["value"] *= 1e6
            f["kind"], f["unit"], f["dimension"] = "count", "", ""
            f["value_base"], f["base_unit"] = float("nan"), ""
            f["quantity"], f["noun"] = "people", "person"
            continue
        if (
            f["kind"] == "count"
            and (not f["noun"] or verb_noun)  # "a population of 250,000 grows"
            and not f["unit"]
            and (
                _POPULATION_BEFORE.search(text, max(0, f["start"] - 60), f["start"])
                or _POPULATION_NO_VERB.search(before)
                or (
                    _POPULATION_AFTER.match(text, f["end"], min(len(text), f["end"] + 16))
                    and _POPULATION_AFTER_BEFORE.search(before)
                )
            )
        ):
            f["quantity"], f["noun"] = "people", "person"


#: a count and its adjective before "and/or" and a second count whose noun they share (round
#: twenty): "14 urban and 6 rural branches", "40 public or 25 private clinics"
_SHARED_NOUN_GAP = re.compile(r"[ \t\n]+([a-z]{3,})[ \t\n]+(?:and|or)[ \t\n]+\Z")


def _shared_noun(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count whose adjective stands before "and" and another count with its noun takes
    that noun: the two counts divide one noun by their adjectives."""
    for a, b in pairwise(found):
        if (
            a["kind"] == "count"
            and b["kind"] == "count"
            and not a["noun"]
            and not a["unit"]
            and not a["per"]
            and b["noun"]
            and not b["unit"]
        ):
            gap = _SHARED_NOUN_GAP.match(text, a["end"], b["start"])
            if gap is None or b["start"] - a["end"] > 30:
                continue
            word = gap.group(1)
            if "ADJ" in lexicon.classes(word) and word not in ("more", "less", "other"):
                a["quantity"], a["noun"] = b["quantity"], b["noun"]


#: "The turbine -- one of four on the dam", "The proposal, one of 30 to reach the board": the
#: thing named before "one of N" is what N counts (round twenty; the noun said before the count)
_ONE_OF_BEFORE = re.compile(
    r"\b([a-z]{3,})(?:,|[ \t\n]+(?:--|-|–|—))[ \t\n]+one[ \t\n]+of[ \t\n]+\Z"
)


def _plural_follows(text: str, end: int) -> bool:
    """Does a plural noun stand within four words after ``end``, before a function word?"""
    after = re.match(r"(?:[ \t\n]+[A-Za-z-]+){1,4}", text[end : end + 60])
    for word in after.group().split() if after else ():
        if word.lower() in STOP:
            return False
        if lexicon.plural_noun(word):
            return True
    return False


def _one_of_noun_before(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count after "NOUN, one of" (a comma or a dash between) counts that noun."""
    if "one of" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["noun"] or f["quantity"] or f["unit"] or f["per"]:
            continue
        m = _ONE_OF_BEFORE.search(text, max(0, f["start"] - 40), f["start"])
        if m is None:
            continue
        if _plural_follows(text, f["end"]):
            continue  # "the agency, one of five regional health bodies": the noun after
        word = m.group(1)
        lemma = lexicon.noun_lemma(word)
        if lemma and lemma == word and word not in STOP and not _verbish(word):
            f["quantity"], f["noun"] = word, word


#: a death toll's level said after its verb or "of": "the death toll rose to 41", "a death
#: toll of 45", "the toll in the hills climbed to 12" (after "death toll" in the sentence)
_TOLL_BEFORE = re.compile(
    r"\b((?i:death)[ \t\n]+)?(?i:tolls?)\b[^.;:!?\d]{0,60}?"
    r"(?:\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|jumps|reached|reaches|"
    r"hit|hits|increased|soared|stood|stands|stand|was|is|now|put|of)\b)"
    # "had risen from an earlier reported 52"
    r"(?:[ \t\n]+(?:to|at|from))?(?:[ \t\n]+(?:an?|previously|earlier|initially|officially|"
    r"reported|announced|estimated))*"
    r"[ \t\n]+(?:(?:about|around|some|over|nearly|almost|at[ \t\n]+least|"
    r"more[ \t\n]+than)[ \t\n]+)?\Z"
)


def _death_toll(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count that gives a death toll's level counts deaths, as the developer files read
    "the death toll rose to N" (the noun said before the count; round twenty-two). A bare
    "toll" only after "death toll" in the same sentence ("and the toll in the hills rose to
    12"); never a road or a phone toll, never a count with its own noun ("rose to 41 people")."""
    if "toll" not in text and "Toll" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["unit"] or f["per"]:
            continue
        if f["noun"] and counted_noun(text, f["end"], f["value"]):
            continue  # its own noun after it: "rose to 41 people"
        m = _TOLL_BEFORE.search(text, max(0, f["start"] - 90), f["start"])
        if m is None:
            continue
        if m.group(1) is None:
            start = _clause_start(text, m.start(), 300)
            if re.search(r"(?i:\bdeath[ \t\n]+toll)", text[start : m.start()]) is None:
                continue
        f["quantity"], f["noun"] = "death", "death"


def _count_before_top(text: str, found: list[dict[str, Any]]) -> None:
    """A count right before "top N" counts the noun after it, and "top N" counts nothing:
    "six top ten hits" (six hits), "the 5,000, top 40 chart acts" (5,000 acts), as the
    developer files read "top ten" with no noun (round twenty-two)."""
    for a, b in pairwise(found):
        if (
            a["kind"] == "count"
            and b["kind"] == "count"
            and not a["noun"]
            and not a["unit"]
            and b["noun"]
            and not b["unit"]
            and re.fullmatch(r",?[ \t\n]+(?i:top)[ \t\n]+", text[a["end"] : b["start"]])
        ):
            a["quantity"], a["noun"] = b["quantity"], b["noun"]
            b["quantity"] = b["noun"] = ""


#: a substitute's minute in a team's line-up: "Ford (Gale 61)", the player who came on and
#: when; the line-up is a run of capitalised names between commas
_PLAYER_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}"
_SUB_MINUTE = re.compile(r"\([ \t]*" + _PLAYER_NAME + r"[ \t]+(\d{1,3})[ \t]*\)")
_LINEUP_NAME = re.compile(r"(?:^|,)[ \t\n]*" + _PLAYER_NAME + r"(?=[ \t]*[,(.])")


def _substitutes_minutes(text: str, found: list[dict[str, Any]]) -> None:
    """A number in brackets after a substitute's name in a line-up is the minute he came on, a
    duration of play in minutes ("Ford (Gale 61), Irwin (Jay 88)"; the fifteenth sample's
    and the ninth's gold read it so; round twenty-two). Only in a line of five names or more
    between commas; "Smith (Acme 76)" in prose stays a name."""
    if "(" not in text:
        return
    for f in found:
        if f["kind"] != "name" or not f["text"].isdigit():
            continue
        window = _SUB_MINUTE.finditer(text, max(0, f["start"] - 40), f["end"] + 3)
        if not any(m.start(1) == f["start"] for m in window) or not 1 <= f["value"] <= 130:
            continue
        start = _clause_start(text, f["start"], 400)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 400)
        line = text[start : stop.start() + 1 if stop else f["end"] + 400]
        if len(_LINEUP_NAME.findall(line)) < 5:
            continue
        f["kind"], f["unit"] = "duration", "min"
        f["value_base"], f["base_unit"] = to_base(f["value"], "min")
        f["dimension"] = dimension_of("min")


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


_DURATION_PREPOSITIONS = frozenset(("for", "within", "after", "over", "in", "than"))


def _parallel_duration(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count after the same preposition as a duration before it in the sentence, set
    beside it by "and", "but" or "or", is a duration in its unit: "the deal runs for two
    years and the option for four" (four years; round twenty-two). Only a count with no
    noun, ending its phrase, within a tenth to ten times the duration."""
    for i, f in enumerate(found):
        if (
            f["kind"] != "count"
            or f["noun"]
            or f["unit"]
            or not re.match(r"[ \t]*(?:[.,;:)]|$)", text[f["end"] : f["end"] + 3])
        ):
            continue
        prep = _prev_word(text, f["start"]).lower()
        if prep not in _DURATION_PREPOSITIONS:
            continue
        for g in reversed(found[:i]):
            if not _one_sentence(text, g["end"], f["start"]) or f["start"] - g["end"] > 120:
                break
            if g["kind"] != "duration":
                continue
            if (
                _prev_word(text, g["start"]).lower() == prep
                and re.search(r"\b(?:and|but|or)\b", text[g["end"] : f["start"]])
                and 0.1 <= f["value"] / (g["value"] or 1e-9) <= 10
            ):
                f["kind"], f["unit"] = "duration", g["unit"]
                f["value_base"], f["base_unit"] = to_base(f["value"], g["unit"])
                f["dimension"] = dimension_of(g["unit"])
            break


def _ordinal_before_rank(text: str, found: list[dict[str, Any]]) -> None:
    """An ordinal before a "number one" rank counts what the rank is of, not "number": "her
    fourth number one album" (album), "the band's second number one on the trot" (none), as
    the developer files read an ordinal before "UK number one single" (round twenty-two)."""
    for a, b in pairwise(found):
        if (
            a["kind"] == "ordinal"
            and a["noun"] == "number"
            and b["kind"] == "ordinal"
            and b["text"].lower().startswith("number")
            and re.fullmatch(r"[ \t\n]+(?:[A-Z][A-Za-z.]*[ \t\n]+)?", text[a["end"] : b["start"]])
        ):
            a["quantity"], a["noun"] = b["quantity"], b["noun"]


#: a poll named in the sentence: its "points" are percentage points (round twenty-two)
_POLL_WORDS = re.compile(r"\b(?i:polls?|polling|pollsters?|opinion[ \t\n]+polls?|surveys?)\b")
#: an index or a market in the sentence: its points are index points, whatever else it names
_INDEX_WORDS = re.compile(
    r"\b(?:(?i:index|indices|indexes|shares|stocks?)|FTSE|Dow|Nasdaq|Nikkei)\b"
)
_POINTS_AFTER = re.compile(r"(?:[ \t\n]+|-)(points?)\b(?![-'’])")
#: what a poll's "N point" may be before: a lead or a move ("a nine point lead"), not a plan's
#: parts ("a five point programme")
_POLL_MOVE = re.compile(
    r"[ \t\n]+(?:(?:swing|lead|gap|margin|advantage|deficit|drop|fall|rise|gain|jump|slide|dip|"
    r"decline|increase|boost|bounce|loss|shift|turnaround|cut|move|slump)s?\b|[.,;:!?)]|$)"
)


#: an index named in the sentence, for a level said in points (round twenty-seven)
_INDEX_NAMED = re.compile(
    r"\b(?:(?i:index|indices|indexes|average|composite)|Nikkei|Dow|FTSE|Footsie|Nasdaq|Hang"
    r"[ \t]+Seng|DAX|CAC|S&P|Topix|All[ \t]+Ordinaries)\b"
)
_LEVEL_BEFORE = re.compile(r"\b(?:at|to|from)[ \t\n]+$")
_MOVE_NOUN_BEFORE = re.compile(
    r"\b(?i:loss|losses|gains?|lead|deficit|margin|advantage|gap|fall|drop|rise|decline)\b"
    r"[^.;:!?]*$"
)


def _index_level_points(text: str, found: list[dict[str, Any]]) -> None:
    """An index's level said in points ("the Nikkei ended at 11,740.6 points", "the index rose
    to 132.8 points from 132.7") is a level with no noun, as a level said bare is ("rose 13.3
    points to 2614.7"): the convention the development gold of two annotators follows; a move
    ("fell 225 points", "a 300 point drop") still counts points. Only after "at", "to" or
    "from", in a sentence naming an index ("slipped to 13 points behind the leaders": a gap)."""
    for f in [f for f in found if f["noun"] == "point"]:
        if f["unit"] or f["per"] or f["kind"] not in ("count", "number"):
            continue
        if not _LEVEL_BEFORE.search(text, max(0, f["start"] - 8), f["start"]):
            continue
        if _MOVE_NOUN_BEFORE.search(text, max(0, f["start"] - 50), f["start"]):
            continue  # "losses extended to 11 points", "cut its lead to 3 points": a move
        start = _clause_start(text, f["start"], 300)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 300)
        sentence = text[start : stop.start() if stop else f["end"] + 300]
        if _INDEX_NAMED.search(sentence) is None:
            continue
        f["quantity"] = f["noun"] = ""
        f["kind"] = "number"


# round twenty-seven: "pupils of 11, 12, 13", "boys of 14": young people of an age
_YOUNG_OF_BEFORE = re.compile(
    r"\b(?i:children|kids|boys|girls|pupils|youngsters|teenagers|youths|schoolchildren)"
    r"[ \t\n]+of[ \t\n]+$"
)
_AGE_LIST_GAP = re.compile(r",?[ \t\n]*(?:,|\bor\b|\band\b)[ \t\n]*")


def _young_of_age(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count after "children/kids/boys/girls/pupils... of" is their age ("boys of 14"),
    and a list of such ("pupils of 11, 12, 13", "pupils of 12 or 13") one age range over the
    list (the lead's decision on two alternatives); under 20, with no noun of its own ("children
    of 12 families" counts families)."""
    if not any(
        f["kind"] in _COUNT_KINDS and not f["quantity"] and 1 < f["value"] < 20 for f in found
    ):
        return
    i = 0
    while i < len(found):
        f = found[i]
        if (
            f["kind"] not in ("count", "number")
            or f["quantity"]
            or f["unit"]
            or not 1 < f["value"] < 20
            or not _YOUNG_OF_BEFORE.search(text, max(0, f["start"] - 30), f["start"])
        ):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(found)
            and found[j + 1]["kind"] in ("count", "number")
            and not found[j + 1]["quantity"]
            and found[j + 1]["value"] == found[j]["value"] + 1
            and _AGE_LIST_GAP.fullmatch(text, found[j]["end"], found[j + 1]["start"])
        ):
            j += 1
        f["kind"], f["unit"], f["base_unit"], f["dimension"] = "age", "year", "s", "duration"
        f["value_base"] = f["value"] * UNITS["year"].factor
        if j > i:
            f["value_high"] = found[j]["value"]
            f["end"] = found[j]["end"]
            f["text"] = text[f["start"] : f["end"]]
            del found[i + 1 : j + 1]
            for k, g in enumerate(found):
                g["n"] = k  # the list's order, as every finding's ``n`` is
        i += 1


# round twenty-seven: the noun a pair of counts says once, after the second ("from 40 to 90
# people", "a few hundred to tens of thousands of servers"), or after a size compound ("3.2 mln
# to 3.6 mln 50-kilo sacks")
_PAIR_GAP = re.compile(r"[ \t\n]+(?:to|and|or)[ \t\n]+")
_NOUN_AFTER_SIZE = re.compile(r"[ \t\n]+([a-z]{3,})\b(?![-'’])")


def _pair_noun(text: str, found: list[dict[str, Any]]) -> None:
    """A count with no noun takes the noun of the count right after it when only "to", "and"
    or "or" stand between ("from 40 to 90 people": people; "a few hundred to tens of thousands
    of servers"), and the noun after a size compound right after it ("3.2 mln to 3.6 mln
    50-kilo sacks": sacks). Not over a unit, a money figure or another noun of its own."""
    for i in [
        i
        for i, f in enumerate(found[:-1])
        if f["kind"] in _COUNT_KINDS and not f["quantity"] and not f["unit"] and not f["per"]
    ]:
        f, g = found[i], found[i + 1]
        if (
            g["kind"] == "count"
            and g["quantity"]
            and not g["unit"]
            and g["value"] > 1  # "an eight to one majority", "a 2.1 to one ratio": a ratio
            and g["quantity"].lower() not in ("times", "time")
            and text[g["end"] : g["end"] + 1] != "-"  # "two and four-door cars"
            and (f["value_high"] != f["value_high"] or f["modifier"] == "vague")  # not "15-40"
            and _PAIR_GAP.fullmatch(text, f["end"], g["start"])
            # the noun said after the pair, not one the second took from its sentence ("overseas
            # debts dropped 300 mln to 18.4 billion")
            and g["quantity"] in text[g["end"] : g["end"] + 40]
        ):
            f["quantity"], f["noun"] = g["quantity"], g["noun"]
            f["kind"] = "count"
            continue
        if (
            g["kind"] == "measure"
            and "-" in g["text"]
            and text[f["end"] : g["start"]].strip(" \t\n") == ""
            and (noun := _NOUN_AFTER_SIZE.match(text, g["end"], min(len(text), g["end"] + 30)))
            and lexicon.is_noun(noun.group(1))
            and noun.group(1) not in STOP
        ):
            f["quantity"], f["noun"] = noun.group(1), singular(noun.group(1))
            f["kind"] = "count"


# round twenty-seven: "after three quarters of contraction": a stretch of quarters, a duration
_QUARTERS_OF_PROCESS = re.compile(
    r"[ \t\n]+of[ \t\n]+(?:(?:negative|positive|economic|strong|weak|falling|rising|"
    r"declining|slow|slower|sluggish|record|continuous|consecutive)[ \t\n]+)?"
    r"(?i:growth|decline|declines|contraction|expansion|recession|losses|loss|gains|profits?|"
    r"falls|rises|increases|deflation|inflation|slowdown|slump|stagnation|recovery)\b"
)


def _quarters_of_process(text: str, found: list[dict[str, Any]]) -> None:
    """ "three quarters of contraction", "two quarters of growth": a stretch of quarters (the
    convention of the development gold), not three-fourths ("three quarters of voters")."""
    if "quarters of" not in text:
        return
    for f in found:
        if (
            f["kind"] == "fraction"
            and f["text"].lower().endswith("quarters")
            and _QUARTERS_OF_PROCESS.match(text, f["end"], min(len(text), f["end"] + 50))
        ):
            value = round(f["value"] * 4)
            f["kind"], f["value"], f["unit"] = "duration", float(value), "quarter"
            f["base_unit"], f["dimension"] = "s", "duration"
            f["value_base"] = value * 3 * UNITS["month"].factor  # a quarter is three months


#: round twenty-eight: a move of a rate in points, "a one point cut in the key lending rate", "a
#: two point rise in interest rates": percentage points, as a poll's
_RATE_POINT_MOVE = re.compile(
    r"[ \t\n]+(?:cut|rise|increase|reduction|hike|fall|drop|decline|reduction)s?[ \t\n]+in[ \t\n]+"
    r"(?:[A-Za-z-]+[ \t\n]+){0,3}?(?i:rates?)\b"
)


def _poll_points(text: str, found: list[dict[str, Any]]) -> None:
    """A count of points in a sentence that names a poll or a survey is percentage points: "a
    Gallup poll put Labour 9 points ahead", "a two point fall since last week's survey" (the
    guide: percentage points are a unit of their own; a poll's shares are percentages). Not in
    a sentence naming an index, shares or a market ("the survey's index rose 4 points"), and
    never a sentence without a poll ("won by 11 points")."""
    if "oint" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["unit"] or f["per"]:
            continue
        m = _POINTS_AFTER.match(text, f["end"])
        if m is None and f["noun"] != "point":
            continue
        if m is not None and m.group(1) == "point" and not _POLL_MOVE.match(text, m.end()):
            continue  # "a five point programme": counts parts
        # the sentence by its stops, not the core's split (a wrapped wire line may break it)
        start = _clause_start(text, f["start"], 300)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 300)
        sentence = text[start : stop.start() if stop else f["end"] + 300]
        if _INDEX_WORDS.search(sentence) is not None:
            continue
        if _POLL_WORDS.search(sentence) is None and (
            m is None or not _RATE_POINT_MOVE.match(text, m.end(), min(len(text), m.end() + 60))
        ):
            continue
        if m is not None:
            f["end"] = m.end()
            f["text"] = text[f["start"] : f["end"]]
        f["unit"] = f["base_unit"] = "percentage points"
        f["dimension"] = "percent points"
        f["value_base"] = f["value"]
        f["kind"] = "percent"
        f["quantity"] = f["noun"] = ""


def _day_in_words(text: str, f: dict[str, Any]) -> bool:
    """A day of a month written in words ("payable July six", "delayed until May four", "went
    public on October seven"): a date, the timeline's, no figure. Only a bare count (no noun, no
    unit) of 1-31 written in letters right after a capitalised month's name, then a break, a
    year or a preposition ("In March two men were held" counts men, "In March three were
    killed" counts too)."""
    return (
        f["kind"] == "count"
        and not f["noun"]
        and not f["unit"]
        and 1 <= f["value"] <= 31
        and re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)?", f["text"]) is not None
        and _MONTH_NAMED_BEFORE.search(text, max(0, f["start"] - 12), f["start"]) is not None
        and _AFTER_DAY.match(text, f["end"], min(len(text), f["end"] + 12)) is not None
    )


#: a score in words (the lead's decision 2 for round twenty-three): "won by three goals to
#: one", "a 21 points to nil win", "by 12 votes to one"; each side counts the noun
_SCORE_NOUNS = r"goals?|points?|tries|try|runs?|frames?|sets?|games?|wickets?|votes?"
_SCORE_SIDE_WORDS = {"nil": 0.0, "zero": 0.0, "one": 1.0}
_SCORE_IN_WORDS = re.compile(
    r"\b(?i:by|a|an)[ \t\n]+(?P<a>\d{1,3}|[A-Za-z]+)[ \t\n]+(?P<noun>(?i:" + _SCORE_NOUNS + r"))"
    r"[ \t\n]+to[ \t\n]+(?P<b>\d{1,3}|[A-Za-z]+)\b(?![.,]\d|[ \t\n]+(?i:hundred|thousand))"
)


#: "four number ones" counts ``number one`` (the lead's decision 3 for round twenty-three)
_NUMBER_ONES_AFTER = re.compile(r"[ \t\n]+number[ \t\n]+ones\b")
#: a digit named as a symbol (the lead's decision 5 for round twenty-three): "which digit is 7
#: in 4471?", "the digit 7", "find the number 6 in the number 90312", a lone digit
#: in quotation marks ('the "7" key'); the number it is looked for in is no item either
_SYMBOL_DIGIT = re.compile(
    r"\b(?i:digit)[ \t]+(?:(?i:is|was)[ \t]+)?(?P<d>\d)\b(?![.,]\d|[ \t]*(?:%|(?i:per|pct)))"
    r"(?:[ \t]+in[ \t]+(?:(?i:this|the)[ \t]+(?i:number)[ \t]+)?(?P<in>\d+)\b)?"
    r"|\b(?i:number)[ \t]+(?P<n>\d)[ \t]+in[ \t]+(?i:this|the)[ \t]+(?i:number)[ \t]+(?P<m>\d+)\b"
    r"|(?<=[\"\u201c])(?P<q>\d)(?=[\"\u201d])"
)


#: a cheap test before ``_SCORE_IN_WORDS`` on lower-case text: a "to" between spaces, with a
#: score noun right before it (the pattern's own words; the same output, a third of its time)
_SPACED_TO = re.compile(r"[ \t\n]to[ \t\n]")
_SCORE_NOUN_END = re.compile(r"(?:" + _SCORE_NOUNS.lower() + r")[ \t\n]+\Z")


def _score_noun_to(low: str) -> bool:
    """Does lower-case ``low`` hold a score noun before a spaced "to" ("goals to")?"""
    for m in _SPACED_TO.finditer(low):
        if _SCORE_NOUN_END.search(low, max(0, m.start() - 40), m.start() + 1):
            return True
    return False


#: a cheap test before ``_SYMBOL_DIGIT`` (with "digit" in the lower-case text): its other
#: two branches, "number 6 in the number" and a quoted digit
_SYMBOL_DIGIT_HINT = re.compile(r"(?i:number)[ \t]+\d[ \t]|(?<=[\"\u201c])\d(?=[\"\u201d])")
# the same test in two cheaper parts (round twenty-seven): "number N " where the word is in
# the text, and a digit between quotation marks (a match of the literal pattern one character
# earlier is a match of the look-behind's)
_NUMBER_DIGIT_HINT = re.compile(r"(?i:number)[ \t]+\d[ \t]")
_QUOTED_DIGIT_HINT = re.compile(r"[\"\u201c]\d[\"\u201d]")


def _symbol_digit_hint(text: str) -> bool:
    """Whether ``_SYMBOL_DIGIT_HINT`` finds something in ``text``, tested in cheaper parts."""
    if "number" in text.lower() and _NUMBER_DIGIT_HINT.search(text):
        return True
    return ('"' in text or "\u201c" in text) and _QUOTED_DIGIT_HINT.search(text) is not None


def _score_in_words(scanner: _Scanner, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both sides of a score in words count its noun: the second side when the scanner read
    it as another noun's ("a 3 goals to 1 win" counted "win") or not at all ("three goals to
    one." closing the sentence, "to nil"). Only when the first side is a count of that noun, no
    index is named (an index "rose by 3 points to 2614" moves to a level) and the second side
    is a bare whole number up to 200 or "nil"/"zero"/"one"."""
    text = scanner.text
    if " to " not in text or not _score_noun_to(text.lower()):
        return findings
    added = False
    for m in _SCORE_IN_WORDS.finditer(text):
        first = next((f for f in findings if (f["start"], f["end"]) == m.span("a")), None)
        if first is None or first["kind"] != "count" or first["unit"] or first["per"]:
            continue
        noun = singular(m.group("noun").lower())
        if first["noun"] != noun:
            continue
        line_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start())) + 1
        if re.search(
            r"\b(?i:index|indices|average|shares?|stocks?)\b", text[line_start : m.start()]
        ):
            continue
        b_start, b_end = m.span("b")
        side = m.group("b")
        second = next((f for f in findings if f["start"] <= b_start < f["end"]), None)
        if second is not None:
            if (
                (second["start"], second["end"]) == (b_start, b_end)
                and second["kind"] == "count"
                and not second["unit"]
                and second["value"] <= 200
                and second["noun"] != noun
            ):
                second["quantity"], second["noun"] = first["quantity"], noun
            continue
        value = float(side) if side.isdigit() else _SCORE_SIDE_WORDS.get(side.lower())
        if value is None or value > 200:
            continue
        scanner.add(b_start, b_end, value, kind="count", quantity=first["quantity"])
        findings.append(scanner.findings.pop())
        added = True
    if added:
        findings.sort(key=lambda f: (f["start"], f["end"]))
    return findings


#: the output's columns in order, and a getter of their values (one C call a finding)
_COLUMN_NAMES = tuple(COLUMNS)
_columns_of = operator.itemgetter(*_COLUMN_NAMES)


# round twenty-seven: "a quarter point cut" in a rate, "quarter percentage point rises"
_FRACTION_POINT = re.compile(
    r"\b((?i:quarter|half))[ \t\n-]+(?:(percentage)[ \t\n-]+)?(?i:point)\b(?![-'’])"
    r"(?=(?:[ \t\n]+(?:rate[ \t\n]+)?(cut|rise|increase|reduction|hike|fall|drop|decline|"
    r"easing|move|change)s?\b)?)"
)


_FRACTION_POINT_HINTS = (
    "r point", "r-point", "f point", "f-point", "ge point", "ge-point", "f a point",
    "r of a point", "f a percentage point",
)  # fmt: skip
# round twenty-eight: "cut its lending rate by half a point", "raised rates by a quarter of a
# point": a rate's change said with "by" after a rate named earlier in the clause
_BY_FRACTION_POINT = re.compile(
    r"\b(?i:by)[ \t\n]+(?:a[ \t\n]+)?((?i:quarter|half))[ \t\n]+(?:of[ \t\n]+)?a[ \t\n]+"
    r"(?:(percentage)[ \t\n]+)?(?i:point)\b(?![-'’])"
)
_RATE_BEFORE = re.compile(r"\b(?i:rates?)\b")


def _fraction_points(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "a quarter point cut", "quarter percentage point rises", "a half point rise in rates":
    a change of 0.25 or 0.5 percentage points (the development gold of two files), said with
    "percentage" or before a noun of a rate's change; a fraction of a point in a game or an
    index ("half a point", "a half point lead") is not read."""
    added = []
    for m in _FRACTION_POINT.finditer(text):
        if not (m.group(2) or m.group(3)):
            continue
        value = 0.25 if m.group(1).lower() == "quarter" else 0.5
        over = [f for f in findings if f["start"] < m.end() and m.start() < f["end"]]
        if any(f["kind"] != "fraction" or f["value"] != value for f in over):
            continue
        if over:  # "a half point cut": the scanner's fraction "a half" is this change
            findings = [f for f in findings if f not in over]
        added.append(
            {"n": 0, "start": m.start(), "end": m.end(), "text": m.group(), "value": value,
             "value_high": math.nan, "unit": "percentage points", "per": "", "quantity": "",
             "noun": "", "kind": "percent", "modifier": "", "value_base": value,
             "base_unit": "percentage points", "dimension": "percent points"}
        )  # fmt: skip
    for m in _BY_FRACTION_POINT.finditer(text):
        stop = _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 160), m.start())
        clause = text[stop.end() if stop else max(0, m.start() - 160) : m.start()]
        if not _RATE_BEFORE.search(clause) or _INDEX_WORDS.search(clause):
            continue  # "won by half a point", "the index rose by half a point"
        value = 0.25 if m.group(1).lower() == "quarter" else 0.5
        start = m.start(1) - (2 if text[m.start(1) - 2 : m.start(1)].lower() == "a " else 0)
        over = [f for f in findings if f["start"] < m.end() and start < f["end"]]
        if any(f["kind"] != "fraction" or f["value"] != value for f in over):
            continue
        findings = [f for f in findings if f not in over]
        added.append(
            {"n": 0, "start": start, "end": m.end(), "text": text[start : m.end()],
             "value": value, "value_high": math.nan, "unit": "percentage points", "per": "",
             "quantity": "", "noun": "", "kind": "percent", "modifier": "", "value_base": value,
             "base_unit": "percentage points", "dimension": "percent points"}
        )  # fmt: skip
    if not added:
        return findings
    return sorted([*findings, *added], key=lambda f: f["start"])


_SENTENCE_END_BEFORE = re.compile(r"[.!?;][\"'”’)]*[ \t\n]+(?=[^.!?;]*\Z)")
# round twenty-eight: two durations joined by "to", the second in a larger unit, said as one
# span of time ("in 10 days to three weeks' time", "within two hours to a day"): one range in
# the smaller unit (the lead's decision on the twenty-second sample's readings)
_WRITTEN_NUMBER = re.compile(
    r"(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|hundred)\b)"
)
_DURATION_RANGE_GAP = re.compile(r"[ \t\n]+to[ \t\n]+")
_DURATION_RANGE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:in|within|for|after|takes?|took)[ \t\n]+\Z")


#: a story's own short or long tons: "60,700 short tons in January ... mills consumed 29,600
#: tons": the bare "tons" after it are the story's unit (round twenty-eight)
_STORY_TONS = re.compile(r"(?i:\b(short|long)[ \t\n-]+tons?\b)")
_BARE_TONS = re.compile(r"(?<![A-Za-z])(?i:tons?)\Z")


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


def _duration_ranges(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "in 10 days to two weeks' time": one duration range, 10-14 days. Only two durations
    with no modifier, the first after "in", "within", "for", "after" or "take(s)", the second
    in a larger unit of at most a hundred times the first; not "from 10 days to two weeks" (a
    change, no "from" is allowed by the preposition test)."""
    drop: list[dict[str, Any]] = []
    for f, g in pairwise(findings):
        if (
            f["kind"] != "duration"
            or g["kind"] != "duration"
            or f["modifier"]
            or g["modifier"] not in ("", "within")
            or f["value_high"] == f["value_high"]
            or g["value_high"] == g["value_high"]
            or f["unit"] not in UNITS
            or g["unit"] not in UNITS
            or not _DURATION_RANGE_GAP.fullmatch(text, f["end"], g["start"])
            or not _WRITTEN_NUMBER.match(text, g["start"])  # "nine months to a year's time"
            or not _DURATION_RANGE_BEFORE.search(text, max(0, f["start"] - 8), f["start"])
        ):
            continue
        small, large = UNITS[f["unit"]].factor, UNITS[g["unit"]].factor
        if not small or large <= small:
            continue
        high = g["value"] * large / small
        if not f["value"] < high <= 100 * f["value"]:
            continue
        f["value_high"] = float(round(high, 6))
        f["end"], f["text"] = g["end"], text[f["start"] : g["end"]]
        drop.append(g)
    if not drop:
        return findings
    return [f for f in findings if not any(f is g for g in drop)]


# round twenty-eight: the pronoun "one" after a determiner and an adjective ("a later one in
# Rio", "the right one, he said"): no figure, as "one of" said alone is none
_ONE_STANDS_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother|[Ee]very|[Ee]ach)[ \t\n]+"
    r"([a-z]{3,})[ \t\n]+\Z"
)
_ONE_STANDS_FOR_AFTER = re.compile(
    r"(?:[ \t\n]*(?:[.,;:!?)]|$)|[ \t\n]+(?:in|at|on|for|from|with|by|to|that|which|who|"
    r"is|was|will|would|has|had|could|can|immediately|again|instead|too|now|then|yet)\b)"
)


def _pronoun_one(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop "one" read as a count where it stands for a noun said before: "a later one",
    "the appropriate one". Not a number word before its noun ("a second one-day match" is
    hyphened; "the only one" and "a single one" are counts of their own by the guide)."""
    keep = []
    for f in findings:
        if f["text"] == "one" and f["kind"] == "count":
            before = _ONE_STANDS_FOR_BEFORE.search(text, max(0, f["start"] - 30), f["start"])
            if (
                before is not None
                and before.group(1) not in ("only", "single", "last", "first", "more", "other")
                and lexicon.is_adjective(before.group(1))
                and not lexicon.is_noun(before.group(1))
                and _ONE_STANDS_FOR_AFTER.match(text, f["end"], min(len(text), f["end"] + 16))
            ):
                continue
        keep.append(f)
    return keep


# round twenty-nine: "World War II", "World War One": the war's numeral is an ordinal of
# ``war``, as "the Second World War" is (the guide's ordinals); a Roman numeral is read only here
_WORLD_WAR = re.compile(r"\bWorld[ \t]+War[ \t]+(I{1,3}|One|Two|Three|[123])(?![\w'’])(?!-\d)")
_WAR_NUMERALS = {"I": 1, "II": 2, "III": 3, "One": 1, "Two": 2, "Three": 3}


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


def _world_war(scanner: _Scanner, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The numeral after "World War" as an ordinal of ``war``, in place of what the scanner
    read there ("Two" as a name after a capitalised word, a Roman numeral not at all)."""
    added = []
    for m in _WORLD_WAR.finditer(scanner.text):
        a, b = m.span(1)
        numeral = m.group(1)
        scanner.add(a, b, float(_WAR_NUMERALS.get(numeral) or int(numeral)), kind="ordinal",
                    quantity="war", modifier="")  # fmt: skip
        added.append(scanner.findings.pop())
    if not added:
        return findings
    kept = [f for f in findings if not any(f["start"] < g["end"] and g["start"] < f["end"]
                                           for g in added)]  # fmt: skip
    return sorted(kept + added, key=lambda f: (f["start"], f["end"]))


def extract_text(text: str, dateline: str = "") -> list[dict[str, Any]]:
    """Findings for a raw string (what :func:`extract` does for an article's text).

    ``dateline`` is the story's dateline when a loader keeps it outside the text ("TORONTO,
    March 3"; Reuters-21578's field); without it a dateline at the start of the text is read.

    ``sentence`` is the index of the finding's sentence in the core's split
    (:func:`newslens.sentences.sentence_spans`, the same as ``Article.sentences``), and
    ``sentence_start``/``sentence_end`` are that sentence's offsets.
    """
    from newslens_numbers.consistency import link_conversions

    if not text:
        return []
    scanner = _Scanner(text)
    findings = [f for f in scanner.run() if not _day_in_words(scanner.text, f)]
    findings = _score_in_words(scanner, findings)
    if "number ones" in text:  # "four number ones": a count of chart-toppers (decision 3)
        for f in findings:
            if f["kind"] == "count" and _NUMBER_ONES_AFTER.match(scanner.text, f["end"]):
                f["quantity"], f["noun"] = "number ones", "number one"
    if ("igit" in text or "number" in text or '"' in text or "\u201c" in text) and (
        _symbol_digit_hint(text) or "digit" in text.lower()
    ):
        symbols = [
            m.span(g)
            for m in _SYMBOL_DIGIT.finditer(scanner.text)
            for g in ("d", "in", "n", "m", "q")
        ]
        symbols = [(s, e) for s, e in symbols if s >= 0]
        findings = [
            f for f in findings if not any(f["start"] < e and s < f["end"] for s, e in symbols)
        ]
    if ";" in text and "&" in text:
        for f in findings:  # a sign read from an entity: the span opens at the entity
            if (
                text[f["start"]] == ";"
                and (amp := text.rfind("&", max(0, f["start"] - 8), f["start"])) >= 0
            ):
                entity = _CURRENCY_ENTITY.match(text, amp)
                if entity is not None and entity.end() == f["start"] + 1:
                    f["start"], f["text"] = amp, text[amp : f["end"]]
    if any(hint in scanner.text for hint in _FRACTION_POINT_HINTS):
        findings = _fraction_points(scanner.text, findings)
    if " to " in text:
        findings = _duration_ranges(scanner.text, findings)
    if "one" in text:
        findings = _pronoun_one(scanner.text, findings)
    if "World War" in text:
        findings = _world_war(scanner, findings)
    if ("API" in text or " api" in text or "gravity" in text) and (
        "°" in text or "deg" in text.lower()
    ):
        _api_gravity(scanner.text, findings)
    spans = sentence_spans(text) if findings else ()
    out: list[dict[str, Any]] = []
    for n, f in enumerate(findings):
        f["n"] = n
        f["sentence"] = sentence_index(text, f["start"])
        f["sentence_start"], f["sentence_end"] = spans[f["sentence"]]
        f["same_as"] = None
        f["consistency"] = ""
        f["deviation"] = float("nan")
        out.append(f)
    # the scanner's copy: line breaks of wrapped wire copy read as spaces, same offsets
    _table_rows(scanner.text, out, scanner.labelled)
    _story_currency(scanner.text, out, dateline)
    _carried_prices(scanner.text, out)
    _stock_quotes(scanner.text, out, dateline)
    _stock_low_high(scanner.text, out, dateline)
    _labelled_amounts(scanner.text, out)
    _share_in_sentence(scanner.text, out)
    _shared_currencies(scanner.text, out, dateline, text)
    _exchange_rates(scanner.text, out)
    _francs(scanner.text, out, dateline)
    _won(scanner.text, out, text)
    _change_to_level(scanner.text, out)
    _vote_tally(scanner.text, out)
    _population(scanner.text, out)
    _shared_noun(scanner.text, out)
    _one_of_noun_before(scanner.text, out)
    _parallel_rate(scanner.text, out)
    _rate_subject(scanner.text, out)
    _shares_said_before(scanner.text, out)
    _exchange_offer(scanner.text, out)
    _continued_measure(scanner.text, out)
    _poll_points(scanner.text, out)
    _index_level_points(scanner.text, out)
    _young_of_age(scanner.text, out)
    _pair_noun(scanner.text, out)
    if "short ton" in text or "long ton" in text or "hort-ton" in text or "ong-ton" in text:
        _story_tons(scanner.text, out)
    if "vague" in [f["modifier"] for f in out]:
        _vague_pair_currency(scanner.text, out)
    _quarters_of_process(scanner.text, out)
    _parallel_duration(scanner.text, out)
    _data_rates(scanner.text, out)
    _substitutes_minutes(scanner.text, out)
    _count_before_top(scanner.text, out)
    _wire_dividend_rate(text, out)
    _tenors(scanner.text, out)
    _death_toll(scanner.text, out)
    _ordinal_before_rank(scanner.text, out)
    if scanner.nil_at:
        _wire_nil_partner(scanner.text, out, scanner.nil_at)
    link_conversions(text, out)
    for f in out:
        f.pop("_decimals", None)
    _converted_rates(scanner.text, out)
    _rate_after_conversion(scanner.text, out)
    return [dict(zip(_COLUMN_NAMES, _columns_of(f), strict=True)) for f in out]


def extract(article: Article) -> list[dict[str, Any]]:
    """The ``numbers.v1`` extractor: one dict per figure in ``article.text``.

    It does not catch errors: an exception (a bug in a rule) reaches the runner, which records
    an error row naming the article and the cause, rather than passing for "no figures".
    """
    dateline = article.extra.get("dateline") if article.extra else None
    return extract_text(article.text, dateline if isinstance(dateline, str) else "")
