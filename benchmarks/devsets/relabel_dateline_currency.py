"""Relabel the numbers development gold to the dateline currency convention (issue 17).

The convention (adopted after the agreement study on the fourth fresh sample, README section
"numbers: Agreement"): a bare dollar ("dlrs", "dollars", "$", "cts"/"cents") in a story whose
dateline is a city of a dollar country other than the US is that country's dollar, unless the
story names US dollars ("U.S. dlrs", "US$", "American dollars"). The earlier development files
were annotated from the text alone, so their bare dollars in such stories say USD.

For every item of the development files below whose unit is ``USD``, in a document whose
dateline (the Reuters-21578 record's <DATELINE> field, which the record keeps outside its text;
for a document without that field, a dateline at the start of the text) is a city of
``newslens_numbers.extract.DATELINE_CITIES`` and whose text names no US dollars (the extractor's
own test, on the text with its line breaks read as spaces), the unit becomes the dateline's
currency. Nothing else changes (value, span, ``per``). A document whose text also carries a
currency note ("Note: Canadian funds") naming another currency is reported and left alone (the
extractor lets a note win over the dateline). Running it again changes nothing.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
(``numbers_blind.jsonl``, ``numbers_blind2.jsonl``) and nothing else, for an annotator who does
not develop the rules to bring their gold to the convention, reviewing every change (the blind
files stay measured only). Applied after round seven: no change in either (the first file's
Canadian figures were already CAD; the second has no money under a non-US dollar dateline).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_dateline_currency.py [--dry-run] [--show] [--blind]

It prints the items changed per file; ``--show`` also prints each changed item with its
sentence (corpus text: read it in the terminal, never commit it).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "plugins" / "numbers" / "src"))


def main() -> int:
    from devset_files import (
        CORPUS_FILES,
        chosen_files,
        read_records,
        relabel_arguments,
        write_records,
    )
    from newslens_numbers.currency import _CURRENCY_NOTE, _NOTE_CODES, dateline_currency
    from newslens_numbers.currency import _US_DOLLARS as US_DOLLARS
    from numbers_news_sample import DATA, documents, reuters_datelines

    args = relabel_arguments(__doc__)
    docs, datelines = documents(DATA), reuters_datelines(DATA)
    total = 0
    for name in chosen_files(args, CORPUS_FILES):
        path = HERE / name
        records = read_records(path)
        changed: Counter[str] = Counter()
        for rec in records:
            text = docs[rec["doc"]][1]
            flat = re.sub(r"\s", " ", text)  # wrapped wire copy: a line break reads as a space
            code = dateline_currency(flat, datelines.get(rec["doc"], ""))
            usd = [g for g in rec["gold"] if g.get("unit") == "USD"]
            if not code or not usd or US_DOLLARS.search(flat):
                continue
            notes = {_NOTE_CODES[re.sub(r" +", " ", m.group(1).lower())]
                     for m in _CURRENCY_NOTE.finditer(flat)}  # fmt: skip
            if notes - {code}:
                print(f"  {name} {rec['doc']}: dateline {code} but a note {sorted(notes)}; left")
                continue
            sentence = text[rec["start"] : rec["end"]]
            for g in usd:
                g["unit"] = code
                changed[f"{rec['doc']} ({datelines.get(rec['doc'], '')}) -> {code}"] += 1
                if args.show:
                    span = sentence[g["start"] : g["end"]]
                    shown = " ".join(sentence.split())
                    print(f"  {name} {rec['doc']} [{span}] {g['value']} USD -> {code}: {shown}")
        n = sum(changed.values())
        total += n
        print(f"{name}: {n} items relabelled in {len(changed)} documents")
        for doc, k in sorted(changed.items()):
            print(f"    {doc}: {k}")
        if n and not args.dry_run:
            write_records(path, records)
    print(f"in all: {total} items" + (" (dry run: nothing written)" if args.dry_run else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
