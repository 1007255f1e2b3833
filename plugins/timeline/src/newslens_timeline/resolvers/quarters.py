"""Quarters and halves ("the third quarter", "first-half results", "Q3") and "the quarter"
or "the period" under discussion, with the year they belong to: named, compared with, or the
one a company is reporting on.
"""

from __future__ import annotations

import re
from datetime import date

from newslens_timeline.lexicon import ORDINALS, PREVIOUS, PUBLISHED, UNANCHORED
from newslens_timeline.resolvers.base import Resolved, _mod_of
from newslens_timeline.resolvers.years import _anchor_year
from newslens_timeline.tense import Context
from newslens_timeline.values import Point, shift


def _r_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    half = m["qunit"].lower().startswith("hal")  # "half", "halves"
    n = ORDINALS.get(m["ord"].lower().replace(" ", ""))
    if m["ord"].lower() in ("final", "last", "latter"):
        n = 2 if half else 4  # "the final quarter of 2009", "the latter half of 2010"
    if n is None:
        try:
            n = int(m["ord"][-1])
        except ValueError:
            return None
    if not (1 <= n <= (2 if half else 4)):
        return None
    y, anchor = _anchor_year(m, ctx)
    if y is None:
        return Resolved("DATE", f"XXXX-{'H' if half else 'Q'}{n}", anchor=anchor, mod=_mod_of(m))
    month = (n - 1) * (6 if half else 3) + 1
    compared = (
        _compared_year(m, ctx, n, half)
        if anchor == PUBLISHED and not m.groupdict().get("qrel")
        else None
    )
    if compared is not None:
        # "second quarter profit of X, against Y in fiscal 1986's second quarter": the quarter
        # reported is the one a year after the one it is compared with (a fiscal quarter
        # reported early in the calendar year is the fiscal year's, not last year's)
        p = Point(date(compared + 1, month, 1), "H" if half else "Q")
        return Resolved("DATE", p.value(), p, anchor, _mod_of(m))
    if anchor == PUBLISHED and not m.groupdict().get("qrel") and ctx.dct is not None:
        # the results of last year's final quarter, reported in the first months of this one
        # ("will report a fourth-quarter loss" in March; a second quarter reported in March
        # is a fiscal one, named by its fiscal year as TimeBank does)
        results = (
            month + (6 if half else 3) > 12
            and ctx.dct.month <= 3
            # "fourth-quarter profit is expected to rise" in January or February: the figures
            # of the quarter just over, still to come out (in March a fourth quarter still to
            # come is as often a fiscal one ending then: "expects record fourth quarter
            # earnings" of a year ending March 30)
            and (
                _reports_results(m, ctx)
                or (ctx.dct.month <= 2 and _FIGURES_AFTER.match(ctx.text, m.end()) is not None)
            )
        )
        future = ctx.tense(m.start(), m.end()) == "future"
        if month > ctx.dct.month and (not (future or _forecast_before(m, ctx)) or results):
            # "the fourth quarter" in February is last year's, and so are "fourth-quarter
            # results" to be reported in January: results follow the quarter's end (a
            # future quarter already over is not moved to next year: TimeBank's "due to its
            # third-quarter loss" in November is this year's)
            y -= 1
        elif future and not results and month + (6 if half else 3) - 1 + 3 < ctx.dct.month:
            # "will lose money in the first quarter" in November: a quarter that closed more
            # than a quarter before publication is no results still to come (those follow the
            # quarter's end by weeks) but next year's
            y += 1
    p = Point(date(y, month, 1), "H" if half else "Q")
    return Resolved("DATE", p.value(), p, anchor, _mod_of(m))


#: a forecast told in the present before a quarter in its sentence ("the airline sees fares
#: climbing, chiefly in the third and fourth quarters", "anticipates strong orders in its
#: busiest stretch, the second and third quarters", "the rate cut sets the stage for a busier
#: market in the third quarter"): the quarter lies ahead, as under "will"
_FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|anticipates?|predicts?|foresees?|sees|looks\s+for|"
    # (no report's verb between: "expects higher margins, its founder told reporters after the
    # third quarter meeting" dates the meeting, not a forecast)
    r"sets\s+the\s+stage\s+for)\b(?:(?!\b(?:said|says|told)\b)[^.;:!?]){0,120}$",
    re.IGNORECASE,
)


def _forecast_before(m: re.Match[str], ctx: Context) -> bool:
    """Whether a present forecast's verb stands before the quarter in its sentence (above)."""
    s_start, _ = ctx.sentence_bounds(m.start())
    return _FORECAST_BEFORE.search(ctx.text, max(s_start, m.start() - 140), m.start()) is not None


_ORD = r"(?P<cord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<cunit>quarter|half)\b"


#: later in the sentence, the same quarter of a named year, as a comparison: "compared with 3.1
#: mln dlrs in fiscal 1986's second quarter", "from the second quarter of 1986"
_COMPARED_QUARTER = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|against|versus|vs\b\.?|over|than)\b(?:[^.;]|\.\d){0,120}?\b(?:"
    rf"(?:fiscal\s+)?(?P<cy>1\d{{3}}|20\d{{2}})'s\s+(?:fiscal\s+)?{_ORD}|"
    rf"the\s+{_ORD.replace('cord', 'cord2').replace('cunit', 'cunit2')}\s+of\s+(?:fiscal\s+)?"
    r"(?P<cy2>1\d{3}|20\d{2})\b)",
    re.IGNORECASE,
)


def _compared_year(m: re.Match[str], ctx: Context, n: int, half: bool) -> int | None:
    """The year of the same quarter (or half) of a named year that the quarter's sentence
    compares it with, after it; or None. ("last year's" / "the previous year's" quarter is
    left: writers use both for the year before the one reported as often as for the year
    before publication.)"""
    _, end = ctx.sentence_bounds(m.start())
    c = _COMPARED_QUARTER.search(ctx.text, m.end(), end)
    if c is None:
        return None
    ord_ = c["cord"] or c["cord2"]
    unit = (c["cunit"] or c["cunit2"]).lower()
    if ORDINALS.get(ord_.lower()) != n or (unit == "half") != half:
        return None
    return int(c["cy"] or c["cy2"])


#: what a quarter's figures are reported as: "fourth-quarter results", "earnings for the
#: third quarter"
_RESULTS_AFTER = re.compile(
    r"[\s-]+(?:[\w-]+\s+){0,2}?(?:results|earnings|profits?|net\s+income|loss(?:es)?|sales|"
    r"revenues?|figures|numbers|report)\b",
    re.IGNORECASE,
)


_RESULTS_BEFORE = re.compile(
    r"\b(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|figures|numbers)\s+"
    r"(?:for|in|of)\s+$",
    re.IGNORECASE,
)


#: a quarter's figures named right after it ("fourth-quarter profit", "fourth-quarter
#: earnings per share"), with no "ended"/"to" that would make it a fiscal label
_FIGURES_AFTER = re.compile(
    r"[\s-]+(?:(?:net|operating|pre-?tax|core|adjusted)\s+)?(?:results|earnings|profits?|"
    r"net\s+income|loss(?:es)?|sales|revenues?)\b",
    re.IGNORECASE,
)


_REPORT_VERB = re.compile(
    r"\b(?:report|post|announc|releas|publish|unveil|issu|disclos)\w*\b", re.IGNORECASE
)


_ENDED_AFTER = re.compile(r"(?:\s+and\s+[\w-]+)?,?\s+(?:ended|ending|through|to)\b", re.IGNORECASE)


def _reports_results(m: re.Match[str], ctx: Context) -> bool:
    """Whether a quarter names the period of figures to be reported ("will report
    fourth-quarter results", "to post earnings for the third quarter")."""
    s_start, _ = ctx.sentence_bounds(m.start())
    left = ctx.text[max(s_start, m.start() - 60) : m.start()]
    if not _REPORT_VERB.search(left) or _ENDED_AFTER.match(ctx.text, m.end()):
        return False  # "the fourth quarter ended February 28": a fiscal quarter, by its label
    return bool(_RESULTS_AFTER.match(ctx.text, m.end()) or _RESULTS_BEFORE.search(left[-30:]))


def _r_the_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the quarter", "the latest quarter", "the period": the quarter under discussion.

    "The latest quarter" is the last one completed before publication, whatever was said
    before; "the quarter" is the one under discussion, else that same last completed one.
    """
    latest = re.search(
        r"latest|most\s+recent|(?:just|recently)[\s-](?:ended|completed)", m.group(0), re.IGNORECASE
    )
    if ctx.last_quarter is not None and (
        not (latest and ctx.dct is not None) or ctx.fiscal_quarter
    ):
        # ("the latest period" after a company's fiscal quarter is that quarter: its
        # calendar quarter may not be over, and it is the latest the company reported)
        p = _quarter_reported_on(m, ctx)
        return Resolved("DATE", p.value(), p, PREVIOUS, _mod_of(m))
    if m["what"].lower() == "period" and not latest:
        return None
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-QX", anchor=UNANCHORED)
    p = shift(Point(ctx.dct, "Q"), -1, "Q")
    return Resolved("DATE", p.value(), p, PUBLISHED, _mod_of(m))


#: a quarter told by its end ("the quarter ended March 5"): read by its own day, not here
_QUARTER_ENDED_AFTER = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


def _quarter_reported_on(m: re.Match[str], ctx: Context) -> Point:
    """The quarter "the quarter" names: the quarter under discussion, unless that was written
    with an earlier year, after a comparison, than a quarter named before it ("expects
    first-quarter sales to set a record; the prior peak came in the 1988 third quarter. Profit
    for the quarter should ..."): a point of comparison a year or more back is no quarter under
    discussion, and results news goes on about the latest quarter it named."""
    last, latest = ctx.last_quarter, ctx.latest_quarter
    assert last is not None
    if (
        latest is not None
        and ctx.last_quarter_compared
        and latest.day.year > last.day.year
        and not _QUARTER_ENDED_AFTER.match(ctx.text, m.end())
    ):
        return latest
    return last
