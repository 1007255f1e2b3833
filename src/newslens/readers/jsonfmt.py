"""JSON (an object, a list of objects, or an object holding such a list) and JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from newslens.readers.common import decode_source, map_record, missing_text_cause, resolve_columns
from newslens.registry import LoadIssue, Source

#: Keys under which a JSON object may hold its list of articles (first match wins).
LIST_KEYS: tuple[str, ...] = (
    "articles",
    "items",
    "records",
    "data",
    "results",
    "documents",
    "docs",
    "stories",
    "entries",
    "news",
)


def _records(source: Source, items: list[Any], lines: list[int] | None) -> Iterator[Any]:
    """Map each object on its own keys (JSON records need not share keys)."""
    mapped: list[Any] = []
    keys: list[str] = []
    for item in items:
        if isinstance(item, Mapping):
            keys.extend(k for k in item if k not in keys)
            mapped.append(map_record(item, resolve_columns(list(item), source.column_map)))
        else:
            mapped.append(item)
    if not any(isinstance(m, dict) and "text" in m for m in mapped):
        yield LoadIssue(str(source.path), missing_text_cause(keys))
        return
    for index, record in enumerate(mapped):
        line = lines[index] if lines else None
        if not isinstance(record, dict):
            yield LoadIssue(
                str(source.path),
                f"record {index + 1} is a JSON {type(record).__name__}, not an object",
                line=line,
            )
            continue
        record["_line"] = line if line is not None else index + 1
        yield record


def read_json(source: Source) -> Iterator[Any]:
    """An object (one article), a list of objects, or ``{"articles": [...]}``-style nesting."""
    text, notes = decode_source(source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadIssue(str(source.path), f"malformed JSON: {exc.msg}", line=exc.lineno)
        return
    except RecursionError:
        yield LoadIssue(str(source.path), "malformed JSON: nested too deeply to read")
        return
    items: list[Any]
    if isinstance(data, list):
        items = data
    elif isinstance(data, Mapping):
        nested = next(
            (data[k] for k in LIST_KEYS if isinstance(data.get(k), list)),
            None,
        )
        if nested is None:
            nested_any = [
                v
                for v in data.values()
                if isinstance(v, list) and v and all(isinstance(x, Mapping) for x in v)
            ]
            nested = nested_any[0] if len(nested_any) == 1 else None
        items = nested if nested is not None else [data]
    else:
        yield LoadIssue(str(source.path), f"JSON holds a {type(data).__name__}, not articles")
        return
    if not items:
        yield LoadIssue(str(source.path), "JSON holds no records")
        return
    for record in _records(source, items, None):
        if isinstance(record, dict) and notes:
            record["notes"] = list(notes)
        if isinstance(record, dict) and len(items) == 1:
            record.pop("_line", None)
        yield record


def read_jsonl(source: Source) -> Iterator[Any]:
    """One JSON object per line; a broken line is reported with its number, the rest load."""
    text, notes = decode_source(source)
    items: list[Any] = []
    lines: list[int] = []
    issues: list[LoadIssue] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
            lines.append(number)
        except json.JSONDecodeError as exc:
            issues.append(
                LoadIssue(str(source.path), f"malformed JSON line: {exc.msg}", line=number)
            )
        except RecursionError:
            issues.append(
                LoadIssue(str(source.path), "malformed JSON line: nested too deeply", line=number)
            )
    yield from issues
    if not items:
        if not issues:
            yield LoadIssue(str(source.path), "empty file")
        return
    for record in _records(source, items, lines):
        if isinstance(record, dict) and notes:
            record["notes"] = list(notes)
        yield record
