"""Link two expressions of one measure ("1,500km (930 miles)") and check they agree.

A conversion is consistent when one figure, converted exactly, rounds to the other at the
precision the text wrote it with, or when one quantity rounds to both at their last written
digits. Each figure stands for the interval its last written digit implies: "1,500" (two
trailing zeros) means 1,450-1,550, "930" means 925-935, "1.5" means 1.45-1.55, a round number
under 100 ("30") allows rounding to fives, and the interval is widened to 5% after "about".
That is the rounding a careful reader grants a journalist: 1,500 km = 932 mi falls in 925-935,
so "1,500km (930 miles)" is consistent, and so is "1,400 km (900 miles)" (870 mi rounds to
900); "1,400 km (700 miles)" is a mismatch. The second test exists because the figure a
journalist converts is often rounded itself: a storm "moving at 3 mph (6 km/h)" is a
forecaster's 3 knots (3.5 mph, 5.6 km/h), each rounded; 3 mph is 2.5-3.5 and 6 km/h 5.5-6.5,
and those meet. It reads the last digit only (no rounding to fives: "10 miles (10 km)" stays a
mismatch), and a mismatch then means no single quantity gives both figures, the only flag an
analyst can trust. The deviation column still shows how far apart the written figures are.
Currencies are linked but left "unchecked": exchange rates are not in the text. Two figures
with different denominators are never one measure, nor are two sums of one currency: "net 3.07
mln dlrs, or 7 cts a share" (the commonest "X, or Y" of business news, the "a share" often left
implied) is a total and a rate per share.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from newslens_numbers.units import UNIT_ALIASES, to_base

_BETWEEN = re.compile(
    r"[ \t]*(?:[(\[][ \t]*|,?[ \t]*(?:or|i\.e\.|equivalent[ \t]+to|which[ \t]+is)[ \t]+|/[ \t]*)"
    r"(?:(?i:about|around|some|roughly|approximately|approx\.|nearly|almost|c\.|just[ \t]+over|"
    r"just[ \t]+under|over|more[ \t]+than|less[ \t]+than)[ \t]+)?$"
)
_CORE = re.compile(r"\d[\d,]*(?:\.\d+)?")
APPROX_MODIFIERS = frozenset({"about", "around", "some", "roughly", "approximately", "nearly"})


def resolution(finding: dict[str, Any], *, fives: bool = True) -> float:
    """Half the step of the last written digit, in the finding's unit ("1,500" -> 50); with
    ``fives``, a round number under 100 may be rounded to fives ("30" -> 2.5, else 0.5)."""
    value = abs(float(finding["value"]))
    m = _CORE.search(str(finding["text"]))
    if m is None:
        core_text = str(int(value)) if float(value).is_integer() else repr(value)
    else:
        core_text = m.group().replace(",", "")
    try:
        core = float(core_text)
    except ValueError:
        return 0.5
    scale = value / core if core else 1.0
    if "." in core_text:
        step = 10.0 ** -len(core_text.split(".", 1)[1])
    else:
        digits = core_text.lstrip("0") or "0"
        zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
        # "1,500" may be rounded to hundreds; "30" to fives at most; "10 miles" is ten miles
        step = 10.0**zeros if core >= 100 else (5.0 if zeros and fives else 1.0)
    return step * scale / 2


def interval_in_base(
    finding: dict[str, Any], *, fives: bool = True, difference: bool = False
) -> tuple[float, float] | None:
    """The base-unit interval a finding stands for, widened 5% for 'about' and its kin; with
    ``difference``, as a difference of temperature (the scale without the offset: 2 °C of
    warming is 3.6 °F, not 35.6 °F)."""
    unit = str(finding.get("unit") or "")
    value = float(finding["value"])
    half = resolution(finding, fives=fives)
    if str(finding.get("modifier") or "") in APPROX_MODIFIERS:
        half = max(half, abs(value) * 0.05)
    lo, base = to_base(value - half, unit)
    hi, _ = to_base(value + half, unit)
    if not base or math.isnan(lo) or math.isnan(hi):
        return None
    if difference:
        zero, _ = to_base(0.0, unit)
        lo, hi = lo - zero, hi - zero
    return min(lo, hi), max(lo, hi)


def _centre(finding: dict[str, Any], difference: bool) -> float:
    value = float(finding["value_base"])
    return value - to_base(0.0, str(finding.get("unit") or ""))[0] if difference else value


def _agree(a: dict[str, Any], b: dict[str, Any], difference: bool) -> bool:
    """One figure converted exactly inside the other's interval, or both figures' intervals
    at their last written digit meeting (the module's two tests)."""
    ia = interval_in_base(a, difference=difference)
    ib = interval_in_base(b, difference=difference)
    if ia is None or ib is None:
        return False
    va, vb = _centre(a, difference), _centre(b, difference)
    if ib[0] <= va <= ib[1] or ia[0] <= vb <= ia[1]:
        return True
    sa = interval_in_base(a, fives=False, difference=difference)
    sb = interval_in_base(b, fives=False, difference=difference)
    return sa is not None and sb is not None and sa[0] <= sb[1] and sb[0] <= sa[1]


def verdict(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, float]:
    """("consistent" | "mismatch" | "unchecked", relative deviation of b from a).

    Two temperatures agree as readings or as differences: "warming of 2C (3.6F)" is a
    difference, and "20C (68F)" a reading; neither pair fits the other reading, so trying both
    flags no true conversion and passes no false one a reader would write."""
    if a.get("dimension") == "money" and a.get("base_unit") != b.get("base_unit"):
        return "unchecked", float("nan")
    if interval_in_base(a) is None or interval_in_base(b) is None:
        return "unchecked", float("nan")
    va, vb = float(a["value_base"]), float(b["value_base"])
    # relative to the first figure as written: a temperature's kelvins would hide the gap
    scale = _centre(a, difference=a.get("dimension") == "temperature")
    deviation = (vb - va) / scale if scale else float("nan")
    if math.isfinite(float(a.get("value_high", math.nan))) or math.isfinite(
        float(b.get("value_high", math.nan))
    ):
        return "unchecked", deviation
    if _agree(a, b, difference=False):
        return "consistent", deviation
    if a.get("dimension") == "temperature" and _agree(a, b, difference=True):
        da, db = _centre(a, True), _centre(b, True)
        return "consistent", (db - da) / da if da else float("nan")
    return "mismatch", deviation


def _same_denominator(a: object, b: object) -> bool:
    """Whether two ``per`` values name one denominator ("s" and "second"; "share" and
    "share"), so that two rates can be one measure ("60km/s (37 miles per second)")."""
    pa, pb = str(a or ""), str(b or "")
    if pa == pb:
        return True
    if not pa or not pb:
        return False
    fa, ua = to_base(1.0, UNIT_ALIASES.get(pa, pa))
    fb, ub = to_base(1.0, UNIT_ALIASES.get(pb, pb))
    return bool(ua) and ua == ub and math.isclose(fa, fb)


def link_conversions(text: str, findings: Sequence[dict[str, Any]]) -> None:
    """Set ``same_as``/``consistency``/``deviation`` on adjacent pairs of one measure, in place."""
    for a, b in pairwise(findings):
        dim = a.get("dimension") or ""
        if not dim or dim != b.get("dimension") or a.get("same_as") is not None:
            continue
        if dim in ("percent", "duration") and a.get("unit") == b.get("unit"):
            continue
        gap = text[a["end"] : b["start"]]
        if len(gap) > 40 or not _BETWEEN.fullmatch(gap):
            continue
        if a.get("unit") == b.get("unit") and dim != "money":
            continue
        if not _same_denominator(a.get("per"), b.get("per")):
            continue  # "net 3.07 mln dlrs, or 7 cts a share": a total and a rate, no conversion
        if dim == "money" and a.get("base_unit") == b.get("base_unit"):
            continue  # "a loss of 2,227,000 dlrs or four cts": one currency converts to nothing
        result, deviation = verdict(a, b)
        a["same_as"], b["same_as"] = b["n"], a["n"]
        a["consistency"] = b["consistency"] = result
        a["deviation"] = b["deviation"] = deviation
