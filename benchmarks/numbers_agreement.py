"""Inter-annotator agreement on a numbers set annotated twice, beside the extractor on both.

Usage::

    .venv/bin/python benchmarks/numbers_agreement.py [A.jsonl] [B.jsonl]
        [--disagreements FILE] [--out FILE]

Defaults: A is ``numbers_fresh4.jsonl`` (the rule developer's gold), B is
``numbers_fresh4_second.jsonl`` (a second annotator's, written without seeing A). Both are
offsets-and-hash sets; their text is read from ``../shared/data`` as ``numbers_dev.py`` reads it
(and skipped with a message when absent or changed). Only the sentences both files hold (same
document and offsets) are scored.

The matcher and the scores are ``numbers_dev.py``'s own (``match``, ``score``, ``unit_key``,
``quantities``): kind ``name`` is dropped from both sides, a pair needs overlapping spans and the
same value (and ``value_high``), and "value+unit" also needs the same unit with its ``per`` (or
the same folded counted noun). For A against B one file plays the gold and the other the
findings: F1 is symmetric, P and R swap. "noun" is ``score``'s counted-noun accuracy over the
reference's matched counts that name a noun (so it is given both ways); "kind" is the share of
matched pairs whose ``kind`` agrees. The extractor is scored against each annotator on the same
sentences as ``numbers_dev.py`` scores it (the whole document read, findings kept inside the
sentence).

``--without DOC`` (repeatable) also prints the rows on the shared sentences outside those
documents (e.g. the ones whose currency the two annotators read differently).

``--disagreements FILE`` writes every A/B difference (unmatched items, and matched pairs that
differ in unit, ``per``, counted noun, kind or modifier; the modifier is listed, not scored)
with the sentence text, for reading: it holds corpus text, so write it outside the repository
(e.g. ``/tmp``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from numbers_dev import (
    DEVSETS,
    REPO,
    corpus_documents,
    in_document,
    match,
    quantities,
    score,
    singular,
    unit_key,
    with_text,
)

A_FILE = DEVSETS / "numbers_fresh4.jsonl"
B_FILE = DEVSETS / "numbers_fresh4_second.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "numbers_agreement.json"


def _key(rec: dict[str, Any]) -> tuple[str, int, int]:
    return rec["doc"], rec["start"], rec["end"]


def shared(
    a: list[dict[str, Any]], b: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records of both files on the sentences they share, in A's order."""
    by_key = {_key(r): r for r in b}
    pairs = [(r, by_key[_key(r)]) for r in a if _key(r) in by_key]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def kind_agreement(gold_records: list[dict[str, Any]], found: list[list[dict[str, Any]]]) -> dict:
    """Share of matched pairs (``numbers_dev.match``) whose ``kind`` is the same."""
    ok = of = 0
    for rec, items in zip(gold_records, found, strict=True):
        gold, mine = quantities(rec.get("gold", [])), quantities(items)
        for gi, fi in match(gold, mine):
            of += 1
            ok += gold[gi].get("kind") == mine[fi].get("kind")
    return {"ok": ok, "of": of, "agreement": ok / of if of else 0.0}


def compare(gold_records: list[dict[str, Any]], found: list[list[dict[str, Any]]]) -> dict:
    return {**score(gold_records, found, None), "kind": kind_agreement(gold_records, found)}


def _show(text: str, item: dict[str, Any]) -> dict[str, Any]:
    return {"span": text[item["start"] : item["end"]], **item}


def rows(
    a: list[dict[str, Any]], b: list[dict[str, Any]], ours: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    return {
        "B against A": compare(a, [r["gold"] for r in b]),
        "A against B": compare(b, [r["gold"] for r in a]),
        "extractor against A": compare(a, ours),
        "extractor against B": compare(b, ours),
    }


def differences(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every A/B difference on the shared sentences, with the sentence text."""
    out: list[dict[str, Any]] = []
    for ra, rb in zip(a, b, strict=True):
        ga, gb = quantities(ra["gold"]), quantities(rb["gold"])
        text = ra["text"]
        pairs = match(ga, gb)
        where = {"doc": ra["doc"], "sentence": " ".join(text.split())}

        for gi, fi in pairs:
            x, y = ga[gi], gb[fi]
            what = []
            if unit_key(x.get("unit", ""), x.get("quantity", ""), x.get("per", "")) != unit_key(
                y.get("unit", ""), y.get("quantity", ""), y.get("per", "")
            ):
                what.append("unit")
            if singular(x.get("quantity", "") or "") != singular(y.get("quantity", "") or ""):
                what.append("noun")
            if x.get("kind") != y.get("kind"):
                what.append("kind")
            if (x.get("modifier") or "").lower() != (y.get("modifier") or "").lower():
                what.append("modifier")
            if what:
                out.append({**where, "differ": what, "A": _show(text, x), "B": _show(text, y)})
        out.extend(
            {**where, "differ": ["only A"], "A": _show(text, g)}
            for gi, g in enumerate(ga)
            if gi not in {p[0] for p in pairs}
        )
        out.extend(
            {**where, "differ": ["only B"], "B": _show(text, f)}
            for fi, f in enumerate(gb)
            if fi not in {p[1] for p in pairs}
        )
    return out


def row(label: str, s: dict[str, Any]) -> str:
    v, u, n, k = s["value"], s["value+unit"], s["noun"], s["kind"]
    return (
        f"{label:28} {100 * v['p']:7.1f} {100 * v['r']:5.1f} {100 * v['f1']:5.1f}  "
        f"{100 * u['p']:8.1f} {100 * u['r']:5.1f} {100 * u['f1']:5.1f}  "
        f"{100 * n['accuracy']:5.1f} ({n['ok']}/{n['of']})  "
        f"{100 * k['agreement']:5.1f} ({k['ok']}/{k['of']})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", nargs="?", type=Path, default=A_FILE, help="annotator A")
    parser.add_argument("b", nargs="?", type=Path, default=B_FILE, help="annotator B")
    parser.add_argument("--disagreements", type=Path, help="write A/B differences here (/tmp)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="DOC",
        help="also score the shared sentences outside these documents (repeatable)",
    )
    args = parser.parse_args()
    recs_a, recs_b = with_text(args.a), with_text(args.b)
    if recs_a is None or recs_b is None:
        return 0
    a, b = shared(recs_a, recs_b)
    docs = corpus_documents()
    assert docs is not None  # with_text returned records
    ours = [in_document(docs, r) for r in a]
    table = rows(a, b, ours)
    keep = [i for i, r in enumerate(a) if r["doc"] not in set(args.without)]
    subset = rows([a[i] for i in keep], [b[i] for i in keep], [ours[i] for i in keep])
    diffs = differences(a, b)
    counts: dict[str, int] = {}
    for d in diffs:
        for what in d["differ"]:
            counts[what] = counts.get(what, 0) + 1
    print(
        f"{len(a)} shared sentences; gold items (kind name dropped): "
        f"A {sum(len(quantities(r['gold'])) for r in a)}, "
        f"B {sum(len(quantities(r['gold'])) for r in b)}"
    )
    print(
        f"{'':28} {'value P':>7} {'R':>5} {'F1':>5}  {'v+unit P':>8} {'R':>5} {'F1':>5}  "
        f"{'noun (ok/of)':>14}  {'kind (ok/of)':>14}"
    )
    for label, s in table.items():
        print(row(label, s))
    if args.without:
        print(f"without {', '.join(args.without)} ({len(keep)} sentences):")
        for label, s in subset.items():
            print(row(label, s))
    print("A/B differences:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    result = {
        "a": args.a.name,
        "b": args.b.name,
        "sentences": len(a),
        "gold_a": sum(len(quantities(r["gold"])) for r in a),
        "gold_b": sum(len(quantities(r["gold"])) for r in b),
        "rows": table,
        **(
            {"without_docs": args.without, "sentences_without": len(keep), "rows_without": subset}
            if args.without
            else {}
        ),
        "differences": counts,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.disagreements:
        args.disagreements.write_text(
            "\n".join(json.dumps(d, ensure_ascii=False, default=str) for d in diffs) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
