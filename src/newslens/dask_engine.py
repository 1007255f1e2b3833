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

from collections.abc import Iterator, Sequence
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


#: Where an out-of-core run keeps the cleaned articles (without their raw text) for its
#: corpus-level steps; removed once they ran.
ARTICLES_PARTS = "_articles"


def _partition_to_files(
    frame: pd.DataFrame,
    index: int,
    analyses: Sequence[Analysis],
    out: str,
    timeout: float | None,
    keep_articles: bool = False,
) -> dict[str, int]:
    from newslens.assembly import corpus_articles
    from newslens.loading import load

    articles = load(frame)
    if keep_articles:
        target = Path(out) / ARTICLES_PARTS
        target.mkdir(parents=True, exist_ok=True)
        kept = corpus_articles(articles)
        kept.to_parquet(target / f"part-{index:05d}.parquet", index=False)
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
    """Parquet in, Parquet out, one partition at a time; returns counts per partition.

    Corpus-level ``analyses`` (each with its inputs among ``analyses``) run once the
    partitions are done, in this process and after the cluster is closed: they read the
    cleaned articles (kept without raw text) and their inputs' parts back from ``out``
    (:func:`combine_parts`)."""
    import dask.dataframe as dd

    per_article = [a for a in analyses if a.extract is not None]
    corpus_level = [a for a in analyses if a.combine is not None]
    client, cluster = _client(scheduler, workers)
    try:
        frame = dd.read_parquet(list(paths))
        tasks = frame.to_delayed()
        futures = [
            client.submit(
                _partition_to_files,
                client.compute(task),
                index,
                per_article,
                str(out),
                timeout,
                bool(corpus_level),
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

    n_articles = int(counts["articles"].sum()) if len(counts) else 0
    if corpus_level:  # one more row of counts: the corpus-level steps' (no articles of its own)
        written = combine_parts(Path(out), analyses)
        counts = pd.concat([counts, pd.DataFrame([{"articles": 0, **written}])], ignore_index=True)
    write_parts_manifest(Path(out), analyses, n_articles)
    return counts.fillna(0).astype("int64")


def combine_parts(out: Path, analyses: Sequence[Analysis]) -> dict[str, int]:
    """Run the corpus-level ``analyses`` over an out-of-core run's parts in ``out``: their
    output as parts of their own (``OUT/story.figures.v1/part-corpus-00000.parquet``, one per
    batch for a ``batch_by`` analysis), their errors in ``OUT/errors/part-corpus.parquet``;
    returns the rows written per analysis. Memory is the articles without raw text plus the
    inputs these steps declare (a batch of them for a ``batch_by`` step), never the other
    findings."""
    import shutil

    from newslens.assembly import assemble
    from newslens.plan import plan
    from newslens.results_io import _read_parts
    from newslens.schema import articles_from_frame

    run_plan = plan(list(analyses), list(analyses))
    articles_dir = out / ARTICLES_PARTS
    articles = articles_from_frame(_read_parts(articles_dir, {"article_id": "str"}))
    results = assemble(
        run_plan,
        _PartsFindings(out),
        [],
        articles,
        articles_digest="-",
        cache=_PartsOutput(out),
        collect=False,
    )
    del articles
    errors = results.errors.astype("str") if len(results.errors) else empty_errors()
    (out / "errors").mkdir(parents=True, exist_ok=True)
    errors.to_parquet(out / "errors" / "part-corpus.parquet", index=False)
    shutil.rmtree(articles_dir, ignore_errors=True)
    return {a.id: max(results.rows.get(a.id, 0), 0) for a in run_plan.corpus_level}


class _PartsFindings:
    """An out-of-core run's per-article parts as :class:`newslens.assembly.FindingsSource`."""

    def __init__(self, out: Path) -> None:
        self.out = out

    def frame(self, analysis: Analysis) -> pd.DataFrame:
        return findings_frame_from_parts(self.out / analysis.id, analysis)

    def rows_of(self, analysis: Analysis, article_ids: pd.Series) -> pd.DataFrame:
        return findings_frame_from_parts(self.out / analysis.id, analysis, article_ids)


class _PartsOutput:
    """The output folder as :class:`newslens.assembly.CorpusCache` for the corpus-level
    steps: it keeps nothing from an earlier run (never a hit); a step's frame, or each batch
    of a batched step, is written as a part as it comes."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.kept: dict[str, str] = {}

    def _target(self, analysis: Analysis) -> Path:
        target = self.out / analysis.id
        target.mkdir(parents=True, exist_ok=True)
        for stale in target.glob("part-corpus*.parquet"):
            stale.unlink()
        return target

    def get(self, analysis: Analysis, kind: str, key: str) -> pd.DataFrame | None:
        if kind != "combine" or self.kept.get(analysis.id) != key:
            return None
        return findings_frame_from_parts(self.out / analysis.id, analysis)

    def has(self, analysis: Analysis, kind: str, key: str) -> bool:
        return kind == "combine" and self.kept.get(analysis.id) == key

    def put(self, analysis: Analysis, kind: str, key: str, frame: pd.DataFrame) -> None:
        if kind != "combine":  # summaries are not computed out of core
            return
        frame.to_parquet(self._target(analysis) / "part-corpus-00000.parquet", index=False)
        self.kept[analysis.id] = key

    def put_parts(self, analysis: Analysis, key: str, parts: Iterator[pd.DataFrame]) -> int:
        target = self._target(analysis)
        n_rows = written = 0
        try:
            for part in parts:
                if len(part) or not written:
                    part.to_parquet(target / f"part-corpus-{written:05d}.parquet", index=False)
                    written += 1
                n_rows += len(part)
        except BaseException:
            self._target(analysis)  # no half output
            raise
        self.kept[analysis.id] = key
        return n_rows


def findings_frame_from_parts(
    directory: Path, analysis: Analysis, article_ids: pd.Series | None = None
) -> pd.DataFrame:
    """One analysis's findings read back from its parts with its dtypes (with
    ``article_ids``: only those articles' rows, filtered as the parts are read)."""
    files = sorted(directory.glob("*.parquet")) if directory.is_dir() else []
    filters = None if article_ids is None else [("article_id", "in", list(article_ids))]
    frames = [f for f in (pd.read_parquet(path, filters=filters) for path in files) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_findings(analysis)
