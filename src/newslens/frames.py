"""Turning extractor output into typed findings frames, and checking it on the way.

The runner calls :func:`check_rows` per article (inside the error isolation, so a bad return
becomes an error row naming the article) and :func:`findings_frame` once per analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from numbers import Integral
from typing import Any

import pandas as pd

from newslens.analysis import Analysis


class ExtractorOutputError(TypeError):
    """An extractor returned something other than an iterable of mappings with declared keys."""


def _dtype(name: str) -> Any:
    return name


def empty_findings(analysis: Analysis) -> pd.DataFrame:
    """An empty findings frame: ``article_id`` first, then the declared columns and dtypes."""
    columns = {"article_id": pd.Series([], dtype="str")}
    for column, dtype in analysis.columns.items():
        columns[column] = pd.Series([], dtype=_dtype(dtype))
    return pd.DataFrame(columns)


def check_rows(analysis: Analysis, output: object, text: str) -> list[dict[str, Any]]:
    """Validate one article's extractor output; return the rows as plain dicts.

    Raises :class:`ExtractorOutputError` for a wrong return type or undeclared keys, and when a
    span finding's ``text`` is not ``article.text[start:end]`` (offsets are the contract every
    view and cache relies on).
    """
    if output is None:
        return []
    if isinstance(output, pd.DataFrame):
        output = output.to_dict("records")
    if isinstance(output, (str, bytes, Mapping)) or not isinstance(output, Iterable):
        raise ExtractorOutputError(
            f"{analysis.id}: extract must return an iterable of dicts, got {type(output).__name__}"
        )
    declared = analysis.columns
    datetime_columns = [c for c, dtype in declared.items() if dtype.startswith("datetime64")]
    rows: list[dict[str, Any]] = []
    for row in output:
        if not isinstance(row, Mapping):
            raise ExtractorOutputError(
                f"{analysis.id}: extract yielded {type(row).__name__}, expected a dict"
            )
        unknown = [key for key in row if key not in declared]
        if unknown:
            raise ExtractorOutputError(
                f"{analysis.id}: undeclared column(s) {unknown}; declared: {list(declared)}"
            )
        if analysis.has_spans and "text" in declared:
            start, end = row.get("start"), row.get("end")
            checkable = isinstance(start, Integral) and isinstance(end, Integral) and "text" in row
            if checkable and (
                not (0 <= start <= end <= len(text)) or text[start:end] != row["text"]
            ):
                raise ExtractorOutputError(
                    f"{analysis.id}: span {start}:{end} does not match its text "
                    f"{str(row['text'])[:40]!r}"
                )
        for column in datetime_columns:
            value = row.get(column)
            if value is not None and not _fits_datetime(value):
                raise ExtractorOutputError(
                    f"{analysis.id}: {column}={value!r} is not a date pandas can hold "
                    "(1677-09-22 to 2262-04-11, or None)"
                )
        rows.append(dict(row))
    return rows


def _fits_datetime(value: Any) -> bool:
    """A datetime finding must fit the frame's nanosecond dtype: one out-of-range date would
    otherwise fail the whole chunk when the frame is built, not just its own article."""
    try:
        stamp = pd.Timestamp(value)
        if stamp is pd.NaT:
            return True
        stamp.as_unit("ns")
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def findings_frame(
    analysis: Analysis, rows: list[dict[str, Any]], article_ids: list[str]
) -> pd.DataFrame:
    """Build the typed findings frame from checked rows and their parallel article ids."""
    if not rows:
        return empty_findings(analysis)
    frame = pd.DataFrame.from_records(rows, columns=list(analysis.columns))
    frame.insert(0, "article_id", pd.Series(article_ids, dtype="str"))
    for column, dtype in analysis.columns.items():
        frame[column] = _coerce(frame[column], dtype)
    return frame


def _as_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _coerce(series: pd.Series, dtype: str) -> pd.Series:
    if dtype == "str":
        return series.map(_as_text).astype("str")
    if dtype in {"float64"}:
        return pd.to_numeric(series, errors="coerce").astype("float64")
    if dtype in {"int64"}:
        return pd.to_numeric(series).astype("int64")
    if dtype == "Int64":
        return pd.to_numeric(series, errors="coerce").astype("Int64")
    if dtype in {"boolean", "bool"}:
        return series.astype(dtype)
    if dtype == "datetime64[ns, UTC]":
        return pd.to_datetime(series, utc=True, errors="coerce").astype(dtype)
    return series.astype(object)
