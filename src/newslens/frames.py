"""Turning analysis output into typed frames, and checking it on the way.

The runner calls :func:`check_rows` per article, inside the error isolation: every value is
checked against its column's dtype and converted there, so a bad value ("many" in an
``int64`` column, a missing count, a date pandas cannot hold) becomes an error row naming the
article, the column and the value, and the frame built afterwards by :func:`findings_frame`
cannot fail. Corpus-level output goes through :func:`check_frame`, the same checks for a
whole frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from numbers import Integral, Real
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from newslens.analysis import Analysis


class ExtractorOutputError(TypeError):
    """An extractor returned something other than an iterable of mappings with declared keys
    and values that fit their declared dtypes."""


class _Missing(Exception):
    """A value a non-nullable column cannot do without."""


def empty_findings(analysis: Analysis) -> pd.DataFrame:
    """An empty frame of the analysis: ``article_id`` first for per-article analyses, then the
    declared columns and dtypes."""
    columns: dict[str, pd.Series] = {}
    if analysis.extract is not None:
        columns["article_id"] = pd.Series([], dtype="str")
    for column, dtype in analysis.columns.items():
        columns[column] = pd.Series([], dtype=dtype)
    return pd.DataFrame(columns)


# ----------------------------------------------------------------------------- values


def _is_null(value: Any) -> bool:
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _to_str(value: Any) -> str:
    if type(value) is str:
        return value
    return "" if _is_null(value) else str(value)


def _to_int(value: Any) -> int:
    if type(value) is int:
        return value
    if _is_null(value):
        raise _Missing
    if isinstance(value, (Integral, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (Real, np.floating)) and float(value).is_integer():
        return int(float(value))
    raise ValueError


def _to_nullable_int(value: Any) -> int | None:
    return None if _is_null(value) else _to_int(value)


def _to_float(value: Any) -> float:
    if type(value) is float:
        return value
    if _is_null(value):
        return math.nan
    if isinstance(value, (Real, np.number)) and not isinstance(value, (bool, np.bool_)):
        return float(value)
    raise ValueError


def _to_boolean(value: Any) -> bool | None:
    if _is_null(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise ValueError


def _to_bool(value: Any) -> bool:
    if _is_null(value):
        raise _Missing
    return bool(_to_boolean(value))


def _to_datetime(value: Any) -> pd.Timestamp | None:
    """A UTC timestamp that fits the frame's nanosecond dtype (1677-09-22 to 2262-04-11)."""
    if _is_null(value):
        return None
    if not isinstance(value, (str, datetime, np.datetime64, pd.Timestamp)):
        raise ValueError
    try:
        stamp = pd.Timestamp(value)
        if stamp is pd.NaT:
            return None
        stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
        return stamp.as_unit("ns")
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValueError from exc


def _to_object(value: Any) -> Any:
    return value


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "str": _to_str,
    "int64": _to_int,
    "Int64": _to_nullable_int,
    "float64": _to_float,
    "boolean": _to_boolean,
    "bool": _to_bool,
    "datetime64[ns, UTC]": _to_datetime,
    "object": _to_object,
}

#: What a column holds when a row leaves it out (``int64``/``bool`` have no such value).
_ABSENT: dict[str, Any] = {
    "str": "",
    "Int64": None,
    "float64": math.nan,
    "boolean": None,
    "datetime64[ns, UTC]": None,
    "object": None,
}
_NO_DEFAULT = object()
_NO_VALUE = object()  # a row without the column (rows are mappings: None is a value)


def _bad_value(analysis: Analysis, column: str, dtype: str, value: Any, missing: bool) -> str:
    if missing:
        return f"{analysis.id}: column {column!r} ({dtype}) needs a value, got {value!r}"
    hint = " (dates must lie in 1677-2262)" if dtype.startswith("datetime") else ""
    return (
        f"{analysis.id}: column {column!r} ({dtype}) cannot hold {value!r} "
        f"({type(value).__name__}){hint}"
    )


#: The Python type a column's converter returns unchanged: a value of exactly that type is
#: taken as it is, without the call (most values of most rows are).
_EXACT: dict[str, type] = {
    "str": str,
    "int64": int,
    "Int64": int,
    "float64": float,
    "boolean": bool,
    "bool": bool,
}

_Converters = tuple[tuple[str, str, Callable[[Any], Any], Any, "type | None"], ...]


@lru_cache(maxsize=256)
def _converters(columns: tuple[tuple[str, str], ...]) -> _Converters:
    """(column, dtype, converter, value when absent, exact type) per declared column,
    resolved once per column set: :func:`typed_row` runs for every finding, so its per-value
    work is kept to the conversion itself. ``_NO_DEFAULT`` marks a column a row cannot leave
    out."""
    return tuple(
        (column, dtype, _CONVERT[dtype], _ABSENT.get(dtype, _NO_DEFAULT), _EXACT.get(dtype))
        for column, dtype in columns
    )


def typed_row(analysis: Analysis, row: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` with every declared column present and converted to its dtype's Python value.

    Raises :class:`ExtractorOutputError` naming the column and the value that does not fit.
    """
    return _typed_row(analysis, _converters(tuple(analysis.columns.items())), row)


def _typed_row(
    analysis: Analysis, converters: _Converters, row: Mapping[str, Any]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, dtype, convert, absent, exact in converters:
        value = row.get(column, _NO_VALUE)
        if type(value) is exact:
            out[column] = value
            continue
        if value is _NO_VALUE:
            if absent is _NO_DEFAULT:
                raise ExtractorOutputError(
                    f"{analysis.id}: column {column!r} ({dtype}) is missing from a row"
                )
            out[column] = absent
            continue
        try:
            out[column] = convert(value)
        except _Missing:
            raise ExtractorOutputError(_bad_value(analysis, column, dtype, value, True)) from None
        except (ValueError, TypeError, OverflowError):
            raise ExtractorOutputError(_bad_value(analysis, column, dtype, value, False)) from None
    return out


# ----------------------------------------------------------------------------- rows


def check_rows(analysis: Analysis, output: object, text: str) -> list[dict[str, Any]]:
    """Validate and type one article's extractor output; return the rows as plain dicts.

    Raises :class:`ExtractorOutputError` for a wrong return type, undeclared keys, a value
    that does not fit its column, and a span finding whose ``text`` is not
    ``article.text[start:end]`` (offsets are the contract every view and cache relies on).
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
    declared_keys = declared.keys()
    converters = _converters(tuple(declared.items()))
    spans = analysis.has_spans and "text" in declared
    rows: list[dict[str, Any]] = []
    for row in output:
        if not isinstance(row, Mapping):
            raise ExtractorOutputError(
                f"{analysis.id}: extract yielded {type(row).__name__}, expected a dict"
            )
        if not row.keys() <= declared_keys:
            unknown = [key for key in row if key not in declared]
            raise ExtractorOutputError(
                f"{analysis.id}: undeclared column(s) {unknown}; declared: {list(declared)}"
            )
        typed = _typed_row(analysis, converters, row)
        start, end = typed.get("start"), typed.get("end")
        if spans and "text" in row and start is not None and end is not None:
            _check_span(analysis, text, start, end, typed["text"])
        rows.append(typed)
    return rows


def _check_span(analysis: Analysis, text: str, start: int, end: int, span: str) -> None:
    if not (0 <= start <= end <= len(text)) or text[start:end] != span:
        raise ExtractorOutputError(
            f"{analysis.id}: span {start}:{end} does not match its text {span[:40]!r}"
        )


def _typed_columns(analysis: Analysis, rows: list[dict[str, Any]]) -> dict[str, pd.Series]:
    """The typed columns of rows :func:`typed_row` converted."""
    return {
        column: _column([row[column] for row in rows], dtype)
        for column, dtype in analysis.columns.items()
    }


def _typed_from(analysis: Analysis, columns: dict[str, list[Any]]) -> dict[str, pd.Series]:
    """The typed columns of values read back from elsewhere (a store), in any null form."""
    return {
        column: _generic_column(columns[column], dtype)
        for column, dtype in analysis.columns.items()
    }


def _generic_column(values: list[Any], dtype: str) -> pd.Series:
    """One typed column through pandas' own inference (any null form accepted)."""
    if dtype == "object":
        return pd.Series(values, dtype=object)
    if dtype == "datetime64[ns, UTC]":
        return pd.Series(pd.DatetimeIndex(values, tz="UTC").as_unit("ns"))
    return pd.Series(values, dtype=dtype)


#: the dtype ``"str"`` names (pandas' default string dtype, Arrow-backed, NaN for missing)
_STR = pd.Series([], dtype="str").dtype


def _column(values: list[Any], dtype: str) -> pd.Series:
    """One typed column from its values, each already converted by :func:`typed_row` (a
    ``str`` value is a ``str``, a missing ``Int64`` or ``boolean`` one is ``None``)."""
    return pd.Series(_array(values, dtype), copy=False)


def _array(values: list[Any], dtype: str) -> Any:
    """The array of :func:`_column`: what a frame is built from without a Series per column.

    Why not ``pd.Series(values, dtype=dtype)`` for all: that path infers and checks every
    value again, a second time, and was most of the cost of building a findings frame; the
    arrays below take the values as they are and give the same dtype and values (tested
    against the generic path in ``tests/test_frames.py``). Why arrays rather than Series:
    a frame built from Series aligns each one's index first, about a third of the cost.
    """
    if dtype == "str":
        if _STR.storage == "pyarrow":
            strings = pa.array(values, type=pa.large_string())
            return pd.arrays.ArrowStringArray(strings, dtype=_STR)
        return pd.array(values, dtype=_STR)
    if dtype == "int64" or dtype == "float64":
        return np.array(values, dtype=dtype)
    if dtype == "Int64" or dtype == "boolean":
        n = len(values)
        mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
        if dtype == "Int64":
            ints = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=n)
            return pd.arrays.IntegerArray(ints, mask)
        bools = np.fromiter((v is True for v in values), dtype=bool, count=n)
        return pd.arrays.BooleanArray(bools, mask)
    if dtype == "object":  # one element per value, even for values that are lists
        return np.fromiter(values, dtype=object, count=len(values))
    return _generic_column(values, dtype).array


def findings_frame(
    analysis: Analysis, rows: list[dict[str, Any]], article_ids: list[str]
) -> pd.DataFrame:
    """The typed findings frame from rows :func:`check_rows` returned and their article ids."""
    if not rows:
        return empty_findings(analysis)
    arrays = {"article_id": _array(article_ids, "str")}
    for column, dtype in analysis.columns.items():
        arrays[column] = _array([row[column] for row in rows], dtype)
    return pd.DataFrame(arrays, copy=False)


def findings_frame_from_columns(
    analysis: Analysis, columns: dict[str, list[Any]], article_ids: list[str]
) -> pd.DataFrame:
    """:func:`findings_frame` from a list of values per declared column (a store's read)."""
    if not article_ids:
        return empty_findings(analysis)
    ids = pd.Series(article_ids, dtype="str")
    return pd.DataFrame({"article_id": ids, **_typed_from(analysis, columns)})


def check_frame(analysis: Analysis, frame: object) -> pd.DataFrame:
    """A corpus-level output checked and typed as rows are: every declared column present (a
    missing nullable one filled), nothing undeclared, every value fitting its dtype. Raises
    :class:`ExtractorOutputError` naming what is wrong."""
    if not isinstance(frame, pd.DataFrame):
        raise ExtractorOutputError(
            f"{analysis.id}: combine must return a DataFrame, got {type(frame).__name__}"
        )
    unknown = [c for c in frame.columns if c not in analysis.columns]
    if unknown:
        raise ExtractorOutputError(
            f"{analysis.id}: undeclared column(s) {unknown}; declared: {list(analysis.columns)}"
        )
    converters = _converters(tuple(analysis.columns.items()))
    rows = [_typed_row(analysis, converters, row) for row in frame.to_dict("records")]
    if not rows:
        return empty_findings(analysis)
    return pd.DataFrame(_typed_columns(analysis, rows))
