"""Run analyses over a corpus: per-article error isolation, time-outs, progress, process pool.

Every article that goes in comes out: with findings, or with a row in ``Results.errors``
naming the article, the analysis and the cause. One failing extractor never sinks the run
(``errors="raise"`` is for scripts and tests that want the first failure).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from newslens.analysis import Analysis, Article
from newslens.frames import check_rows, empty_findings, findings_frame
from newslens.manager import NewslensPluginManager, get_plugin_manager
from newslens.schema import validate_articles

ERROR_COLUMNS = ("article_id", "analysis", "plugin", "error_type", "message")
DEFAULT_TIMEOUT = 60.0
CHUNK_SIZE = 64


class AnalysisTimeout(TimeoutError):
    """An extractor ran longer than the per-article time limit."""


class AnalysisError(RuntimeError):
    """Raised with ``errors="raise"``: names the article and the analysis that failed."""


# ----------------------------------------------------------------------------- results


@dataclass
class Results(Mapping[str, pd.DataFrame]):
    """Findings per analysis id, plus the errors frame and corpus-level summaries.

    Behaves as a read-only mapping ``{analysis_id: findings frame}``.
    """

    findings: dict[str, pd.DataFrame]
    errors: pd.DataFrame
    summaries: dict[str, pd.DataFrame] = field(default_factory=dict)
    analyses: dict[str, Analysis] = field(default_factory=dict, repr=False)
    n_articles: int = 0

    def __getitem__(self, key: str) -> pd.DataFrame:
        try:
            return self.findings[key]
        except KeyError:
            raise KeyError(
                f"no results for {key!r}. Available: {', '.join(self.findings) or 'none'}"
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def summary(self) -> pd.DataFrame:
        """Findings and errors per analysis: what the CLI prints."""
        rows = []
        for analysis_id, frame in self.findings.items():
            errors = self.errors[self.errors["analysis"] == analysis_id]
            rows.append(
                {
                    "analysis": analysis_id,
                    "findings": len(frame),
                    "articles_with_findings": frame["article_id"].nunique(),
                    "errors": len(errors),
                }
            )
        return pd.DataFrame(
            rows, columns=["analysis", "findings", "articles_with_findings", "errors"]
        )

    def save(
        self, directory: str | Path, format: Literal["parquet", "csv", "jsonl"] = "parquet"
    ) -> list[Path]:
        """Write one file per analysis (``numbers.v1.parquet``) plus ``errors`` and summaries."""
        from newslens.results_io import save_results

        return save_results(self, Path(directory), format)

    @classmethod
    def read(cls, directory: str | Path) -> Results:
        """Read results written by :meth:`save` back into equal frames."""
        from newslens.results_io import read_results

        return read_results(Path(directory))


def empty_errors() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="str") for c in ERROR_COLUMNS})


def concat_findings(analysis: Analysis, parts: list[pd.DataFrame]) -> pd.DataFrame:
    """One findings frame from per-chunk frames (the declared empty frame when none)."""
    if not parts:
        return empty_findings(analysis)
    if len(parts) == 1:
        return parts[0]
    return pd.concat(parts, ignore_index=True)


def errors_frame(
    errors: list[dict[str, str]], article_ids: Sequence[str], analyses: Sequence[Analysis]
) -> pd.DataFrame:
    """Error rows in a fixed order (article order, then analysis order), whatever the engine
    or chunking; corpus-level rows (empty ``article_id``) come last."""
    if not errors:
        return empty_errors()
    position = {aid: i for i, aid in enumerate(article_ids)}
    rank = {a.id: i for i, a in enumerate(analyses)}
    ordered = sorted(
        errors,
        key=lambda e: (position.get(e["article_id"], len(position)), rank.get(e["analysis"], 0)),
    )
    return pd.DataFrame(ordered, columns=list(ERROR_COLUMNS)).astype("str")


# ----------------------------------------------------------------------------- isolation


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`AnalysisTimeout` in this thread after ``seconds``.

    Uses ``SIGALRM``, so it applies only in a process's main thread on POSIX (the CLI, a
    notebook kernel, pool workers); elsewhere the call runs without a limit.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise AnalysisTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_one(
    analysis: Analysis, article: Article, timeout: float | None
) -> tuple[list[dict[str, Any]], dict[str, str] | None]:
    """Run one extractor on one article: (rows, None) or ([], error record)."""
    try:
        with time_limit(timeout):
            output = analysis.extract(article)
            if isinstance(output, Iterator):  # a generator does its work when consumed
                output = list(output)
        return check_rows(analysis, output, article.text), None
    except Exception as exc:
        message = str(exc) or type(exc).__name__
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename != __file__]
        if frames:
            last = frames[-1]
            message = f"{message} (at {Path(last.filename).name}:{last.lineno})"
        return [], {
            "article_id": article.article_id,
            "analysis": analysis.id,
            "plugin": analysis.plugin,
            "error_type": type(exc).__name__,
            "message": message,
        }


ChunkResult = dict[str, tuple[list[dict[str, Any]], list[str], list[dict[str, str]]]]


def run_chunk(
    analyses: Sequence[Analysis], articles: Sequence[Article], timeout: float | None
) -> ChunkResult:
    """Run every analysis over a chunk of articles; pure apart from the clock."""
    out: ChunkResult = {a.id: ([], [], []) for a in analyses}
    for article in articles:
        for analysis in analyses:
            rows, error = run_one(analysis, article, timeout)
            bucket_rows, bucket_ids, bucket_errors = out[analysis.id]
            if error is not None:
                bucket_errors.append(error)
                continue
            bucket_rows.extend(rows)
            bucket_ids.extend([article.article_id] * len(rows))
    return out


# Pool workers get the analyses once, at start-up (inherited on fork, so even a notebook's
# one-cell plugin works), and only article chunks travel per task.
_WORKER_STATE: dict[str, Any] = {}


def _init_worker(analyses: Sequence[Analysis], timeout: float | None) -> None:
    _WORKER_STATE["analyses"] = analyses
    _WORKER_STATE["timeout"] = timeout


def _worker_chunk(articles: Sequence[Article], ids: Sequence[str] | None = None) -> ChunkResult:
    analyses = _WORKER_STATE["analyses"]
    if ids is not None:
        analyses = [a for a in analyses if a.id in ids]
    return run_chunk(analyses, articles, _WORKER_STATE["timeout"])


@contextmanager
def worker_pool(
    analyses: Sequence[Analysis], workers: int | None, timeout: float | None
) -> Iterator[ProcessPoolExecutor | None]:
    """A process pool for ``analyses`` to reuse across many calls (``None`` for one worker).

    Why: a streamed run analyses batch after batch; a pool per batch would fork the parent
    each time, when it holds a batch and the store's buffers, and every worker would start
    as big as the parent. Forked once, before the first batch, workers stay small.
    """
    if not workers or workers <= 1 or not analyses:
        yield None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(
        max_workers=min(workers, os.cpu_count() or workers),
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(tuple(analyses), timeout),
    ) as pool:
        yield pool


# ----------------------------------------------------------------------------- analyze


def iter_articles(articles: pd.DataFrame) -> Iterator[Article]:
    columns = list(articles.columns)
    for values in articles.itertuples(index=False, name=None):
        yield Article.from_row(dict(zip(columns, values, strict=True)))


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def progress_enabled(progress: bool | None) -> bool:
    """Show a bar in a terminal or a Jupyter kernel; stay quiet in CI logs and pipes."""
    if progress is False:
        return False
    if progress is True and "ipykernel" in sys.modules:
        return True
    return bool(progress) and sys.stderr.isatty()


def resolve_analyses(
    selection: Iterable[str | Analysis] | None, pm: NewslensPluginManager
) -> list[Analysis]:
    registry = pm.analyses()
    if selection is None:
        return list(registry)
    chosen: list[Analysis] = []
    for item in selection:
        chosen.append(item if isinstance(item, Analysis) else registry[item])
    ids = [a.id for a in chosen]
    if len(set(ids)) != len(ids):
        raise ValueError(f"analysis selected twice: {ids}")
    return chosen


def analyze(
    articles: pd.DataFrame | Any,
    analyses: Iterable[str | Analysis] | None = None,
    *,
    workers: int | None = None,
    errors: Literal["collect", "raise"] = "collect",
    progress: bool | None = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    plugin_manager: NewslensPluginManager | None = None,
    engine: Literal["local", "dask"] = "local",
    scheduler: str | None = None,
) -> Results:
    """Run analyses over an articles frame and return their findings and errors.

    :param articles: an articles frame (see :mod:`newslens.schema`), or anything
        :func:`newslens.load` accepts.
    :param analyses: ids (``"numbers.v1"``) or :class:`Analysis` objects; default every
        registered analysis.
    :param workers: ``None`` or 1 runs in this process; ``N > 1`` runs chunks of articles over
        a pool of N processes. Output order is the articles' order either way.
    :param errors: ``"collect"`` turns an exception, a wrong return or a time-out on one
        article into a row of ``Results.errors``; ``"raise"`` raises :class:`AnalysisError`.
    :param progress: a tqdm bar (a widget in JupyterLab, text in a terminal, off in pipes).
    :param timeout: seconds one extractor may take on one article (``None``: no limit).
    :param engine: ``"local"`` (this process or a pool) or ``"dask"`` (partitions on a Dask
        cluster at ``scheduler``, or a LocalCluster of ``workers`` processes); same results.
    """
    pm = plugin_manager or get_plugin_manager()
    if not isinstance(articles, pd.DataFrame):
        from newslens.loading import load

        articles = load(articles, plugin_manager=pm)
    validate_articles(articles)
    chosen = resolve_analyses(analyses, pm)
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")

    runnable: list[Analysis] = []
    error_rows: list[dict[str, str]] = []
    for analysis in chosen:
        missing = [c for c in analysis.requires if c not in articles.columns]
        if missing:
            message = f"requires article column(s) {missing}, which the articles frame lacks"
            if errors == "raise":
                raise AnalysisError(f"{analysis.id} {message}")
            error_rows.extend(
                {
                    "article_id": aid,
                    "analysis": analysis.id,
                    "plugin": analysis.plugin,
                    "error_type": "MissingColumn",
                    "message": message,
                }
                for aid in articles["article_id"]
            )
        else:
            runnable.append(analysis)

    if engine == "dask":
        from newslens.dask_engine import analyze_dask

        results = analyze_dask(
            articles, runnable, scheduler=scheduler, workers=workers, timeout=timeout
        )
        if errors == "raise" and len(results.errors):
            first = results.errors.iloc[0]
            raise AnalysisError(
                f"{first['analysis']} failed on article {first['article_id']!r}: "
                f"{first['error_type']}: {first['message']}"
            )
        for analysis in chosen:
            results.findings.setdefault(analysis.id, empty_findings(analysis))
        results.errors = errors_frame(
            error_rows + results.errors.to_dict("records"), list(articles["article_id"]), chosen
        )
        results.analyses = {a.id: a for a in chosen}
        return results

    # Rows become typed frames chunk by chunk: frames hold findings far more compactly than
    # lists of dicts, which keeps memory near the size of the output.
    parts: dict[str, list[pd.DataFrame]] = {a.id: [] for a in runnable}
    by_id = {a.id: a for a in runnable}
    chunk_iter = _chunks(iter_articles(articles), CHUNK_SIZE)

    from tqdm.auto import tqdm

    bar = tqdm(total=len(articles), unit="article", disable=not progress_enabled(progress))
    try:
        for chunk, result in _execute(chunk_iter, runnable, workers, timeout):
            for analysis_id, (chunk_rows, chunk_ids, chunk_errors) in result.items():
                if chunk_rows:
                    parts[analysis_id].append(
                        findings_frame(by_id[analysis_id], chunk_rows, chunk_ids)
                    )
                if chunk_errors and errors == "raise":
                    first = chunk_errors[0]
                    raise AnalysisError(
                        f"{first['analysis']} failed on article {first['article_id']!r}: "
                        f"{first['error_type']}: {first['message']}"
                    )
                error_rows.extend(chunk_errors)
            bar.update(len(chunk))
    finally:
        bar.close()

    findings = {a.id: concat_findings(a, parts[a.id]) for a in runnable}
    for analysis in chosen:
        findings.setdefault(analysis.id, empty_findings(analysis))
    summaries: dict[str, pd.DataFrame] = {}
    for analysis in runnable:
        if analysis.summarize is None:
            continue
        try:
            summaries[analysis.id] = analysis.summarize(findings[analysis.id], articles)
        except Exception as exc:
            if errors == "raise":
                raise
            error_rows.append(
                {
                    "article_id": "",
                    "analysis": analysis.id,
                    "plugin": analysis.plugin,
                    "error_type": type(exc).__name__,
                    "message": f"summarize failed: {exc}",
                }
            )
    return Results(
        findings=findings,
        errors=errors_frame(error_rows, list(articles["article_id"]), chosen),
        summaries=summaries,
        analyses={a.id: a for a in chosen},
        n_articles=len(articles),
    )


def _execute(
    chunks: Iterator[list[Article]],
    analyses: Sequence[Analysis],
    workers: int | None,
    timeout: float | None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[tuple[list[Article], ChunkResult]]:
    """Chunks with their results, in order; in ``pool`` when given (its workers must have
    been started by :func:`worker_pool` with a superset of ``analyses``)."""
    if not analyses:
        for chunk in chunks:
            yield chunk, {}
        return
    if pool is not None:
        yield from _submit(pool, chunks, [a.id for a in analyses], workers or 2)
        return
    if not workers or workers <= 1:
        for chunk in chunks:
            yield chunk, run_chunk(analyses, chunk, timeout)
        return
    with worker_pool(analyses, workers, timeout) as own_pool:
        assert own_pool is not None
        yield from _submit(own_pool, chunks, None, workers)


def _submit(
    pool: ProcessPoolExecutor,
    chunks: Iterator[list[Article]],
    ids: list[str] | None,
    workers: int,
) -> Iterator[tuple[list[Article], ChunkResult]]:
    # Submit a bounded window ahead, so memory stays flat and order is kept.
    window: list[tuple[list[Article], Any]] = []
    for chunk in chunks:
        window.append((chunk, pool.submit(_worker_chunk, chunk, ids)))
        if len(window) >= workers * 4:
            done_chunk, future = window.pop(0)
            yield done_chunk, future.result()
    for done_chunk, future in window:
        yield done_chunk, future.result()
