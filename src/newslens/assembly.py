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

import pandas as pd

from newslens.analysis import Analysis
from newslens.frames import check_frame, empty_findings, findings_frame
from newslens.plan import Plan, missing_message

ERROR_COLUMNS = ("article_id", "analysis", "plugin", "error_type", "message")

#: Per analysis id: the rows, their article ids and the error rows of one chunk of articles.
ChunkResult = dict[str, tuple[list[dict[str, Any]], list[str], list[dict[str, str]]]]


class AnalysisError(RuntimeError):
    """Raised with ``errors="raise"``: names the article and the analysis that failed."""


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
            keyed = "article_id" in frame.columns
            rows.append(
                {
                    "analysis": analysis_id,
                    "findings": len(frame),
                    "articles_with_findings": frame["article_id"].nunique() if keyed else 0,
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


class Collector:
    """Per-article output, chunk by chunk, into typed frames.

    Why frames per chunk: they hold findings far more compactly than lists of dicts, which
    keeps memory near the size of the output.
    """

    def __init__(self, analyses: Sequence[Analysis], *, raise_errors: bool = False) -> None:
        self.analyses = {a.id: a for a in analyses}
        self.parts: dict[str, list[pd.DataFrame]] = {a.id: [] for a in analyses}
        self.errors: list[dict[str, str]] = []
        self.raise_errors = raise_errors

    def add(self, result: ChunkResult) -> None:
        for analysis_id, (rows, ids, errors) in result.items():
            if errors and self.raise_errors:
                raise_first(errors)
            if rows:
                self.parts[analysis_id].append(
                    findings_frame(self.analyses[analysis_id], rows, ids)
                )
            self.errors.extend(errors)

    def frames(self) -> dict[str, pd.DataFrame]:
        """One findings frame per analysis (the declared empty frame when it found nothing)."""
        out = {}
        for analysis_id, parts in self.parts.items():
            analysis = self.analyses[analysis_id]
            if not parts:
                out[analysis_id] = empty_findings(analysis)
            elif len(parts) == 1:
                out[analysis_id] = parts[0]
            else:
                out[analysis_id] = pd.concat(parts, ignore_index=True)
        return out


# ----------------------------------------------------------------------------- corpus-level


class CorpusCache(Protocol):
    """Where corpus-level outputs are kept between runs (the store is one)."""

    def get(self, analysis: Analysis, kind: str, key: str) -> pd.DataFrame | None:
        """The frame a step (``kind`` "combine" or "summarize") produced under ``key``."""
        ...

    def put(self, analysis: Analysis, kind: str, key: str, frame: pd.DataFrame) -> None:
        """Keep what a step produced under ``key`` (replacing an older key's frame)."""
        ...


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


def corpus_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles frame a corpus-level step receives: every column but ``raw_text``."""
    return articles.drop(columns=["raw_text"], errors="ignore")


def assemble(
    plan: Plan,
    findings: dict[str, pd.DataFrame],
    errors: list[dict[str, str]],
    articles: pd.DataFrame,
    *,
    articles_digest: str | None = None,
    cache: CorpusCache | None = None,
    raise_errors: bool = False,
) -> Results:
    """The one results-assembly function: per-article ``findings`` (complete frames, keyed
    by id) and their ``errors`` in, :class:`Results` out, with every corpus-level step run.

    A corpus-level step that raises, or returns a frame that breaks its declared columns,
    becomes an error row (empty ``article_id``) naming the analysis and its plugin; what
    depends on it is reported as missing its input; everything else stands. With a
    ``cache``, a step whose key (its analysis, its inputs' keys, ``articles_digest``) is
    known is not run again.
    """
    from newslens.keys import articles_digest as digest_of
    from newslens.keys import corpus_key
    from newslens.memory import release_memory

    errors = list(errors)
    # Corpus-level steps read the cleaned text, never the raw one: leaving raw_text out halves
    # what a store must load for them (and every engine hands them the same frame).
    articles = corpus_articles(articles)
    outputs: dict[str, pd.DataFrame] = {}
    summaries: dict[str, pd.DataFrame] = {}
    digest = ""
    if cache is not None and (plan.corpus_level or any(a.summarize for a in plan.analyses)):
        digest = articles_digest or digest_of(articles)
    failed: set[str] = set()
    for analysis in plan.analyses:
        key = corpus_key(plan.keys[analysis.id], [], digest)
        if analysis.extract is not None:
            outputs[analysis.id] = findings.get(analysis.id, empty_findings(analysis))
        else:
            broken = [i for i in analysis.inputs if i in failed]
            if broken:
                errors.append(
                    error_row(analysis, "", "MissingInput", missing_message(analysis, broken))
                )
                failed.add(analysis.id)
                outputs[analysis.id] = empty_findings(analysis)
                continue
            inputs = {i: outputs[i] for i in analysis.inputs}
            frame = _run_step(
                analysis, "combine", analysis.combine, (inputs, articles), key, cache, errors
            )
            if frame is None:
                failed.add(analysis.id)
                frame = empty_findings(analysis)
            outputs[analysis.id] = frame
            release_memory()  # what the step freed, back before the next one (newslens.memory)
        if analysis.summarize is not None and analysis.id not in failed:
            summary = _run_step(
                analysis,
                "summarize",
                analysis.summarize,
                (outputs[analysis.id], articles),
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
    return Results(
        findings={a.id: outputs[a.id] for a in selected},
        errors=errors_frame(errors, list(articles["article_id"]), selected),
        summaries=summaries,
        analyses={a.id: a for a in selected},
        n_articles=len(articles),
    )
