"""Years and what looks like one: four-digit years, years spelled out ("nineteen
ninety-seven"), decades, split years ("1998/99"), fiscal years, and digits that only look
like years (a count before a plural noun, a product name, a wire code, an amount).

Why these guards live with the years: a bare number is the most frequent false date in news
copy, and every one of them is decided on the year's own context.
"""

from __future__ import annotations

import re
from datetime import date

from newslens_timeline.lexicon import (
    ABSOLUTE,
    FLAGS,
    MONTHS,
    PUBLISHED,
    UNANCHORED,
    _num,
)
from newslens_timeline.resolvers.base import Resolved, _fixed_century, _mod_of
from newslens_timeline.resolvers.names import _SENTENCE_OPEN
from newslens_timeline.resolvers.year_ranges import short_range_end
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

#: a car's model year after its four digits ("1987-model", "1988 models", "1987 model year")
_MODEL_YEAR_AFTER = re.compile(r"[-\s]models?\b")


def _r_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m["year"])
    text = ctx.text
    before = text[max(0, m.start("year") - 12) : m.start("year")]
    after = text[m.end("year") : m.end("year") + 28]
    if (
        re.search(r"[$£€#\d.,]\s*$", before)
        # "sold 310 1988-model sedans", "300 1988 models": a count, then the model year
        and not (re.search(r"\d\s+$", before) and _MODEL_YEAR_AFTER.match(after))
    ) or (re.match(r"\s*(?:%|[.,]\d|-\d|\d)", after) and not _year_range(y, after)):
        return None
    if _LIST_OF_CODES.match(after):
        return None
    if _AMOUNT_AFTER.match(after):
        return None
    if _counted_plural(ctx, m, y):
        return None
    if not m["lead"] and not (1800 <= y <= 2099):
        return None
    if not m["lead"] and not m["pre"] and year_in_name(text, m.start("year")):
        return None
    if not m["lead"] and not m["pre"] and _wire_code(text, m.start("year"), m.end("year")):
        return None
    # a split year ("1986/87", "the 1998/99 crop year": a crop, marketing or fiscal year across
    # two calendar years) is one expression, valued by the year it opens with (TIMEX3 has no
    # value for a period across two years; see the docs page, issue 19's ninth round)
    half = re.match(r"(?:the\s+)?(first|second|last|latter)\s+half", m["pre"] or "", FLAGS)
    if half:  # "the first half of 1998" is the half year 1998-H1, not 1998 with a mod
        p = Point(date(y, 1 if half.group(1).lower() == "first" else 7, 1), "H")
        return Resolved("DATE", p.value(), p, ABSOLUTE)
    p = Point(date(y, 1, 1), "Y")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


#: a plural noun right after four digits, up to two words qualifying it between ("2071
#: likely voters", "1015 adults", "1500 delegates"): lower case, not a possessive
_PLURAL_AFTER = re.compile(
    r"\s(?:(?!(?:and|or|to|of|in|on|at|for|with|by|from|the|an?|was|is|were|are)\b)"
    r"[A-Za-z-]+\s){0,2}?[a-z]{2,}[^s's]s\b(?!['\u2019])"
)


#: a determiner or a possessive before a year that qualifies a plural ("its 2050 targets",
#: "the 1967 lines"), or a preposition of time ("By 2040 cars will ..."): the year names a time
_YEAR_DET_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|your|this|that|these|those|by|until|till|before|after|"
    r"from|through|to|around|circa|between|and|or|during|early|late|mid|due)|['\u2019]s|\w-)\s*$",
    re.IGNORECASE,
)


#: how far from publication a year before a plural noun is read as a count (years ahead;
#: years before 1800 are counts whatever the distance)
COUNT_YEARS_AHEAD = 10


def _counted_plural(ctx: Context, m: re.Match[str], y: int) -> bool:
    """Whether four digits before a plural noun count it ("a poll of 2071 likely voters",
    "a survey of 1015 adults"): a year far from publication (more than ``COUNT_YEARS_AHEAD``
    years ahead, or before 1800) with no determiner before it and no time preposition as
    its lead ("in 1985 voters ...", "its 2050 targets", "the 1967 borders" stay years)."""
    if ctx.dct is None or (m["lead"] or "").strip().lower() not in ("", "of"):
        return False
    if m["pre"]:
        return False
    if 1800 <= y <= ctx.dct.year + COUNT_YEARS_AHEAD:
        return False
    text = ctx.text
    if not _PLURAL_AFTER.match(text, m.end("year")):
        return False
    at = m.start("lead") if m["lead"] else m.start("year")
    return not _YEAR_DET_BEFORE.search(text, max(0, at - 12), at)


#: capitalised words a year follows in a date, not in a name ("In 2009", "Christmas 2010",
#: "Summer 2012", a headline's "Sales Rise Since 2009")
_BEFORE_A_YEAR = {
    "in", "since", "by", "until", "till", "for", "from", "through", "throughout", "during",
    "of", "before", "after", "to", "between", "and", "or", "than", "early", "late", "mid", "end",
    "around", "about", "circa", "year", "years", "season", "fiscal", "calendar", "spring",
    "summer", "autumn", "fall", "winter", "christmas", "easter", "day", "eve", "thanksgiving",
    "halloween", "ramadan", "the", "this", "that", "last", "next", "every", "each", "unlike",
    "like", "versus", "vs", *MONTHS,
    # an event's or a law's year dates it, as TimeBank annotates the Act "of 1989": "Euro
    # 2004", "Expo 2005", "the Terrorism Act 2000" (a product's or a firm's names nothing)
    "euro", "expo", "cup", "games", "olympics", "festival", "championship", "championships",
    "award", "awards", "summit", "act", "law", "treaty", "accord", "agreement", "convention",
    "protocol", "census", "election", "elections", "budget", "review", "report", "survey",
    "show", "fair", "open", "tour", "conference", "congress", "prix",
}  # fmt: skip


#: a people's adjective before a year ("the French 1986 surplus") qualifies, it names nothing
_DEMONYM = re.compile(
    r"(?:ish|ese|ian|an|ch|sh|i|ic)$|^(?:Soviet|Greek|Arab|Thai|Swiss|Basque|Federal|National|"
    r"State|Dutch|Czech)$"
)


def year_in_name(text: str, start: int) -> bool:
    """Whether a year is part of a name mid-sentence: "Windows 2000", "Expo 2010", "Euro
    2012", "a venture called Orion 1980" (TimeBank leaves that one out): a capitalised word
    just before it that does not open the sentence and is no month, season or preposition."""
    # one space between: a name is written so, a table's columns are not ("Trust     1987")
    before = re.search(r"\b([A-Z][a-z]+)\.? $", text[max(0, start - 30) : start])
    if before is None or before.group(1).lower() in _BEFORE_A_YEAR:
        return False
    if _DEMONYM.search(before.group(1)) or re.match(r"[/-]\d", text[start + 4 : start + 6]):
        return False  # "French 1986/87 barley stocks", "the Soviet 1986 harvest": a year
    word_at = start - len(before.group(0))
    return not _SENTENCE_OPEN.search(text[max(0, word_at - 3) : word_at])


#: a wire summary's story codes, a parenthesised code of capitals and four digits, one or a
#: list of them: "(ABCD 1432)", "(WXYZ 2051, QRST 1207)"; a number, not a year
_CODE_BEFORE = re.compile(r"\((?:\s*[A-Z]{3,5}\s\d{4},)*\s*[A-Z]{3,5}\s$")


_CODE_AFTER = re.compile(r"\s*(?:\)|,\s*[A-Z]{3,5}\s\d{4}\b)")


def _wire_code(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``start`` are a story code in a wire service's summary
    ("... the Treasury said. (ABCD 1432)"), which numbers the story and dates nothing: a
    code of three to five capitals before them, inside a parenthesis that holds only codes
    ("(BASE 1967 EQUALS 100)" is an index's base year: no closing after the digits)."""
    return bool(
        _CODE_BEFORE.search(text, max(0, start - 60), start) and _CODE_AFTER.match(text, end)
    )


#: four digits that open a list of four-digit numbers one of which is no year ("lines 2071,
#: 2390 and 2415", "models 1900, 2800, 3100"): codes or counts, not years
_LIST_OF_CODES = re.compile(
    r",\s*(?:(?!(?:1[89]|20)\d\d)\d{4}\b(?:,\s*\d{4}\b)*,?\s+(?:and|or)\s+\d{4}\b|"
    r"(?!(?:1[89]|20)\d\d)\d{4},\s*\d{4}\b|\d{4},\s*(?!(?:1[89]|20)\d\d)\d{4}\b|"
    r"\d{4},?\s+(?:and|or)\s+(?!(?:1[89]|20)\d\d)\d{4}\b)"
)


_AMOUNT_AFTER = re.compile(
    r"\s*(?:percent|per\s|km|kilomet|miles?\b|people|tons?\b|tonnes|shares|points?\b|"
    r"dollars|units|cars|feet|metres|meters|troops|soldiers|hours|GMT|local)",
    re.IGNORECASE,
)


def _year_range(y: int, after: str) -> bool:
    """Whether ``after`` continues a year range ("the 1996-2000 plan"): TIMEX3 values hold
    no ranges, so TimeML annotates each end as its own DATE, and the first is a year too.
    A split year's two digits are its second end ("the 2010-11 season", "the 1998/99 crop")."""
    m = re.match(r"[-\u2013](1\d{3}|20\d{2})(?!\d)", after)
    if m is None:
        # ("the 1991-95 plan": a range's second end in two digits, the year_ranges module's)
        return split_year_end(y, after) is not None or short_range_end(y, after) is not None
    return 0 < int(m.group(1)) - y <= 100 and not _AMOUNT_AFTER.match(after[m.end() :])


_SPLIT_END = re.compile(r"[-/\u2013](\d\d)(?![\d/:-]|[.,]\d)")


def split_year_end(y: int, after: str) -> int | None:
    """The second year of a split year ("2010-11", "1998/99": a season, a crop or fiscal year
    across two calendar years) written after the year ``y``, or None: only the next year
    ("2010-12" is no season) and no amount after it."""
    m = _SPLIT_END.match(after)
    if m is None or int(m.group(1)) != (y + 1) % 100 or _AMOUNT_AFTER.match(after[m.end() :]):
        return None
    return y + 1


def _r_spelled_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["thousand"]:
        y = 2000 + (int(_num(m["rest"]) or 0) if m["rest"] else 0)
    else:
        tail = _num(m["tail"])
        if tail is None:
            return None
        y = 1900 + int(tail)
    p = Point(date(y, 1, 1), "Y")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")  # fmt: skip


_DECADE_LISTED_BEFORE = re.compile(
    r"\b(?P<century>1\d|20)[1-9]0s\s(?:and|or|to|through)\s$", re.IGNORECASE
)
_MEASURE_BEFORE = re.compile(
    r"temperature|degree|\bhighs?\b|\blows?\b|°|fahrenheit|celsius|\bmph\b|percent|price|"
    r"\bscor|\bage[ds]?\b|\bin\s+(?:his|her|their)\b|"
    # "shares will trade in the mid-40's": a price
    r"\btrad(?:e|es|ed|ing)\b",
    re.IGNORECASE,
)


def _r_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["full"]:
        dec = int(m["full"])
        if dec % 10 == 0 and 100 <= dec < 200:
            # "the 1800s", "the 1900s": the century, as a reader (and TIMEX3) takes them ("the
            # 2000s" stays the decade, as news names the years 2000-2009)
            return Resolved("DATE", f"{dec // 10:02d}", Point(date(dec * 10, 1, 1), "C"),
                            ABSOLUTE, _mod_of(m))  # fmt: skip
    else:
        listed = _DECADE_LISTED_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        if listed and m["short2"]:
            # "the 1970s and 80s": the second decade is in the first's century (a four-digit
            # decade before it says these are years, not temperatures or prices)
            dec = int(listed["century"]) * 10 + int(m["short2"])
            return Resolved("DATE", f"{dec:03d}", Point(date(dec * 10, 1, 1), "E"), ABSOLUTE,
                            _mod_of(m))  # fmt: skip
        if (m["short2"] or m["word"]) and _MEASURE_BEFORE.search(
            ctx.text, max(0, m.start() - 50), m.start()
        ):
            return None  # "temperatures in the 80s", "prices in the low 90s": no decade
        if m["word"] and not m.group(0).lower().startswith("the"):
            return None  # "in her late twenties": an age ("the late eighties" is a decade)
        digit = m["short"] or m["short2"]
        short = int(digit) if digit else _DECADE_WORDS.index(m["word"].lower()) + 2
        base = ctx.dct.year if ctx.dct else 2000
        century = base // 100 * 100
        dec = (century + short * 10) // 10
        if dec * 10 > base:
            dec -= 10
    return Resolved("DATE", f"{dec:03d}", Point(date(max(dec * 10, 1), 1, 1), "E"), ABSOLUTE,
                    _mod_of(m))  # fmt: skip


def _anchor_year(m: re.Match[str], ctx: Context) -> tuple[int | None, str]:
    """The year a quarter/half/season refers to, and how it was found."""
    if m.groupdict().get("qyear"):
        return int(m["qyear"]), ABSOLUTE
    if m.groupdict().get("qrel") and ctx.dct is not None:
        rel = re.sub(r"\s+", " ", m["qrel"].lower())
        delta = {"last": -1, "next": 1, "this": 0, "the current": 0, "the coming": 1,
                 "the past": -1, "the previous": -1, "the prior": -1,
                 "the preceding": -1}.get(rel, 0)  # fmt: skip
        return ctx.dct.year + delta, PUBLISHED
    if ctx.dct is None:
        return None, UNANCHORED
    return ctx.dct.year, PUBLISHED


def _r_fiscal(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int((m["fy"] or m["fy2"]).lstrip("'"))  # "fiscal 1986/87": one expression, its first year
    y = _fixed_century(y)
    p = Point(date(y, 1, 1), "Y")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))
