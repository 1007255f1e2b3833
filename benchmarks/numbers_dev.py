"""Precision, recall and F1 of newslens-numbers on every numbers set, per genre, beside quantulum3.

Usage::

    .venv/bin/python benchmarks/numbers_dev.py [--peer-python /tmp/bench-venv/bin/python]
        [--blind FILE] [--errors FILE] [--devset FILE] [--classes] [--held-out]

Sets, each scored separately (``--devset FILE`` scores one file alone; ``--held-out`` adds
the held-out fresh samples of ``devset_files.HELD_OUT_FILES`` as aggregates, in all and per
corpus, never to ``--errors``):

- ``numbers_wikinews.jsonl`` (development) and ``numbers_wikinews_heldout.jsonl`` (held out):
  Wikinews sentences with their text (CC BY 2.5);
- ``numbers_news.jsonl``: BBC News 2004-05 (five genres) and Reuters-21578 development
  sentences, stored as corpus, document key, sentence offsets and a SHA-256, never the text:
  the text is read from ``../shared/data`` and a set whose corpora are absent or whose hashes
  differ is skipped with a message; reported per genre and in all;
- ``numbers_fresh.jsonl``: a second, fresh development sample of the same corpora (165
  sentences drawn by ``numbers_fresh_sample.py`` with another seed from articles in neither the
  blind third nor ``numbers_news.jsonl``), stored and reported the same way; its first score,
  taken before any rule was changed on it, is in ``benchmarks/devsets/README.md``;
- ``numbers_fresh2.jsonl``: a third sample drawn the same way (``--round 2``, 105 sentences),
  annotated after the rules the first fresh sample led to, and scored as their held-out check;
- ``numbers_fresh3.jsonl``: a Reuters-21578 sample (``--round 3``, 120 sentences) drawn and
  annotated for issue 17's third round, scored before any rule changed on it;
- ``numbers_fresh4.jsonl``: half Reuters-21578, half BBC News (``--round 4``, 120 sentences),
  annotated for issue 17's fourth round and scored before any rule changed on it;
- ``numbers_fresh5.jsonl``: BBC News only, 30 sentences per genre (``--round 5``, 150
  sentences), annotated for issue 17's fifth round and scored before any rule changed on it;
- ``numbers_fresh6.jsonl``: BBC News only, 20 sentences each from tech, entertainment and
  business (``--round 6``, 60 sentences), annotated for issue 17's sixth round and scored
  before any rule changed on it;
- ``numbers_fresh7.jsonl``: BBC News only, 120 sentences weighted toward tech and entertainment
  (``--round 7``), annotated for issue 17's seventh round and scored before any rule changed
  on it;
- ``numbers_fresh8.jsonl`` and ``numbers_fresh9.jsonl``: 120 sentences each, Reuters-21578 40
  and 16 per BBC genre (``--round 8``, ``--round 9``); the ninth was round nine's held-out
  test, scored once at the round's end with its rules and with round eight's;
- ``numbers_fresh10.jsonl``: the same quotas (``--round 10``), round ten's held-out test, scored
  once at the round's end with its rules and with main's in the same sitting;
- ``numbers_fresh11.jsonl``: the same quotas (``--round 11``), round twelve's held-out test,
  scored once at the round's end with its rules and with main's in the same sitting;
  a development file since round thirteen;
- ``numbers_fresh12.jsonl``: the same quotas (``--round 12``), round thirteen's held-out test,
  scored once at the round's end with its rules and with main's in the same sitting;
  a development file since round fourteen;
- ``numbers_fresh13.jsonl``: the same quotas (``--round 13``), round fourteen's held-out test,
  scored once at the round's end with its rules and with main's in the same sitting;
  a development file since round sixteen;
- ``numbers_fresh14.jsonl``: the same quotas (``--round 14``), round sixteen's held-out test,
  scored once at the round's end with its rules and with main's in the same sitting;
- ``numbers_fresh15.jsonl``: the same quotas (``--round 15``), round eighteen's held-out test,
  scored once at the round's end with its rules and with main's in the same sitting;
  a development file since round nineteen;
- ``numbers_fresh16.jsonl``: the same quotas (``--round 16``), round nineteen's held-out test,
  scored once at the round's end with its rules and with main's in the same sitting;
- ``numbers_fresh17.jsonl`` (when present): the same quotas (``--round 17``), annotated by a
  helper who does not write the rules, before any extractor ran on it: held out, scored once
  after round nineteen; a development file since round twenty;
- ``numbers_fresh18.jsonl`` (when present): the same quotas (``--round 18``), annotated the same
  way by another non-developer: held out, scored once after round twenty; a development file
  since round twenty-two;
- ``numbers_fresh19.jsonl`` (when present): the same quotas (``--round 19``), annotated the same
  way by a third non-developer: held out, scored once after round twenty-two (the lead); a
  development file since round twenty-three;
- ``numbers_fresh20.jsonl`` (when present): the same quotas (``--round 20``), annotated the same
  way by a fourth non-developer: held out, scored after rounds twenty-two to twenty-four (the
  lead); a development file since round twenty-five;
- ``numbers_fresh21.jsonl`` (when present): the same quotas (``--round 21``), annotated the same
  way by a fifth non-developer: held out, scored after rounds twenty-four to twenty-six (the
  lead); a development file since round twenty-seven;
- ``numbers_fresh22.jsonl`` (when present): the same quotas (``--round 22``), annotated the same
  way by a sixth non-developer: held out, scored after rounds twenty-five to twenty-seven (the
  lead); a development file since round twenty-eight;
- ``numbers_fresh23.jsonl`` (when present): the same quotas (``--round 23``), annotated the same
  way by a seventh non-developer: held out, scored after rounds twenty-five to twenty-eight (the
  lead, and round twenty-nine before any change); a development file since round twenty-nine,
  its gold brought to two older conventions by ``relabel_multiplier_relay.py``;
- ``numbers_fresh24.jsonl`` (when present): the same quotas (``--round 24``), annotated the same
  way by an eighth non-developer: held out, scored after rounds twenty-seven to thirty (the
  lead, and round thirty-one before any change); a development file since round thirty-one;
- ``numbers_fresh25.jsonl`` (when present): the same quotas (``--round 25``), annotated the same
  way by a ninth non-developer: held out, scored after rounds twenty-eight to thirty-one (the
  lead, and round thirty-four before any change); a development file since round thirty-four;
- ``numbers_fresh26.jsonl`` (when present): the same quotas (``--round 26``), annotated the same
  way by a tenth non-developer: held out, scored with 0.21.0 to 0.25.0 (the lead,
  and round thirty-six before any change); a development file since round thirty-six;
- ``numbers_fresh27.jsonl`` (when present): the same quotas (``--round 27``), annotated the same
  way by an eleventh non-developer: held out, scored with 0.22.0 to 0.26.0 (the lead, and
  round thirty-seven before any change); a development file since round thirty-seven;
- ``numbers_fresh28.jsonl`` (when present): the same quotas (``--round 28``), annotated the same
  way by a twelfth non-developer: held out, scored with 0.23.0 to 0.27.2 (the lead, and
  round thirty-nine before any change); a development file since round thirty-nine;
- ``numbers_fresh29.jsonl`` (when present): the same quotas (``--round 29``), annotated the same
  way by a thirteenth non-developer: held out, scored with 0.24.0 to 0.28.3 (the lead, and
  round forty-three before any change); a development file since round forty-three;
- ``numbers_fresh30.jsonl`` (when present): the same quotas (``--round 30``), annotated the same
  way by a fourteenth non-developer: held out, scored with 0.25.0 to 0.28.6 (the lead, and
  round forty-six before any change); a development file since round forty-six;
- ``numbers_fresh31.jsonl`` (when present): the same quotas (``--round 31``), annotated the same
  way by a fifteenth non-developer: held out, scored with 0.26.0 to 0.28.7 (the lead, and
  round forty-seven before any change); a development file since round forty-seven;
- ``numbers_fresh32.jsonl`` (when present): the same quotas (``--round 32``), annotated the same
  way by a sixteenth non-developer: held out, scored with 0.27.2 to 0.28.8 (the lead, and
  round forty-nine before any change); a development file since round forty-nine;
- ``numbers_fresh33.jsonl`` (when present): the same quotas (``--round 33``), annotated the same
  way by a seventeenth non-developer: held out, scored with 0.28.3 to 0.28.11 (the lead, and
  round fifty-one before any change); a development file since round fifty-one;
- ``numbers_fresh34.jsonl`` (when present): the same quotas (``--round 34``), annotated the same
  way by an eighteenth non-developer: held out, scored with 0.28.6 to 0.28.11 (the lead, and
  round fifty-three before any change); a development file since round fifty-three;
- ``numbers_fresh35.jsonl`` (when present): the same quotas (``--round 35``), annotated the same
  way by a nineteenth non-developer: held out, scored with 0.28.7 to 0.28.20 (the lead, and
  round fifty-seven before any change); a development file since round fifty-seven;
- ``numbers_fresh36.jsonl`` (when present): the same quotas (``--round 36``), annotated the same
  way by a twentieth non-developer: held out, scored with 0.28.9 to 0.28.25 (the lead, and
  round sixty-one before any change); a development file since round sixty-one;
- ``numbers_fresh37.jsonl`` (when present): the same quotas (``--round 37``), annotated the same
  way by a twenty-first non-developer: held out, scored with 0.28.11 to 0.28.30 (the lead, and
  round sixty-five before any change); a development file since round sixty-five;
- ``numbers_fresh38.jsonl`` (when present): the same quotas (``--round 38``), annotated the same
  way by a twenty-second non-developer: held out, scored with 0.28.18 to 0.28.35 (the lead, and
  round sixty-nine before any change); a development file since round sixty-nine;
- ``numbers_fresh39.jsonl`` (when present): the same quotas (``--round 39``), annotated the same
  way by a twenty-third non-developer: held out, scored with 0.28.20 to 0.28.36 (the lead, and
  round seventy before any change); a development file since round seventy;
- ``numbers_fresh40.jsonl`` (when present): the same quotas (``--round 40``), annotated the same
  way by a twenty-fourth non-developer: held out, scored with 0.28.23 to 0.28.37 (the lead, and
  round seventy-one before any change); a development file since round seventy-one;
- ``numbers_fresh41.jsonl`` (when present): the same quotas (``--round 41``), annotated the same
  way by a twenty-fifth non-developer: held out, scored with 0.28.24 to 0.28.38 (the lead, and
  round seventy-two before any change); a development file since round seventy-two;
- ``numbers_fresh42.jsonl`` (when present): the same quotas (``--round 42``), annotated the same
  way by a twenty-sixth non-developer: held out, scored with 0.28.25 to 0.28.39 (the lead, and
  round seventy-three before any change); a development file since round seventy-three;
- ``numbers_fresh43.jsonl`` (when present): the same quotas (``--round 43``), annotated the same
  way by a twenty-seventh non-developer: held out, scored with 0.28.29 to 0.28.40 (the lead, and
  round seventy-four before any change); a development file since round seventy-four;
- ``numbers_fresh44.jsonl`` (when present): the same quotas (``--round 44``), annotated the same
  way by a twenty-eighth non-developer: held out, scored with 0.28.30 to 0.28.43 (the lead, and
  round seventy-seven before any change); a development file since round seventy-seven;
- ``numbers_fresh45.jsonl`` (when present): the same quotas (``--round 45``), annotated the same
  way by a twenty-ninth non-developer: held out, scored with 0.28.35 to 0.28.44 (the lead, and
  round seventy-eight before any change); a development file since round seventy-eight;
- ``numbers_fresh46.jsonl`` (when present): the same quotas (``--round 46``), annotated the same
  way by a thirtieth non-developer: held out, scored with 0.28.35 to 0.28.45 (the lead, and
  round seventy-nine before any change); a development file since round seventy-nine;
- ``numbers_fresh47.jsonl`` (when present): the same quotas (``--round 47``), annotated the same
  way by a thirty-first non-developer: held out, scored with 0.28.35 to 0.28.46 (the lead, and
  round eighty before any change); a development file since round eighty
  (``numbers_fresh48.jsonl`` to ``numbers_fresh60.jsonl``, a thirty-second to a forty-fourth
  non-developer's, are held out and scored only as aggregates under ``--held-out``);
- the blind third (``numbers_blind.jsonl`` beside the others, or ``--blind FILE``), annotated by
  a helper who never read the rules: only aggregate figures are printed, and its items never
  go to ``--errors``. Its sentences that also occur in a developer document (reposts) are
  reported with and without;
- the second blind file (``numbers_blind2.jsonl``), drawn from the same blind partition by
  another annotator who never read the rules, after the guide's ambiguities were settled:
  scored and printed like the first.

A finding matches a gold item when their spans overlap and the values agree (relative
tolerance 1e-6; a range must agree on both ends); matching is one-to-one. "value" scores that;
"value+unit" also requires the same unit, where a counted noun counts as the unit (as in the
CQE paper): the gold unit and its ``per`` (compound units: "$4 a share" is USD per share), or
else the gold counted noun folded to singular, must equal ours. Items of kind ``name``
("iPhone 11", "Six Nations") are no quantities: they are dropped from gold and findings alike
before matching. "noun" is the counted-noun accuracy over matched counts whose gold names one.

The peer, quantulum3 (install: ``python3 -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip
install quantulum3 stemming scikit-learn==1.8.0``; without ``stemming`` it raises on most
texts, and its pickled classifier needs scikit-learn 1.8), is scored the same way when its
interpreter is available; it reports no counted nouns, so its counts only match gold items
without one. A text it fails on counts as no findings and is reported. Published figures on
CQE's own news benchmark are printed for reference (not measured here).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEVSETS = REPO / "benchmarks" / "devsets"
DEVSET = DEVSETS / "numbers_wikinews.jsonl"
HELDOUT = DEVSETS / "numbers_wikinews_heldout.jsonl"
NEWS = DEVSETS / "numbers_news.jsonl"
FRESH = DEVSETS / "numbers_fresh.jsonl"
FRESH2 = DEVSETS / "numbers_fresh2.jsonl"
FRESH3 = DEVSETS / "numbers_fresh3.jsonl"
FRESH4 = DEVSETS / "numbers_fresh4.jsonl"
FRESH5 = DEVSETS / "numbers_fresh5.jsonl"
FRESH6 = DEVSETS / "numbers_fresh6.jsonl"
FRESH7 = DEVSETS / "numbers_fresh7.jsonl"
FRESH8 = DEVSETS / "numbers_fresh8.jsonl"
FRESH9 = DEVSETS / "numbers_fresh9.jsonl"
FRESH10 = DEVSETS / "numbers_fresh10.jsonl"
FRESH11 = DEVSETS / "numbers_fresh11.jsonl"
FRESH12 = DEVSETS / "numbers_fresh12.jsonl"
FRESH13 = DEVSETS / "numbers_fresh13.jsonl"
FRESH14 = DEVSETS / "numbers_fresh14.jsonl"
FRESH15 = DEVSETS / "numbers_fresh15.jsonl"
FRESH16 = DEVSETS / "numbers_fresh16.jsonl"
FRESH17 = DEVSETS / "numbers_fresh17.jsonl"
FRESH18 = DEVSETS / "numbers_fresh18.jsonl"
FRESH19 = DEVSETS / "numbers_fresh19.jsonl"
FRESH20 = DEVSETS / "numbers_fresh20.jsonl"
FRESH21 = DEVSETS / "numbers_fresh21.jsonl"
FRESH22 = DEVSETS / "numbers_fresh22.jsonl"
FRESH23 = DEVSETS / "numbers_fresh23.jsonl"
FRESH24 = DEVSETS / "numbers_fresh24.jsonl"
FRESH25 = DEVSETS / "numbers_fresh25.jsonl"
FRESH26 = DEVSETS / "numbers_fresh26.jsonl"
FRESH27 = DEVSETS / "numbers_fresh27.jsonl"
FRESH28 = DEVSETS / "numbers_fresh28.jsonl"
FRESH29 = DEVSETS / "numbers_fresh29.jsonl"
FRESH30 = DEVSETS / "numbers_fresh30.jsonl"
FRESH31 = DEVSETS / "numbers_fresh31.jsonl"
FRESH32 = DEVSETS / "numbers_fresh32.jsonl"
FRESH33 = DEVSETS / "numbers_fresh33.jsonl"
FRESH34 = DEVSETS / "numbers_fresh34.jsonl"
FRESH35 = DEVSETS / "numbers_fresh35.jsonl"
FRESH36 = DEVSETS / "numbers_fresh36.jsonl"
FRESH37 = DEVSETS / "numbers_fresh37.jsonl"
FRESH38 = DEVSETS / "numbers_fresh38.jsonl"
FRESH39 = DEVSETS / "numbers_fresh39.jsonl"
FRESH40 = DEVSETS / "numbers_fresh40.jsonl"
FRESH41 = DEVSETS / "numbers_fresh41.jsonl"
FRESH42 = DEVSETS / "numbers_fresh42.jsonl"
FRESH43 = DEVSETS / "numbers_fresh43.jsonl"
FRESH44 = DEVSETS / "numbers_fresh44.jsonl"
FRESH45 = DEVSETS / "numbers_fresh45.jsonl"
FRESH46 = DEVSETS / "numbers_fresh46.jsonl"
FRESH47 = DEVSETS / "numbers_fresh47.jsonl"
BLIND = DEVSETS / "numbers_blind.jsonl"
BLIND2 = DEVSETS / "numbers_blind2.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "numbers_dev.json"
# this checkout's plugin first, unless PYTHONPATH says which tree to run (a side-by-side run
# of another tree's code, as the rounds' comparisons with main do)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(REPO / "plugins" / "numbers" / "src"))
sys.path.insert(0, str(DEVSETS))

PUBLISHED = {  # value F1, value+unit F1 on CQE's news benchmark (Almasian et al., EMNLP 2023)
    "CQE (published)": (92.0, 85.6),
    "quantulum3 (published)": (73.0, 47.2),
}

QUANTULUM_UNITS = {
    "kilometre": "km",
    "metre": "m",
    "mile": "mi",
    "centimetre": "cm",
    "millimetre": "mm",
    "foot": "ft",
    "inch": "in",
    "yard": "yd",
    "kilogram": "kg",
    "gram": "g",
    "tonne": "t",
    "ton": "ton",
    "pound-mass": "lb",
    "percentage": "%",
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "penny": "GBX",
    "cent": "USc",
    "yen": "JPY",
    "japanese yen": "JPY",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "h",
    "minute": "min",
    "second": "s",
    "square kilometre": "km2",
    "hectare": "ha",
    "acre": "acre",
    "degree Celsius": "°C",
    "degree fahrenheit": "°F",
    "litre": "l",
    "gallon": "gal",
    "barrel": "bbl",
    "horsepower": "hp",
    "watt": "W",
    "kilowatt": "kW",
    "megawatt": "MW",
    "hertz": "Hz",
    "gigahertz": "GHz",
    "megahertz": "MHz",
    "gigabyte": "GB",
    "megabyte": "MB",
    "terabyte": "TB",
    "basis point": "bp",
}

PEER_CODE = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
out, failed = [], 0
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    rows = []
    try:
        for q in parser.parse(text):
            start, end = q.span
            rows.append({"start": start, "end": end, "value": float(q.value),
                         "value_high": float("nan"), "unit": q.unit.name, "quantity": ""})
    except Exception:
        failed += 1
    out.append(rows)
print(json.dumps({"rows": out, "failed": failed}))
"""

# the same unit under another name: pence as the LSE's GBX, cents in major units
UNIT_FOLD = {"GBp": "GBX", "p": "GBX", "pence": "GBX"}


def singular(noun: str) -> str:
    from newslens_numbers.summary import singular as fold

    return fold(noun)


def canonical_unit(unit: str) -> str:
    """One spelling per unit: aliases folded, a compound "mg/L" as its two parts folded."""
    from newslens_numbers.units import UNIT_ALIASES, UNITS

    unit = unit.strip()
    if unit in UNITS:
        return UNIT_FOLD.get(unit, unit)
    folded = UNIT_ALIASES.get(unit, UNIT_ALIASES.get(unit.lower()))
    if folded is not None:
        return UNIT_FOLD.get(folded, folded)
    if "/" in unit:
        top, _, bottom = unit.partition("/")
        return f"{canonical_unit(top)}/{canonical_unit(bottom)}"
    return UNIT_FOLD.get(unit, singular(unit) if unit.islower() else unit)


def unit_key(unit: str, quantity: str, per: str = "") -> str:
    """What 'value+unit' compares: the unit with its ``per`` ("USD/share", "mg/l"), or else
    the folded counted noun (with its ``per``: "copy/h")."""
    unit = (unit or "").strip()
    head = canonical_unit(unit) if unit else singular(quantity or "")
    return f"{head}/{canonical_unit(per)}" if per and head else head


def _same(a: float, b: float) -> bool:
    a_nan, b_nan = a is None or math.isnan(a), b is None or math.isnan(b)
    if a_nan or b_nan:
        return a_nan and b_nan
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _high(item: dict[str, Any]) -> float:
    high = item.get("value_high")
    return math.nan if high is None else float(high)


def match(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index): overlapping spans with the same value."""
    pairs = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            if fi in used or f["end"] <= g["start"] or g["end"] <= f["start"]:
                continue
            if _same(float(g["value"]), float(f["value"])) and _same(_high(g), _high(f)):
                pairs.append((gi, fi))
                used.add(fi)
                break
    return pairs


def prf(tp: int, n_found: int, n_gold: int) -> dict[str, float]:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "found": n_found, "gold": n_gold, "p": p, "r": r, "f1": f1}


def quantities(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items that are quantities: numbers inside names (kind ``name``) are not."""
    return [i for i in items if i.get("kind") != "name"]


def score(
    records: list[dict[str, Any]], outputs: list[list[dict[str, Any]]], errors: list[Any] | None
) -> dict[str, dict[str, float]]:
    tp_v = tp_u = n_found = n_gold = nouns = nouns_ok = 0
    for rec, found_all in zip(records, outputs, strict=True):
        gold = quantities(rec.get("gold", []))
        found = quantities(found_all)
        pairs = match(gold, found)
        n_gold += len(gold)
        n_found += len(found)
        tp_v += len(pairs)
        for gi, fi in pairs:
            g, f = gold[gi], found[fi]
            # a set annotated without ``per`` (Wikinews) compares units alone
            per_f = f.get("per", "") if "per" in g else ""
            if unit_key(g.get("unit", ""), g.get("quantity", ""), g.get("per", "")) == unit_key(
                f.get("unit", ""), f.get("quantity", ""), per_f
            ):
                tp_u += 1
            elif errors is not None:
                errors.append({"text": rec["text"], "unit_gold": g, "ours": f})
            if g.get("kind") == "count" and g.get("quantity"):
                nouns += 1
                nouns_ok += singular(g["quantity"]) == singular(f.get("quantity", ""))
        if errors is not None:
            matched_g = {gi for gi, _ in pairs}
            matched_f = {fi for _, fi in pairs}
            errors.extend(
                {"text": rec["text"], "missed": g}
                for gi, g in enumerate(gold)
                if gi not in matched_g
            )
            errors.extend(
                {"text": rec["text"], "spurious": f}
                for fi, f in enumerate(found)
                if fi not in matched_f
            )
    return {
        "value": prf(tp_v, n_found, n_gold),
        "value+unit": prf(tp_u, n_found, n_gold),
        "noun": {"ok": nouns_ok, "of": nouns, "accuracy": nouns_ok / nouns if nouns else 0.0},
    }


#: the disagreement classes ``--classes`` counts, in print order. Each gold item or finding that
#: is an error falls in exactly one of the first eleven (value: missed or spurious, with or
#: without a finding / gold item of another value overlapping it; unit: the first field of
#: ``unit_key`` that differs); the last three are counted over matched pairs besides (a kind,
#: a vague range or a modifier that differs, whatever the unit did).
CLASSES = (
    "missed (nothing overlaps)",
    "missed (another value overlaps)",
    "spurious (no gold overlaps)",
    "spurious (another value overlaps)",
    "unit absent",
    "unit spurious",
    "unit different",
    "per absent",
    "per spurious",
    "per different",
    "noun absent",
    "noun spurious",
    "noun different",
    "kind differs (matched)",
    "vague range missed or spurious",
    "modifier differs (matched)",
)


def _overlaps(a: dict[str, Any], others: list[dict[str, Any]]) -> bool:
    return any(o["start"] < a["end"] and a["start"] < o["end"] for o in others)


def _add(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def _is_vague(item: dict[str, Any]) -> bool:
    return item.get("modifier") == "vague"


def classes(records: list[dict[str, Any]], outputs: list[list[dict[str, Any]]]) -> dict[str, int]:
    """How many errors of each class (``CLASSES``) ours makes on ``records``: aggregate counts
    only, so a blind set's diagnosis names no item (why: the blind gap is read from these
    numbers, never from its sentences)."""
    counts = dict.fromkeys(CLASSES, 0)
    for rec, found_all in zip(records, outputs, strict=True):
        gold = quantities(rec.get("gold", []))
        found = quantities(found_all)
        pairs = match(gold, found)
        matched_g = {gi for gi, _ in pairs}
        matched_f = {fi for _, fi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                other = _overlaps(g, found)
                counts[
                    "missed (another value overlaps)" if other else "missed (nothing overlaps)"
                ] += 1
                counts["vague range missed or spurious"] += _is_vague(g)
                _add(counts, f"  missed: gold kind {g.get('kind', '')}")
        for fi, f in enumerate(found):
            if fi not in matched_f:
                other = _overlaps(f, gold)
                counts[
                    "spurious (another value overlaps)" if other else "spurious (no gold overlaps)"
                ] += 1
                counts["vague range missed or spurious"] += _is_vague(f)
                _add(counts, f"  spurious: our kind {f.get('kind', '')}")
        for gi, fi in pairs:
            g, f = gold[gi], found[fi]
            if g.get("kind") != f.get("kind"):
                counts["kind differs (matched)"] += 1
                _add(counts, f"  kind: gold {g.get('kind')}, ours {f.get('kind')}")
            counts["modifier differs (matched)"] += (g.get("modifier") or "") != (
                f.get("modifier") or ""
            )
            counts["vague range missed or spurious"] += _is_vague(g) != _is_vague(f)
            per_f = f.get("per", "") if "per" in g else ""
            if unit_key(g.get("unit", ""), g.get("quantity", ""), g.get("per", "")) == unit_key(
                f.get("unit", ""), f.get("quantity", ""), per_f
            ):
                continue
            gu = canonical_unit(g.get("unit") or "") if g.get("unit") else ""
            fu = canonical_unit(f.get("unit") or "") if f.get("unit") else ""
            if gu != fu:
                what = "unit absent" if not fu else "unit spurious" if not gu else "unit different"
                counts[what] += 1
                _add(counts, f"  {what}: gold {gu or g.get('kind')}, ours {fu or f.get('kind')}")
                continue
            gn, fn = singular(g.get("quantity") or ""), singular(f.get("quantity") or "")
            if not gu and gn != fn:  # a count: its noun is its unit, before any ``per``
                what = "noun absent" if not fn else "noun spurious" if not gn else "noun different"
                counts[what] += 1
                _add(counts, f"  {what}: gold kind {g.get('kind')}")
                continue
            gp = canonical_unit(g.get("per") or "") if g.get("per") else ""
            fp = canonical_unit(per_f) if per_f else ""
            what = "per absent" if not fp else "per spurious" if not gp else "per different"
            counts[what] += 1
            _add(counts, f"  {what}: gold {gp or '-'}, ours {fp or '-'}")
    return counts


def run_peer(python: str, texts: list[str]) -> tuple[list[list[dict[str, Any]]], int] | None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(texts, fh)
        path = fh.name
    try:
        out = subprocess.run(
            [python, "-c", PEER_CODE, path],
            capture_output=True,
            text=True,
            check=True,
            timeout=1800,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None
    finally:
        Path(path).unlink(missing_ok=True)
    for sentence in result["rows"]:
        for r in sentence:
            name = r["unit"]
            per = ""
            if " per " in name:
                name, per = name.split(" per ", 1)
            r["unit"] = "" if name == "dimensionless" else QUANTULUM_UNITS.get(name, name)
            r["per"] = per
    return result["rows"], int(result["failed"])


# ----------------------------------------------------------------------------- the sets


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


_DOCS: dict[str, tuple[str, str]] | None = None


def corpus_documents() -> dict[str, tuple[str, str]] | None:
    """BBC News and Reuters-21578 documents by key (read once), or None when absent."""
    global _DOCS
    if _DOCS is None:
        from numbers_news_sample import DATA, documents

        if not (DATA / "bbc-news").exists() or not (DATA / "reuters21578").exists():
            return None
        _DOCS = documents()
    return _DOCS


def with_text(path: Path) -> list[dict[str, Any]] | None:
    """Records of an offsets-and-hash set with their sentence text, or None (with a message)."""
    records = read_jsonl(path)
    docs = corpus_documents()
    if docs is None:
        print(f"skipped {path.name}: BBC News or Reuters-21578 not found under ../shared/data")
        return None
    out = []
    for rec in records:
        text = docs.get(rec["doc"], ("", ""))[1][rec["start"] : rec["end"]]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["sha256"]:
            print(f"skipped {path.name}: the text of {rec['doc']} differs from the annotated one")
            return None
        out.append({**rec, "text": text})
    return out


_DATELINES: dict[str, str] | None = None


def datelines() -> dict[str, str]:
    """Reuters-21578 datelines by document key (read once): the record keeps its dateline
    outside the text, and the Reuters loader hands it to the extractor as a field."""
    global _DATELINES
    if _DATELINES is None:
        from numbers_news_sample import DATA, reuters_datelines

        _DATELINES = reuters_datelines(DATA) if (DATA / "reuters21578").exists() else {}
    return _DATELINES


#: Score the BBC News and Reuters-21578 sets as the analysis runs: on the whole document (with a
#: Reuters record's dateline field), keeping the findings inside the sentence (what a rule may
#: read from earlier sentences counts);
#: ``--sentence-alone`` gives each sentence to the extractor by itself, as before round four.
IN_DOCUMENT = True
_DOC_FINDINGS: dict[str, list[dict[str, Any]]] = {}


def in_document(docs: dict[str, tuple[str, str]], rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Our findings inside ``rec``'s sentence when the extractor reads its whole document, with
    offsets relative to the sentence."""
    from newslens_numbers.extract import extract_text

    key = rec["doc"]
    if key not in _DOC_FINDINGS:
        _DOC_FINDINGS[key] = extract_text(docs[key][1], datelines().get(key, ""))
    a, b = rec["start"], rec["end"]
    return [
        {**f, "start": f["start"] - a, "end": f["end"] - a}
        for f in _DOC_FINDINGS[key]
        if a <= f["start"] and f["end"] <= b
    ]


def reposted(records: list[dict[str, Any]]) -> set[int]:
    """Blind sentences that also occur in a document outside the blind third (reposts)."""
    from numbers_news_sample import is_blind

    docs = corpus_documents() or {}
    others = "\x00".join(text for key, (_, text) in docs.items() if not is_blind(key))
    return {i for i, rec in enumerate(records) if rec["text"] in others}


def stratum_label(rec: dict[str, Any]) -> str:
    stratum = rec.get("stratum", "")
    return "reuters" if stratum == "reuters" else f"bbc {stratum}"


# ----------------------------------------------------------------------------- running


def evaluate(
    name: str,
    records: list[dict[str, Any]],
    peer_python: str,
    errors: list[Any] | None,
    groups: dict[str, list[int]] | None = None,
) -> dict[str, Any]:
    """Score ours and the peer on ``records``, in all and per group of record indices."""
    from newslens_numbers.extract import extract_text

    texts = [r["text"] for r in records]
    outputs = {"newslens-numbers": [extract_text(t) for t in texts]}
    docs = corpus_documents() if IN_DOCUMENT and records and "doc" in records[0] else None
    if docs is not None:
        outputs["newslens-numbers"] = [in_document(docs, r) for r in records]
    peer = run_peer(peer_python, texts)
    failed = None
    if peer is not None:
        outputs["quantulum3"], failed = peer
    groups = {name: list(range(len(records))), **(groups or {})}
    table: dict[str, Any] = {}
    for label, idx in groups.items():
        sub = [records[i] for i in idx]
        table[label] = {
            "sentences": len(sub),
            "gold": sum(len(quantities(r.get("gold", []))) for r in sub),
            "systems": {
                system: score(
                    sub,
                    [out[i] for i in idx],
                    errors if (label == name and system == "newslens-numbers") else None,
                )
                for system, out in outputs.items()
            },
        }
    if failed:
        table[name]["quantulum3_failed_texts"] = failed
    table[name]["classes"] = classes(records, outputs["newslens-numbers"])
    return table


def print_table(table: dict[str, Any]) -> None:
    print(
        f"{'set':30} {'sent':>5} {'gold':>5}  {'system':17} {'value P':>7} {'R':>5} {'F1':>5}"
        f"  {'v+unit P':>8} {'R':>5} {'F1':>5}  {'noun':>5}"
    )
    for label, row in table.items():
        for system, s in row["systems"].items():
            v, u, n = s["value"], s["value+unit"], s["noun"]
            # quantulum3 reports no counted noun
            noun = f"{100 * n['accuracy']:5.1f}" if n["ok"] else f"{'-':>5}"
            print(
                f"{label:30} {row['sentences']:5d} {row['gold']:5d}  {system:17} "
                f"{100 * v['p']:7.1f} {100 * v['r']:5.1f} {100 * v['f1']:5.1f}  "
                f"{100 * u['p']:8.1f} {100 * u['r']:5.1f} {100 * u['f1']:5.1f}  {noun}"
            )
        if row.get("quantulum3_failed_texts"):
            print(f"{'':30} quantulum3 raised on {row['quantulum3_failed_texts']} texts")


def print_classes(table: dict[str, Any]) -> None:
    """The error classes of every set side by side (counts only; ``--classes``)."""
    sets = [(label, row["classes"]) for label, row in table.items() if "classes" in row]
    keys = list(CLASSES) + sorted({k for _, c in sets for k in c if k not in CLASSES})
    names = [label.split(" (")[0][:9] for label, _ in sets]
    print(f"{'class':46}" + "".join(f"{n:>10}" for n in names))
    print(f"{'gold items (no names)':46}" + "".join(f"{table[lb]['gold']:>10}" for lb, _ in sets))
    for key in keys:
        print(f"{key:46}" + "".join(f"{c.get(key, 0):>10}" for _, c in sets))


def held_out_scores(peer_python: str) -> dict[str, Any]:
    """The held-out fresh samples (fresh16 aside: the main table scores it), each in all and
    per corpus, aggregates only: never written to ``--errors``. Why a flag: a developer's run
    need not print them; the lead's first score of a new sample, and its score after each
    round, come from here."""
    from devset_files import HELD_OUT_FILES

    out: dict[str, Any] = {}
    for name in HELD_OUT_FILES:
        path = DEVSETS / name
        held = with_text(path) if path != FRESH16 and path.exists() else None
        if held is None:
            continue
        label = path.stem.removeprefix("numbers_")
        groups = {
            f"{label} {corpus}": [i for i, r in enumerate(held) if r["corpus"] == corpus]
            for corpus in ("bbc", "reuters")
        }
        out.update(evaluate(f"{label} (held out)", held, peer_python, None, groups))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, help="score this one file only")
    parser.add_argument("--blind", type=Path, default=BLIND, help="the blind third")
    parser.add_argument("--peer-python", default="/tmp/bench-venv/bin/python")
    parser.add_argument("--errors", type=Path, help="write development misses and spurious here")
    parser.add_argument(
        "--sentence-alone",
        action="store_true",
        help="give the extractor each BBC/Reuters sentence alone, not its whole document",
    )
    parser.add_argument(
        "--classes", action="store_true", help="print each set's error counts by class"
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also score the held-out fresh samples (aggregates only; the lead's first scores)",
    )
    args = parser.parse_args()
    global IN_DOCUMENT
    IN_DOCUMENT = not args.sentence_alone
    errors: list[Any] = []
    results: dict[str, Any] = {}
    plain = [args.devset] if args.devset else [DEVSET, HELDOUT]
    for path in plain:
        if not path.exists():
            print(f"development set not found: {path}")
            return 1
        records = read_jsonl(path)
        if records and "text" not in records[0]:
            records = with_text(path) or []
            if not records:
                continue
        label = {DEVSET: "wikinews dev", HELDOUT: "wikinews held-out"}.get(path, path.stem)
        results.update(evaluate(label, records, args.peer_python, errors))
    for path, name, prefix in (
        (NEWS, "news dev (bbc + reuters)", ""),
        (FRESH, "fresh dev (bbc + reuters)", "fresh "),
        (FRESH2, "fresh2 (bbc + reuters)", "fresh2 "),
        (FRESH3, "fresh3 (reuters)", "fresh3 "),
        (FRESH4, "fresh4 (bbc + reuters)", "fresh4 "),
        (FRESH5, "fresh5 (bbc)", "fresh5 "),
        (FRESH6, "fresh6 (bbc)", "fresh6 "),
        (FRESH7, "fresh7 (bbc)", "fresh7 "),
        (FRESH8, "fresh8 (bbc + reuters)", "fresh8 "),
        (FRESH9, "fresh9 (bbc + reuters)", "fresh9 "),
        (FRESH10, "fresh10 (bbc + reuters)", "fresh10 "),
        (FRESH11, "fresh11 (bbc + reuters)", "fresh11 "),
        (FRESH12, "fresh12 (bbc + reuters)", "fresh12 "),
        (FRESH13, "fresh13 (bbc + reuters)", "fresh13 "),
        (FRESH14, "fresh14 (bbc + reuters)", "fresh14 "),
        (FRESH15, "fresh15 (bbc + reuters)", "fresh15 "),
        (FRESH16, "fresh16 (bbc + reuters)", "fresh16 "),
        (FRESH17, "fresh17 (bbc + reuters)", "fresh17 "),
        (FRESH18, "fresh18 (bbc + reuters)", "fresh18 "),
        (FRESH19, "fresh19 (bbc + reuters)", "fresh19 "),
        (FRESH20, "fresh20 (bbc + reuters)", "fresh20 "),
        (FRESH21, "fresh21 (bbc + reuters)", "fresh21 "),
        (FRESH22, "fresh22 (bbc + reuters)", "fresh22 "),
        (FRESH23, "fresh23 (bbc + reuters)", "fresh23 "),
        (FRESH24, "fresh24 (bbc + reuters)", "fresh24 "),
        (FRESH25, "fresh25 (bbc + reuters)", "fresh25 "),
        (FRESH26, "fresh26 (bbc + reuters)", "fresh26 "),
        (FRESH27, "fresh27 (bbc + reuters)", "fresh27 "),
        (FRESH28, "fresh28 (bbc + reuters)", "fresh28 "),
        (FRESH29, "fresh29 (bbc + reuters)", "fresh29 "),
        (FRESH30, "fresh30 (bbc + reuters)", "fresh30 "),
        (FRESH31, "fresh31 (bbc + reuters)", "fresh31 "),
        (FRESH32, "fresh32 (bbc + reuters)", "fresh32 "),
        (FRESH33, "fresh33 (bbc + reuters)", "fresh33 "),
        (FRESH34, "fresh34 (bbc + reuters)", "fresh34 "),
        (FRESH35, "fresh35 (bbc + reuters)", "fresh35 "),
        (FRESH36, "fresh36 (bbc + reuters)", "fresh36 "),
        (FRESH37, "fresh37 (bbc + reuters)", "fresh37 "),
        (FRESH38, "fresh38 (bbc + reuters)", "fresh38 "),
        (FRESH39, "fresh39 (bbc + reuters)", "fresh39 "),
        (FRESH40, "fresh40 (bbc + reuters)", "fresh40 "),
        (FRESH41, "fresh41 (bbc + reuters)", "fresh41 "),
        (FRESH42, "fresh42 (bbc + reuters)", "fresh42 "),
        (FRESH43, "fresh43 (bbc + reuters)", "fresh43 "),
        (FRESH44, "fresh44 (bbc + reuters)", "fresh44 "),
        (FRESH45, "fresh45 (bbc + reuters)", "fresh45 "),
        (FRESH46, "fresh46 (bbc + reuters)", "fresh46 "),
        (FRESH47, "fresh47 (bbc + reuters)", "fresh47 "),
    ):
        news = with_text(path) if not args.devset and path.exists() else None
        if news is not None:
            groups: dict[str, list[int]] = defaultdict(list)
            for i, rec in enumerate(news):
                groups[prefix + stratum_label(rec)].append(i)
            bbc = [i for i, rec in enumerate(news) if rec["corpus"] == "bbc"]
            ordered = dict(sorted(groups.items())) if len(groups) > 1 else {}
            if bbc:  # a one-stratum set (fresh3) has no row of its own per stratum
                ordered[prefix + "bbc (all genres)"] = bbc
            # a held-out file (fresh16) is scored, never written to --errors
            kept = None if path == FRESH16 else errors
            results.update(evaluate(name, news, args.peer_python, kept, ordered))
    for path, name, prefix in ((args.blind, "blind third", "blind"), (BLIND2, "blind 2", "blind2")):
        blind = with_text(path) if not args.devset and path.exists() else None
        if blind is not None:
            leaked = reposted(blind)
            groups = {
                f"{prefix} bbc": [i for i, r in enumerate(blind) if r["corpus"] == "bbc"],
                f"{prefix} reuters": [i for i, r in enumerate(blind) if r["corpus"] == "reuters"],
                f"{prefix} without reposts": [i for i in range(len(blind)) if i not in leaked],
            }
            results.update(evaluate(name, blind, args.peer_python, None, groups))
    if args.held_out and not args.devset:
        results.update(held_out_scores(args.peer_python))
    print_table(results)
    if args.classes:
        print_classes(results)
    for name, (vf, uf) in PUBLISHED.items():
        print(f"{name:30} {'':>5} {'':>5}  {'(external set)':17} {'':>7} {'':>5} {vf:5.1f}"
              f"  {'':>8} {'':>5} {uf:5.1f}")  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    out = {"sets": results, "published_reference_f1": PUBLISHED}
    if args.devset:  # one file alone: kept beside the full run's figures
        previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
        out = {**previous, "other_sets": {**previous.get("other_sets", {}), **results}}
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        args.errors.write_text(
            "\n".join(json.dumps(e, ensure_ascii=False, default=str) for e in errors) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
