"""Peak memory of the corpus-level phase of a 210,000-article run, on its own.

A full ``benchmarks/scale.py --sizes 210000 --configs cli-store2`` run spends some 20 minutes
in the per-article analyses before the corpus-level steps start. This measures those steps
alone, over a store that holds the scale corpus (``scale.build_corpus``) and its per-article
findings, made by replicating the findings of the Reuters bodies to their copies (a copy is
its body plus a ``(copy N)`` line, so its findings are the body's, less a number in that
line). Each phase runs in a fresh child process as ``newslens analyze --store`` runs it
(``Store.results(ids, collect=False)``); the parent samples the child's PSS and RSS.

    python benchmarks/corpus_phase.py build STORE CORPUS_DIR FINDINGS_DIR
    python benchmarks/corpus_phase.py run STORE stories.v1 [OUT.json]
    python benchmarks/corpus_phase.py run STORE story.figures.v1,story.claims.v1,story.timeline.v1

``FINDINGS_DIR`` holds ``numbers.v1.parquet``, ``stance.attributions.v1.parquet`` and
``timeline.v1.parquet`` of Reuters-21578 (``newslens.analyze(...)[id].to_parquet(...)``). A
child of a fresh process starts smaller than the CLI's process after its streamed per-article
phase: read these figures beside the full run's (README, docs/decisions.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

STORY_INPUTS = ["story.figures.v1", "story.claims.v1", "story.timeline.v1"]

CHILD = r"""
import sys, time
import newslens
from newslens.store import Store
start = time.perf_counter()
ids = sys.argv[2].split(",")
with Store(sys.argv[1]) as db:
    results = db.results(ids, collect=False)
    errors = results.errors[results.errors["article_id"] == ""]
    assert errors.empty, errors.to_dict("records")
    print({"wall": time.perf_counter() - start, "rows": results.rows})
"""


def build(store: str, corpus: Path, findings: Path) -> None:
    import numpy as np
    import pandas as pd

    import newslens
    from newslens.runner import plan_run
    from newslens.store import Store, _json, table_name

    run_plan = plan_run(STORY_INPUTS, newslens.get_plugin_manager())
    with Store(store) as db:
        ids: list[str] = []
        for part in sorted(corpus.glob("*.parquet")):
            articles = newslens.load(pd.read_parquet(part))
            db.put_articles(articles)
            ids.extend(articles["article_id"].tolist())
        all_ids = pd.Series(ids, dtype="str")
        base = all_ids.str.replace(r"~r\d+$", "", regex=True)
        copy = all_ids.str.extract(r"~r(\d+)$")[0].fillna("0").astype(int)
        for analysis in run_plan.per_article:
            source = pd.read_parquet(findings / f"{analysis.id}.parquet")
            db._ensure_table(analysis)
            source["ord"] = source.groupby("article_id").cumcount()
            for column, dtype in analysis.columns.items():
                if dtype == "object":
                    source[column] = source[column].map(_json)
            by_base = source.groupby("article_id").indices
            none = np.zeros(0, dtype=np.int64)
            for r in range(int(copy.max()) + 1):
                rows = np.concatenate([by_base.get(b, none) for b in base[copy == r]] or [none])
                frame = source.iloc[rows][["article_id", "ord", *analysis.columns]].copy()
                if r:
                    frame["article_id"] = frame["article_id"] + f"~r{r}"
                db._insert(table_name(analysis.id), frame)
            counts = source.groupby("article_id").size()
            done = pd.DataFrame(
                {
                    "article_id": all_ids,
                    "analysis_id": analysis.id,
                    "input_key": "",
                    "version": run_plan.keys[analysis.id],
                    "n_findings": base.map(counts).fillna(0).astype("int64"),
                }
            )
            db._insert("done", done, replace=True)
        db.con.execute("checkpoint")


def run(store: str, ids: str) -> dict:
    import psutil

    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, store, ids], stdout=subprocess.PIPE, text=True
    )
    parent = psutil.Process(process.pid)
    peak_pss = peak_rss = 0
    while process.poll() is None:
        try:
            info = parent.memory_full_info()
            peak_pss, peak_rss = max(peak_pss, info.pss), max(peak_rss, info.rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, _ = process.communicate()
    if process.returncode:
        raise RuntimeError(f"child failed ({process.returncode})")
    return {
        "analyses": ids,
        "peak_pss_mb": peak_pss / 2**20,
        "peak_rss_mb": peak_rss / 2**20,
        "child": out.strip().splitlines()[-1],
    }


def main() -> None:
    if sys.argv[1] == "build":
        build(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    sys.path.insert(0, str(Path(__file__).parent))
    from machine import cpu_model

    result = run(sys.argv[2], sys.argv[3]) | {"cpu": cpu_model()}
    print(json.dumps(result, indent=1))
    if len(sys.argv) > 4:
        Path(sys.argv[4]).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
