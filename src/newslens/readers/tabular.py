"""CSV and Parquet tables: one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import Any

import pandas as pd

from newslens.readers.common import decode_source, missing_text_cause, resolve_columns
from newslens.registry import LoadIssue, Source


def _rows(source: Source, frame: pd.DataFrame) -> Iterator[Any]:
    """Rows of a typed table (Parquet); ``_line`` is the row number (1 = first row)."""
    columns = [str(c) for c in frame.columns]
    mapping = resolve_columns(columns, source.column_map)
    if "text" not in mapping.values():
        yield LoadIssue(str(source.path), missing_text_cause(columns))
        return
    if frame.empty:
        yield LoadIssue(str(source.path), "table has a header but no rows")
        return
    renamed = frame.set_axis(columns, axis=1).rename(columns=mapping)
    for number, row in enumerate(renamed.to_dict("records"), start=1):
        record: dict[str, Any] = {k: (None if _is_missing(v) else v) for k, v in row.items()}
        record["_line"] = number
        yield record


def _is_missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def read_csv(source: Source) -> Iterator[Any]:
    """A CSV with a header row; ``_line`` is the file line where the row starts.

    Read with the ``csv`` module rather than pandas so that one malformed row (more fields
    than the header) is reported with its line while every other row loads; a short row is
    padded with empty values. Repeated header names get ``.1``, ``.2`` (as pandas does).
    """
    text, notes = decode_source(source)
    if not text.strip():
        yield LoadIssue(str(source.path), "empty file")
        return
    csv.field_size_limit(sys.maxsize)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as exc:
        yield LoadIssue(str(source.path), f"malformed CSV header: {exc}")
        return
    columns = _dedupe([h.strip() for h in header])
    mapping = resolve_columns(columns, source.column_map)
    if "text" not in mapping.values():
        yield LoadIssue(str(source.path), missing_text_cause(columns))
        return
    fields = [mapping.get(c, c) for c in columns]
    rows = 0
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield LoadIssue(str(source.path), f"malformed CSV row: {exc}", line=start)
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not row:
            continue
        rows += 1
        if len(row) > len(fields):
            yield LoadIssue(
                str(source.path),
                f"CSV row has {len(row)} fields, the header {len(fields)}; row skipped",
                line=line,
            )
            continue
        record: dict[str, Any] = dict.fromkeys(fields)
        for name, value in zip(fields, row, strict=False):
            record[name] = value if value != "" else None
        record["_line"] = line
        if notes:
            record["notes"] = list(notes)
        yield record
    if not rows:
        yield LoadIssue(str(source.path), "table has a header but no rows")


def _dedupe(columns: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for column in columns:
        if column in seen:
            seen[column] += 1
            out.append(f"{column}.{seen[column]}")
        else:
            seen[column] = 0
            out.append(column)
    return out


def read_parquet(source: Source) -> Iterator[Any]:
    """A Parquet table (via pyarrow); typed columns keep their types as extras."""
    try:
        frame = pd.read_parquet(source.path)
    except Exception as exc:  # pyarrow raises many types for a corrupt file
        yield LoadIssue(str(source.path), f"unreadable Parquet: {type(exc).__name__}: {exc}")
        return
    # pandas restores a saved frame's ``attrs`` (a saved articles frame brings its whole load
    # report) and deep-copies them on every operation: they are not article data, drop them.
    frame.attrs = {}
    yield from _rows(source, frame)
