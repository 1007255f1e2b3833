"""Relabel the numbers development gold to the lead's decisions on ambiguities 2-8 (issue 17).

The decisions (README section "Resolved: ambiguities 2-8", taken after the agreement study on
the fourth fresh sample) settle what the earlier files chose either way or not at all. This
script applies each one to the gold as written, with its own small patterns read on the
sentence (not the extractor's: a bug in a rule must not flow into the gold it is scored on):

2. an ordinal that names a period ("the first quarter", "first-half", "4TH QTR") is no item;
   one that ranks periods stays ("a sixth straight quarter", "a sixth quarter in a row");
3. a number labelling the noun before it ("round one") is kind ``name``;
4. "one of N": the "one" is a pronoun, no item; "one in N" is one ``fraction`` 1/N with the
   noun, not two counts ("all but one of" is a count of the exception and stays);
5. "decade"/"century" only under a written number, in years ("two decades" 20 year);
   "decade-long" alone no item; "multi-million" a vague range (2e6-9,999,999) of the currency
   written after it; the vague plurals ("dozens", "thousands of") are items, ranges of
   modifier ``vague`` (the Wikinews files, annotated before the guide said so, left them
   out); "tenfold" counts ``time``; "pair", "couple", "duo", "trio", "twin", "quartet" are no
   items;
6. split ratios written as a pair ("two-for-one") and durations anchoring a date ("five years
   ago", "two days earlier", "six minutes later") are no items;
7. the noun the sentence elides (hand-listed in ``ELIDED``: "24 people ... as many as 32
   hospitalised"); no counted noun when the only candidate is a model designation ("all 11 of
   its 747-SRs");
   an ordinal takes the noun it ranks only when the noun follows it: none after "the second
   of ...", none through a superlative ("the second largest carmaker" ranks "largest");
8. ``modifier`` the words as written, lower case ("exceeded", "upwards of", "or
   thereabouts", "less than"), found next to the span.

No blind file is read or written unless asked: ``--blind`` reads and writes the two blind files
(``numbers_blind.jsonl``, ``numbers_blind2.jsonl``) and nothing else, for an annotator who does
not develop the rules to bring their gold to the decisions, reviewing every change (the blind
files stay measured only: aggregates, never their items against the extractor's output).
Applied after round seven: 3 changes in ``numbers_blind.jsonl`` (D6, three "N years ago"
durations, one of them a range), none in ``numbers_blind2.jsonl`` (annotated under the
decisions); each read in its sentence, all accepted (no pattern misfired there, so the script
needs no exclusion for them).

Only the development files the decisions were made for are read (``DECISION_FILES``: those
annotated before them, and fresh5 and fresh6, which joined while the script was being applied);
the later files' annotators read the decisions, and the lead's decision 3 on fresh25 makes a
script a no-op on them (re-run over fresh21 and fresh23 it rewrote three modifiers, one
wrongly: "at least an estimated" read as "estimated").

Usage::

    .venv/bin/python benchmarks/devsets/relabel_ambiguities_2_8.py [--dry-run] [--show] [--blind]

It prints the changes per file and decision; ``--show`` prints each change with its context
(corpus text: read it in the terminal, never commit it). Running it again changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from devset_files import DEVELOPMENT_FILES, relabel_development_files, renumber  # noqa: E402

#: the development files the decisions were made for (round seven: through fresh6)
DECISION_FILES = DEVELOPMENT_FILES[: DEVELOPMENT_FILES.index("numbers_fresh6.jsonl") + 1]

NAMED_PERIOD = re.compile(
    r"\s*-?\s*(?i:quarter|qtr|half|period)\b"
    r"(?!-(?i:finals?|century|centuries|marathon|back|brother|sister)\b)"  # "first quarter-final"
)
RANKED_PERIOD = re.compile(r"\s+(?:in\s+a\s+row|running|straight)\b")
ANCHOR = re.compile(r"\s+(?:ago|earlier|later)\b(?!\s+than\b)")
SUPERLATIVE = re.compile(r"(?:\s+(?:most|least|[a-z]{3,}est)|-[a-z]{3,}est)\b")
#: nouns that end like a superlative ("the first contest")
EST_NOUNS = {
    "contest",
    "interest",
    "request",
    "harvest",
    "forest",
    "protest",
    "inquest",
    "conquest",
    "manifest",
    "unrest",
    "behest",
    "test",
    "guest",
    "quest",
    "chest",
}
MODEL_AFTER = re.compile(
    r"\s+of\s+(?:(?:its|the|their|his|her|our|these|those)\s+)?"
    r"(?:[A-Z][A-Za-z]+\s+\d{2,}|[A-Z]{0,3}-?\d{2,}(?:-[A-Z]+|[A-Z]+|['’]?s\b))"
)
NUMBER_WORD = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|half)\b"
)
GROUP_NOUNS = {"pair", "pairs", "couple", "couples", "duo", "trio", "twin", "twins", "quartet"}
MULTI = re.compile(
    r"\b(?i:multi-?(million|billion))(?:\s*-?\s*(stg|sterling|pounds?|dollars?|dlrs|"
    r"euros?))?\b"
)
#: the vague plurals of the guide (ranges 2-9 of the unit), as the extractor's scanner lists them
VAGUE = re.compile(
    r"\b(?i:(?:tens|hundreds|thousands)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:a\s+few|several|many)\s+(?:dozen|hundred|thousand|million|billion)"
    r"(?!\s+(?:and|hundred|thousand|million|billion)\b)"
    r"|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions|trillions)\b"
)
VAGUE_SCALES = {"dozen": 12.0, "score": 20.0, "ten": 10.0, "hundred": 1e2, "thousand": 1e3,
                "million": 1e6, "billion": 1e9, "trillion": 1e12}  # fmt: skip
VAGUE_NOUN = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:[a-z-]+\s+){0,2}?([a-z]+s)\b")
MULTI_CURRENCY = {"stg": "GBP", "sterling": "GBP", "pound": "GBP", "dollar": "USD",
                  "dlrs": "USD", "euro": "EUR"}  # fmt: skip
#: the written modifiers the decisions meet (the guide's list and the forms the files hold)
MODIFIERS = (
    "no more than|nor more than|not to exceed|no fewer than|no less than|more than|less than|"
    "fewer than|greater than|at least|at most|up to|as many as|as much as|as few as|"
    "as little as|close to|upwards of|in excess of|just over|just under|well over|"
    "estimated|exceeded|exceeding|exceeds|exceed|nearly|almost|about|around|"
    "approximately|roughly|some|over|under|above|below|exactly|precisely|~"
)
MODIFIER_BEFORE = re.compile(r"(?<![A-Za-z])(" + MODIFIERS + r")\s*$", re.IGNORECASE)
MODIFIER_AFTER = re.compile(r"\s+(or\s+(?:thereabouts|so))\b", re.IGNORECASE)


#: counts whose noun the sentence elides and names (decision 7: "all 120,000 [tickets]"), which
#: the Wikinews files, annotated under "empty when none is written after the number", left
#: empty; each read by hand (key: SHA-256 prefix of the sentence, item start). Not elided
#: where the sentence names no noun of the count ("killed three", "voted 66 to 27", "served
#: more than two") or only another group ("90 civilians were wounded, as were seventeen from
#: the Armed Forces"; "two Argentinians, one from France"; "between the two blasts, at least
#: 20 were killed").
ELIDED = {
    ("da9287fc2ab17341", 83): "term",  # "limited to two terms and representatives to three"
    ("bb1ff2257cc3c4ba", 40): "crew",  # "Crew totals ... both eleven and twelve reported"
    ("bb1ff2257cc3c4ba", 51): "crew",
    ("139a4538f9efb334", 82): "civilian",  # "five other civilians ... around twenty more"
    ("85c209411834cf3b", 100): "person",  # "24 people ... as many as 32 hospitalised"
    ("c6c68eafbd5b1be8", 35): "person",  # "seventeen people died and 35 were rescued"
    ("2f75f0a792953146", 58): "person",  # "nine people and injured at least 50 more"
    ("267e178cb84fbee7", 182): "person",  # "22 people ... with 25 others injured"
}


def prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def singular(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def relabel(text: str, gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The record's gold under decisions 2-8, and one line per change ("D<n> what")."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    notes: list[str] = []
    items = [dict(g, _old=i) for i, g in enumerate(gold)]
    drop: set[int] = set()

    def span(g: dict[str, Any]) -> str:
        return text[g["start"] : g["end"]]

    def note(d: int, g: dict[str, Any], what: str) -> None:
        notes.append(f"D{d} [{span(g)}] {what}")

    for k, g in enumerate(items):
        if k in drop:  # merged into the item before
            continue
        s, e, kind, low = g["start"], g["end"], g["kind"], span(g).lower()
        after = text[e : e + 40]
        # 2. an ordinal naming a period
        if kind == "ordinal" and not low.startswith(("round", "number", "no")):
            period = NAMED_PERIOD.match(after)
            if (
                period is not None
                # "a second quarter of growth" ranks; "a second-half chance" names
                and ("-" in period.group() or prev_word(text, s) not in ("a", "an"))
                and not RANKED_PERIOD.match(after[period.end() :])
            ):
                drop.add(k)
                note(2, g, "ordinal naming a period: dropped")
                continue
        # 3. a number labelling the noun before it
        if kind == "ordinal" and (low.startswith("round") or prev_word(text, s) == "round"):
            note(3, g, "label after a noun: ordinal -> name")
            g.update(kind="name", quantity="")
            continue
        # 4. "one of N" (pronoun) and "one in N" (one fraction)
        if kind == "count" and low == "one" and g["value"] == 1.0:
            if re.match(r"\s+of\b", after) and prev_word(text, s) not in ("but", "least"):
                drop.add(k)
                note(4, g, "'one of': a pronoun, dropped")
                continue
            nxt = items[k + 1] if k + 1 < len(items) else None
            if (
                nxt is not None
                and nxt["kind"] == "count"
                and re.fullmatch(r"\s+in\s+", text[e : nxt["start"]])
                and nxt["value"] > 1
            ):
                noun = singular(nxt.get("quantity") or g.get("quantity") or "")
                note(4, g, f"'one in {span(nxt)}': two counts -> fraction 1/{nxt['value']:g}")
                g.update(end=nxt["end"], value=1.0 / nxt["value"], kind="fraction", quantity=noun)
                if "text" in g:
                    g["text"] = text[g["start"] : g["end"]]
                drop.add(k + 1)
                continue
        # 5. number words
        if low in GROUP_NOUNS:
            drop.add(k)
            note(5, g, "group noun: dropped")
            continue
        if kind == "duration" and re.search(r"(?i)decades?|centur", low):
            # "for a decade" is a duration by the later decision 2 on round fifty-two's
            # questions (``relabel_grade_players_for_a_period.py`` adds it): not dropped here
            after_for = re.search(r"(?i)\bfor\s+$", text[max(0, s - 6) : s])
            if not after_for and not NUMBER_WORD.search(
                re.sub(r"(?i)decades?|centur(?:y|ies)|-long", "", low)
            ):
                drop.add(k)
                note(5, g, "decade/century without a written number: dropped")
                continue
            factor = 100.0 if re.search(r"(?i)centur", low) else 10.0
            if g.get("unit") != "year":
                note(5, g, f"{g['value']:g} {g.get('unit')} -> {g['value'] * factor:g} year")
                g.update(value=g["value"] * factor, unit="year")
                if g.get("value_high") is not None:
                    g["value_high"] *= factor
        if re.fullmatch(r"[a-z]+-?fold", low) and not g.get("quantity"):
            note(5, g, "multiplier: counted noun 'time'")
            g["quantity"] = "time"
        # 6. ratios and date anchors
        if re.search(r"\w-for-\w", low):
            drop.add(k)
            note(6, g, "ratio written as a pair: dropped")
            continue
        if kind == "duration" and ANCHOR.match(after):
            drop.add(k)
            note(6, g, "duration anchoring a date: dropped")
            continue
        # 7. counted noun
        elided = ELIDED.get((key, s))
        if kind == "count" and not g.get("quantity") and elided:
            note(7, g, f"noun the sentence elides: {elided!r}")
            g["quantity"] = elided
        if kind == "count" and g.get("quantity") and MODEL_AFTER.match(after):
            note(7, g, f"noun {g['quantity']!r} of a model designation -> ''")
            g["quantity"] = ""
        if kind == "ordinal" and g.get("quantity"):
            sup = SUPERLATIVE.match(after)
            if sup and sup.group().strip(" -\n\t") in EST_NOUNS:
                sup = None
            if re.match(r"\s+of\b", after) or sup:
                note(7, g, f"ordinal's noun {g['quantity']!r} does not follow it -> ''")
                g["quantity"] = ""
        # 8. modifier as written
        written = MODIFIER_BEFORE.search(text[max(0, s - 24) : s])
        inside = re.match(r"~", span(g))
        later = MODIFIER_AFTER.match(after)
        word = written.group(1) if written else "~" if inside else later.group(1) if later else ""
        word = re.sub(r"\s+", " ", word.lower())
        mod = g.get("modifier") or ""
        if mod == "vague":
            continue
        if word and mod != word and (mod or later):
            note(8, g, f"modifier {mod!r} -> {word!r} (as written)")
            g["modifier"] = word
    # 5. "multi-million" not yet an item: a vague range of the currency after it
    for m in MULTI.finditer(text):
        if any(g["start"] < m.end() and m.start() < g["end"] for g in items):
            continue
        scale = 1e6 if m.group(1).lower() == "million" else 1e9
        cur = (m.group(2) or "").lower()
        unit = MULTI_CURRENCY.get(cur.rstrip("s") if cur != "dlrs" else cur, "")
        new = {"start": m.start(), "end": m.end(), "value": 2 * scale,
               "value_high": 10 * scale - 1, "unit": unit, "per": "", "quantity": "",
               "modifier": "vague", "kind": "money" if unit else "count", "_old": None}  # fmt: skip
        items.append(new)
        note(5, new, f"multi-{m.group(1).lower()}: vague range {unit or 'count'} added")
    # 5. a vague plural not yet an item (the Wikinews files left them out): a range 2-9 of its
    # unit ("thousands" 2,000-9,999, "dozens" 24-119, "tens of thousands" 20,000-99,999)
    for m in VAGUE.finditer(text):
        if any(g["start"] < m.end() and m.start() < g["end"] for g in items):
            continue
        words = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", m.group())]
        scale = VAGUE_SCALES[words[-1]] * (VAGUE_SCALES[words[0]] if "of" in words else 1.0)
        of = VAGUE_NOUN.match(text, m.end())
        new = {"start": m.start(), "end": m.end(), "value": 2 * scale,
               "value_high": 10 * scale - 1, "unit": "", "per": "",
               "quantity": singular(of.group(1)) if of else "", "modifier": "vague",
               "kind": "count", "_old": None}  # fmt: skip
        items.append(new)
        note(5, new, f"vague plural added: {2 * scale:g}-{10 * scale - 1:g} {new['quantity']}")
    kept = sorted((g for k, g in enumerate(items) if k not in drop), key=lambda g: g["start"])
    return renumber([(g["_old"], {k: v for k, v in g.items() if k != "_old"}) for g in kept]), notes


def match_format(new: dict[str, Any], inline: bool, text: str) -> dict[str, Any]:
    """An item in the file's own fields (Wikinews items keep their text, no ``per``)."""
    if inline and "text" not in new:
        new = {"start": new["start"], "end": new["end"], "text": text[new["start"] : new["end"]],
               **{k: v for k, v in new.items() if k not in ("start", "end", "per")}}  # fmt: skip
    return new


def main() -> int:
    return relabel_development_files(
        __doc__,
        relabel,
        reformat=match_format,
        tally=lambda note: note[:2],
        files=DECISION_FILES,
    )


if __name__ == "__main__":
    raise SystemExit(main())
