"""A bare whole number after "up N pct from" is the old level, never a percent carried to it.

Why: wire reports give a level, its change in percent and its old value in one breath ("it
sold 48,713 bikes, up 6.8 pct from 45,612"; "a record of 318,442 contracts, up 41.2 pct from
225,511 a year before"). The passes that carry a unit to a bare figure take the nearest one,
the change's percent, and "45,612" became 45,612 percent. A percent level after "from"
would be written with its sign or word ("from 9.5 pct"), and none passes 100 in such a
comparison; so a bare whole number past 100 that a percent change reaches by "from" takes the
unit, counted noun and kind of the level the change is about (the last level before the
change in its sentence, when the old value is within a third to three times it), or is left a
bare count. Round sixty-nine, from the pool's vehicle sales and futures volume reports; round
sixty-six did the same for levels written in millions (``scaled_levels.py``).
"""

from __future__ import annotations

import math
import re
from typing import Any

#: the change's percent, then "from" (a "revised" old value allowed), right before the figure
_PERCENT_FROM_BEFORE = re.compile(
    r"(?:%|\b(?i:pct|percent|per[ \t\n]cent))[ \t\n]+from[ \t\n]+"
    r"(?:(?:a[ \t\n]+)?(?:revised|restated|record)[ \t\n]+)?\Z"
)
#: a whole number as written, no scale word, no sign of its own
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_SENTENCE_END = re.compile(r"[.;!?][ \t\n]+[A-Z\"]")
_LEVEL_KINDS = frozenset(("money", "measure", "count"))
_COPIED = ("kind", "unit", "per", "quantity", "noun", "base_unit", "dimension")


def _is_range(f: dict[str, Any]) -> bool:
    high = f["value_high"]
    return high is not None and not math.isnan(high)


def change_old_levels(text: str, findings: list[dict[str, Any]]) -> None:
    """Give a bare old level after "N pct from" the level's unit and noun, or none (in place)."""
    for i, f in enumerate(findings):
        if (
            i == 0
            or f["kind"] != "percent"
            or f["value"] <= 100
            or _WHOLE.fullmatch(f["text"]) is None
        ):
            continue
        change = findings[i - 1]
        if change["kind"] != "percent" or _WHOLE.fullmatch(change["text"]):
            continue  # the change must be a percent the text wrote ("6.3 pct")
        if not _PERCENT_FROM_BEFORE.search(text, max(0, f["start"] - 40), f["start"]):
            continue
        if _PERCENT_FROM_BEFORE.search(text, change["start"], f["start"]) is None:
            continue  # the written percent is the one "from" follows
        source = None
        for g in reversed(findings[: i - 1]):
            if g["end"] > change["start"] or _SENTENCE_END.search(text, g["end"], f["start"]):
                break  # the level is said before the change, in the same sentence
            if g["kind"] in _LEVEL_KINDS and g["value"] and not _is_range(g):
                source = g
                break
        if source is not None and source["value"] / 3 <= f["value"] <= source["value"] * 3:
            f.update({k: source[k] for k in _COPIED})
            ratio = source["value_base"] / source["value"]
            f["value_base"] = f["value"] * ratio
        else:
            f.update(kind="count", unit="", per="", quantity="", noun="", base_unit="")
            f.update(dimension="", value_base=float("nan"))
