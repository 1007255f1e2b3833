"""A wire livestock price table's weight band: "450/550" opening a row of prices.

Why a pass of its own: a cattle or hog price table opens each row with the animals' weight
band in pounds, written with a slash ("450/550  91-3/4b   unchanged"), which the scanner
drops as a ratio or a date. The devsets README reads the band as a unitless measure range
(450 to 550, its span the two figures and the slash), by the seventeenth sample's decision 1
on rate table rows. Only a band that opens its line, has a column gap and a figure after it,
and is a weight band's shape is read: two figures of three or four digits, each a multiple
of 25, the first the lower and not a year ("1990/91", "1991/1992" are seasons).
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.futures_rows import table_measure

#: a band opening its line, then a column gap and a figure
_BAND_ROW = re.compile(r"^[ \t]*(?P<low>\d{3,4})/(?P<high>\d{3,4})(?=[ \t]{2,}\d)", re.MULTILINE)


def weight_band_figures(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with every weight band opening a price row added as a unitless measure range
    (a finding already over the band is left as it is), in text order."""
    bands = [m for m in _BAND_ROW.finditer(text) if _weight_band(m)]
    if not bands:
        return found
    spans = [(f["start"], f["end"]) for f in found]
    kept = list(found)
    for m in bands:
        start, end = m.start("low"), m.end("high")
        if any(s < end and start < e for s, e in spans):
            continue
        kept.append(table_measure(text, start, end, float(m.group("low")), float(m.group("high"))))
    kept.sort(key=lambda f: f["start"])
    return kept


def _weight_band(band: re.Match[str]) -> bool:
    """Two weights in pounds, the lower first, each a multiple of 25, the first no year."""
    low, high = int(band.group("low")), int(band.group("high"))
    if not 100 <= low < high or low % 25 or high % 25:
        return False
    return not 1900 <= low <= 2099
