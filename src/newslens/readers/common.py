"""Helpers the built-in readers share: column mapping, aliases, text decoding.

Third-party readers may use them too (``from newslens.readers.common import map_record``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newslens.encoding import read_text
from newslens.registry import Source
from newslens.schema import ARTICLE_FIELDS

#: Column or key names that map to an article field when the mapping does not fill it
#: (compared case-insensitively, ignoring spaces, dashes and underscores).
ALIASES: dict[str, str] = {
    "body": "text",
    "content": "text",
    "article": "text",
    "articletext": "text",
    "maintext": "text",
    "story": "text",
    "date": "published",
    "publishedat": "published",
    "pubdate": "published",
    "publicationdate": "published",
    "datepublished": "published",
    "datetime": "published",
    "headline": "title",
    "link": "url",
    "outlet": "source",
    "publisher": "source",
    "articleid": "id",
}


def _norm(name: str) -> str:
    return "".join(ch for ch in str(name).lower() if ch.isalnum())


def resolve_columns(columns: Iterable[str], column_map: Mapping[str, str] | None) -> dict[str, str]:
    """Decide which input column feeds which article field: ``{column: field}``.

    The explicit ``column_map`` wins; a column already named like a field (any case) is
    next; aliases (:data:`ALIASES`) fill only fields still unfilled, first column wins.
    Columns not in the result are kept as extra metadata under their own names.
    """
    columns = list(columns)
    result: dict[str, str] = {}
    filled: set[str] = set()
    for source, target in (column_map or {}).items():
        if source in columns:
            result[source] = target
            filled.add(target)
    for column in columns:
        if column in result:
            continue
        key = _norm(column)
        if key in ARTICLE_FIELDS and key not in filled:
            result[column] = key
            filled.add(key)
    for column in columns:
        if column in result:
            continue
        alias = ALIASES.get(_norm(column))
        if alias is not None and alias not in filled:
            result[column] = alias
            filled.add(alias)
    return result


def map_record(record: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """Rename a record's keys with a mapping from :func:`resolve_columns`; keep the rest."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        out[mapping.get(key, key)] = value
    return out


def missing_text_cause(columns: Iterable[str]) -> str:
    """The report line for a table or record set without any text column."""
    names = ", ".join(repr(str(c)) for c in columns) or "none"
    return (
        f"no text column: the file has columns {names}; map one to 'text', e.g. "
        "column_map={'<column>': 'text'} (CLI: --map <column>=text)"
    )


def decode_source(source: Source) -> tuple[str, list[str]]:
    """Read ``source.path`` as text honouring ``source.encoding``; notes name any guess."""
    return read_text(source.path, source.encoding)
