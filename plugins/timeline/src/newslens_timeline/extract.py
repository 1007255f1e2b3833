"""Temporal expressions (TimeML TIMEX3) found and normalised against the publication date.

Two passes, both pure and bounded:

1. **Find.** Each rule is a regular expression without nested quantifiers (so a hostile
   10 KB article stays linear); every match is a candidate, and the longest candidates win
   ("the past three years" over "three years"; "a year ago" over "a year").
2. **Resolve**, in document order. The document creation time is the article's ``published``
   date, as in TimeML; an expression such as "a year earlier" is anchored to the previous
   resolved expression (its granularity too, so after "the third quarter" it is ``1988-Q3``).
   Weekdays, months and day-months without a year resolve by the tense of their clause: news
   mostly looks back, so a past verb (or none) picks the most recent one and a future verb the
   next one.

Without a publication date only what is certain is kept (``XXXX-09-30``) and ``anchor`` says
``"none: no publication date"``. An impossible date ("31 February") is a finding with
``valid=False`` and a ``note``, never an exception.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd

from newslens import Article
from newslens_timeline.values import Point, bounds, shift

COLUMNS: dict[str, str] = {
    "n": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "type": "str",
    "value": "str",
    "mod": "str",
    "anchor": "str",
    "date_start": "datetime64[ns, UTC]",
    "date_end": "datetime64[ns, UTC]",
    "sentence": "str",
    "sentence_start": "int64",
    "valid": "boolean",
    "note": "str",
}

ABSOLUTE = "absolute"
PUBLISHED = "publication date"
PREVIOUS = "previous expression"
UNANCHORED = "none: no publication date"

MAX_SENTENCE = 400  # characters of event context kept per finding

# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip
SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # a month inside each season
ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4,
}  # fmt: skip
UNIT_CODE = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C", "centurie": "C",
    "weekend": "WE", "night": "D", "millennium": "L",
}  # fmt: skip
TIME_UNITS = {"second", "minute", "hour"}
VAGUE = {"several", "a few", "few", "some", "many", "a number of"}
MODS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "at least":
    "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than":
    "EQUAL_OR_LESS", "early": "START", "late": "END", "mid": "MID", "the end of": "END",
    "the beginning of": "START", "the start of": "START", "the middle of": "MID",
    "the early part of": "START", "the latter part of": "END", "the first half of": "START",
    "the second half of": "END", "the last half of": "END", "end of": "END",
}  # fmt: skip

# --------------------------------------------------------------------------- regex pieces

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
_WORDNUM = rf"(?:(?:{_TENS})(?:[ -](?:{_ONES}))?|{_ONES})"
_NUM = (
    rf"(?:(?<![\d,.])\d{{1,3}}(?:(?:,\d{{3}})+|\d?(?:\.\d{{1,2}})?)|{_WORDNUM}|"
    r"a\s+hundred|hundreds\s+of|thousands\s+of|a\s+dozen|dozens\s+of|"
    r"a\s+couple\s+of|couple\s+of|a\s+few|few|several|many|a\s+number\s+of|"
    r"(?:a\s+)?(?:half|quarter)(?=[\s-]+(?:centur|decade|millenni))|a|an|one|half\s+an?)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|"
    r"century|centuries|millennium|millennia|millenniums)"
)
_PRE = (
    r"(?:(?P<pre>about|around|roughly|approximately|nearly|almost|more\s+than|less\s+than|"
    r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|over(?!\s+(?:the|recent|past)\b)|"
    r"under(?!\s+(?:the|recent|past)\b)|early|late|mid|"
    r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|early\s+part|latter\s+part|"
    r"first\s+half|second\s+half|last\s+half)\s+of)(?:\s+on)?(?:\s*-\s*|\s+))?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_TIME = (
    r"(?:(?P<hh>[012]?\d)(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?<![\d:.])(?P<hh24>[012]?\d):(?P<mm24>[0-5]\d)(?![\d:])|(?P<noon>noon|midday|midnight)\b"
    r"|(?<![\d.,:])(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s+(?:GMT|UTC)\b))"
    r"(?:\s+(?P<tz>GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|CT|"
    r"AEST|AEDT|IST|JST|KST|HKT|SGT|MSK|local\s+time)\b)?"
)
_PART = r"(?P<part>morning|afternoon|evening|night)"
_DAYREF = rf"(?P<dayref>{_WEEKDAY}|yesterday|today|tomorrow|{_MONTH}\s+[0-3]?\d\b)"

FLAGS = re.IGNORECASE
#: a year spoken in words after a month or season: "January nineteen ninety-seven"
_SPOKEN_YEAR = rf"nineteen[ -](?P<spoken>{_WORDNUM})"


def _num(raw: str) -> float | None:
    """The value of a number phrase; ``None`` for a vague one ("several")."""
    s = re.sub(r"\s+", " ", raw.lower()).strip()
    if s in VAGUE or s.startswith(("hundreds", "dozens", "thousands")):
        return None
    if s in ("quarter", "a quarter"):
        return 0.25  # "a quarter century"
    if s in ("half", "a half"):
        return 0.5  # "a half-century"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return float(s.replace(",", ""))  # "2,000 years"
    if s in ("a", "an", "one"):
        return 1
    if s.startswith("half"):
        return 0.5
    if s == "a hundred":
        return 100
    if s in ("a dozen",):
        return 12
    if s in ("a couple of", "couple of"):
        return 2
    try:
        return float(s)
    except ValueError:
        pass
    parts = re.split(r"[ -]", s)
    total = 0
    for p in parts:
        if p in TENS:
            total += TENS[p]
        elif p in ONES:
            total += ONES[p]
        else:
            return None
    return total


def _unit(raw: str) -> str:
    u = raw.lower().rstrip("s")
    if u.startswith("millenni"):
        return "millennium"
    return "century" if u.startswith("centur") else u


def _duration(amount: float | None, unit: str) -> str:
    """The TIMEX3 duration value ``P3Y``, ``PT2H``, ``PXD``, ``P2W`` (fortnight), ``P18M``."""
    code = UNIT_CODE.get(unit, "D")
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit == "weekend":
        code = "WE"
    prefix = "PT" if unit in TIME_UNITS else "P"
    if amount is None:
        return f"{prefix}X{code}"
    years = {"decade": 10, "century": 100, "millennium": 1000}.get(unit)
    if years and amount != int(amount) and amount * years == int(amount * years):
        return f"P{int(amount * years)}Y"  # "half a century" P50Y, "a quarter century" P25Y
    if amount != int(amount):
        # "half an hour" PT30M, "two and a half years" P2Y6M, "an hour and a half" PT1H30M:
        # the whole units, then the rest in the next smaller unit
        whole = int(amount)
        smaller = {"minute": ("S", 60), "hour": ("M", 60), "day": ("H", 24), "month": ("D", 30),
                   "year": ("M", 12)}  # fmt: skip
        if unit in ("week", "fortnight"):
            return f"P{round(amount * 7)}D"
        if unit not in smaller:
            return f"{prefix}{amount:g}{code}"
        code2, factor = smaller[unit]
        rest = f"{round((amount - whole) * factor)}{code2}"
        head = f"{whole}{code}" if whole else ""
        if unit == "day":
            return f"P{head}T{rest}"
        return f"{prefix}{head}{rest}"
    return f"{prefix}{int(amount)}{code}"


# --------------------------------------------------------------------------- context


@dataclass
class Context:
    """What resolution knows: the text, the creation time, and what came before."""

    text: str
    dct: date | None
    sentence_starts: list[int]
    last: Point | None = None  # the previous resolved DATE/TIME point
    last_quarter: Point | None = None

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[max(i, 0)]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def tense(self, start: int, end: int) -> str:
        """``"future"``, ``"past"``, ``"present"`` (``"present_right"`` when only a verb on the
        right says so) or ``""`` from the clause around a span.

        Why this order: news clauses around a date mix a modal and a participle ("will be
        named ... in December", "is expected to be completed by Dec. 15"); the modal decides.
        So the verb nearest the expression on its left decides (an -ed word after a modal defers
        to the modal), and only a clause with no verb on the left looks at its right.
        """
        s, e = self.sentence_bounds(start)
        # the clause: cut at the last clause break on the left, the first on the right; verbs
        # are read in its last 60 characters, a passive's auxiliary further back ("will be
        # named commander of the shuttle for a mission in December")
        wide = _CLAUSE_LEFT.split(self.text[max(s, start - 120) : start])[-1].lower()
        cut = max(0, len(wide) - 60)
        left = wide[cut:]
        right = self.text[end : min(e, end + 200)]
        rights = [part.lower() for part in _CLAUSE_RIGHT.split(right)]
        # the match may hold the preposition itself ("through January")
        lead = re.match(r"(?:to|until|till|through|into)\s+", self.text[start : start + 9].lower())
        if _DEFERRED_TO.search(left + (lead.group(0) if lead else "")):
            return "future"  # "extended loans through January", "postponed until Friday"
        if _PAST_PLAN.search(left) or _UNREACHED.search(left):
            # "had been scheduled to expire Friday"; "could not be reached for comment Friday"
            return "past"
        marks = [m for m in _MARKER.finditer(wide, cut) if not _passive(wide, m)]
        if not marks:
            aux = _aux_of_passive(wide, cut)
            if aux:
                return aux
        if marks:
            nearest = marks[-1]
            # "would be paid on a still unspecified date in January": after a modal, an -ed
            # word is a participle or an adjective, and the modal decides
            if (
                nearest["past"]
                and nearest.group(0).endswith("ed")
                and any(
                    m["future"]
                    and _MODAL.fullmatch(m.group(0))
                    and "," not in wide[m.end() : nearest.start()]
                    for m in marks[:-1]
                )
            ):
                return "future"
            if nearest["present"] and _MODAL_JUST_BEFORE.search(wide[: nearest.start()]):
                return "future"  # "will leave in two weeks": a bare verb after its modal
            return _kind(nearest)  # the verb nearest the expression on its left
        # nothing on the left: the first verb on the right, past a fronted adverbial's comma
        # ("In January, the company brought in a new chief")
        for part in rights:
            first = next((m for m in _MARKER.finditer(part) if not _passive(part, m)), None)
            if first:
                kind = _kind(first)
                if re.match(r"(?:plann|intend|aim)ed\b", first.group(0), re.IGNORECASE):
                    # "On Friday, the government planned to pay": a day fronted before a past
                    # plan dates the plan; after it ("planned to leave on Thursday") the act
                    return "past"
                # a present verb after the expression says less about it ("Friday's purchases
                # is"): only one on its left makes a weekday look ahead
                return "present_right" if kind == "present" else kind
        return ""


_CLAUSE_LEFT = re.compile(
    r"[;:\u2014]|\s-{1,2}\s|,\s(?:but|and|while|after|before)\s|[.!?][\"'\u201d\u2019\])]*\s"
)
_CLAUSE_RIGHT = re.compile(r"[;:\u2014,]|\s-{1,2}\s")
#: a verb that moves or stretches something to a target date, then the target: the date lies
#: after the act, whatever the tense of the act ("has extended the loans through January")
_DEFERRED_TO = re.compile(
    r"\b(?:extend|postpon|delay|defer|adjourn|reschedul|prolong|push(?:ed|es)?\s+back|"
    r"put\s+off)\w*\b[^.;:]*\b(?:to|until|till|through|into)\s+(?:the\s+end\s+of\s+)?$"
    # a deadline still open: "has given the relatives until 9 a.m. Tuesday", "have until"
    r"|\b(?:give[sn]?|ha(?:s|ve))\b[^.;:]*\b(?:until|till)\s+(?:the\s+end\s+of\s+)?$"
)
_PAST_PLAN = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|expected|set|supposed|planned)\b"
    r"|\bhad\s+(?:planned|hoped|intended|expected)\b"
)
#: the reporter's failed attempt, a past moment despite its modal ("could not be reached for
#: comment Friday", "would not say Tuesday whether"): wire copy's commonest modal before a day
_UNREACHED = re.compile(
    r"\b(?:could|would|can|will)(?:\s+not|n't)\s+(?:immediately\s+)?(?:be\s+(?:reached|located|"
    r"contacted|found)|comment|say|elaborate|confirm|disclose|discuss|speculate)\b"
)
#: irregular simple past forms news uses (regular ones end in -ed)
_IRREGULAR_PAST = "|".join(
    (
        "said", "told", "began", "took", "came", "went", "made", "met", "left", "fell", "rose",
        "saw", "won", "lost", "held", "led", "hit", "shed", "sold", "bought", "paid", "brought",
        "thought", "caught", "fought", "sought", "spent", "sent", "built", "kept", "felt", "dealt",
        "struck", "stood", "gave", "got", "grew", "knew", "threw", "drew", "flew", "wrote",
        "drove", "chose", "spoke", "broke", "stole", "ran", "sat", "fled", "found", "heard",
        "became", "overcame", "forgot", "shook", "withdrew", "sank", "swore", "tore",
        "wore", "woke", "hung", "stuck", "dug", "shot", "slid", "hid", "ate", "meant", "lent",
        "lay", "laid", "fed", "rode",
    )
)  # fmt: skip
#: present-tense verbs of a schedule ("the summit opens Monday", "the ministers meet
#: Thursday"): news uses the simple present for planned events, so the date lies ahead
#: (only the -s form of words that are as often nouns: "at the close of business Thursday"),
#: and none after a determiner ("the vote Sunday") or "to" (an infinitive takes the tense of
#: its governing verb: "tried to leave on Monday")
_SCHEDULED = r"(?<!the\s)(?<!a\s)(?<!of\s)(?<!'s\s)(?<!to\s)(?:" + "|".join(
    [f"{stem}s?" for stem in ("begin", "meet", "arrive", "resume", "expire", "convene",
                              "travel", "return", "face", "vote", "hold", "leave")]
    + ["starts", "ends", "opens", "closes", "heads"]
) + ")"  # fmt: skip
_MARKER = re.compile(
    rf"\b(?:(?P<future>(?:will|won't|wo\s+n't|shall|would|may|might|could|should|must)"
    r"(?!\s+(?:not\s+)?have\b)|'ll|"
    r"going\s+to|is\s+to|are\s+to|predicts?|forecasts?|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|scheduled\s+(?:to|for)|expects?\s+to|expected\s+to|due|"
    r"set\s+to|supposed\s+to|next|upcoming|to\s+be|payable|effective|deadline)|"
    rf"(?P<present>is|are|says|say|am|{_SCHEDULED})|"
    rf"(?P<past>was|were|had|did|ago|since|earlier|{_IRREGULAR_PAST}|\w{{2,}}ed))\b"
)


_MODAL_JUST_BEFORE = re.compile(
    r"\b(?:will|won't|would|shall|may|might|could|should|must|'ll)\s+(?:not\s+)?$"
)
_MODAL = re.compile(r"will|won't|wo\s+n't|shall|would|may|might|could|should|must|'ll")


def _passive(part: str, m: re.Match[str]) -> bool:
    """A participle after "be"/"been" ("will be named", "will be held"): its auxiliary gives
    the tense. Irregular participles count too ("held", "sold", "paid"), else "the vote will be
    held on Tuesday" reads as past."""
    return (
        bool(m["past"])
        and m.group(0).lower() not in _NOT_PARTICIPLE
        and bool(re.search(r"\b(?:be|been|being)\s+$", part[: m.start()]))
    )


_AUX_BEFORE_BE = re.compile(
    r"\b(?:(?P<future>will|would|shall|may|might|could|should|must|is\s+to|are\s+to|to)|"
    r"(?P<present>is|are|am|has|have)|(?P<past>was|were|had))\s+(?:not\s+)?(?:be|been|being)\s+$"
)


def _aux_of_passive(wide: str, cut: int) -> str:
    """The tense of the passive participle nearest the end of ``wide`` whose auxiliary lies
    before ``cut`` (outside the short window), or ``""``."""
    if cut <= 0:
        return ""
    participles = [m for m in _MARKER.finditer(wide, cut) if _passive(wide, m)]
    if not participles:
        return ""
    aux = _AUX_BEFORE_BE.search(wide[: participles[-1].start()])
    if aux is None or aux.start() >= cut:
        return ""
    return _kind(aux)


#: past markers that are no participle, so "be" before them does not make a passive
_NOT_PARTICIPLE = frozenset({"was", "were", "had", "did", "ago", "since", "earlier"})


def _kind(m: re.Match[str]) -> str:
    return "future" if m["future"] else "present" if m["present"] else "past"


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (a light splitter: end punctuation, capital, newline)."""
    starts = [0]
    for m in _SENTENCE_BREAK.finditer(text):
        if m.end() < len(text) and not (
            text[m.start() - 1 : m.start()] == "."
            and (
                _ABBREVIATION.search(text, max(0, m.start() - 8), m.start())
                or (
                    _CLOCK_SUFFIX.search(text, max(0, m.start() - 5), m.start())
                    and _WEEKDAY_NEXT.match(text, m.end())
                )
            )
        ):
            starts.append(m.end())
    return starts


#: "at 9 a.m. Tuesday": a clock time's period before its day ends no sentence
_CLOCK_SUFFIX = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_WEEKDAY_NEXT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


#: a period that ends an abbreviation, not a sentence ("vs. Wade", "Jan. 14", "Gen. Smith",
#: "George W. Bush"); "U.S." and "U.N." too, which wire copy puts before names far more
#: often than at the end of a sentence
_ABBREVIATION = re.compile(
    r"(?:^|(?<=[\s(\"'\u201c]))(?:vs|Mr|Mrs|Ms|Dr|St|Mt|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|"
    r"Cmdr|Pres|Prof|Rev|Jr|Sr|No|Nos|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]|"
    r"U\.S|U\.N|U\.K|E\.U)\.$"
)


# --------------------------------------------------------------------------- results


@dataclass
class Resolved:
    """A normalised expression before it becomes a row."""

    type: str
    value: str | None
    point: Point | None = None  # set for calendar DATE/TIME (feeds bounds and later anchors)
    anchor: str | None = None
    mod: str | None = None
    valid: bool = True
    note: str | None = None
    #: whether later expressions ("a year earlier", "the quarter") may anchor on this one; a
    #: comparison point ("a year ago") does not move the time under discussion
    anchors: bool = True


Resolver = Callable[[re.Match[str], Context], "Resolved | None"]


@dataclass(order=True)
class Candidate:
    start: int
    end: int
    priority: int
    resolver: Resolver = field(compare=False)
    match: re.Match[str] = field(compare=False)


def _mod_of(m: re.Match[str]) -> str | None:
    pre = m.groupdict().get("pre")
    if not pre:
        return None
    key = re.sub(r"\s+", " ", pre.lower()).strip()
    key = re.sub(r"\s*-$|\s+on$", "", key).replace("very ", "")
    return MODS.get(key) or MODS.get(f"the {key}") or MODS.get(key.removeprefix("the "))


def _rel(ctx: Context, point_of: Callable[[date], Point], gran_x: str) -> Resolved:
    """A DATE relative to the creation time (or an X-value when there is none)."""
    if ctx.dct is None:
        return Resolved("DATE", gran_x, anchor=UNANCHORED)
    p = point_of(ctx.dct)
    return Resolved("TIME" if p.part else "DATE", p.value(), p, PUBLISHED)


_X = {"Y": "XXXX", "Q": "XXXX-QX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX",
      "H": "XXXX-HX", "S": "XXXX-XX", "E": "XXX", "C": "XX"}  # fmt: skip
_GRAN_OF_UNIT = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y",
                 "decade": "E", "century": "C", "weekend": "W", "fortnight": "W"}  # fmt: skip


def _period(d: date, unit: str) -> Point:
    return Point(d, _GRAN_OF_UNIT.get(unit, "D"))


def _shift_unit(p: Point, n: int, unit: str) -> Point:
    code = {"day": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "Q",
            "year": "Y", "decade": "E", "century": "C", "weekend": "W"}.get(unit, "D")  # fmt: skip
    if unit == "fortnight":
        n *= 2
    return shift(p, n, code)


# --------------------------------------------------------------------------- resolvers


def _r_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    return _absolute_day(y, mo, d, m, ctx)


def _absolute_day(
    y: int | None, mo: int, d: int, m: re.Match[str], ctx: Context, anchor: str = ABSOLUTE
) -> Resolved:
    limit = calendar.monthrange(y if y else 2000, mo)[1] if 1 <= mo <= 12 else 0
    if not (1 <= mo <= 12) or not (1 <= d <= limit):
        name = calendar.month_name[mo] if 1 <= mo <= 12 else f"month {mo}"
        note = f"invalid date: {name} has no day {d}" + (f" in {y}" if y else "")
        return Resolved("DATE", None, mod=_mod_of(m), valid=False, note=note, anchor=anchor)
    if y is None:
        return _yearless(mo, d, m, ctx)
    p = Point(date(y, mo, d), "D")
    return Resolved("DATE", p.value(), p, anchor, _mod_of(m))


_RANGE_END = re.compile(
    r"(?:\s*[-\u2013]\s*|\s+(?:to|through|until|till|and)\s+)"
    rf"(?:the\s+end\s+of\s+)?(?P<month>{_MONTH})"
    r"(?![a-z])(?:\s*[0-3]?\d(?!\d))?(?:\s+period)?,?\s+(?:of\s+)?"
    r"(?:(?P<year>1\d{3}|20\d{2})\b|(?P<rel>this|last|next)\s+year\b)",
    FLAGS,
)


def _range_year(ctx: Context, end: int, mo: int) -> tuple[int, str] | None:
    """The year the far end of a range gives its near end ("from January to October 1998",
    "Jan. 5 to Feb. 10 this year"): coordinated dates share the year written once; a
    start month after the end month lies in the year before."""
    r = _RANGE_END.match(ctx.text, end, min(len(ctx.text), end + 50))
    if r is None:
        return None
    if r["year"]:
        y, anchor = int(r["year"]), ABSOLUTE
    elif ctx.dct is not None:
        y = ctx.dct.year + {"last": -1, "next": 1}.get(r["rel"].lower(), 0)
        anchor = PUBLISHED
    else:
        return None
    return (y - 1 if mo > _month_no(r["month"]) else y), anchor


_PERIOD_YEAR = re.compile(
    r"\s+period,?\s+(?:of\s+)?(?:(?P<year>1\d{3}|20\d{2})\b|(?P<rel>this|last|next)\s+year\b)",
    FLAGS,
)


def _period_year(ctx: Context, end: int) -> tuple[int, str] | None:
    """The year of "the January-October period last year" for its far end, "October"."""
    r = _PERIOD_YEAR.match(ctx.text, end, min(len(ctx.text), end + 30))
    if r is None:
        return None
    if r["year"]:
        return int(r["year"]), ABSOLUTE
    if ctx.dct is None:
        return None
    return ctx.dct.year + {"last": -1, "next": 1}.get(r["rel"].lower(), 0), PUBLISHED


def _yearless(mo: int, d: int, m: re.Match[str], ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor=UNANCHORED, mod=_mod_of(m))
    shared = _range_year(ctx, m.end(), mo)
    if shared is not None:
        try:
            p = Point(date(shared[0], mo, d), "D")
        except ValueError:
            p = None
        if p is not None:
            return Resolved("DATE", p.value(), p, shared[1], _mod_of(m))
    tense = ctx.tense(m.start(), m.end())
    options = []
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            options.append(date(y, mo, d))
        except ValueError:
            continue
    if not options:  # 29 February in no nearby leap year
        return Resolved("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor=PUBLISHED, mod=_mod_of(m))
    if _ENDED.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        # "the fiscal year ended Jan. 31": a period that has ended lies in the past
        options = [o for o in options if o <= ctx.dct] or options
    best = min(options, key=lambda o: _tense_cost((o - ctx.dct).days, tense, TENSE_PENALTY_DAYS))
    p = Point(best, "D")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


#: How far (days, months) the tense of the clause may pull a yearless date away from the
#: nearest candidate: a past verb prefers last year's 20 November, but not when this year's is
#: two weeks ahead ("extended to Nov. 20" in an article of 2 November).
TENSE_PENALTY_DAYS = 120
TENSE_PENALTY_MONTHS = 9


_ENDED = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)


def _tense_cost(delta: int, tense: str, penalty: int) -> float:
    """Distance from the creation time plus a penalty when the direction contradicts the tense
    (ties go to the past: news mostly looks back)."""
    cost = abs(delta) + (0.5 if delta > 0 else 0)
    if (tense == "past" and delta > 0) or (tense == "future" and delta < 0):
        cost += penalty
    elif tense in ("", "present_right") and delta > 0:
        cost += penalty / 4  # no verb to say: news mostly looks back
    return cost


def _plain_rel(raw: str | None) -> str:
    """ "this past" is "last", "this coming" is "next" ("this past December")."""
    rel = re.sub(r"\s+", " ", (raw or "").lower())
    return {"this past": "last", "this coming": "next"}.get(rel, rel)


def _month_no(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def _r_day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    res = _day_month(m, ctx)
    part = _part_code(m["dpart"])
    if res is None or not part or not res.valid:
        return res
    # "on the night of June 21": that day's night
    if res.point is None:
        return Resolved("TIME", f"{res.value}T{part}", anchor=res.anchor, mod=res.mod)
    p = Point(res.point.day, "D", part)
    return Resolved("TIME", p.value(), p, res.anchor, res.mod)


def _day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month_raw = m["month"]
    if month_raw.lower() in ("may", "mar") and not month_raw[0].isupper():
        return None
    year = int(m["year"]) if m["year"] else None
    day = int(m["day"])
    rel = m.groupdict().get("dmrel")
    if rel and year is None and ctx.dct is not None:
        # "on March 20 last year": the year is said, relative to publication
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel.lower(), 0)
        return _absolute_day(year, _month_no(month_raw), day, m, ctx, anchor=PUBLISHED)
    return _absolute_day(year, _month_no(month_raw), day, m, ctx)


def _spoken_year(m: re.Match[str]) -> int | None:
    """The year of "nineteen ninety-seven" (broadcast transcripts spell years out)."""
    tail = _num(m["spoken"]) if m["spoken"] else None
    return None if tail is None else 1900 + int(tail)


def _r_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    mo = _month_no(m["month"])
    y = int(m["year"]) if m["year"] else _spoken_year(m)
    if y is None:
        return None
    p = Point(date(y, mo, 1), "M")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


_FULL_MONTHS = frozenset(
    name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july")
)


def _r_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw = m["month"]
    if not raw[0].isupper():
        return None
    rel = _plain_rel(m["rel"])
    if raw.lower().rstrip(".") in ("may", "mar", "jan", "jun", "jul", "sep", "dec", "aug") and not (
        rel or m["prep"] or m["pre"] or m["myrel"]
    ):
        return None  # "May" the verb or a name; bare short forms are too ambiguous
    if raw.lower().rstrip(".") not in _FULL_MONTHS and not (rel or m["prep"]):
        return None  # "Sept." alone is an abbreviation of something, rarely the month
    if raw == "March" and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", ctx.text[m.end() : m.end() + 12]):
        return None  # "the March of the Combatant Mothers", "March of Dimes": a name
    mo = _month_no(raw)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", anchor=UNANCHORED, mod=_mod_of(m))
    y = ctx.dct.year
    cur = ctx.dct.month
    if rel == "last" or rel == "past":
        y = y if mo < cur else y - 1
    elif rel in ("next", "coming"):
        y = y if mo > cur else y + 1
    elif rel == "this":
        pass
    elif m.groupdict().get("myrel"):
        y += {"last": -1, "next": 1}.get(m["myrel"].lower(), 0)
    elif (shared := _range_year(ctx, m.end(), mo) or _period_year(ctx, m.end())) is not None:
        y, anchor = shared
        p = Point(date(y, mo, 1), "M")
        return Resolved("DATE", p.value(), p, anchor, _mod_of(m))
    else:
        tense = ctx.tense(m.start(), m.end())
        here = y * 12 + cur
        y = min(
            (y - 1, y, y + 1),
            key=lambda yy: _tense_cost(yy * 12 + mo - here, tense, TENSE_PENALTY_MONTHS),
        )
    p = Point(date(y, mo, 1), "M")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


def _r_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m["year"])
    text = ctx.text
    before = text[max(0, m.start("year") - 12) : m.start("year")]
    after = text[m.end() : m.end() + 28]
    if re.search(r"[$£€#\d.,]\s*$", before) or (
        re.match(r"\s*(?:%|[.,]\d|-\d|\d)", after) and not _year_range(y, after)
    ):
        return None
    if _AMOUNT_AFTER.match(after):
        return None
    if not m["lead"] and not (1800 <= y <= 2099):
        return None
    half = re.match(r"(?:the\s+)?(first|second|last|latter)\s+half", m["pre"] or "", FLAGS)
    if half:  # "the first half of 1998" is the half year 1998-H1, not 1998 with a mod
        p = Point(date(y, 1 if half.group(1).lower() == "first" else 7, 1), "H")
        return Resolved("DATE", p.value(), p, ABSOLUTE)
    p = Point(date(y, 1, 1), "Y")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


_AMOUNT_AFTER = re.compile(
    r"\s*(?:percent|per\s|km|kilomet|miles?\b|people|tons?\b|tonnes|shares|points?\b|"
    r"dollars|units|cars|feet|metres|meters|troops|soldiers|hours|GMT|local)",
    re.IGNORECASE,
)


def _year_range(y: int, after: str) -> bool:
    """Whether ``after`` continues a year range ("the 1996-2000 plan"): TIMEX3 values hold
    no ranges, so TimeML annotates each end as its own DATE, and the first is a year too."""
    m = re.match(r"[-\u2013](1\d{3}|20\d{2})(?!\d)", after)
    return (
        m is not None
        and 0 < int(m.group(1)) - y <= 100
        and not _AMOUNT_AFTER.match(after[m.end() :])
    )


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


def _r_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["full"]:
        dec = int(m["full"])
    else:
        short = int(m["short"]) if m["short"] else _DECADE_WORDS.index(m["word"].lower()) + 2
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
        rel = m["qrel"].lower()
        delta = {"last": -1, "next": 1, "this": 0, "the current": 0, "the coming": 1,
                 "the past": -1, "the previous": -1}.get(rel, 0)  # fmt: skip
        return ctx.dct.year + delta, PUBLISHED
    if ctx.dct is None:
        return None, UNANCHORED
    return ctx.dct.year, PUBLISHED


def _r_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    n = ORDINALS.get(m["ord"].lower().replace(" ", ""))
    if n is None:
        try:
            n = int(m["ord"][-1])
        except ValueError:
            return None
    half = m["qunit"].lower().startswith("half")
    if not (1 <= n <= (2 if half else 4)):
        return None
    y, anchor = _anchor_year(m, ctx)
    if y is None:
        return Resolved("DATE", f"XXXX-{'H' if half else 'Q'}{n}", anchor=anchor, mod=_mod_of(m))
    month = (n - 1) * (6 if half else 3) + 1
    if (
        anchor == PUBLISHED
        and not m.groupdict().get("qrel")
        and ctx.dct is not None
        and month > ctx.dct.month
        and ctx.tense(m.start(), m.end()) != "future"
    ):
        y -= 1  # "the fourth quarter" in February is last year's
    p = Point(date(y, month, 1), "H" if half else "Q")
    return Resolved("DATE", p.value(), p, anchor, _mod_of(m))


def _r_the_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the quarter", "the latest quarter", "the period": the quarter under discussion.

    "The latest quarter" is the last one completed before publication, whatever was said
    before; "the quarter" is the one under discussion, else that same last completed one.
    """
    latest = re.search(r"latest|most\s+recent", m.group(0), re.IGNORECASE)
    if ctx.last_quarter is not None and not (latest and ctx.dct is not None):
        p = ctx.last_quarter
        return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
    if m["what"].lower() == "period" and not latest:
        return None
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-QX", anchor=UNANCHORED)
    p = shift(Point(ctx.dct, "Q"), -1, "Q")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"'\u201c\u2018(\[\n\u2014-])\s*$")


def _in_name(ctx: Context, start: int, end: int) -> bool:
    """Whether a capitalised time word mid-sentence is part of a name: "USA Today",
    "Hurriyet Daily News", "Operation Peace Spring", "the Daily Xtra" (a capitalised word
    beside it that does not open the sentence)."""
    text = ctx.text
    opens = _SENTENCE_OPEN.search(text[max(0, start - 3) : start])
    if not text[start : start + 1].isupper() or opens:
        return False
    before = re.search(r"([A-Z][\w.&'-]*)\s+$", text[max(0, start - 30) : start])
    if before and len(before.group(1)) > 1 and before.group(1).isupper():
        return True  # "USA Today", "BBC Weekly"
    if before:
        word_at = start - len(before.group(0))
        if not _SENTENCE_OPEN.search(text[max(0, word_at - 3) : word_at]):
            return True
    return bool(re.match(r"\s+[A-Z][a-z]", text[end : end + 3]))


def _r_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group(0) == m["season"] and _in_name(ctx, m.start(), m.end()):
        return None
    if m["season"][0].isupper() and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end("season") :][:3]):
        return None  # "the Spring Festival", "the Winter Olympics": a name, not the season
    code = SEASON_CODE[m["season"].lower()]
    if m["season"].lower() == "fall" and not (m["srel"] or m["syear"] or m["sdet"]):
        return None
    if m["syear"]:
        y, anchor = int(m["syear"]), ABSOLUTE
    elif m["spoken"] and (spoken := _spoken_year(m)) is not None:
        y, anchor = spoken, ABSOLUTE
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-{code}", anchor=UNANCHORED, mod=_mod_of(m))
    else:
        y, anchor = ctx.dct.year, PUBLISHED
        rel = _plain_rel(m["srel"])
        month = SEASON_MONTH[code]
        cur = Point(ctx.dct, "S").value().endswith(code)
        if rel == "last":
            y = y - 1 if (month >= ctx.dct.month or cur) else y
        elif rel == "next":
            y = y + 1 if (month <= ctx.dct.month or cur) else y
        elif rel != "this":
            tense = ctx.tense(m.start(), m.end())
            if tense == "past" and month > ctx.dct.month and not cur:
                y -= 1
    p = Point(date(y, SEASON_MONTH[code], 1), "S")
    return Resolved("DATE", f"{y:04d}-{code}", p, anchor, _mod_of(m))


def _weekday_point(ctx: Context, wd: int, rel: str, m: re.Match[str]) -> date:
    assert ctx.dct is not None
    today = ctx.dct.isoweekday()
    if rel in ("previous", "preceding", "following"):
        # "the previous Friday": the one before the day under discussion, when there is one
        base = ctx.last.day if ctx.last is not None and ctx.last.gran == "D" else ctx.dct
        if rel == "following":
            return base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        return base - timedelta(days=(base.isoweekday() - wd) % 7 or 7)
    if rel == "last":
        back = (today - wd) % 7 or 7
        return ctx.dct - timedelta(days=back)
    if rel in ("next", "coming"):
        fwd = (wd - today) % 7 or 7
        return ctx.dct + timedelta(days=fwd)
    if wd == today:
        return ctx.dct
    tense = ctx.tense(m.start(), m.end())
    # "This Sunday, he crossed the Channel": "this" names the nearest one, the tense says which;
    # a present clause about a weekday ("the vote is on Friday") looks ahead
    if tense in ("future", "present") or (tense in ("", "present_right") and rel == "this"):
        return ctx.dct + timedelta(days=(wd - today) % 7)
    return ctx.dct - timedelta(days=(today - wd) % 7)


def _day_of(ref: str, ctx: Context, m: re.Match[str]) -> tuple[date | None, str]:
    """The day a day-reference ("Friday", "yesterday", "Nov. 6") names, and its anchor."""
    low = ref.lower()
    if ctx.dct is None:
        return None, UNANCHORED
    if low == "today":
        return ctx.dct, PUBLISHED
    if low == "yesterday":
        return ctx.dct - timedelta(days=1), PUBLISHED
    if low == "tomorrow":
        return ctx.dct + timedelta(days=1), PUBLISHED
    if low in WEEKDAYS:
        return _weekday_point(ctx, WEEKDAYS[low], "", m), PUBLISHED
    mm = re.match(rf"({_MONTH})\s+(\d+)", ref, FLAGS)
    if mm:
        res = _absolute_day(None, _month_no(mm.group(1)), int(mm.group(2)), m, ctx)
        if res.point is not None:
            return res.point.day, PUBLISHED
    return None, PUBLISHED


def _r_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if (
        m.group(0) == m["wd"]
        and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
        and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3])
    ):
        return None  # "The Sunday Mail", "the Sunday Times": a newspaper
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["wrel"] or "").lower()
    part = _part_code(m.groupdict().get("part"))
    if m.groupdict().get("early"):
        part = "MO"  # "the early hours of Sunday": after midnight, a TIME of that day
    if ctx.dct is None:
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""),
                        anchor=UNANCHORED, mod=_mod_of(m))  # fmt: skip
    p = Point(_weekday_point(ctx, wd, rel, m), "D", part)
    return Resolved("TIME" if part else "DATE", p.value(), p, PUBLISHED, _mod_of(m))


def _part_code(raw: str | None) -> str:
    """The TIMEX3 part-of-day code; "the early hours" (after midnight) count as morning."""
    if not raw:
        return ""
    if raw.lower().endswith("hours"):
        return "MO"
    return {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[raw.lower()]


def _r_deictic(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group(0) == "Today" and _in_name(ctx, m.start(), m.end()):
        return None  # "USA Today"
    word = re.sub(r"\s+", " ", m["deix"].lower())
    part = _part_code(m.groupdict().get("part"))
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "tonight": 0, "last night": -1, "overnight": -1,
               "this": 0}  # fmt: skip
    if word in ("tonight", "last night", "overnight"):
        part = "NI"
    delta = offsets.get(word, 0)
    if ctx.dct is None:
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""),
                        anchor=UNANCHORED, mod=_mod_of(m))  # fmt: skip
    p = Point(ctx.dct + timedelta(days=delta), "D", part)
    return Resolved("TIME" if part else "DATE", p.value(), p, PUBLISHED, _mod_of(m))


def _r_part_of_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "mid-afternoon", "early morning", "afternoon yesterday", "in the morning", "that
    night": a part of the day named, else of the day under discussion (TimeML anchors a
    narrative's "that night" on the time in focus), else of the publication day."""
    part = _part_code(m["ppart"] or m["ppart2"] or m["ppart3"] or m["ppart4"])
    ref = (m["pref"] or m["pref2"] or "").lower()
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["ppre"] or "").lower())
    if ctx.dct is None:
        return Resolved("TIME", f"XXXX-XX-XXT{part}", anchor=UNANCHORED, mod=mod)
    if ref:
        day = ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(ref, 0))
        anchor = PUBLISHED
    elif ctx.last is not None and ctx.last.gran == "D":
        day, anchor = ctx.last.day, PREVIOUS
    else:
        day, anchor = ctx.dct, PUBLISHED
    p = Point(day, "D", part)
    return Resolved("TIME", p.value(), p, anchor, mod)


def _r_this_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """this/last/next week, month, year, quarter, decade; "the current year", "earlier this
    month" (mod START), "later this year" (mod END)."""
    rel = re.sub(r"\s+", " ", m["urel"].lower()).removeprefix("the ")
    unit = _unit(m["uunit"])
    mod = _mod_of(m)
    lead = (m["lead"] or "").lower()
    if lead.startswith("earlier"):
        mod = "START"
    elif lead.startswith("later"):
        mod = "END"
    delta = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1,
             "next": 1, "coming": 1, "following": 1}.get(rel, 0)  # fmt: skip
    if unit == "weekend":
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-WXX-WE", anchor=UNANCHORED, mod=mod)
        p = Point(ctx.dct, "W")
        if delta:
            p = shift(p, delta, "W")
        elif (
            rel == "the" and ctx.dct.isoweekday() < 5 and ctx.tense(m.start(), m.end()) != "future"
        ):
            p = shift(p, -1, "W")
        return Resolved("DATE", p.value() + "-WE", p, PUBLISHED, mod)
    if rel == "past" and unit == "century":
        # "over the past century": a hundred years up to now, not the 20th century
        return Resolved("DURATION", _duration(1, unit), anchor=None, mod=mod)
    if rel in ("following", "previous") and ctx.last is not None and unit in _GRAN_OF_UNIT:
        # "the following month": one after the time under discussion, not after publication
        gran = _GRAN_OF_UNIT[unit]
        base = ctx.last if _order(ctx.last.gran) >= _order(gran) else None
        if base is not None:
            p = _shift_unit(Point(base.day, gran), delta, unit)
            return Resolved("DATE", p.value(), p, PREVIOUS, mod)
    res = _rel(ctx, lambda d: _shift_unit(_period(d, unit), delta, unit), _X[_GRAN_OF_UNIT[unit]])
    res.mod = mod
    return res


def _r_unit_before(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year before", "the month after" closing a clause: the unit before or after the
    time under discussion, as "the previous year" and "the following month" are."""
    rel = "previous" if m["ubefore"].lower() == "before" else "following"
    return _r_this_unit(_Override(m, urel=rel, lead=None, pre=None), ctx)  # type: ignore[arg-type]


def _r_the_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year/week/month": a length when it is a span ("the year ended March 31", "over
    the month"), else a calendar period: the year of publication ("sales for the year"), the
    month or week under discussion."""
    unit = _unit(m["tunit"])
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    after = ctx.text[m.end() : m.end() + 10].lower()
    if re.search(r"\b(?:over|through|throughout)\s+$", before) or re.match(
        r"\s+(?:ended|ending|to\b|through)", after
    ):
        return Resolved("DURATION", _duration(1, unit), mod=_mod_of(m))
    if m["tahead"] and m["tdet"].lower() == "the":
        # "the year ahead" is "the coming year": the next one after publication
        res = _rel(ctx, lambda d: _shift_unit(_period(d, unit), 1, unit), _X[_GRAN_OF_UNIT[unit]])
        res.mod = _mod_of(m)
        return res
    if re.search(r"\blatest\s", m.group(0), re.IGNORECASE):
        # "the latest fiscal year": the last one completed, as "the latest quarter"
        res = _rel(ctx, lambda d: _shift_unit(_period(d, unit), -1, unit), _X[_GRAN_OF_UNIT[unit]])
        res.mod = _mod_of(m)
        return res
    that = m["tdet"].lower() == "that"  # "that year": the one just mentioned
    if (
        ctx.last is not None
        and (_GRAN_OF_UNIT[unit] in ("M", "W") or that)
        and _order(ctx.last.gran) >= _order(_GRAN_OF_UNIT[unit])
    ):
        gran = _GRAN_OF_UNIT[unit]
        p = Point(ctx.last.day, gran)
        return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
    res = _rel(ctx, lambda d: _period(d, unit), _X[_GRAN_OF_UNIT[unit]])
    half = re.match(r"(?:the\s+)?(first|second|last|latter)\s+half", m["pre"] or "", FLAGS)
    if half and unit == "year" and res.point is not None:
        # "the first half of the year" is the half year 2019-H1, as "the first half of 2019"
        first = half.group(1).lower() == "first"
        p = Point(date(res.point.day.year, 1 if first else 7, 1), "H")
        return Resolved("DATE", p.value(), p, res.anchor)
    res.mod = _mod_of(m)
    return res


def _r_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    res = _rel(ctx, lambda d: Point(d, "Y"), "XXXX")
    res.mod = "END"
    return res  # "around year end": the span keeps "around", the year its END


def _r_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "three years ago" (from the creation time), "a year earlier" (from the previous
    expression); a year back from a quarter stays a quarter."""
    unit = _unit(m["unit"])
    direction = m["dir"].lower()
    if not m["num"] and not m["adj"] and m["unit"].lower().endswith("s"):
        # "years later", "months ago": how long is not said (TimeML: a vague length)
        return Resolved("DURATION", _duration(None, unit), mod=_mod_of(m))
    amount = _num(m["num"]) if m["num"] else 1
    sign = 1 if direction in ("later", "after", "from now", "hence", "on") else -1
    mod = _mod_of(m)
    if unit in TIME_UNITS or (direction in ("earlier", "later") and unit in ("day", "week")):
        return Resolved("DURATION", _duration(amount, unit), mod=mod)
    if unit == "millennium":  # no calendar unit to count back in: only the direction is sure
        anchor = PUBLISHED if ctx.dct else UNANCHORED
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor=anchor, mod=mod)
    gran = _GRAN_OF_UNIT.get(unit, "D")
    use_previous = direction in ("earlier", "later", "before", "after", "on") or m["adj"]
    base: Point | None
    anchor = PUBLISHED
    if unit == "year" and amount == 1 and ctx.last_quarter is not None:
        # results news: "up from $4 a year ago" compares with the quarter under discussion
        base, anchor = ctx.last_quarter, PREVIOUS
    elif use_previous and ctx.last is not None:
        base, anchor = ctx.last, PREVIOUS
        if unit == "year" and base.gran in ("M", "W"):
            base = Point(base.day, "Y")  # "a year earlier" than a month is a year
    elif ctx.dct is not None:
        base = Point(ctx.dct, gran)
    else:
        base = None
    if amount is None or amount != int(amount):
        if base is None:
            return Resolved("DATE", _X[gran], anchor=UNANCHORED, mod=mod)
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor=anchor, mod=mod)
    if base is None:
        return Resolved("DATE", _X[gran], anchor=UNANCHORED, mod=mod)
    if base.gran not in ("Q", "H", "M", "W", "D", "S") or _order(base.gran) < _order(gran):
        base = Point(base.day, gran)
    p = _shift_unit(Point(base.day, base.gran), sign * int(amount), unit)
    return Resolved("TIME" if p.part else "DATE", p.value(), p, anchor, mod, anchors=False)


def _year_before_quarter(ctx: Context) -> Resolved:
    """The quarter under discussion (else the last full one before publication), a year back:
    "the year-ago quarter" in results news."""
    base = ctx.last_quarter
    if base is None:
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-QX", anchor=UNANCHORED)
        base = shift(Point(ctx.dct, "Q"), -1, "Q")
    p = shift(base, -1, "Y")
    return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)


def _r_adj_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year-ago quarter", "the year-earlier third quarter", "the year-earlier nine
    months" (a length, as results news compares it)."""
    if m["amonths"]:
        return Resolved("DURATION", _duration(_num(m["amonths"]), "month"))
    if m["noun"] and not m["aord"] and m["unit"].lower() == "year":
        # "the comparable year-ago quarter": the quarter under discussion, a year back
        return _year_before_quarter(ctx)
    if m["aord"] and m["unit"].lower() == "year":
        res = _r_ago(m, ctx)
        if res is None or res.point is None:
            return res
        n = ORDINALS[m["aord"].lower()]
        p = Point(date(res.point.day.year, (n - 1) * 3 + 1, 1), "Q")
        return Resolved("DATE", p.value(), p, res.anchor, anchors=False)
    return _r_ago(m, ctx)


def _order(gran: str) -> int:
    return "CEYHSQMWD".index(gran)


def _r_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw_num = m["num"]
    unit = _unit(m["unit"])
    amount = _num(raw_num) if raw_num else None
    det = (m.groupdict().get("det") or "").lower()
    plural = m["unit"].lower().endswith("s") and unit != "century"
    if raw_num is None and (not det or plural):
        amount = None
    elif raw_num is None and det:
        amount = 1
    if raw_num and re.fullmatch(r"1[89]\d\d|20\d\d", raw_num) and "-" not in m.group(0):
        return None
    if raw_num and raw_num.lower() in ("a", "an") and unit == "weekend":
        return None
    if raw_num and re.fullmatch(r"[\d,]+(?:\.\d+)?", raw_num) and (_num(raw_num) or 0) > 5000:
        return None
    if amount is not None and (m.groupdict().get("half") or m.groupdict().get("half2")):
        amount += 0.5
    if amount is None and plural:
        # "coming quarters": a vague time ahead, which TimeML writes as a reference point;
        # "recent years", "the past few weeks" are vague lengths (TempEval-3: PXY, PXW)
        words = set(m.group(0).lower().replace("-", " ").split())
        anchor = PUBLISHED if ctx.dct else UNANCHORED
        if words & {"coming", "future", "upcoming"}:  # "the next few days" stays a length
            return Resolved("DATE", "FUTURE_REF", anchor=anchor, mod=_mod_of(m))
    ahead = _in_time_ahead(m, ctx, amount, unit)
    if ahead is not None:
        return ahead
    return Resolved("DURATION", _duration(amount, unit), mod=_mod_of(m))


#: "the first time in five years", "the first surplus in five years", "the highest in a
#: decade": a span looked back over
_LOOKING_BACK = re.compile(
    r"\b(?:first|only|\w{2,}est|ever|high|low|record|level|time)\b[^.,;]{0,30}\bin\s+$",
    re.IGNORECASE,
)


def _in_time_ahead(
    m: re.Match[str], ctx: Context, amount: float | None, unit: str
) -> Resolved | None:
    """ "will be redeemed in five years", "will leave in two weeks": "in" and a count in a
    clause about the future name the time that far ahead of publication, a DATE (TimeBank
    dates it so); "built in two weeks" or "within a year" stay lengths."""
    if (
        ctx.dct is None
        or amount is None
        or amount != int(amount)
        or m["det"]
        or m["pre"]
        or unit not in ("day", "week", "month", "year", "decade")
        or not re.search(r"\bin\s+$", ctx.text[max(0, m.start() - 4) : m.start()], FLAGS)
        or _LOOKING_BACK.search(ctx.text[max(0, m.start() - 45) : m.start()])
        or ctx.tense(m.start(), m.end()) != "future"
    ):
        return None
    p = _shift_unit(_period(ctx.dct, unit), int(amount), unit)
    return Resolved("DATE", p.value(), p, PUBLISHED, anchors=False)


def _r_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    if " " not in m.group(0) and _in_name(ctx, m.start(), m.end()):
        return None  # "Hurriyet Daily News"
    if m.group(0).lower() == "daily" and re.match(
        r"\s+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3]
    ):
        return None  # "the Greek daily Kathimerini": a newspaper
    word = m.group(0).lower()
    if m["wd_each"] or m["wd_pl"]:
        # "every Tuesday", "on Mondays", "Tuesday nights": the weekday, each week
        wd = WEEKDAYS[(m["wd_each"] or m["wd_pl"]).lower()]
        part = _part_code(m["part"] or (m["part_pl"] or "").rstrip("s") or None)
        return Resolved("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if m["mo_each"]:
        return Resolved("SET", f"XXXX-{MONTHS[m['mo_each'].lower()]:02d}")  # "each July"
    # "each summer", "every morning", "every other week", "every weekend": the calendar unit
    # with the year (or day) left open, as "each July" is
    if m["se_each"]:
        return Resolved("SET", f"XXXX-{SEASON_CODE[m['se_each'].lower()]}")
    if m["pt_each"]:
        return Resolved("SET", f"XXXX-XX-XXT{_part_code(m['pt_each'])}")
    if m["other"]:
        return Resolved("SET", _duration(2, m["other"].lower()))
    if m["we"]:
        return Resolved("SET", "XXXX-WXX-WE")
    for adverb, value in (("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"),
                          ("annually", "P1Y"), ("yearly", "P1Y"), ("nightly", "P1D"),
                          ("hourly", "PT1H")):  # fmt: skip
        if word.startswith(adverb):
            return Resolved("SET", value)
    unit = _unit(m["sunit"])
    amount = _num(m["snum"]) if m["snum"] else 1
    return Resolved("SET", _duration(amount if amount is not None else 1, unit))


_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|cents?|dollars?|percent|%|times|twice|once|thrice|"
    r"barrels|tons|tonnes|units|shares|hours)\s*$"
    # "700 seats a week", "1,000 new jobs a month": a counted noun makes a rate too
    r"|(?<![\w,.])(?!(?:1\d{3}|20\d{2})\s)\d[\d,.]*\s+(?!(?:years?|months?|weeks?|days?|hours?)\b)[a-z-]+"
    r"(?:\s+(?!(?:years?|months?|weeks?|days?|hours?)\b)[a-z-]+)?\s+$",
    re.IGNORECASE,
)


def _is_rate(ctx: Context, start: int) -> bool:
    """Whether "a year" at ``start`` follows an amount ("$33 million a year"): then a SET."""
    return bool(_RATE_BEFORE.search(ctx.text[max(0, start - 30) : start]))


_SPEED_BEFORE = re.compile(
    r"(?:miles|mi|km|kilomet(?:re|er)s?|met(?:re|er)s|feet|ft|knots|nautical\s+miles)\s*$",
    re.IGNORECASE,
)


def _r_next_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the next day", "the following morning", "the day before": a day beside the one under
    discussion (else beside the publication day)."""
    rel = (m["ndrel"] or m["ndrel2"]).lower()
    step = 1 if rel in ("next", "following", "after") else -1
    unit = (m["ndunit"] or "day").lower()
    part = "" if unit == "day" else _part_code("night" if unit == "night" else unit)
    if ctx.last is not None and ctx.last.gran == "D":
        base, anchor = ctx.last.day, PREVIOUS
    elif ctx.dct is not None:
        base, anchor = ctx.dct, PUBLISHED
    else:
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""),
                        anchor=UNANCHORED)  # fmt: skip
    p = Point(base + timedelta(days=step), "D", part)
    return Resolved("TIME" if part else "DATE", p.value(), p, anchor)


#: fixed-date holidays news dates events by (month, day)
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "boxing day": (12, 26), "independence day": (7, 4),
}  # fmt: skip


def _r_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "on Christmas Day", "New Year's Eve 2019": a day of the calendar, its year by tense."""
    name = re.sub(r"\s+", " ", m["hol"].lower())
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if (
        name in ("christmas", "halloween")
        and not m["year"]
        and not re.search(
            r"\b(?:on|at|by|before|after|since|until|till|over|during|for|this|last|next|from|"
            r"around)\s+$",
            before,
        )
    ):
        return None  # "Christmas trees", "Halloween parties": no date said
    if name in HOLIDAYS:
        mo, d = HOLIDAYS[name]
        return _absolute_day(int(m["year"]) if m["year"] else None, mo, d, m, ctx)
    rule = _FLOATING[_floating_key(name)]
    if m["year"]:
        p = Point(rule(int(m["year"])), "D")
        return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", anchor=UNANCHORED, mod=_mod_of(m))
    tense = ctx.tense(m.start(), m.end())
    options = [rule(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    best = min(options, key=lambda o: _tense_cost((o - ctx.dct).days, tense, TENSE_PENALTY_DAYS))
    p = Point(best, "D")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


def _nth_weekday(y: int, mo: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month (``n`` = -1: the last one)."""
    if n < 0:
        last = date(y, mo, calendar.monthrange(y, mo)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(y, mo, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def _easter(y: int) -> date:
    from dateutil.easter import easter  # pandas depends on python-dateutil

    return easter(y)


#: holidays whose date moves with the year (US federal rules; Easter by the Western computus)
_FLOATING: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(days=1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),
    "mother's day": lambda y: _nth_weekday(y, 5, 7, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 7, 3),
    "easter": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
}


def _floating_key(name: str) -> str:
    """ "Thanksgiving Day" -> "thanksgiving", "Martin Luther King Jr. Day" -> its key."""
    name = name.replace("’", "'")
    if name.startswith("martin luther king"):
        return "martin luther king day"
    if name.startswith("president"):
        return "presidents day"
    name = name.removesuffix(" sunday")
    return "thanksgiving" if name.startswith("thanksgiving") else name


def _r_week_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the first week of April": the ISO week holding its first (or last) days."""
    mo = _month_no(m["womonth"])
    if m["year"]:
        y = int(m["year"])
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", anchor=UNANCHORED)
    else:
        res = _r_month(
            _Override(m, month=m["womonth"], rel="", prep="in", pre=None, myrel=None), ctx
        )
        if res is None or res.point is None:
            return res
        y = res.point.day.year
    which = m["wom"].lower()
    if which in ("last", "final"):
        day = date(y, mo, calendar.monthrange(y, mo)[1])
    else:
        day = date(y, mo, 1) + timedelta(days=7 * (ORDINALS[which] - 1))
    p = Point(day, "W")
    return Resolved("DATE", p.value(), p, ABSOLUTE if m["year"] else PUBLISHED)


def _r_that_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "later that day", "the same day", "earlier in the day": the day under discussion."""
    if ctx.last is not None and ctx.last.gran == "D":
        p = Point(ctx.last.day, "D")
        return Resolved("DATE", p.value(), p, PREVIOUS)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-XX-XX", anchor=UNANCHORED)
    p = Point(ctx.dct, "D")
    return Resolved("DATE", p.value(), p, PUBLISHED)


def _r_week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the week of October 21": the week holding that day."""
    month, day = (m["wmonth"], m["wday"]) if m["wmonth"] else (m["wmonth2"], m["wday2"])
    res = _absolute_day(int(m["wyear"]) if m["wyear"] else None, _month_no(month), int(day), m, ctx)
    if res.point is None:
        return res
    p = Point(res.point.day, "W")
    return Resolved("DATE", p.value(), p, res.anchor)


#: a frequency before "a week" ("twice a week"), read backwards from the unit phrase (a
#: regex group in front of the rule would be tried at every position of the text)
_FREQ_BEFORE = re.compile(
    r"\b(?:once|twice|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"many|a\s+few)\s+times)\s+$",
    re.IGNORECASE,
)


def _freq_before(m: re.Match[str]) -> int | None:
    """Where the frequency before a rate match starts, or ``None``."""
    f = _FREQ_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    return f.start() if f else None


def _r_per_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "$33 million a year": a rate only after an amount, "twice" or "times"; "miles per
    hour" is a speed, no time. The frequency belongs to the SET's extent ("twice a week",
    TimeML's own example: value P1W, freq 2X)."""
    if _SPEED_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()]):
        return None
    if _freq_before(m) is not None or m["art"].lower() == "per" or _is_rate(ctx, m.start()):
        return Resolved("SET", _duration(1, _unit(m["punit"])))
    return None


def _r_vague_length(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "for a while", "for some time": a length whose unit is not said either (TimeML ``PXX``),
    only after a preposition of extent, so "some time ago" and "once in a while" stay out."""
    return Resolved("DURATION", "PXX")


def _r_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group(0) == "Current" and _in_name(ctx, m.start(), m.end()):
        return None  # "the journal Current Biology"
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word in ("current",):
        after = ctx.text[m.end() : m.end() + 12].lower()
        if re.match(r"\s+(?:account|affairs|events|and|or|flows?|of\b|,|\.)", after):
            return None
    if any(word.endswith(k) for k in ("future", "soon", "shortly", "term", "possible")):
        value = "FUTURE_REF"
    elif any(k in word for k in ("recent", "lately", "past", "previous", "formerly")):
        value = "PAST_REF"
    else:
        value = "PRESENT_REF"
    return Resolved("DATE", value, anchor=PUBLISHED if ctx.dct else UNANCHORED)


_DAY_AFTER_PAREN = re.compile(
    rf"\s*(?:\([^()\n]{{1,30}}\)|\))\s*,?\s*(?:on\s+)?(?P<pday>{_WEEKDAY}|yesterday|today|"
    r"tomorrow)\b",
    FLAGS,
)


def _r_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A clock time, on the day it names or else the creation day."""
    hhmm = _clock(m)
    if hhmm is None:
        return None
    ref = m.groupdict().get("dayref") or m.groupdict().get("dayref2")
    if not ref:
        # wire style "at 10:40 a.m. (0740 GMT) Friday": the day follows the parenthesis
        after = _DAY_AFTER_PAREN.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 50))
        ref = after["pday"] if after else None
    day: date | None
    if ref:
        day, anchor = _day_of(ref, ctx, m)
    elif ctx.last is not None and ctx.last.gran == "D" and ctx.dct is not None:
        day, anchor = ctx.last.day, PREVIOUS
    else:
        day, anchor = ctx.dct, PUBLISHED if ctx.dct else UNANCHORED
    if day is None:
        return Resolved("TIME", f"XXXX-XX-XXT{hhmm}", anchor=UNANCHORED, mod=_mod_of(m))
    p = Point(day, "D", hhmm)
    return Resolved("TIME", p.value(), p, anchor, _mod_of(m))


def _clock(m: re.Match[str]) -> str | None:
    if m["mil"]:  # wire style "at 0600 GMT"
        return f"{m['mil']}:{m['milm']}"
    if m["noon"]:
        return "24:00" if m["noon"].lower() == "midnight" else "12:00"
    if m["hh24"] is not None:
        hh, mm = int(m["hh24"]), int(m["mm24"])
        if hh > 23:
            return None
        return f"{hh:02d}:{mm:02d}"
    hh = int(m["hh"])
    mm = int(m["mm"] or 0)
    if not 1 <= hh <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    hh = (hh % 12) + (12 if pm else 0)
    return f"{hh:02d}:{mm:02d}"


def _r_slash(m: re.Match[str], ctx: Context) -> Resolved | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["c"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    if a > 12 >= b:
        a, b = b, a  # day/month order
    return _absolute_day(y, a, b, m, ctx)


def _r_fiscal(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m["fy"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    p = Point(date(y, 1, 1), "Y")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


# --------------------------------------------------------------------------- rules

#: "earlier"/"later" opening an expression, unless it closes a length ("two days later")
_LEAD = (
    r"(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)(?<!hours\s)(?<!day\s)(?<!week\s)"
    r"(?<!month\s)(?<!year\s)(?<!hour\s)(?:earlier|later)"
)
_REL = (
    r"(?P<urel>this|last|next|the\s+(?:current|present|past|previous|coming|following|next|last))"
)
_YEAR_REF = r"(?:(?P<qrel>this|last|next)\s+year'?s|(?P<qyear1>1\d{3}|20\d{2})(?:'s)?)"

RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b"), _r_iso),
    (
        "slash",
        re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{4}|\d{2})(?![\d/])"),
        _r_slash,
    ),
    (
        "day_month",
        re.compile(
            rf"\b{_PRE}(?:(?:the\s+)?(?P<dpart>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH})"
            rf"(?![a-z])(?:,?\s+{_YEAR}\b)?"
            r"(?:,?\s+(?:of\s+)?(?P<dmrel>this|last|next)\s+year\b)?",
            FLAGS,
        ),
        _r_day_month,
    ),
    (
        "month_day",
        re.compile(
            rf"\b{_PRE}(?:(?:the\s+)?(?P<dpart>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})(?![a-z])"
            r"\s*(?:the\s+)?"
            rf"{_DAY}(?![\d:,.]\d)\b(?:,?\s+{_YEAR}\b)?"
            r"(?:,?\s+(?:of\s+)?(?P<dmrel>this|last|next)\s+year\b)?",
            FLAGS,
        ),
        _r_day_month,
    ),
    (
        "month_year",
        re.compile(
            rf"\b{_PRE}(?P<month>{_MONTH})(?![a-z]),?\s+(?:of\s+)?(?:{_YEAR}|{_SPOKEN_YEAR})\b",
            FLAGS,
        ),
        _r_month_year,
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?P<prep>in|since|until|by|from|through|during|of)\s+)?\b{_PRE}(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?"
            rf"(?P<month>{_MONTH})(?![a-z])(?:,?\s+(?:of\s+)?(?P<myrel>this|last|next)\s+year\b)?",
            FLAGS,
        ),
        _r_month,
    ),
    (
        "year",
        re.compile(
            rf"\b{_PRE}(?P<lead>(?:the\s+)?(?:(?:full|calendar)\s+)?(?:year|in|since|of)\s+)?"
            rf"{_YEAR}\b",
            FLAGS,
        ),
        _r_year,
    ),
    (
        "fiscal",
        re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<fy>1\d{3}|20\d{2}|'?\d{2})\b", FLAGS),
        _r_fiscal,
    ),
    (
        "spelled_year",
        re.compile(
            rf"\b{_PRE}(?:the\s+year\s+)?(?:nineteen[ -](?P<tail>{_WORDNUM})|"
            rf"(?<=the\syear\s)(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest>{_WORDNUM}))?)\b",
            FLAGS,
        ),
        _r_spelled_year,
    ),
    (
        "decade",
        re.compile(
            rf"(?:\b|(?<=\s)(?='\d0s))(?:the\s+)?{_PRE}(?:(?P<full>1\d{{2}}|20\d)0'?s|"
            r"(?:'|\u2019)(?P<short>\d)0s|"
            r"(?<=the\s)(?P<word>twenties|thirties|forties|fifties|sixties|seventies|"
            r"eighties|nineties))\b",
            FLAGS,
        ),
        _r_decade,
    ),
    (
        "century",
        re.compile(
            rf"\b(?:the\s+)?{_PRE}(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|"
            r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
            r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            r"twenty[- ]first)[\s-]+century\b",
            FLAGS,
        ),
        lambda m, ctx: _r_century_words(m, ctx),
    ),
    (
        "quarter",
        re.compile(
            rf"\b{_PRE}(?:(?:the|its)\s+)?(?:{_YEAR_REF}\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
            r"(?P<qunit>quarter|half)(?![\s-]+(?:of\s+(?:a|an|the|its|all|those|these)\b|point|"
            r"mile|century|inning|percent))"
            rf"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<qyear>1\d{{3}}|20\d{{2}})\b|\s+of\s+(?P<qrel2>this|last|next)"
            r"\s+year)?",
            FLAGS,
        ),
        lambda m, ctx: _quarter_wrapper(m, ctx),
    ),
    (
        "q_code",
        re.compile(r"\b(?P<ord>Q[1-4])(?P<qunit>)\s*(?P<qyear>1\d{3}|20\d{2})?\b"),
        lambda m, ctx: _r_qcode(m, ctx),
    ),
    (
        "the_quarter",
        re.compile(
            r"\b(?:the|this|that)\s+(?:latest\s+|most\s+recent\s+|same\s+|year-(?:ago|earlier)\s+|"
            r"(?P<tqyear>1\d{3}|20\d{2})\s+)?"
            r"(?P<what>quarter|period)\b(?!\s+of|[\s-]+(?:century|mile|final|point|inch|pound))",
            FLAGS,
        ),
        lambda m, ctx: _the_quarter_wrapper(m, ctx),
    ),
    (
        "season",
        re.compile(
            rf"\b{_PRE}(?:(?P<sdet>the|in)\s+)?(?:(?P<srel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?"
            r"(?P<season>spring|summer|autumn|fall|winter)\b"
            rf"(?:\s+(?:of\s+)?(?:{_YEAR.replace('year', 'syear')}|{_SPOKEN_YEAR}))?",
            FLAGS,
        ),
        _r_season,
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:the\s+(?P<early>early|small|wee)\s+hours\s+of\s+)?"
            rf"{_PRE}(?:{_LEAD}\s+)?(?:(?P<wrel>last|next|this(?:\s+past|\s+coming)?|coming|on|"
            rf"the\s+(?:previous|preceding|following))\s+)?(?P<wd>{_WEEKDAY})"
            rf"(?:\s+{_PART})?\b",
            FLAGS,
        ),
        lambda m, ctx: _weekday_wrapper(m, ctx),
    ),
    (
        "deictic",
        re.compile(
            rf"\b{_PRE}(?:{_LEAD}\s+)?(?P<deix>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            rf"today|yesterday|tomorrow|tonight|last\s+night|overnight|this(?=\s+(?:morning|afternoon|evening|night)))"
            rf"(?:'s)?(?:\s+{_PART})?\b",
            FLAGS,
        ),
        _r_deictic,
    ),
    (
        "part_of_day",
        re.compile(
            r"\b(?:(?P<ppre>early|late|mid)[\s-]?(?P<ppart>morning|afternoon|evening)"
            r"(?:\s+(?:on\s+)?(?P<pref>yesterday|today|tomorrow))?|"
            r"(?P<ppart2>morning|afternoon|evening|night)\s+(?P<pref2>yesterday|today)|"
            r"(?:in\s+the|that|the\s+same)\s+(?P<ppart3>morning|afternoon|evening)|"
            r"(?:that|the\s+same)\s+(?P<ppart4>night))\b(?!\s+of\b)",
            FLAGS,
        ),
        lambda m, ctx: _r_part_of_day(m, ctx),
    ),
    (
        "this_unit",
        re.compile(
            rf"\b{_PRE}(?P<lead>{_LEAD}\s+(?:in\s+)?)?{_REL}\s+(?:fiscal\s+)?"
            r"(?P<uunit>week|month|year|quarter|decade|century|weekend)\b(?!-)(?:\s+or\s+so\b)?",
            FLAGS,
        ),
        _r_this_unit,
    ),
    (
        "unit_before",
        re.compile(
            r"\bthe\s+(?P<uunit>week|month|year)\s+(?P<ubefore>before|after)"
            r"(?=\s*[.,;:)\u2014]|\s*$)",
            FLAGS,
        ),
        lambda m, ctx: _r_unit_before(m, ctx),
    ),
    (
        "the_unit",
        re.compile(
            rf"\b{_PRE}(?:{_LEAD}\s+in\s+)?(?P<tdet>the|that)\s+(?:(?:latest|fiscal)\s+)*"
            r"(?P<tunit>year|month|week)\b"
            r"(?![\s-](?:ago|earlier|before|old))(?:\s+(?P<tahead>ahead)\b)?",
            FLAGS,
        ),
        _r_the_unit,
    ),
    (
        "the_weekend",
        re.compile(
            rf"\b{_PRE}(?:the|this(?:\s+past|\s+coming)?|last|next|past|coming)\s+(?P<urel>)"
            r"(?P<uunit>weekend)\b",
            FLAGS,
        ),
        lambda m, ctx: _weekend(m, ctx),
    ),
    (
        "year_end",
        re.compile(
            r"\b(?:(?P<pre>about|around)\s+)?"
            r"(?:(?:the\s+)?year'?s?[\s-]end|the\s+end\s+of\s+the\s+year)\b",
            FLAGS,
        ),
        _r_year_end,
    ),
    (
        "holiday",
        re.compile(
            r"\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New Year's\s+(?:Day|Eve)|Halloween|"
            r"Valentine's\s+Day|Boxing Day|Independence Day|Thanksgiving(?:\s+Day)?|"
            r"Election Day|Memorial Day|Labor Day|Martin Luther King(?:,?\s+Jr\.?)?\s+Day|"
            r"Presidents['\u2019]?\s+Day|Mother['\u2019]s Day|Father['\u2019]s Day|"
            r"Easter(?:\s+Sunday)?|Good Friday)(?![\w'])"
            rf"(?:,?\s+{_YEAR}\b)?",
        ),
        lambda m, ctx: _r_holiday(m, ctx),
    ),
    (
        "week_of_month",
        re.compile(
            r"\bthe\s+(?P<wom>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"(?P<womonth>{_MONTH})(?![a-z])(?:,?\s+{_YEAR}\b)?",
            FLAGS,
        ),
        lambda m, ctx: _r_week_of_month(m, ctx),
    ),
    (
        "that_day",
        re.compile(
            rf"\b(?:(?P<tdlead>{_LEAD})\s+(?:in\s+)?)?(?:that|the\s+same)\s+day\b(?![\s-]+(?:of|before|after)\b)|"
            rf"\b{_LEAD}\s+in\s+the\s+day\b",
            FLAGS,
        ),
        lambda m, ctx: _r_that_day(m, ctx),
    ),
    (
        "next_day",
        re.compile(
            r"\bthe\s+(?P<ndrel>next|following|previous|preceding)\s+(?P<ndunit>day|morning|"
            r"afternoon|evening|night)\b|\bthe\s+day\s+(?P<ndrel2>before|after)(?=\s*[.,;:)]|$)",
            FLAGS,
        ),
        lambda m, ctx: _r_next_day(m, ctx),
    ),
    (
        "week_of",
        re.compile(
            rf"\bthe\s+week\s+of\s+(?:(?P<wmonth>{_MONTH})\s+(?P<wday>[0-3]?\d)(?!\d)|"
            rf"(?P<wday2>[0-3]?\d)\s+(?P<wmonth2>{_MONTH}))(?![a-z])(?:,?\s+(?P<wyear>1\d{{3}}|20\d{{2}})\b)?",
            FLAGS,
        ),
        lambda m, ctx: _r_week_of(m, ctx),
    ),
    (
        "ago",
        re.compile(
            rf"\b{_PRE}(?:(?P<num>{_NUM})\s+|(?P<adj>))(?P<unit>{_UNIT})\s+"
            r"(?:or\s+so\s+)?"
            r"(?P<dir>ago|earlier|later|from\s+now|hence|back(?!\s+(?:to|in|from|on|into)\b))\b",
            FLAGS,
        ),
        lambda m, ctx: _ago_guard(m, ctx),
    ),
    (
        "adj_ago",
        re.compile(
            r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?"
            r"(?P<adj>(?P<num>)(?P<unit>year|month|week|quarter)-(?P<dir>ago|earlier))"
            r"(?P<noun>\s+(?:(?P<aord>first|second|third|fourth)[\s-]+)?(?:quarter|period)|"
            r"\s+(?P<amonths>three|six|nine)\s+months)?\b",
            FLAGS,
        ),
        lambda m, ctx: _r_adj_ago(m, ctx),
    ),
    (
        "duration",
        re.compile(
            rf"\b{_PRE}(?:(?P<det>the|its|his|her|their|our|a)\s+)?(?:(?:past|last|"
            r"next|first|previous|coming|following|final|remaining|additional|further|"
            r"recent|full|entire|whole|same|latest)\s+)?"
            rf"(?:(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half|\s+1/2)?"
            rf"(?:\s*(?:-|\u2013|to|or)\s*(?P<num2>\d{{1,4}}|{_WORDNUM})(?=[\s-]))?[\s-]+"
            r"(?:(?:more|additional|further|extra|consecutive|straight|successive|trading|"
            r"business|working)\s+)?)?"
            rf"(?P<unit>{_UNIT}|weekends?)(?P<half2>\s+and\s+a\s+half\b)?(?:-(?:old|long))?\b(?!-)"
            r"(?:\s+or\s+so\b|(?<=s)\s+ahead\b)?",
            FLAGS,
        ),
        lambda m, ctx: _duration_guard(m, ctx),
    ),
    (
        "set",
        re.compile(
            rf"\b(?:(?:every|each)\s+(?:(?P<snum>{_NUM})\s+)?(?P<sunit>{_UNIT})|"
            rf"(?:every|each)\s+(?P<wd_each>{_WEEKDAY})(?:\s+{_PART})?|"
            r"(?:every|each)\s+(?P<mo_each>January|February|March|April|May|June|July|August|"
            r"September|October|November|December)|"
            r"(?:every|each)\s+(?P<se_each>spring|summer|autumn|fall|winter)|"
            r"(?:every|each)\s+(?P<pt_each>morning|afternoon|evening|night)|"
            r"every\s+other\s+(?P<other>day|week|month|year)|"
            r"(?P<we>(?:every|each)\s+weekend)|"
            rf"(?P<wd_pl>{_WEEKDAY})(?:s|\s+(?P<part_pl>mornings|afternoons|evenings|nights))|"
            r"daily|weekly|monthly|annually|yearly|nightly|hourly)\b",
            FLAGS,
        ),
        _r_set,
    ),
    (
        "per_unit",
        re.compile(r"\b(?P<art>a|an|per)\s+(?P<punit>day|week|month|year|hour)\b(?!-)", FLAGS),
        _r_per_unit,
    ),
    (
        "vague_length",
        re.compile(
            r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bwithin\s)|(?<=\bquite\s)|(?<!once\sin\s)(?<=\bin\s))"
            r"(?:a\s+(?:little\s+|short\s+|long\s+)?while|some\s+time)\b",
            FLAGS,
        ),
        lambda m, ctx: _r_vague_length(m, ctx),
    ),
    (
        "ref",
        re.compile(
            r"\b(?:as\s+soon\s+as\s+possible|right\s+now|now|nowadays|currently|current|at\s+present|presently|"
            r"these\s+days|at\s+the\s+moment|recently|recent|lately|in\s+the\s+past|"
            r"the\s+past|in\s+the\s+future|(?:the\s+)?near\s+future|the\s+future|"
            r"the\s+(?:near|short)\s+term|soon|shortly)\b",
            FLAGS,
        ),
        lambda m, ctx: _ref_guard(m, ctx),
    ),
    (
        "time",
        re.compile(
            rf"\b{_PRE}(?:(?P<dayref2>{_WEEKDAY}|yesterday|today|tomorrow)(?:\s+at)?\s+)?{_TIME}"
            rf"(?:,?\s+(?:on\s+)?{_DAYREF})?",
            FLAGS,
        ),
        _r_time,
    ),
]


_CENTURY_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
)  # fmt: skip


def _r_century_words(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw = m["nth"].lower().replace(" ", "-")
    words = {w: i + 1 for i, w in enumerate(_CENTURY_WORDS)}
    n = words.get(raw)
    if n is None:
        digits = re.sub(r"\D", "", raw)
        n = int(digits) if digits else 0
    if not 1 <= n <= 30:
        return None
    return Resolved("DATE", f"{n - 1:02d}", Point(date(max((n - 1) * 100, 1), 1, 1), "C"),
                    ABSOLUTE, _mod_of(m))  # fmt: skip


def _quarter_wrapper(m: re.Match[str], ctx: Context) -> Resolved | None:
    gd = m.groupdict()
    if gd.get("qyear1") and not gd.get("qyear"):
        return _r_quarter(_Override(m, qyear=gd["qyear1"]), ctx)  # type: ignore[arg-type]
    if gd.get("qrel2") and not gd.get("qrel"):
        return _r_quarter(_Override(m, qrel=gd["qrel2"]), ctx)  # type: ignore[arg-type]
    return _r_quarter(m, ctx)


def _r_qcode(m: re.Match[str], ctx: Context) -> Resolved | None:
    n = int(m["ord"][1])
    if m["qyear"]:
        p = Point(date(int(m["qyear"]), (n - 1) * 3 + 1, 1), "Q")
        return Resolved("DATE", p.value(), p, ABSOLUTE)
    return _r_quarter(_Override(m, ord=str(n), qunit="quarter"), ctx)  # type: ignore[arg-type]


def _the_quarter_wrapper(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m.group(0).lower()
    if "year-ago" in text or "year-earlier" in text:
        return _year_before_quarter(ctx)
    if m["tqyear"]:
        # "the 1988 period": the quarter under discussion, in that year
        base = ctx.last_quarter
        if base is None:
            return None if m["what"].lower() == "period" else _r_the_quarter(m, ctx)
        year = int(m["tqyear"])
        p = Point(date(year, base.day.month, 1), "Q")
        return Resolved("DATE", p.value(), p, PREVIOUS, anchors=year == base.day.year)
    return _r_the_quarter(m, ctx)


_REL_WORDS = {"this past": "last", "this coming": "next", "past": "last", "coming": "next"}


def _weekday_wrapper(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = re.sub(r"\s+", " ", (m["wrel"] or "").lower()).removeprefix("the ")
    if rel == "on":
        return _r_weekday(_Override(m, wrel=None), ctx)  # type: ignore[arg-type]
    if rel in _REL_WORDS or rel in ("previous", "preceding", "following"):
        return _r_weekday(_Override(m, wrel=_REL_WORDS.get(rel, rel)), ctx)  # type: ignore[arg-type]
    return _r_weekday(m, ctx)


def _weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group(0).lower().split()
    rel = {"last": "last", "next": "next", "past": "last", "coming": "next"}.get(
        word[-2] if len(word) > 1 else "", "this"
    )
    if word[-2:-1] == ["the"]:
        rel = "the"  # "the weekend": the tense decides between the last and the next one
    if word[-2:-1] == ["coming"] and ctx.dct is not None and ctx.dct.isoweekday() <= 5:
        rel = "this"  # "this coming weekend" on a weekday is the one of this week
    return _r_this_unit(_Override(m, urel=rel, lead=None), ctx)  # type: ignore[arg-type]


def _ago_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dir"].lower() in ("on", "before", "after") and not m["num"]:
        return None
    if m["dir"].lower() in ("before", "after") and ctx.text[m.end() : m.end() + 1].isalpha():
        return None
    return _r_ago(m, ctx)


_AGE_AFTER = re.compile(r"[\s-]*olds?\b|\s+of\s+age\b", re.IGNORECASE)
_FRACTION = re.compile(r"\s+of\b", re.IGNORECASE)
#: "of" after "quarter(s)" names a whole, unless that whole is a year ("the first three
#: quarters of the year", "two quarters of 2019")
_QUARTER_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?!(?:the|this|last|next|its|their)\s+(?:(?:current|fiscal|calendar)\s+)?year\b|"
    r"(?:fiscal\s+)?(?:1\d{3}|20\d{2})\b|fiscal\b)",
    re.IGNORECASE,
)


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|should|must|shall|'ll)\s+$", re.IGNORECASE
)


def _duration_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    det = (m["det"] or "").lower()
    unit = _unit(m["unit"])
    after = ctx.text[m.end() : m.end() + 8]
    if m.group(0).lower().endswith("-old") or _AGE_AFTER.match(after):
        return None  # "52 years old", "a 136-year-old": an age, not a stretch of time
    if unit == "quarter" and re.match(
        r"\s+(?:before|past|after|to)\s+\d", ctx.text[m.end() : m.end() + 12]
    ):
        return None  # "a quarter before 11 a.m.": part of a clock time
    if (
        unit == "quarter"
        and (m["num"] or "a").lower() in ("a", "an", "one", "three")
        and _QUARTER_OF_A_WHOLE.match(ctx.text[m.end() : m.end() + 30])
    ):
        return None  # "three quarters of the states", "a quarter of a million": a fraction
    if unit == "quarter" and m["num"] and "-" in m.group(0) and _FRACTION.match(after):
        return None  # "three-quarters of its food": a fraction
    words = m.group(0).lower().split()
    if words[0] in ("a", "an", "per") and _SPEED_BEFORE.search(
        ctx.text[max(0, m.start() - 20) : m.start()]
    ):
        return None  # "20 kilometres an hour" is a speed
    if (
        len(words) == 2
        and words[0] in ("a", "an", "per")
        and unit in ("day", "week", "month", "year", "hour")
        and _is_rate(ctx, m.start())
    ):
        return Resolved("SET", _duration(1, unit))  # "$33 million a year" is a rate
    if not m["num"] and m.group(0).lower().endswith("-long") and unit in UNIT_CODE:
        # "the year-long strike", "a decade-long war": a length of one unit (TimeML types an
        # expression by what it denotes, and an adjective of length denotes a duration)
        return Resolved("DURATION", _duration(1, unit), mod=_mod_of(m))
    if not m["num"] and re.fullmatch(r"the\s+full\s+year", m.group(0), FLAGS):
        # "sales for the full year": the (fiscal) year reported on, as TimeML dates it
        res = _rel(ctx, lambda d: Point(d, "Y"), "XXXX")
        res.mod = _mod_of(m)
        return res
    if (
        not m["num"]
        and not det
        and m.group(0).lower() == "weekends"
        and re.search(r"\bon\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
    ):
        return Resolved("SET", "XXXX-WXX-WE")  # "open on weekends": every weekend
    if not m["num"]:
        # "the year" is left to the_unit; a bare singular unit is no expression
        if (
            det in ("the", "this", "that", "")
            and not m["unit"].lower().endswith("s")
            and not re.search(
                r"(?:past|last|next|first|previous|coming|final|full|entire|whole)\s",
                m.group(0).lower(),
            )
        ):
            return None
        if det == "" and m["unit"].lower().endswith("s"):
            before = ctx.text[max(0, m.start() - 9) : m.start()].lower()
            if not re.search(r"\b(?:for|in|within|over|after|of)\s+$", before) and not re.search(
                r"(?:past|last|next|first|recent|coming)\s", m.group(0).lower()
            ):
                return None
    if (
        unit == "day"
        and (m["num"] or "").lower() == "one"
        and m.group(0).lower() == "one day"
        and _MODAL_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
    ):
        # "Islam will one day be ...": an indefinite future time, not a length of a day
        return Resolved("DATE", "FUTURE_REF", anchor=PUBLISHED if ctx.dct else UNANCHORED)
    if unit in ("second",) and not m["num"]:
        return None
    return _r_duration(m, ctx)


def _ref_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group(0).lower()
    after = ctx.text[m.end() : m.end() + 12].lower()
    if word == "now" and re.match(r"[-\s]*(?:that|defunct|deceased|retired|former|closed)", after):
        return Resolved("DATE", "PRESENT_REF", anchor=PUBLISHED if ctx.dct else UNANCHORED)
    if word in ("soon", "now") and ctx.text[max(0, m.start() - 1) : m.start()] == "-":
        return None  # "Park Won-soon": part of a hyphenated name
    if word in ("soon", "shortly") and (
        re.match(r"\s+(?:before|after|afterwards?|thereafter|as)\b", after)
        or re.search(r"\bas\s+$", ctx.text[max(0, m.start() - 4) : m.start()].lower())
    ):
        return None
    if word in ("the past", "in the past") and re.match(
        r"\s+(?:\d+|[a-z]+)?\s*(?:years?|months?|weeks?|days?|decades?|quarters?)", after
    ):
        return None  # "the past three years" is a duration, found by its own rule
    return _r_ref(m, ctx)


class _Override:
    """A match whose named groups are partly replaced (so resolvers can be reused)."""

    def __init__(self, m: re.Match[str], **groups: Any) -> None:
        self._m = m
        self._g = groups

    def __getitem__(self, key: str) -> Any:
        return self._g[key] if key in self._g else self._m[key]

    def groupdict(self) -> dict[str, Any]:
        return {**self._m.groupdict(), **self._g}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._m, name)


# Spans kept out of the findings: a leading preposition belongs to the sentence, not the
# expression ("in September" -> "September"); TimeML spans start at the determiner.
_LEADING = re.compile(
    r"^(?:(?:in|since|until|by|from|through|during|of|on|the\s+year\s+of)\s+)", re.IGNORECASE
)


_POSSESSIVE = re.compile(r"^(?:its|his|her|their|our|my|your)\s+", re.IGNORECASE)
_IN_THE = re.compile(r"^in\s+(?=the\s)", re.IGNORECASE)


#: rules whose expressions name a calendar period: "about" before them is a preposition
#: ("asked about this year's theme"), not an approximation
_ABOUT_IS_PREPOSITION = frozenset({"this_unit", "the_unit", "deictic", "weekday"})


def _preposition_about(m: re.Match[str], name: str) -> bool:
    pre = m.groupdict().get("pre")
    if (
        name == "year"
        and pre
        and pre.lower() in ("about", "around")
        and m["lead"]
        and m["lead"].split()[0].lower() in ("in", "since", "of")
    ):
        return True  # "around in 1995": "around" goes with the verb, not the year
    return bool(
        name in _ABOUT_IS_PREPOSITION and pre and pre.lower() in ("about", "around", "over")
    )


_LAST_IS_VERB = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|n't|'ll|and|or)\s+$", re.IGNORECASE
)


def _span(m: re.Match[str], name: str) -> tuple[int, int]:
    """The TIMEX3 extent of a match: what the rules read around an expression (a preposition,
    a possessive, "earlier in", a determiner before a number, a possessive 's) is context,
    not part of it; the resolvers still see the whole match."""
    start, end = m.start(), m.end()
    text = m.group(0)
    if name in ("month", "year", "season"):
        lead = _LEADING.match(text)
        if lead:
            start += lead.end()
    if name == "per_unit" and (freq := _freq_before(m)) is not None:
        start = freq  # "twice a week": the frequency is part of the SET's extent
    if name == "weekday" and (m["wrel"] or "").lower() == "on":
        start = m.start("wd") if not m["pre"] else start
    if name in ("ref", "part_of_day"):
        lead = _IN_THE.match(text)  # "in the morning": the preposition is the sentence's
        start += lead.end() if lead else 0
    if _preposition_about(m, name):
        start = m.end("pre")
        while start < end and m.string[start].isspace():
            start += 1
        lead = _LEADING.match(m.string[start:end]) if name == "year" else None
        start += lead.end() if lead else 0
    if (
        name == "quarter"
        and not m["pre"]
        and text[:4].lower() == "the "
        and re.search(r"-(?:quarter|half)$", text, re.IGNORECASE)
    ):
        start += 4  # "the third-quarter results": the determiner belongs to the noun
    if name == "adj_ago" and text[:4].lower() == "the " and not m["noun"]:
        start += 4  # "the year-ago quarter": the determiner belongs to the noun
    if (
        name == "duration"
        and m["det"]
        and m["num"]
        and not m["pre"]
        and not m.string[m.end("det") : m.start("num")].strip()
        and (
            m["det"].lower() not in ("the", "a")
            or (
                m["det"].lower() == "a"
                and not re.match(r"few|couple|quarter|half", m["num"], FLAGS)
            )
            or "-" in m.string[m.end("num") : m.start("unit")]
        )
    ):
        # "a two-year contract", "the two-year plan": the length is the number; but "the nine
        # months" and "a few days" are noun phrases whose determiner TimeML keeps
        start = m.start("num")
    if (
        name == "duration"
        and not m["det"]
        and not m["pre"]
        and m["num"]
        and m["num"].lower() in ("a", "an")
    ):
        start = m.start("num")  # "following a week-long stay": the adjective is no modifier
    if (
        name == "duration"
        and not m["det"]
        and text[:5].lower() == "last "
        and _LAST_IS_VERB.search(m.string[max(0, start - 12) : start])
    ):
        start += 5  # "expected to last several months": the verb is no part of the length
    if name == "duration" and not m["num"] and text.lower().endswith("-long"):
        start = m.start("unit")  # "the year-long strike": the determiner is the noun's
    extent = m.string[start:end]
    lead = _POSSESSIVE.match(extent)
    if lead:
        start += lead.end()
    if extent.endswith(("'s", "\u2019s")) and end - 2 > start:
        end -= 2
    return start, end


# --------------------------------------------------------------------------- main entry

_PRIORITY = {name: i for i, (name, _, _) in enumerate(RULES)}


# --------------------------------------------------------------------------- triggers
#
# Why: running ~28 rules over every character of an article is what a naive tagger costs, and
# most news text holds no temporal expression at all. Every rule's match contains one of a few
# cheap trigger tokens (a month name, a unit word, a four-digit number, a clock time, ...), so
# one pass finds the triggers and each rule then only scans windows of ``WINDOW`` characters
# around its own triggers. A match of up to ``WINDOW`` characters holding a trigger lies inside
# its trigger's window, and overlapping windows are merged, so no match crosses a window edge:
# the windowed scan finds exactly what a scan of the whole text finds (a test checks this).

WINDOW = 100
#: characters past a window that the rules' look-aheads may still read
LOOKAHEAD = 40

_WORD_CLASSES: tuple[tuple[str, str], ...] = (
    ("month", r"(?:january|february|march|april|may|june|july|august|september|october|"
              r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])"),
    ("weekday", r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
    ("unit", r"(?:second|minute|hour|day|week|fortnight|month|quarter|half|year|decade|"
             r"centur|millenni|period)"),
    ("deixis", r"(?:today|yesterday|tomorrow|tonight|night|overnight|morning|afternoon|"
               r"evening|noon|midday|midnight)"),
    ("ref", r"(?:now|nowadays|current|present|moment|recent|lately|past|future|soon|shortly)"),
    ("season", r"(?:spring|summer|autumn|fall|winter)"),
    ("set", r"(?:every|each|daily|weekly|monthly|annually|yearly|nightly|hourly)"),
    ("fiscal", r"(?:fiscal|fy)"),
    ("spelled", r"(?:nineteen|thousand)"),
    ("decadeword", r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
    ("term", r"term"),
    ("vague", r"(?:while|some\s+time)"),
    ("holiday", r"(?:christmas|new\s+year|halloween|valentine|independence\s+day|boxing\s+day|"
                r"thanksgiving|election\s+day|memorial\s+day|labor\s+day|martin\s+luther|"
                r"presidents|mother|father|easter|good\s+friday)"),
)  # fmt: skip
_DIGIT_CLASSES: tuple[tuple[str, str], ...] = (
    ("year4", r"(?<!\d)\d{4}"),  # lookbehind inside the lookahead: fine, zero-width
    ("clock", r"\d\s*[ap]\.?m|\d[:.]\d\d"),
    ("slash", r"\d/\d"),
    ("decade", r"\d0'?s\b"),
    ("qcode", r"\bQ[1-4]"),
)
_TRIGGER = re.compile(
    "|".join(
        [rf"(?P<{name}>\b{pattern})" for name, pattern in _WORD_CLASSES]
        # zero-width, so that one digit trigger never hides another ("00.2015")
        + [rf"(?P<{name}>(?={pattern}))" for name, pattern in _DIGIT_CLASSES]
    ),
    FLAGS,
)
_WORD_RES = [(name, re.compile(rf"\b{pattern}", FLAGS)) for name, pattern in _WORD_CLASSES]

#: the trigger classes each rule's matches always contain
RULE_TRIGGERS: dict[str, frozenset[str]] = {
    "iso": frozenset({"year4"}),
    "slash": frozenset({"slash", "year4"}),
    "day_month": frozenset({"month"}),
    "month_day": frozenset({"month"}),
    "month_year": frozenset({"month"}),
    "month": frozenset({"month"}),
    "year": frozenset({"year4"}),
    "fiscal": frozenset({"fiscal"}),
    "spelled_year": frozenset({"spelled"}),
    "decade": frozenset({"decade", "year4", "decadeword"}),  # "1990s": the scan takes "1990" first
    "century": frozenset({"unit"}),
    "quarter": frozenset({"unit"}),
    "q_code": frozenset({"qcode"}),
    "the_quarter": frozenset({"unit"}),
    "season": frozenset({"season"}),
    "weekday": frozenset({"weekday"}),
    "deictic": frozenset({"deixis"}),
    "this_unit": frozenset({"unit"}),
    "unit_before": frozenset({"unit"}),
    "the_unit": frozenset({"unit"}),
    "the_weekend": frozenset({"unit"}),
    "year_end": frozenset({"unit"}),
    "ago": frozenset({"unit"}),
    "adj_ago": frozenset({"unit"}),
    "duration": frozenset({"unit"}),
    "set": frozenset({"set", "weekday", "unit"}),
    "per_unit": frozenset({"unit"}),
    "next_day": frozenset({"unit", "deixis"}),
    "that_day": frozenset({"unit"}),
    "holiday": frozenset({"holiday"}),
    "week_of_month": frozenset({"unit"}),
    "part_of_day": frozenset({"deixis"}),
    "week_of": frozenset({"unit"}),
    "ref": frozenset({"ref", "unit", "term"}),
    "vague_length": frozenset({"vague"}),
    "time": frozenset({"clock", "deixis", "year4"}),
}


#: the same trigger words as plain strings, for the fast path: ``str.find`` runs in C
_VOCABULARY: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("month", ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "jan", "feb", "mar", "apr",
               "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"), True),
    ("weekday", ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                 "sunday"), False),
    ("unit", ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter",
              "half", "year", "decade", "centur", "millenni", "period"), False),
    ("deixis", ("today", "yesterday", "tomorrow", "tonight", "night", "overnight", "morning",
                "afternoon", "evening", "noon", "midday", "midnight"), False),
    ("ref", ("now", "current", "present", "moment", "recent", "lately", "past", "future",
             "soon", "shortly"), False),
    ("season", ("spring", "summer", "autumn", "fall", "winter"), False),
    ("set", ("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly",
             "hourly"), False),
    ("fiscal", ("fiscal", "fy"), False),
    ("spelled", ("nineteen", "thousand"), False),
    ("decadeword", _DECADE_WORDS, False),
    ("term", ("term",), False),
    ("vague", ("while", "some time"), False),
    ("holiday", ("christmas", "new year", "halloween", "valentine", "independence day",
                 "boxing day", "thanksgiving", "election day", "memorial day", "labor day",
                 "martin luther", "presidents", "mother", "father", "easter", "good friday"),
     False),
)  # fmt: skip
# _DIGIT_CLASSES for lower-cased text, written to start on the digit itself (3x faster: the
# scanner skips every position that is no digit and no "q")
_DIGIT_TRIGGER = re.compile(
    r"(?P<year4>(?<!\d)\d(?=\d{3}))"
    r"|\d(?:(?P<clock>(?=\s*[ap]\.?m|[:.]\d\d))|(?P<slash>(?=/\d))|(?P<decade>(?=0'?s\b)))"
    r"|(?P<qcode>\bq(?=[1-4]))"
)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """``(start, end)`` spans of the triggers of each class (a superset is harmless)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare Unicode whose lower case changes length
        return _windows_regex(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    size = len(text)
    for name, words, whole in _VOCABULARY:
        found = spans.setdefault(name, [])
        for word in words:
            at = lowered.find(word)
            while at != -1:
                end = at + len(word)
                if (at == 0 or not _is_word_char(lowered[at - 1])) and not (
                    whole and end < size and "a" <= lowered[end] <= "z"
                ):
                    found.append((at, end))
                at = lowered.find(word, at + 1)
    for m in _DIGIT_TRIGGER.finditer(lowered):
        spans.setdefault(m.lastgroup or "", []).append((m.start(), m.start() + 8))
    return spans


def _windows_regex(text: str) -> dict[str, list[tuple[int, int]]]:
    """The same triggers found by one case-insensitive regex (the general, slower path)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _TRIGGER.finditer(text):
        start, end = m.span()
        end = max(end, start + 8)  # a zero-width digit trigger stands for its few characters
        names = {m.lastgroup or ""}
        if m.lastgroup in dict(_WORD_CLASSES):
            # a word may belong to several classes ("weekly" is a unit and a set word)
            word_end = end
            while word_end < len(text) and text[word_end].isalpha():
                word_end += 1
            word = text[start:word_end]
            names |= {n for n, r in _WORD_RES if r.match(word)}
        for name in names:
            spans.setdefault(name, []).append((start, end))
    return spans


def _merge(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - WINDOW), min(size, end + WINDOW)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _matches(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    size = len(text)
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, min(size, hi + LOOKAHEAD)):
            if m.start() >= hi:
                break
            yield m


def find(text: str, windowed: bool = True) -> list[tuple[int, int, str, re.Match[str], Resolver]]:
    """Candidates, longest first, overlapping ones dropped; in document order.

    :param windowed: scan only around each rule's triggers (the default; same result as
        ``False``, which scans the whole text with every rule and is kept for the tests).
    """
    cands: list[tuple[int, int, int, str, re.Match[str], Resolver]] = []
    triggers = _windows(text) if windowed else {}
    for name, pattern, resolver in RULES:
        if windowed:
            spans = [s for c in RULE_TRIGGERS[name] for s in triggers.get(c, ())]
            if not spans:
                continue
            found = _matches(pattern, text, _merge(spans, len(text)))
        else:
            found = pattern.finditer(text)
        for m in found:
            if m.end() == m.start():
                continue
            start, end = _span(m, name)
            if end <= start:
                continue
            cands.append((start, end, _PRIORITY[name], name, m, resolver))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in cands:
        i = bisect.bisect_left(taken, (c[0], c[1]))
        left_ok = i == 0 or taken[i - 1][1] <= c[0]
        right_ok = i == len(taken) or taken[i][0] >= c[1]
        if left_ok and right_ok:
            taken.insert(i, (c[0], c[1]))
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return [(c[0], c[1], c[3], c[4], c[5]) for c in chosen]


def _dct(published: Any) -> date | None:
    if published is None:
        return None
    try:
        if pd.isna(published):
            return None
        ts = pd.Timestamp(published)
        return date(ts.year, ts.month, ts.day)
    except (ValueError, TypeError, OverflowError):
        return None


def extract_text(text: str, published: Any = None, strict: bool = False) -> list[dict[str, Any]]:
    """Every temporal expression in ``text``, normalised against ``published``.

    :param published: the document creation time (anything ``pandas.Timestamp`` takes), or
        ``None``: then only what is certain is kept (``XXXX-09-30``).
    :param strict: re-raise an internal error instead of reporting the expression as not
        normalised (``valid=False`` and the cause in ``note``); the tests use it.
    """
    if not isinstance(text, str) or not text:
        return []
    ctx = Context(text=text, dct=_dct(published), sentence_starts=sentence_starts(text))
    rows: list[dict[str, Any]] = []
    for start, end, _name, m, resolver in find(text):
        try:
            res = resolver(m, ctx)
        except Exception as exc:  # one odd expression never sinks the article, nor hides
            if strict:
                raise
            res = Resolved("DATE", None, valid=False, note=f"not normalised: {exc!r}"[:200])
        if res is None:
            continue
        if _preposition_about(m, _name):
            res.mod = None
        if res.point is not None and res.type in ("DATE", "TIME") and res.anchors:
            ctx.last = res.point
            if res.point.gran == "Q":
                ctx.last_quarter = res.point
        lo, hi = bounds(res.value) if res.type in ("DATE", "TIME") and res.valid else (None, None)
        s_start, s_end = ctx.sentence_bounds(start)
        sentence = text[s_start:s_end].strip()
        if len(sentence) > MAX_SENTENCE:
            cut = max(0, start - s_start - MAX_SENTENCE // 2)
            sentence = sentence[cut : cut + MAX_SENTENCE]
        rows.append(
            {
                "n": len(rows),
                "start": start,
                "end": end,
                "text": text[start:end],
                "type": res.type,
                "value": res.value,
                "mod": res.mod,
                "anchor": res.anchor,
                "date_start": lo,
                "date_end": hi,
                "sentence": sentence,
                "sentence_start": s_start,
                "valid": res.valid,
                "note": res.note,
            }
        )
    return rows


def extract(article: Article) -> list[dict[str, Any]]:
    """The ``timeline.v1`` extractor: one dict per temporal expression.

    An expression that cannot be normalised is a row with ``valid=False`` and a note; anything
    else going wrong is left to the runner, which turns it into an error row naming the article
    (a silently empty result would look like an article without dates).
    """
    return extract_text(article.text, article.published)


__all__ = ["COLUMNS", "extract", "extract_text", "find", "sentence_starts"]
