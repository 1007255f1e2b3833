"""A percentage said "year-on-year" is a rate per year.

Why: wire and business copy state a change over twelve months as "inflation ran at 3.1 pct
year-on-year", "sales grew 7.1% on a year-on-year basis", "year-on-year inflation stood at 2
pct" or "Year on year, lending grew by 9.3 pct". The lead's decision 6 on the forty-eighth
sample reads "year-on-year" on a rate as ``per`` year, as "annual" on a rate of change is
(round twenty-one's rate adjective: "an annual rate of 3.9%"): both mean the change over a
year. "up 12 pct from a year earlier" keeps no ``per``: a comparison anchored to a date, no rate
word on the figure.

Two shapes: the phrase right after the figure ("10% year-on-year", "6.8 pct on a year-on-year
basis"), which rates that figure alone; and the phrase before the figure in its sentence, as
an adjective or a sentence adverbial ("Year-on-year inflation stood at 1.2 pct in May and
at 1.5 pct in June"), which rates each percentage after it in the sentence, unless the phrase
rates an earlier figure (the first shape) or the percentage is a share of something ("5% of
the market", "a 20 pct stake", "60 pct-owned").
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.common import _clause_start

#: "year-on-year", "year on year", "year-over-year" (any case)
_YOY = re.compile(r"\byear[- ](?:on|over)[- ]year\b", re.IGNORECASE)
#: right after the figure: "10% year-on-year", "6.1 pct, year-on-year", "7% on a year-on-year
#: basis"
_YOY_AFTER = re.compile(
    r"[ \t\n]*,?[ \t\n]*(?:on[ \t\n]+an?[ \t\n]+)?(year[- ](?:on|over)[- ]year)\b",
    re.IGNORECASE,
)
#: a percentage that is a share of something, not a rate: "5% of", "20 pct stake", "-owned"
_SHARE_AFTER = re.compile(
    r"(?:[ \t\n]+of\b|-?(?:owned|held)\b|[ \t\n]+(?:stake|share|holding|interest|owned)\b)",
    re.IGNORECASE,
)


#: a figure measured over another period: "up 8 pct from a month before", "month-on-month"
_OTHER_PERIOD = re.compile(
    r"[ \t\n]+(?:from|on|over)[ \t\n]+(?:a|the)[ \t\n]+(?:previous[ \t\n]+)?"
    r"(?:month|week|quarter|day)\b|[ \t\n]+(?:month|quarter)[- ]on[- ](?:month|quarter)\b",
    re.IGNORECASE,
)
#: what joins a rated percentage to the figures it is compared with in its sentence: "against
#: a revised 2.7 pct in March and 4.9 pct", "down from 3.9 pct", "compared with 6.4 pct"
_CHAIN = re.compile(
    r"[^.;:!?]{0,60}?\b(?:against|compared[ \t\n]+(?:with|to)|from|after|versus|vs|and)\b"
    r"(?:[ \t\n]+(?:a|an|the|revised|drops?|rises?|gains?|falls?|declines?|increases?|growth|"
    r"rate|of|in|[A-Z][a-z]+|\d{4}))*"
    r"[ \t\n]+",
)


#: the end of a sentence adverbial right after the phrase: "Year on year," "On a year-on-year
#: basis,"
_ADVERBIAL = re.compile(r"\A(?:[ \t\n]+basis)?[ \t\n]*,")


#: a comma between clauses, not a thousands separator ("250,000")
_CLAUSE_COMMA = re.compile(r",(?!\d)")


def may_hold(text: str) -> bool:
    """The cheap gate: whether the text may say "year-on-year" at all (four ``in`` tests)."""
    return "on-year" in text or "on year" in text or "over-year" in text or "ON-YEAR" in text


def year_on_year_rates(text: str, found: list[dict[str, Any]]) -> None:
    """Give ``per`` year to the percentages the text says "year-on-year" of."""
    rated_after: list[tuple[int, int]] = []  # the phrases that rate the figure before them
    for f in found:
        if f["unit"] == "%" and (m := _YOY_AFTER.match(text, f["end"])) is not None:
            rated_after.append((m.start(1), m.end(1)))
            if not f["per"]:
                f["per"] = "year"
    last: dict[str, Any] | None = None  # the last percentage rated by a phrase before it
    for f in found:
        if f["unit"] != "%" or f["kind"] != "percent":
            continue
        if f["per"] or _SHARE_AFTER.match(text, f["end"]) or _OTHER_PERIOD.match(text, f["end"]):
            last = None
            continue
        start = _clause_start(text, f["start"], 300)
        if (
            last is not None
            and last["end"] >= start
            and _CHAIN.fullmatch(text, last["end"], f["start"])
        ):
            f["per"] = "year"  # "rose 3.6 pct, down from 3.9 pct in March and 6.8 pct"
            last = f
            continue
        last = None
        for m in _YOY.finditer(text, start, f["start"]):
            if any(a <= m.start() < b for a, b in rated_after):
                continue
            # the phrase and the figure in one clause: no comma between them but one right
            # after a sentence adverbial ("Year on year, lending grew by 9.3 pct")
            gap = _ADVERBIAL.sub("", text[m.end() : f["start"]], count=1)
            if _CLAUSE_COMMA.search(gap) or " but " in gap:
                continue
            f["per"] = "year"
            last = f
            break
