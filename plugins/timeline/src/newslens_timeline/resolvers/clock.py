"""Clock times ("at 3 p.m.", "10:30 GMT"): the day each belongs to (the one named beside it,
the publication day, or any day), and the same moment given in another zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from newslens_timeline.lexicon import (
    _DAYREF,
    _TIME,
    _WEEKDAY,
    FLAGS,
    PREVIOUS,
    PUBLISHED,
    UNANCHORED,
)
from newslens_timeline.resolvers.base import Resolved, _mod_of
from newslens_timeline.resolvers.parts_of_day import _generic_time, night_before
from newslens_timeline.resolvers.weekdays import _day_of
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

_DAY_AFTER_PAREN = re.compile(
    rf"\s*(?:\([^()\n]{{1,30}}\)|\))\s*,?\s*(?:on\s+)?(?P<pday>{_WEEKDAY}|yesterday|today|"
    r"tomorrow)\b",
    FLAGS,
)


#: after a minutes-and-seconds reading, "mark" (or "minute mark"): a position in a recording
#: or on a game clock ("begins at the 3:15 mark", "at the 4:30 mark of the third period")
_POSITION_AFTER = re.compile(r"\s+(?:minute\s+)?mark\b", FLAGS)


def _r_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A clock time, on the day it names or else the creation day."""
    hhmm = _clock(m)
    if hhmm is None:
        return None
    if _POSITION_AFTER.match(ctx.text, m.end()) and ":" in m.group(0):
        return None  # "at the 3:15 mark of the clip": a place in a recording, no time of day
    noon = m.groupdict().get("noon") or ""
    if (
        noon[:1].isupper()
        and m.start("noon") == m.start()
        and re.search(r"\b[A-Z][a-z]+\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
        and not re.search(
            rf"\b(?:{_WEEKDAY}|At|By|Until|Before|After)\s+$",
            ctx.text[max(0, m.start() - 12) : m.start()],
        )
    ):
        return None  # "the centre Tom Noon": a surname after a first name, no twelve o'clock
    ref = m.groupdict().get("dayref") or m.groupdict().get("dayref2")
    if not ref:
        # wire style "at 10:40 a.m. (0740 GMT) Friday": the day follows the parenthesis
        after = _DAY_AFTER_PAREN.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 50))
        ref = after["pday"] if after else None
    day: date | None
    if ref:
        day, anchor = _day_of(ref, ctx, m)
    elif _generic_time(m, ctx):
        # "the exchange normally opens at 9 a.m.", "shops open every day at 10 a.m."
        return Resolved("TIME", f"XXXX-XX-XXT{hhmm}", anchor=UNANCHORED, mod=_mod_of(m))
    elif (
        ctx.last is not None
        and ctx.last.gran == "D"
        and ctx.dct is not None
        and ctx.last.day < ctx.dct
        and _today_clock(m, ctx)
    ):
        # "fell on Wall Street yesterday ... the period will end at 1600 GMT": a clock time
        # ahead, or in a sentence about today, is not on a past day named before
        day, anchor = ctx.dct, PUBLISHED
    elif (
        ctx.last is not None
        and ctx.last.gran == "D"
        and ctx.dct is not None
        and ctx.last.day > ctx.dct
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        # "remanded until his next appearance on April 5 ... the attack was at 13:40 local
        # time": a past clock time is not on a day still to come; it takes the last day named
        # that is not after publication, else the publication day
        if ctx.last_past_day is not None:
            day, anchor = ctx.last_past_day.day, PREVIOUS
        else:
            day, anchor = ctx.dct, PUBLISHED
    elif ctx.last is not None and ctx.last.gran == "D" and ctx.dct is not None:
        day, anchor = ctx.last.day, PREVIOUS
        before = _TIME_BEFORE_PAREN.search(ctx.text, max(0, m.start() - 60), m.start())
        if before is not None and ctx.last.part == _clock(before):
            # "9 p.m. EDT Wednesday (0100 UTC)": the same moment on another clock, on the day
            # the hours give (Thursday here)
            day = _other_clock_day(ctx.last.day, ctx.last.part, hhmm) or day
    else:
        day, anchor = ctx.dct, PUBLISHED if ctx.dct else UNANCHORED
        if hhmm == "24:00" and ctx.dct is not None and night_before(ctx, m.start(), m.end()):
            # "The count stood at 40 of 52 wards a little before midnight" in a story that
            # calls its night "last night" or "overnight": filed the next morning,
            # its midnight is the one that closed the day before publication
            day = ctx.dct - timedelta(days=1)
        inner = _PAREN_TIME.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 60))
        if inner is not None and inner["dayref"] and ctx.dct is not None:
            # "0100 UTC (9 p.m. EDT Wednesday)": the day named in the parenthesis is the
            # other clock's; this one's is the day the hours give (Thursday here)
            inner_day, anchor = _day_of(inner["dayref"], ctx, m)
            inner_clock = _clock(inner)
            if inner_day is not None and inner_clock is not None:
                day = _other_clock_day(inner_day, inner_clock, hhmm) or day
    if day is None:
        return Resolved("TIME", f"XXXX-XX-XXT{hhmm}", anchor=UNANCHORED, mod=_mod_of(m))
    p = Point(day, "D", hhmm)
    return Resolved("TIME", p.value(), p, anchor, _mod_of(m))


_PAST_DAY_WORD = re.compile(rf"\b(?:yesterday|last\s+night|{_WEEKDAY})\b", FLAGS)


#: the words without which no clause reads as ahead (a cheap test before the tense reading)
_AHEAD_WORD = re.compile(
    r"\b(?:will|won't|'ll|shall|would|may|might|could|should|must|to|going|due|expect\w*|"
    r"anticipat\w*|schedul\w*|plan\w*|slated|set|next|upcoming|intend\w*|aim\w*|likely|"
    r"predict\w*|forecast\w*|foresee\w*|payable|effective|deadline|supposed)\b",
    FLAGS,
)


_TODAY_WORD = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening))\b", FLAGS)


def _today_clock(m: re.Match[str], ctx: Context) -> bool:
    """Whether a clock time with no day of its own is on the publication day rather than on
    the past day named before it: its sentence says "today" ("At 0945 GMT the index was 12
    pct lower so far today"), or its clause looks ahead ("the session will end at 1600 GMT"):
    same-day wire copy times its own day, and a past day cannot hold what is still to come.
    Not when its sentence names a day itself ("the noon deadline yesterday"): the rules for a
    day in the sentence decide. (Round nine tried every clock time past a paragraph on the
    publication day; Wikinews file 1 fell, its clock times take a day named far before.)"""
    s, e = ctx.sentence_bounds(m.start())
    # (a sentence of news is short; a run-on text without stops is read 300 characters round)
    s, e = max(s, m.start() - 300), min(e, m.end() + 300)
    if _PAST_DAY_WORD.search(ctx.text, s, e):
        return False  # "the noon deadline yesterday", "yesterday's midday levels"
    if _TODAY_WORD.search(ctx.text, s, e):
        return True
    if _session_after_yesterday(ctx, m.start(), s, e):
        return True
    if not _AHEAD_WORD.search(ctx.text, max(s, m.start() - 120), min(e, m.end() + 120)):
        return False  # no word that could make the clause look ahead: spare the tense reading
    return ctx.tense(m.start(), m.end()) == "future"


#: what a market report's clock time reads ("At 1141 GMT the index was 10 points down",
#: "volume at noon was 1,013 lots", "the bond was quoted at 95 at 0845 GMT")
_SESSION_WORD = re.compile(
    r"\b(?:index|shares?|stocks?|prices?|bonds?|notes|dollar|yen|sterling|currenc(?:y|ies)|"
    r"futures|lots|volume|quoted|traded|funds|points?|pct|percent)\b",
    FLAGS,
)
_YESTERDAY_AT = re.compile(r"(?:yesterday|last\s+night)\b", FLAGS)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+")


def _session_after_yesterday(ctx: Context, start: int, s: int, e: int) -> bool:
    """Whether a market report's clock time is the publication day's session though the last
    day named was "yesterday" paragraphs before ("... after a fall on Wall Street yesterday.
    // At 1141 GMT the index was 10 points down"): wire copy names the session before as the
    comparison, and times its own day's trading by the clock. Only in a later paragraph than
    the "yesterday" (in its own paragraph the clock time may be that day's), and only when
    the clock time's sentence reads a market (an index, shares, prices, volume, a quote)."""
    if ctx.last_day is None or ctx.last is None or ctx.dct is None:
        return False
    if ctx.last.day != ctx.last_day.day or ctx.last_day.day != ctx.dct - timedelta(days=1):
        return False
    if not _YESTERDAY_AT.match(ctx.text, ctx.last_day_at):
        return False
    if not _PARAGRAPH_BREAK.search(ctx.text, ctx.last_day_at, start):
        return False
    return bool(_SESSION_WORD.search(ctx.text, s, e))


#: a clock time in parentheses right after another, with its day ("0100 UTC (9 p.m. EDT
#: Wednesday)"): the same moment on another zone's clock
_PAREN_TIME = re.compile(rf"\s*\(\s*{_TIME}(?:,?\s+(?:on\s+)?{_DAYREF})?\s*\)", FLAGS)


#: a clock time just before an opening parenthesis ("9 p.m. EDT Wednesday (")
_TIME_BEFORE_PAREN = re.compile(rf"{_TIME}(?:,?\s+(?:on\s+)?{_DAYREF})?\s*\(\s*$", FLAGS)


def _other_clock_day(day: date, clock: str, hhmm: str) -> date | None:
    """The day of clock time ``hhmm`` that is the same moment as ``clock`` on ``day`` in
    another zone: the zones' difference is taken as the smaller way round the clock, and only
    up to ten hours (past that, "0730 local time (1930 GMT)" could be either day: ``None``)."""
    if "24:00" in (clock, hhmm):
        return None
    mine = int(hhmm[:2]) * 60 + int(hhmm[3:])
    theirs = int(clock[:2]) * 60 + int(clock[3:])
    diff = (mine - theirs + 720) % 1440 - 720  # in [-720, 720)
    if abs(diff) > 600:
        return None
    moment = datetime(day.year, day.month, day.day) + timedelta(minutes=theirs + diff)
    return moment.date()


def _clock(m: re.Match[str]) -> str | None:
    if m["mil"]:  # wire style "at 0600 GMT"
        return f"{m['mil']}:{m['milm']}"
    if m["dh"]:  # "14.00 GMT"
        return f"{int(m['dh']):02d}:{m['dm']}"
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
