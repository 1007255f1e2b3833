"""One way results are put together, whichever engine computed them.

The local runner, its process pool, the Dask engine and the store all end here: per-article
output arrives chunk by chunk (:class:`Collector`), then :func:`assemble` completes the frames,
runs the corpus-level steps (``combine`` and ``summarize``) in plan order with the same error
isolation as ``extract``, and orders the error rows. So an engine only computes; it never
decides what a result looks like.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
import pandas as pd

from newslens.analysis import Analysis
from newslens.frames import check_frame, empty_findings, findings_frame
from newslens.plan import Plan, missing_message

ERROR_COLUMNS = ("article_id", "analysis", "plugin", "error_type", "message")

#: Per analysis id: the rows, their article ids and the error rows of one chunk of articles.
ChunkResult = dict[str, tuple[list[dict[str, Any]], list[str], list[dict[str, str]]]]


class AnalysisError(RuntimeError):
    """Raised with ``errors="raise"``: names the article and the analysis that failed."""


def articles_in(frame: pd.DataFrame) -> int:
    """How many articles a findings frame speaks of: its ``article_id`` values, or, for a
    corpus-level frame whose row spans articles (an event told by several outlets), the ids
    in its ``article_ids`` lists."""
    if "article_id" in frame.columns:
        return int(frame["article_id"].nunique())
    if "article_ids" in frame.columns:
        return len({str(i) for ids in frame["article_ids"] if ids is not None for i in ids})
    return 0


@dataclass
class Results(Mapping[str, pd.DataFrame]):
    """Findings per analysis id, plus the errors frame and corpus-level summaries.

    Behaves as a read-only mapping ``{analysis_id: frame}``: per-article findings and the
    output of corpus-level analyses alike.
    """

    findings: dict[str, pd.DataFrame]
    errors: pd.DataFrame
    summaries: dict[str, pd.DataFrame] = field(default_factory=dict)
    analyses: dict[str, Analysis] = field(default_factory=dict, repr=False)
    n_articles: int = 0
    #: rows of each corpus-level output (-1: kept from an earlier run and not read back)
    rows: dict[str, int] = field(default_factory=dict, repr=False)

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
                    "articles_with_findings": articles_in(frame),
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


# ----------------------------------------------------------------------------- error rows


def empty_errors() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="str") for c in ERROR_COLUMNS})


def error_row(analysis: Analysis, article_id: str, error_type: str, message: str) -> dict[str, str]:
    """An error row: the article ('' for a corpus-level step), the analysis, its plugin."""
    return {
        "article_id": article_id,
        "analysis": analysis.id,
        "plugin": analysis.plugin,
        "error_type": error_type,
        "message": message,
    }


def describe(exc: BaseException, skip_file: str = "") -> str:
    """An exception's message plus where it was raised (outside ``skip_file``)."""
    message = str(exc) or type(exc).__name__
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename != skip_file]
    if frames:
        last = frames[-1]
        message = f"{message} (at {Path(last.filename).name}:{last.lineno})"
    return message


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


def raise_first(errors: Sequence[Mapping[str, str]]) -> None:
    """For ``errors="raise"``: the first error as an :class:`AnalysisError`."""
    if errors:
        first = errors[0]
        where = f"article {first['article_id']!r}" if first["article_id"] else "the corpus"
        raise AnalysisError(
            f"{first['analysis']} failed on {where}: {first['error_type']}: {first['message']}"
        )


# ----------------------------------------------------------------------------- per-article


#: Rows a :class:`Collector` holds as dicts before it types them into a frame.
FRAME_ROWS = 4_096


class Collector:
    """Per-article output, chunk by chunk, into typed frames.

    Why frames as the chunks come: they hold findings far more compactly than lists of dicts,
    which keeps memory near the size of the output. Why not a frame per chunk: a small
    corpus (a notebook's few dozen articles) would then pay for two or three frames and
    their concatenation where one does; rows wait until :data:`FRAME_ROWS` of them, a few
    megabytes of dicts at most, are there to type at once.
    """

    def __init__(self, analyses: Sequence[Analysis], *, raise_errors: bool = False) -> None:
        self.analyses = {a.id: a for a in analyses}
        self.parts: dict[str, list[pd.DataFrame]] = {a.id: [] for a in analyses}
        self.pending: dict[str, tuple[list[dict[str, Any]], list[str]]] = {
            a.id: ([], []) for a in analyses
        }
        self.errors: list[dict[str, str]] = []
        self.raise_errors = raise_errors

    def add(self, result: ChunkResult) -> None:
        for analysis_id, (rows, ids, errors) in result.items():
            if errors and self.raise_errors:
                raise_first(errors)
            if rows:
                pending_rows, pending_ids = self.pending[analysis_id]
                pending_rows.extend(rows)
                pending_ids.extend(ids)
                if len(pending_rows) >= FRAME_ROWS:
                    self._flush(analysis_id)
            self.errors.extend(errors)

    def _flush(self, analysis_id: str) -> None:
        rows, ids = self.pending[analysis_id]
        if rows:
            self.parts[analysis_id].append(findings_frame(self.analyses[analysis_id], rows, ids))
            self.pending[analysis_id] = ([], [])

    def frames(self) -> dict[str, pd.DataFrame]:
        """One findings frame per analysis (the declared empty frame when it found nothing)."""
        out = {}
        for analysis_id, parts in self.parts.items():
            self._flush(analysis_id)
            analysis = self.analyses[analysis_id]
            if not parts:
                out[analysis_id] = empty_findings(analysis)
            elif len(parts) == 1:
                out[analysis_id] = parts[0]
            else:
                out[analysis_id] = pd.concat(parts, ignore_index=True)
        return out


# ----------------------------------------------------------------------------- corpus-level

#: Articles per call of a batched ``combine`` (``Analysis.batch_by``): whole groups are added
#: to a batch until it holds at least this many articles (a larger group is a batch alone).
BATCH_ARTICLES = 5_000


class CorpusCache(Protocol):
    """Where corpus-level outputs are kept between runs (the store is one; so is an out-of-core
    run's output folder, which keeps nothing between runs)."""

    def get(self, analysis: Analysis, kind: str, key: str) -> pd.DataFrame | None:
        """The frame a step (``kind`` "combine" or "summarize") produced under ``key``."""
        ...

    def has(self, analysis: Analysis, kind: str, key: str) -> bool:
        """Whether :meth:`get` would find a frame (without reading it)."""
        ...

    def put(self, analysis: Analysis, kind: str, key: str, frame: pd.DataFrame) -> None:
        """Keep what a step produced under ``key`` (replacing an older key's frame)."""
        ...

    def put_parts(self, analysis: Analysis, key: str, parts: Iterator[pd.DataFrame]) -> int:
        """Keep a batched ``combine``'s output as its batches come (``parts`` may raise: then
        nothing is kept under ``key``, and the error propagates); returns the rows kept."""
        ...


class FindingsSource(Protocol):
    """Per-article findings as the corpus-level steps read them: whole, or only the rows of
    some articles (a batch of ``Analysis.batch_by``). A store or an out-of-core run's parts
    answer from disk, so a batched step never holds its inputs whole."""

    def frame(self, analysis: Analysis) -> pd.DataFrame:
        """Every finding of ``analysis``, in article order."""
        ...

    def rows_of(self, analysis: Analysis, article_ids: pd.Series) -> pd.DataFrame:
        """The findings of the articles ``article_ids`` only, in the order of :meth:`frame`."""
        ...


class InMemoryFindings:
    """:class:`FindingsSource` over frames already in memory (the local and Dask engines)."""

    def __init__(self, frames: Mapping[str, pd.DataFrame]) -> None:
        self.frames = frames

    def frame(self, analysis: Analysis) -> pd.DataFrame:
        found = self.frames.get(analysis.id)
        return empty_findings(analysis) if found is None else found

    def rows_of(self, analysis: Analysis, article_ids: pd.Series) -> pd.DataFrame:
        return rows_of(self.frame(analysis), article_ids)


def rows_of(frame: pd.DataFrame, article_ids: pd.Series) -> pd.DataFrame:
    """The rows of ``frame`` whose ``article_id`` is in ``article_ids``, in frame order."""
    return frame[frame["article_id"].isin(article_ids)].reset_index(drop=True)


def group_batches(
    keys: pd.DataFrame, column: str, batch_size: int = BATCH_ARTICLES
) -> Iterator[pd.Series]:
    """Article ids of whole groups (``keys[column]``), in ascending order of the key, about
    ``batch_size`` articles a batch. Articles whose key is missing belong to no batch."""
    keys = keys[keys[column].notna()]
    if keys.empty:
        return
    codes, _ = pd.factorize(keys[column], sort=True)
    order = np.argsort(codes, kind="stable")
    ids = keys["article_id"].to_numpy()[order]
    ends = np.cumsum(np.bincount(codes))  # where each group's articles end, in key order
    begin = 0
    while begin < len(ids):
        # the first group end at or past begin + batch_size closes the batch
        cut = int(np.searchsorted(ends, begin + batch_size, side="left"))
        end = int(ends[min(cut, len(ends) - 1)])
        yield pd.Series(ids[begin:end], dtype="str")
        begin = end


def _batched(
    analysis: Analysis,
    inputs: Mapping[str, pd.DataFrame | None],
    source: FindingsSource,
    plan: Plan,
    articles: pd.DataFrame,
    batch_size: int,
) -> Iterator[pd.DataFrame]:
    """A ``batch_by`` analysis's output, batch by batch, each checked against its columns.

    ``inputs`` holds the frames already in memory (corpus-level outputs); the others are read
    from ``source`` a batch at a time."""
    by = analysis.batch_by
    declared = {a.id: a for a in plan.analyses}
    keyed = next((i for i in analysis.inputs if i in declared and by in declared[i].columns), None)
    if keyed is None:
        raise ValueError(
            f"{analysis.id}: batch_by={by!r} names no column of its inputs "
            f"({', '.join(analysis.inputs)})"
        )
    key_frame = inputs.get(keyed)
    if key_frame is None:
        key_frame = source.frame(declared[keyed])
    for ids in group_batches(key_frame[["article_id", by]], by, batch_size):
        batch = {
            i: rows_of(frame, ids) if frame is not None else source.rows_of(declared[i], ids)
            for i, frame in inputs.items()
        }
        part = analysis.combine(batch, rows_of(articles, ids))  # type: ignore[misc]
        yield check_frame(analysis, part)
        del batch, part


def _run_step(
    analysis: Analysis,
    kind: str,
    function: Any,
    args: tuple[Any, ...],
    key: str,
    cache: CorpusCache | None,
    errors: list[dict[str, str]],
) -> pd.DataFrame | None:
    """One corpus-level step, isolated: its frame, or ``None`` and an error row."""
    if cache is not None:
        cached = cache.get(analysis, kind, key)
        if cached is not None:
            return cached
    try:
        frame = function(*args)
        if kind == "combine":
            frame = check_frame(analysis, frame)
        elif not isinstance(frame, pd.DataFrame):
            raise TypeError(f"summarize must return a DataFrame, got {type(frame).__name__}")
    except Exception as exc:
        errors.append(
            error_row(analysis, "", type(exc).__name__, f"{kind} failed: {describe(exc)}")
        )
        return None
    if cache is not None:
        cache.put(analysis, kind, key, frame)
    return frame


def _concat(analysis: Analysis, parts: Iterator[pd.DataFrame]) -> pd.DataFrame:
    kept = [p for p in parts if len(p)]
    if not kept:
        return empty_findings(analysis)
    return kept[0] if len(kept) == 1 else pd.concat(kept, ignore_index=True)


def corpus_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles frame a corpus-level step receives: every column but ``raw_text``."""
    return articles.drop(columns=["raw_text"], errors="ignore")


def assemble(
    plan: Plan,
    findings: Mapping[str, pd.DataFrame] | FindingsSource,
    errors: list[dict[str, str]],
    articles: pd.DataFrame,
    *,
    articles_digest: str | None = None,
    cache: CorpusCache | None = None,
    raise_errors: bool = False,
    batch_size: int | None = None,
    collect: bool = True,
) -> Results:
    """The one results-assembly function: per-article ``findings`` (complete frames keyed by
    id, or a :class:`FindingsSource` that reads them when asked) and their ``errors`` in,
    :class:`Results` out, with every corpus-level step run.

    A corpus-level step that raises, or returns a frame that breaks its declared columns,
    becomes an error row (empty ``article_id``) naming the analysis and its plugin; what
    depends on it is reported as missing its input; everything else stands. With a
    ``cache``, a step whose key (its analysis, its inputs' keys, ``articles_digest``) is
    known is not run again.

    A step with ``batch_by`` runs batch by batch (``batch_size`` articles of whole groups,
    :data:`BATCH_ARTICLES` by default; see :func:`group_batches`); its inputs come a batch at
    a time from ``findings``. With ``collect=False`` (which needs a ``cache``: the store's
    tables, an out-of-core run's parts) its output goes to the cache batch by batch and is not
    held; ``Results`` then carries only the corpus-level frames held for later steps, the
    errors and ``rows`` (every corpus-level output's row count). The results are the same
    either way. Summaries (``summarize``) are computed only with ``collect=True``.
    """
    from newslens.keys import articles_digest as digest_of
    from newslens.keys import corpus_key
    from newslens.memory import release_memory

    batch_size = batch_size or BATCH_ARTICLES
    if not collect and cache is None:
        raise ValueError("collect=False needs a cache to put the outputs in")
    source: FindingsSource = (
        InMemoryFindings(findings) if isinstance(findings, Mapping) else findings
    )
    errors = list(errors)
    # Corpus-level steps read the cleaned text, never the raw one: leaving raw_text out halves
    # what a store must load for them (and every engine hands them the same frame).
    articles = corpus_articles(articles)
    # corpus-level outputs held in memory (None: streamed to the cache, not held)
    outputs: dict[str, pd.DataFrame | None] = {}
    summaries: dict[str, pd.DataFrame] = {}
    rows: dict[str, int] = {}
    digest = ""
    if cache is not None and (plan.corpus_level or any(a.summarize for a in plan.analyses)):
        digest = articles_digest or digest_of(articles)
    failed: set[str] = set()
    per_article = {a.id for a in plan.per_article}
    read_later = {i for a in plan.corpus_level for i in a.inputs}
    known = {a.id: a for a in plan.selected}

    def output(analysis_id: str) -> pd.DataFrame:
        """A step's output as a whole frame, from wherever it is."""
        analysis = known[analysis_id]
        if analysis_id in per_article:
            return source.frame(analysis)
        held = outputs.get(analysis_id)
        if held is None and cache is not None:
            held = cache.get(analysis, "combine", corpus_key(plan.keys[analysis_id], [], digest))
        return held if held is not None else empty_findings(analysis)

    for analysis in plan.analyses:
        key = corpus_key(plan.keys[analysis.id], [], digest)
        if analysis.combine is not None:
            broken = [i for i in analysis.inputs if i in failed]
            if broken:
                errors.append(
                    error_row(analysis, "", "MissingInput", missing_message(analysis, broken))
                )
                failed.add(analysis.id)
                outputs[analysis.id] = empty_findings(analysis)
                continue
            if analysis.batch_by:
                frame = _run_batched(
                    analysis, plan, source, output, articles, key, cache, errors,
                    batch_size=batch_size,
                    hold=collect or analysis.id in read_later or analysis.summarize is not None,
                    rows=rows,
                )  # fmt: skip
            else:
                inputs = {i: output(i) for i in analysis.inputs}
                frame = _run_step(
                    analysis, "combine", analysis.combine, (inputs, articles), key, cache, errors
                )
                del inputs
                if frame is not None:
                    rows[analysis.id] = len(frame)
            if analysis.id in failed or (frame is None and analysis.id not in rows):
                failed.add(analysis.id)
                frame = empty_findings(analysis)
            outputs[analysis.id] = frame
            release_memory()  # what the step freed, back before the next one (newslens.memory)
        # Summaries are figures to read: computed when results are (collect=True), not when
        # the steps only fill a cache (that would read every per-article input whole).
        if collect and analysis.summarize is not None and analysis.id not in failed:
            summary = _run_step(
                analysis,
                "summarize",
                analysis.summarize,
                (output(analysis.id), articles),
                key,
                cache,
                errors,
            )
            if summary is not None:
                summaries[analysis.id] = summary
    for analysis_id, missing in plan.missing.items():
        analysis = plan.unplanned[analysis_id]
        errors.append(error_row(analysis, "", "MissingInput", missing_message(analysis, missing)))
        outputs[analysis_id] = empty_findings(analysis)
    if raise_errors:
        raise_first(errors)
    selected = plan.selected
    if collect:
        frames = {a.id: output(a.id) for a in selected}
    else:
        frames = {i: f for i, f in outputs.items() if f is not None}
    return Results(
        findings=frames,
        errors=errors_frame(errors, list(articles["article_id"]), selected),
        summaries=summaries,
        analyses={a.id: a for a in selected},
        n_articles=len(articles),
        rows=rows,
    )


def _run_batched(
    analysis: Analysis,
    plan: Plan,
    source: FindingsSource,
    whole: Any,
    articles: pd.DataFrame,
    key: str,
    cache: CorpusCache | None,
    errors: list[dict[str, str]],
    *,
    batch_size: int,
    hold: bool,
    rows: dict[str, int],
) -> pd.DataFrame | None:
    """A ``batch_by`` step, isolated as :func:`_run_step`: its frame when ``hold`` (else
    ``None``: the output went to ``cache`` batch by batch); ``rows`` gets its row count.
    ``whole(id)`` gives a corpus-level input's frame (those are held, or read back whole)."""
    if cache is not None and cache.has(analysis, "combine", key):
        frame = cache.get(analysis, "combine", key) if hold else None
        if frame is not None:
            rows[analysis.id] = len(frame)
        elif not hold:
            rows[analysis.id] = -1  # kept from an earlier run: counted where it is kept
        return frame
    per_article = {a.id for a in plan.per_article}
    inputs = {i: (None if i in per_article else whole(i)) for i in analysis.inputs}
    parts = _batched(analysis, inputs, source, plan, articles, batch_size)
    try:
        if hold:
            frame = _concat(analysis, parts)
            if cache is not None:
                cache.put(analysis, "combine", key, frame)
            rows[analysis.id] = len(frame)
            return frame
        assert cache is not None
        rows[analysis.id] = cache.put_parts(analysis, key, parts)
        return None
    except Exception as exc:
        errors.append(
            error_row(analysis, "", type(exc).__name__, f"combine failed: {describe(exc)}")
        )
        rows.pop(analysis.id, None)
        return None
