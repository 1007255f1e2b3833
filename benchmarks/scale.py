"""Scale: throughput and peak memory of every built-in analysis by corpus size and engine.

Reads Reuters-21578 from ../shared/data (research use only; never committed). Bodies are
repeated with new ids for the larger sizes. Each configuration runs in a fresh child process;
the parent samples the resident memory of the child's whole process tree (workers included)
every 100 ms, so peak memory covers pools and Dask workers too (as RSS summed, and as PSS:
shared pages of forked workers counted once; the memory bar is read on PSS).

    python benchmarks/scale.py                   # 1k, 10k, 19k; local x1, local x2, dask x2
    python benchmarks/scale.py --sizes 1000 190000 --configs local1
    python benchmarks/scale.py --sizes 210000 --configs cli-store2 cli-dask2   # bounded memory
    python benchmarks/scale.py --incremental     # also: re-run with 1% of articles changed

Configurations: ``local1``/``local2``/``dask1``/``dask2`` call ``newslens.analyze`` in memory
(results returned as frames, so memory grows with the findings); ``cli-store1``/``cli-store2``
run ``newslens analyze CORPUS/ --store`` which streams batches of articles from the corpus's
Parquet parts (10,000 rows each) into DuckDB: the configuration for corpora of any size, whose
peak RSS the memory bar is about; ``cli-dask2`` runs ``newslens analyze 'CORPUS/*.parquet'
--engine dask --out OUT`` (out of core: Parquet parts in and out, corpus-level steps after).
Repeated bodies get a marker line (``(copy N)``) so that every article has its own content
hash: the store de-duplicates identical texts, which would otherwise turn a ten-fold corpus
into a cache hit.

Prints a table, writes benchmarks/results/scale.json and benchmarks/results/scale.png.
Bars (issue 7): 19,043 bodies under 60 s wall on 2 cores; Dask with 2 workers at least 1.6x
one worker (local1); a re-run with 1% of articles changed in at most 5% of the full run's
time; cost linear in size (the fitted exponent k in wall ~ size^k is printed).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import cpu_model

REPO = Path(__file__).resolve().parents[1]
REUTERS = REPO.parent / "shared" / "data" / "reuters21578"
RESULTS = REPO / "benchmarks" / "results"

CONFIGS = {
    "local1": {"engine": "local", "workers": 1},
    "local2": {"engine": "local", "workers": 2},
    "dask1": {"engine": "dask", "workers": 1},
    "dask2": {"engine": "dask", "workers": 2},
    "cli-store1": {"engine": "cli-store", "workers": 1},
    "cli-store2": {"engine": "cli-store", "workers": 2},
    "cli-dask2": {"engine": "cli-dask", "workers": 2},
}
PART_ROWS = 10_000
#: What the scale figures are about: the per-article built-ins, and the corpus-level grouping
#: into stories whose memory issue 14 bounds. The story frames (story.figures.v1, ...) run a
#: batch of stories at a time (Analysis.batch_by, see docs/decisions.md); add them with
#: --analyses.
DEFAULT_ANALYSES = (
    "numbers.v1",
    "stance.attributions.v1",
    "stance.claims.v1",
    "timeline.v1",
    "stories.v1",
)


def build_corpus(size: int, target: Path) -> tuple[int, int]:
    """Write `size` Reuters bodies (repeated with new ids) as Parquet parts in `target`/."""
    import pandas as pd

    import newslens

    base = newslens.load(str(REUTERS / "*.sgm"))
    base = base[base["text"].str.len() > 0].reset_index(drop=True)
    repeats = math.ceil(size / len(base))
    frames = []
    for r in range(repeats):
        copy = base.copy()
        if r:
            copy["article_id"] = copy["article_id"] + f"~r{r}"
            copy["text"] = copy["text"] + f"\n\n(copy {r})"
        frames.append(copy)
    corpus = pd.concat(frames, ignore_index=True).head(size)
    corpus = corpus[["article_id", "title", "text", "published", "source"]]
    target.mkdir(parents=True, exist_ok=True)
    for part, begin in enumerate(range(0, len(corpus), PART_ROWS)):
        corpus.iloc[begin : begin + PART_ROWS].to_parquet(
            target / f"part-{part:04d}.parquet", index=False
        )
    return len(corpus), int(corpus["text"].str.len().sum())


CHILD = r"""
import sys, time, json
import pandas as pd
import newslens
from newslens.schema import articles_from_records
path, engine, workers, store = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
chosen = [a for a in sys.argv[5].split(",") if a] or None
start = time.perf_counter()
if engine == "cli-store":
    from newslens.cli import main
    selection = [arg for a in chosen or () for arg in ("-a", a)]
    try:
        main(["analyze", path, "--store", store, "--workers", str(workers), *selection])
    except SystemExit as exit:
        assert not exit.code, exit.code
    from newslens.store import Store
    with Store(store) as db:
        n = int(db.counts(chosen)["findings"].sum())
    print(json.dumps({"wall": time.perf_counter() - start, "findings": n}))
    sys.exit(0)
if engine == "cli-dask":  # out of core: Parquet parts in, Parquet parts out (store = OUT)
    import glob
    import pyarrow.parquet as pq
    from newslens.cli import main
    selection = [arg for a in chosen or () for arg in ("-a", a)]
    try:
        main(["analyze", f"{path}/*.parquet", "--engine", "dask", "--workers", str(workers),
              "--out", store, *selection])
    except SystemExit as exit:
        assert not exit.code, exit.code
    n = sum(pq.ParquetFile(f).metadata.num_rows
            for a in chosen or () for f in glob.glob(f"{store}/{a}/*.parquet"))
    print(json.dumps({"wall": time.perf_counter() - start, "findings": n}))
    sys.exit(0)
frame = pd.read_parquet(path)
articles = newslens.load(frame)
start = time.perf_counter()
cpu0 = time.process_time()
if store != "-":
    from newslens.store import Store
    with Store(store) as db:
        computed = db.analyze(articles, chosen, workers=workers, progress=False)
    n = sum(computed.values())
else:
    results = newslens.analyze(articles, chosen, workers=workers, engine=engine, progress=False)
    n = sum(len(f) for f in results.values())
wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "findings": n}))
"""


def run_config(
    corpus: Path, engine: str, workers: int, store: str = "-", analyses: str = ""
) -> dict:
    import psutil

    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), engine, str(workers), store, analyses],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    parent = psutil.Process(process.pid)
    peak = peak_pss = 0
    while process.poll() is None:
        try:
            tree = [p for p in [parent, *parent.children(recursive=True)] if p.is_running()]
            peak = max(peak, sum(p.memory_info().rss for p in tree))
            # PSS counts a page shared by forked workers once, split between them: the honest
            # total for a process tree (RSS sums count the parent's pages once per worker).
            peak_pss = max(peak_pss, sum(_pss(p) for p in tree))
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"child failed: {err[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = peak / 2**20
    result["peak_pss_mb"] = peak_pss / 2**20
    return result


def _pss(process) -> int:
    try:
        return process.memory_full_info().pss
    except (AttributeError, OSError):  # not Linux: fall back to RSS
        return process.memory_info().rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 19043])
    parser.add_argument(
        "--configs", nargs="+", default=["local1", "local2", "dask2"], choices=sorted(CONFIGS)
    )
    parser.add_argument(
        "--store", action="store_true", help="stream results into a DuckDB store (bounded memory)"
    )
    parser.add_argument("--incremental", action="store_true")
    parser.add_argument(
        "--analyses",
        default=",".join(DEFAULT_ANALYSES),
        help="comma-separated analysis ids (default: the per-article built-ins and stories.v1; "
        "'' for every registered analysis)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="start scale.json afresh (default: merge into it, replacing the same size/config)",
    )
    args = parser.parse_args()
    if not REUTERS.exists():
        sys.exit(f"Reuters-21578 not found at {REUTERS}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}"
            n_articles, n_chars = build_corpus(size, corpus)
            for name in args.configs:
                config = CONFIGS[name]
                wants_store = args.store or config["engine"] == "cli-store"
                store = str(Path(tmp) / f"{name}-{size}.duckdb") if wants_store else "-"
                if config["engine"] == "cli-dask":
                    store = str(Path(tmp) / f"{name}-{size}-out")  # the run's output folder
                result = run_config(
                    corpus, config["engine"], config["workers"], store, args.analyses
                )
                rows.append(
                    {
                        "size": n_articles,
                        "config": name,
                        "wall_s": result["wall"],
                        "articles_per_s": n_articles / result["wall"],
                        "chars_per_s": n_chars / result["wall"],
                        "peak_rss_mb": result["peak_rss_mb"],
                        "peak_pss_mb": result["peak_pss_mb"],
                        "findings": result["findings"],
                        "analyses": args.analyses or "every registered analysis",
                        "cpu": cpu_model(),
                        "cores": os.cpu_count(),
                    }
                )
                print(
                    f"{n_articles:>8} {name:>7} {result['wall']:8.2f}s "
                    f"{n_articles / result['wall']:9.0f} art/s {result['peak_rss_mb']:7.0f} MB RSS "
                    f"{result['peak_pss_mb']:7.0f} MB PSS",
                    flush=True,
                )
            if args.incremental:
                rows.extend(incremental(corpus, Path(tmp), n_articles))
    report(rows if args.fresh else merged(rows))


def merged(rows: list[dict]) -> list[dict]:
    """Earlier rows of scale.json plus these, a new row replacing an old one of the same
    size and config: the big sizes take long, so they are measured in runs of their own."""
    path = RESULTS / "scale.json"
    if not path.exists():
        return rows
    new = {(r["size"], r["config"]) for r in rows}
    old = [r for r in json.loads(path.read_text())["rows"] if (r["size"], r["config"]) not in new]
    return sorted(old + rows, key=lambda r: (r["size"], r["config"]))


def incremental(corpus: Path, tmp: Path, n_articles: int) -> list[dict]:
    """Full run into a store, then a re-run with 1% of articles changed."""
    import pandas as pd

    store = str(tmp / f"incremental-{n_articles}.duckdb")  # a fresh store per size
    full = run_config(corpus, "local", 2, store, ",".join(DEFAULT_ANALYSES))
    frame = pd.read_parquet(corpus)
    changed = frame.sample(frac=0.01, random_state=0).index
    frame.loc[changed, "text"] = frame.loc[changed, "text"] + " Updated 5 times."
    changed_path = tmp / f"changed-{n_articles}.parquet"
    frame.to_parquet(changed_path, index=False)
    rerun = run_config(changed_path, "local", 2, store, ",".join(DEFAULT_ANALYSES))
    ratio = rerun["wall"] / full["wall"]
    print(
        f"incremental: full {full['wall']:.2f}s, 1% changed {rerun['wall']:.2f}s "
        f"({100 * ratio:.1f}% of full)"
    )
    return [
        {"size": n_articles, "config": "incremental-full", "wall_s": full["wall"]},
        {
            "size": n_articles,
            "config": "incremental-1pct",
            "wall_s": rerun["wall"],
            "ratio_to_full": ratio,
        },
    ]


def report(rows: list[dict]) -> None:
    import numpy as np

    summary: dict = {"rows": rows, "exponents": {}}
    for config in {r["config"] for r in rows if "articles_per_s" in r}:
        points = sorted((r["size"], r["wall_s"]) for r in rows if r["config"] == config)
        if len(points) >= 2:
            sizes, walls = np.log([p[0] for p in points]), np.log([p[1] for p in points])
            summary["exponents"][config] = float(np.polyfit(sizes, walls, 1)[0])
    print("\n| size | config | wall s | articles/s | chars/s | peak RSS MB | peak PSS MB |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for r in rows:
        if "articles_per_s" in r:
            print(
                f"| {r['size']} | {r['config']} | {r['wall_s']:.2f} | {r['articles_per_s']:.0f} "
                f"| {r['chars_per_s']:.0f} | {r['peak_rss_mb']:.0f} | {r['peak_pss_mb']:.0f} |"
            )
    for config, exponent in summary["exponents"].items():
        print(f"fitted exponent (wall ~ size^k), {config}: k = {exponent:.2f}")
    (RESULTS / "scale.json").write_text(json.dumps(summary, indent=2))
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 4))
        for config in sorted({r["config"] for r in rows if "articles_per_s" in r}):
            points = sorted((r["size"], r["wall_s"]) for r in rows if r["config"] == config)
            ax.loglog(*zip(*points, strict=True), marker="o", label=config)
        ax.set_xlabel("articles")
        ax.set_ylabel("wall seconds")
        ax.legend()
        ax.set_title("newslens: cost against corpus size")
        fig.tight_layout()
        fig.savefig(RESULTS / "scale.png", dpi=120)
    except Exception as exc:
        print(f"plot skipped: {exc}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
