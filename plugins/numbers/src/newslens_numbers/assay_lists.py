"""An ore's grades listed before one "per ton": "veins running 0.31 ounce of gold and 0.72 ounce
of silver per ton", "assaying 0.2 ounce of gold, 3.1 ounces of silver, 8 pct zinc and 2 pct
lead per short ton".

Why a pass of its own: the rate reader gives `per` ton to the figure the "per" follows
("0.72 ounce of silver per ton"), not to the grades listed before it, which measure the same
ton of ore; and a grade in percent or one whose metal has no "of" ("2 pct lead per ton", "0.3
ounce gold per ton") was read with no rate at all (round seventy-eight, one of the forty-fifth
sample's kinds, in the pool's mining reports). Only grades (ounces, grams or percent) each
followed by a metal's name, joined by a comma or "and", the last closed by "per" or "a" and a
ton; a grade that has a rate of its own keeps it.
"""

from __future__ import annotations

import re
from typing import Any

_METALS = (
    r"(?:gold|silver|copper|zinc|lead|platinum|palladium|nickel|tin|cobalt|molybdenum|"
    r"tungsten|uranium)"
)
#: the last grade's metal, then one ton ("per short ton", "a tonne")
_CLOSE = re.compile(
    r"[ \t\n]+(?:of[ \t\n]+)?" + _METALS + r"[ \t\n]+(?:per|a)[ \t\n]+"
    r"(?:(?P<kind>short|long|metric)[ \t\n]+)?(?P<ton>ton|tonne)s?\b(?![-'’])"
)
#: an earlier grade's metal and what joins it to the next grade
_JOIN = re.compile(
    r"[ \t\n]+(?:of[ \t\n]+)?" + _METALS + r"(?:,[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+)"
)
_GRADE_UNITS = frozenset(("oz", "g", "%"))


def _grade(f: dict[str, Any]) -> bool:
    return f["kind"] in ("measure", "percent") and f["unit"] in _GRADE_UNITS


def assay_list_per(text: str, findings: list[dict[str, Any]]) -> None:
    """Every grade of a list closed by a metal and "per ton" takes that ton as its `per`."""
    for i in range(len(findings) - 1, -1, -1):
        last = findings[i]
        if not _grade(last):
            continue
        close = _CLOSE.match(text, last["end"], min(len(text), last["end"] + 40))
        if close is None:
            continue
        # "per short ton": the ton the adjective names, as the rate reader says it
        per = f"{close.group('kind')} ton" if close.group("kind") else close.group("ton")
        if not last["per"]:
            last["per"] = per
        j = i - 1
        while j >= 0:
            f, g = findings[j], findings[j + 1]
            if not _grade(f) or f["per"] or _JOIN.fullmatch(text, f["end"], g["start"]) is None:
                break
            f["per"] = per
            j -= 1
