"""The same extractors on Dask: partitions of articles run where the scheduler puts them.

Optional: install with ``pip install 'newslens[dask]'``. Nothing here is imported unless
``engine="dask"`` is asked for. Without a scheduler address a ``LocalCluster`` of processes
is started (in a script, call it under ``if __name__ == "__main__":``; worker processes
re-import the main module).

Two modes:

- in memory (:func:`run_partitions`, what ``newslens.analyze(engine="dask")`` uses): an
  articles frame is split into partitions; their output comes back in the articles' order and
  is assembled by the same code as the local engine's, so results equal it row for row;
- out of core (:func:`analyze_parquet`): Parquet files in, one Parquet file per partition and
  analysis out (``OUT/numbers.v1/part-00000.parquet``) plus ``OUT/manifest.json``, so no
  process holds the corpus and ``newslens.Results.read(OUT)`` reads the parts back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from newslens.analysis import Analysis
from newslens.assembly import ERROR_COLUMNS, ChunkResult, empty_errors
from newslens.frames import empty_findings, findings_frame
from newslens.runner import iter_articles, run_chunk


def _client(scheduler: str | None, workers: int | None) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError(
            "engine='dask' needs the dask extra: pip install 'newslens[dask]'"
        ) from exc
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster), cluster


def _run_partition(
    frame: pd.DataFrame, analyses: Sequence[Analysis], timeout: float | None
) -> ChunkResult:
    return run_chunk(analyses, list(iter_articles(frame)), timeout)


def run_partitions(
    articles: pd.DataFrame,
    analyses: Sequence[Analysis],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = 500,
    timeout: float | None = 60.0,
) -> list[ChunkResult]:
    """Run per-article ``analyses`` over ``articles`` on Dask: one chunk result per partition,
    in the articles' order, for :class:`newslens.assembly.Collector` (so Dask output is
    assembled exactly as the local engine's)."""
    if not analyses or not len(articles):
        return []
    client, cluster = _client(scheduler, workers)
    try:
        parts = [
            articles.iloc[i : i + partition_size] for i in range(0, len(articles), partition_size)
        ]
        scattered = client.scatter(parts)
        futures = [
            client.submit(_run_partition, part, list(analyses), timeout, pure=False)
            for part in scattered
        ]
        return list(client.gather(futures))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _partition_to_files(
    frame: pd.DataFrame,
    index: int,
    analyses: Sequence[Analysis],
    out: str,
    timeout: float | None,
) -> dict[str, int]:
    from newslens.loading import load

    articles = load(frame)
    output = _run_partition(articles, analyses, timeout)
    counts = {}
    for analysis in analyses:
        chunk_rows, chunk_ids, chunk_errors = output[analysis.id]
        target = Path(out) / analysis.id
        target.mkdir(parents=True, exist_ok=True)
        findings = (
            findings_frame(analysis, chunk_rows, chunk_ids)
            if chunk_rows
            else empty_findings(analysis)
        )
        findings.to_parquet(target / f"part-{index:05d}.parquet", index=False)
        counts[analysis.id] = len(findings)
        errors_dir = Path(out) / "errors"
        errors_dir.mkdir(parents=True, exist_ok=True)
        frame_errors = (
            pd.DataFrame(chunk_errors, columns=list(ERROR_COLUMNS)).astype("str")
            if chunk_errors
            else empty_errors()
        )
        frame_errors.to_parquet(errors_dir / f"part-{index:05d}-{analysis.id}.parquet", index=False)
    counts["articles"] = len(articles)
    return counts


def analyze_parquet(
    paths: Sequence[str],
    analyses: Sequence[Analysis],
    out: str | Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    timeout: float | None = 60.0,
) -> pd.DataFrame:
    """Parquet in, Parquet out, one partition at a time; returns counts per partition."""
    import dask.dataframe as dd

    client, cluster = _client(scheduler, workers)
    try:
        frame = dd.read_parquet(list(paths))
        tasks = frame.to_delayed()
        futures = [
            client.submit(
                _partition_to_files,
                client.compute(task),
                index,
                list(analyses),
                str(out),
                timeout,
                pure=False,
            )
            for index, task in enumerate(tasks)
        ]
        counts = pd.DataFrame(client.gather(futures))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    from newslens.results_io import write_parts_manifest

    write_parts_manifest(Path(out), analyses, int(counts["articles"].sum()) if len(counts) else 0)
    return counts
