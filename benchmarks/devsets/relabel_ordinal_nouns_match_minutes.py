"""Relabel the numbers development gold to the lead's decisions on fresh35's and fresh39's readings.

The lead decided (``docs/plugins/numbers-rounds.md``, "The lead's decisions on the
thirty-fifth sample's readings" and "... on the thirty-ninth sample's questions"):

1. **an ordinal takes a counted noun only where the noun is written with it** ("the second
   set", "the first and second sets", "the second, cheaper, model": the noun; "failed to
   score a fifth and lost", "their first since 1990", "won the first set and lost the second."):
   no noun). An ``ordinal`` item whose ``quantity`` is not written after it (within the few
   words up to a clause's end, a preposition or a verb-like break) nor right before it ("World
   War II") loses its noun. A singular slip ("its four core business") keeps the meant noun:
   that decision changes no gold;
2. **a match minute is a duration** ("scored on 52 minutes", "after 23 minutes": 52 / 23
   ``min``): "on" or "after" N minutes with no gold item there gets the duration;
3. **a count in the make-up of "each X" carries ``per`` X** ("each unit would consist of two
   shares": 2 ``share`` per ``unit``): a count or measure right after "each X consists of",
   "made up of", "comprising" or "containing" with an empty ``per`` gets X.

4. **"N years and M days" stays two durations** (the thirty-ninth's decision 1: "served two
   years and 30 days": 2 ``year``, 30 ``day``): a year is no whole number of days, so the join
   ``relabel_two_units.py`` makes for years and months would put a figure no outlet wrote. A
   ``duration`` item whose span is "N year(s) and M day(s)" becomes the two durations, each its
   own span. Every development file read so already but the thirty-ninth sample, which the lead
   named to be relabelled when it became development (round seventy).

Each is applied with this script's own small patterns read on the sentence (never the
extractor's: a bug in a rule must not flow into the gold it is scored on), to every
development file (``DEVELOPMENT_FILES``). ``--blind`` reads and writes the two blind files and
nothing else, for an annotator who does not develop the rules, reviewing every change; not
run here.

Usage::

    .venv/bin/python benchmarks/devsets/relabel_ordinal_nouns_match_minutes.py
        [--dry-run] [--show] [--blind]

It prints the changes per file and decision (counts, never text); ``--show`` prints each change
with its context (corpus text: read it in the terminal, never commit it). Running it again
changes nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import relabel_development_files, renumber  # noqa: E402

#: how many words after an ordinal its noun may stand ("the first 'lightweight' portable
#: computers", "a first Five or Six Nations title")
NOUN_REACH = 6
#: a word or a mark after an ordinal ("U.S." one word; a hyphen and an apostrophe stay in the
#: word, quotes are skipped)
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\w'’-]+|[^\w\s'’\"“”‘-]")
#: what ends the words an ordinal's noun can be among: a clause's end and the words that start
#: a phrase of their own ("a fourth to kill the tie ... the late goal": the goal is not the
#: fourth's); "of" and "and" are not among them ("the first of the blasts", "tenth and
#: eleventh plants")
BREAK_WORD = re.compile(
    r"to|since|in|at|on|for|from|with|by|after|before|than|as|into|against|is|was|are|were|be|"
    r"been|has|have|had|will|would|said|says|who|which|that|when|while",
    re.I,
)
BREAK_MARKS = frozenset(".;:!?()[]")
#: a match minute with no item (decision 2)
MATCH_MINUTE = re.compile(r"\b(?:[Oo]n|[Aa]fter)[ \t]+(?P<n>\d{1,3})[ \t]+minutes?\b(?![-'’])")
#: a count in the make-up of "each X" (decision 3)
EACH_MAKEUP = re.compile(
    r"\b[Ee]ach[ \t]+(?P<x>[a-z]+)[ \t]+(?:consists?[ \t]+of|consisting[ \t]+of|"
    r"(?:is|are|was|were)?[ \t]*made[ \t]+up[ \t]+of|comprising|comprises|containing|contains)"
    r"[ \t]+$"
)


def _stem(word: str) -> str:
    word = word.lower().strip("'’-")
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


def _same_noun(word: str, noun: str) -> bool:
    a, b = _stem(word), _stem(noun.split()[-1])
    return bool(a) and (a == b or a.startswith(b) or (b.startswith(a) and len(a) >= 4))


def noun_written(text: str, start: int, end: int, noun: str) -> bool:
    """Whether ``noun`` is written with the ordinal at ``start:end``: among the few words
    after it before a break, or the word right before it (a name: "World War II")."""
    before = re.findall(r"[\w'’-]+", text[max(0, start - 30) : start])
    if before and _same_noun(before[-1], noun):
        return True
    tail = text[end:]
    if tail[:1] == "-" and _same_noun(re.match(r"-?([\w'’-]*)", tail).group(1), noun):
        return True
    words = 0
    for m in TOKEN.finditer(tail):
        token = m.group()
        if token in BREAK_MARKS or BREAK_WORD.fullmatch(token):
            return False
        if token[0].isalnum() or token[0] == "_":
            words += 1
            if any(_same_noun(part, noun) for part in (token, *token.split("-"))):
                return True
            if words >= NOUN_REACH:
                return False
    return False


def _duration(start: int, end: int, value: float) -> dict[str, Any]:
    return {
        "start": start, "end": end, "value": value, "value_high": None, "unit": "min",
        "per": "", "quantity": "", "modifier": "", "kind": "duration",
    }  # fmt: skip


#: a duration in years and days joined into one item (decision 4); numbers as digits or words
NUMBER_WORDS = {
    w: float(k)
    for k, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
YEARS_AND_DAYS = re.compile(
    r"(?P<a>\d+|[A-Za-z]+)[ \t]+(?P<y>years?)[ \t]+and[ \t]+(?P<b>\d+|[A-Za-z]+)[ \t]+days?", re.I
)


def _number(word: str) -> float | None:
    return float(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _years_and_days(text: str, g: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The two durations of a joined "N years and M days" item, else None."""
    m = YEARS_AND_DAYS.fullmatch(text, g["start"], g["end"])
    if g["kind"] != "duration" or m is None:
        return None
    years, days = _number(m.group("a")), _number(m.group("b"))
    if years is None or days is None:
        return None
    first = {**g, "end": m.end("y"), "value": years, "value_high": None, "unit": "year"}
    second = {**g, "start": m.start("b"), "value": days, "value_high": None, "unit": "day"}
    for item in (first, second):
        item.pop("same_as", None)
        if "text" in item:
            item["text"] = text[item["start"] : item["end"]]
    return [first, second]


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under the four decisions, and one line per change ("D<n> what")."""
    notes: list[str] = []
    kept: list[tuple[int | None, dict[str, Any]]] = [(i, dict(g)) for i, g in enumerate(gold)]
    has_text = any("text" in g for g in gold)

    # 1. an ordinal's noun only where it is written with it
    for k, (old, g) in enumerate(kept):
        noun = g.get("quantity") if g["kind"] == "ordinal" else ""
        if noun and not noun_written(text, g["start"], g["end"], noun):
            kept[k] = (old, {**g, "quantity": ""})
            notes.append(f"D1 [{text[g['start'] : g['end']]}] noun {g['quantity']} dropped")
    # 2. a match minute is a duration
    for m in MATCH_MINUTE.finditer(text):
        s, e = m.start("n"), m.end()
        if any(g["start"] < e and g["end"] > s for _, g in kept):
            continue
        new = _duration(s, e, float(m.group("n")))
        if has_text:
            new["text"] = text[s:e]
        kept.append((None, new))
        notes.append(f"D2 [{m.group()}] duration added")
    # 3. a count in the make-up of "each X" carries per X
    for k, (old, g) in enumerate(kept):
        if g["kind"] in ("count", "measure") and not g.get("per"):
            m = EACH_MAKEUP.search(text[max(0, g["start"] - 60) : g["start"]])
            if m:
                kept[k] = (old, {**g, "per": m.group("x")})
                notes.append(f"D3 [{m.group()}{text[g['start'] : g['end']]}] per {m.group('x')}")
    # 4. "N years and M days" stays two durations
    for k in range(len(kept) - 1, -1, -1):
        old, g = kept[k]
        parts = _years_and_days(text, g)
        if parts:
            kept[k : k + 1] = [(old, parts[0]), (None, parts[1])]
            notes.append(f"D4 [{text[g['start'] : g['end']]}] two durations")
    kept.sort(key=lambda pair: (pair[1]["start"], pair[1]["end"]))
    return renumber(kept), notes


def main() -> int:
    return relabel_development_files(__doc__, relabel, tally=lambda note: note[:2])


if __name__ == "__main__":
    raise SystemExit(main())
