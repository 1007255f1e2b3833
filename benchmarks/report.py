"""Report regeneration time on the bundled sample: `newslens report` against plain nbconvert.

Ours, two ways, each timed as a fresh process: ``newslens report notebooks/report.ipynb --out
DIR`` computing every analysis in the report (papermill in report mode, then the offline
template), and the same with ``-p store=FILE`` reading the results that ``newslens analyze
--store`` kept (what ``make report`` runs; the store is filled once, untimed, before the runs).
Peer, side by side: ``jupyter nbconvert --execute --to html`` on the same notebook (nbconvert's
default lab template, interactive mode), the usual way to publish a notebook; we count what
its HTML would fetch from the network. Both run every installed analysis over the sample.

Floor, in the same run: ``jupyter nbconvert --execute --to html`` of a one-cell notebook (a
kernel started, one cell run, a page written): what any executed report costs at least on
this machine. Machines differ, so the bar is a ratio (issue 15): both of ours within 3x that
floor, with zero external URLs. The tools run interleaved, round by round. Needs only the
project's ``report`` extra (nbconvert is already there); no separate environment. The JSON
records the CPU model and the load.

Run: ``.venv/bin/python benchmarks/report.py [--runs 3]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import cpu_model

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOTEBOOK = REPO / "notebooks" / "report.ipynb"
BAR_RATIO = 3.0
ONE_CELL = {
    "cells": [
        {"cell_type": "code", "execution_count": None, "id": "one", "metadata": {},
         "outputs": [], "source": ["print('floor')"]}
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}  # fmt: skip


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=REPO)
    return time.perf_counter() - started


def describe(html_path: Path) -> dict[str, object]:
    from newslens.report import report_stats

    text = html_path.read_text(encoding="utf-8")
    stats = report_stats(html_path)  # one scan of the report
    return {
        "kib": stats["bytes"] // 1024,
        "sections": len(stats["sections"]),
        "figures_embedded": stats["figures"],
        "external_urls": stats["external_urls"],
        "cdn_scripts": sum(text.count(cdn) for cdn in ("cdnjs.", "jsdelivr", "unpkg.com")),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import newslens

    analyses = list(newslens.get_plugin_manager().analyses().names())
    with tempfile.TemporaryDirectory(prefix="newslens-report-bench-") as tmp:
        store = Path(tmp) / "sample.duckdb"
        # what `make report` runs first: the analyses, kept in the store the report then reads
        subprocess.run(
            [str(BIN / "newslens"), "analyze", str(newslens.sample_path()), "--store", str(store)],
            check=True, capture_output=True, cwd=REPO,
        )  # fmt: skip
        one_cell = Path(tmp) / "one-cell.ipynb"
        one_cell.write_text(json.dumps(ONE_CELL), encoding="utf-8")
        report = [str(BIN / "newslens"), "report", str(NOTEBOOK), "--out"]
        tools = {
            "newslens report, computing (offline)": (
                [*report, f"{tmp}/ours"], Path(tmp) / "ours" / "report.html"
            ),
            "newslens report -p store (make report)": (
                [*report, f"{tmp}/kept", "-p", f"store={store}"], Path(tmp) / "kept" / "report.html"
            ),
            "jupyter nbconvert --execute --to html": (
                nbconvert_html(NOTEBOOK, Path(tmp) / "peer"), Path(tmp) / "peer" / "report.html"
            ),
            "floor: one-cell notebook, nbconvert": (
                nbconvert_html(one_cell, Path(tmp) / "floor"), Path(tmp) / "floor" / "one-cell.html"
            ),
        }  # fmt: skip
        times: dict[str, list[float]] = {tool: [] for tool in tools}
        for _ in range(args.runs):  # interleaved: a change in the machine's load hits all alike
            for tool, (command, _html) in tools.items():
                times[tool].append(timed(command))
        rows = [
            {"tool": tool, **_times(times[tool]), **describe(html)}
            for tool, (_command, html) in tools.items()
        ]
    header = (
        f"{'tool':<40} {'median s':>8} {'min s':>6} {'KiB':>6} {'sections':>8} "
        f"{'figures':>7} {'ext URLs':>8}"
    )
    n_articles = len(newslens.load(newslens.sample_path()))
    print(f"sample: {n_articles} articles; analyses: {', '.join(analyses) or 'none'}")
    print(header)
    for r in rows:
        print(
            f"{r['tool']:<40} {r['median_s']:>8} {r['min_s']:>6} {r['kib']:>6} {r['sections']:>8} "
            f"{r['figures_embedded']:>7} {r['external_urls']:>8}"
        )
    floor = rows[3]["median_s"]
    ratio = round(rows[0]["median_s"] / floor, 2)
    kept_ratio = round(rows[1]["median_s"] / floor, 2)
    offline = rows[0]["external_urls"] == 0 and rows[1]["external_urls"] == 0
    ok = ratio <= BAR_RATIO and kept_ratio <= BAR_RATIO and offline
    print(
        f"ours / floor: computing {ratio}x, results from the store {kept_ratio}x (bar: both "
        f"within {BAR_RATIO:g}x, zero external URLs): {'PASS' if ok else 'FAIL'}"
    )
    result = {
        "benchmark": "report",
        "analyses": analyses,
        "n_articles": n_articles,
        "rows": rows,
        "ratio_to_floor": ratio,
        "ratio_to_floor_with_store": kept_ratio,
        "bar_ratio": BAR_RATIO,
        "pass": ok,
        "machine": _machine(),
    }
    path = REPO / "benchmarks" / "results" / "report.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0 if ok else 1


def nbconvert_html(notebook: Path, out_dir: Path) -> list[str]:
    """The peer's and the floor's command: execute ``notebook``, write its HTML to ``out_dir``."""
    command = [str(BIN / "jupyter"), "nbconvert", "--execute", "--to", "html"]
    return [*command, "--output-dir", str(out_dir), str(notebook)]


def _machine() -> dict[str, object]:
    cpu = cpu_model()
    load = os.getloadavg() if hasattr(os, "getloadavg") else ()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in load],
    }


def _times(values: list[float]) -> dict[str, object]:
    return {
        "median_s": round(statistics.median(values), 2),
        "min_s": round(min(values), 2),
        "runs_s": [round(v, 2) for v in values],
    }


if __name__ == "__main__":
    raise SystemExit(main())
