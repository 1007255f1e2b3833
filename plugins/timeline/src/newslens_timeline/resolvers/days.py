"""Calendar days: ISO and slash dates, "March 3", "3 March", "Sept. 11", and the year of a
day or a month written without one.

A news story leaves the year out when it is obvious to a reader of that day: the year is
chosen among the candidates around publication by the clause's tense (``_day_by_tense``), by
the far end of a range ("from January to October 1998"), or by a step the story has already
taken. The cues of direction shared with the weekday resolver ("until", "as early as", an
infinitive of a plan) live here with the choice they feed.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date

from newslens_timeline.lexicon import (
    _MONTH,
    ABSOLUTE,
    DAY_WORDS,
    FLAGS,
    MONTHS,
    PREVIOUS,
    PUBLISHED,
    UNANCHORED,
    _num,
)
from newslens_timeline.resolvers.base import Resolved, _fixed_century, _mod_of, group
from newslens_timeline.resolvers.parts_of_day import _part_code
from newslens_timeline.tense import LEFT_WINDOW, Context
from newslens_timeline.values import Point


def _r_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    return _absolute_day(y, mo, d, m, ctx)


@functools.lru_cache(maxsize=4096)
def _days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange``'s day count, read once per year and month (a dense run of days
    asks for the same month thousands of times)."""
    return calendar.monthrange(year, month)[1]


def _absolute_day(
    y: int | None, mo: int, d: int, m: re.Match[str], ctx: Context, anchor: str = ABSOLUTE
) -> Resolved:
    limit = _days_in_month(y if y else 2000, mo) if 1 <= mo <= 12 else 0
    if not (1 <= mo <= 12) or not (1 <= d <= limit):
        name = calendar.month_name[mo] if 1 <= mo <= 12 else f"month {mo}"
        note = f"invalid date: {name} has no day {d}" + (f" in {y}" if y else "")
        return Resolved("DATE", None, mod=_mod_of(m), valid=False, note=note, anchor=anchor)
    if y is None:
        return _yearless(mo, d, m, ctx)
    p = Point(date(y, mo, d), "D")
    return Resolved("DATE", p.value(), p, anchor, _mod_of(m))


_RANGE_END = re.compile(
    # ("Jan/Sept 1987": wire copy's slash joins a range of months too)
    r"(?:\s*[-\u2013/]\s*|\s+(?:to|through|until|till|and)\s+)"
    rf"(?:the\s+end\s+of\s+)?(?P<month>{_MONTH})"
    r"(?![a-z])(?:\s*[0-3]?\d(?!\d))?(?:\s+period)?,?\s+(?:of\s+)?"
    # (not a split year, "April/January 1986/87": the range runs over both years)
    r"(?:(?P<year>1\d{3}|20\d{2})\b(?![/\u2013-]\d)|(?P<rel>this|last|next)\s+year\b)",
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


#: the far end of a range of months with no year ("from January to June")
_RANGE_TO_MONTH = re.compile(
    rf"\.?(?:\s*[-\u2013]\s*|\s+(?:to|through|until|till)\s+)(?P<month>{_MONTH})(?![a-z])",
    FLAGS,
)


#: its near end, read back from the far one
_RANGE_FROM_MONTH = re.compile(
    rf"\bfrom\s+(?P<month>{_MONTH})\.?(?:\s*[-\u2013]\s*|\s+(?:to|through|until|till)\s+)$",
    FLAGS,
)


def _yearless_range(ctx: Context, m: re.Match[str], mo: int) -> int | None:
    """The year of either end of "from January to June" written with no year: the two ends
    are one stretch (the start never after the end), placed as a whole by the tense of the
    clause, nearest publication ("the report covers the period from January to June" written
    in October is this year's first half, not next January to last June)."""
    assert ctx.dct is not None
    try:
        month_at = m.start("month")
    except (IndexError, AttributeError):  # called for another rule's month ("first week of")
        return None
    if (group(m, "prep") or "").lower() == "from":
        far = _RANGE_TO_MONTH.match(ctx.text, m.end())
        if far is None:
            return None
        first, last, at, far_at = mo, _month_no(far["month"]), month_at, far.start("month")
    else:
        near = _RANGE_FROM_MONTH.search(ctx.text, max(0, month_at - 30), month_at)
        if near is None:
            return None
        first, last, at, far_at = _month_no(near["month"]), mo, near.start("month"), month_at
    # either end may carry the clause's tense ("traders said shipments from May through July
    # could top"): a future at either end places the stretch ahead
    tenses = (ctx.tense(at, at + 3), ctx.tense(far_at, far_at + 3))
    tense = "future" if "future" in tenses else tenses[0]
    here = ctx.dct.year * 12 + ctx.dct.month
    span = (last - first) % 12  # months from the start to the end

    def cost(yy: int) -> float:
        middle = yy * 12 + first + span / 2
        return _tense_cost(round(middle - here), tense, TENSE_PENALTY_MONTHS)

    start_year = min((ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), key=cost)
    if month_at == at:
        return start_year
    return start_year + (1 if last < first else 0)


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
    # "the fiscal year ended Jan. 31", "since March 3" (read first: "since" of cause looks
    # past any window, so it is part of the cached decision's key, not of the decision)
    ended: str | None = None
    if ctx.may_hold("ended") and _ENDED.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        ended = "ended"
    elif ctx.may_hold("since") and since_before(ctx, m):
        ended = "since"
    # a narrative's day to continue reads the story's state: then no cache
    story_free = ctx.story is None or ctx.last is not ctx.story
    key = ctx.window_key(m.start(), m.end()) if story_free else None
    if key is None:
        return _yearless_day(mo, d, m, ctx, ended)
    key = (*key, ctx.dct, mo, d, ended)
    known = _YEARLESS_DECISIONS.get(key)
    if known is None:
        ctx.read_far = False
        res = _yearless_day(mo, d, m, ctx, ended)
        known = (res.value, res.point.day if res.point else None, res.anchor)
        if not ctx.read_far:
            if len(_YEARLESS_DECISIONS) >= YEARLESS_CACHE_SIZE:
                _YEARLESS_DECISIONS.clear()
            _YEARLESS_DECISIONS[key] = known
        return res
    value, day, anchor = known
    return Resolved("DATE", value, Point(day, "D") if day else None, anchor, _mod_of(m))


#: the yearless days' decisions by :meth:`Context.window_key` (with the creation time, the
#: month, the day, and whether a "since" or an "ended" stands before): a run of days in one
#: long sentence (a table, a list of dates) reads the same windows again and again
_YEARLESS_DECISIONS: dict[tuple[object, ...], tuple[str | None, date | None, str | None]] = {}
YEARLESS_CACHE_SIZE = 4096


def _yearless_day(mo: int, d: int, m: re.Match[str], ctx: Context, ended: str | None) -> Resolved:
    """The yearless day's year: a range's far end, the tense of the clause, or a step of the
    story; ``ended`` ("ended" or "since"), a period over or a state since the day (both in the
    past, but for a period's end a few days ahead: see ``ENDED_AHEAD_DAYS``)."""
    assert ctx.dct is not None
    shared = _range_year(ctx, m.end(), mo)
    if shared is not None:
        try:
            p = Point(date(shared[0], mo, d), "D")
        except ValueError:
            p = None
        if p is not None:
            return Resolved("DATE", p.value(), p, shared[1], _mod_of(m))
    options = []
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            options.append(date(y, mo, d))
        except ValueError:
            continue
    if not options:  # 29 February in no nearby leap year
        return Resolved("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor=PUBLISHED, mod=_mod_of(m))
    if ended:
        # "the fiscal year ended Jan. 31": a period that has ended lies in the past; so does
        # the start of a state that runs to now ("prices have climbed since March 3")
        soon = [o for o in options if 0 < (o - ctx.dct).days <= ENDED_AHEAD_DAYS]
        if ended == "ended" and soon and _looks_ahead_before(ctx, m.start()):
            # "expects a charge in the first quarter ended March 31" in a story of March 27:
            # the period closing in four days, not the one that closed a year before
            options = soon
        else:
            options = [o for o in options if o <= ctx.dct] or options
    elif current_year_end(ctx, m.start()):
        # "the current fiscal year ending April 30": the current year's end is ahead
        options = [o for o in options if o >= ctx.dct] or options
    elif (told := _story_step(ctx, m, mo, d)) is not None:
        p = Point(told, "D")
        return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
    return _day_by_tense(options, m, ctx)


#: how far ahead of publication (days) a period's end day said with "ended" may lie and still
#: be the period closing now, not last year's: copy filed in the last days of a quarter or a
#: fiscal year writes "the quarter ended March 31" of the quarter about to end (round 38)
ENDED_AHEAD_DAYS = 31


#: a look ahead before a period's end day in its sentence: an expectation, a future, a charge
#: or a report still to come ("expects to take a charge against the quarter ended ...", "will
#: report results for the year ended ..."); "reported sales for the year ended ..." has none
_LOOKS_AHEAD = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|anticipat(?:es?|ed|ing)|will|forecasts?|"
    r"to\s+(?:take|report|record|post|book))\b",
    re.IGNORECASE,
)


def _looks_ahead_before(ctx: Context, start: int) -> bool:
    """Whether the sentence before ``start`` looks ahead (``_LOOKS_AHEAD``); reading past the
    tense windows is marked, so the decision is not cached for other texts."""
    s, _ = ctx.sentence_bounds(start)
    if start - s > LEFT_WINDOW:
        ctx.read_far = True
    return _LOOKS_AHEAD.search(ctx.text, s, start) is not None


#: how many sentences after the narrative's day a yearless day or month may continue it
STORY_SENTENCES = 2


#: how far after the narrative's day (days) a yearless day or month may stand to continue it
STORY_DAYS = 183


def _story_step(ctx: Context, m: re.Match[str], mo: int, d: int | None) -> date | None:
    """The day (``d``) or the month's first (``d`` None) a yearless date names as the next
    step of a past narrative, or None.

    Why: "The deal closed on March 2, 2009. On May 5 the board approved ..." goes on in the
    story's year, not publication's (TimeML anchors a yearless date on the time the text is
    about). Only as a step forward from the last point named, when that point is a day of a past
    year (written, or counted from such a day), in a past clause, within the next
    ``STORY_SENTENCES`` sentences and ``STORY_DAYS`` days: a month or a year as the last point
    ("in July 1997", "since March 1982") is a backdrop more often than the story's time, a
    stale day anchors nothing, a step back ("On Feb. 10 ...") may be a background day, and a
    present or a future clause is about now."""
    story = ctx.story
    if story is None or ctx.dct is None or ctx.last is not story:
        return None
    if ctx.sentence_of(m.start()) - ctx.sentence_of(ctx.story_at) > STORY_SENTENCES:
        return None
    if ctx.tense(m.start(), m.end()) != "past" or ctx.plan_was(m.start()):
        return None
    ref = story.day
    for y in (ref.year, ref.year + 1):
        try:
            day = date(y, mo, d or 1)
        except ValueError:
            continue
        after = day > ref if d else (y, mo) > (ref.year, ref.month)
        if after:
            if (day - ref).days <= STORY_DAYS and day < ctx.dct:
                return day
            return None
    return None


def _day_by_tense(options: list[date], m: re.Match[str], ctx: Context) -> Resolved:
    """Of a day's candidates in the years around publication, the one the clause's tense
    points to (the nearest, ties to the past)."""
    assert ctx.dct is not None
    dct = ctx.dct
    tense = ctx.tense(m.start(), m.end())
    if tense == "past" and (
        ctx.plan_was(m.start())
        or _INFINITIVE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
    ):
        # "the talks were due to resume on March 3", "the union asked its members to stay home
        # on Christmas Eve": a plan, or an infinitive's act after its past verb; the nearest,
        # either side
        tense = ""
    if (
        tense != "past"
        and (
            _UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
            or _UNTIL_LEAD.match(m.group(0))
        )
    ) or _EARLIEST_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        # a limit no past verb has reached looks ahead, as for a weekday: "the curfew lasts
        # until June 15" written in October is next June's ("through" and "by" before a date
        # are as often the end of figures already out: "costs only through September 30")
        tense = "future"
    if ctx.forward(m.start(), m.end()):
        options = [o for o in options if o >= dct] or options  # a delivery still to come
    if tense == "future" and _WILL_ON.search(ctx.text, max(0, m.start() - 40), m.start()):
        # the day's own verb under "will" or "shall", no other word between: "will be held
        # on", "will open on", "shall be signed on" (not "would": a reported or conditional
        # future often holds a past day, "would lift a ban that began October 9")
        tense = "will"
    best = min(options, key=lambda o: _tense_cost((o - dct).days, tense, TENSE_PENALTY_DAYS))
    p = Point(best, "D")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


_WILL_ON = re.compile(
    r"\b(?:will|shall|'ll)\s+(?:(?:again|also|then|now|only)\s+)?(?:be\s+)?[a-z]+\s+"
    r"(?:on|for)\s+$"
)


#: How far (days, months) the tense of the clause may pull a yearless date away from the
#: nearest candidate: a past verb prefers last year's 20 November, but not when this year's is
#: two weeks ahead ("extended to Nov. 20" in an article of 2 November).
TENSE_PENALTY_DAYS = 120


TENSE_PENALTY_MONTHS = 9


_ENDED = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)


#: "since" before a date (its modifier between): a state from then to now, so the date is not
#: after publication ("sales have risen since mid-January", "ever since early March")
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+)?$", re.IGNORECASE
)


#: "since" opening a clause of cause, the month its subject's modifier ("paid late since
#: January deliveries were slow"): no time "since"
_SINCE_CLAUSE = re.compile(
    r"\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:was|were|is|are|had|has|have|will|would|could)\b"
)


#: the current (fiscal) year's end, told right before its day or month
_CURRENT_YEAR_END = re.compile(
    r"\b(?:current|present|this)\s+(?:fiscal\s+|financial\s+|business\s+)?year,?\s+"
    r"(?:(?:which|that)\s+)?(?:ending|ends|to)\s+(?:on\s+)?(?:end-)?$",
    re.IGNORECASE,
)


def current_year_end(ctx: Context, start: int) -> bool:
    """Whether the current year's end is told right before ``start`` ("the current financial
    year ending March 31", "this year to September"): a time not yet past."""
    return bool(_CURRENT_YEAR_END.search(ctx.text, max(0, start - 60), start))


_SINCE_LEAD = re.compile(r"since\s+", re.IGNORECASE)


def since_before(ctx: Context, m: re.Match[str]) -> bool:
    """Whether "since" stands right before the match (or opens it), as a preposition of time
    (not "since" of cause before a clause whose subject the month modifies)."""
    if _SINCE_CLAUSE.match(ctx.text, m.end()):
        return False
    at = m.start()
    if _SINCE_LEAD.match(m.group(0)):
        return True
    return bool(_SINCE_BEFORE.search(ctx.text, max(0, at - 30), at))


def _tense_cost(delta: int, tense: str, penalty: int) -> float:
    """Distance from the creation time plus a penalty when the direction contradicts the tense
    (ties go to the past: news mostly looks back)."""
    cost = abs(delta) + (0.5 if delta > 0 else 0)
    if tense == "will" and delta < -penalty / 2:
        # a day right after its own "will" ("parades will be held on St. Patrick's Day",
        # written in June) is the next such day when this year's is months past
        cost += 3 * penalty
    elif (tense in ("future", "will") and delta < 0) or (tense == "past" and delta > 0):
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


#: a name's head after a day of the month ("the Fifth of May Parade", "the March 8 Alliance",
#: "the 6th of October Bridge"): a movement, a body, a place or a yearly event named after a
#: date, no day of the calendar (TimeML tags no time word inside a proper name)
_DAY_NAME_HEAD_AFTER = re.compile(
    r"\s+(?:Movement|Parade|Festival|Alliance|Coalition|Committee|Fund|Foundation|Square|"
    r"Street|Avenue|Boulevard|Bridge|Stadium|Brigades?|Front|Party|Society|Association|"
    r"Award|Prize|Group|Organi[sz]ation|City|University|Hospital|School|Club)\b"
)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month_raw = m["month"]
    if month_raw.lower() in ("may", "mar") and not month_raw[0].isupper():
        return None
    if (
        not m["year"]
        and _DAY_NAME_HEAD_AFTER.match(ctx.text, m.end())
        and (
            m.group(0)[:4].lower() == "the "
            or _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
        )
    ):
        return None  # "the Fifth of May Parade", "the March 8 Alliance": a name
    year = int(m["year"]) if m["year"] else None
    if year is None and (shared := _DAY_RANGE_YEAR.match(m.string, m.end())):
        year = int(shared["ryear"])  # "September 12-19, 2009": the range's year is both ends'
    if group(m, "lastday"):
        if not month_raw[0].isupper():
            return None
        # the month's last day: its year first (a day every year has), then the day
        res = _absolute_day(year, _month_no(month_raw), 28, m, ctx)
        if res is None or res.point is None:
            return res
        first = res.point.day
        last = Point(
            date(first.year, first.month, calendar.monthrange(first.year, first.month)[1]), "D"
        )
        return Resolved(
            res.type, last.value(), last, res.anchor, res.mod, res.valid, res.note, res.anchors
        )
    if group(m, "dayword"):
        if not month_raw[0].isupper():
            return None  # "he may first consult": no day in words
        day = DAY_WORDS[re.sub(r"[\s-]+", " ", m["dayword"].lower())]
    else:
        day = int(m["day"])
    if year is None and _month_no(month_raw) == 9 and day == 11 and _names_9_11(m, ctx):
        # "the Sept. 11 attacks": the day of 2001 the phrase names, not this year's
        return Resolved(
            "DATE", "2001-09-11", Point(date(2001, 9, 11), "D"), ABSOLUTE, anchors=False
        )
    rel = group(m, "dmrel")
    if rel and year is None and ctx.dct is not None:
        # "on March 20 last year": the year is said, relative to publication
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel.lower(), 0)
        return _absolute_day(year, _month_no(month_raw), day, m, ctx, anchor=PUBLISHED)
    return _absolute_day(year, _month_no(month_raw), day, m, ctx)


_DAY_RANGE_YEAR = re.compile(r"\s*[-\u2013]\s*[0-3]?\d,?\s+(?P<ryear>1\d{3}|20\d\d)\b(?![/-]\d)")


#: what names the attacks after "Sept. 11": the attacks, their commission, and (round
#: sixty-four, the lead's decision 2 on the seventh PolNeAR file's doubts: a memorial named by
#: its date is the date named) their memorial, museum, victims, families and first responders
_ATTACKS_AFTER = re.compile(
    r"(?:,\s*2001,?)?\s+(?:terror(?:ist)?\s+|suicide\s+)?(?:attacks?|hijack\w*|commission|"
    r"terror\w*|strikes|memorial|museum|victims|families|first\s+responders)\b",
    re.IGNORECASE,
)


_ATTACKS_BEFORE = re.compile(r"\battacks?\s+(?:of|on)\s+$", re.IGNORECASE)


def _names_9_11(m: re.Match[str], ctx: Context) -> bool:
    """Whether "Sept. 11" names the attacks of 2001 ("the Sept. 11 attacks", "the attacks of
    September 11"), in an article published after them."""
    if ctx.dct is None or ctx.dct <= date(2001, 9, 11):
        return False
    return bool(
        _ATTACKS_AFTER.match(ctx.text, m.end())
        or _ATTACKS_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start())
    )


def _spoken_year(m: re.Match[str]) -> int | None:
    """The year of "nineteen ninety-seven" (broadcast transcripts spell years out)."""
    tail = _num(m["spoken"]) if m["spoken"] else None
    return None if tail is None else 1900 + int(tail)


#: a limit before a weekday ("until Friday", "by Monday", "runs through Sunday"), read up to
#: the day's own start
_LIMIT_BEFORE = re.compile(r"\b(?:until|till|by|through)\s+$", re.IGNORECASE)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)


_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+(?:the\s+)?$", re.IGNORECASE)


#: "a vote could come as early as Friday", "talks could resume as soon as Monday": the earliest
#: time something may happen lies ahead, whatever the verb ("as recently as" looks back)
_EARLIEST_BEFORE = re.compile(r"\bas\s+(?:soon|early)\s+as\s+(?:on\s+)?$", re.IGNORECASE)


_UNTIL_LEAD = re.compile(r"(?:until|till)\s", re.IGNORECASE)


#: an infinitive's verb, then its complement, right before the feast's preposition ("asked
#: residents to share cars on", "asked voters to watch the polls on"); not "to" before a place
#: ("went to church on", "came to the square at")
_INFINITIVE_BEFORE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|church|"
    r"school|work|bed|town|market|court|sea|war|mass|prison|jail|hospital|office|power|"
    r"be|have|have\s+been)\b)[a-z]+\b(?:\s+(?!(?:was|were|had|did|said)\b)[\w'\u2019-]+){0,5}?"
    r"\s+(?:on|at|over|during)\s+$",
    re.IGNORECASE,
)


def _r_slash(m: re.Match[str], ctx: Context) -> Resolved | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["c"])
    y = _fixed_century(y)
    if a > 12 >= b:
        a, b = b, a  # day/month order
    return _absolute_day(y, a, b, m, ctx)
