"""Precision, recall and F1 of newslens-numbers on the Wikinews numbers development set.

Usage::

    .venv/bin/python benchmarks/numbers_dev.py [--devset benchmarks/devsets/numbers_wikinews.jsonl]
        [--peer-python /tmp/bench-venv/bin/python] [--errors FILE]

The default set's figures go to the top of ``benchmarks/results/numbers_dev.json``; another
set given with ``--devset`` (the held-out one) is stored beside them under ``other_sets``.

The development set (one JSON line per sentence, annotated per
``/work/shared/guides/annotation.md``: ``{"text", "gold": [{"start", "end", "value", "unit",
"quantity", ...}]}``) is annotated independently of the rules. A finding matches a gold item
when their spans overlap and the values agree (relative tolerance 1e-6; a range must agree on
both ends); matching is one-to-one. "value" scores that; "value+unit" also requires the same
unit, where a counted noun counts as the unit (as in the CQE paper): the gold unit, or else the
gold counted noun folded to singular, must equal ours.

The peer, quantulum3 (install: ``python3 -m venv /tmp/bench-venv &&
/tmp/bench-venv/bin/pip install quantulum3``), is scored the same way when its interpreter is
available; it reports no counted nouns, so its counts only match unit-less gold items. Published
figures on CQE's own news benchmark are printed for reference (not measured here).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "benchmarks" / "devsets" / "numbers_wikinews.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "numbers_dev.json"
sys.path.insert(0, str(REPO / "plugins" / "numbers" / "src"))

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
}

PEER_CODE = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
out = []
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    rows = []
    try:
        for q in parser.parse(text):
            start, end = q.span
            value = float(q.value)
            rows.append({"start": start, "end": end, "value": value,
                         "value_high": float("nan"), "unit": q.unit.name, "quantity": ""})
    except Exception:
        pass
    out.append(rows)
print(json.dumps(out))
"""


def singular(noun: str) -> str:
    from newslens_numbers.summary import singular as fold

    return fold(noun)


def unit_key(unit: str, quantity: str) -> str:
    """What 'value+unit' compares: the unit, or the folded counted noun for counts."""
    from newslens_numbers.units import UNIT_ALIASES

    unit = (unit or "").strip()
    if unit:
        return UNIT_ALIASES.get(unit.lower(), UNIT_ALIASES.get(unit, unit))
    return singular(quantity or "")


def _same(a: float, b: float) -> bool:
    a_nan, b_nan = a is None or math.isnan(a), b is None or math.isnan(b)
    if a_nan or b_nan:
        return a_nan and b_nan
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def match(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index): overlapping spans with the same value."""
    pairs = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            if fi in used or f["end"] <= g["start"] or g["end"] <= f["start"]:
                continue
            high_g = float(g.get("value_high") if g.get("value_high") is not None else math.nan)
            high_f = float(f.get("value_high", math.nan))
            if _same(float(g["value"]), float(f["value"])) and _same(high_g, high_f):
                pairs.append((gi, fi))
                used.add(fi)
                break
    return pairs


def prf(tp: int, n_found: int, n_gold: int) -> dict[str, float]:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "found": n_found, "gold": n_gold, "p": p, "r": r, "f1": f1}


def score(
    records: list[dict[str, Any]], outputs: list[list[dict[str, Any]]], errors: list[Any] | None
) -> dict[str, dict[str, float]]:
    tp_v = tp_u = n_found = n_gold = 0
    for rec, found in zip(records, outputs, strict=True):
        gold = rec.get("gold", [])
        pairs = match(gold, found)
        n_gold += len(gold)
        n_found += len(found)
        tp_v += len(pairs)
        unit_ok = 0
        for gi, fi in pairs:
            g, f = gold[gi], found[fi]
            if unit_key(g.get("unit", ""), g.get("quantity", "")) == unit_key(
                f.get("unit", ""), f.get("quantity", "")
            ):
                unit_ok += 1
            elif errors is not None:
                errors.append({"text": rec["text"], "unit_gold": g, "ours": f})
        tp_u += unit_ok
        if errors is not None:
            matched_g = {gi for gi, _ in pairs}
            matched_f = {fi for _, fi in pairs}
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    errors.append({"text": rec["text"], "missed": g})
            for fi, f in enumerate(found):
                if fi not in matched_f:
                    errors.append({"text": rec["text"], "spurious": f})
    return {"value": prf(tp_v, n_found, n_gold), "value+unit": prf(tp_u, n_found, n_gold)}


def run_peer(python: str, texts: list[str]) -> list[list[dict[str, Any]]] | None:
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
        rows = json.loads(out.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None
    finally:
        Path(path).unlink(missing_ok=True)
    for sentence in rows:
        for r in sentence:
            name = r["unit"]
            r["unit"] = "" if name == "dimensionless" else QUANTULUM_UNITS.get(name, name)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--peer-python", default="/tmp/bench-venv/bin/python")
    parser.add_argument("--errors", type=Path, help="write misses and spurious findings here")
    args = parser.parse_args()
    if not args.devset.exists():
        print(f"development set not found: {args.devset}")
        return 1
    from newslens_numbers.extract import extract_text

    records = [
        json.loads(line) for line in args.devset.read_text(encoding="utf-8").splitlines() if line
    ]
    texts = [r["text"] for r in records]
    errors: list[Any] = []
    systems: dict[str, dict[str, dict[str, float]]] = {
        "newslens-numbers": score(records, [extract_text(t) for t in texts], errors)
    }
    peer = run_peer(args.peer_python, texts)
    if peer is not None:
        systems["quantulum3"] = score(records, peer, None)
    n_gold = sum(len(r.get("gold", [])) for r in records)
    print(f"{len(records)} sentences, {n_gold} gold quantities ({args.devset.name})")
    print(f"{'system':26} {'value P':>8} {'R':>6} {'F1':>6}   {'v+unit P':>8} {'R':>6} {'F1':>6}")
    for name, s in systems.items():
        v, u = s["value"], s["value+unit"]
        print(
            f"{name:26} {100 * v['p']:8.1f} {100 * v['r']:6.1f} {100 * v['f1']:6.1f}   "
            f"{100 * u['p']:8.1f} {100 * u['r']:6.1f} {100 * u['f1']:6.1f}"
        )
    for name, (vf, uf) in PUBLISHED.items():
        print(f"{name:26} {'':>8} {'':>6} {vf:6.1f}   {'':>8} {'':>6} {uf:6.1f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    entry = {
        "devset": args.devset.name,
        "sentences": len(records),
        "gold": n_gold,
        "systems": systems,
        "published_reference_f1": PUBLISHED,
    }
    # one results file: the development set at the top, any other set (the held-out one)
    # under "other_sets", so measuring the held-out set never erases the dev figures
    previous = {}
    if RESULTS.exists():
        try:
            previous = json.loads(RESULTS.read_text(encoding="utf-8"))
        except ValueError:
            previous = {}
    others = previous.get("other_sets", {})
    if args.devset.resolve() == DEVSET.resolve():
        out = {**entry, "other_sets": others}
    else:
        others[args.devset.name] = entry
        out = {**previous, "other_sets": others}
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        args.errors.write_text(
            "\n".join(json.dumps(e, ensure_ascii=False, default=str) for e in errors) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
