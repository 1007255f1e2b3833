"""Remove the timex gold items whose offsets fall inside a word (decision 2 on round sixty-four).

The decision (issue 19, "The lead's decisions on round sixty-four's questions"): PolNeAR dev2's
gold tags "now" inside the word "known" twice; offsets inside a word are never an expression,
and the next round removes such items by script, as round sixty-three's slips were.

An item is inside a word when the character before its start and its own first character are
both letters or digits, or its last character and the character after its end are (a span cut
out of a longer word). This reads the items' text, so it needs the corpus beside the checkout for
the files stored with offsets and hashes (without it the file is left and a line says so).
Nothing else changes. Running it again changes nothing. The development files by default;
``--blind`` reads and writes the four blind timex files and nothing else, for an annotator who
does not develop the rules, reading every change in its sentence first (``--dry-run --blind``);
the blind files stay measured only. ``--dry-run`` writes nothing and prints each change with its
sentence: corpus text for the Reuters and PolNeAR files, for the terminal only, never to be
committed.

Applied in round sixty-five, each change read in its sentence first (dry run): development,
2 items removed, both in ``timex_polnear_dev2.jsonl`` (a "now" inside "known"); no other
development file has one. No blind file read.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_inside_word.py [--dry-run] [--blind]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import read_records, write_records  # noqa: E402
from relabel_timex_counted_decades import file_texts, sentence_of  # noqa: E402
from relabel_timex_vague_decades import (  # noqa: E402
    TIMEX_BLIND_FILES,
    TIMEX_DEVELOPMENT_FILES,
)


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is cut out of a longer word at either end."""
    if start >= end:
        return False
    cut_before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    cut_after = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return cut_before or cut_after


def relabel_file(path: Path, dry_run: bool) -> int:
    """Remove the file's items inside a word; the number removed."""
    records = read_records(path)
    texts = file_texts(path)
    if texts is None:
        print(f"  {path.name}: corpus absent, not read")
        return 0
    removed = 0
    for record in records:
        text = texts[record["article"]]
        kept: list[dict[str, Any]] = []
        for item in record.get("gold", []):
            if not inside_word(text, item["start"], item["end"]):
                kept.append(item)
                continue
            removed += 1
            if dry_run:
                print(
                    f"  {record['article']}: {item['type']} {item['value']} -> removed\n"
                    f"      {sentence_of(text, item['start'], item['end'])}"
                )
        record["gold"] = kept
    if removed and not dry_run:
        write_records(path, records)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="write nothing; print each change in context"
    )
    parser.add_argument(
        "--blind", action="store_true", help="the four blind timex files instead, and no other"
    )
    args = parser.parse_args(argv)
    for name in TIMEX_BLIND_FILES if args.blind else TIMEX_DEVELOPMENT_FILES:
        print(f"{name}: {relabel_file(HERE / name, args.dry_run)} removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
