"""Score the timeline normaliser on a JSONL TIMEX3 devset, with the metrics of ``tempeval.py``.

The devset format is the one of ``benchmarks/devsets/timex_wikinews.jsonl``: one article per
line, ``{"article", "published", "text", "gold": [{"start", "end", "text", "type", "value",
"mod"}]}``, offsets into ``text``. ``published`` is the document creation time.

The scoring is ``tempeval.score_doc`` itself (relaxed and strict span P/R/F1, type accuracy
among relaxed matches, value P/R/F1 = overlapping span and equal value; one-to-one matching,
most overlap first), so figures are comparable with the TimeBank/AQUAINT ones. ``mod`` is not
scored, as in TempEval-3 Task A.

Usage::

    .venv/bin/python benchmarks/tempeval_jsonl.py                       # the Wikinews devset
    .venv/bin/python benchmarks/tempeval_jsonl.py PATH.jsonl --errors 40
    .venv/bin/python benchmarks/tempeval_jsonl.py --pred PRED.jsonl     # score a saved output

``--pred`` scores another system's saved output (same format, same ``article`` keys, its
items in ``gold``) instead of running the plugin; ``--peer heideltime`` also runs HeidelTime on
the same articles (see ``heideltime_peer.py``). Prints the figures; writes nothing unless
``--out FILE`` is given (figures only, no text).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import heideltime_peer

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "devsets" / "timex_wikinews.jsonl"


def _tempeval() -> Any:
    """``benchmarks/tempeval.py`` as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("tempeval", HERE / "tempeval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("tempeval", module)
    spec.loader.exec_module(module)
    return module


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def to_doc(te: Any, record: dict[str, Any]) -> Any:
    gold = [te.Gold(g["start"], g["end"], g["type"], g["value"]) for g in record["gold"]]
    return te.Doc(record["article"], record["text"], record.get("published"), gold)


def score(
    path: Path, pred: Path | None = None, errors: list[str] | None = None, peer: Any = None
) -> Any:
    """Total ``tempeval.Tally`` over the file; with ``pred`` (a saved output) or ``peer`` (a
    ``heideltime_peer.HeidelTime``), that system's output replaces the plugin's."""
    te = _tempeval()
    docs = [to_doc(te, record) for record in load(path)]
    outputs: list[Any] = [None] * len(docs)
    if pred is not None:
        predicted = {r["article"]: r["gold"] for r in load(pred)}
        outputs = [predicted.get(doc.name, []) for doc in docs]
    elif peer is not None:
        outputs = peer.annotate_many([(doc.text, doc.dct) for doc in docs])
    total = te.Tally()
    for doc, found in zip(docs, outputs, strict=True):
        total.add(te.score_doc(doc, errors, found))
    return total


HEADER = (
    f"{'system':<20} {'gold':>5} {'sys':>5} {'rel.F1':>7} {'strictF1':>8} {'typeAcc':>7} "
    f"{'valP':>6} {'valR':>6} {'valF1':>6}"
)


def row(name: str, s: dict[str, Any]) -> str:
    """One line of the table, as ``tempeval.py`` prints its sets."""
    return (
        f"{name:<20} {s['gold']:>5} {s['system']:>5} {s['relaxed_f1']:>7.1f} "
        f"{s['strict_f1']:>8.1f} {s['type_accuracy']:>7.1f} {s['value_p']:>6.1f} "
        f"{s['value_r']:>6.1f} {s['value_f1']:>6.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--pred", type=Path, help="saved system output to score instead")
    parser.add_argument("--errors", type=int, default=0, help="print N errors")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    heideltime_peer.add_arguments(parser)
    args = parser.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    figures = score(args.path, args.pred, errors).scores()
    figures.pop("errors")  # a blind set is measured: its error classes are not counted
    if args.pred is not None:
        figures.pop("chars_per_second", None)
    rows = [row(f"vs {args.pred.name}" if args.pred else "ours", figures)]
    payload = {"file": args.path.name, **figures}
    peer = heideltime_peer.from_arguments(args)
    if peer is not None:
        # the peer's errors are never listed: this set stays blind for both systems
        theirs = score(args.path, peer=peer).scores()
        theirs.pop("chars_per_second", None)
        theirs.pop("errors")
        rows.append(row("HeidelTime", theirs))
        payload["heideltime"] = theirs
    print(f"{args.path.name}: TempEval-3 Task A scoring, the same scorer for every system")
    print(HEADER)
    print("-" * len(HEADER))
    print("\n".join(rows))
    if "chars_per_second" in figures:
        print(f"ours: {figures['chars_per_second']:,.0f} characters per CPU-second")
    for line in (errors or [])[: args.errors]:
        print(line)
    if args.out:
        args.out.write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
