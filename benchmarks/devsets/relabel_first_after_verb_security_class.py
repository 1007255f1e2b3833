"""Relabel the numbers development gold to the lead's decisions on the thirty-seventh sample.

Decision 1 (2026-12-06): a "first" after its verb is no item ("one of the three mills would be
closed first", "she spoke first"), as the adverbial "first" meaning "initially" already is: it
orders an event, not a counted or ranked thing. It stays an ordinal with no noun only where the
sentence ranks another member with a later ordinal ("the north mill closes first and the south
mill second"). A place in a race or a table ("finished first", "was first") and "the first to"
are ranks, as the conventions had them, and are left.

Decision 2 (2026-12-06): a rank that names a class of security is no item ("first mortgage
notes", "second lien notes", "first cumulative preference shares"): the ordinal names a kind of
claim, a lexicalised compound as "third parties" is. An ordinal ranking issues by sequence
("the second tranche", "its first Swiss franc bond") stays.

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on). Running
it again changes nothing. ``--dry-run`` prints the counts per file only.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules (``--blind`` was not run).
Applied with ``--held-out`` after round sixty-seven, by a non-developer annotator: 0 changes in
the eight held-out files (fresh16 and fresh38 to fresh44); fresh16's gold already gives no item
to its one rank naming a class of security (a "first" before mortgage bonds), so nothing was
read to accept. The sixteenth sample's ordinal reading of such a rank is its second annotation's
(``numbers_fresh16_second.jsonl``, the agreement file, in no list this script reads): left for
the lead.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_first_after_verb_security_class.py \
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

from devset_files import relabel_development_files, renumber  # noqa: E402

#: the word before a "first": a verb in the past or participle form ("closed", "sold",
#: "chosen") or one of a few common irregular ones ("spoke", "went")
VERB_BEFORE = re.compile(
    r"\b(?:[a-z]+(?:ed|en)|spoke|went|ran|came|left|sold|told|paid|built|met|won|hit|cut|shut|"
    r"go|goes|speak|speaks|close|closes|sell|sells|move|moves|act|acts)\s+\Z"
)
#: verbs whose "first" is a place in a race or table (the conventions' rank), left as they are
PLACE_VERBS = re.compile(
    r"\b(?:finish(?:ed|es)?|came|come|comes|placed?|ranked|ranks?|rated|seeded|"
    r"listed|named|voted|picked|chosen|drafted)\s+\Z",
    re.I,
)
#: a later ordinal in the sentence that ranks another member ("... and the south mill second")
LATER_ORDINAL = re.compile(
    r"[^.;:!?]*?\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b", re.I
)
#: a class of security after an ordinal: a lien's rank, a mortgage bond's, a preference share's
SECURITY_CLASS = re.compile(
    r"[\s-]+(?:lien\b|mortgage\s+(?:notes?|bonds?|debentures?|loans?|securities|"
    r"certificates?)\b|(?:(?:non-?)?(?:cumulative|participating|convertible|redeemable)\s+)"
    r"{0,2}(?:preference|preferred)\s+(?:shares?|stocks?)\b)",
    re.I,
)


def _first_after_verb(text: str, g: dict[str, Any]) -> bool:
    """True for a bare ordinal "first" right after a verb that orders an event, with no later
    ordinal in its sentence ranking another member."""
    if text[g["start"] : g["end"]].lower() != "first" or g.get("quantity"):
        return False
    before = text[max(0, g["start"] - 30) : g["start"]]
    if not VERB_BEFORE.search(before) or PLACE_VERBS.search(before):
        return False
    return LATER_ORDINAL.match(text, g["end"]) is None


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        written = text[g["start"] : g["end"]]
        if g.get("kind") == "ordinal" and _first_after_verb(text, g):
            notes.append(f"first after its verb: [{written}] dropped")
            continue
        if g.get("kind") == "ordinal" and SECURITY_CLASS.match(text, g["end"]):
            notes.append(f"security class: [{written}] {g.get('quantity', '')!r} dropped")
            continue
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(":", 1)[0])


if __name__ == "__main__":
    raise SystemExit(main())
