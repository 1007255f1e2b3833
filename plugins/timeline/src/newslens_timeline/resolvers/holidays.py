"""Named days of the calendar: fixed holidays ("Christmas Day", "New Year's Eve"), floating
ones computed for their year (Easter, Thanksgiving, Memorial Day), and days named after an
event ("Black Monday"); the year by the clause, whether the feast is kept, past or awaited.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from newslens_timeline.lexicon import ABSOLUTE, PUBLISHED, UNANCHORED
from newslens_timeline.resolvers.base import Resolved, _mod_of
from newslens_timeline.resolvers.days import _INFINITIVE_BEFORE, _absolute_day, _day_by_tense
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

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
        _floating_key(name) == "super tuesday"
        and not m["year"]
        and (cycle := _cycle_named_before(m, ctx)) is not None
        and (ctx.dct is None or cycle != ctx.dct.year - ctx.dct.year % 4)
    ):
        # "In the 2008 race, she swept the big states on Super Tuesday" written in 2016: the
        # day of the cycle the year written before it names (the lead's decision 2 on round
        # 55's list), not the publication's cycle
        p = Point(rule(cycle), "D")
        return Resolved("DATE", p.value(), p, ABSOLUTE, _mod_of(m))
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


def _cycle_named_before(m: re.Match[str], ctx: Context) -> int | None:
    """The election year (a year divisible by four) written last before a day kept once a
    cycle in its sentence, or ``None``: "in 2008 ... on Super Tuesday" is 2008's."""
    start, _ = ctx.sentence_bounds(m.start())
    years = [int(y) for y in _YEAR_IN.findall(ctx.text, start, m.start())]
    if not years or years[-1] % 4:
        return None
    return years[-1]


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
    # the US primaries' day: the first Tuesday of March of a presidential year (2000, 2004,
    # 2012, 2016, 2020, 2024), but for the cycles that held it on another Tuesday
    "super tuesday": lambda y: (
        _SUPER_TUESDAY_MOVED.get(y - y % 4) or _nth_weekday(y - y % 4, 3, 2, 1)
    ),
}


#: the cycles whose Super Tuesday was not the first Tuesday of March (the calendar's record:
#: the second Tuesday in 1988, 1992 and 1996; 2008 moved it to 5 February)
_SUPER_TUESDAY_MOVED = {
    1988: date(1988, 3, 8),
    1992: date(1992, 3, 10),
    1996: date(1996, 3, 12),
    2008: date(2008, 2, 5),
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
