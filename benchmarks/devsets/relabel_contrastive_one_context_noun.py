"""Relabel the numbers development gold to the lead's decisions on rounds sixty-one and sixty-two.

The decision on round sixty-two's question (2026-12-06): a contrastive "one" answered by "the
other" in its sentence ("one bid came from a bank, the other from a pension fund") is no item:
it picks out a member of a set already counted and reports no figure. A "one" that counts on
its own ("one mill closed; three stayed open") stays a count.

Decision 3 on round sixty-one's questions (2026-12-06): a count's noun only where written, as
an ordinal's ("the 12 had agreed" is a count of 12 with no noun, though "the members" stand
earlier; "12 of the members" keeps ``member``). A count after "the" whose gold noun is not
written in the few words after it loses the noun; a noun elided within a list of counts ("17
people died and 22 were hurt") is the rounds' convention and stays.

This script reads each development file's gold on its sentence with its own small patterns
(never the extractor's: a bug in a rule must not flow into the gold it is scored on). Running
it again changes nothing. ``--dry-run`` prints the counts per file only.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
and nothing else, for an annotator who does not develop the rules (it was not run so).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_contrastive_one_context_noun.py \
        [--dry-run] [--show] [--blind]

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

#: "the other" later in the same sentence, not a count of the rest ("the other 12") and not
#: "the other hand" (an idiom answering "on the one hand", no count)
THE_OTHER_LATER = re.compile(
    r"[^.;:!?]{1,150}?\bthe[ \t]+other\b(?![ \t]+(?:hand\b|\d|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|dozen)\b))"
)
#: irregular plurals and the forms the gold's nouns take for them
IRREGULAR = {
    "person": ("people", "persons"), "people": ("person",), "man": ("men",), "woman": ("women",),
    "child": ("children",), "mouse": ("mice",), "foot": ("feet",), "tooth": ("teeth",),
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: a count written in the sentence, in digits or words
COUNT_WORD = re.compile(
    r"\d[\d,.]*|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"hundred|thousand|million)\b"
)


#: "the" right before a count: "the 12 had agreed" names a set the story counted before
THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
#: the words after a count in which its written noun stands ("the 12 members", "the 12 new
#: board members", "the 12 of them")
NOUN_WINDOW_WORDS = 4


def _noun_from_story(text: str, start: int, end: int, noun: str) -> bool:
    """True for a count after "the" whose noun is not written in the few words after it ("the
    12 had agreed", the noun ``member`` from "one of the members" or the story before): the
    reference is coreference, which the decision leaves out. A noun elided after another count
    of the sentence ("17 people died and 22 were hurt", "300 staff of the 4,200 employed")
    stays."""
    if not THE_BEFORE.search(text, max(0, start - 6), start) or "-" in text[start:end]:
        return False  # "the two-disc set": the noun stands in the item's own words
    head = noun.lower().split()[-1]
    forms = (head[: max(3, len(head) - 2)], *IRREGULAR.get(head, ()))
    after = [w.lower() for w in WORD.findall(text[end : end + 60])[:NOUN_WINDOW_WORDS]]
    if any(w.startswith(f) for w in after for f in forms):
        return False
    # the noun written after another count in the sentence ("another 300 staff of the 4,200
    # employed", "eight new members ... among the ten elected"): elided, as in a list of
    # counts, the rounds' convention, which the decision leaves
    return not any(
        re.match(rf"(?:[ \t-]+[A-Za-z]+){{0,2}}?[ \t-]+{re.escape(f)}", text[m.end() :], re.I)
        for m in COUNT_WORD.finditer(text)
        if m.start() != start
        for f in forms
    )


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decisions, and one line per change."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = []
    for k, g in enumerate(gold):
        written = text[g["start"] : g["end"]]
        if (
            g.get("kind") == "count"
            and written.lower() == "one"
            and THE_OTHER_LATER.match(text, g["end"])
        ):
            notes.append(f"one: [{written}] answered by 'the other': dropped")
            continue
        if (
            g.get("kind") == "count"
            and g.get("quantity")
            and _noun_from_story(text, g["start"], g["end"], g["quantity"])
        ):
            g0, g = g, dict(g, quantity="")
            notes.append(f"noun: [{written}] {g0['quantity']!r} not written with it: dropped")
        kept.append((k, g))
    if not notes:
        return gold, notes
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note.split(":", 1)[0])


if __name__ == "__main__":
    raise SystemExit(main())
