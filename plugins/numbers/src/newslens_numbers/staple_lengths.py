"""A cotton grade's staple length written bare: a unitless measure, not a name.

Why a pass of its own: a cotton market table writes the staple length after the grade with no
unit ("DELTA MIDD 1-5/32", "GRADE 2, 1-1/16"), and the scanner, seeing a number after
capitalised words, reads it as a name (a model number). The lead's decision on round
forty-two's question makes a staple length a measure: unit ``in`` where the inch is written
(the scanner already reads "1-1/16 inch" so) and none where a table leaves it implied, the
unit never guessed. A staple length is a little over an inch, in sixteenths or thirty-seconds;
only such a fraction that the scanner took for a name is read here, in a text that names
cotton or writes an inch beside it (a wire cotton table may name its commodity only in its
headline and give the inch on its first row: "DELTA 1 INCH").
"""

from __future__ import annotations

import re
from typing import Any

#: a staple length: one inch and some sixteenths or thirty-seconds, "1-5/32", "1-1/16"
_STAPLE = re.compile(r"1-(\d{1,2})/(16|32)")
#: the text's word for cotton, or an inch written out
_COTTON_OR_INCH = re.compile(r"(?i:cotton|\binch(?:es)?\b)")


def cotton_staple_lengths(text: str, found: list[dict[str, Any]]) -> None:
    """Read, in place, a bare staple length the scanner took for a name in a cotton text as a
    unitless measure (a cotton text, or one writing an inch)."""
    if _COTTON_OR_INCH.search(text) is None:
        return
    for f in found:
        if f["kind"] != "name":
            continue
        staple = _STAPLE.fullmatch(f["text"])
        if staple is None or int(staple.group(1)) >= int(staple.group(2)):
            continue
        f["kind"] = "measure"
        f["value"] = 1 + int(staple.group(1)) / int(staple.group(2))
        f["unit"] = f["per"] = f["quantity"] = f["noun"] = f["modifier"] = ""
        f["value_base"], f["base_unit"], f["dimension"] = float("nan"), "", ""
