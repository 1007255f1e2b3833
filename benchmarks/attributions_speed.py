"""Words per CPU-second of ``stance.attributions.v1`` through ``newslens.analyze``.

Why: issue 18's speed bar (100,000 words per CPU-second) is read here the way the stance docs
report it: the Wikinews attribution files (a+b+c, 71 articles, 18,825 words) once through
``newslens.analyze`` in this process (one worker, no progress bar), the best process CPU time
(``time.process_time``) of ``--repeat`` runs, the core's sentence caches cleared before each
run so no run reads another's splits. CPU time, not wall time, so other jobs on the machine
move the figure less; they still move it (shared caches), so compare two versions of the code
in one sitting, alternating runs.

The script reads whichever ``newslens`` and ``newslens_stance`` the interpreter imports, so the
same file times another checkout: ``/path/to/other/.venv/bin/python
benchmarks/attributions_speed.py``.

``--versus TREE`` times another version beside this one in one sitting: TREE is a directory
holding that version's ``src`` and ``plugins`` (``git archive REF src plugins | tar -x -C
TREE``), each side runs in its own child interpreter (this one's, with TREE's sources first on
the path for the other), alternating ``--pairs`` times, and the JSON records both sides, each
pair's ratio and their median. The floor we compare with is the code issue 18 was filed
against (``002d56de``, the parent of the first PolNeAR commit), which the issue gives as
"today about 185,000" words per CPU-second on the filer's machine: the bar of 100,000 is 0.54
of that, so a ratio above 0.54 to it, read on any one machine, says the bar holds on the
filer's (as far as two CPUs slow both versions alike). A tree that old has no sentence caches
to clear; they are cleared where they exist.

Run: ``.venv/bin/python benchmarks/attributions_speed.py [--repeat 5] [--versus TREE [--pairs
3]]``; the figures, the CPU model and the load go to
``benchmarks/results/attributions_speed.json`` (``attributions_speed_versus.json`` with
``--versus``; ``--json PATH``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

DEVSETS = Path(__file__).resolve().parent / "devsets"
RESULTS = Path(__file__).resolve().parent / "results" / "attributions_speed.json"
RESULTS_VERSUS = RESULTS.with_name("attributions_speed_versus.json")
BAR = 100_000


def corpus_texts() -> list[str]:
    """The speed corpus: the texts of the Wikinews attribution files a+b+c, in file order."""
    return [
        json.loads(line)["text"]
        for f in sorted(DEVSETS.glob("attributions_wikinews_*.jsonl"))
        for line in f.open(encoding="utf-8")
        if line.strip()
    ]


def timed_analysis(texts: list[str]) -> Callable[[], tuple[float, int]]:
    """A function that runs ``stance.attributions.v1`` through ``newslens.analyze`` over
    ``texts`` once and returns (CPU seconds, rows). Each call clears the sentence caches first,
    so every run pays what a fresh corpus pays; the analysis is warmed up once here. Shared by
    this benchmark and the studies that set a cost beside it (``attributions_parser.py``,
    ``attributions_curve.py``), so their ratios divide by the same measurement."""
    from newslens_stance import plugin as stance_plugin

    import newslens.sentences as sentences
    from newslens import analyze, get_plugin_manager
    from newslens.schema import articles_from_records

    frame = articles_from_records(
        [
            {"article_id": f"a{i}", "text": t, "raw_text": t, "notes": ()}
            for i, t in enumerate(texts)
        ]
    )
    pm = get_plugin_manager(plugins=[("stance", stance_plugin)], entry_points=False)
    analyze(frame.head(3), ["stance.attributions.v1"], plugin_manager=pm, progress=False)

    def run() -> tuple[float, int]:
        for name in ("paragraphs", "sentence_spans", "_starts"):
            cache_clear = getattr(getattr(sentences, name, None), "cache_clear", None)
            if cache_clear is not None:
                cache_clear()
        start = time.process_time()
        result = analyze(frame, ["stance.attributions.v1"], plugin_manager=pm, progress=False)
        return time.process_time() - start, len(result["stance.attributions.v1"])

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs; the best CPU time counts")
    ap.add_argument("--json", type=Path, help="where the figures go (default: results/)")
    ap.add_argument("--versus", type=Path, help="another version's tree (src/, plugins/)")
    ap.add_argument("--pairs", type=int, default=3, help="alternating pairs with --versus")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.versus is not None:
        args.json = args.json or RESULTS_VERSUS
        return versus(args)
    args.json = args.json or RESULTS

    import newslens_stance

    texts = corpus_texts()
    words = sum(len(t.split()) for t in texts)
    run = timed_analysis(texts)
    best = float("inf")
    rows = 0
    for _ in range(args.repeat):
        cpu_s, rows = run()
        best = min(best, cpu_s)
    from machine import machine_facts

    machine = machine_facts()
    load = machine["load_average"]
    if args.child:
        print(json.dumps({"words": words, "rows": rows, "best_cpu_s": best}))
        return 0
    print(
        f"{Path(newslens_stance.__file__).parents[4].name}: {len(texts)} articles, "
        f"{words:,} words, {rows} rows; best CPU {best:.3f} s of {args.repeat}: "
        f"{words / best:,.0f} words per CPU-second (load average {load:.2f}; bar {BAR:,})"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "corpus": "Wikinews attribution files a+b+c through newslens.analyze",
                "articles": len(texts),
                "words": words,
                "rows": rows,
                "best_cpu_s": best,
                "words_per_cpu_s": words / best,
                "bar_words_per_cpu_s": BAR,
                "repeat": args.repeat,
                "tree": Path(newslens_stance.__file__).parents[4].name,
                "machine": machine,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


def _child(repeat: int, tree: Path | None) -> dict[str, float]:
    """One side's best CPU time, in a fresh interpreter (``tree``'s sources first if given)."""
    env = dict(os.environ)
    if tree is not None:
        paths = [tree / "src", *sorted(p / "src" for p in (tree / "plugins").iterdir())]
        env["PYTHONPATH"] = os.pathsep.join(map(str, paths))
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--repeat", str(repeat), "--json", os.devnull],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def versus(args: argparse.Namespace) -> int:
    """Alternate this version and ``args.versus`` in one sitting; the median ratio is the figure."""
    from machine import machine_facts

    ours: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    for _ in range(args.pairs):
        theirs.append(_child(args.repeat, args.versus.resolve()))
        ours.append(_child(args.repeat, None))
    words = ours[0]["words"]
    ratios = [t["best_cpu_s"] / o["best_cpu_s"] for o, t in zip(ours, theirs, strict=True)]
    machine = machine_facts()
    load = machine["load_average"]
    for label, runs in (("this version", ours), (f"versus {args.versus}", theirs)):
        rates = ", ".join(f"{words / r['best_cpu_s']:,.0f}" for r in runs)
        print(f"{label:<40} {runs[0]['rows']:>5} rows  words per CPU-second: {rates}")
    print(
        f"ratio (their CPU time / ours), per pair: {', '.join(f'{r:.2f}' for r in ratios)}; "
        f"median {statistics.median(ratios):.2f} (load average {load:.2f}; bar {BAR:,})"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "corpus": "Wikinews attribution files a+b+c through newslens.analyze",
                "words": words,
                "rows": ours[0]["rows"],
                "words_per_cpu_s": [words / r["best_cpu_s"] for r in ours],
                "versus_tree": str(args.versus),
                "versus_rows": theirs[0]["rows"],
                "versus_words_per_cpu_s": [words / r["best_cpu_s"] for r in theirs],
                "ratios": ratios,
                "median_ratio": statistics.median(ratios),
                "bar_words_per_cpu_s": BAR,
                "repeat": args.repeat,
                "pairs": args.pairs,
                "machine": machine,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
