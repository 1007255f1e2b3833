"""Run analyses over a corpus: per-article error isolation, time-outs, progress, process pool.

Every article that goes in comes out: with findings, or with a row in ``Results.errors``
naming the article, the analysis and the cause. One failing extractor never sinks the run
(``errors="raise"`` is for scripts and tests that want the first failure). This module only
computes; :mod:`newslens.assembly` puts the results together, the same way for every engine.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Literal

import pandas as pd

from newslens.analysis import Analysis, Article
from newslens.assembly import (
    ERROR_COLUMNS,
    AnalysisError,
    ChunkResult,
    Collector,
    Results,
    assemble,
    describe,
    empty_errors,
    error_row,
    errors_frame,
    raise_first,
)
from newslens.frames import check_rows
from newslens.manager import NewslensPluginManager, get_plugin_manager
from newslens.plan import Plan, plan
from newslens.schema import validate_articles

__all__ = [
    "ERROR_COLUMNS",
    "AnalysisError",
    "AnalysisTimeout",
    "Results",
    "analyze",
    "empty_errors",
    "errors_frame",
    "plan_run",
    "run_chunk",
    "worker_pool",
]

DEFAULT_TIMEOUT = 60.0
CHUNK_SIZE = 64


class AnalysisTimeout(TimeoutError):
    """An extractor ran longer than the per-article time limit."""


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
    signal.setitimer(signal.ITIMER_REAL, seconds)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_one(
    analysis: Analysis, article: Article, timeout: float | None
) -> tuple[list[dict[str, Any]], dict[str, str] | None]:
    """Run one extractor on one article: (typed rows, None) or ([], error row).

    Everything that can go wrong with one article's output happens in here: the call, the
    time limit, and the check and cast of every value, so a bad value fails its article only.
    """
    extract = analysis.extract
    assert extract is not None
    try:
        with time_limit(timeout):
            output = extract(article)
            if isinstance(output, Iterator):  # a generator does its work when consumed
                output = list(output)
        return check_rows(analysis, output, article.text), None
    except Exception as exc:
        message = describe(exc, skip_file=__file__)
        return [], error_row(analysis, article.article_id, type(exc).__name__, message)


def run_chunk(
    analyses: Sequence[Analysis], articles: Sequence[Article], timeout: float | None
) -> ChunkResult:
    """Run every analysis over a chunk of articles; pure apart from the clock.

    Each analysis sees only ``text`` and the fields it declares (``requires``, ``reads``):
    those, and nothing else, make up its cache key.
    """
    out: ChunkResult = {a.id: ([], [], []) for a in analyses}
    for article in articles:
        views: dict[tuple[str, ...], Article] = {}
        for analysis in analyses:
            fields = analysis.fields
            view = views.get(fields)
            if view is None:
                view = views[fields] = article.restricted(fields)
            rows, error = run_one(analysis, view, timeout)
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
    per_article = [a for a in analyses if a.extract is not None]
    if not workers or workers <= 1 or not per_article:
        yield None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(
        max_workers=min(workers, os.cpu_count() or workers),
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(tuple(per_article), timeout),
    ) as pool:
        yield pool


# ----------------------------------------------------------------------------- analyze


def iter_articles(articles: pd.DataFrame) -> Iterator[Article]:
    columns = list(articles.columns)
    for values in articles.itertuples(index=False, name=None):
        yield Article.from_row(dict(zip(columns, values, strict=True)))


def chunk_size(n_articles: int, workers: int | None) -> int:
    """Articles per chunk: :data:`CHUNK_SIZE`, or fewer when a pool would get only a few
    chunks each. Why: 301 articles in chunks of 64 are five chunks, three for one worker and
    two for the other, so the run waits on the first (about a tenth longer than even
    chunks); eight chunks per worker even the load out at a small cost per chunk.
    """
    if not workers or workers <= 1:
        return CHUNK_SIZE
    return max(1, min(CHUNK_SIZE, -(-n_articles // (workers * 8))))


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


def plan_run(selection: Iterable[str | Analysis] | None, pm: NewslensPluginManager) -> Plan:
    """The analyses a run of ``selection`` needs (inputs pulled in), in run order."""
    return plan(selection, pm.analyses())


def resolve_analyses(
    selection: Iterable[str | Analysis] | None, pm: NewslensPluginManager
) -> list[Analysis]:
    """Every analysis a run of ``selection`` involves, in run order."""
    return plan_run(selection, pm).selected


def missing_columns(
    analyses: Sequence[Analysis], articles: pd.DataFrame
) -> tuple[list[Analysis], list[dict[str, str]]]:
    """The analyses whose ``requires`` the frame has, and an error row per article for each
    analysis it lacks a column for."""
    runnable: list[Analysis] = []
    errors: list[dict[str, str]] = []
    for analysis in analyses:
        missing = [c for c in analysis.requires if c not in articles.columns]
        if not missing:
            runnable.append(analysis)
            continue
        message = f"requires article column(s) {missing}, which the articles frame lacks"
        errors.extend(
            error_row(analysis, aid, "MissingColumn", message) for aid in articles["article_id"]
        )
    return runnable, errors


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
        registered analysis. A corpus-level analysis brings its inputs along.
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
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    run_plan = plan_run(analyses, pm)
    runnable, error_rows = missing_columns(run_plan.per_article, articles)
    if errors == "raise":
        raise_first(error_rows)
    collector = Collector(runnable, raise_errors=errors == "raise")
    if engine == "dask":
        from newslens.dask_engine import run_partitions

        for result in run_partitions(
            articles, runnable, scheduler=scheduler, workers=workers, timeout=timeout
        ):
            collector.add(result)
    else:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(articles), unit="article", disable=not progress_enabled(progress))
        try:
            chunks = _chunks(iter_articles(articles), chunk_size(len(articles), workers))
            for chunk, result in _execute(chunks, runnable, workers, timeout):
                collector.add(result)
                bar.update(len(chunk))
        finally:
            bar.close()
    return assemble(
        run_plan,
        collector.frames(),
        error_rows + collector.errors,
        articles,
        raise_errors=errors == "raise",
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
