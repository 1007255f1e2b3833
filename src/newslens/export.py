"""Export what the explorer shows: articles, or findings, each row with its citation.

A citation is what an analyst needs to quote a finding without the tool: ``outlet``, ``date``,
``title``, ``url``, and for findings the ``sentence`` (its index in
:attr:`newslens.Article.sentences`, the core's one split), that sentence's text
(``sentence_text``) and the character offsets ``start``/``end`` into the article's text.
Pure functions of frames; the explorer runs them with a progress bar and a cancel button.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from newslens.analysis import Analysis
from newslens.sentences import sentence_index, sentence_spans

FORMATS = ("csv", "json", "parquet")
CITATION = ("article_id", "outlet", "date", "title", "url")
FINDING_CITATION = ("sentence", "sentence_text", "start", "end")

Progress = Callable[[int, int], None]


def _citations(articles: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    rows = articles.iloc[positions]
    return pd.DataFrame(
        {
            "article_id": rows["article_id"].astype(str).to_numpy(),
            "outlet": rows["source"].fillna("").astype(str).to_numpy(),
            "date": pd.to_datetime(rows["published"], utc=True).to_numpy(),
            "title": rows["title"].fillna("").astype(str).to_numpy(),
            "url": rows["url"].fillna("").astype(str).to_numpy()
            if "url" in rows
            else [""] * len(rows),
        }
    ).assign(date=lambda f: pd.to_datetime(f["date"], utc=True))


def articles_export(
    articles: pd.DataFrame,
    positions: Sequence[int] | np.ndarray,
    counts: Mapping[str, np.ndarray] | None = None,
) -> pd.DataFrame:
    """One row per selected article: its citation and its findings count per analysis."""
    positions = np.asarray(positions, dtype=np.int64)
    out = _citations(articles, positions)
    for analysis_id, per_article in (counts or {}).items():
        out[f"findings_{analysis_id}"] = np.asarray(per_article)[positions].astype("int64")
    return out


def findings_export(
    articles: pd.DataFrame,
    analysis: Analysis,
    findings: pd.DataFrame,
    positions: Sequence[int] | np.ndarray,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> pd.DataFrame:
    """The findings rows (``positions[i]`` is row i's article position in ``articles``), each
    with its citation first, then the analysis's own columns.

    ``sentence`` is the frame's own when it declares an integer one; otherwise it is found
    from ``start`` with the core's sentence split. ``cancelled()`` returning true stops with
    :class:`InterruptedError`.
    """
    positions = np.asarray(positions, dtype=np.int64)
    findings = findings.reset_index(drop=True)
    out = _citations(articles, positions)
    texts = articles["text"].fillna("").astype(str).to_numpy()
    starts = findings["start"] if "start" in findings else pd.Series([pd.NA] * len(findings))
    ends = findings["end"] if "end" in findings else pd.Series([pd.NA] * len(findings))
    own = (
        findings["sentence"]
        if "sentence" in findings and pd.api.types.is_integer_dtype(findings["sentence"])
        else None
    )
    sentences: list[object] = []
    sentence_texts: list[str] = []
    total = len(findings)
    for row in range(total):
        text = texts[positions[row]]
        index = own.iat[row] if own is not None else pd.NA
        start = starts.iat[row]
        if pd.isna(index) and not pd.isna(start):
            index = sentence_index(text, int(start))
        spans = sentence_spans(text) if not pd.isna(index) else ()
        if not pd.isna(index) and 0 <= int(index) < len(spans):
            a, b = spans[int(index)]
            sentences.append(int(index))
            sentence_texts.append(text[a:b])
        else:
            sentences.append(pd.NA)
            sentence_texts.append("")
        if row % 200 == 199:
            if progress is not None:
                progress(row + 1, total)
            if cancelled is not None and cancelled():
                raise InterruptedError("export cancelled")
    out["sentence"] = pd.array(sentences, dtype="Int64")
    out["sentence_text"] = sentence_texts
    out["start"] = pd.array(starts.tolist(), dtype="Int64")
    out["end"] = pd.array(ends.tolist(), dtype="Int64")
    out.insert(0, "analysis", analysis.id)
    rest = [c for c in findings.columns if c not in out.columns and c != "_position"]
    for column in rest:
        out[column] = findings[column].to_numpy()
    if progress is not None:
        progress(total, total)
    return out


def to_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The frame as a file's bytes: CSV (UTF-8), JSON (an array of records, ISO dates) or
    Parquet."""
    if fmt == "csv":
        return frame.to_csv(index=False).encode("utf-8")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", date_format="iso"))
        return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "parquet":
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        return buffer.getvalue()
    raise ValueError(f"unknown export format {fmt!r}. Available: {', '.join(FORMATS)}")


def read_back(path: str | Path) -> pd.DataFrame:
    """Read an exported file (by its suffix): what tests use to compare with the selection."""
    path = Path(path)
    if path.suffix == ".csv":
        return pd.read_csv(path, dtype={"article_id": str}, keep_default_na=False)
    if path.suffix == ".json":
        return pd.DataFrame(json.loads(path.read_text(encoding="utf-8")))
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    raise ValueError(f"not an export: {path}")
