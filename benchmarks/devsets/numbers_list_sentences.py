"""List the sentences of an offsets-and-hash numbers set (ids and text only, never its gold).

Usage::

    .venv/bin/python benchmarks/devsets/numbers_list_sentences.py FILE > /tmp/listing.txt

For a second annotator: the text is read from ``../shared/data`` the way
``benchmarks/numbers_dev.py`` reads it (hash checked), and the gold items are not printed, so
the file can be annotated independently. The listing holds corpus text: keep it out of git.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from numbers_dev import with_text


def main() -> int:
    path = Path(sys.argv[1])
    records = with_text(path)
    if records is None:
        return 1
    for i, rec in enumerate(records):
        text = " ".join(rec["text"].split())
        print(f"[{i}] {rec['doc']} ({rec['stratum']}) {rec['start']}-{rec['end']}")
        print(f"    {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
