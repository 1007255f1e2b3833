"""Post-passes for wire copy: earnings tables, stock quotes, prices carried along a sentence.

Why after the scan: a table row's label, a quote's "up 1/4 at 32-1/2" or a price said once for
a sentence's shares set the unit or noun of figures the scanner read alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from newslens_numbers.common import (
    _CHANGE_NOUNS,
    _COUNT_KINDS,
    _FX_NAMES,
    _NEXT_WORD,
    _ROW_LABEL,
    _SCALED_SPAN,
    _clause_start,
    _one_sentence,
    pronoun_group_after,
)
from newslens_numbers.currency import _story_dollar
from newslens_numbers.patterns import _CHANGE_BEFORE, COMMON_VERBS, STOP, _words
from newslens_numbers.units import dimension_of, to_base
from newslens_numbers.words import _is_plural, _prev_word, _verbish, singular

_LIST_GAP = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:(?:and|or)[ \t\n]+)?|(?:and|or)[ \t\n]+)?")
# "the number of participants (rose) to 13", "the total of 40 ships"
# "the number of idle drilling crews fell by 7", "the number of students out of class rose 14,500":
# the head after up to two modifiers (round fifteen; was one), a plural in -s or an irregular one
_NUMBER_OF = re.compile(
    r"\b(?i:number|total)[ \t]+of[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?"
    r"([a-z]{3,}s|people|men|women|children)\b"
)
# the noun said after the figures: "cut to 3,000 from 4,000 the number of units it makes",
# "raised to 40 the total of seats" (a compared figure between, then "the number of X"); up to
# two modifiers since round twenty ("lifts to nine the number of West Coast stations"), and
# two joined by "and"/"or" since round sixty-nine ("which brings to 12 the total of nonstop
# and connecting routes": the modifiers share the plural)
_NUMBER_OF_AFTER = re.compile(
    r"(?:[ \t]+(?:from|to)[ \t]+\d+(?:[,.]\d+)*(?:[ \t]+(?i:mln|million|billion|bn|thousand))?)?"
    r"[ \t]+the[ \t]+(?i:number|total)[ \t]+of[ \t]+"
    r"(?:[A-Za-z-]+[ \t]+(?:(?:and|or)[ \t]+(?=[a-z-]+[ \t]+[a-z]{3,}s\b))?){0,3}?([a-z]{3,}s)\b"
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


# what may stand on a row between its label and a later figure: figures and "vs", "loss"
_ROW_BETWEEN = re.compile(
    r"(?:[\d.,/ \t-]|(?i:vs|mln|bln|billion|dlrs?|cts?|cents?|loss|profit|prior|qtr|shr)\b\.?"
    # a currency's country before its cents: "Shr 53 U.S. Cents vs 41" (round seventy-nine)
    r"|[A-Z]\.[A-Z]\.(?=[ \t]+(?i:cents?|dlrs?|dollars?)\b)"
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
    first: "Shr profit 9 cts vs loss three cts" is per share twice, "Net loss 2,317,000 vs
    profit 846,000" dollars twice (the scan reads the first figure after the label).

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


# a price written with its cents and no unit: "409.00", "51.00-51.50", "88-1/4"
_BARE_PRICE = re.compile(r"\d+\.\d\d(?:\d\d)?|\d+-\d{1,2}/(?:2|4|8|16|32)")


#: a whole number as a price level is written ("8,900", "460")
_WHOLE_LEVEL = re.compile(r"\d{1,3}(?:,\d{3})+|\d{2,4}")
#: the words between a price's move and its level
_TO_AT_GAP = re.compile(r"[ \t]+(?:to|at)[ \t]+")


def _whole_level(text: str, move: dict[str, Any], f: dict[str, Any]) -> bool:
    """Whether ``f`` is a share's level quoted whole right after a move in money said after a
    verb of a price's move ("gained 75 francs to 8,900", "dropped 30 Swiss francs to 460"):
    markets quoted in francs, pence or lire write whole prices, which ``_BARE_PRICE`` (a
    price with its cents) leaves out. The level is above the move, the move not scaled."""
    return bool(
        f["kind"] in ("count", "number")
        and not f["unit"]
        and not f["quantity"]
        and not move["per"]
        and 0 < move["value"] < f["value"] <= 1000 * move["value"]
        and _WHOLE_LEVEL.fullmatch(f["text"])
        and _TO_AT_GAP.fullmatch(text, move["end"], f["start"])
        and not _SCALED_SPAN.search(move["text"])
        and _QUOTE_MOVE_BEFORE.search(text, max(0, move["start"] - 30), move["start"])
    )


def _carried_prices(text: str, found: list[dict[str, Any]]) -> None:
    """Wire market reports give a price's currency once and then quote bare figures with their
    cents ("opened at 382.40/90", "cattle 63.20-63.70", "rose 2-1/8 to 41-5/8"): a bare price
    takes the currency and ``per`` of the money figure before it in the text, within two
    sentences and within a hundredth to a hundred times its size (a change and a level: "up
    1.20 dlr ... 63.20-63.70"). The offer of a bid/offer quote follows its bid."""
    last = None
    for f in found:
        if f["kind"] == "money":
            last = f
            continue
        if last is None:
            continue
        offer = last["end"] < f["start"] and text[last["end"]] == "/"
        # "Nestle gained 75 francs to 8,900", "fell 15 pence to 1,210": a share's level in the
        # currency of the move before it, quoted whole (round seventy-one)
        whole = f["start"] - last["end"] <= 12 and _whole_level(text, last, f)
        if not whole and (
            f["kind"] not in ("count", "number")
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
# "was off 1/4 at 22-5/8", "unchanged at 23-1/2", "..., rising 5/8 to 27-3/8" (round
# sixty-one) (the fractions of a dollar of the stock tables; not a bond's 32nds, "slipped
# 5/32 to 98-11/32", which are points of its face value)
_QUOTE_FRACTION = re.compile(r"(?:\d{1,4}[- ])?\d{1,2}/(?:2|4|8|16)")
_QUOTE_MOVE_BEFORE = re.compile(
    r"\b(?i:rose|fell|gained|lost|added|dropped|slipped|climbed|eased|jumped|declined|advanced|"
    r"firmed|slumped|tumbled|soared|plunged|surged|rallied|up|down|off|unchanged|"
    # the participles, a move said in a clause after the stock ("..., rising 5/8 to 27-3/8")
    r"rising|falling|gaining|losing|adding|dropping|slipping|climbing|easing|jumping|"
    r"declining|advancing|firming|slumping|tumbling|soaring|plunging|surging|rallying)"
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


# round thirty-nine: a share's whole-dollar level said with no move and no currency ("trading
# in the shares was suspended late in the day at 63", "a broker quoted Harrowgate at 37 to
# 38"): the fractions of ``_stock_quotes`` aside, a wire price is often a whole number
_AND_FRACTION_AFTER = re.compile(r"[ \t\n]+and[ \t\n]+\d{1,2}/\d")
_WHOLE_PRICE = re.compile(r"\d{1,3}(?:[ \t\n]+to[ \t\n]+\d{1,3})?")
_WHOLE_LEVEL_BEFORE = re.compile(
    r"\b(?:(?i:trading|traded|trades|opened|closed|ended|finished|stood|changing[ \t\n]+hands|"
    r"changed[ \t\n]+hands)(?:[ \t\n]+[\w.'-]+){0,6}?|(?i:before|after)[ \t\n]+the[ \t\n]+"
    r"(?i:close|opening)|(?i:making|make|makes|made)[ \t\n]+a[ \t\n]+market[ \t\n]+in"
    r"(?:[ \t\n]+[\w.'&-]+){1,5}?)[ \t\n]+at[ \t\n]+$"
)


def _stock_whole_levels(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """A bare whole number after a verb of trading and "at" ("closed at 75") in a sentence about
    a stock, or after "making a market in X at", is the share's price in the story's dollar, as
    ``_stock_quotes`` reads a level in fractions. Not an index's, a rate's or a yield's level
    (those words in the sentence), nor a figure with a noun or a unit of its own."""
    if " at " not in text:
        return
    code = ""
    for f in found:
        if f["kind"] not in _COUNT_KINDS or f["unit"] or f["quantity"] or f["value"] < 1:
            continue
        if not text[max(0, f["start"] - 5) : f["start"]].rstrip().endswith(" at"):
            continue  # the level's "at" right before it (the cheap test first)
        if (
            not _WHOLE_PRICE.fullmatch(f["text"])
            or _QUOTE_NOT_PRICE.match(text, f["end"])
            or _AND_FRACTION_AFTER.match(text, f["end"])  # "at 31 and 7/8": one price, split
        ):
            continue
        before = text[max(f["sentence_start"], f["start"] - 80) : f["start"]]
        said = _WHOLE_LEVEL_BEFORE.search(before)
        if said is None:
            continue
        market_maker = "market" in said.group().lower()
        stock = _STOCK_LEVEL_WORD.search(text, f["sentence_start"], f["sentence_end"])
        if not (market_maker or stock) or _MARKET_WORDS.search(
            text, f["sentence_start"], f["sentence_end"]
        ):
            continue
        moved = [
            g["unit"]
            for g in found
            if g["kind"] == "money" and g["sentence"] == f["sentence"] and g["end"] <= f["start"]
        ]
        if moved:  # "were trading 9p lower at 670": the move's currency (pence) is the level's
            _as_price(f, moved[-1])
            continue
        code = code or _story_dollar(text, dateline)
        _as_price(f, code)


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


# what joins a figure to one it is set beside: "6,500 tonnes in the first month and 11,200 in
# the second", "420,000 tonnes, down from 463,180"
_PARALLEL_GAP = re.compile(r"(?i:\b(?:and|from|against|versus|vs|compared[ \t]+with|while)\b)")
# a sum in a minor unit, whose bare neighbours are in it too ("9 cents ... three")
_MINOR_SPAN = re.compile(r"(?i:\b(?:cents?|cts?|pence|p)\b)|\dp\b")
_FX_NAME = re.compile(r"\b" + _FX_NAMES + r"\b|[$£€¥]")
# the words between a move in a measure and the scaled level it reached: "fell 2.7 mln
# barrels to 298.4 mln", "rose 1.1 mln barrels at 120.5 mln"
_TO_LEVEL_GAP = re.compile(
    r"[ \t\n]+(?:to|at)[ \t\n]+(?:a[ \t\n]+(?:revised|record)[ \t\n]+)?"
    # "cut by 50 mln bushels to a range of 1.95 to 2.05 billion" (round seventy-two)
    r"(?:a[ \t\n]+(?:range|total|level)[ \t\n]+of[ \t\n]+)?"
)
# "from" before an old level, a possessive or a word or two between ("from last year's ")
_FROM_BEFORE = re.compile(r"\bfrom[ \t\n]+(?:[A-Za-z'’]+[ \t\n]+){0,3}\Z")
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
    "sales of 6,500 tonnes in the first month and 11,200 in the second", "a quota of
    420,000 tonnes, down from exports of 463,180 last year". Only with no noun after the bare
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
    if (
        i
        and (move := found[i - 1])["kind"] == "measure"
        and move["unit"]
        and 0 < move["value"] < f["value"]
        and _SCALED_SPAN.search(f["text"])
        and _TO_LEVEL_GAP.fullmatch(text, move["end"], f["start"])
    ):
        # "crude stocks fell 2.7 mln barrels to 298.4 mln": the level a move in a measure
        # reached is in the move's unit, however far above the move (round seventy-one)
        return move
    if (
        i
        and (old := found[i - 1])["kind"] == "measure"
        and old["unit"]
        and old["value"]
        and 0.1 <= f["value"] / old["value"] <= 10
        and _SCALED_SPAN.search(f["text"])
        and _TO_LEVEL_GAP.fullmatch(text, old["end"], f["start"])
        and _FROM_BEFORE.search(text, max(0, old["start"] - 40), old["start"])
    ):
        # "may slip from the prior 3.3 billion bushels to 3.0 to 3.1 billion": the new
        # level after "from" an old one is in the old one's unit (round seventy-two)
        return old
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


#: the gap between a rate's new quote and its old one: "... pct from " (a word of time may
#: follow the old one)
_FROM_GAP = re.compile(r"[ \t\n]+from[ \t\n]+")
#: the old quote's second side right after its first: "5.85/75", "5-1/2 3/8"
_QUOTE_SIDE_GAP = re.compile(r"/|[ \t]+")


def old_quote_sides(text: str, found: list[dict[str, Any]]) -> None:
    """A rate's old two-sided quote said after "from" takes the percent of the new one before
    it: "dipped to 5.80/70 pct from 5.85/75", "eased to 5-3/8 1/4 pct from 5-1/2 3/8" (round
    thirty-eight's agreed reading, round seventy-two): the old quote's sides, bare, in the unit
    the new quote writes once. Only a percent right before "from", and only bare sides with
    decimals or fractions (a quote's shape), the second right after the first."""
    for i in range(1, len(found)):
        g, f = found[i - 1], found[i]
        if (
            g["unit"] != "%"
            or f["unit"] not in ("", "%")
            or f["kind"] not in ("number", "count", "percent")
            or not ("." in f["text"] or "/" in f["text"])
            or not g["value"]
            or not 0.5 <= f["value"] / g["value"] <= 2
            or not _FROM_GAP.fullmatch(text, g["end"], f["start"])
        ):
            continue
        h = found[i + 1] if i + 1 < len(found) else None
        if (
            h is None
            or h["unit"]
            or h["kind"] not in ("number", "count")
            or not _QUOTE_SIDE_GAP.fullmatch(text, f["end"], h["start"])
        ):
            continue  # a quote has two sides: "rose 0.4 pct from 1,234.5" is a level, no quote
        for side in (f, h):
            if side["unit"]:
                continue  # "from 5-1/2 3/8": the first side read as percent already
            base, base_unit = to_base(side["value"], "%")
            side.update(
                unit="%", kind="percent", per=g["per"], value_base=float(base),
                base_unit=base_unit, dimension=dimension_of("%"),
            )  # fmt: skip


def _share_in_sentence(text: str, found: list[dict[str, Any]]) -> None:
    """What a bare figure shares with the figures of its sentence, read after the scan.

    - A list that writes its unit once: "5, 6 and 7 pct", "10-1/16 9-15/16 pct": each bare
      member takes the unit (not a scaled money figure's: "5, 6 and 7 mln dlrs" would need the
      scale too, and is left alone).
    - A count whose noun is left out takes it from the sentence: the noun of a count before it
      ("Of the 40 passengers, 22 were Cuban"; "four people on board; one died"), "the number
      of X" ("the number of participants rose to 13"), or the plural a change is about ("the
      outstanding units to 45 mln from 15 mln"). Not "the top 10" or "the last 16".
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
        if f["kind"] == "count" and pronoun_group_after(text, f["end"]):
            continue  # "6,000 of those in Wales": a group named by a pronoun (round 72)
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
            cs = _clause_start(text, f["start"], 120)
            before = text[cs : f["start"]]
            counted = None
            if "of" in before:
                for m in _NUMBER_OF.finditer(before):
                    counted = m
            subjects = (
                [
                    m.group(1)
                    for m in _SUBJECT_TO.finditer(before)
                    if m.group(1).lower() not in _NOT_COUNTED
                    # not a figure's own unit: "fell 2,500 tonnes to 40,100" (round 71)
                    and not any(g["start"] < cs + m.start(1) < g["end"] for g in found[:i])
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


_TO_LEVEL = re.compile(r"[ \t]+(?:at|to)[ \t]+(?:about[ \t]+|around[ \t]+)?")
#: round sixty-three: a change said by "by" right before it, its verb far back ("lowering its
#: nickel price by 0.75 cent to 81.25 cents a lb"), as round sixty-one splits the two figures
_BY_RIGHT_BEFORE = re.compile(r"\bby[ \t]+$")


def _change_to_level(text: str, found: list[dict[str, Any]]) -> None:
    """A change in a price is in the price's unit: "down about 35 sterling at 1,480 sterling a
    tonne", "up 3.25 dlrs to 388.50 dlrs an ounce" - the change is per tonne, per ounce too;
    and after "by", before "to" ("price by 0.75 cent to 81.25 cents a lb": the change per lb)."""
    for f, g in pairwise(found):
        if (
            f["kind"] in ("money", "measure")
            and not f["per"]
            and g["per"]
            and g["unit"] == f["unit"]
            and _TO_LEVEL.fullmatch(text, f["end"], g["start"])
            and (
                _CHANGE_BEFORE.search(text, max(0, f["start"] - 40), f["start"])
                or (
                    text[f["end"] : g["start"]].strip() == "to"
                    and _BY_RIGHT_BEFORE.search(text, max(0, f["start"] - 4), f["start"])
                )
            )
        ):
            f["per"] = g["per"]


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
#: a passive says what the holding becomes ("to be swapped for two shares of Acme")
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
        m = _TENOR_M.fullmatch(f["text"]) if f["text"].endswith("M") else None
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


#: a dividend line's total for the year after its final or interim payment: "Final div 15 cts
#: vs 14, making 23 vs 21" (round thirty-four); the line must name a dividend
_MAKING_BEFORE = re.compile(r"(?:,[ \t]*|[ \t]+)making[ \t]+\Z")
_DIVIDEND_LINE = re.compile(r"\b(?i:div|dividend)\b")
_VS_BETWEEN = re.compile(r"[ \t]+(?:vs\.?|versus)[ \t]+\Z")
_RAW_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _dividend_total(text: str, found: list[dict[str, Any]]) -> None:
    """A bare figure after "making" in a dividend line is the year's total in the payment's
    money ("Final div 15 cts vs 14, making 23 vs 21": 0.23 and 0.21 in the cents' currency),
    and its "vs" partner follows it. The payment is the money figure before "making" on the
    line, with no scale word (its cents give the total's); without one nothing changes ("Div
    145 vs 130 making 210 vs 195" with no currency on the line stays as read)."""
    for i, f in enumerate(found):
        if f["kind"] != "count" or f["unit"] or f["noun"] or i == 0:
            continue
        if not _MAKING_BEFORE.search(text, max(0, f["start"] - 10), f["start"]):
            continue
        line_start = max(text.rfind("\n", 0, f["start"]), text.rfind("   ", 0, f["start"])) + 1
        paid = found[i - 1]
        if (
            paid["kind"] != "money"
            or paid["start"] < line_start
            or not _DIVIDEND_LINE.search(text, line_start, paid["start"])
            or _SCALED_SPAN.search(paid["text"])
            or not paid["value"]
        ):
            continue
        raw = _RAW_NUMBER.search(paid["text"])
        if raw is None or not float(raw.group().replace(",", "")):
            continue
        # the payment's number over its value (100 for cents): a division keeps 230 / 100 = 2.3
        divisor = round(float(raw.group().replace(",", "")) / paid["value"], 6)
        total = [f]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and nxt["kind"] == "count"
            and not nxt["unit"]
            and not nxt["noun"]
            and _VS_BETWEEN.search(text, f["end"], nxt["start"])
            and nxt["start"] - f["end"] <= 10
        ):
            total.append(nxt)
        for g in total:
            g["value"] /= divisor
            for key in ("unit", "per", "kind", "base_unit", "dimension"):
                g[key] = paid[key]
            g["value_base"] = g["value"] if paid["base_unit"] else float("nan")
