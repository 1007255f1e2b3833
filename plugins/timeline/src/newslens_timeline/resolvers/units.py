"""A calendar unit told relative to a point: "this week", "last month", "next year",
"earlier this year", "the same year", "the year before", "the year" when it is a period
reported on, and a year's end ("end of the year").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from newslens_timeline.lexicon import (
    _MONTH,
    ABSOLUTE,
    FLAGS,
    PREVIOUS,
    PUBLISHED,
    UNANCHORED,
    _duration,
    _num,
    _unit,
)
from newslens_timeline.resolvers.base import (
    _GRAN_OF_UNIT,
    _X,
    Resolved,
    _mod_of,
    _order,
    _Override,
    _period,
    _rel,
    _shift_unit,
)
from newslens_timeline.resolvers.days import _month_no
from newslens_timeline.resolvers.names import _SENTENCE_OPEN
from newslens_timeline.tables import table_reported_year
from newslens_timeline.tense import Context
from newslens_timeline.values import Point, shift

#: wire copy's clipped period words, read as the whole words (the lead's decision 2 on round
#: seventy-three)
_CLIPPED_UNIT = {"qtr": "quarter", "yr": "year", "mth": "month", "wk": "week"}


def _r_this_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """this/last/next week, month, year, quarter, decade; "the current year", "earlier this
    month" (mod START), "later this year" (mod END)."""
    rel = re.sub(r"\s+", " ", (m["urel"] or m["ucur"]).lower()).removeprefix("the ")
    if rel in ("prior", "preceding"):
        rel = "previous"  # "the prior quarter", "the preceding year"
    unit = _unit(m["uunit"])
    clipped = unit in _CLIPPED_UNIT  # wire copy's "qtr", "yr", "mth", "wk"
    unit = _CLIPPED_UNIT.get(unit, unit)
    mod = _mod_of(m)
    lead = (m["lead"] or "").lower()
    if lead.startswith("earlier"):
        mod = "START"
    elif lead.startswith("later"):
        mod = "END"
    delta = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1,
             "this past": -1, "next": 1, "coming": 1, "this coming": 1,
             "following": 1}.get(rel, 0)  # fmt: skip
    if (
        rel == "current"
        and (clipped or m["ucur"])
        and unit in ("quarter", "year", "month")
        and ctx.tense(m.start(), m.end()) != "future"
        and not _FORECAST_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # wire copy's clipped "current qtr" heads a results note ("Note: Current qtr net
        # includes a gain"), and so does a bare "Current year" in a table's note (the rule
        # reads it nowhere else): the period reported on, over at publication, so the
        # quarter (month) before publication's own. The year is the one just ended until
        # mid-April (year-end results come out up to then: a "Year" table on April 1 is the
        # year before), the year under way after it (a first-quarter report's "Current year";
        # the lead's decision 2 on round seventy-four). A forecast's ("will rise in the current
        # qtr", "forecast for current year") keeps publication's period
        if unit == "year":
            res = _rel(
                ctx,
                lambda d: _period(_reported_year(d, ctx.text, m.start()), "year"),
                _X["Y"],
            )
            res.mod = mod
            return res
        delta = -1
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
        # next year will be tough for growers", "set to slow in the next year", "budgets
        # for the next year" still count from publication)
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


def _reported_year(d: date, text: str, pos: int) -> date:
    """The first day of the year a results note published on ``d`` reports on: the year its
    table's head lines name ("Year", "Nine mths", "1st half", "Qtr ended Feb 28": the lead's
    decision 2 on round seventy-five), or, where the table names none, the year before until
    April 15, when the last year-end results are out, the year of ``d`` after."""
    named = table_reported_year(text, pos, d)
    if named is not None:
        return date(named, 1, 1)
    return date(d.year - 1 if (d.month, d.day) <= (4, 15) else d.year, 1, 1)


#: a forecast's word before a results note's "current year" on its line ("the group's forecast
#: for current year is ...", "expects current year sales to rise")
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|expects?|expected|projects?|projected|outlook|sees)\b[^.\n]*$",
    re.IGNORECASE,
)


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


#: a term's limit before "the end of the decade": "renewed the show through the end of the
#: decade", "targets set up to the end of the decade". A past verb sets the term, and its
#: limit lies ahead of the setting (the edge of the current decade or century), so the past
#: tense moves it to no earlier one; "at the end of the century" (a birth, an event) does move
_TERM_LIMIT = re.compile(r"\b(?:through|thru|until|till|up\s+to)\s+$", re.IGNORECASE)


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
            and not _TERM_LIMIT.search(ctx.text, max(0, m.start() - 12), m.start())
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
    # "that year" points back to the last point that named its year, past days and months
    # named after it without one ("Rates peaked in 2008. On Monday the minister recalled
    # the crisis; banks failed that year": 2008, not Monday's year)
    # (a month's complement, "in March of that year", takes the month's year, read just now)
    last = ctx.last
    if (
        that
        and unit == "year"
        and ctx.year_named is not None
        and not _MONTH_OF_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        last = ctx.year_named
    if (
        last is not None
        and (_GRAN_OF_UNIT[unit] in ("M", "W") or that)
        and _order(last.gran) >= _order(_GRAN_OF_UNIT[unit])
    ):
        gran = _GRAN_OF_UNIT[unit]
        p = Point(last.day, gran)
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
        # "ferry traffic in the final four months of the year slowed", "a plant closed at
        # the end of the year" written in January: this year's months named are still to
        # come, so a past clause means the year just ended
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


#: a month and "of" right before "that year" ("in March of that year")
_MONTH_OF_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s+(?:of\s+)?$", re.IGNORECASE)


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

#: a target or limit right before a point of the year ("by year-end", "until mid-year")
_TARGET_BEFORE = re.compile(
    r"\b(?:by|before|until|till|to|through|toward|towards|for|ahead\s+of)\s+$", re.IGNORECASE
)

#: a fiscal year's end: "fiscal", "financial" or "business" before it, or its month named right
#: after ("the state's year-end March shortfall", "year-end books due March 31"): its year is
#: the one that month closes, not the calendar's
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial|business)\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"[^.;]{{0,25}}?\b{_MONTH}(?![a-z])")


def _year_point_step(m: re.Match[str], ctx: Context, mid: bool) -> int:
    """-1 when the year's end (or middle) meant is last year's: in a past clause while this
    year's still lies ahead.

    Why: a year-end a figure was measured at has passed; written in March, "deposits at
    year-end", "had year-end deposits of", "its year-end audit turned up" are last
    December's. Not a target ("by year-end" in a past clause is mostly a plan still ahead:
    9 of 11 such pool rows), and not a fiscal year-end ("the financial year-end", "year-end
    books due March 31"), whose year its month decides."""
    if ctx.dct is None:
        return 0
    if ctx.dct.month >= (6 if mid else 12):
        return 0  # this year's point has passed or is at hand
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if _TARGET_BEFORE.search(before) or _FISCAL_BEFORE.search(before):
        return 0
    if not _AT_BEFORE.search(before) and _MONTH_AFTER.match(ctx.text, m.end()):
        return 0
    return -1 if ctx.tense(m.start(), m.end()) == "past" else 0


def _r_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    named = m.groupdict().get("yeyear") or m.groupdict().get("yeyear2")
    if named:
        p = Point(date(int(named), 1, 1), "Y")
        return Resolved("DATE", p.value(), p, ABSOLUTE, "END")
    unit = (m.groupdict().get("midunit") or "year")[-4:].lower()  # "week", "cade", "year"
    gran = {"week": "W", "cade": "E"}.get(unit, "Y")
    mid = m.groupdict().get("midyear") or m.groupdict().get("midunit")
    step = _year_point_step(m, ctx, bool(mid)) if gran == "Y" else 0
    res = _rel(ctx, lambda d: _shift_unit(Point(d, gran), step, "year"), _X[gran])
    res.mod = "MID" if mid else "END"  # "by mid-year", "midweek", "year-end"
    return res  # "around year end": the span keeps "around", the year its END


#: which marketing year a word before it names, counted from the one in progress
_MARKETING_STEP = {"new": 1, "next": 1, "coming": 1, "previous": -1, "last": -1, "past": -1}


#: a crop named in the sentence, and the month its marketing year begins: the US Department
#: of Agriculture's years, which wire copy follows (the lead's decision 3 on round
#: sixty-three's questions); "soybean meal" and "soybean oil" keep years of their own
_CROP = re.compile(
    r"\b(?P<crop>wheat|cotton|rice|corn|soy(?:a)?\s?beans?(?!\s+(?:meal|oil)\b)|sugar)\b",
    FLAGS,
)
_CROP_START = {"wheat": 6, "cotton": 8, "rice": 8, "corn": 9, "soy": 9, "sugar": 10}
#: the month a marketing year begins when the sentence names no crop: July, between the
#: grains' June and the oilseeds' and sugar's autumn (the EC's cereals begin in July)
_MARKETING_START = 7


def _crop_year_start(m: re.Match[str], ctx: Context) -> int:
    """The month the marketing year of ``m`` begins: that of the crop named nearest to it in
    its sentence ("the wheat marketing year", "corn exports in the current marketing year"),
    else July."""
    start, end = ctx.sentence_bounds(m.start())
    best, distance = _MARKETING_START, None
    for crop in _CROP.finditer(ctx.text, start, max(end, m.end())):
        far = m.start() - crop.end() if crop.end() <= m.start() else crop.start() - m.end()
        if distance is None or far < distance:
            word = crop["crop"].lower()
            best, distance = _CROP_START[word[:3] if word.startswith("soy") else word], far
    return best


def _r_marketing_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the marketing year", "the new marketing year", "the entire marketing year": a crop's
    year of the trade's calendar, a DATE valued by its first year (the lead's decision 2 on
    the seventh Reuters file's readings). The one in progress began in the publication year
    from its crop's first month on and the year before until then: wheat's in June, cotton's
    and rice's in August, corn's and soybeans' in September, sugar's in October, the crop
    named nearest in the sentence (decision 3 on round sixty-three's questions); with no
    crop named, July (the grains', oilseeds' and cotton's years begin between June and
    October, the EC's cereals in July), so in spring the running one is last autumn's. "New",
    "next", "coming" are the one after it, "previous", "last", "past" the one before."""
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", anchor=UNANCHORED)
    first = _crop_year_start(m, ctx)
    year = ctx.dct.year if ctx.dct.month >= first else ctx.dct.year - 1
    year += _MARKETING_STEP.get((m["mrel"] or "").lower(), 0)
    return Resolved("DATE", f"{year:04d}", Point(date(year, 1, 1), "Y"), PUBLISHED)
