"""Relabel the timex gold to the lead's decision on counted frequencies.

The decision (decision 1 on round sixty-six's questions, issue 19): a counted frequency is
valued by its period, always, TimeML's ``value`` (the count is the ``freq`` the files do not
store): "seven days a week" SET ``P1W``, "24 hours a day" ``P1D``, "365 days a year" ``P1Y``, as
"five days a week" ``P1W`` and the guidelines' "three days every month" ``P1M``. It supersedes
the SET part of decision 3 on the seventh PolNeAR file's doubts ("seven days a week" ``P1D``,
"every day"). This script changes every gold SET whose text is a counted frequency (a count of a
smaller unit, then "a", "an", "per", "each" or "every" and the period; a modifier of the count
may open it, "at least 23 hours a day") and whose value is not its period's to the period's
value; nothing else changes (type, mod and span stay). Its own pattern, not the extractor's.
Running it again changes nothing.

It reads the items' text, so it needs the corpus beside the checkout for the files stored with
offsets and hashes (without it the file is left and a line says so). The development timex files
by default; ``--dry-run`` writes nothing and prints each change with its sentence: corpus text
for the Reuters and PolNeAR files, for the terminal only, never to be committed.

``--blind`` reads the four blind timex files and nothing else, and prints **counts only** (the
counted frequencies found, and how many would change): no item, no text, no value. It writes
nothing unless told (``--blind --write``, for an annotator who does not develop the rules and
has read the file's conventions; the blind files stay measured only).

Applied in round sixty-six b, each change read in its sentence first (dry run): development, 1
change, ``timex_polnear_dev7.jsonl``'s "seven days a week" ``P1D`` -> ``P1W``; no other
development file has a counted frequency. Blind, counts only, nothing written: see
``docs/plugins/timeline-rounds.md``, "Issue 19, sixty-sixth round b".

Usage::

    .venv/bin/python benchmarks/devsets/relabel_timex_counted_frequency.py [--dry-run]
    .venv/bin/python benchmarks/devsets/relabel_timex_counted_frequency.py --blind [--write]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import read_records, write_records  # noqa: E402
from relabel_timex_counted_decades import file_texts, sentence_of  # noqa: E402
from relabel_timex_vague_decades import (  # noqa: E402
    TIMEX_BLIND_FILES,
    TIMEX_DEVELOPMENT_FILES,
)

#: the units, smallest first, and the period's SET value
UNITS = ("minute", "hour", "day", "week", "month", "year")
PERIOD_VALUE = {"minute": "PT1M", "hour": "PT1H", "day": "P1D", "week": "P1W", "month": "P1M",
                "year": "P1Y"}  # fmt: skip

#: a counted frequency, the whole span: a count of a smaller unit, then the period
COUNTED_FREQUENCY = re.compile(
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|up\s+to|at\s+least|"
    r"at\s+most|more\s+than|less\s+than|fewer\s+than|just|only)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"(?:twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?|several|a\s+few|a\s+couple\s+of|an?)\s+"
    r"(?P<small>minute|hour|day|night|week|month)s?\s+"
    r"(?:a|an|per|each|every)\s+(?P<period>minute|hour|day|week|month|year)",
    re.IGNORECASE,
)


def period_value(span: str) -> str | None:
    """The period's SET value when ``span`` is a counted frequency, else None."""
    match = COUNTED_FREQUENCY.fullmatch(" ".join(span.split()))
    if match is None:
        return None
    small = match["small"].lower().replace("night", "day")
    period = match["period"].lower()
    if UNITS.index(small) >= UNITS.index(period):
        return None  # "two weeks a day": no frequency
    return PERIOD_VALUE[period]


def relabel_file(path: Path, dry_run: bool, show: bool) -> tuple[int, int] | None:
    """Value the file's counted frequencies by their period; (found, changed), None when the
    corpus is absent. Written only when something changed and not ``dry_run``; each change
    printed in its sentence when ``show``."""
    texts = file_texts(path)
    if texts is None:
        return None
    records = read_records(path)
    found = changed = 0
    for record in records:
        text = texts[record["article"]]
        for item in record.get("gold", []):
            if item.get("type") != "SET":
                continue
            new = period_value(text[item["start"] : item["end"]])
            if new is None:
                continue
            found += 1
            if item.get("value") == new:
                continue
            changed += 1
            if show:
                print(
                    f"  {record['article']}: {item['value']} -> {new}\n"
                    f"      {sentence_of(text, item['start'], item['end'])}"
                )
            item["value"] = new
    if changed and not dry_run:
        write_records(path, records)
    return found, changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="write nothing; print each change in context"
    )
    parser.add_argument(
        "--blind",
        action="store_true",
        help="the four blind timex files instead, counts only; nothing written without --write",
    )
    parser.add_argument("--write", action="store_true", help="with --blind: write the changes")
    args = parser.parse_args(argv)
    if args.write and not args.blind:
        parser.error("--write is for --blind only (the development files are written by default)")
    names = TIMEX_BLIND_FILES if args.blind else TIMEX_DEVELOPMENT_FILES
    dry_run = args.dry_run or (args.blind and not args.write)
    for name in names:
        result = relabel_file(HERE / name, dry_run, show=not args.blind)
        if result is None:
            print(f"{name}: corpus absent, not read")
            continue
        found, changed = result
        verb = "changed" if not dry_run else "would change"
        print(f"{name}: {found} counted frequencies, {changed} {verb}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
