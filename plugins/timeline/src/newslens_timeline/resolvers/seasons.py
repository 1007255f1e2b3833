"""Seasons ("last summer", "this autumn", "the fall of 1999"), their year by the clause,
and "the fall" that is a decline or a crop rather than a season.
"""

from __future__ import annotations

import re
from datetime import date

from newslens_timeline.lexicon import (
    ABSOLUTE,
    PREVIOUS,
    PUBLISHED,
    SEASON_CODE,
    SEASON_MONTH,
    UNANCHORED,
)
from newslens_timeline.resolvers.base import Resolved, _mod_of
from newslens_timeline.resolvers.days import _UNTIL_BEFORE, _plain_rel, _spoken_year
from newslens_timeline.resolvers.months import _ahead_in, _that_year
from newslens_timeline.resolvers.names import _in_name
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

#: a preposition of time before "the fall" makes it the season ("in the fall", "by the fall")
_SEASON_PREP_BEFORE = re.compile(
    r"\b(?:in|during|by|until|till|through|throughout|into|for|before|toward|towards)\s+$",
    re.IGNORECASE,
)


#: after "the fall": a decline's object ("the fall in prices", "the fall of the dollar"), or
#: another season beside it ("the fall and winter")
_DECLINE_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?!(?:the\s+year\s+)?(?:1\d{3}|20\d{2})\b)", re.IGNORECASE
)


_SEASONS_AFTER = re.compile(
    r"\s+(?:(?:and|or|to)\s+(?:the\s+)?(?:winter|spring|summer)|season|semester|term)\b",
    re.IGNORECASE,
)


#: a crop after a bare season names its kind ("winter wheat", "spring barley", "summer crops")
_CROP_AFTER = re.compile(
    r"[\s-]+(?:wheats?|barley|grains?|crops?|rye|oats|rapeseed|canola|durum|potato(?:es)?|"
    r"cereals?|varieties|variety|kill)\b",
    re.IGNORECASE,
)


def _a_decline(m: re.Match[str], ctx: Context) -> bool:
    """ "the fall" as a noun of decline ("the fall in prices", "despite the fall", "the fall of
    the dollar"), which business news writes more often than the season: the season needs a
    preposition of time ("in the fall", "by the fall") or another season beside it, and no
    "in"/"of" object after it ("in the fall of the dollar" is still a decline)."""
    if m["season"].lower() != "fall" or (m["sdet"] or "").lower() != "the":
        return False
    if m["srel"] or m["syear"] or m["syy"] or m["spoken"] or m["pre"]:
        return False
    after = ctx.text[m.end() : m.end() + 40]
    if _SEASONS_AFTER.match(after):
        return False
    if _DECLINE_AFTER.match(after):
        return True
    return not _SEASON_PREP_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())


#: the last month of each season of the year its value names (winter: December to February,
#: named by its January's year)
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}


_WILL_IN_SEASON = re.compile(
    r"\b(?:will|shall|'ll)\s+(?:(?:again|also|then|now|only|likely|probably)\s+)?(?:be\s+)?"
    r"[a-z]+\s+(?:in|during|by)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$"
)


#: a plan's participle before the season ("an album due to come out in the spring", "talks
#: scheduled for the fall", "set to reopen in the summer"): the act planned lies ahead, as
#: "is set to open in March" is for a month (the month rule's schedule)
_PLAN_IN_SEASON = re.compile(
    r"\b(?:set|scheduled|slated|due|planned|expected)\s+(?:to\s+(?:be\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"\s+(?:in|during|by)|for)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$"
)


def _r_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group(0) == m["season"] and _in_name(ctx, m.start(), m.end()):
        return None
    if m["season"][0].isupper() and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end("season") :][:3]):
        return None  # "the Spring Festival", "the Winter Olympics": a name, not the season
    code = SEASON_CODE[m["season"].lower()]
    if m["season"].lower() == "fall" and not (
        m["srel"] or m["syear"] or m["sdet"] or m["mthat"] or m["mythat"]
    ):
        return None
    if _a_decline(m, ctx):
        return None
    if m.group(0) == m["season"] and _CROP_AFTER.match(ctx.text, m.end()):
        return None  # "winter wheat", "spring barley": a crop's kind, not a season's date
    if m["syear"]:
        y, anchor = int(m["syear"]), ABSOLUTE
    elif m["syy"]:  # "the summer of '82"
        base = ctx.dct.year if ctx.dct else 2000
        y = base // 100 * 100 + int(m["syy"])
        y, anchor = (y if y <= base + 10 else y - 100), ABSOLUTE
    elif m["spoken"] and (spoken := _spoken_year(m)) is not None:
        y, anchor = spoken, ABSOLUTE
    elif (m["mthat"] or m["mythat"]) and (told_year := _that_year(ctx, m)) is not None:
        # "retired that summer,", "in the spring of that year": the season of the year the
        # text set last, as the month rule reads "that November," and "October of that year"
        y, anchor = told_year, PREVIOUS
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
            elif (
                ctx.dct.month > _SEASON_LAST_MONTH[code]
                and not cur
                and (
                    _WILL_IN_SEASON.search(ctx.text, max(0, m.start() - 40), m.start())
                    or _UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
                    or (tense != "past" and _ahead_in(ctx.text, m.start()))
                    or (
                        tense != "past"
                        and _PLAN_IN_SEASON.search(ctx.text, max(0, m.start() - 45), m.start())
                    )
                )
            ):
                # the act's own verb right after its "will" ("the plant will reopen in the
                # spring"), or a limit ("shut until spring"), written when this year's season
                # is over: the coming one, as for a month ("will flood in May" written in June)
                y += 1
    p = Point(date(y, SEASON_MONTH[code], 1), "S")
    return Resolved("DATE", f"{y:04d}-{code}", p, anchor, _mod_of(m))
