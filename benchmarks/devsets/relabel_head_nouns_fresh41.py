"""Relabel the numbers development gold to the lead's decision 3 on round seventy-two.

The decision (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on round
seventy-two's questions and the forty-first sample's readings"):

- **K: a count's noun is the head noun alone** ("two grand slams": ``slam``), as the issue's
  own example reads ("26 cruise missiles" -> missile): an analyst groups counts by head, and a
  compound's modifier is a kind of the thing, not another thing. A gold count whose counted
  noun is two or more words written apart ("grand slam", "music award") keeps its last word;
  a hyphenated noun is one word ("front-runner", "vice-chairman") and stays.

Only a compound the text writes in lower case moves ("two grand slams", the decision's
example): a title written capitalised ("six Bafta Awards", "two Golden Globes", "three Grand
Slams") keeps its compound, as ``relabel_unit_sales_name_compound.py`` (round seventy, decision
4 on the thirty-eighth sample) and the extractor read it; whether the decision reaches them is
a question for the lead (counted at the end of a run, "titles kept whole"; nothing is
written for them). Only counts move (the decision names a count's noun; an ordinal's noun,
"the third world cup", is not decided here), and not "number one" (a chart's "two number
ones": the compound names a rank, whose last word is no head noun).

The script reads the gold's ``quantity`` and how the record writes it (never the extractor: a
bug in a rule must not flow into the gold it is scored on), in every development file
(``DEVELOPMENT_FILES``).
Running it again changes nothing.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules; with ``--dry-run`` either prints
the counts per file only.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_head_nouns_fresh41.py \
        [--dry-run] [--show] [--blind | --held-out]

``--show`` prints each change with its sentence (corpus text: read it in the terminal, never
commit it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files  # noqa: E402

#: compounds whose last word is no head noun
NOT_HEADED = frozenset(["number one"])
#: the capitalised titles a run met and kept (counted at its end, for the lead)
TITLES_KEPT: list[str] = []


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    out: list[dict[str, Any]] = []
    for g in gold:
        noun = " ".join((g.get("quantity") or "").split())
        if g.get("kind") == "count" and " " in noun and noun.lower() not in NOT_HEADED:
            words = r"[ \t\n]+".join(re.escape(w) for w in noun.split())
            # the compound as the record writes it, after the count or before it ("a Grand
            # Slam ..., two more followed")
            written = re.compile(words, re.IGNORECASE).finditer(text)
            if any(c.isupper() for m in written for c in m.group()):
                TITLES_KEPT.append(noun)
            else:
                head = noun.rsplit(" ", 1)[1]
                notes.append(f"K: [{text[g['start'] : g['end']]}] {noun} -> {head}")
                g = dict(g, quantity=head)
        out.append(g)
    return (out if notes else gold), notes


def main() -> int:
    code = relabel_development_files(__doc__, relabel, tally=lambda note: note.split(":", 1)[0])
    print(f"titles kept whole (for the lead): {len(TITLES_KEPT)}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
