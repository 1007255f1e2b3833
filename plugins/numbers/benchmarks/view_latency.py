"""Per-pick cost of the numbers view on a 1,000-article corpus (headless, Python side only).

Why: the explorer rebuilds every analysis view on each article pick, so a view whose work grows
with the corpus makes every pick slow. This times ``view(context)`` exactly as the explorer calls
it (findings of the picked article, the corpus findings and the runner's summary) for 20 picks,
and also measures the size of the HTML it produces (what the browser must render).

Corpus: the Wikinews 2019 and 2020 files (CC BY 2.5, 295 articles) cycled to 1,000 with fresh
ids and a source per year, so counted nouns recur across articles as they do in a news corpus.

Run: ``.venv/bin/python plugins/numbers/benchmarks/view_latency.py [--picks 20]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pandas as pd

import newslens
from newslens import Article, ViewContext

DATA = Path("/work/shared/data/wikinews")


def corpus(n: int) -> pd.DataFrame:
    """``n`` articles cycled from the Wikinews files (fresh ids, a few sources)."""
    base = newslens.load(str(DATA / "wikinews_2019.csv"), str(DATA / "wikinews_2020.csv"))
    rows = []
    for i in range(n):
        row = base.iloc[i % len(base)].to_dict()
        row["article_id"] = f"wn-{i:04d}"
        row["source"] = f"outlet-{i % 7}"
        rows.append(row)
    return pd.DataFrame(rows)


def _html_size(widget) -> int:
    from newslens.testing import iter_widgets

    return sum(
        len(getattr(w, "value", "") or "")
        for w in iter_widgets(widget)
        if hasattr(w, "value") and isinstance(getattr(w, "value", None), str)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--picks", type=int, default=20)
    args = parser.parse_args()
    import ipywidgets  # noqa: F401  # the explorer has it loaded before any pick

    articles = corpus(args.articles)
    started = time.perf_counter()
    results = newslens.analyze(articles, ["numbers.v1"], progress=False)
    print(f"analyze: {time.perf_counter() - started:.1f} s")
    analysis = results.analyses["numbers.v1"]
    findings = results["numbers.v1"]
    summary = results.summaries.get("numbers.v1")
    print(f"{len(articles)} articles, {len(findings)} findings, summary {len(summary)} rows")
    samples, sizes = [], []
    for k in range(args.picks):
        row = articles.iloc[(37 * k + 11) % len(articles)]
        started = time.perf_counter()
        widget = analysis.view(
            ViewContext(
                analysis=analysis,
                findings=findings[findings["article_id"] == row["article_id"]],
                article=Article.from_row(row.to_dict()),
                all_findings=findings,
                articles=articles,
                summary=summary,
            )
        )
        samples.append((time.perf_counter() - started) * 1000)
        sizes.append(_html_size(widget))
    ordered = sorted(samples)
    print(
        f"numbers view per pick: median {statistics.median(samples):.1f} ms, "
        f"p90 {ordered[int(0.9 * (len(ordered) - 1))]:.1f} ms, first pick {samples[0]:.1f} ms "
        f"(builds the key index once); HTML median {statistics.median(sizes) / 1000:.0f} KB"
    )


if __name__ == "__main__":
    main()
