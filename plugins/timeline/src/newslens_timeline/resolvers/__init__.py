"""Resolvers: from one match of a rule to a TIMEX3 type, value, mod and anchor, given the
creation time and the previous resolved expression (``Resolved``).

Being split by job into modules of their own; moved so far: ``base``, ``names``,
``parts_of_day``, ``days``, ``weekdays``, ``clock``, ``years``, ``months``, ``quarters``,
``seasons``, ``steps``, ``units``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from newslens_timeline.lexicon import (
    ABSOLUTE,
    FLAGS,
    MONTHS,
    ORDINALS,
    PREVIOUS,
    PUBLISHED,
    SEASON_CODE,
    UNANCHORED,
    WEEKDAYS,
    _duration,
    _num,
    _unit,
)
from newslens_timeline.resolvers.base import (
    _GRAN_OF_UNIT,
    _X,
    Resolved,
    Resolver,
    _mod_of,
    _Override,
    _period,
    _rel,
    _shift_unit,
    pre_is_preposition,
)
from newslens_timeline.resolvers.clock import (
    _r_time,
)
from newslens_timeline.resolvers.days import (
    _INFINITIVE_BEFORE,
    _absolute_day,
    _day_by_tense,
    _month_no,
    _r_day_month,
    _r_iso,
    _r_slash,
)
from newslens_timeline.resolvers.months import (
    _r_month,
    _r_month_year,
    split_of,
)
from newslens_timeline.resolvers.names import (
    _in_name,
    in_named_title,
    in_quoted_title,
)
from newslens_timeline.resolvers.parts_of_day import (
    _focus_day,
    _part_code,
    _r_deictic,
    _r_part_of_day,
    column_header,
)
from newslens_timeline.resolvers.quarters import (
    _r_quarter,
    _r_the_quarter,
)
from newslens_timeline.resolvers.seasons import (
    _r_season,
)
from newslens_timeline.resolvers.steps import (
    _r_adj_ago,
    _r_ago,
    _r_same_period,
    _year_before_quarter,
)
from newslens_timeline.resolvers.units import (
    _r_same_unit,
    _r_the_unit,
    _r_this_unit,
    _r_unit_before,
    _r_year_end,
)
from newslens_timeline.resolvers.weekdays import (
    _r_weekday,
)
from newslens_timeline.resolvers.years import (
    _DECADE_WORDS,
    _r_decade,
    _r_fiscal,
    _r_spelled_year,
    _r_year,
    year_in_name,
)
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

__all__ = [
    "COUNT_YEARS_AHEAD",
    "HISTORIC_DAYS",
    "HOLIDAYS",
    "STORY_DAYS",
    "STORY_SENTENCES",
    "TENSE_PENALTY_DAYS",
    "TENSE_PENALTY_MONTHS",
    "_DECADE_WORDS",
    "_GRAN_OF_UNIT",
    "_SPEED_BEFORE",
    "_X",
    "Candidate",
    "Resolved",
    "Resolver",
    "_Override",
    "_freq_before",
    "_is_rate",
    "_mod_of",
    "_month_no",
    "_period",
    "_r_adj_ago",
    "_r_ago",
    "_r_day_month",
    "_r_decade",
    "_r_deictic",
    "_r_duration",
    "_r_fiscal",
    "_r_holiday",
    "_r_iso",
    "_r_month",
    "_r_month_year",
    "_r_next_day",
    "_r_part_of_day",
    "_r_per_unit",
    "_r_quarter",
    "_r_ref",
    "_r_same_period",
    "_r_same_unit",
    "_r_season",
    "_r_set",
    "_r_slash",
    "_r_spelled_year",
    "_r_that_day",
    "_r_the_quarter",
    "_r_the_unit",
    "_r_this_unit",
    "_r_time",
    "_r_unit_before",
    "_r_vague_length",
    "_r_week_of",
    "_r_week_of_month",
    "_r_weekday",
    "_r_year",
    "_r_year_end",
    "_rel",
    "_shift_unit",
    "_year_before_quarter",
    "column_header",
    "current_year_end",
    "in_named_title",
    "in_quoted_title",
    "pre_is_preposition",
    "since_before",
    "split_of",
    "split_year_end",
    "year_in_name",
]


def _r_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw_num = m["num"]
    unit = _unit(m["unit"])
    amount = _num(raw_num) if raw_num else None
    if raw_num and raw_num.lower() == "half":
        amount = 0.5  # "a half-hour"
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
    num2 = m.groupdict().get("num2")
    ranged = amount is not None and bool(num2) and _num(num2) not in (None, amount)
    if ranged:
        # "two to three years", "12 to 18 months", "three or four days", "5-10 years": a range
        # of counts says no one count, so the count is left open (PXY, as "several years" is);
        # the first count alone would state a length the sentence does not
        ahead = _in_time_ahead(m, ctx, amount, unit)
        if ahead is not None:
            # "will decide in two to three weeks": a time ahead whose distance is a range, a
            # vague future (as "in the coming weeks" is), not the first count's week
            return Resolved("DATE", "FUTURE_REF", anchor=PUBLISHED, mod=_mod_of(m))
        amount = None
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
    r"\b(?:first|only|ever|high|low|record|level|time)\b[^.,;]{0,30}\bin\s+$|"
    # ("the lowest corn plantings in the United States in sixty years": a place between)
    r"\b\w{2,}est\b[^.,;]{0,45}\bin\s+$",
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
        # "yield 3.6 pct in 50-day repurchase agreements": a hyphenated length is an
        # adjective, the term of a thing named after it, no distance ahead
        or re.search(r"\w-(?:day|week|month|year|decade)$", m.group(0), FLAGS)
        or _LOOKING_BACK.search(ctx.text[max(0, m.start() - 60) : m.start()])
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
    if m["se_each"] or m["se_pl"]:
        return Resolved("SET", f"XXXX-{SEASON_CODE[(m['se_each'] or m['se_pl']).lower()]}")
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


#: a word of a counted noun phrase: no unit, no verb ("two men spent a week in jail") and no
#: preposition ("40 cars in a year")
_NOUN_WORD = (
    r"(?!(?:years?|months?|weeks?|days?|hours?|spent|took|made|met|went|came|had|was|were|"
    r"lost|won|gave|got|left|kept|held|ran|did|said|will|would|could|can|may|might|must|"
    r"should|are|is|be|been|from|to|in|on|at|for|by|than|and|or|over|under|above|below|about|"
    r"with|of|since|after|before|per|a|an|the)\b)(?![a-z-]+ed\b)[a-z-]+"
)


_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|cents?|dollars?|percent|%|times|twice|once|thrice|"
    # "$2bn a year", "£4m a year", "3 mln dlrs a year": amounts written short
    r"\d(?:bn|m|mn|tn|k)|\b(?:bn|mln|mn|dlrs|euros?|pounds|yen|francs|marks)|"
    r"barrels|tons|tonnes|units|shares|hours)\s*$"
    # "700 seats a week", "1,000 new jobs a month": a counted noun makes a rate too, and a
    # count in words is a count ("four flights a week", "two meals a day")
    r"|(?:(?<![\w,.])(?!(?:1\d{3}|20\d{2})\s)\d[\d,.]*|\b(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen|dozens|"
    rf"hundreds|thousands))\s+{_NOUN_WORD}(?:\s+{_NOUN_WORD})?\s+$",
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
    unit = (m["ndunit"] or m["ndunit2"] or "day").lower()
    part = "" if unit == "day" else _part_code("night" if unit == "night" else unit)
    if ctx.last is not None and ctx.last.gran == "D":
        # (after a counted step, "Two weeks later, ... The next day": beside the day reached)
        base, anchor = ctx.reached or ctx.last.day, PREVIOUS
    elif m.groupdict().get("ndunit2") and m["ndunit2"].lower() != "day":
        # "paralysed since March by a storm the night before": the night before a day the
        # text names as no date; not publication's eve
        return None
    elif ctx.dct is not None:
        base, anchor = ctx.dct, PUBLISHED
    else:
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""),
                        anchor=UNANCHORED)  # fmt: skip
    day = base + timedelta(days=step)
    while m.groupdict().get("ndbiz") and day.isoweekday() > 5:
        day += timedelta(days=step)  # a business day is no Saturday or Sunday
    p = Point(day, "D", part)
    return Resolved("TIME" if part else "DATE", p.value(), p, anchor)


#: fixed-date holidays news dates events by (month, day)
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "boxing day": (12, 26), "independence day": (7, 4),
    "fourth of july": (7, 4), "july 4th": (7, 4), "july fourth": (7, 4),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "bastille day": (7, 14),
    "veterans day": (11, 11), "veterans' day": (11, 11), "remembrance day": (11, 11),
    "armistice day": (11, 11), "may day": (5, 1), "canada day": (7, 1),
    "australia day": (1, 26), "anzac day": (4, 25), "world aids day": (12, 1),
    "earth day": (4, 22),
}  # fmt: skip


#: days named after one event, which news names them by: the crashes of 1929 and 1987, the
#: pound's exit from the ERM (TimeML values a name of a day by the day it names)
HISTORIC_DAYS = {
    "black monday": date(1987, 10, 19), "black tuesday": date(1929, 10, 29),
    "black thursday": date(1929, 10, 24), "black wednesday": date(1992, 9, 16),
}  # fmt: skip


#: "a Black Monday", "another Black Monday": a day like it, not the day
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|new|second|its\s+own)\s+$", re.IGNORECASE)


_YEAR_IN = re.compile(r"(?<![\d.,$/-])(1[89]\d\d|20\d\d)(?![\d/-])")


def _historic_day(name: str, m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Black Monday" (and the other named days): the day of the event it names, unless
    the phrase is indefinite, the article predates the event, or its sentence names another
    year ("the Black Monday of 2011": a day named like it, whose date the name does not say)."""
    day = HISTORIC_DAYS[name]
    if _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if ctx.dct is not None and ctx.dct < day:
        return None
    s, e = ctx.sentence_bounds(m.start())
    years = {int(y) for y in _YEAR_IN.findall(ctx.text, s, e)}
    if m["year"] and int(m["year"]) != day.year:
        return None
    if years and day.year not in years:
        return None
    p = Point(day, "D")
    return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))


def _r_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "on Christmas Day", "New Year's Eve 2019": a day of the calendar, its year by tense."""
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("\u2019", "'")
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if _HOLIDAY_AS_NAME.match(ctx.text, m.end(), m.end() + 60) or (
        _MADE_A_HOLIDAY.search(ctx.text, max(0, m.start() - 40), m.start())
        and _A_HOLIDAY.match(ctx.text, m.end(), m.end() + 50)
    ):
        # "fought for Labor Day to be a national holiday", "declared Boxing Day a public
        # holiday": the holiday as an institution, no day of the calendar
        return None
    if re.match(r"\s+(?:Islands?|Isle|Rising)\b", ctx.text[m.end() : m.end() + 10]):
        return None  # "Easter Island", "Christmas Island", "the Easter Rising": names
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
    if name in HISTORIC_DAYS:
        return _historic_day(name, m, ctx)
    if name in HOLIDAYS:
        mo, d = HOLIDAYS[name]
        if not m["year"] and _feast_ahead(m, ctx):
            assert ctx.dct is not None
            y = ctx.dct.year + (date(ctx.dct.year, mo, d) < ctx.dct)
            p = Point(date(y, mo, d), "D")
            return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
        if not m["year"] and _feast_past(m, ctx):
            assert ctx.dct is not None
            y = ctx.dct.year - (date(ctx.dct.year, mo, d) > ctx.dct)
            p = Point(date(y, mo, d), "D")
            return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
        return _absolute_day(int(m["year"]) if m["year"] else None, mo, d, m, ctx)
    rule = _FLOATING[_floating_key(name)]
    if (
        not m["year"]
        and ctx.dct is not None
        and _FROM_NOW_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        # "ten months from now, on Election Day, the county will count": the day stands for
        # a time ahead, the first one on or after publication
        p = Point(min(o for o in (rule(ctx.dct.year), rule(ctx.dct.year + 1)) if o >= ctx.dct), "D")
        return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
    ahead = (
        [o for o in (rule(ctx.dct.year), rule(ctx.dct.year + 1)) if o >= ctx.dct]
        if ctx.dct is not None and not m["year"]
        else []
    )
    if ahead and _feast_ahead(m, ctx):
        # "voters will choose a mayor on Election Day" written in February: this year's (a
        # day kept every four years, "Super Tuesday", may have none within a year)
        p = Point(min(ahead), "D")
        return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
    if not m["year"] and _feast_past(m, ctx):
        assert ctx.dct is not None
        p = Point(max(o for o in (rule(ctx.dct.year - 1), rule(ctx.dct.year)) if o <= ctx.dct), "D")
        return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))
    if m["year"]:
        p = Point(rule(int(m["year"])), "D")
        return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", anchor=UNANCHORED, mod=_mod_of(m))
    return _day_by_tense(
        [rule(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)], m, ctx
    )


#: a holiday named as an institution: "... to be a federal holiday", "... became a public
#: holiday in 1983", "made May Day a holiday"
_HOLIDAY_AS_NAME = re.compile(
    r"\s+(?:to\s+)?(?:be(?:come)?|became|becomes|is|was)\s+(?:made\s+|declared\s+)?"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}holiday\b",
    re.IGNORECASE,
)


_MADE_A_HOLIDAY = re.compile(
    r"\b(?:declar|mak|made|recogni[sz]|establish)\w*\s+(?:the\s+)?$", re.IGNORECASE
)


_A_HOLIDAY = re.compile(r"\s+(?:as\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}holiday\b", re.IGNORECASE)


_FEAST_PREP = re.compile(r"\b(?:at|on|over|during|since)\s+$", re.IGNORECASE)


def _feast_past(m: re.Match[str], ctx: Context) -> bool:
    """A feast kept in a past clause ("crowds gathered at Easter", "shops shut over
    Christmas", "sales have slowed since Thanksgiving") is the last one kept, even a few weeks
    before the next: the feast is the event's time, not a date set ahead as a deadline is
    ("extended to Nov. 20"); not a plan ("was due to open on Easter Monday") nor "for Easter"."""
    if ctx.dct is None:
        return False
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    if not _FEAST_PREP.search(before):
        return False
    if before.lower().rstrip().endswith("since"):
        return True
    if _INFINITIVE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        # "the council asked residents to share cars on Election Day": the infinitive's act follows
        # the past verb, so the day may lie either side of publication (the nearest, below)
        return False
    return ctx.tense(m.start(), m.end()) == "past" and not ctx.plan_was(m.start())


def _feast_ahead(m: re.Match[str], ctx: Context) -> bool:
    """A named annual day in a clause of the future ("voters will choose a mayor on Election
    Day", "the governor will be sworn in on New Year's Day", "the results should be known by
    Thanksgiving") is the next one, however far ahead: the day comes once a year, so the
    future's occurrence is within twelve months, and the nearest one past (the tense rule's
    pull is bounded for dates, which may be deadlines) is never what a future means."""
    if ctx.dct is None:
        return False
    if _APPROACHES_AFTER.match(ctx.text, m.end()):
        return True  # "as Election Day looms", "with New Year's Day fast approaching"
    if _FRONTED_IN_CLAUSE.search(ctx.text, max(0, m.start() - 20), m.start()) and (
        _OWN_FUTURE_AFTER.match(ctx.text, m.end())
    ):
        # "the mayor hopes that on Election Day, the new scanners will work": the day
        # fronted in a clause of its own, whose verb after it is a future
        return True
    tense = ctx.tense(m.start(), m.end())
    if tense != "past" and _AWAITED_DAY_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "early voting runs until Election Day", "the campaigns are gearing up for Election
        # Day": a wait or a preparation, whose day lies ahead
        return True
    if tense != "future":
        return False
    # a future said by a modal or a forecast in the sentence, not an infinitive's "to be"
    # ("leaving the count too tight to settle for most of polling night")
    s, e = ctx.sentence_bounds(m.start())
    return bool(_SAID_FUTURE.search(ctx.text, s, e))


#: a day coming nearer, said in the present after it ("as Election Day looms", "with
#: Christmas fast approaching"; "as Election Day neared" tells of one past)
_APPROACHES_AFTER = re.compile(
    r"\s+(?:(?:nears|approaches|looms|draws\s+(?:near|nearer|closer)|grows\s+(?:near|nearer|"
    r"closer)|gets\s+(?:near|nearer|closer)|is\s+(?:fast\s+)?(?:approaching|nearing|looming|"
    r"near|close))\b|fast\s+approaching\b)",
    re.IGNORECASE,
)


#: a day fronted in a clause of its own: after a conjunction and at most "on" or "by"
_FRONTED_IN_CLAUSE = re.compile(
    r"\b(?:that|when|and|but|so|because|if)\s+(?:on|by)\s+$", re.IGNORECASE
)


#: that clause's verb after the day and its comma, a future ("on Election Day, the scanners
#: will work")
_OWN_FUTURE_AFTER = re.compile(
    r",?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:will|shall|won't|(?:is|are)\s+going\s+to)\b|"
    r",?\s+(?:[\w-]+)?['\u2019]ll\b",
    re.IGNORECASE,
)


#: a wait for a day or a preparation for it ("until", "ahead of", "in the run-up to", "counting
#: down to", "gearing up for", "preparing for"), not a bare "for" or "to" (a present may report
#: figures of a day past: "Christmas sales are up", "in the six weeks to Christmas")
_AWAITED_DAY_BEFORE = re.compile(
    r"\b(?:until|till|ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|counting\s+down\s+to|"
    r"count(?:s|ing)?\s+down\s+to|gear(?:s|ing)?\s+up\s+for|prepar(?:e|es|ing)\s+for|"
    r"bracing\s+for|brace[sd]?\s+for)\s+$",
    re.IGNORECASE,
)


#: a future said outright: a modal of the future or a forecast of what is to come
_SAID_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|(?:is|are|'s|'re)\s+(?:now\s+|still\s+)?"
    r"(?:expected|due|set|scheduled|slated|likely|planned|poised)\b|should|could|may|might|"
    r"plans?\s+to|intends?\s+to|expects?\s+to)\b",
    re.IGNORECASE,
)


def _nth_weekday(y: int, mo: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month (``n`` = -1: the last one)."""
    if n < 0:
        last = date(y, mo, calendar.monthrange(y, mo)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(y, mo, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def _easter(y: int, orthodox: bool = False) -> date:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter  # declared; pandas too

    return easter(y, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)


#: a time ahead right before a day in apposition ("ten months from now, on Election Day")
_FROM_NOW_BEFORE = re.compile(r"\bfrom\s+now\s*,\s*(?:on\s+|by\s+)?$", re.IGNORECASE)


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
    # named weekdays with a date of their own: the day after Thanksgiving and the Monday
    # after it; the days of Lent and Easter week
    "black friday": lambda y: _nth_weekday(y, 11, 4, 4) + timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 4, 4) + timedelta(days=4),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "palm sunday": lambda y: _easter(y) - timedelta(days=7),
    "maundy thursday": lambda y: _easter(y) - timedelta(days=3),
    "ash wednesday": lambda y: _easter(y) - timedelta(days=46),
    "shrove tuesday": lambda y: _easter(y) - timedelta(days=47),
    "holy saturday": lambda y: _easter(y) - timedelta(days=1),
    # the feasts after Easter: Ascension (40th day), Pentecost or Whit Sunday (50th), Whit
    # Monday; Orthodox Easter by the Julian computus
    "ascension day": lambda y: _easter(y) + timedelta(days=39),
    "pentecost": lambda y: _easter(y) + timedelta(days=49),
    "whit": lambda y: _easter(y) + timedelta(days=49),
    "whit monday": lambda y: _easter(y) + timedelta(days=50),
    "orthodox easter": lambda y: _easter(y, orthodox=True),
    # the US primaries' day: the first Tuesday of March of a presidential year (2004, 2012,
    # 2016, 2020; 2008 moved it to 5 February)
    "super tuesday": lambda y: _nth_weekday(y - y % 4, 3, 2, 1),
}


def _floating_key(name: str) -> str:
    """ "Thanksgiving Day" -> "thanksgiving", "Martin Luther King Jr. Day" -> its key."""
    name = name.replace("’", "'")
    if name.startswith("martin luther king"):
        return "martin luther king day"
    if name.startswith("president"):
        return "presidents day"
    if name != "palm sunday":
        name = name.removesuffix(" sunday")
    if name in ("whitsun", "pentecost"):
        return "whit"
    return "thanksgiving" if name.startswith("thanksgiving") else name


def _r_week_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the first week of April": the ISO week holding its first (or last) Thursday."""
    mo = _month_no(m["womonth"])
    if m["year"]:
        y = int(m["year"])
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", anchor=UNANCHORED)
    else:
        res = _r_month(
            _Override(
                m,
                alias={"month": "womonth"},
                month=m["womonth"],
                rel="",
                prep="in",
                pre=None,
                myrel=None,
            ),
            ctx,
        )
        if res is None or res.point is None:
            return res
        y = res.point.day.year
    which = m["wom"].lower()
    # a month's weeks as ISO counts a year's: the first is the one holding its first Thursday
    # (most of its days in the month), the last the one holding its last Thursday ("the second
    # week of March" 1987, March 1 a Sunday, is 9-15 March, W11)
    if which in ("last", "final"):
        day = date(y, mo, calendar.monthrange(y, mo)[1])
        day -= timedelta(days=(day.isoweekday() - 4) % 7)
    else:
        day = date(y, mo, 1)
        day += timedelta(days=(4 - day.isoweekday()) % 7 + 7 * (ORDINALS[which] - 1))
    p = Point(day, "W")
    return Resolved("DATE", p.value(), p, ABSOLUTE if m["year"] else PUBLISHED)


def _r_that_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "later that day", "the same day", "earlier in the day", "late in the day": the day
    under discussion (mod END after "late", START after "early")."""
    edge = (m.groupdict().get("tdedge") or "").lower()
    mod = {"late": "END", "early": "START"}.get(edge)
    if (focus := _focus_day(m, ctx)) is not None:
        p = Point(focus[0], "D")
        return Resolved("DATE", p.value(), p, focus[1], mod)
    market = m.groupdict().get("tdmarket") or m.groupdict().get("tdposs")
    if ctx.last is not None and ctx.last.gran == "M" and not market:
        # "killed last October ... that same day": a day of that month, which one unsaid
        return Resolved("DATE", f"{ctx.last.value()}-XX", anchor=PREVIOUS, mod=mod)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-XX-XX", anchor=UNANCHORED, mod=mod)
    p = Point(ctx.dct, "D")
    return Resolved("DATE", p.value(), p, PUBLISHED, mod)


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


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _r_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group(0) == "Current" and _in_name(ctx, m.start(), m.end()):
        return None  # "the journal Current Biology"
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if m.group(0) == "Now" and ctx.text[m.end() : m.end() + 1] == ",":
        # "Now, he says, ...": a sentence opened by "Now" and a comma turns the narrative
        # (a discourse marker); TimeBank and AQUAINT leave it unannotated
        return None
    if word.endswith("current"):
        after = ctx.text[m.end() : m.end() + 12].lower()
        if re.match(r"\s+(?:account|affairs|events|and|or|flows?|of\b|,|\.)", after):
            return None
    if (
        word.endswith(("future", "past"))
        and not word.startswith("in ")
        and _OF_AFTER.match(ctx.text, m.end())
        and not _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        # "the future of the industry": a fate, no time ("the continuation in the near future
        # of the policy" keeps its time: "of" is the continuation's)
        return None
    if word.startswith("then"):
        value = "PAST_REF"  # "the then-current chairman": current at a time past
    elif any(word.endswith(k) for k in ("future", "soon", "shortly", "term", "possible")):
        value = "FUTURE_REF"
    elif any(k in word for k in ("recent", "lately", "past", "previous", "formerly")):
        value = "PAST_REF"
    else:
        value = "PRESENT_REF"
    return Resolved("DATE", value, anchor=PUBLISHED if ctx.dct else UNANCHORED)
