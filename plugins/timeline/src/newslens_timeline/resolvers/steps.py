"""Steps back or ahead from a point: "three years ago" (from the creation time), "a year
earlier" (from the time under discussion), "the same period last year", "the year-ago
quarter", and the month or quarter a figure is compared with a year back.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newslens_timeline.lexicon import (
    _MONTH,
    MODS,
    MONTHS,
    ORDINALS,
    PREVIOUS,
    PUBLISHED,
    TIME_UNITS,
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
    _shift_unit,
)
from newslens_timeline.resolvers.parts_of_day import _focus_day
from newslens_timeline.tense import Context
from newslens_timeline.values import Point, shift

#: a comparison, no step in the narrative: "two weeks later than planned"
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


#: a length said roughly ("a day or so later"): no day to reach
_OR_SO = re.compile(r"\bor\s+so\b", re.IGNORECASE)


#: a level held at publication, said before a comparison a year back in its sentence: "its
#: unfilled orders are now $21 million, three times the level a year ago", "40 banks
#: currently use its screens, up from 25 a year ago"
_HELD_NOW = re.compile(
    r"\b(?:now|currently|at\s+present|presently|stands?\s+at)\b(?!\s+that\b)", re.IGNORECASE
)


def _level_held_now(m: re.Match[str], ctx: Context) -> bool:
    """Whether "a year ago" compares a level held now with the level a year before
    publication, not with the quarter under discussion: its sentence says "now",
    "currently" or "stands at" before it (a quarter's figure is a flow over the quarter; a
    level stated now is a stock at publication)."""
    if m["dir"].lower() != "ago":
        return False
    start, _ = ctx.sentence_bounds(m.start())
    return _HELD_NOW.search(ctx.text, start, m.start()) is not None


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
    # "a year ago" beside a level held now (read once: both branches below ask it)
    held_now = month is None and unit == "year" and amount == 1 and _level_held_now(m, ctx)
    if month is not None:
        # a monthly figure: "pulp shipments climbed 7 pct in August from a year earlier" is
        # August a year back
        base, anchor = month, PREVIOUS
    elif (
        unit == "year"
        and amount == 1
        and not held_now
        and (compared := _compared_quarter(m, ctx)) is not None
    ):
        # results news: "up from $4 a year ago" compares with the quarter under discussion,
        # unless the sentence's figure is for a longer period ("nine-month profit fell from
        # $4 a year earlier"): then that period's year or half
        base, anchor = _period_of_figure(m, ctx, compared), PREVIOUS
    elif held_now and ctx.dct is not None:
        # "the rate now stands at 6%, against 8% a year ago": two points compared, now and
        # the same day a year before publication (the lead's decision on round 54's question)
        base, gran = Point(ctx.dct, "D"), "D"
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
            # ("orders for the five weeks ended June 8 slipped from a year earlier") keeps
            # the day
            base = Point(base.day, "Y")
    elif ctx.dct is not None:
        base = Point(ctx.dct, gran)
    else:
        base = None
    if amount is None and anchor == PREVIOUS and direction in ("earlier", "later"):
        # "the deal went bad a few years later": a vague step from the time under
        # discussion says how long after, not whether before or after publication (TimeML's
        # "A few days later", a vague length)
        return Resolved("DURATION", _duration(None, unit), mod=mod)
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
    """The month a monthly figure is reported for, when "a year earlier" / "a year ago" is compared
    with it in the same sentence ("timber sales, down 3 pct from a year earlier, reached 8,200 in
    July", "In July, fares climbed 6 pct from a year ago", "July's sales"): that month, so the
    comparison is the month a year back, as the figure is monthly (the Reuters files' three
    annotators agree; TimeBank's one case names no month in its sentence, "last month" in the one
    before, and stays a year). Only when the sentence names one month and no other period a figure
    could be for (two months, "last month" beside "in January", a bare year: which of them is
    compared is not said, and the rules before decide)."""
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


#: the periods a results sentence names for its figure, longer than a quarter or a quarter
#: itself: a count of months ("nine months", "the nine-month period", "six mths"), a half,
#: a whole year ("full-year", "fiscal 2003", "for the year", "the whole of 2003"), a quarter.
#: "the year-ago quarter" and "year-on-year" name none
_FIGURE_PERIOD = re.compile(
    r"\b(?:(?P<months>(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"[\s-]+(?:months?|mths?))|(?P<half>(?:first|second|1st|2nd)[\s-]+half|half[\s-]+year)|"
    r"(?P<year>full[\s-]+year|(?:fiscal|financial)[\s-]+year|fiscal(?=\s+(?:1\d|20)\d\d\b)|"
    r"for\s+the\s+(?:whole\s+|full\s+)?year|whole\s+(?:of\s+)?(?:the\s+)?year|"
    r"whole\s+of(?=\s+(?:1\d|20)\d\d\b))|(?P<quarter>quarters?|qtrs?))\b(?!-(?:ago|earlier|on)\b)"
    r"(?:\s*(?:of\s+)?(?:fiscal\s+)?(?P<written>(?:1\d|20)\d\d)\b(?![/-]))?",
    re.IGNORECASE,
)


#: what a count of months may name other than a figure's period: a money-market term
#: ("six-month bills", "nine-month paper", "12-month deposits") or a point ("six months ago")
_NO_FIGURE_PERIOD = re.compile(
    r"[\s-]+(?:t-?bills?|bills?|paper|issues?|deposits?|treasur\w+|notes?|cds?|certificates?|"
    r"loans?|money|funds?|debt|interbank|london|libor|rates?|maturit\w+|contracts?|futures|"
    r"options|credits?|intervals?|ago|earlier|later|before|after|from\s+now)\b",
    re.IGNORECASE,
)


#: months a count names that make a half: "six months", "the six-month period"
_HALF_MONTHS = re.compile(r"^(?:six|6)\b", re.IGNORECASE)
#: months a count names that fit in the quarter under discussion: "the two months to February"
_QUARTER_MONTHS = re.compile(r"^(?:one|two|three|[123])\b", re.IGNORECASE)


#: a sentence closed by its stop (the core's sentences also break at a wire's line break
#: before a figure, inside a sentence)
_SENTENCE_CLOSED = re.compile(r"[.!?:;\"'\u201d)]\s*$")
#: ... and a piece that goes on a sentence starts in lower case or with a figure (a table's
#: next row, "Net 7,881,000 vs ...", or a note starts with a capital)
_SENTENCE_GOES_ON = re.compile(r"\s*[a-z0-9$]")


#: a sentence's figure of a quarter, named by its adjective: "a second quarterly fall in a row"
_QUARTERLY = re.compile(r"\bquarterly\b", re.IGNORECASE)


#: a period closed by a day: "the first half ended October 31"
_ENDED_AFTER = re.compile(r"\s*,?\s+(?:ended|ending|to|through)\s", re.IGNORECASE)


def _period_of_figure(m: re.Match[str], ctx: Context, quarter: Point) -> Point:
    """The period "a year earlier" is compared with in a results sentence: the quarter under
    discussion, unless the last period the sentence names before the comparison is longer. A
    count of months other than three, or a whole year, is a year ("nine-month net fell to $3
    from $4 a year earlier": the year before the quarter's, as TimeBank writes 5 of its 7
    such comparisons and the Reuters development file its one; TIMEX3 has no value for nine
    months); six months or a half is the half; a year written with the period ("the whole of
    2003", "fiscal 2003") is that year's. A sentence naming no period goes on with the one
    right before it (results news names the period once, then gives the figures: "For the
    nine months, net was $11 mln. Revenue rose from $84 mln a year earlier.")."""
    s, _e = ctx.sentence_bounds(m.start())
    while (
        s > max(0, m.start() - 300)
        and _SENTENCE_GOES_ON.match(ctx.text, s)
        and not _SENTENCE_CLOSED.search(ctx.text, max(0, s - 20), s)
    ):
        s = ctx.sentence_bounds(s - 1)[0]  # a wire's line break inside its sentence ("to\n410")
    last = _last_figure_period(ctx, max(s, m.start() - 300), m.start())
    if last is None and s > 0 and not _QUARTERLY.search(ctx.text, s, m.start()):
        # no period in its sentence: the figure goes on from the sentence before ("In the nine
        # months, net rose to $9 mln. Revenue climbed from a year earlier."); not a quarter's
        # figure ("unfilled orders shrank for a second quarterly fall in a row, ending below
        # the year earlier level")
        before = ctx.sentence_bounds(s - 1)[0]
        last = _last_figure_period(ctx, max(before, s - 300), s)
    if last is None or last["quarter"]:
        return quarter
    if last["months"] and _QUARTER_MONTHS.match(last["months"]):
        return quarter
    gran = "H" if last["half"] or (last["months"] and _HALF_MONTHS.match(last["months"])) else "Y"
    if gran == "H" and _ENDED_AFTER.match(ctx.text, last.end()):
        return quarter  # "the first half ended October 31": a fiscal half, no calendar one
    month = quarter.day.month
    if last["half"] and last["half"][0].lower() in "f1s2":
        month = 1 if last["half"][0].lower() in "f1" else 7
    year = int(last["written"]) if last["written"] else quarter.day.year
    return Point(date(year, month, 1), gran)


def _last_figure_period(ctx: Context, start: int, end: int) -> re.Match[str] | None:
    """The last period of a figure named between ``start`` and ``end`` (a count of months
    before a money-market term or a point, "six-month bills", "nine months ago", is none)."""
    last = None
    for p in _FIGURE_PERIOD.finditer(ctx.text, start, end):
        if p["months"] and _NO_FIGURE_PERIOD.match(ctx.text, p.end()):
            continue
        last = p
    return last


def _year_before_quarter(ctx: Context, m: re.Match[str] | None = None) -> Resolved:
    """The quarter under discussion (else the last full one before publication), a year back:
    "the year-ago quarter" in results news."""
    base = _compared_quarter(m, ctx)
    if base is not None and m is not None and _NAMES_PERIOD.search(m.group(0)):
        # "the year-ago period" after "for the nine months": the figure's period, as for
        # "a year earlier"
        base = _period_of_figure(m, ctx, base)
    if base is None:
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-QX", anchor=UNANCHORED)
        base = shift(Point(ctx.dct, "Q"), -1, "Q")
    p = shift(base, -1, "Y")
    return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)


#: a comparison that names a "period", not a quarter: its sentence's figure says which
_NAMES_PERIOD = re.compile(r"\bperiod$", re.IGNORECASE)


_SAME_GRAN = {"quarter": "Q", "month": "M", "week": "W", "half": "H"}


_LAST_YEAR_SAID = re.compile(r"\blast\s+year", re.IGNORECASE)


def _r_same_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the same <unit> last year", "the same <unit> a year earlier", "last year's <unit>":
    the period under discussion, a year back (or in the year written), as one DATE.

    Why one expression: TIMEX3 takes the whole phrase, and its value is the comparison period,
    a quarter or a month, not the year that "last year" alone would give."""
    if m["spmonth"]:
        return _part_of_month_a_year_back(m, ctx)
    unit = (m["spunit"] or m["spunit2"] or m["spunit3"] or "period").lower()
    gran = _SAME_GRAN.get(unit)
    base = _compared_quarter(m, ctx) if gran in (None, "Q") else None
    if base is not None and gran is None and not m["spord"]:
        # "the same period last year" after "for the nine months": the figure's period (the
        # year, or the half), as round forty-two reads "a year earlier"
        base = _period_of_figure(m, ctx, base)
    last = ctx.last
    if base is None and last is not None and last.gran in ("Q", "H", "M", "W", "S"):
        base = last if gran is None or last.gran == gran else None
    if base is None and m["spunit3"] and gran is None and ctx.dct is not None:
        # "in the February 20-28 period ... the period a year ago": no period of a unit under
        # discussion, so the year before publication's, as "a year ago" alone reads
        p = shift(Point(ctx.dct, "Y"), -1, "Y")
        return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)
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
    if m["spord"]:
        # "the first quarter a year ago": the quarter (half) it names, in the year before the
        # period under discussion
        n = _ORDINAL_NUMBER[m["spord"].lower()]
        if gran == "H" and n > 2:
            return None
        p = Point(date(p.day.year, (n - 1) * (6 if gran == "H" else 3) + 1, 1), gran or "Q")
    return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)


def _part_of_month_a_year_back(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the late-March period a year ago": that part of the month a year before the one
    under discussion (the month's latest passing by publication, as sales news reports it)."""
    month = MONTHS[m["spmonth"].lower().rstrip(".")]
    mod = MODS[m["sppart"].lower()]
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{month:02d}", anchor=UNANCHORED, mod=mod)
    year = ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
    p = Point(date(year - 1, month, 1), "M")
    return Resolved("DATE", p.value(), p, PREVIOUS, mod, anchors=False)


_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2}
_ORDINAL_NUMBER.update({"3rd": 3, "4th": 4})


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
