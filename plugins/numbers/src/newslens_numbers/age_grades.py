"""An age grade written short ("U21") before a player or a side, and a competition named by
its grade ("the Under-17 World Cup").

Why a pass of its own: the lead's decisions on round fifty-five's questions read a side named
by its age grade as an age, as a player so named is ("an Under-18 side": 18 years, "under"),
and "Iceland's U21 star" too, the grade written short; a staff role and a competition's title
keep the grade as a name (what is named is a post or an event, not players). The scanner never
sees "U21" (its digits are glued to a capital), and it reads every "Under-N" before a noun as
an age limit, the title's as much as a side's. Both shapes are rare and need a few words of
context, so they are read after the scan, over texts that hold them, not in the scanner's
per-figure exclusions.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.units import dimension_of, to_base

#: the words after a grade that name players or a side (round fifty-five's player roles, and
#: the decision's sides)
_PLAYERS_OR_SIDE = (
    r"(?:keepers?|goalkeepers?|strikers?|forwards?|defenders?|midfielders?|wingers?|captains?|"
    r"skippers?|players?|stars?|props?|hookers?|fly-halfs?|scrum-halfs?|full-backs?|"
    r"centre-backs?|flankers?|internationals?|sides?|teams?|squads?)"
)
#: "U21", "U-21" (an age from 12 to 23, the grades sport uses) before a player or a side:
#: "Iceland's U21 star", "the Wales U-20 side"; the name of a unit ("U235") is no grade
_SHORT_GRADE = re.compile(
    r"\bU-?(?P<age>1[2-9]|2[0-3])[ \t]+(?i:" + _PLAYERS_OR_SIDE + r")\b(?![-'’])"
)
#: "Under-17" before a competition's title: "the Under-17 World Cup", "the Under-21
#: European Championship", "the Under-20 Six Nations"
_GRADE_TITLE_AFTER = re.compile(
    r"[ \t]+(?:World[ \t]+(?:Cup|Championships?)|(?:European[ \t]+)?Championships?|"
    r"Euros?|Six[ \t]+Nations|Grand[ \t]+Slam)\b"
)
_UNDER_BEFORE = re.compile(r"\b(?i:under)-$")


def age_grade_figures(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with each short grade before a player or a side added as an age ("under",
    over its digits) and each "Under-N" age before a competition's title made a name over
    "Under-N", in text order."""
    kept = list(found)
    if "nder-" in text:
        for f in kept:
            if f["kind"] == "age" and f["modifier"] == "under":
                _title_name(text, f)
    if "U" in text:
        # every grade holds "U1", "U2" or "U-": a text with a capital U but none of them (most
        # wire stories, for "U.S.") has no grade, and the pattern's scan of it is skipped
        if "U1" in text or "U2" in text or "U-" in text:
            spans = [(f["start"], f["end"]) for f in kept]
            for m in _SHORT_GRADE.finditer(text):
                start, end = m.span("age")
                if not any(s < end and m.start() < e for s, e in spans):
                    kept.append(_age(text, start, end, float(m.group("age"))))
        kept.sort(key=lambda f: f["start"])
    return kept


def _title_name(text: str, f: dict[str, Any]) -> None:
    """Make an "Under-N" age before a competition's title the grade's name, in place."""
    under = _UNDER_BEFORE.search(text, max(0, f["start"] - 6), f["start"])
    if under is None or not _GRADE_TITLE_AFTER.match(text, f["end"]):
        return
    f["start"] = under.start()
    f.update(
        text=text[f["start"] : f["end"]], kind="name", unit="", modifier="",
        value_base=float("nan"), base_unit="", dimension="",
    )  # fmt: skip


def _age(text: str, start: int, end: int, value: float) -> dict[str, Any]:
    base, base_unit = to_base(value, "year")
    return {
        "start": start, "end": end, "text": text[start:end], "value": value,
        "value_high": float("nan"), "unit": "year", "per": "", "quantity": "", "noun": "",
        "kind": "age", "modifier": "under", "value_base": base, "base_unit": base_unit,
        "dimension": dimension_of("year"), "_decimals": 0,
    }  # fmt: skip
