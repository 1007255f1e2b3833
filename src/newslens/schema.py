"""The articles frame: the one data contract every part of newslens shares.

One row per article. The core columns, in this order:

=============  ============================  ===============================================
column         dtype                         meaning
=============  ============================  ===============================================
article_id     str                           the id the source gave, else a stable hash of
                                             the raw content and its origin (file name and
                                             row, not the path as typed)
title          str                           the headline ("" when unknown)
text           str                           the cleaned body: what analyses read and what
                                             finding offsets point into
raw_text       str                           the body as read, before cleaning
published      datetime64[ns, UTC]           publication time, NaT when unknown; a bare date
                                             is midnight UTC of that day
source         str                           the outlet ("" when unknown)
url            str                           ("" when unknown)
path           str                           file the article came from ("" for in-memory)
notes          object (tuple of str)         what loading and cleaning changed, in order:
                                             encoding guesses, mojibake repairs, removed
                                             debris; never silent
=============  ============================  ===============================================

Every other metadata field (from a sidecar, a JSON key, a CSV column) follows, kept as it came.
``article_id`` is unique within a frame: a repeated id gets ``~2``, ``~3`` ... appended and a
note says so.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

CORE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "title",
    "text",
    "raw_text",
    "published",
    "source",
    "url",
    "path",
    "notes",
)

#: Fields a reader may fill directly (anything else is kept as extra metadata).
ARTICLE_FIELDS: tuple[str, ...] = ("id", "title", "text", "published", "source", "url")

STRING_COLUMNS: tuple[str, ...] = (
    "article_id",
    "title",
    "text",
    "raw_text",
    "source",
    "url",
    "path",
)

PUBLISHED_DTYPE = "datetime64[ns, UTC]"


class SchemaError(ValueError):
    """An articles frame does not follow the schema; the message names every problem."""


def stable_id(*parts: str) -> str:
    """A short, stable id from content and origin (same input, same id, on every machine)."""
    digest = hashlib.blake2b(digest_size=8)
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def content_hash(text: str) -> str:
    """The hash caches and stores key results on: the cleaned text only."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def to_utc(value: Any) -> pd.Timestamp:
    """Parse a publication date into a tz-aware UTC Timestamp; NaT when absent or unparseable.

    Naive datetimes and bare dates are taken as UTC (news exports rarely say otherwise, and a
    day is what most of them mean).
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return pd.NaT
    if isinstance(value, str) and not value.strip():
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        try:
            stamp = pd.to_datetime(value, utc=True, format="mixed")
        except (ValueError, TypeError, OverflowError):
            return pd.NaT
    if stamp is pd.NaT:
        return pd.NaT
    if stamp.tzinfo is None:
        return stamp.tz_localize("UTC")
    return stamp.tz_convert("UTC")


def empty_articles() -> pd.DataFrame:
    """A frame with the core columns and their dtypes and no rows."""
    frame = pd.DataFrame({column: pd.Series([], dtype=object) for column in CORE_COLUMNS})
    for column in STRING_COLUMNS:
        frame[column] = frame[column].astype(str)
    frame["published"] = pd.Series([], dtype=PUBLISHED_DTYPE)
    return frame


def articles_from_records(records: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a schema-valid frame from complete article records (core keys plus extras)."""
    if not records:
        return empty_articles()
    return articles_from_frame(pd.DataFrame.from_records(records))


def articles_from_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Bring a frame of complete article columns (core columns plus extras) to the schema:
    the same as :func:`articles_from_records`, column by column, so a large frame (the store's
    articles) is never turned into one Python dict per row."""
    if not len(frame):
        return empty_articles()
    frame = frame.reset_index(drop=True)
    for column in CORE_COLUMNS:
        if column not in frame:
            frame[column] = "" if column in STRING_COLUMNS else None
    for column in STRING_COLUMNS:
        frame[column] = frame[column].fillna("").astype(str)
    published = frame["published"]
    if isinstance(published.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(
        published.dtype
    ):
        stamps = pd.to_datetime(published, utc=True)  # naive values are UTC (see to_utc)
    else:
        stamps = pd.to_datetime(pd.Series([to_utc(v) for v in published], dtype=object), utc=True)
    frame["published"] = stamps.astype(PUBLISHED_DTYPE)
    # lists, tuples, or the arrays a Parquet round trip gives back
    frame["notes"] = [
        tuple(n) if isinstance(n, (list, tuple, np.ndarray)) else () for n in frame["notes"]
    ]
    extras = [c for c in frame.columns if c not in CORE_COLUMNS]
    return frame[list(CORE_COLUMNS) + extras].reset_index(drop=True)


def _not_str(column: pd.Series) -> pd.Series:
    """Which values of ``column`` are not ``str``. A string-dtype column holds only ``str``
    or a missing value, so only its missing values are asked about (a vectorised test, where
    a look at every value costs about a second a million articles)."""
    if isinstance(column.dtype, pd.StringDtype):
        return column.isna()
    return column.map(lambda v: not isinstance(v, str))


def validate_articles(frame: pd.DataFrame) -> pd.DataFrame:
    """Check ``frame`` against the schema and return it; raise :class:`SchemaError` otherwise."""
    if not isinstance(frame, pd.DataFrame):
        raise SchemaError(f"expected a pandas DataFrame of articles, got {type(frame).__name__}")
    problems = [f"missing column {c!r}" for c in CORE_COLUMNS if c not in frame.columns]
    if "published" in frame.columns:
        dtype = frame["published"].dtype
        if not (isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) == "UTC"):
            problems.append(f"column 'published' must be tz-aware UTC datetime64, not {dtype}")
    for column in STRING_COLUMNS:
        if column in frame.columns:
            bad = _not_str(frame[column])
            if bad.any():
                problems.append(f"column {column!r} must hold str; {int(bad.sum())} rows do not")
    if "article_id" in frame.columns and frame["article_id"].duplicated().any():
        dupes = frame.loc[frame["article_id"].duplicated(), "article_id"].head(5).tolist()
        problems.append(f"article_id must be unique; repeated: {dupes}")
    if problems:
        raise SchemaError("articles frame does not follow the schema: " + "; ".join(problems))
    return frame
