"""Score the timeline normaliser on a JSONL TIMEX3 devset, with the metrics of ``tempeval.py``.

The devset format is the one of ``benchmarks/devsets/timex_wikinews.jsonl``: one article per
line, ``{"article", "published", "text", "gold": [{"start", "end", "text", "type", "value",
"mod"}]}``, offsets into ``text``. ``published`` is the document creation time. A file stored
without its text (the Reuters-21578 and PolNeAR files, ``{"source": "reuters21578" or
"polnear", "sha256", "gold": [{"start", "end", ...}]}``: research and internal development
only) is read back through ``devsets/timex_reuters.load`` or ``devsets/timex_polnear.load``,
which check the hash; when ``../shared/data`` is not beside
the checkout the file is skipped with a message (status 0).

The scoring is ``tempeval.score_doc`` itself (relaxed and strict span P/R/F1, type accuracy
among relaxed matches, value P/R/F1 = overlapping span and equal value; one-to-one matching,
most overlap first), so figures are comparable with the TimeBank/AQUAINT ones. ``mod`` is not
scored, as in TempEval-3 Task A.

Usage::

    .venv/bin/python benchmarks/tempeval_jsonl.py                       # the Wikinews devset
    .venv/bin/python benchmarks/tempeval_jsonl.py PATH.jsonl --errors 40
    .venv/bin/python benchmarks/tempeval_jsonl.py --pred PRED.jsonl     # score a saved output
    .venv/bin/python benchmarks/tempeval_jsonl.py PATH.jsonl --classes  # error class counts
    .venv/bin/python benchmarks/tempeval_jsonl.py benchmarks/devsets/timex_reuters_dev2.jsonl \
        --classes --peer heideltime --peer-python ENV/bin/python   # a hashed Reuters file

``--classes`` (and ``--errors``) print the error classes (missed, spurious, type, value) of
every system scored: development files only, so a blind file (``*blind*``, the second and
third Wikinews files) refuses them.

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
from functools import cache
from pathlib import Path
from typing import Any

import heideltime_peer

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "devsets" / "timex_wikinews.jsonl"
#: files measured only: their errors, even counted by class, are never printed
BLIND = ("timex_wikinews_2.jsonl", "timex_wikinews_3.jsonl")


def is_blind(path: Path) -> bool:
    return path.name in BLIND or "blind" in path.name


def _tempeval() -> Any:
    """``benchmarks/tempeval.py`` as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("tempeval", HERE / "tempeval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("tempeval", module)
    spec.loader.exec_module(module)
    return module


#: the module that reads a hashed file's texts back, by the file's ``source``
CORPUS_MODULES = {"reuters21578": "timex_reuters", "polnear": "timex_polnear"}


def hashed_source(path: Path) -> str | None:
    """The ``source`` of a file that stores offsets and a hash instead of the text (its first
    record says), or None for a file with its texts."""
    with path.open(encoding="utf-8") as f:
        first = next((json.loads(line) for line in f if line.strip()), {})
    if "sha256" in first and "text" not in first:
        return str(first.get("source", "reuters21578"))
    return None


@cache
def _corpus_module(source: str) -> Any:
    """``devsets/timex_<corpus>.py`` as a module (benchmarks/devsets is not a package), loaded
    once so its corpus cache serves every file scored."""
    name = CORPUS_MODULES[source]
    sys.path.insert(0, str(HERE / "devsets"))
    spec = importlib.util.spec_from_file_location(name, HERE / "devsets" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def load(path: Path) -> list[dict[str, Any]]:
    """The records with their texts (a hashed file's texts read back from the corpus)."""
    source = hashed_source(path)
    if source is not None:
        return _corpus_module(source).load(path)
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_missing(path: Path) -> str | None:
    """Why ``path`` cannot be scored here (a hashed file without its corpus), or None."""
    source = hashed_source(path)
    if source is not None:
        data = _corpus_module(source).DATA
        if not data.is_dir():
            return f"{path.name}: skipped, its texts are read from {data}, which is not here"
    return None


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
    parser.add_argument(
        "--classes", action="store_true", help="print the error classes (development files)"
    )
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    heideltime_peer.add_arguments(parser)
    args = parser.parse_args(argv)
    missing = corpus_missing(args.path)
    if missing:
        print(missing)
        return 0
    classes = args.classes or bool(args.errors)
    if classes and is_blind(args.path):
        print(f"{args.path.name} is blind: it is measured, its errors never read", file=sys.stderr)
        return 2
    errors: list[str] | None = [] if args.errors else None
    figures = score(args.path, args.pred, errors).scores()
    counts = {"ours": figures.pop("errors")}  # a blind set's classes are never printed
    if args.pred is not None:
        figures.pop("chars_per_second", None)
    rows = [row(f"vs {args.pred.name}" if args.pred else "ours", figures)]
    payload = {"file": args.path.name, **figures}
    peer = heideltime_peer.from_arguments(args)
    if peer is not None:
        # the peer's errors are never listed: this set stays blind for both systems
        theirs = score(args.path, peer=peer).scores()
        theirs.pop("chars_per_second", None)
        counts["HeidelTime"] = theirs.pop("errors")
        rows.append(row("HeidelTime", theirs))
        payload["heideltime"] = theirs
    print(f"{args.path.name}: TempEval-3 Task A scoring, the same scorer for every system")
    print(HEADER)
    print("-" * len(HEADER))
    print("\n".join(rows))
    if "chars_per_second" in figures:
        print(f"ours: {figures['chars_per_second']:,.0f} characters per CPU-second")
    if classes:
        print(f"{'errors':<20} {'missed':>7} {'spurious':>8} {'type':>5} {'value':>6}")
        for name, e in counts.items():
            print(f"{name:<20} {e['missed']:>7} {e['spurious']:>8} {e['type']:>5} {e['value']:>6}")
        payload["errors"] = counts
    for line in (errors or [])[: args.errors]:
        print(line)
    if args.out:
        args.out.write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
