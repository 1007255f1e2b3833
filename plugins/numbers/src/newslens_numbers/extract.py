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
from collections.abc import Iterator
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

# re-exported: tests and benchmarks read these here, where they were defined before
from newslens_numbers.finding import (
    _AGED_ENDINGS as _AGED_ENDINGS,
)
from newslens_numbers.finding import (
    _API_GRAVITY,
    _EACH_AFTER,
    _PERIOD_PER,
    _ROW_LABEL,
)
from newslens_numbers.finding import (
    _DIED_ENDINGS as _DIED_ENDINGS,
)
from newslens_numbers.finding import (
    _MODIFIER_ENDINGS as _MODIFIER_ENDINGS,
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
from newslens_numbers.ordinals import (
    _NEXT_WORD,
)
from newslens_numbers.patterns import (
    _CHANGE_BEFORE,
    _PER_AFTER,
    _TIME_ADVERB_AFTER,
    _TIME_WORDS,
    COMMON_VERBS,
    NOT_PER,
    PER_WORDS,
    RATE_ADJECTIVES,
    STOP,
    _words,
)
from newslens_numbers.ranges import (
    _CHANGE_NOUNS,
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
    CURRENCY_WORD_TO_CODE,
    UNITS,
    dimension_of,
    to_base,
)
from newslens_numbers.words import (
    _is_plural,
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


# what stands between the members of a list that shares its unit ("5, 6 and 7 pct")
# currency names an exchange rate is quoted against, and their codes
FX_CODES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "mark": "DEM", "franc": "FRF", "guilder": "NLG", "lira": "ITL", "ecu": "XEU", "yuan": "CNY",
}  # fmt: skip
_FX_NAMES = (
    r"(?i:dollars?|dlrs?|euros?|pounds?|sterling|yen|marks?|francs?|guilders?|lira|ecus?|yuan)"
)
_LIST_GAP = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:(?:and|or)[ \t\n]+)?|(?:and|or)[ \t\n]+)?")
# "the number of participants (rose) to 13", "the total of 40 ships"
# "the number of active rotary rigs fell by 19", "the number of people out of work rose 32,000":
# the head after up to two modifiers (round fifteen; was one), a plural in -s or an irregular one
_NUMBER_OF = re.compile(
    r"\b(?i:number|total)[ \t]+of[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?"
    r"([a-z]{3,}s|people|men|women|children)\b"
)
# the noun said after the figures: "cut to 3,000 from 4,000 the number of units it makes",
# "raised to 40 the total of seats" (a compared figure between, then "the number of X"); up to
# two modifiers since round twenty ("lifts to nine the number of West Coast stations")
_NUMBER_OF_AFTER = re.compile(
    r"(?:[ \t]+(?:from|to)[ \t]+\d+(?:[,.]\d+)*(?:[ \t]+(?i:mln|million|billion|bn|thousand))?)?"
    r"[ \t]+the[ \t]+(?i:number|total)[ \t]+of[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?([a-z]{3,}s)\b"
)
# "increase the authorized shares to 20 mln", "passenger miles increased 14 pct to 538 mln"
_SUBJECT_TO = re.compile(
    # not a verb after a pronoun subject: "it amounts to 40 million", "this adds up to 12"
    r"(?<!\b[Ii]t )(?<!\b[Tt]his )(?<!\b[Tt]hat )(?<!\b[Hh]e )(?<!\b[Ss]he )(?<!\bwhich )"
    r"\b([a-z]{3,}s)[ \t]+(?:(?:rose|fell|increased|decreased|grew|declined|dropped|climbed|"
    r"jumped|totalled|totaled|reached|were|was)\b[^;:()\d]{0,40}?[\d.]*[^;:()\d]{0,30}?)?"
    r"\b(?:to|from)[ \t]+$"
)
# nouns whose figures are money or levels, not counts of them
_NOT_COUNTED = _words(
    "sales revenues earnings profits losses assets deposits loans reserves prices rates yields "
    "costs payments exports imports stocks supplies funds savings taxes wages its this was has "
    "is as us months years weeks days hours minutes seconds quarters decades times"
)
_MIXED = re.compile(r"(\d+)-\d+/\d+")
_BARE_FRACTION = re.compile(r"\d+/\d+(?:[ \t]+(?:pct|%|per[ \t]*cent))?|\d+/\d+%")
# words after a count whose noun is left out: "50 more", "two each", "25 others injured"
_ELLIPSIS_AFTER = _words(
    "more each apiece others from hospitalised thereafter respectively altogether too last next"
)
# "of its 747-SRs", "of the Boeing 747s", "of its A320s": a count of a model designation
_OF_MODEL = re.compile(
    r"\s+of\s+(?:(?:its|the|their|his|her|our|these|those)\s+)?"
    r"(?:[A-Z][A-Za-z]+\s+\d{2,}|[A-Z]{0,3}-?\d{2,}(?:-[A-Z]+|[A-Z]+|['’]?s\b))"
)
_NO_NOUN_BEFORE = frozenset(("top", "last", "bottom", "first", "final", "best", "round"))


# "145.20 yen against the dollar", "$1.38 versus the euro", "1.82 marks to the dollar"
_RATE_BASE_AFTER = re.compile(
    r"[ \t]+(?:to|against|versus|vs\.?|per)[ \t]+(?:the[ \t]+|one[ \t]+|a[ \t]+|each[ \t]+)?"
    rf"(?:U\.?S\.?[ \t]+)?({_FX_NAMES})\b"
)
# "the dollar closed at 145.20 yen", "sterling rose to 1.5520 dlrs"
# "the pound was worth $1.91", "the dollar was buying 104 yen", "one euro bought $1.30": a verb
# of buying or worth says the same
_RATE_BASE_BEFORE = re.compile(
    # "the euro's slide overnight to 131 yen": the base named as the possessor of its move
    rf"\b({_FX_NAMES})(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+){{0,3}}"
    r"(?:at|to|from|worth|buying|bought|buys|fetching|fetched|fetches|hit|reached|touched)"
    r"[ \t]+(?:about[ \t]+)?$"
    # "the euro hit a record high of $1.36": a level named before "of"
    rf"|\b({_FX_NAMES})[ \t]+(?:hit|reached|touched|rose[ \t]+to|fell[ \t]+to)[ \t]+"
    r"(?:an?[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+){0,3}(?:high|low|level|peak)[ \t]+of[ \t]+$"
)
# what may follow an exchange rate's base currency: the clause goes on or ends ("4.0 to the
# dollar, the third fall", "21 to the dollar from two"), not a noun ("20 to the dollar store")
_RATE_BASE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:from|on|in|at|and|after|before|against|compared|when|while|but|"
    r"the|this|last|today|yesterday)\b)"
)
_RATE_BASE_LEADS = (
    " at",
    " to",
    " from",
    "about",
    " hit",
    "reached",
    "touched",
    " of",
    " worth",
    "buying",
    "bought",
    " buys",
    "fetching",
    "fetched",
    "fetches",
)
_FX_COMPARED = re.compile(
    r",?[ \t]+(?:against|from|versus|vs\.?|compared[ \t]+with|and)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:previous[ \t]+|prior[ \t]+)?"
)
# a currency whose dollars a wire story writes "dlrs" once it has named them
_OTHER_DOLLARS = frozenset(
    ("CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MYR", "ZWD", "BND", "JMD", "FJD")
)


# "the peso rose to 12.405 per US dollar": the currency quoted is the sentence's subject
_QUOTED_CURRENCY_BEFORE = re.compile(
    r"\b(?i:the)[ \t]+([A-Za-z]+)[ \t]+(?:[a-z]+[ \t]+){0,3}(?:at|to|from)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+)?$"
)
_COMPARED_CLOSE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:from|against|versus|compared[ \t]+with)[ \t]+"
    r"(?:(?:an?|the|its)[ \t]+)?(?:(?:previous|prior|close|closing|low|high|level)[ \t]+)*"
    r"(?:of[ \t]+)?$"
)


def _quoted_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A bare exchange rate whose currency is the sentence's subject: "The rupee climbed to
    12.405 per US dollar on Monday, up from a close of 12.52" is MXN per dollar twice (the
    figure compared, bare, within the sentence and of the same size, shares it)."""
    for i, f in enumerate(found):
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        after = _RATE_BASE_AFTER.match(text, f["end"], min(len(text), f["end"] + 40))
        if after is None:
            continue
        subject = _QUOTED_CURRENCY_BEFORE.search(
            text, _clause_start(text, f["start"], 80), f["start"]
        )
        code = CURRENCY_WORD_TO_CODE.get(subject.group(1).lower(), "") if subject else ""
        base = after.group(1).lower()
        base = {"sterling": "pound", "dlr": "dollar", "dlrs": "dollar"}.get(base, base).rstrip("s")
        if not code:
            # a currency that is no word of ours ("the kwacha fell to 21 to the dollar", "the
            # Nigerian currency was fixed at 4.0 to the dollar"): the rate is still per its base
            if not f["per"] and _RATE_BASE_ENDS.match(text, after.end(), after.end() + 12):
                f["per"] = base
            continue
        if FX_CODES.get(base) == code:
            continue
        for g in [f, *found[i + 1 : i + 2]]:
            if g is not f and not (
                g["kind"] in ("count", "number")
                and not g["unit"]
                and not g["quantity"]
                and _one_sentence(text, f["end"], g["start"])
                and 0.5 <= g["value"] / (f["value"] or 1e-9) <= 2
                and _COMPARED_CLOSE.match(text, f["end"], g["start"])
            ):
                break
            value_base, base_unit = to_base(g["value"], code)
            g.update(kind="money", unit=code, per=base, value_base=float(value_base),
                     base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip


def _exchange_rates(text: str, found: list[dict[str, Any]]) -> None:
    """An exchange rate is money per its base currency: "the dollar closed at 145.20 yen" and
    "145.20 yen against the dollar" are JPY per dollar. And a story that named Canadian (or
    Australian, ...) dollars writes them "dlrs" after: "12.5 mln Canadian dlrs, or 1.20 dlrs a
    share" is CAD twice."""
    _quoted_currency(text, found)
    other_dollars = any(g["unit"] in _OTHER_DOLLARS for g in found)
    for i, f in enumerate(found):
        if f["kind"] != "money":
            continue
        if (
            f["unit"] == "USD"
            and other_dollars
            and re.search(r"(?i:\bdlrs?|\bcts?)\b", f["text"])
            and not re.search(r"(?i:u\.?s\.?[ \t]+dlr)", f["text"])
        ):
            for g in reversed(found[:i]):
                if not _one_sentence(text, g["end"], f["start"]):
                    break
                if g["kind"] == "money" and g["unit"] in _OTHER_DOLLARS:
                    f["unit"] = g["unit"]
                    f["base_unit"] = g["unit"]
                    break
        if not f["per"] and _EACH_AFTER.match(text[f["end"] : f["end"] + 6]):
            for g in reversed(found[:i]):  # "2,500,000 shares at 3.50 dlrs each": per share
                if not _one_sentence(text, g["end"], f["start"]):
                    break
                if g["kind"] in ("count", "number") and g["noun"]:
                    f["per"] = g["noun"]
                    break
        if f["per"]:
            continue
        after = _RATE_BASE_AFTER.match(text, f["end"], min(len(text), f["end"] + 40))
        # the full pattern only where the words before end as it must ("... at", "... to")
        lead = text[max(0, f["start"] - 8) : f["start"]].rstrip().lower()
        before = (
            _RATE_BASE_BEFORE.search(text, _clause_start(text, f["start"], 50), f["start"])
            if lead.endswith(_RATE_BASE_LEADS)
            else None
        )
        bought = before is not None and not lead.endswith((" at", " to", " from", "about"))
        if before and any(
            g["start"] <= before.start(before.lastindex or 1) < g["end"]
            and not (bought and g["value"] == 1)
            for g in found[i - 1 : i]
        ):
            # "rose to 41 mln dlrs from 36 mln dlrs": the figure before's unit; but "one euro
            # bought $1.30" quotes the rate of that one unit
            before = None
        for m in (after, before):
            base = next((g for g in m.groups() if g), "").lower() if m else ""
            base = {"sterling": "pound", "dlr": "dollar"}.get(base, base).rstrip("s")
            base = "dollar" if base == "dlr" else base
            if base and FX_CODES.get(base) != f["unit"]:
                f["per"] = base
                break
        if f["per"]:  # "145.20 yen against 144.80 yen": the figure compared has the same base
            for g in found[i + 1 : i + 2]:
                gap = text[f["end"] : g["start"]]
                if (
                    g["unit"] == f["unit"]
                    and not g["per"]
                    and (gap == "/" or _FX_COMPARED.fullmatch(gap))
                ):
                    g["per"] = f["per"]


# what may stand on a row between its label and a later figure: figures and "vs", "loss"
_ROW_BETWEEN = re.compile(
    r"(?:[\d.,/ \t-]|(?i:vs|mln|bln|billion|dlrs?|cts?|loss|profit|prior|qtr|shr)\b\.?"
    # a figure written as a word: "Shr profit three cts vs loss 14 cts"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)*"
)


def _line_starts(text: str) -> Iterator[int]:
    """0 and every offset after a line break: where "^" matches under ``re.MULTILINE`` (a
    search for a pattern opening with "^" tries every character of the text)."""
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


def _table_rows(
    text: str, found: list[dict[str, Any]], labelled: dict[int, bool] | None = None
) -> None:
    """Every figure on a row of a wire earnings table is read by the row's label, not only the
    first: "Shr profit 12 cts vs loss five cts" is per share twice, "Net loss 1,234,000 vs
    profit 567,000" dollars twice (the scan reads the first figure after the label).

    ``labelled`` maps a line start to whether a row's label opens that line (the scanner's
    ``labelled``, filled as it reads the figures): only the lines holding a figure are asked,
    each once."""
    labelled = {} if labelled is None else labelled
    for f in found:
        line_start = text.rfind("\n", 0, f["start"]) + 1
        head = labelled.get(line_start)
        if head is None:
            head = labelled[line_start] = bool(_ROW_LABEL.match(text, line_start))
        if not head:
            continue  # no label at the line start: no row, whatever the figure
        row = _ROW_LABEL.match(text, line_start, f["start"])
        if row is None or not _ROW_BETWEEN.fullmatch(text, row.end(), f["start"]):
            continue  # "Revenue passenger miles increased ... to 538.9 mln": prose, no row
        if row.group("shares"):
            if f["kind"] in ("count", "number") and not f["unit"] and not f["quantity"]:
                f["quantity"], f["noun"] = "shares", "share"
        elif row.group("per_share"):
            if f["kind"] == "money" and not f["per"]:
                f["per"] = "share"
        elif f["kind"] in ("count", "number") and not f["unit"] and not f["quantity"]:
            base, base_unit = to_base(f["value"], "USD")
            f.update(unit="USD", kind="money", value_base=float(base), base_unit=base_unit,
                     dimension=dimension_of("USD"))  # fmt: skip


# a note of the currency a wire story's figures are in: "Note: Canadian funds", "(in Canadian
# dollars)" - a currency named with no figure before it (not "200 mln Canadian dlr stock")
# (written as "\b(?i:(canadian|cdn|australian|new[ \t]+zealand|hong[ \t]+kong|singapore)[ \t]+
# (?:funds|currency|dollars|dlrs))\b", opened with its first letter as a character class, so
# the engine skips every other character untried: it is searched through whole stories; "\b"
# before the letter is the look-behind after it, and the long s is a case of "s")
_CURRENCY_NOTE = re.compile(
    r"([CcAaNnHhSs\u017f](?<!\w[CcAaNnHhSs\u017f])(?i:(?<=c)(?:anadian|dn)|(?<=a)ustralian"
    r"|(?<=n)ew[ \t]+zealand|(?<=h)ong[ \t]+kong|(?<=s)ingapore))"
    r"(?i:[ \t]+(?:funds|currency|dollars|dlrs))\b"
)
#: a word every currency note holds, lower case: a story holding none names no note
_NOTE_WORDS = ("canadian", "cdn", "australian", "zealand", "hong", "singapore")
#: a note's currency by its first letter, one per alternative ("canadian" and "cdn" alike):
#: read from the letter, the word may hold a letter case-insensitive matching folds ("ſ",
#: "ı", "K") that no lower-casing brings back to the word's spelling
_NOTE_CODES = {"c": "CAD", "a": "AUD", "n": "NZD", "h": "HKD", "s": "SGD", "\u017f": "SGD"}
_FIGURE_BEFORE = re.compile(r"(?:\d|(?i:mln|bln|billion|million|mn|bn|thousand))[ \t]*-?[ \t]*$")
# "\bU\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|\bUS\$|(?i:\bamerican[ \t]+dollars?)",
# written to open with its first letter as a character class (the engine then skips every
# other character untried: it is searched through whole stories); "\b" before the letter is
# the look-behind after it
_US_DOLLARS = re.compile(
    r"[UAa](?<!\w[UAa])(?:(?<=U)(?:\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|S\$)"
    r"|(?<=[Aa])(?i:merican[ \t]+dollars?))"
)
_DOLLAR_WORD = re.compile(r"\$|(?i:dlrs?|dollars?)\b")
# a row of a wire results table: a label, figures, "vs" ("Pre-tax 133 mln rand vs 137 mln")
_VS_ROW = re.compile(r"[ \t]*[A-Za-z][A-Za-z .&/-]{0,30}?[ \t]+[-\d.,]+[^\n]*?\bvs\b")


# A wire story datelined in a city of a dollar country other than the US ("TORONTO, March 3 -")
# writes that country's dollar as a bare "dlrs"/"$"/"cts" (wire and newspaper style; the blind
# third's annotator reads it so): the dateline acts as a currency note when the story has none.
# Only unambiguous cities are listed. Left out on purpose, because a dateline of the same name
# is as likely elsewhere: Victoria (B.C.; Texas, Seychelles, the Australian state), Perth
# (Western Australia; Scotland, Ontario), Hamilton (Ontario; New Zealand, Bermuda, Scotland),
# London and Windsor (Ontario; England), Kingston (Ontario; Jamaica, New York), Richmond (B.C.;
# Virginia), Cambridge, Waterloo and Burlington (Ontario; England, Belgium, the US), Newcastle
# (New South Wales; England), Saint John / St. John's (New Brunswick, Newfoundland; Antigua).
# Any of them counts when the dateline names its province, state or country ("LONDON, Ontario",
# "PERTH, Western Australia": DATELINE_REGIONS), which also settles a listed name used abroad
# ("SYDNEY, Nova Scotia" is CAD). A US namesake written with its state ("MELBOURNE, Fla., March
# 3 -") names no region of the table and is no dateline of the form below, so it never matches.
DATELINE_CITIES: dict[str, tuple[str, ...]] = {
    "CAD": ("Toronto", "Montreal", "Ottawa", "Calgary", "Vancouver", "Edmonton", "Winnipeg",
            "Quebec", "Quebec City", "Halifax", "Regina", "Saskatoon", "Mississauga",
            "Fredericton", "Moncton", "Charlottetown", "Sudbury", "Thunder Bay", "Oakville",
            "Whitehorse", "Yellowknife"),
    "AUD": ("Sydney", "Melbourne", "Brisbane", "Adelaide", "Canberra", "Hobart", "Darwin"),
    "NZD": ("Wellington", "Auckland", "Christchurch", "Dunedin"),
    "HKD": ("Hong Kong",),
    "SGD": ("Singapore",),
}  # fmt: skip
DATELINE_REGIONS: dict[str, tuple[str, ...]] = {
    "CAD": ("Canada", "Alberta", "Alta.", "British Columbia", "B.C.", "Manitoba", "Man.",
            "New Brunswick", "N.B.", "Newfoundland", "Nfld.", "Nova Scotia", "N.S.", "Ontario",
            "Ont.", "Prince Edward Island", "P.E.I.", "Quebec", "Que.", "Saskatchewan", "Sask.",
            "Yukon", "Northwest Territories", "N.W.T.", "Nunavut"),
    "AUD": ("Australia", "New South Wales", "N.S.W.", "NSW", "Victoria", "Queensland", "Qld.",
            "South Australia", "Western Australia", "Tasmania", "Northern Territory"),
    "NZD": ("New Zealand", "N.Z."),
}  # fmt: skip
_CITY_CODES = {c.casefold(): code for code, cities in DATELINE_CITIES.items() for c in cities}
_REGION_CODES = {r.casefold(): code for code, regions in DATELINE_REGIONS.items() for r in regions}
_REGION_ALTERNATION = "|".join(
    re.escape(r) for r in sorted({r for rs in DATELINE_REGIONS.values() for r in rs}, key=len,
                                 reverse=True)
)  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_WORD = r"[A-Z][A-Za-z.'-]*"
# "TORONTO, March 3 -", "Montreal (CP) -", "CALGARY, Alberta, April 9 -", "HONG KONG, Feb 26
# (Reuters) -": the city in capitals or title case, a province or state, a date, an agency
_DATELINE_HEAD = (
    rf"[ \t]*({_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}?)"
    rf"(?:,[ \t]*((?i:{_REGION_ALTERNATION})))?(?:,[ \t]*{_MONTH}[ \t]+\d{{1,2}})?"
    r"(?:[ \t]*\((?:Reuters|AP|CP|AFP)\))?"
)
# at the very start of the text (after blank lines), then a dash and a space
_DATELINE_IN_TEXT = re.compile(r"\s*" + _DATELINE_HEAD + r"[ \t]*(?:--|[-\u2013\u2014])\s")
# a loader's dateline field (Reuters-21578's <DATELINE>, its dash already stripped)
_DATELINE_FIELD = re.compile(_DATELINE_HEAD + r"[ \t]*(?:--|[-\u2013\u2014])?\s*$")


def dateline_currency(text: str, dateline: str = "") -> str:
    """The dollar a story's dateline implies ("CAD" for "TORONTO, March 3 - ..."), or "".

    ``dateline`` is a loader's separate dateline field (Reuters-21578 keeps it outside the
    text: "TORONTO, March 3"), read in any case; without one the start of ``text`` is read.
    A region named after the city decides ("LONDON, Ontario"); else the city must be one of
    ``DATELINE_CITIES``."""
    if dateline:
        field = " ".join(w[:1].upper() + w[1:] for w in dateline.split(" "))
        m = _DATELINE_FIELD.match(field)
    else:
        m = _DATELINE_IN_TEXT.match(text)
    if not m:
        return ""
    if m.group(2):
        return _REGION_CODES.get(m.group(2).casefold(), "")
    return _CITY_CODES.get(m.group(1).casefold(), "")


def _story_currency(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """Wire copy names the currency of a story's figures once: a note ("Note: Canadian funds")
    or one row of an earnings table ("Pre-tax 133 mln rand vs 137 mln"); its other figures say
    "dlrs", "cts" or nothing, which the rules above read as US dollars. With one such currency
    in the document and no US dollars named anywhere in it, those figures take it: after a
    note every bare dollar figure, after a table row the table's cents and unlabelled figures
    ("Shr 516 cts vs 347", "Net 260 mln vs 172 mln"). With no note, a dateline in a city of a
    dollar country other than the US (``dateline_currency``: "TORONTO, March 3 -" at the start
    of the text, or the loader's ``dateline`` field) acts as one: the same exception holds, a
    story that names US dollars anywhere keeps its bare dollars as USD."""
    if not any(f["unit"] == "USD" for f in found) or _US_DOLLARS.search(text):
        return
    noted = set()
    low = text.lower()
    # an ASCII story without a note's word holds no note (beyond ASCII, case-insensitive
    # matching folds letters that ``lower`` keeps: the long s, the Kelvin sign)
    notes = (
        _CURRENCY_NOTE.finditer(text)
        if not text.isascii() or any(w in low for w in _NOTE_WORDS)
        else ()
    )
    for m in notes:
        if not _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            noted.add(_NOTE_CODES[m.group(1)[0].lower()])
    if not noted:
        from_dateline = dateline_currency(text, dateline)
        if from_dateline:
            noted.add(from_dateline)
    on_rows = set()
    if " vs " in text:
        for f in found:
            on_row = _VS_ROW.match(text, text.rfind("\n", 0, f["start"]) + 1)
            if f["kind"] == "money" and f["unit"] not in ("USD", "") and on_row:
                on_rows.add(f["unit"])
    codes = noted | on_rows
    if len(codes) != 1:
        return
    code = codes.pop()
    for f in found:
        if f["unit"] != "USD" or _US_DOLLARS.search(f["text"]):
            continue
        if not noted:  # a table's currency: its cents and unlabelled figures, on its rows
            line_start = text.rfind("\n", 0, f["start"]) + 1
            if _DOLLAR_WORD.search(f["text"]) or not _VS_ROW.match(text, line_start):
                continue
        base, base_unit = to_base(f["value"], code)
        f.update(unit=code, value_base=float(base), base_unit=base_unit,
                 dimension=dimension_of(code))  # fmt: skip


def _country_words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


# a currency word several countries use, and the words that name each country (round
# nineteen): bare "crowns" were counts of "crowns", every "pesos" Mexican, "dinars" and
# "kwacha" counts. A country named in the sentence decides, else the one the story names,
# else the dateline's city; with none, pesos stay Mexican and the others stay as they were
_SHARED_CURRENCIES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "crown": (
        ("SEK", _country_words("Sweden", "Swedish", "Stockholm", "Gothenburg", "Malmo")),
        ("NOK", _country_words("Norway", "Norwegian", "Oslo", "Stavanger", "Bergen")),
        ("DKK", _country_words("Denmark", "Danish", "Copenhagen", "Aarhus")),
        ("ISK", _country_words("Iceland", "Icelandic", "Reykjavik")),
        ("CSK", _country_words("Czechoslovakia", "Czechoslovak", "Czech", "Prague")),
    ),
    "peso": (
        ("MXN", _country_words("Mexico", "Mexican", "Mexicans", "Monterrey", "Guadalajara")),
        ("PHP", _country_words("Philippines", "Philippine", "Manila", "Filipino", "Filipinos")),
        ("ARS", _country_words("Argentina", "Argentine", "Argentinian", "Buenos Aires")),
        ("CLP", _country_words("Chile", "Chilean", "Santiago")),
        ("COP", _country_words("Colombia", "Colombian", "Bogota")),
        ("UYU", _country_words("Uruguay", "Uruguayan", "Montevideo")),
        ("BOB", _country_words("Bolivia", "Bolivian", "La Paz")),
        ("DOP", _country_words("Dominican Republic", "Santo Domingo")),
        ("CUP", _country_words("Cuba", "Cuban", "Havana")),
    ),
    "dinar": (
        ("YUD", _country_words("Yugoslavia", "Yugoslav", "Belgrade", "Zagreb", "Ljubljana")),
        ("KWD", _country_words("Kuwait", "Kuwaiti")),
        ("BHD", _country_words("Bahrain", "Bahraini", "Manama")),
        ("JOD", _country_words("Jordan", "Jordanian", "Amman")),
        ("IQD", _country_words("Iraq", "Iraqi", "Baghdad")),
        ("TND", _country_words("Tunisia", "Tunisian", "Tunis")),
        ("DZD", _country_words("Algeria", "Algerian", "Algiers")),
        ("LYD", _country_words("Libya", "Libyan", "Tripoli")),
    ),
    "kwacha": (
        ("ZMK", _country_words("Zambia", "Zambian", "Lusaka")),
        ("MWK", _country_words("Malawi", "Malawian", "Lilongwe", "Blantyre")),
    ),
}
_SHARED_WORD = {
    "crowns": "crown", "crown": "crown", "kroner": "crown", "krone": "crown",
    "pesos": "peso", "peso": "peso", "dinars": "dinar", "dinar": "dinar", "kwacha": "kwacha",
}  # fmt: skip
_SHARED_AFTER = re.compile(r"[ \t\n]+(crowns?|kroner|krone|pesos?|dinars?|kwacha)\b")
# words that make "crown" no money: "the Crown", "crown jewels", "Triple Crown"
_NOT_CURRENCY_AFTER = re.compile(r"[ \t\n]+(?:jewels?|court|prince|princess|colony)\b", re.I)


def _shared_country(word: str, text: str, story: bool = False) -> str:
    """The one country of ``word``'s currency ``text`` names, or "" for none or several; in a
    whole ``story`` the country it is about, named three times as often as any other, decides
    too (a story about Argentina that names Bolivia once)."""
    if not story:
        named = [code for code, words in _SHARED_CURRENCIES[word] if words.search(text)]
        return named[0] if len(named) == 1 else ""
    counts = sorted(
        ((sum(1 for _ in words.finditer(text)), code) for code, words in _SHARED_CURRENCIES[word]),
        reverse=True,
    )
    (top, code), (second, _) = counts[0], counts[1]
    return code if top and top >= 3 * second else ""


def _shared_currencies(
    text: str, found: list[dict[str, Any]], dateline: str = "", raw: str = ""
) -> None:
    """Figures in a currency several countries name alike ("crowns", "pesos", "dinars",
    "kwacha") are in the currency of the country the sentence names, else the story, else the
    dateline's city: "profit rose to 410 mln crowns" in a Stockholm story is SEK, "earned 2.3
    billion pesos" in a Manila one PHP. A count of the word ("50 mln crowns", read as 50
    million crowns) becomes money with the word in its span; a figure that took the word as its
    counted noun from the one before it ("from 40 mln") follows (read after the nouns a
    sentence elides are given). ``raw`` is the text as given, whose slice a widened span's
    ``text`` is (``text`` is the scanner's copy, its wrapped lines read as spaces)."""
    raw = raw or text
    low = text.lower()
    if not any(w in low for w in ("crown", "kron", "peso", "dinar", "kwacha")):
        return
    place = ""
    place_read = False
    pesos = ""  # the code the last pesos written out were recoded to
    for f in found:
        word = ""
        extend = 0
        if f["kind"] == "money" and f["unit"] == "MXN":
            if re.search(r"(?i:mexican)", f["text"]):
                pesos = ""
                continue
            if not re.search(r"(?i:\bpesos?)\b", f["text"]):
                # a bare figure that took the pesos before it ("from 1.9 billion", a market
                # report's later prices) follows them
                if pesos:
                    base, base_unit = to_base(f["value"], pesos)
                    f.update(unit=pesos, value_base=float(base), base_unit=base_unit)
                continue
            word = "peso"
        elif f["kind"] in ("count", "number") and not f["unit"] and not f["per"]:
            after = _SHARED_AFTER.match(text, f["end"], min(len(text), f["end"] + 12))
            noun = (f["quantity"] or "").lower()
            if after is not None and (not noun or _SHARED_WORD.get(noun)):
                if _NOT_CURRENCY_AFTER.match(text, after.end(), min(len(text), after.end() + 12)):
                    continue
                word, extend = _SHARED_WORD[after.group(1).lower()], after.end()
            elif noun in _SHARED_WORD:
                word = _SHARED_WORD[noun]
            else:
                continue
        else:
            continue
        sentence = text[f["sentence_start"] : f["sentence_end"]]
        code = _shared_country(word, sentence) or _shared_country(word, text, story=True)
        if not code:
            if not place_read:
                place, place_read = _dateline_place(text, dateline), True
            code = _shared_country(word, place) if place else ""
        if word == "peso":
            pesos = code if code != "MXN" else ""
        if not code or code == f["unit"]:
            continue
        update: dict[str, Any] = {}
        if extend:
            update = {"end": extend, "text": raw[f["start"] : extend]}
        base, base_unit = to_base(f["value"], code)
        f.update(kind="money", unit=code, quantity="", noun="", value_base=float(base),
                 base_unit=base_unit, dimension=dimension_of(code), **update)  # fmt: skip


# a price written with its cents and no unit: "409.00", "51.00-51.50", "88-1/4"
_BARE_PRICE = re.compile(r"\d+\.\d\d(?:\d\d)?|\d+-\d{1,2}/(?:2|4|8|16|32)")


def _carried_prices(text: str, found: list[dict[str, Any]]) -> None:
    """Wire market reports give a price's currency once and then quote bare figures with their
    cents ("opened at 409.00/50", "hogs 51.00-51.50", "gained 1-3/4 to 88-1/4"): a bare price
    takes the currency and ``per`` of the money figure before it in the text, within two
    sentences and within a hundredth to a hundred times its size (a change and a level: "up
    1.50 dlr ... 51.00-51.50"). The offer of a bid/offer quote follows its bid."""
    last = None
    for f in found:
        if f["kind"] == "money":
            last = f
            continue
        offer = last is not None and last["end"] < f["start"] and text[last["end"]] == "/"
        if (
            last is None
            or f["kind"] not in ("count", "number")
            or f["unit"]
            or f["quantity"]
            or not (offer or _BARE_PRICE.fullmatch(f["text"]))
            or f["sentence"] - last["sentence"] > 2
            or not 0.01 <= f["value"] / (last["value"] or 1e-9) <= 100
        ):
            continue
        base, base_unit = to_base(f["value"], last["unit"])
        f.update(kind="money", unit=last["unit"], per=last["per"], value_base=float(base),
                 base_unit=base_unit, dimension=dimension_of(last["unit"]))  # fmt: skip
        last = f


# a share price written in eighths after a verb of a price's move: "fell 1-3/8 to 41-5/8",
# "was off 1/4 at 22-5/8", "unchanged at 23-1/2" (the fractions of a dollar of the stock tables;
# not a bond's 32nds, "slipped 5/32 to 98-11/32", which are points of its face value)
_QUOTE_FRACTION = re.compile(r"(?:\d{1,4}[- ])?\d{1,2}/(?:2|4|8|16)")
_QUOTE_MOVE_BEFORE = re.compile(
    r"\b(?i:rose|fell|gained|lost|added|dropped|slipped|climbed|eased|jumped|declined|advanced|"
    r"firmed|slumped|tumbled|soared|plunged|surged|rallied|up|down|off|unchanged)"
    r"(?:[ \t]+(?:by|at))?[ \t]+$"
)
# a rate or an index, not a price: "fell to 5-1/2 to five pct", "up 1/2 point"
_QUOTE_NOT_PRICE = re.compile(
    r"(?:[ \t]+to[ \t]+[\w./-]+)?[ \t]*(?:(?i:pct|percent|per[ \t]+cent|points?)\b|%)"
)
_QUOTE_TO_BEFORE = re.compile(r"\b(?:to|at)[ \t]+$")
_QUOTE_WHOLE = re.compile(r"\d{1,4}")
_STOCK_WORD = re.compile(r"\b(?i:shares?|stocks?)\b")
# a share price's level said after a verb of trading with no move before it: "the stock was
# trading at 31-3/8", "opened at 17-1/2", "closed Friday at 44-1/4", "traded on the exchange
# at 6-7/8" (a stock word in the sentence or just before it; not "priced at 99-1/2", a new
# issue's price, nor "sold 1,000 at 12-1/2", a deal)
_QUOTE_LEVEL_BEFORE = re.compile(
    r"\b(?i:trading|traded|trades|opened|closed|ended|finished|stood|changing[ \t]+hands|"
    r"changed[ \t]+hands)(?:[ \t]+[\w.'-]+){0,6}?[ \t]+at[ \t]+$"
)
_STOCK_LEVEL_WORD = re.compile(r"\b(?i:shares?|stocks?|common)\b")


def _stock_quotes(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """A share price's move written in fractions with no currency ("Acme Corp fell 1-3/8 to
    41-5/8", "Acme was off 1/4 at 22-5/8") is money: the dollar of the story (the dateline's,
    as for a bare "dlrs", else US dollars). The change is read after a verb of a price's move,
    the level after "to"/"at" following such a change; a figure with a unit or a noun, or one
    written in decimals, is left alone (``_carried_prices`` reads those after a currency)."""
    if "/" not in text:
        return
    code = ""
    prev_quote = -2  # the index of the last quote read (none yet: no finding's predecessor)
    for i, f in enumerate(found):
        if f["kind"] not in ("count", "number", "fraction") or f["unit"] or f["quantity"]:
            continue
        if not _QUOTE_FRACTION.fullmatch(f["text"]):
            # a whole-dollar level after a move in fractions (round nineteen): "opened up
            # 3-3/4 at 61", "edged up 1-5/8 to 94"
            if not (
                prev_quote == i - 1
                and _QUOTE_WHOLE.fullmatch(f["text"])
                and found[i - 1]["sentence"] == f["sentence"]
                and _QUOTE_TO_BEFORE.search(text, found[i - 1]["end"], f["start"])
                and not text[found[i - 1]["end"] : f["start"]].strip(" \t\n").count(" ")
                and not _QUOTE_NOT_PRICE.match(text, f["end"])
                and f["value"] > found[i - 1]["value"]
            ):
                continue
            base, base_unit = to_base(f["value"], code)
            f.update(kind="money", unit=code, per="", value_base=float(base),
                     base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip
            continue
        before = text[max(0, f["start"] - 24) : f["start"]]
        move = _QUOTE_MOVE_BEFORE.search(before)
        before_level = text[max(f["sentence_start"], f["start"] - 80) : f["start"]]
        level = (
            prev_quote == i - 1
            and _QUOTE_TO_BEFORE.search(before) is not None
            and found[i - 1]["sentence"] == f["sentence"]
        )
        said_level = (
            move is None
            and not level
            and _QUOTE_LEVEL_BEFORE.search(before_level) is not None
            and _STOCK_LEVEL_WORD.search(text, max(0, f["sentence_start"] - 160), f["sentence_end"])
            is not None
        )
        if (move is None and not level and not said_level) or _QUOTE_NOT_PRICE.match(
            text, f["end"]
        ):
            continue
        if move is not None and not level:  # a move: its level follows, or the sentence says so
            nxt = found[i + 1] if i + 1 < len(found) else None
            then_level = (
                nxt is not None
                and nxt["sentence"] == f["sentence"]
                and _QUOTE_FRACTION.fullmatch(nxt["text"]) is not None
                and _QUOTE_TO_BEFORE.search(text[f["end"] : nxt["start"]]) is not None
            )
            # "was trading at 31-3/8, up 1-1/8": a move after a level read (round twenty-two)
            after_level = prev_quote == i - 1 and found[i - 1]["sentence"] == f["sentence"]
            # the stock named in the sentence or the one before it ("Acme's stock was trading
            # at 76-1/8. It was down three points before closing down 7/8."; round twenty-four)
            if (
                not then_level
                and not after_level
                and not _STOCK_WORD.search(
                    text, max(0, f["sentence_start"] - 160), f["sentence_end"]
                )
            ):
                continue
        code = code or _story_dollar(text, dateline)
        _as_price(f, code)
        prev_quote = i


def _story_dollar(text: str, dateline: str) -> str:
    """The currency of a story's bare share prices: its dateline's currency unless the story
    names US dollars, else USD."""
    flat = re.sub(r"\s", " ", text)
    home = dateline_currency(flat, dateline)
    return home if home and not _US_DOLLARS.search(flat) else "USD"


def _as_price(f: dict[str, Any], code: str) -> None:
    """A figure made a share's price in ``code``."""
    base, base_unit = to_base(f["value"], code)
    f.update(kind="money", unit=code, per="", value_base=float(base), base_unit=base_unit,
             dimension=dimension_of(code))  # fmt: skip


# round twenty-four: a share's low or high said with no currency, "Acme stock hit a low of 11"
_LOW_HIGH_OF_BEFORE = re.compile(
    r"\b(?i:a|an|its|the|their)[ \t]+(?:(?i:new|record|session|day's|year's|52-week|all-time)"
    r"[ \t]+)?(?i:low|high)[ \t]+of[ \t]+$"
)
_ONE_STOCK_BEFORE = re.compile(r"\b(?i:stock|shares|share[ \t]+price)\b")
_MARKET_WORDS = re.compile(r"\b(?i:index|indices|average|points?|pct|percent|yield|rate)\b")


def _stock_low_high(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """A bare figure after "a low of"/"a high of" in a sentence naming a company's stock before
    it is the share's price, money in the story's dollar (as ``_stock_quotes`` reads a move):
    "Acme shares touched a low of 7 before closing at 12-3/8". Not an index's or a rate's low
    ("the index hit a low of 1,200", "a yield high of 9")."""
    if " low of" not in text and " high of" not in text:
        return  # as written in a story ("a low of", "a 52-week high of")
    code = ""
    for f in found:
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        if not _LOW_HIGH_OF_BEFORE.search(text, max(0, f["start"] - 40), f["start"]):
            continue
        lead = text[f["sentence_start"] : f["start"]]
        if not _ONE_STOCK_BEFORE.search(lead) or _MARKET_WORDS.search(
            text, f["sentence_start"], f["sentence_end"]
        ):
            continue
        code = code or _story_dollar(text, dateline)  # once per story, as in _stock_quotes
        _as_price(f, code)


# what joins a figure to one it is set beside: "8,000 tonnes in the first week and 13,000 in
# the second", "700,000 tonnes, down from 758,770"
_PARALLEL_GAP = re.compile(r"(?i:\b(?:and|from|against|versus|vs|compared[ \t]+with|while)\b)")
# a sum in a minor unit, whose bare neighbours are in it too ("9 cents ... three")
_MINOR_SPAN = re.compile(r"(?i:\b(?:cents?|cts?|pence|p)\b)|\dp\b")
_FX_NAME = re.compile(r"\b" + _FX_NAMES + r"\b|[$£€¥]")
# a move before the level it reached: "rose six to 4.30", "up 15 at 2.85"
_MOVE_TO_LEVEL = re.compile(r"[ \t\n]+(?:each[ \t\n]+)?(?:to|at)[ \t\n]+\d")
# a market report's labels of the day's prices: "having touched a high of 2,335 and a low of
# 2,290"
_QUOTE_LABEL = re.compile(r"\b(?i:opening|open|low|high|close|closing|settlement)\b")
# what may follow the bare figure: a time or place it is set in, or nothing
_PARALLEL_AFTER = _words(
    "in on at for during last this next the a an by from to against vs previously earlier "
    "respectively each and"
)
# a part of the figure just before it: "350,000 tonnes, of which 90,000 are", "12 mln bags,
# including 4.0 mln sold"
_PART_OF_GAP = re.compile(
    r"[ \t\n]*,?[ \t\n]+(?:of[ \t\n]+which|including|among[ \t\n]+them)[ \t\n]+"
    r"(?:(?:about|around|nearly|almost|some|over|more[ \t\n]+than|up[ \t\n]+to|only|just)"
    r"[ \t\n]+)?"
)
# a plural said just before a link that takes a bare count as its part or its number: "Taco
# Bell restaurants, operating 143 in Texas", "its 12 mln bags, including 4.0 mln" (round
# sixteen: the noun said before the figure and elided after it); "taxi firms, of which there
# are now 310", "the dorms - of which there are 12" (round twenty). Not "with": "popular with
# gamers, with 50,000 sold" counts what was sold
_NOUN_BEFORE_LINK = re.compile(
    r"\b([a-z]{3,}s)(?:,|[ \t\n]+[-–—])?[ \t\n]+(?:operating|owning|running|managing|employing|"
    r"including|of[ \t\n]+which(?:[ \t\n]+there[ \t\n]+(?:are|were)"
    r"(?:[ \t\n]+(?:now|currently|already|still|only))?)?|numbering|totall?ing)[ \t\n]+"
    r"(?:(?:about|around|nearly|almost|some|over|more[ \t\n]+than|up[ \t\n]+to|only|just|"
    r"both)[ \t\n]+)?$"
)
# plurals a bare figure after a link is no count of: levels and money ("sales, including 12",
# "issues in dlrs totalling 6.5 billion") and measures
_NOT_LINKED = re.compile(
    rf"(?i:{'|'.join(sorted(_NOT_COUNTED))}|{_FX_NAMES}|cents|cts|pence|tonnes|tons|barrels|"
    r"bushels|ounces|gallons|litres|acres|hectares|miles|kilometres|metres|feet|points)"
)
# what a measure's figure may pass over to the bare one set beside it
_PASSED_KINDS = frozenset(("ordinal", "duration", "name", "percent"))


def _parallel_measure(text: str, found: list[dict[str, Any]], i: int) -> dict[str, Any] | None:
    """The measure a bare figure is set beside in its sentence, whose unit it leaves out:
    "purchases of 8,000 tonnes in the first week and 13,000 in the second", "a target of
    700,000 tonnes, down from imports of 758,770 last year". Only with no noun after the bare
    figure, a word that sets the two side by side between them, and the same order of size
    (a tenth to ten times): "5,000 tonnes and 20 crew" keeps its crew. A part of the measure
    just before it ("arrivals total 350,000 tonnes, of which 90,000 are cereals") is in its
    unit whatever verb follows (round sixteen)."""
    f = found[i]
    if f.get("_decimals") and not _SCALED_SPAN.search(f["text"]):
        return None
    if (
        i
        and found[i - 1]["kind"] == "measure"
        and found[i - 1]["unit"]
        and found[i - 1]["value"]
        and f["value"] < found[i - 1]["value"]
        and _PART_OF_GAP.fullmatch(text, found[i - 1]["end"], f["start"])
    ):
        return found[i - 1]
    nxt = _NEXT_WORD.match(text, f["end"], min(len(text), f["end"] + 30))
    if nxt is not None and nxt.group(1).lower() not in _PARALLEL_AFTER:
        return None  # a word that may be its noun or its verb ("and 12 are dead")
    if nxt is None and not re.match(r"[ \t]*(?:[.,;:]|$)", text[f["end"] : f["end"] + 4]):
        return None  # "and 3 ) predicts": a list marker
    for g in reversed(found[:i]):
        if f["start"] - g["end"] > 150 or not _one_sentence(text, g["end"], f["start"]):
            return None
        if g["kind"] in _PASSED_KINDS:
            continue
        if g["kind"] not in ("measure", "money") or not g["unit"] or not g["value"]:
            return None
        if not 0.1 <= f["value"] / g["value"] <= 10:
            return None
        if g["kind"] == "money":
            # a sum set beside a sum (round nineteen): "45 billion francs ... and pension funds
            # another 15 billion", a market's "2,310 francs a tonne, having touched a high of
            # 2,335"; both scaled or neither ("25 dlrs a share and 3 mln" is no price); not
            # from cents ("gained 9 cents ... and Harbour three": three cents), across another
            # currency's name, nor a move before its level ("rose six to 4.30": cents)
            if (
                bool(_SCALED_SPAN.search(f["text"])) != bool(_SCALED_SPAN.search(g["text"]))
                or f["kind"] != "count"
                or "/" in f["text"]
                or not math.isnan(f["value_high"])
                or re.fullmatch(r"\d{4}", f["text"])  # a model's number or a year, no price
                or _MINOR_SPAN.search(g["text"])
                or _FX_NAME.search(text, g["end"], f["start"])
                or _MOVE_TO_LEVEL.match(text, f["end"], min(len(text), f["end"] + 16))
            ):
                return None
            gap = _PARALLEL_GAP.search(text, g["end"], f["start"]) or _QUOTE_LABEL.search(
                text, g["end"], f["start"]
            )
            return g if gap else None
        return g if _PARALLEL_GAP.search(text, g["end"], f["start"]) else None
    return None


def _share_in_sentence(text: str, found: list[dict[str, Any]]) -> None:
    """What a bare figure shares with the figures of its sentence, read after the scan.

    - A list that writes its unit once: "5, 6 and 7 pct", "10-1/16 9-15/16 pct": each bare
      member takes the unit (not a scaled money figure's: "5, 6 and 7 mln dlrs" would need the
      scale too, and is left alone).
    - A count whose noun is left out takes it from the sentence: the noun of a count before it
      ("Of the 40 passengers, 22 were Cuban"; "four people on board; one died"), "the number
      of X" ("the number of participants rose to 13"), or the plural a change is about ("the
      authorized shares to 20 mln from eight mln"). Not "the top 10" or "the last 16".
    """
    for i in range(len(found) - 2, -1, -1):
        f, g = found[i], found[i + 1]
        if (
            f["kind"] in ("count", "number")
            and not f["unit"]
            and not f["quantity"]
            # (the kind first: cheaper than the two patterns, the same conjunction)
            and g["kind"] in ("percent", "measure", "money", "duration")
            and not _SCALED_SPAN.search(f["text"])
            and _one_sentence(text, f["end"], g["start"])
            and not (g["kind"] == "money" and _SCALED_SPAN.search(g["text"]))
            and not (f["text"][:1].isalpha() and g["text"][:1].isdigit())
            and _LIST_GAP.fullmatch(text, f["end"], g["start"])
            # side by side with no comma or "and": only a wire quote, "10-1/16 9-15/16 pct"
            and (text[f["end"] : g["start"]].strip() or ("/" in f["text"] and "/" in g["text"]))
        ):
            base, base_unit = to_base(f["value"], g["unit"])
            f.update(
                unit=g["unit"], kind=g["kind"], per=g["per"], value_base=float(base),
                base_unit=base_unit, dimension=g["dimension"],
            )  # fmt: skip
    for f, g in pairwise(found):
        whole = _MIXED.match(f["text"]) if "/" in f["text"] else None  # (it needs a "/")
        if (
            whole
            and _BARE_FRACTION.fullmatch(g["text"])
            and not text[f["end"] : g["start"]].strip()
        ):
            # a wire bid/offer quote, "9-7/8 3/4 pct": the offer repeats the bid's whole part
            g["value"] += float(whole.group(1))
            if g["unit"]:
                g["value_base"] = float(to_base(g["value"], g["unit"])[0])
    for i, f in enumerate(found):
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        measure = _parallel_measure(text, found, i)
        if measure is not None:
            base, base_unit = to_base(f["value"], measure["unit"])
            f.update(
                unit=measure["unit"], kind=measure["kind"], per=measure["per"],
                value_base=float(base), base_unit=base_unit, dimension=measure["dimension"],
            )  # fmt: skip
            continue
        if _prev_word(text, f["start"]).lower() in _NO_NOUN_BEFORE:
            continue
        if f.get("_decimals") and not _SCALED_SPAN.search(f["text"]):
            continue  # "the index dropped to 55.0": a level written with decimals, no count
        if _OF_MODEL.match(text, f["end"], min(len(text), f["end"] + 40)):
            continue  # "all 11 of its 747-SRs": the only noun is a model designation (decision 7)
        nxt = _NEXT_WORD.match(text, f["end"], min(len(text), f["end"] + 30))
        after = nxt.group(1) if nxt else ""
        if (
            after
            and after[0].islower()
            and not (
                after in STOP
                or after in COMMON_VERBS
                or after in _ELLIPSIS_AFTER
                or _verbish(after)
            )
        ):
            continue  # "ten buffalo", "17 out of 18 districts": the noun is there, unread
        noun = ""
        for g in reversed(found[:i]):
            if f["start"] - g["end"] > 200 or not _one_sentence(text, g["end"], f["start"]):
                break
            if g["kind"] in ("count", "number") and g["quantity"]:
                if g["noun"] not in _CHANGE_NOUNS:  # "rose 45 points to 4,820": a level
                    noun = g["quantity"]
                break
        if not noun:
            before = text[_clause_start(text, f["start"], 120) : f["start"]]
            counted = None
            if "of" in before:
                for m in _NUMBER_OF.finditer(before):
                    counted = m
            subjects = (
                [
                    m.group(1)
                    for m in _SUBJECT_TO.finditer(before)
                    if m.group(1).lower() not in _NOT_COUNTED
                ]
                if before.rstrip().endswith((" to", " from"))
                else []
            )
            after_of = _NUMBER_OF_AFTER.match(text, f["end"], min(len(text), f["end"] + 90))
            if counted is not None:
                noun = counted.group(1)
            elif after_of is not None:  # "cut to 3,000 from 4,000 the number of units"
                noun = after_of.group(1)  # (before a subject: "lifts to 14 the number of X")
            elif subjects:
                noun = subjects[-1]
            elif (
                link := _NOUN_BEFORE_LINK.search(text, max(0, f["start"] - 60), f["start"])
            ) is not None and not _NOT_LINKED.fullmatch(link.group(1)):
                noun = link.group(1)  # "Taco Bell restaurants, operating 143 in Texas"
            if noun and (_verbish(noun) or not _is_plural(noun)):
                noun = ""
        if noun:
            f["quantity"], f["noun"] = noun, singular(noun)


# an amount's label before "of": "operating income of 7,420,000 and net income of 2,310,000 dlrs"
_MONEY_LABEL_OF = re.compile(
    r"\b(?i:income|profits?|revenues?|sales|loss(?:es)?|earnings|turnover|debts?|assets|"
    r"deposits|loans|proceeds)[ \t]+of[ \t]+$"
)
_LABELLED_AND = re.compile(r"[ \t]+and[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z]+[ \t]+of[ \t]+")


def _labelled_amounts(text: str, found: list[dict[str, Any]]) -> None:
    """Two amounts of one statement written in parallel give each other the currency: a bare
    figure labelled as an amount ("operating income of 7,420,000") joined by "and" to another
    labelled amount with its currency ("and net income of 2,310,000 dlrs") is in that currency
    (either order). Only a figure of four digits or more with no noun, in one sentence."""
    for i, f in enumerate(found):
        if f["kind"] != "count" or f["unit"] or f["quantity"] or f["value"] < 1000:
            continue
        if not _MONEY_LABEL_OF.search(text, max(0, f["start"] - 40), f["start"]):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(found):
                continue
            g = found[j]
            a, b = (f, g) if j > i else (g, f)
            if (
                g["kind"] == "money"
                and not g["per"]
                and _LABELLED_AND.fullmatch(text, a["end"], b["start"])
                and _MONEY_LABEL_OF.search(text, max(0, g["start"] - 40), g["start"])
            ):
                base, base_unit = to_base(f["value"], g["unit"])
                f.update(kind="money", unit=g["unit"], value_base=float(base),
                         base_unit=base_unit, dimension=g["dimension"])  # fmt: skip
                break


# the country a story's bare "francs" belong to, by the words that name it
_FRANC_COUNTRIES = (
    ("FRF", re.compile(r"\b(?:France|French|Paris|Bourse|Banque[ \t]+de[ \t]+France)\b")),
    ("BEF", re.compile(r"\b(?:Belgium|Belgian|Brussels)\b")),
    ("LUF", re.compile(r"\bLuxembourg\b")),
    ("CHF", re.compile(r"\b(?:Switzerland|Swiss|Zurich|Geneva|Basle|Basel|Berne|Bern)\b")),
)


def _franc_country(text: str) -> str:
    """The one franc country ``text`` names, or "" for none or more than one."""
    named = [code for code, words in _FRANC_COUNTRIES if words.search(text)]
    return named[0] if len(named) == 1 else ""


def _dateline_place(text: str, dateline: str = "") -> str:
    """The place a story's dateline names ("Paris" for "PARIS, March 20"), title-cased, or ""."""
    if dateline:
        field = " ".join(w[:1].upper() + w[1:].lower() for w in dateline.split(" "))
        m = _DATELINE_FIELD.match(field)
    else:
        m = _DATELINE_IN_TEXT.match(text)
    return " ".join(w[:1].upper() + w[1:].lower() for w in m.group(1).split()) if m else ""


def _francs(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """Bare "francs" are the francs of the country the sentence names, or else the story
    ("raise 40 billion francs from its privatisation program, Prime Minister Chirac said":
    French francs; Belgian with Brussels), or else the dateline's city (round nineteen: a
    Paris market report's "2,310 francs a tonne" names no country in its text), and Swiss
    francs where none or several are named. The figures that took their currency from them
    in the sentence follow."""
    if "ranc" not in text:
        return
    story = ""
    for f in found:
        if f["unit"] != "CHF" or re.search(r"(?i:swiss|sfr)", f["text"]):
            continue
        sentence = text[f["sentence_start"] : f["sentence_end"]]
        if not re.search(r"(?i:\bfrancs?\b)", sentence) or re.search(
            r"(?i:swiss[ \t]+francs?)", sentence
        ):
            continue
        code = _franc_country(sentence)
        if not code:
            story = (
                story
                or _franc_country(text)
                or _franc_country(_dateline_place(text, dateline))
                or "CHF"
            )
            code = story
        if code != "CHF":
            f.update(unit=code, base_unit=code)


_WON_AFTER = re.compile(r"[ \t]+won\b(?:[ \t]+([a-z]+))?")
#: words after "won" that make it the verb ("won by 5 points", "won the vote", "won seats")
_WON_VERB_NEXT = frozenset(
    {"by", "over", "against", "the", "a", "an", "their", "its", "his", "her"}
)
_KOREA = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|Busan|Kospi|KOSPI|Samsung|Hyundai|Kia)\b")
_SCALE_WORDS = ("million", "billion", "trillion", "mln", "bln")


def _won(text: str, found: list[dict[str, Any]], raw: str = "") -> None:
    """A bare "won" after a figure is Korea's currency when a scale word says it is a sum ("2
    trillion won") or the text is about Korea ("tickets cost 3,000 won in Seoul"); "12 won
    seats" (its counted noun after the verb) and "won by 5 points" stay what they are."""
    if "won" not in text:
        return
    korea: bool | None = None
    for f in found:
        if f["kind"] not in ("count", "number") or f["unit"]:
            continue
        after = _WON_AFTER.match(text, f["end"], min(len(text), f["end"] + 24))
        if after is None:
            continue
        following = after.group(1) or ""
        if following in _WON_VERB_NEXT or (following and following == f["quantity"].lower()):
            continue
        if not f["text"].lower().endswith(_SCALE_WORDS):
            if korea is None:
                korea = bool(_KOREA.search(text))
            if not korea:
                continue
        end = f["end"] + after.group().index("won") + 3
        base, base_unit = to_base(f["value"], "KRW")
        f.update(end=end, text=(raw or text)[f["start"] : end], kind="money", unit="KRW",
                 quantity="", noun="", value_base=float(base), base_unit=base_unit,
                 dimension="money")  # fmt: skip


_TO_LEVEL = re.compile(r"[ \t]+(?:at|to)[ \t]+(?:about[ \t]+|around[ \t]+)?")


def _change_to_level(text: str, found: list[dict[str, Any]]) -> None:
    """A change in a price is in the price's unit: "down about 50 sterling at 1,265 sterling a
    tonne", "up 2.50 dlrs to 410.00 dlrs an ounce" - the change is per tonne, per ounce too."""
    for f, g in pairwise(found):
        if (
            f["kind"] in ("money", "measure")
            and not f["per"]
            and g["per"]
            and g["unit"] == f["unit"]
            and _TO_LEVEL.fullmatch(text, f["end"], g["start"])
            and _CHANGE_BEFORE.search(text, max(0, f["start"] - 40), f["start"])
        ):
            f["per"] = g["per"]


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


# round twenty-four: the shares a wire sentence names before a bare scaled count ("read average
# shares as 18.3 mln", "no shares bought unless the tenders came to at least 2.4 mln"), and a count
# of a company's common ("an offering of three mln Acme Group common")
_SCALE_WORD_IN = re.compile(r"(?i:\b(?:mln|million|billion|bln)\b)")
_SHARES_BEFORE_GAP = re.compile(r"\b(?i:shares|shrs)\b(?P<gap>[^.;:!?()]{0,70})$")
_MONEY_IN_GAP = re.compile(
    r"\b(?i:income|profits?|loss(?:es)?|sales|revenues?|net|earnings|dividends?|value|costs?|"
    r"prices?|worth|capital|assets|debts?|dlrs|dollars|proceeds|stake|volume|each|per)\b"
)
_COMMON_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w&.'’-]*[ \t]+){1,3}common\b(?![ \t]+(?:stock|shares?|market|law|sense))"
)


def _shares_said_before(text: str, found: list[dict[str, Any]]) -> None:
    """A bare scaled count with no noun, after a sentence has named shares and no figure or
    money word since, counts shares (decision 7 with the noun said before the figure, in wire
    copy); a scaled count before a company's name and "common" counts its common shares. Not
    "shares ... net income of 1.1 mln" (money), nor "shares rose on volume of 1.1 mln"."""
    for i, f in enumerate(found):
        if (
            f["kind"] != "count"
            or f["unit"]
            or not _SCALE_WORD_IN.search(f["text"])
            or (f["quantity"] and not _COMMON_AFTER.match(text, f["end"]))
        ):
            continue
        if _COMMON_AFTER.match(text, f["end"]):
            f["quantity"], f["noun"] = "shares", "share"
            continue
        m = _SHARES_BEFORE_GAP.search(text, max(f["sentence_start"], f["start"] - 90), f["start"])
        if m is None or _MONEY_IN_GAP.search(m.group("gap")):
            continue
        if any(g["start"] >= m.start() for g in found[:i]):
            continue  # another figure between the shares and this one
        f["quantity"], f["noun"] = "shares", "share"


# the lead's decision 2 on fresh21: an exchange offer's shares are a rate of one holding for
# another ("to exchange 1.2 new shares for each share", "converted into one share of Acme")
_EXCHANGE_WORD = re.compile(
    r"(?<![Ss]tock )\b(?:exchang(?:e|ed|es|ing)|conver(?:sion|ted|ts?)|swap(?:ped|s)?)\b"
)  # lower case: the Securities and Exchange Commission, a stock exchange, are no offer
#: the basis of an exchange ("one share for two Acme shares", "for each 5.4 shares"), unless
#: a passive says what the holding becomes ("to be exchanged for one share of Acme")
_EXCHANGED_KINDS = frozenset(("money", "count", "number"))
_BASIS_BEFORE = re.compile(r"\bfor[ \t\n]+(?:(?:each|every)[ \t\n]+)?$")
_TARGET_FOR_BEFORE = re.compile(r"\b(?:exchanged|converted|swapped)[ \t\n]+for[ \t\n]+$")
_EACH_SHARE_BEFORE = re.compile(r"\b(?i:each|every)[ \t\n]+(?:[a-z]+[ \t\n]+)?(?i:shares?)\b")
_RATIO_FOR_AFTER = re.compile(
    r"(?:[ \t\n]+[A-Za-z][\w-]*){0,3}[ \t\n]+for[ \t\n]+(?:(?:each|every)[ \t\n]+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)"
)
_SHARES_OR_STOCK = re.compile(r"\b(?i:shares?|stock|common)\b")
_FOR_EACH_SOON = re.compile(r"[^.;]*?\bfor[ \t\n]+(?:each|every)\b")
_ALTERNATIVE_GAP = re.compile(
    r"[ \t\n]+(?:or|to)[ \t\n]+(?:(?:more|less|fewer)[ \t\n]+than[ \t\n]+)?"
)


def _exchange_offer(text: str, found: list[dict[str, Any]]) -> None:
    """An exchange or conversion's shares carry ``per`` share (the lead's decision 2 on
    fresh21): a count of shares of rate size (at most 20) said after "exchange"/"converted"/
    "conversion" in its sentence ("exchange 1.5 new shares for each", "one share of Acme being
    converted into one share of Beta": the second), a bare figure given as the other end of
    such a count ("not less than 1.5 or more than 2 shares"), and a price per share said after
    "each share ... exchanged for" ("each share of Acme to be exchanged for 40 dlrs"). Not a
    total ("convertible into 175,000 shares"), nor "two shares for one unit" (a ratio)."""
    if "xchang" not in text and "onver" not in text and "wap" not in text:
        return
    for i, f in enumerate(found):
        if f["per"] or f["value"] <= 0 or f["kind"] not in _EXCHANGED_KINDS:
            continue
        if f["kind"] != "money" and (
            f["value"] > 20
            or (
                f["noun"] != "share"
                and (f["quantity"] or i + 1 == len(found) or found[i + 1]["noun"] != "share")
            )
        ):
            continue  # no count of shares of rate size, said or beside one
        window = text[max(0, f["start"] - 200) : f["start"]]
        if f["kind"] == "money" and "ach " not in window:
            continue
        if "xchang" not in window and "onver" not in window and "wap" not in window:
            continue
        a = _clause_start(text, f["start"], 200)
        lead = text[a : f["start"]]
        if "xchang" not in lead and "onver" not in lead and "wap" not in lead:
            continue
        if _BASIS_BEFORE.search(lead, max(0, len(lead) - 16)) and not _TARGET_FOR_BEFORE.search(
            lead, max(0, len(lead) - 30)
        ):
            continue  # "one share for each two Acme shares": the two are what is given up
        said = [m.end() for m in _EXCHANGE_WORD.finditer(lead)]
        if not said:
            continue
        if f["kind"] == "money":
            each = _EACH_SHARE_BEFORE.search(lead)
            if (
                each is not None
                and each.end() <= said[-1]
                and not _SCALED_SPAN.search(f["text"])
                and not any(a + each.start() <= g["start"] < f["start"] for g in found[:i])
            ):
                f["per"] = "share"
            continue
        if f["kind"] not in ("count", "number") or f["value"] > 20:
            continue
        noun = singular((f["quantity"] or "").lower())
        if not noun and i + 1 < len(found):
            g = found[i + 1]
            gap = text[f["end"] : g["start"]]
            if (
                singular((g["quantity"] or "").lower()) == "share"
                and g["value"] <= 20
                and _ALTERNATIVE_GAP.fullmatch(gap)
            ):
                f["quantity"], f["noun"] = g["quantity"], "share"
                noun = "share"
        if noun != "share" or _RATIO_FOR_AFTER.match(text, f["end"], min(len(text), f["end"] + 60)):
            continue
        if not _SHARES_OR_STOCK.search(lead) and not _FOR_EACH_SOON.match(
            text, f["end"], min(len(text), f["end"] + 60)
        ):
            continue  # "convert the notes into three shares": per note, not said as a share
        if any(a + said[-1] <= g["start"] < f["start"] and g["value"] > 20 for g in found[:i]):
            continue  # a total between the exchange word and this figure
        f["per"] = "share"


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


#: a tenor in prose: "3M and 6M rates", "the 1M deposit" (months, as "three-month rates");
#: the company 3M ("3M shares", "3M Co") has no rate word after it
_TENOR_M = re.compile(r"(\d{1,2})M")
_TENOR_AFTER = re.compile(
    r"(?:[ \t\n]*(?:,|/|and|or|to)[ \t\n]*\d{1,2}[DWMY])*[ \t\n]+(?:(?:euro|eurodollar|"
    r"dollar|sterling|yen|mark|interbank)[ \t\n]+)?(?i:rates?|deposits?|libor|pibor|fibor|"
    r"hibor|money|paper|bills?|forwards?|swaps?|yields?|cds?|tenors?|funds)\b"
)


def _tenors(text: str, found: list[dict[str, Any]]) -> None:
    """A number glued to "M" before a rate word is a tenor in months, not millions: "3M and
    6M rates" (round twenty-two; the lead's decision 2 reads tenors that head a table's columns
    as no items, this is prose)."""
    for f in found:
        m = _TENOR_M.fullmatch(f["text"])
        if m is None or f["unit"] or not _TENOR_AFTER.match(text, f["end"]):
            continue
        f["value"] = float(m.group(1))
        f["unit"], f["kind"] = "month", "duration"
        f["value_base"], f["base_unit"] = to_base(f["value"], "month")
        f["dimension"] = dimension_of("month")
        f["quantity"] = f["noun"] = ""


#: a wire dividend line that names its period: "Qtly div 23.7 cts vs 21.9 cts prior qtr"
_WIRE_DIVIDEND_LINE = re.compile(
    r"^[ \t]*(?i:(qtly|quarterly)|(monthly|mthly)|(annual|anl|yearly))[ \t]+"
    r"(?i:(?:cash[ \t]+)?(?:div|divs|dividend|dist|distribution|payout))\b[^\n]*",
    re.MULTILINE,
)


def _wire_dividend_rate(raw: str, found: list[dict[str, Any]]) -> None:
    """Money on a wire dividend line that opens with its period ("Qtly div 23.7 cts vs 21.9 cts
    prior", "Monthly div 9 cts") is paid per that period, as "a quarterly dividend of 10
    cts" already reads (the rate adjective on the noun the figure measures; round twenty-two).
    A stated denominator ("10 cts a share") wins."""
    if "div" not in raw and "Div" not in raw and "DIV" not in raw:
        return
    for line in _WIRE_DIVIDEND_LINE.finditer(raw):
        per = "quarter" if line.group(1) else "month" if line.group(2) else "year"
        for f in found:
            inside = line.start() <= f["start"] and f["end"] <= line.end()
            if inside and f["kind"] == "money" and not f["per"]:
                f["per"] = per


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
_COUNT_KINDS = frozenset(("count", "number"))
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


#: between two vague amounts that share what the second names: "hundreds or even millions of
#: pounds", "thousands, sometimes millions of dollars", "tens to hundreds of millions of euros"
_VAGUE_PAIR_GAP = re.compile(
    r"[ \t\n]*(?:,[ \t\n]*|[ \t\n]+(?:or|to|and)[ \t\n]+|,[ \t\n]*(?:or|and)[ \t\n]+)"
    r"(?:(?:even|sometimes|possibly|perhaps|maybe|potentially|occasionally|at[ \t\n]+times)"
    r"[ \t\n]+)?"
)


def _vague_pair_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A vague count with nothing of its own before a vague money figure it is set beside
    takes its currency: "hundreds or even millions of pounds" (two vague ranges in pounds, the
    lead's decision on the twenty-second sample's readings)."""
    for f, g in pairwise(found):
        if (
            f["kind"] in _COUNT_KINDS
            and f["modifier"] == "vague"
            and not f["unit"]
            and not f["quantity"]
            and g["kind"] == "money"
            and g["modifier"] == "vague"
            and g["unit"]
            and _VAGUE_PAIR_GAP.fullmatch(text, f["end"], g["start"])
        ):
            f["kind"], f["unit"], f["per"] = "money", g["unit"], g["per"]
            f["value_base"], f["base_unit"] = to_base(f["value"], g["unit"])
            f["dimension"] = dimension_of(g["unit"])


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


_NIL_VS_AFTER = re.compile(r"[ \t]*(?:vs|VS|versus)\b[ \t]+(?:[A-Za-z]+[ \t]+){0,2}")
_VS_NIL_BEFORE = re.compile(r"[ \t]+(?:[A-Za-z]+[ \t]+){0,2}(?:vs|VS|versus)[ \t]+")


def _wire_nil_partner(text: str, found: list[dict[str, Any]], nil_at: frozenset[int]) -> None:
    """A "nil" read as "0" takes the reading of the figure on the other side of its "vs"
    ("Tax nil vs 4.5 mln rand": rand; "sold 79 vans versus nil": vans); with none (both sides
    nil) it keeps what its line gave it ("Shr nil vs nil": per share), a name read as a count."""
    for i, f in enumerate(found):
        if f["start"] not in nil_at:
            continue
        partner = None
        if _NIL_VS_AFTER.match(text, f["end"]):
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is not None and _NIL_VS_AFTER.fullmatch(text, f["end"], nxt["start"]):
                partner = nxt
        elif i > 0:
            prev = found[i - 1]
            partner = prev if _VS_NIL_BEFORE.fullmatch(text, prev["end"], f["start"]) else None
        if partner is not None and partner["start"] not in nil_at:
            for key in ("unit", "per", "quantity", "noun", "kind", "base_unit", "dimension"):
                f[key] = partner[key]
            f["value_base"] = 0.0 if partner["base_unit"] else float("nan")
        elif f["kind"] == "name":
            f["kind"] = "count"


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
