"""A currency rate table's quote bases and its header (round eighty, one of the forty-seventh
sample's kinds).

A central bank's table of rates quotes some currencies per 100, 1,000 or 10,000 units and says
so in brackets after the currency's code ("BFR (1,000)", "LIT (10,000)", "YEN (100)", "LIB
DIN (ONE)"): the bracketed number is the quote's base, not a count, so it is no finding. The
table's header names the quote currency and the base ("RUBLES PER HUNDRED ..."):
"HUNDRED" there is the base too, no count, and the figure quoted right after the header's
first code ("U.S.  58.10") is money in the header's currency per 100 of that code's currency,
as the devsets README reads a rate with its base ("per 100 USD"). The later rows of such a
table, wrapped by the wire across lines, stay unitless measures. Only a code of two to four
capitals (or two such words) before the brackets, with a column gap or a line break after
them; a number in brackets in prose ("the Fed (100)") is not read here.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.units import CURRENCY_WORD_TO_CODE, dimension_of, to_base

#: a quote's base in brackets after a currency's code, then a column gap or a line break
_QUOTE_BASE = re.compile(
    r"(?:^|[ \t\n])[A-Z]{2,4}(?:[ \t]+[A-Z]{2,4})?[ \t\n]+"
    r"\((?P<base>100|1,000|10,000|ONE)\)(?=[ \t]{2,}|[ \t]*\n|[ \t]*$)"
)
#: the table's header: the quote currency in capitals, "PER HUNDRED", and its first code
_HEADER = re.compile(
    r"^[ \t]*(?P<word>[A-Z]+S)[ \t]+PER[ \t]+(?P<base>HUNDRED)[ \t]+UNLESS[ \t]+STATED"
    r"[ \t]+(?P<code>U\.S\.)[ \t]{2,}(?=\d)",
    re.MULTILINE,
)
#: the code of the header's first quote
_HEADER_CODES = {"U.S.": "USD"}


def quote_base_figures(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a rate table's quote bases, in brackets and in its header (see the module). The
    caller asks only where "00)", "(ONE)" or "PER HUNDRED" stands in the text."""
    bases = {m.start("base") for m in _QUOTE_BASE.finditer(text)}
    bases |= {m.start("base") for m in _HEADER.finditer(text)}
    if not bases:
        return found
    return [f for f in found if not (f["start"] in bases and f["kind"] == "count")]


def quote_header_rate(text: str, found: list[dict[str, Any]]) -> None:
    """The figure quoted right after a rate table's header is money in the header's currency
    per 100 of its code's currency ("RUBLES PER HUNDRED ... U.S.  58.10": RUB per
    100 USD). Run last, so no pass carries the rate to the table's other rows."""
    if "PER HUNDRED" not in text:
        return
    for header in _HEADER.finditer(text):
        code = CURRENCY_WORD_TO_CODE.get(header.group("word").lower(), "")
        per = _HEADER_CODES[header.group("code")]
        for f in found:
            if f["start"] == header.end() and code and f["kind"] in ("number", "measure"):
                value_base, base_unit = to_base(f["value"], code)
                f.update(kind="money", unit=code, per=f"100 {per}", value_base=float(value_base),
                         base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip
