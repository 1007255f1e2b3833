"""Relabel the timex gold to the lead's decision on counted decades.

The decision (decision 3 on rounds fifty-six and fifty-seven's lists, confirmed by decision 1
on round sixty's list, issue 19): decades in a length are written in years, as TimeBank writes
them ("the past six decades" ``P60Y``, "a decade" ``P10Y``, "two decades" ``P20Y``); TIMEX3's
decade unit (``P6DE``) is not TimeBank's practice. This script changes every gold item whose
value is a counted decade ``P<n>DE`` (a whole number ``n``) to ``P<10n>Y``; nothing else
changes (type, mod and span stay; the vague ``PXDE`` is ``relabel_timex_vague_decades.py``'s).
Running it again changes nothing.

The development timex files by default; ``--blind`` reads and writes the four blind timex files
and nothing else, for an annotator who does not develop the rules to bring their gold to the
decision, reading every change in its sentence first (``--dry-run --blind``); the blind files
stay measured only (aggregates, never their items against the extractor's output).
``--dry-run`` writes nothing and prints each change with its sentence: corpus text for the
Reuters and PolNeAR files (read back from the corpus beside the checkout), for the terminal
only, never to be committed.

Applied after round sixty-one's decisions, by a non-developer annotator, each change read in
its sentence and accepted: development, 3 changes (``timex_wikinews.jsonl`` ``P5DE`` ->
``P50Y`` and ``P1DE`` -> ``P10Y``; ``timex_polnear_dev2.jsonl`` ``P6DE`` -> ``P60Y``); blind,
1 change (``timex_polnear_blind.jsonl`` ``P1DE`` -> ``P10Y``); none in the other files.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_counted_decades.py [--dry-run] [--blind]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import read_records  # noqa: E402
from relabel_timex_vague_decades import (  # noqa: E402
    TIMEX_BLIND_FILES,
    TIMEX_DEVELOPMENT_FILES,
    relabel_values,
)

#: a counted length of decades: TIMEX3's decade unit after a whole number
COUNTED_DECADES = re.compile(r"P(\d+)DE")
#: where a sentence ends, for printing a change in its sentence (a stop and a space, a line);
#: the stop of a company's or a title's abbreviation ("Inc.", "Mr.") ends none in news copy
SENTENCE_END = re.compile(
    r"(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)"
    r"[.!?][\"'\u201d\u2019)]*\s|\n"
)


def in_years(value: str) -> str | None:
    """``P<10n>Y`` for a counted decade ``P<n>DE``, else None (every other value stays)."""
    match = COUNTED_DECADES.fullmatch(value)
    return f"P{int(match.group(1)) * 10}Y" if match else None


def file_texts(path: Path) -> dict[str, str] | None:
    """Each record's text by article id, read once for the file: its own (Wikinews) or the
    stories its loader reads back from the corpus (Reuters, PolNeAR; the loader checks each
    hash), None when the corpus is absent."""
    records = read_records(path)
    if all("text" in record for record in records):
        return {record["article"]: str(record["text"]) for record in records}
    import timex_polnear
    import timex_reuters

    polnear = any(record.get("source") == "polnear" for record in records)
    module = timex_polnear if polnear else timex_reuters
    if not module.DATA.is_dir():
        return None
    return {record["article"]: str(record["text"]) for record in module.load(path)}


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, the span bracketed, on one line."""
    begin = 0
    for stop in SENTENCE_END.finditer(text, 0, start):
        begin = stop.end()
    after = SENTENCE_END.search(text, end)
    finish = after.end() if after else len(text)
    return " ".join(f"{text[begin:start]}[{text[start:end]}]{text[end:finish]}".split())


def relabel_file(path: Path, dry_run: bool) -> int:
    """Write each ``P<n>DE`` gold value of the file as ``P<10n>Y``; the number changed. Under
    ``dry_run`` nothing is written and each change is printed in its sentence."""
    texts = file_texts(path) if dry_run else None

    def show(record: dict[str, Any], item: dict[str, Any], new: str) -> None:
        where = (
            sentence_of(texts[record["article"]], item["start"], item["end"])
            if texts is not None
            else f"(corpus absent: offsets {item['start']}-{item['end']})"
        )
        print(f"  {record['article']}: {item['value']} -> {new}\n      {where}")

    return relabel_values(path, in_years, dry_run, show if dry_run else None)


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
        print(f"{name}: {relabel_file(HERE / name, args.dry_run)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
