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

It prints the changes per file (counts, never text); ``--show`` prints each change with its
code (corpus text: read it in the terminal, never commit it). Running it again changes nothing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import (  # noqa: E402
    DEVELOPMENT_FILES,
    chosen_files,
    read_records,
    relabel_arguments,
    write_records,
)

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


def main() -> int:
    from numbers_news_sample import DATA, documents

    args = relabel_arguments(__doc__)
    docs = documents(DATA)
    for name in chosen_files(args, DEVELOPMENT_FILES):
        path = HERE / name
        records = read_records(path)
        changes: Counter[str] = Counter()
        for rec in records:
            if "doc" not in rec or "PER HUNDRED" not in docs[rec["doc"]][1]:
                continue
            table = quotes(docs[rec["doc"]][1])
            for g in rec["gold"]:
                got = table.get(rec["start"] + g["start"])
                if got is None or g["unit"] or g["kind"] not in ("measure", "number"):
                    continue
                currency, per, code = got
                g.update(kind="money", unit=currency, per=per)
                changes[per.split()[-1]] += 1
                if args.show:
                    print(f"  {name} {rec['doc']}: {code} {g['value']} -> {currency} per {per}")
        n = sum(changes.values())
        print(f"{name}: {n} changes" + (f" ({dict(sorted(changes.items()))})" if n else ""))
        if n and not args.dry_run:
            write_records(path, records)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
