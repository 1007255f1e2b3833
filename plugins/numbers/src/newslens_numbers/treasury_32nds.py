"""A Treasury price quoted in 32nds: "the bond was 97.14-18", a bid of 97 14/32, an offer 97 18/32.

Why a pass of its own: the scanner reads "97.14-18" as a range of decimals (97.14 to 97.18),
the shape of a currency's bid/offer ("2.0543-48"). A U.S. government bond's price is quoted
in points and 32nds of a point, and the digits after the dot and the dash are 32nds, not
hundredths: the lead's decision 2 on the thirty-sixth sample reads it as two unitless measures,
the bid and the offer, each in points (97 + 14/32 = 97.4375, 97 + 18/32 = 97.5625). Only where
a bond word ("Treasury", "bond", "note", "T-bond", "gilt") stands before the price in its
sentence, and both fractions are under 32.
"""

from __future__ import annotations

import re
from typing import Any

#: points, a dot, two digits of 32nds, a dash and the offer's two digits: "97.14-18"
_PRICE = re.compile(r"(?<![\d.])(\d{2,3})\.(\d{2})-(\d{2})(?![\d.]|-\d)")
#: a bond word earlier in the price's sentence
_BOND_BEFORE = re.compile(
    r"(?i:\b(?:treasury|treasuries|t-bonds?|bonds?|notes?|gilts?)\b)(?:[^.;!?]|\.(?=\d))*$"
)


def _measure(found: dict[str, Any], start: int, end: int, text: str, value: float) -> dict:
    """A copy of the scanner's finding as one unitless measure."""
    return dict(
        found,
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        value_high=float("nan"),
        unit="",
        per="",
        quantity="",
        noun="",
        kind="measure",
        modifier="",
        value_base=float("nan"),
        base_unit="",
        dimension="",
    )


def treasury_32nds(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings with each bond price in 32nds read as its bid and its offer."""
    out: list[dict[str, Any]] = []
    for f in findings:
        m = _PRICE.fullmatch(text, f["start"], f["end"]) if f["kind"] == "number" else None
        if (
            m is None
            or int(m.group(2)) >= 32
            or int(m.group(3)) >= 32
            or not _BOND_BEFORE.search(text, max(0, f["start"] - 200), f["start"])
        ):
            out.append(f)
            continue
        points = float(m.group(1))
        out.append(_measure(f, m.start(), m.end(2), text, points + int(m.group(2)) / 32))
        out.append(_measure(f, m.start(3), m.end(), text, points + int(m.group(3)) / 32))
    return out
