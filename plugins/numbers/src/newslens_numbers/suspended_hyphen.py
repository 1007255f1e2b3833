"""A suspended hyphen: "three- and four-room flats", "13- or 26-week bills".

Why a pass of its own: the first figure of such a pair leaves its unit or counted noun to the
second ("three-" stands for "three-room"), and the scanner, which reads a figure with what is
written beside it, gives the first a bare count. A range ("two- to five-year") is the
scanner's already; "and" and "or" join two figures, each the partner's kind, unit, noun and
`per` (the thirty-fifth sample's "two- and three-bedroom" gold reads so). Only a bare count
or number with no noun directly before a partner written "N-unit" takes them; a list ("two-,
three- and four-room") is followed back along its commas. The gate in ``extract_text`` is
three substring tests, so a text with no hanging hyphen pays nothing else.
"""

from __future__ import annotations

import math
import re
from typing import Any

#: the figure's hyphen left hanging, then ", " or " and "/" or " ", up to the next figure
_HANGING = re.compile(r"-(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
#: the partner written with its unit or noun: "four-room", "100-yuan", "six-month"
_JOINED = re.compile(r"[\w.,]+-[A-Za-z]")
_COPIED = ("unit", "per", "quantity", "noun", "kind", "base_unit", "dimension")


def suspended_hyphen_figures(text: str, out: list[dict[str, Any]]) -> None:
    """Give each bare count left before a suspended hyphen its partner's unit, noun and kind."""
    for i in range(len(out) - 1, 0, -1):
        partner = out[i]
        if not _JOINED.match(text, partner["start"]):
            continue
        if partner["kind"] == "count" and not partner["noun"]:
            continue
        j = i - 1
        while j >= 0:
            bare = out[j]
            gap = text[bare["end"] : out[j + 1]["start"]]
            if (
                bare["kind"] not in ("count", "number")
                or bare["noun"]
                or bare["unit"]
                or len(gap) > 7
            ):
                break
            if not _HANGING.fullmatch(gap):
                break
            _take_partner(bare, partner)
            j -= 1


def _take_partner(bare: dict[str, Any], partner: dict[str, Any]) -> None:
    for column in _COPIED:
        bare[column] = partner[column]
    base = partner["value_base"]
    if isinstance(base, float) and not math.isnan(base) and partner["value"]:
        bare["value_base"] = bare["value"] * base / partner["value"]
