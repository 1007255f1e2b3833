"""Resolvers: from one match of a rule to a TIMEX3 type, value, mod and anchor, given the
creation time and the previous resolved expression (``Resolved``).

Being split by job into modules of their own; moved so far: ``base``, ``names``,
``parts_of_day``, ``days``, ``weekdays``, ``clock``, ``years``, ``months``, ``quarters``,
``seasons``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from newslens_timeline.lexicon import (
    _MONTH,
    ABSOLUTE,
    FLAGS,
    MONTHS,
    ORDINALS,
    PREVIOUS,
    PUBLISHED,
    SEASON_CODE,
    TIME_UNITS,
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
    _order,
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
    _SENTENCE_OPEN,
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
from newslens_timeline.values import Point, shift

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


def _r_this_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """this/last/next week, month, year, quarter, decade; "the current year", "earlier this
    month" (mod START), "later this year" (mod END)."""
    rel = re.sub(r"\s+", " ", m["urel"].lower()).removeprefix("the ")
    if rel in ("prior", "preceding"):
        rel = "previous"  # "the prior quarter", "the preceding year"
    unit = _unit(m["uunit"])
    mod = _mod_of(m)
    lead = (m["lead"] or "").lower()
    if lead.startswith("earlier"):
        mod = "START"
    elif lead.startswith("later"):
        mod = "END"
    delta = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1,
             "this past": -1, "next": 1, "coming": 1, "this coming": 1,
             "following": 1}.get(rel, 0)  # fmt: skip
    if unit == "weekend":
        if rel in ("following", "previous") and ctx.last is not None and ctx.last.gran == "D":
            # "the following weekend": the one after the day under discussion, as "the
            # following Monday" is
            # (a weekday's own week ends on the weekend that follows it)
            step = delta if delta < 0 or ctx.last.day.isoweekday() > 5 else 0
            p = shift(Point(ctx.last.day, "W"), step, "W")
            return Resolved("DATE", p.value() + "-WE", p, PREVIOUS, mod)
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-WXX-WE", anchor=UNANCHORED, mod=mod)
        p = Point(ctx.dct, "W")
        if delta:
            p = shift(p, delta, "W")
        elif (
            rel == "the" and ctx.dct.isoweekday() < 5 and ctx.tense(m.start(), m.end()) != "future"
        ):
            p = shift(p, -1, "W")
        elif (
            rel == "this"
            and (
                ctx.dct.isoweekday() <= 2
                # later in the week, only a weekend fronted before its past verb ("This
                # weekend, the mayor complained that ...", written on a Wednesday)
                or (
                    ctx.dct.isoweekday() <= 5
                    and _FRONTED_WEEKEND.match(ctx.text, m.end())
                    and _SENTENCE_OPEN.search(ctx.text, max(0, m.start() - 3), m.start())
                )
            )
            and ctx.tense(m.start(), m.end()) == "past"
            and not ctx.plan_was(m.start())
            and not _PRESENT_RELATIVE.search(ctx.text, max(0, m.start() - 50), m.start())
        ):
            # "The rivals debated this weekend" written on a Monday or a Tuesday: a weekend
            # done, so the one just over (not "was due to debate this weekend", a plan either
            # side, nor "the chef, who cooks in Ghent this weekend, said": a present of its
            # own). Later in the week a past clause may still look ahead ("The coach picked a
            # side for the derby this weekend"): left to the week's own weekend
            p = shift(p, -1, "W")
        return Resolved("DATE", p.value() + "-WE", p, PUBLISHED, mod)
    if rel == "past" and unit in ("century", "decade"):
        # "over the past century", "the past decade": a hundred (ten) years up to now, not
        # the 20th century or the 2000s
        return Resolved("DURATION", _duration(1, unit), anchor=None, mod=mod)
    if (
        rel == "next"
        and unit in ("year", "month", "week")
        and m["urel"].lower().startswith("the")
        and not _EXTENT_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        # "He was elected in 1990. The next year he resigned": in a past narrative "the next
        # year" is the one after the time under discussion, as "the following year" is ("the
        # next year will be hard", "likely to speed up in the next year", "plans for the next
        # year" still count from publication)
        rel = "following"
    if rel in ("following", "previous") and ctx.last is not None and unit in _GRAN_OF_UNIT:
        # "the following month": one after the time under discussion, not after publication
        gran = _GRAN_OF_UNIT[unit]
        base = ctx.last if _order(ctx.last.gran) >= _order(gran) else None
        if base is not None:
            p = _shift_unit(Point(base.day, gran), delta, unit)
            # a figure compared with ("up from 6.3 mln the previous week") is a comparison
            # point, as "a year ago" is: it does not move the time under discussion
            compared = rel == "previous" and _COMPARED_FIGURE.search(
                ctx.text, max(0, m.start() - 50), m.start()
            )
            return Resolved("DATE", p.value(), p, PREVIOUS, mod, anchors=not compared)
    res = _rel(ctx, lambda d: _shift_unit(_period(d, unit), delta, unit), _X[_GRAN_OF_UNIT[unit]])
    res.mod = mod
    return res


#: "this weekend" fronted, its comma right after it
_FRONTED_WEEKEND = re.compile(r"\s*,")


#: a relative clause's own present before "this weekend" ("who cooks in Ghent", "which
#: reopens"): the clause says the weekend's direction, not the main verb's past
_PRESENT_RELATIVE = re.compile(
    r"\b(?:who|which|that)\s+(?:also\s+|now\s+)?(?!was\b|has\b|is\b)[a-z]+[^s'\s]s\b[^,.;]*$"
)


#: a figure after a word of comparison, just before "the previous week": "from 6.3 mln",
#: "against 12 pct", "compared with 4,100 tonnes in"
_COMPARED_FIGURE = re.compile(
    r"\b(?:from|than|against|versus|vs\.?|with)\s+(?:a\s+(?:revised|record)\s+)?[\d.,]+"
    r"(?:\s+[a-z]+){0,2}\s+(?:in\s+)?$"
)


#: a preposition of extent before "the next year": the coming one, whatever the tense
_EXTENT_BEFORE = re.compile(
    r"\b(?:in|for|over|during|within|through|throughout|into|of|by|until)\s+$", re.IGNORECASE
)


def _r_same_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the same year", "that same month", "in the same week": the year (month, week) of the
    time under discussion (TimeML values an anaphoric date from its anchor). With nothing under
    discussion at least that fine it is no time ("born in the same year as the internet")."""
    unit = _unit(m["suunit"])
    gran = _GRAN_OF_UNIT[unit]
    if ctx.last is None or _order(ctx.last.gran) < _order(gran):
        return None
    p = Point(ctx.last.day, gran)
    return Resolved("DATE", p.value(), p, PREVIOUS)


def _r_unit_before(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year before", "the month after" closing a clause: the unit before or after the
    time under discussion, as "the previous year" and "the following month" are."""
    if m.groupdict().get("ufar"):
        # "the week before last", "the year after next": two units from publication
        unit = _unit(m["uunit"])
        step = -2 if m["ubefore"].lower() == "before" else 2
        return _rel(
            ctx, lambda d: _shift_unit(_period(d, unit), step, unit), _X[_GRAN_OF_UNIT[unit]]
        )
    rel = "previous" if m["ubefore"].lower() == "before" else "following"
    return _r_this_unit(_Override(m, urel=rel, lead=None, pre=None), ctx)  # type: ignore[arg-type]


#: the first or last months of a year named before it ("the final three months of")
_MONTHS_OF = re.compile(
    r"\b(?P<which>first|last|final|closing)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|\d{1,2})\s+months\s+of\s+$",
    FLAGS,
)


_UNIT_FROM_DAY = re.compile(
    r",?\s+(?:starting|beginning|(?:that|which)\s+(?:starts|started|began|begins|will\s+(?:start|begin))"
    r"|from)\s+(?:on\s+)?"
    rf"(?:{_MONTH})\.?\s+[0-3]?\d\b",
    FLAGS,
)


def _r_the_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year/week/month": a length when it is a span ("the year ended March 31", "over
    the month"), else a calendar period: the year of publication ("sales for the year"), the
    month or week under discussion."""
    if m["tdet"] is None:  # "the company's financial year": a possessive noun, as "its"
        m = _Override(m, tdet="its")  # type: ignore[assignment]
    unit = _unit(m["tunit"])
    if m["tunit"][0].isupper() and m["tdet"][0].islower():
        return None  # "Skater of the Year", "Player of the Month": an award's name
    if unit in ("decade", "century"):
        # "by the end of the decade": the current decade's (century's) edge, a DATE with its
        # mod; "the best of the decade" names no time
        if not re.match(
            r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s", m["pre"] or "", FLAGS
        ):
            return None
        mod = _mod_of(m)
        step = 0
        if (
            ctx.dct is not None
            and mod in ("END", "MID")
            and ctx.tense(m.start(), m.end()) == "past"
        ):
            # "he was born at the end of the century" written in 2011: the last century's end
            # (the current one's lies ahead of publication)
            size = 10 if unit == "decade" else 100
            into = ctx.dct.year % size / size
            step = -1 if into < (0.8 if mod == "END" else 0.5) else 0
        res = _rel(
            ctx, lambda d: _shift_unit(_period(d, unit), step, unit), _X[_GRAN_OF_UNIT[unit]]
        )
        res.mod = mod
        return res
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    after = ctx.text[m.end() : m.end() + 10].lower()
    if (
        re.search(r"\b(?:over|through|throughout)\s+$", before)
        or re.match(r"\s+(?:ended|ending|to\b(?!\s+date\b)|through)", after)
        or (unit == "year" and _UNIT_FROM_DAY.match(ctx.text, m.end(), m.end() + 40))
    ):
        # ("the year starting April 1", "the fiscal year beginning October 1": a year from
        # a day, no calendar year, as "the year ended March 31" is none; "the week starting
        # March 9" is left a week of the calendar, news weeks starting on a Monday)
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
    if unit == "year" and not that and m["tdet"].lower() == "the" and not m["pre"]:
        reported = _year_reported(m, ctx)
        if reported is not None:
            p = Point(date(reported, 1, 1), "Y")
            return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
    step = 0
    months = _MONTHS_OF.search(ctx.text, max(0, m.start() - 40), m.start())
    edge = None
    if _AT_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        edge = {"END": 12, "MID": 6}.get(_mod_of(m) or "")  # "at the end of the year"
    if months is not None and (n := _num(months["n"])):
        edge = int(n) if months["which"].lower() == "first" else 12
    if (
        unit == "year"
        and edge is not None
        and ctx.dct is not None
        and edge > ctx.dct.month
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        # "sales in the last three months of the year fell", "jobs were cut at the end of
        # the year" written in January: this year's months named are still to come, so a past
        # clause means the year just ended
        step = -1
    res = _rel(ctx, lambda d: _shift_unit(_period(d, unit), step, unit), _X[_GRAN_OF_UNIT[unit]])
    half = re.match(r"(?:the\s+)?(first|second|last|latter)\s+half", m["pre"] or "", FLAGS)
    if half and unit == "year" and res.point is not None:
        # "the first half of the year" is the half year 2019-H1, as "the first half of 2019"
        first = half.group(1).lower() == "first"
        p = Point(date(res.point.day.year, 1 if first else 7, 1), "H")
        return Resolved("DATE", p.value(), p, res.anchor)
    res.mod = _mod_of(m)
    return res


#: a split year earlier in the sentence ("the forecast for 1986/87 ... fixed for the year")
_SPLIT_BEFORE = re.compile(r"(?<![\d/])(?P<y>1\d{3}|20\d\d)[/-]\d\d(?![\d/])")


#: the year a report covers, named by its closing day ("for the year ended December 31")
_YEAR_ENDED = re.compile(
    rf"\byear\s*,?\s+(?:ended|ending|to)\s+(?:on\s+)?(?P<month>{_MONTH})\s*(?P<day>[0-3]?\d)\b"
    r"(?:,?\s+(?P<year>1\d{3}|20\d\d)\b)?",
    FLAGS,
)


def _last(found: Any) -> Any:
    """The last item of an iterator (the match nearest before), or None."""
    item = None
    for item in found:  # noqa: B007 (the loop keeps the last one)
        continue
    return item


def _year_reported(m: re.Match[str], ctx: Context) -> int | None:
    """The year "the year" refers back to in a report, or None: a split year earlier in its
    sentence (valued by the year it opens with, the split year's own convention), or the year
    a report named by its closing day ("the year ended December 31 ... a dividend of five cents
    for the year": the year that day closes, 1986 in a March 1987 report, not the year of
    publication)."""
    if re.match(r"\s+(?:just\s+)?(?:ended|ending)\b", ctx.text[m.end() : m.end() + 20], FLAGS):
        return None  # "the fiscal year just ended March 7" is a report of its own
    s, _e = ctx.sentence_bounds(m.start())
    split = _last(_SPLIT_BEFORE.finditer(ctx.text, max(s, m.start() - 300), m.start()))
    if split is not None:
        return int(split["y"])
    ended = _last(_YEAR_ENDED.finditer(ctx.text, max(0, m.start() - 600), m.start()))
    if ended is None or ended.end() > m.start() - 3 or ctx.dct is None:
        return None
    if ended["year"]:
        return int(ended["year"])
    mo = _month_no(ended["month"])
    day = min(int(ended["day"]) or 1, 28)
    closing = date(ctx.dct.year, mo, day)
    if ended.group(0).split()[1].lower() == "ended":
        # the latest such day up to publication: a year reported on is over
        return ctx.dct.year if closing <= ctx.dct else ctx.dct.year - 1
    # "the year ending September 30": the year in progress, closed by the next such day
    return ctx.dct.year if closing >= ctx.dct else ctx.dct.year + 1


#: "at" or "in" right before a point of the year ("at year-end", "in the middle of")
_AT_BEFORE = re.compile(r"\b(?:at|in)\s+$", re.IGNORECASE)


def _r_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    named = m.groupdict().get("yeyear") or m.groupdict().get("yeyear2")
    if named:
        p = Point(date(int(named), 1, 1), "Y")
        return Resolved("DATE", p.value(), p, ABSOLUTE, "END")
    unit = (m.groupdict().get("midunit") or "year")[-4:].lower()  # "week", "cade", "year"
    gran = {"week": "W", "cade": "E"}.get(unit, "Y")
    mid = m.groupdict().get("midyear") or m.groupdict().get("midunit")
    step = 0
    if (
        gran == "Y"
        and ctx.dct is not None
        and ctx.dct.month < (6 if mid else 12)
        and _AT_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        # "reserves stood at 3 mln barrels at year-end" written in March: the end of this
        # year lies ahead, so a past clause means last year's (its middle likewise before
        # June); not after "by", a target ("to pay down the debt by year-end")
        step = -1
    res = _rel(ctx, lambda d: _shift_unit(Point(d, gran), step, "year"), _X[gran])
    res.mod = "MID" if mid else "END"  # "by mid-year", "midweek", "year-end"
    return res  # "around year end": the span keeps "around", the year its END


#: a comparison, no step in the narrative: "two weeks later than planned"
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


#: a length said roughly ("a day or so later"): no day to reach
_OR_SO = re.compile(r"\bor\s+so\b", re.IGNORECASE)


def _r_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "three years ago" (from the creation time), "a year earlier" (from the previous
    expression); a year back from a quarter stays a quarter."""
    unit = _unit(m["unit"])
    direction = m["dir"].lower()
    if not m["num"] and not m["adj"] and m["unit"].lower().endswith("s"):
        # "years later", "months ago": how long is not said (TimeML: a vague length)
        return Resolved("DURATION", _duration(None, unit), mod=_mod_of(m))
    amount = _num(m["num"]) if m["num"] else 1
    if m["num"] and m["num"].lower() == "half":
        amount = 0.5  # "a half-hour later"
    sign = 1 if direction in ("later", "after", "from now", "hence", "on") else -1
    mod = _mod_of(m)
    if unit in TIME_UNITS or (direction in ("earlier", "later") and unit in ("day", "week")):
        res = Resolved("DURATION", _duration(amount, unit), mod=mod)
        if (
            unit in ("day", "week")
            and mod is None
            and amount is not None
            and amount == int(amount)
            and (focus := _focus_day(m, ctx)) is not None
            and focus[1] == PREVIOUS
            and not _THAN_AFTER.match(ctx.text, m.end())
            and not _OR_SO.search(m.group(0))
        ):
            # "The port closed on Aug. 21, 2013. Two weeks later, ...": a narrative's step from
            # the day it last named, not from publication (TimeML's beginPoint / endPoint)
            days = int(amount) * (7 if unit == "week" else 1)
            res.reach, res.anchor = focus[0] + timedelta(days=sign * days), PREVIOUS
        return res
    if unit == "millennium":  # no calendar unit to count back in: only the direction is sure
        anchor = PUBLISHED if ctx.dct else UNANCHORED
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor=anchor, mod=mod)
    gran = _GRAN_OF_UNIT.get(unit, "D")
    use_previous = direction in ("earlier", "later", "before", "after", "on") or m["adj"]
    base: Point | None
    anchor = PUBLISHED
    month = _month_compared(m, ctx) if unit == "year" and amount == 1 else None
    if month is not None:
        # a monthly figure: "exports rose 5 pct in May from a year earlier" is May a year back
        base, anchor = month, PREVIOUS
    elif unit == "year" and amount == 1 and (compared := _compared_quarter(m, ctx)) is not None:
        # results news: "up from $4 a year ago" compares with the quarter under discussion
        base, anchor = compared, PREVIOUS
    elif use_previous and ctx.last is not None:
        base, anchor = ctx.last, PREVIOUS
        if unit == "year" and base.gran in ("M", "W"):
            base = Point(base.day, "Y")  # "a year earlier" than a month is a year
        ended = (
            _PERIOD_ENDED.search(ctx.text, max(0, ctx.last_at - 40), ctx.last_at)
            if unit == "year" and base.gran == "D"
            else None
        )
        if ended is not None:
            # "sales in the week ended April 4 rose from a year earlier": the period that day
            # closes is what is compared, a year back (the week, the half; a year otherwise)
            if ended["psplit"]:  # "1986/87 ended March 31": the split year, named by 1986
                base = Point(date(base.day.year - 1, 1, 1), "Y")
            else:
                noun = ended["pnoun"].lower()
                base = Point(base.day, {"week": "W", "half": "H", "month": "M"}.get(noun, "Y"))
        elif unit == "year" and base.gran == "D" and amount is not None and amount >= 2:
            # "The mill shut on June 4, 2008. Four years earlier, ...": a step of years tells
            # the year it reaches, not a day (the count is in years). Not "a year earlier":
            # a figure's comparison point a year back from a day or a period's last day
            # ("sales for the four weeks ended May 3 rose from a year earlier") keeps the day
            base = Point(base.day, "Y")
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
    if anchor == PREVIOUS and base.gran == "Y" and gran in ("E", "C"):
        pass  # "in 1998 ... a decade later": 2008, a year as the time it counts from
    elif base.gran not in ("Q", "H", "M", "W", "D", "S") or _order(base.gran) < _order(gran):
        base = Point(base.day, gran)
    p = _shift_unit(Point(base.day, base.gran), sign * int(amount), unit)
    years = _YEARS_OF_UNIT.get(unit)
    if years and direction == "later" and _THAN_AFTER.match(ctx.text, m.end()):
        # "in 2030, two years later than planned": a comparison of lengths, no date
        return Resolved("DURATION", _duration(amount, unit), mod=mod)
    if (
        years
        and direction == "later"
        and anchor == PREVIOUS
        and ctx.dct is not None
        and ctx.last is not None
        and not _MODAL_LEFT.search(ctx.text, ctx.sentence_bounds(m.start())[0], m.start())
    ):
        step = int(amount) * years
        tense = ctx.tense(m.start(), m.end())
        if tense != "future" and p.day.year > ctx.dct.year:
            # "The strike of 2016 shut the port. The union said on Tuesday that five years
            # later the wounds remain": counted from Tuesday it lands after publication, so
            # the step counts from the past year or day the text set before (2016 + 5)
            ref = ctx.past_ref
            if (
                ref is not None
                and ctx.last.gran == "D"
                and ctx.last.day.year == ctx.dct.year
                and ref.day.year < base.day.year
            ):
                base = Point(ref.day, "Y")
                p = Point(date(ref.day.year + step, 1, 1), "Y")
        if tense != "future" and p.day.year > ctx.dct.year:
            if base.day.year < ctx.dct.year and p.day.year <= ctx.dct.year + 1:
                # a step from a past year that lands just past publication: the present (a
                # writer's round count, "the bridge fell in 2018; four years later ...")
                p, mod = Point(date(ctx.dct.year, 1, 1), "Y"), None
            else:
                # from a day near publication, or far past it, in no clause of the future
                # ("The council met on May 2. Even three years later the cause is disputed"):
                # no date it could reach; the length alone
                return Resolved("DURATION", _duration(amount, unit), mod=mod)
        elif (
            mod in ("MORE_THAN", "APPROX", "EQUAL_OR_MORE")
            and (tense in ("present", "present_right") or (not tense and _present_after(m, ctx)))
            and base.day.year < ctx.dct.year
        ):
            # "The guild was founded in 1820. More than two centuries later, its hall still
            # stands": an approximate step told in the present is the present, not 2020
            p, mod = Point(date(ctx.dct.year, 1, 1), "Y"), None
    return Resolved("TIME" if p.part else "DATE", p.value(), p, anchor, mod, anchors=False)


#: the years in one unit of a step counted in years ("three years", "two decades")
_YEARS_OF_UNIT = {"year": 1, "decade": 10, "century": 100}


#: a modal before a step in its sentence: a forecast or a plan may reach past publication
#: ("the rights will expire 10 years later", "debt would grow to $110 bln a year later")
_MODAL_LEFT = re.compile(r"\b(?:will|would|shall|could|should|might)\b|'ll\b", re.IGNORECASE)


#: the first verb of a clause right of a fronted step: a present ("is", "still stands") or not
_VERB_RIGHT = re.compile(
    r"\b(?:(?P<pres>is|are|has|have|remains?|stands?|still|now|today)|was|were|had|did|\w+ed)\b",
    re.IGNORECASE,
)


def _present_after(m: re.Match[str], ctx: Context) -> bool:
    """Whether the sentence right of a fronted step goes on in the present ("More than two
    centuries later, its hall still stands"), read by its first verb-like word."""
    _s, e = ctx.sentence_bounds(m.start())
    v = _VERB_RIGHT.search(ctx.text, m.end(), min(e, m.end() + 80))
    return v is not None and v["pres"] is not None


#: the months a sentence names for a figure: "in May" (a capitalised name, not the modal "may";
#: not a day, "May 5", nor one end of a range, "January/March", "October-December"), "May's",
#: "May exports" (the name before a noun), "May 1986" (with its year); "last month", "this
#: month" (a month named relative to publication); and a bare year, which may be the period
_MONTH_NAMED = re.compile(
    rf"(?<![/\u2013-])\b(?P<month>{_MONTH})(?!\w)(?![/\u2013-])"
    r"(?:(?P<poss>'s\b)|\s+(?P<year>1\d{3}|20\d\d)\b|(?=\s+[a-z])|(?=\s*[,.;)]|\s*$)|"
    r"(?=\s+[A-Z]))|"
    r"\b(?P<rel>(?i:last|this)\s+month)\b|(?<![\d/.-])(?P<bare>1[89]\d\d|20\d\d)(?![\d/-])"
)


_MONTH_PREP = re.compile(r"\b(?i:in|for|during|of)\s+$")


#: the month is one comparison point of two ("up from 1.8 mln in January and 1.6 mln a year
#: earlier"): a year earlier than the figure's own month, which the sentence does not name
_AND_NEXT = re.compile(r"\s*,?\s+and\s")


#: a month named after the comparison is its figure's only within the clause ("from a year
#: earlier to 69,000 in May"), not past a comma or a conjunction ("... after a rise in May")
_CLAUSE_BREAK = re.compile(r",(?!\d)|;|\b(?:and|but|after|while|when|whereas)\b", re.IGNORECASE)


_PERIOD_NOUN = re.compile(r"\s+(?:year|quarter|half|period)\b", re.IGNORECASE)


def _month_compared(m: re.Match[str], ctx: Context) -> Point | None:
    """The month a monthly figure is reported for, when "a year earlier" / "a year ago" is
    compared with it in the same sentence ("exports fell 2 pct from a year earlier to 6,000 in
    May", "In May, sales rose 4 pct from a year ago", "May's exports"): that month, so the
    comparison is the month a year back, as the figure is monthly (the Reuters files' three
    annotators agree; TimeBank's one case names no month in its sentence, "last month" in the
    one before, and stays a year). Only when the sentence names one month and no other period
    a figure could be for (two months, "last month" beside "in January", a bare year: which of
    them is compared is not said, and the rules before decide)."""
    if m["dir"].lower() not in ("earlier", "ago", "before") or ctx.dct is None:
        return None
    if _PERIOD_NOUN.match(ctx.text, m.end()):
        return None  # "a year ago quarter", "the year-ago period": the period rules decide
    s, e = ctx.sentence_bounds(m.start())
    s, e = max(s, m.start() - 300), min(e, m.end() + 300)  # (a run-on text: 300 round)
    names: set[str] = set()
    year: int | None = None
    for n in _MONTH_NAMED.finditer(ctx.text, s, e):
        if m.start() <= n.start() < m.end():
            continue
        if n["rel"] or n["bare"]:
            return None
        word = n["month"]
        plain = not (n["poss"] or n["year"]) and word[0].isupper()
        before_noun = plain and ctx.text[n.end() : n.end() + 2].strip()[:1].islower()
        if (
            plain
            and not before_noun
            and not _MONTH_PREP.search(ctx.text, max(s, n.start() - 8), n.start())
        ):
            continue  # "March" alone without "in": a name, a verb, a day's month
        if n.end() <= m.start() and _AND_NEXT.match(ctx.text, n.end()):
            return None
        if n.start() >= m.end() and _CLAUSE_BREAK.search(ctx.text, m.end(), n.start()):
            continue  # "... a year ago, after a rise in January": another figure's month
        if before_noun and _PERIOD_NOUN.match(ctx.text, n.end()):
            return None  # "the December year", "the March quarter": no monthly figure
        names.add(word.rstrip(".").lower()[:3])
        year = int(n["year"]) if n["year"] else year
    if len(names) != 1:
        return None
    mo = MONTHS[names.pop()]
    if year is None:
        # the latest such month up to publication: a monthly figure is out already
        year = ctx.dct.year if mo <= ctx.dct.month else ctx.dct.year - 1
    return Point(date(year, mo, 1), "M")


#: a calendar period closed by the day after it: "the week ended Feb 28", "the half ended
#: December 31", "the fiscal year ended March 31", "1986/87 ending March 31" (not a count of
#: units, "the six months ended Aug. 12", which has no calendar value: TimeBank keeps the day)
_PERIOD_ENDED = re.compile(
    r"(?:\b(?P<pnoun>week|month|half|year|season)|(?P<psplit>"
    r"(?:1\d|20)\d\d[-/\u2013]\d\d))\s*,?\s+(?:ended|ending|through|to)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _compared_quarter(m: re.Match[str] | None, ctx: Context) -> Point | None:
    """The quarter a comparison a year back is made with: the quarter under discussion, but a
    quarter ahead (a forecast's, "weak prices lasting into the second quarter of 2027") only
    within its own sentence; past it, the quarter last reported on ("profit in the year-ago
    quarter was ...")."""
    q = ctx.last_quarter
    if q is None or ctx.reported_quarter is None or q == ctx.reported_quarter:
        return q
    if m is not None and ctx.sentence_of(m.start()) == ctx.sentence_of(ctx.last_quarter_at):
        return q
    return ctx.reported_quarter


def _year_before_quarter(ctx: Context, m: re.Match[str] | None = None) -> Resolved:
    """The quarter under discussion (else the last full one before publication), a year back:
    "the year-ago quarter" in results news."""
    base = _compared_quarter(m, ctx)
    if base is None:
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-QX", anchor=UNANCHORED)
        base = shift(Point(ctx.dct, "Q"), -1, "Q")
    p = shift(base, -1, "Y")
    return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)


_SAME_GRAN = {"quarter": "Q", "month": "M", "week": "W", "half": "H"}


_LAST_YEAR_SAID = re.compile(r"\blast\s+year", re.IGNORECASE)


def _r_same_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the same period last year", "the same quarter a year earlier", "last year's quarter":
    the period under discussion, a year back (or in the year written), as one DATE.

    Why one expression: TIMEX3 takes the whole phrase, and its value is the comparison period,
    a quarter or a month, not the year that "last year" alone would give."""
    unit = (m["spunit"] or m["spunit2"] or "period").lower()
    gran = _SAME_GRAN.get(unit)
    base = _compared_quarter(m, ctx) if gran in (None, "Q") else None
    last = ctx.last
    if base is None and last is not None and last.gran in ("Q", "H", "M", "W", "S"):
        base = last if gran is None or last.gran == gran else None
    if base is None:
        if ctx.dct is None:
            return Resolved("DATE", _X[gran or "Q"], anchor=UNANCHORED)
        # nothing under discussion: the unit before publication, the way "the latest
        # quarter" reads (results news compares the period just reported)
        base = shift(Point(ctx.dct, gran or "Q"), -1, gran or "Q")
        if base.day.year < ctx.dct.year and _LAST_YEAR_SAID.search(m.group(0)):
            # "sales so far this year rose from the same period last year", written in
            # February: the unit just completed lies in last year, and a year before it would
            # be two years back, which "last year" denies; the unit in progress is compared
            base = Point(ctx.dct, gran or "Q")
    if m["spyear"]:
        p = Point(date(int(m["spyear"]), base.day.month, min(base.day.day, 28)), base.gran)
    else:
        p = shift(Point(base.day, base.gran), -1, "Y")
    return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)


def _r_adj_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year-ago quarter", "the year-earlier third quarter", "the year-earlier nine
    months" (a length, as results news compares it)."""
    if m["amonths"]:
        return Resolved("DURATION", _duration(_num(m["amonths"]), "month"))
    if m["noun"] and not m["aord"] and m["unit"].lower() == "year":
        # "the comparable year-ago quarter": the quarter under discussion, a year back
        return _year_before_quarter(ctx, m)
    if m["aord"] and m["unit"].lower() == "year":
        res = _r_ago(m, ctx)
        if res is None or res.point is None:
            return res
        n = ORDINALS[m["aord"].lower()]
        p = Point(date(res.point.day.year, (n - 1) * 3 + 1, 1), "Q")
        return Resolved("DATE", p.value(), p, res.anchor, anchors=False)
    return _r_ago(m, ctx)


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
