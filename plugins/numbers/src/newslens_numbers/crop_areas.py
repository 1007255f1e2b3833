"""A crop's area said as a bare scaled figure ("rye acreage of 2.15 mln", "flax area of 3.7
mln", "canola plantings of an estimated 2.71 mln") is in the story's unit of land: acres.

Why a pass of its own: crop reports name the unit once ("wheat plantings of 72 mln acres")
or only by the noun ("acreage"), and give every later area as "N mln" after "acreage of",
"area of" or "plantings of"; the scanner reads each such figure alone and finds no unit, so it
is a bare count. The story's unit is read from its text: acres where it writes "acre" (or
"acreage"), hectares where it writes "hectare" and never "acre"; with neither nothing changes.
Only a scaled figure ("mln", "million", "billion") or one of four digits or more, right after
the area word and "of", "at", "with", "to" or "from" (an "estimated" or "about" between
allowed): "area of 12 pct" and "an area of 40 sq km" keep their own units.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.units import dimension_of, to_base

#: the area word and its link to the figure, ending right before it ("acreage of ", "area
#: of an estimated ", "accounts for most acreage with ")
_AREA_BEFORE = re.compile(
    r"\b(?i:acreages?|areas?|plantings?|seedings?|sowings?)[ \t\n]+"
    r"(?:(?:is|was|are|were|put|seen|estimated|forecast|expected)[ \t\n]+)?"
    r"(?:of|at|with|to|from)[ \t\n]+"
    r"(?:(?:an[ \t\n]+)?(?:estimated|expected|about|around|some|nearly|almost|only|just)"
    r"[ \t\n]+)?\Z"
)
#: "acre", "acres", "acreage"; not "massacre"
_ACRE = re.compile(r"(?<![a-z])acre")
#: a figure written with a scale word, or of four digits or more
_BIG = re.compile(r"(?i:mln|million|billion|bln|\d{4}|\d{1,3},\d{3})")


def crop_area_units(text: str, found: list[dict[str, Any]]) -> None:
    """Give a bare figure after a crop's area word the story's unit of land (in place)."""
    low = text.lower()
    unit = "acre" if _ACRE.search(low) else "ha" if "hectare" in low else ""
    if not unit:
        return
    for f in found:
        if f["kind"] not in ("count", "number") or f["unit"] or f["noun"] or f["per"]:
            continue
        if not _BIG.search(f["text"]):
            continue
        if _AREA_BEFORE.search(text, max(0, f["start"] - 60), f["start"]) is None:
            continue
        base, base_unit = to_base(f["value"], unit)
        f.update(
            unit=unit, kind="measure", value_base=float(base), base_unit=base_unit,
            dimension=dimension_of(unit),
        )  # fmt: skip
