"""Relabel the numbers development gold to the lead's decision on the Nth week of an event.

The decision (README section "Resolved: the Nth week of an event", taken after round five):
"the first week of its release", "the seventh week of a strike", "the second day of an
offensive" name a period of the event, as decision 2's quarters and halves name one of a year:
a time part, no item. An ordinal that ranks weeks or days ("a third week of losses", "the third
straight day", "the third day in a row") stays an ordinal.

This script drops every gold ``ordinal`` directly followed by a day, night, week, weekend, month
or year (or their plurals) and then "of" or "on sale"/"on release", unless the word before the
ordinal is "a"/"an" (which ranks, as in decision 2). Its pattern is its own, read on the
sentence, not the extractor's: a bug in a rule must not flow into the gold it is scored on.
Nothing else changes. Running it again changes nothing.

Added for issue 17's round seven (the lead's question on a ``numbers_fresh3.jsonl`` sentence):
the period may be said by a relative clause instead of "of": "the first week he bought" (the
ordinal after "the", a period word, then a pronoun subject and its verb) is the same time part
and is dropped; so is an ordinal that elides that period word later in the same sentence ("...
and 13,000 in the second"): "the" before it, a clause end or "and" after it, and a period
ordinal of either form dropped before it in the sentence.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
(``numbers_blind.jsonl``, ``numbers_blind2.jsonl``) and nothing else, for an annotator who does
not develop the rules to bring their gold to the decision, reviewing every change (the blind
files stay measured only). Applied after round seven: 1 change in ``numbers_blind.jsonl`` (the
relative-clause form, "the first week she was in office"), none in ``numbers_blind2.jsonl``;
read in its sentence and accepted.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_event_period.py [--dry-run] [--show] [--blind]

It prints the changes per file; ``--show`` prints each change with its sentence (corpus text:
read it in the terminal, never commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files, renumber  # noqa: E402

EVENT_PERIOD = re.compile(
    r"\s+(?:day|night|week|weekend|month|year)s?\s+(?:of|on\s+(?:sale|release))\b",
    re.IGNORECASE,
)


# "the first week he bought": the period said by a relative clause (pronoun subject, verb)
PERIOD_CLAUSE = re.compile(
    r"\s+(?:day|night|week|weekend|month|year)s?\s+(?:he|she|it|they|we|i|you)\s+[a-z]+\b",
    re.IGNORECASE,
)
# "... and 13,000 in the second": the period word elided after an ordinal
ELIDED_END = re.compile(r"\s*(?:[,;.)]|and\b|or\b|$)")


def prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    drop: set[int] = set()
    for k, g in enumerate(gold):
        if g["kind"] != "ordinal":
            continue
        before = prev_word(text, g["start"])
        period = EVENT_PERIOD.match(text, g["end"])
        if period is None and before == "the":
            period = PERIOD_CLAUSE.match(text, g["end"])
        if period is None and before == "the" and drop:
            if ELIDED_END.match(text, g["end"]):  # the period word elided: "in the second"
                drop.add(k)
                notes.append(f"[the {g.get('text') or text[g['start'] : g['end']]}] ordinal "
                             "eliding the period word of an earlier one: dropped")  # fmt: skip
            continue
        if period is None or before in ("a", "an"):
            continue
        drop.add(k)
        span = text[g["start"] : period.end()]
        notes.append(f"[{' '.join(span.split())}] ordinal naming a period of an event: dropped")
    if not drop:
        return gold, notes
    return renumber([(k, g) for k, g in enumerate(gold) if k not in drop]), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel)


if __name__ == "__main__":
    raise SystemExit(main())
