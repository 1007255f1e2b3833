"""A currency rate table's quote bases and its header (round eighty, one of the forty-seventh
sample's kinds).

A central bank's table of rates quotes some currencies per 100, 1,000 or 10,000 units and says
so in brackets after the currency's code ("BFR (1,000)", "LIT (10,000)", "YEN (100)", "LIB
DIN (ONE)"): the bracketed number is the quote's base, not a count, so it is no finding. The
table's header names the quote currency and the base ("RUBLES PER HUNDRED ..."):
"HUNDRED" there is the base too, no count, and the figure quoted right after the header's
first code ("U.S.  58.10") is money in the header's currency per 100 of that code's currency,
as the devsets README reads a rate with its base ("per 100 USD"), and so is every later row's
quote, per 100 (or its bracketed base) of the currency its own code names (round eighty-one,
the lead's decision 2 on round eighty; round eighty left them unitless measures), whether the
bank's table spells the code ("DMK") or the unit vocabulary does ("EUR", "ECU": round
eighty-two, the lead's decision 1 on round eighty-one); a base of one is the bare code. Only a code
of two to four capitals (or two such words) before the brackets, with a column gap or a line
break after them; a number in brackets in prose ("the Fed (100)") is not read here.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.units import (
    _PREFIX_CODES,
    CURRENCY_CODES,
    CURRENCY_WORD_TO_CODE,
    CURRENCY_WORDS,
    dimension_of,
    to_base,
)

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
#: a row of the table from the header's first code on: a code (with its base in brackets
#: where it is not the header's hundred), its quote, and the last quote in brackets or "UNCH"
#: (the wire wraps the table, so any gap may be a line break; a sentence may end before the
#: brackets)
_ROW = re.compile(
    r"[ \t\n]*(?P<code>U\.S\.|[A-Z]{2,4}(?:[ \t]+[A-Z]{2,4})?)"
    r"(?:[ \t\n]+\((?P<base>100|1,000|10,000|ONE)\))?"
    r"[ \t\n]+(?P<quote>\d+\.\d+)(?:[ \t\n]+\((?:(?P<last>\d+\.\d+)|UNCH)\))?"
)
#: the table's codes as one central bank's table spells them (the wire's "STG", "DMK", "FIN
#: MRK", ...) and their ISO codes
_BANK_CODES = {
    "U.S.": "USD", "STG": "GBP", "BFR": "BEF", "DMK": "DEM", "DFL": "NLG", "LIT": "ITL",
    "CAN": "CAD", "DKR": "DKK", "NKR": "NOK", "FFR": "FRF", "SKR": "SEK", "SFR": "CHF",
    "YEN": "JPY", "FIN MRK": "FIM", "AUS SCH": "ATS", "AUS DLR": "AUD", "PAK RUP": "PKR",
    "IND RUP": "INR", "IRN RYL": "IRR", "LIB DIN": "LYD", "MRC DRHM": "MAD",
}  # fmt: skip


def _is_code(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


#: a row's code: the bank's spellings, then every currency code the unit vocabulary knows (the
#: lead's decision 1 on round eighty-one): its ISO codes ("EUR", "FRF", "XEU", "RMB" as
#: "CNY"), the words it reads after a number, in capitals ("ECU", "SDR", "HK DLRS"), and the
#: letters before a dollar sign ("HK", "CDN"); a minor unit ("CTS", "P") is no row's
#: currency. A code in none of them leaves its row as it was.
_TABLE_CODES = {
    **{w.upper(): c for w, c in CURRENCY_WORD_TO_CODE.items() if _is_code(c)},
    **{p: c for p, c in _PREFIX_CODES.items() if len(p) > 1},
    **{c.rstrip("_"): c.rstrip("_") for c in CURRENCY_WORDS if _is_code(c.rstrip("_"))},
    **{c: c.replace("RMB", "CNY") for c in CURRENCY_CODES},
    **_BANK_CODES,
}
_BASES = {None: "100 ", "100": "100 ", "1,000": "1000 ", "10,000": "10000 ", "ONE": ""}


def quote_base_figures(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a rate table's quote bases, in brackets and in its header (see the module). The
    caller asks only where "00)", "(ONE)" or "PER HUNDRED" stands in the text."""
    bases = {m.start("base") for m in _QUOTE_BASE.finditer(text)}
    bases |= {m.start("base") for m in _HEADER.finditer(text)}
    if not bases:
        return found
    return [f for f in found if not (f["start"] in bases and f["kind"] == "count")]


def quote_header_rate(text: str, found: list[dict[str, Any]]) -> None:
    """Every quote under a rate table's header, and the last quote in brackets after it, is
    money in the header's currency per 100 (or the base its code's brackets give) of the
    currency its own row names ("RUBLES PER HUNDRED ... U.S.  58.10 (58.40) STG  92.31":
    RUB per 100 USD, then RUB per 100 GBP; "BFR (1,000)  15.20": RUB per 1000 BEF; the lead's
    decision 2 on round eighty). The rows run from the header's first code while each follows
    the last. Run last, so no pass carries a rate across the table's rows."""
    if "PER HUNDRED" not in text:
        return
    by_start = {f["start"]: f for f in found}
    for header in _HEADER.finditer(text):
        code = CURRENCY_WORD_TO_CODE.get(header.group("word").lower(), "")
        if not code:
            continue
        pos = header.start("code")
        while (row := _ROW.match(text, pos)) is not None:
            pos = row.end()
            iso = _TABLE_CODES.get(" ".join(row.group("code").split()))
            if iso is None:
                continue
            per = f"{_BASES[row.group('base')]}{iso}"
            for group in ("quote", "last"):
                f = by_start.get(row.start(group)) if row.group(group) else None
                if f is None or f["unit"] or f["kind"] not in ("number", "measure", "count"):
                    continue
                value_base, base_unit = to_base(f["value"], code)
                f.update(kind="money", unit=code, per=per, quantity="", noun="",
                         value_base=float(value_base), base_unit=base_unit,
                         dimension=dimension_of(code))  # fmt: skip
