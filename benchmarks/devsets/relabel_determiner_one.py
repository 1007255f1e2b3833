"""Relabel the numbers development gold to the lead's decision 1 on round seventy-four.

The decision (2026-12-07, ``docs/plugins/numbers-rounds.md``, "The lead's decisions on round
seventy-four's questions"):

- **"one" as a determiner before a noun counts it** ("he borrowed one riff from an old record":
  a count of 1 ``riff``), as decision 12 on the fifty-second sample reads "One property ... is
  the ranch". Not "one day" meaning some day, the pronoun "one", or an appositive "one that"
  (the older decisions stand).

A gold with no item on a "one" gets a count of 1 of the noun right after it where the script can
tell that word is the noun phrase's head: one lower-case word (not a function word, an adverb
in "-ly" or a period of time) followed by punctuation or a function word ("one riff from",
"one track and"). Left alone, so no older decision is undone: "no one", "one of", "one
another", "one that/which/who", "one day", a hyphenated "one-time", a capitalised "One" inside
a sentence (a name: "Radio One"), a "one" answered later by "the other" or "another" (the
contrastive decision on round sixty-two), and the idioms the development gold leaves
("for one minute", "in one piece", "at one stage", "on the one hand", "one better", "one eye
on"), a "one" after a determiner in the two words before it ("this one works", "a commercial
one due to": the pronoun) and a participle after it ("one tailored for"). A noun
of two words ("one truck driver was") is not guessed: such a record is counted at the end of
a run ("two-word phrases left"), for the lead.

The script reads the gold and the record's text with its own small patterns (never the
extractor: a bug in a rule must not flow into the gold it is scored on), in fresh43 only, the
file the decision names (decision 3 on fresh25: a script is a no-op on files it was not made
for). Running it again changes nothing.

No blind or held-out file is read or written unless asked: ``--blind`` reads and writes the two
blind files and nothing else, ``--held-out`` the held-out samples (``HELD_OUT_FILES``) and
nothing else, for an annotator who does not develop the rules; with ``--dry-run`` either prints
the counts per file only.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_determiner_one.py \
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

FILES = ("numbers_fresh22.jsonl", "numbers_fresh43.jsonl")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


#: words that end a noun phrase after its head ("one riff from", "one track and")
AFTER_HEAD = _words(
    "from and or but in on at to for with by into onto over under about after before as than "
    "is was are were will would could should can may might has had have did does"
)
#: words after "one" that are no noun (its pronoun, a partitive, a reciprocal, a clause)
NOT_NOUN = _words(
    "of another other that which who whom whose more less better only day again such way "
    "or and but to in on at for by with from as is was are were will would could should can "
    "may might must has had have did does do said says the a an this that his her its their "
    "our my your it he she they we i you itself himself herself back due"
)
#: a determiner or article in the two words before "one": its pronoun ("this one works", "a
#: commercial one due to", "the fastest one itself")
DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|which|each|every|any|another)(?:[ \t\n]+[\w-]+)?[ \t\n]+\Z",
    re.IGNORECASE,
)
#: periods of time: a "one month" is a duration or a tenor, not a counted thing
PERIOD = _words("second minute hour day night week month quarter year decade century")
#: idioms before "one" that the development gold leaves ("for one minute", "in one piece")
IDIOM_BEFORE = re.compile(r"(?:\b(?:for|in|at|no|the|any|every)[ \t\n]+)\Z", re.IGNORECASE)
#: a later "the other" or "another" in the sentence: the contrastive decision's shape
CONTRAST_LATER = re.compile(r"\b(?:the[ \t\n]+other|another)\b", re.IGNORECASE)
ONE = re.compile(
    r"(?<![\w-])(?P<one>[Oo]ne)(?![\w-])[ \t\n]+(?P<noun>[a-z][a-z]+)(?![\w-])"
    r"(?P<after>[ \t\n]+[A-Za-z]+|[ \t\n]*[,.;:!?)\"'])?"
)
NEXT_WORD = re.compile(r"[ \t\n]+([a-z]+)(?![\w-])")
#: a verb in "-s" after the noun ends the phrase ("one condition calls for", "one prospectus
#: covers a"): a lower-case word in "-s" (not "-ss", "-us", "-is" or "-ous") followed by a
#: function word or an article; a plural after "one NOUN" is no noun phrase's head
VERB_S = re.compile(r"[a-z]+[^suio]s\Z")
AFTER_VERB = AFTER_HEAD | _words("the a an its his her their this that these those")
#: two-word phrases a run met and left (for the lead)
LEFT: list[str] = []


def _singular(word: str) -> str:
    return word  # after "one" the noun is singular already ("one riff")


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the decision, and one line per change."""
    notes: list[str] = []
    added: list[dict[str, Any]] = []
    for m in ONE.finditer(text):
        start, end = m.span("one")
        if any(g["start"] < end and start < g["end"] for g in gold):
            continue
        noun, after = m.group("noun"), (m.group("after") or "").strip()
        before = text[:start].rstrip()
        if m.group("one") == "One" and before and before[-1] not in '."“':
            continue  # a capitalised "One" inside a sentence: a name
        if noun in NOT_NOUN or noun in PERIOD or noun.endswith(("ly", "ed")):
            continue  # a function word, a period, an adverb or a participle ("one tailored for")
        if DETERMINER_BEFORE.search(text, max(0, start - 30), start):
            continue
        if noun == "eye" and after.lower() == "on":
            continue  # "have one eye on": an idiom
        if IDIOM_BEFORE.search(text, max(0, start - 8), start):
            continue
        sentence_end = re.compile(r"[.;!?](?:[ \t\n]|\Z)").search(text, end)
        if CONTRAST_LATER.search(text, end, sentence_end.start() if sentence_end else len(text)):
            continue
        ends = bool(after) and (after[0] in ",.;:!?)\"'" or after.lower() in AFTER_HEAD)
        if not ends and VERB_S.match(after):
            nxt = NEXT_WORD.match(text, m.end())
            ends = bool(nxt) and nxt.group(1) in AFTER_VERB  # "one condition calls for"
        if not ends:
            LEFT.append(f"{m.group('one')} {noun} {after}")
            continue
        item = {
            "start": start, "end": end, "value": 1.0, "value_high": None, "unit": "",
            "per": "", "quantity": _singular(noun), "modifier": "", "kind": "count",
        }  # fmt: skip
        added.append(item)
        notes.append(f"one: [{text[start:end]} {noun}] a count of 1 {noun!r}")
    if not added:
        return gold, notes
    kept: list[tuple[int | None, dict[str, Any]]] = [(k, g) for k, g in enumerate(gold)]
    kept += [(None, a) for a in added]
    kept.sort(key=lambda pair: pair[1]["start"])
    return renumber(kept), notes


def main() -> int:
    code = relabel_development_files(
        __doc__, relabel, tally=lambda note: note.split(":", 1)[0], files=FILES
    )
    print(f"two-word phrases left (for the lead): {len(LEFT)}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
