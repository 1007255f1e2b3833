"""Relabel the numbers development gold to the lead's decision 2 on round eighty.

Round eighty read a central bank's table of rates ("<CURRENCY>S PER HUNDRED UNLESS STATED",
then rows of a code, its quote and its last quote in brackets); the gold read the first quote
as money in the header's currency per 100 USD and every later one a unitless measure. The lead
decided (``docs/plugins/numbers-rounds.md``, "The lead's decisions on round eighty's
questions", 2): **each quote under such a header is money in the header's currency per 100 of
the currency its own row names** ("STG 102.56": RUB per 100 GBP), per the base its code's
brackets give where they give one ("BFR (1,000)": per 1000 BEF; "(ONE)": per one unit), and
the last quote in brackets after it likewise. A gold ``measure`` or ``number`` with no unit
on such a quote becomes ``money`` in the header's currency with that ``per``.

The table runs over several sentences of its document, so this script reads each record's
whole document (never the extractor: a bug in a rule must not flow into the gold it is scored
on), with its own small patterns, on every development file (``DEVELOPMENT_FILES``).
``--blind`` / ``--held-out`` read and write those files instead, for an annotator who does
not develop the rules; not run here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_rate_table_quotes.py [--dry-run] [--show]

It prints the changes per file (counts by base currency, never text); ``--show`` prints each
change with its code and its sentence (corpus text: read it in the terminal, never commit it).
Running it again changes nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_in_documents  # noqa: E402

#: the header: the quote currency, "PER HUNDRED UNLESS STATED", then its first code
HEADER = re.compile(r"\b(ROUBLES|RUBLES)\s+PER\s+HUNDRED\s+UNLESS\s+STATED\s+(?=U\.S\.)")
HEADER_CODES = {"ROUBLES": "RUB", "RUBLES": "RUB"}
#: a row: a code, its base in brackets, its quote, its last quote in brackets or "UNCH" (a
#: sentence may end before the brackets)
ROW = re.compile(
    r"\s*(U\.S\.|[A-Z]{2,4}(?:[ \t]+[A-Z]{2,4})?)(?:\s+\((100|1,000|10,000|ONE)\))?"
    r"\s+(\d+\.\d+)(?:\s+\((?:(\d+\.\d+)|UNCH)\))?"
)
CODES = {
    "U.S.": "USD", "STG": "GBP", "BFR": "BEF", "DMK": "DEM", "DFL": "NLG", "LIT": "ITL",
    "CAN": "CAD", "DKR": "DKK", "NKR": "NOK", "FFR": "FRF", "SKR": "SEK", "SFR": "CHF",
    "YEN": "JPY", "FIN MRK": "FIM", "AUS SCH": "ATS", "AUS DLR": "AUD", "PAK RUP": "PKR",
    "IND RUP": "INR", "IRN RYL": "IRR", "LIB DIN": "LYD", "MRC DRHM": "MAD",
}  # fmt: skip
BASES = {None: "100 ", "100": "100 ", "1,000": "1000 ", "10,000": "10000 ", "ONE": ""}


def quotes(document: str) -> dict[int, tuple[str, str, str]]:
    """Each quote's offset in the document -> (currency, per, code as written)."""
    out: dict[int, tuple[str, str, str]] = {}
    for header in HEADER.finditer(document):
        currency = HEADER_CODES[header.group(1)]
        pos = header.end()
        while (row := ROW.match(document, pos)) is not None:
            pos = row.end()
            code = " ".join(row.group(1).split())
            if code not in CODES:
                continue
            per = f"{BASES[row.group(2)]}{CODES[code]}"
            for group in (3, 4):
                if row.group(group):
                    out[row.start(group)] = (currency, per, code)
    return out


def relabel(
    text: str, gold: list[dict[str, Any]], document: str, offset: int
) -> tuple[list[dict[str, Any]], list[str]]:
    """A unitless quote under the header becomes money in the header's currency ``per`` its
    row's base; one note a change, its base's currency last."""
    if "PER HUNDRED" not in document:
        return gold, []
    table = quotes(document)
    notes: list[str] = []
    out = []
    for g in gold:
        got = table.get(offset + g["start"])
        if got is not None and not g["unit"] and g["kind"] in ("measure", "number"):
            currency, per, code = got
            g = dict(g, kind="money", unit=currency, per=per)
            notes.append(f"{code} {g['value']} -> {currency} per {per}")
        out.append(g)
    return out, notes


def main() -> int:
    return relabel_in_documents(__doc__, relabel, tally=lambda note: note.split()[-1])


if __name__ == "__main__":
    raise SystemExit(main())
