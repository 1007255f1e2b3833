"""Build ``src/newslens_stance/data/idf.json`` from the Wikinews sample (CC BY 2.5).

Why a bundled table: the claims default scores one article at a time (a pure extractor), so it
cannot see corpus statistics; word rarity from a general news sample is the next best weight.
The table holds only document frequencies of word stems (no text), credited to Wikinews.

Run: ``.venv/bin/python plugins/stance/tools/build_idf.py [WIKINEWS_DIR]``
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections import Counter
from pathlib import Path

from newslens_stance.claims import tokens

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "newslens_stance" / "data" / "idf.json"


def main() -> None:
    src = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else HERE.parents[2] / ".." / "shared" / "data" / "wikinews"
    )
    csv.field_size_limit(10**8)
    df: Counter[str] = Counter()
    n = 0
    for path in sorted(src.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                n += 1
                df.update(set(tokens(row.get("title", "") + " " + row.get("text", ""))))
    table = {w: round(math.log((n + 1) / (c + 1)) + 1, 3) for w, c in df.items() if c >= 2}
    payload = {
        "source": "English Wikinews sample 2019-2020 (CC BY 2.5, https://en.wikinews.org); "
        "document frequencies of word stems only",
        "documents": n,
        "default": round(math.log(n + 1) + 1, 3),
        "idf": dict(sorted(table.items())),
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(table)} stems from {n} articles -> {OUT}")


if __name__ == "__main__":
    main()
