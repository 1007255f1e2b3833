"""The compared period of a figure for a count of months: a length, not a date.

Results news names a figure's period, then compares it: "sales rose in the first five months
against the same period of last year". When that period is a count of months that is no
quarter, half or whole year, the lead decided after round fifty that "the same period", "the
year-ago (year-earlier) period" and "last year's period" are a DURATION of that count
(``P5M``), and a year written after "of" / "in" is its own DATE: TimeBank's one such use
(``P9M``) and the third Reuters file's annotator read it so, and TIMEX3 tags the minimal
expression. A quarter, a half or a year stays the compared DATE (``steps._period_of_figure``),
and a year inside the noun phrase ("the 1988 period") stays one DATE.

The count is read from the text alone (the sentence and the one before it), so that the
extent (``rules._span``) and the value agree.
"""

from __future__ import annotations

import re

from newslens_timeline.lexicon import _duration, _num
from newslens_timeline.resolvers.base import Resolved
from newslens_timeline.resolvers.steps import _FIGURE_PERIOD, _NO_FIGURE_PERIOD
from newslens_timeline.tense import Context

#: how far back the figure's period may be named (its sentence and the one before)
_REACH = 400

#: a sentence's end inside the reach: a stop, then a capital, a quote or a bracket (a wire's
#: line break inside a sentence is no end)
_SENTENCE_END = re.compile(r"[.!?;]['\"\u201d)]*\s+(?=[A-Z\"'(\u201c])")

#: the counts of months that are a quarter, a half or a year: the compared DATE of round
#: forty-two and forty-eight
_WHOLE_PERIODS = frozenset({3, 6, 12})

#: "the first five 1986/87 months": a slashed fiscal year between the count and its unit
_SLASHED_MONTHS = re.compile(
    r"\b(?P<count>two|four|five|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+"
    r"(?:1\d|20)\d\d/\d\d\s+(?:months?|mths?)\b",
    re.IGNORECASE,
)


#: the year a compared length is set in, written after it ("the same period | of last year",
#: "| in 1985", "| a year earlier"): its own DATE, a comparison point (``extract``)
COMPARED_TAIL = re.compile(
    r"\s+(?:(?:of|in)\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
    r"a\s+year\s+(?:earlier|ago|before)|(?:1\d|20)\d\d)\b",
    re.IGNORECASE,
)


def _count_word(raw: str) -> int | None:
    n = _num(re.split(r"[\s-]+", raw.strip())[0])
    return int(n) if n is not None and n == int(n) else None


def compared_months(text: str, pos: int) -> int | None:
    """The count of months of the figure compared at ``pos``, when it is no quarter, half or
    year: the last period its sentence (else the sentence before) names before ``pos``."""
    lo = max(0, pos - _REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, pos)]
    own = ends[-1] if ends else lo
    for start in (own, ends[-2] if len(ends) > 1 else lo):
        last: tuple[int, int | None] | None = None
        for p in _FIGURE_PERIOD.finditer(text, start, pos):
            if p["months"] and (
                _NO_FIGURE_PERIOD.match(text, p.end()) or text[p.start() - 1 : p.start()] == "/"
            ):
                continue  # a money-market term, or "1986/87 months" (the count is before)
            last = (p.start(), _count_word(p["months"]) if p["months"] else None)
        for p in _SLASHED_MONTHS.finditer(text, start, pos):
            if last is None or p.start() > last[0]:
                last = (p.start(), _count_word(p["count"]))
        if last is not None:
            n = last[1]
            return n if n is not None and n not in _WHOLE_PERIODS and n < 12 else None
        if start == lo:
            break
    return None


def length_of_compared(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``P5M`` for a compared period after "the first five months", else ``None``."""
    n = compared_months(ctx.text, m.start())
    return None if n is None else Resolved("DURATION", _duration(n, "month"))
