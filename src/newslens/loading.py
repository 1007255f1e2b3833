"""``newslens.load``: files, folders, globs, frames and strings into one articles frame.

Loading never stops at a bad file: everything that cannot be read is listed in the load
report (``newslens.load_report(frame)``) with its cause, and the rest loads. ``load`` raises
only for a usage error (an unknown keyword, a source of the wrong type).

Readers and cleaners come from the plugin manager, so a plugin's format or cleaner is used
exactly like a built-in one.
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import pandas as pd

from newslens.dates import NUMERIC_DATE, DayOrder, day_order, order_issue, read_published
from newslens.readers.common import map_record, missing_text_cause, resolve_columns
from newslens.readers.text import split_title
from newslens.registry import LoadIssue, Source
from newslens.schema import (
    ARTICLE_FIELDS,
    CORE_COLUMNS,
    articles_from_records,
    empty_articles,
    stable_id,
    to_utc,
    validate_articles,
)

if TYPE_CHECKING:  # pragma: no cover
    from newslens.manager import NewslensPluginManager

__all__ = ["clean_text", "load", "load_report"]

REPORT_COLUMNS: tuple[str, ...] = ("path", "line", "cause", "level")
SIDECAR_SUFFIX = ".meta.json"
_GLOB_CHARS = re.compile(r"[*?\[]")
_PATHLIKE = re.compile(r"^[^\s]*(?:[/\\][^\s]*|\.[A-Za-z0-9]{1,8})$")


# --------------------------------------------------------------------------- cleaning


def clean_text(
    text: str,
    fields: Mapping[str, Any] | None = None,
    plugin_manager: NewslensPluginManager | None = None,
) -> tuple[str, dict[str, Any], list[str]]:
    """Run the cleaning pipeline on one text.

    :param fields: the article's other fields (title, source ...); cleaners read them and may
        update them (the sign-off cleaner fills ``source``).
    :return: ``(cleaned text, field updates, notes)``; a cleaner that raises is skipped with a
        note, so one faulty plugin cannot lose an article.
    """
    pm = plugin_manager or _default_manager()
    return _run_pipeline(text, dict(fields or {}), pm.cleaners().pipeline())


def _run_pipeline(
    text: str, fields: dict[str, Any], pipeline: list[Any]
) -> tuple[str, dict[str, Any], list[str]]:
    updates: dict[str, Any] = {}
    notes: list[str] = []
    current = dict(fields)
    for cleaner in pipeline:
        try:
            result = cleaner.clean(text, MappingProxyType(current))
            new_text = result.text
            if not isinstance(new_text, str):
                raise TypeError(f"returned {type(new_text).__name__} text, not str")
        except Exception as exc:  # a faulty cleaner must not lose the article
            notes.append(
                f"cleaner {cleaner.name!r} failed and was skipped: {type(exc).__name__}: {exc}"
            )
            continue
        text = new_text
        updates.update(result.fields)
        current.update(result.fields)
        notes.extend(result.notes)
    return text, updates, notes


def _folder_files(directory: Path) -> Iterator[Path]:
    """The files a folder holds, recursively, in sorted order; hidden names and metadata
    sidecars left out (sidecars are read beside their article)."""
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not (name.startswith(".") or name.endswith(SIDECAR_SUFFIX)):
                yield Path(root) / name


def _default_manager() -> NewslensPluginManager:
    from newslens.manager import get_plugin_manager

    return get_plugin_manager()


# --------------------------------------------------------------------------- the report


def load_report(frame: pd.DataFrame) -> pd.DataFrame:
    """What could not be loaded (or loaded with a caveat), one row per item, with the cause.

    Columns ``path``, ``line`` (record line/row number or NA), ``cause``, ``level``
    (``"error"``: nothing loaded from it; ``"warning"``: loaded or skipped with a caveat).
    """
    rows = list(frame.attrs.get("load_report", []))
    report = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
    report["line"] = report["line"].astype("Int64")
    return report


class _SharedReport(tuple):
    """The load report as the frame's ``attrs`` carry it: shared, not copied, by the frames
    pandas derives from the loaded one.

    Why: pandas deep-copies ``attrs`` into every frame or row it derives (a slice, a
    ``copy``, a column, ``iloc[i]``). Reuters-21578's report has some 1,800 entries, and each
    such copy cost 30 ms: 0.8 s of grouping its stories went to it, and every row an explorer
    pick read paid it. The entries are read, never changed (:func:`load_report` builds a new
    frame from them), so one object serves every derived frame.
    """

    __slots__ = ()

    def __deepcopy__(self, memo: dict[int, Any]) -> _SharedReport:
        return self


def _issue(path: str, cause: str, line: int | None = None, level: str = "error") -> dict[str, Any]:
    return {"path": path, "line": line, "cause": cause, "level": level}


def _issue_row(issue: LoadIssue) -> dict[str, Any]:
    cause = f"record {issue.record}: {issue.cause}" if issue.record else issue.cause
    return _issue(issue.path, cause, issue.line, issue.level)


# --------------------------------------------------------------------------- sources


class _Loader:
    def __init__(
        self,
        column_map: Mapping[str, str] | None,
        encoding: str | None,
        clean: bool,
        pm: NewslensPluginManager,
        dayfirst: bool | None = None,
    ) -> None:
        self.column_map = dict(column_map or {})
        self.dayfirst = dayfirst
        self.encoding = encoding
        self.clean = clean
        self.pm = pm
        self.readers = pm.readers()
        self.pipeline = pm.cleaners().pipeline() if clean else []
        self.records: list[dict[str, Any]] = []
        self.report: list[dict[str, Any]] = []

    # ------------------------------------------------------------- dispatch

    def add_source(self, source: Any, index: int) -> None:
        if isinstance(source, pd.DataFrame):
            self.add_frame(source, f"<dataframe {index}>")
        elif isinstance(source, Path | os.PathLike):
            self.add_path_string(os.fspath(source), literal=True)
        elif isinstance(source, str):
            self.add_path_string(source, literal=False, index=index)
        else:
            raise TypeError(
                f"load() source {index + 1} is a {type(source).__name__}; expected a path, a "
                "glob, a folder, a pandas DataFrame or article text"
            )

    def add_path_string(self, value: str, *, literal: bool, index: int = 0) -> None:
        if not literal and ("\n" in value or len(value) > 1024 or "\x00" in value):
            self.add_plain_text(value, index)  # never a path; stat() would fail on it
            return
        path = Path(value).expanduser()
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError):  # name too long, invalid characters
            is_dir = exists = False
        if is_dir:
            self.add_directory(path)
            return
        if exists:
            self.add_file(path, explicit=True)
            return
        if _GLOB_CHARS.search(value):
            matches = sorted(glob.glob(os.path.expanduser(value), recursive=True))
            if matches:
                found = 0
                fixed = _fixed_prefix_length(value)
                for match in matches:
                    m = Path(match)
                    if _hidden(m, fixed) or m.name.endswith(SIDECAR_SUFFIX):
                        continue
                    found += 1
                    if m.is_dir():
                        self.add_directory(m)
                    else:
                        self.add_file(m, explicit=False)
                if not found:
                    self.report.append(_issue(value, "glob matched only hidden or sidecar files"))
                return
        if literal or (value.strip() and _PATHLIKE.fullmatch(value.strip())):
            cause = "no such file, folder or glob match"
            self.report.append(_issue(value, cause))
            return
        self.add_plain_text(value, index)

    def add_directory(self, directory: Path) -> None:
        before = len(self.records)
        files = 0
        for path in _folder_files(directory):
            files += 1
            self.add_file(path, explicit=False)
        if len(self.records) == before:
            what = f"{files} file(s), none with articles" if files else "no files"
            self.report.append(_issue(str(directory), f"folder holds no articles ({what})"))

    # ------------------------------------------------------------- files

    def add_file(self, path: Path, *, explicit: bool) -> None:
        mark = len(self.report)
        self._add_file(path, explicit=explicit)
        # A file's issues in line order, whichever stage (reader, loader) found them.
        self.report[mark:] = sorted(
            self.report[mark:], key=lambda r: (r["line"] is not None, r["line"] or 0)
        )

    def _add_file(self, path: Path, *, explicit: bool) -> None:
        name = str(path)
        suffix = path.suffix.lower()
        reader = self.readers.for_extension(suffix) if suffix else None
        if reader is None:
            known = ", ".join(self.readers.extensions())
            cause = f"unknown extension {suffix or '(none)'!r}; readers exist for {known}"
            # a file met in a folder (a README, a licence) is skipped, noted at "info" level
            self.report.append(_issue(name, cause, level="error" if explicit else "info"))
            return
        try:
            if path.stat().st_size == 0:
                self.report.append(_issue(name, "empty file"))
                return
        except OSError as exc:
            self.report.append(_issue(name, f"unreadable file: {exc.strerror or exc}"))
            return
        source = Source(path=path, column_map=self.column_map, encoding=self.encoding)
        records: list[dict[str, Any]] = []
        try:
            for item in reader.read(source):
                if isinstance(item, LoadIssue):
                    self.report.append(_issue_row(item))
                elif isinstance(item, Mapping):
                    records.append(dict(item))
                else:
                    self.report.append(
                        _issue(name, f"reader {reader.name!r} yielded a {type(item).__name__}")
                    )
        except PermissionError as exc:
            self.report.append(_issue(name, f"unreadable file: {exc.strerror or exc}"))
            return
        except Exception as exc:  # DecodeError (binary), OSError, a faulty plugin reader
            cause = str(exc) if _is_decode_error(exc) else f"{type(exc).__name__}: {exc}"
            self.report.append(_issue(name, f"unreadable file: {cause}"))
            return
        sidecar = self.read_sidecar(path)
        if sidecar and len(records) > 1:
            self.report.append(
                _issue(
                    str(path.with_suffix(SIDECAR_SUFFIX)),
                    f"sidecar ignored: {name} holds {len(records)} articles, a sidecar "
                    "describes one",
                    level="warning",
                )
            )
            sidecar = {}
        multi = len(records) > 1
        if sidecar:
            for record in records:
                record.update(sidecar)
        order = self.day_order([r.get("published") for r in records], name)
        # The id's origin is the file's name, not the path as typed: "corpus/a.txt",
        # "./corpus/a.txt" and "/home/me/corpus/a.txt" are one article, so its cached results
        # and its row in a store are found again from any directory.
        for number, record in enumerate(records, start=1):
            line = record.get("_line")
            origin = f"{path.name}:{line if line is not None else number}" if multi else path.name
            self.add_record(
                record, path=name, origin=origin, line=line if multi else None, order=order
            )

    def day_order(self, values: list[Any], where: str) -> DayOrder:
        """The day/month order of one file's (or frame's) numeric dates; an order its own
        values do not settle is reported."""
        order = day_order(values, self.dayfirst)
        issue = order_issue(order, where)
        if issue:
            self.report.append(_issue(where, issue, level="warning"))
        return order

    def read_sidecar(self, path: Path) -> dict[str, Any]:
        sidecar = path.with_suffix(SIDECAR_SUFFIX)
        if not sidecar.is_file():
            return {}
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            self.report.append(_issue(str(sidecar), f"sidecar not read: {exc}", level="warning"))
            return {}
        if not isinstance(data, dict):
            self.report.append(
                _issue(str(sidecar), "sidecar not read: not a JSON object", level="warning")
            )
            return {}
        mapping = resolve_columns(list(data), self.column_map)
        return map_record(data, mapping)

    # ------------------------------------------------------------- frames and strings

    def add_frame(self, frame: pd.DataFrame, label: str) -> None:
        if set(CORE_COLUMNS) <= set(map(str, frame.columns)):
            # Already an articles frame: keep its cleaning, normalise dtypes.
            for record in frame.to_dict("records"):
                self.records.append({str(k): v for k, v in record.items()})
            return
        columns = [str(c) for c in frame.columns]
        mapping = resolve_columns(columns, self.column_map)
        if "text" not in mapping.values():
            self.report.append(_issue(label, missing_text_cause(columns)))
            return
        renamed = frame.set_axis(columns, axis=1).rename(columns=mapping)
        published = list(renamed["published"]) if "published" in renamed.columns else []
        order = self.day_order(published, label)
        for number, row in enumerate(renamed.to_dict("records"), start=1):
            record = {k: (None if _missing(v) else v) for k, v in row.items()}
            path = record.pop("path", None)
            self.add_record(
                record,
                path=str(path) if isinstance(path, str) else "",
                origin=f"{label}:{number}",
                line=number,
                where=label,
                order=order,
            )

    def add_plain_text(self, value: str, index: int) -> None:
        title, body = split_title(value)
        self.add_record(
            {"title": title, "text": body},
            path="",
            origin=f"<text {index}>",
            line=None,
            where=f"<text {index}>",
        )

    # ------------------------------------------------------------- one record

    def add_record(
        self,
        record: dict[str, Any],
        *,
        path: str,
        origin: str,
        line: int | None,
        where: str | None = None,
        order: DayOrder | None = None,
    ) -> None:
        where = where or path
        given_notes = record.pop("notes", None)
        if isinstance(given_notes, str):
            given_notes = [given_notes]
        notes = [str(n) for n in (given_notes if isinstance(given_notes, list | tuple) else [])]
        for key in [k for k in record if str(k).startswith("_")]:
            del record[key]
        raw = record.get("text")
        if isinstance(raw, list | tuple) and all(isinstance(p, str) for p in raw):
            raw = "\n\n".join(raw)  # a list of paragraphs (some JSON exports)
        raw_text = "" if _missing(raw) else str(raw)
        given_id = record.pop("id", None)
        if not raw_text.strip():
            label = f"record {_id_text(given_id)}: " if not _missing(given_id) else ""
            self.report.append(_issue(where, f"{label}empty text; not loaded", line))
            return
        article: dict[str, Any] = {k: v for k, v in record.items() if k not in ARTICLE_FIELDS}
        article.pop("raw_text", None)
        for key in ("title", "source", "url"):
            value = record.get(key)
            article[key] = "" if _missing(value) else str(value).strip()
        published = _epoch(record.get("published"))
        stamp = to_utc(published) if order is None else read_published(published, order)
        if stamp is pd.NaT and not _missing(published) and str(published).strip():
            notes.append(f"published {str(published)!r} could not be read as a date; left empty")
        elif order is not None and order.reason == "data" and isinstance(published, str):
            match = NUMERIC_DATE.match(published)
            if match and int(match.group(1)) <= 12 and int(match.group(3)) <= 12:
                how = "day/month" if order.dayfirst else "month/day"
                notes.append(
                    f"published {published.strip()!r} read {how}, as {order.example!r} in the "
                    "same file shows"
                )
        article["published"] = stamp
        article["article_id"] = (
            stable_id(raw_text, origin) if _missing(given_id) else _id_text(given_id)
        )
        article["raw_text"] = raw_text
        article["path"] = path
        text = raw_text
        if self.pipeline:
            fields = {k: article[k] for k in ("title", "source", "url", "published")}
            text, updates, clean_notes = _run_pipeline(text, fields, self.pipeline)
            for key, value in updates.items():
                if key in {"title", "source", "url"}:
                    article[key] = "" if value is None else str(value)
                elif key == "published":
                    article[key] = to_utc(value)
                elif key not in {"article_id", "raw_text", "text", "path", "notes"}:
                    article[key] = value
            notes.extend(clean_notes)
            if not text.strip():
                self.report.append(
                    _issue(where, "text empty after cleaning (only debris); not loaded", line)
                )
                return
        article["text"] = text
        article["notes"] = tuple(notes)
        self.records.append(article)

    # ------------------------------------------------------------- result

    def frame(self, seen: dict[str, int] | None = None) -> pd.DataFrame:
        """The records so far as an articles frame; repeated ids get ``~N`` suffixes.

        ``seen`` carries the ids of earlier batches (see :func:`iter_load`); records and the
        report are handed over, so the loader can go on with the next batch.
        """
        records, self.records = self.records, []
        seen = {} if seen is None else seen
        for record in records:
            base = str(record["article_id"])
            count = seen.get(base, 0) + 1
            seen[base] = count
            if count > 1:
                new = f"{base}~{count}"
                while new in seen:
                    count += 1
                    new = f"{base}~{count}"
                seen[base] = count
                seen[new] = 1
                record["article_id"] = new
                record["notes"] = (
                    *tuple(record.get("notes") or ()),
                    f"article_id {base!r} repeated; renamed {new!r}",
                )
        frame = articles_from_records(records) if records else empty_articles()
        validate_articles(frame)
        frame.attrs["load_report"] = _SharedReport(self.report)
        self.report = []
        return frame


class _Expander(_Loader):
    """Expands sources into units of work (a file, a frame, a string) without reading them,
    so :func:`iter_load` can read one unit at a time."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.units: list[tuple[Any, ...]] = []

    def add_directory(self, directory: Path) -> None:
        self.units.append(("folder-start", directory))
        files = 0
        for path in _folder_files(directory):
            files += 1
            self.add_file(path, explicit=False)
        self.units.append(("folder-end", directory, files))

    def add_file(self, path: Path, *, explicit: bool) -> None:
        self.units.append(("file", path, explicit))

    def add_frame(self, frame: pd.DataFrame, label: str) -> None:
        self.units.append(("frame", frame, label))

    def add_plain_text(self, value: str, index: int) -> None:
        self.units.append(("text", value, index))


def _missing(value: Any) -> bool:
    """None, NaN, NaT or NA (a scalar); containers are never missing."""
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    return isinstance(value, float) and value != value


def _epoch(value: Any) -> Any:
    """A number as a date is Unix time: seconds, or milliseconds when that is implausible.

    (``pd.Timestamp(int)`` would read nanoseconds and put every article in January 1970.)
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return value
    unit = "ms" if abs(value) >= 1e11 else "s"
    try:
        return pd.Timestamp(value, unit=unit, tz="UTC")
    except (ValueError, OverflowError):
        return None


def _id_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _fixed_prefix_length(pattern: str) -> int:
    """How many leading path parts of a glob pattern have no wildcard (the user chose them)."""
    parts = Path(os.path.expanduser(pattern)).parts
    for index, part in enumerate(parts):
        if _GLOB_CHARS.search(part):
            return index
    return len(parts)


def _hidden(path: Path, skip: int = 0) -> bool:
    """A hidden file or folder below the part of the path the user typed out."""
    return any(p.startswith(".") and p not in {".", ".."} for p in path.parts[skip:])


def _is_decode_error(exc: Exception) -> bool:
    from newslens.encoding import DecodeError

    return isinstance(exc, DecodeError)


def _flatten(sources: Iterable[Any]) -> Iterator[Any]:
    for source in sources:
        if isinstance(source, list | tuple):
            yield from _flatten(source)
        else:
            yield source


def load(
    *sources: Any,
    column_map: Mapping[str, str] | None = None,
    encoding: str | None = None,
    clean: bool = True,
    plugin_manager: NewslensPluginManager | None = None,
    dayfirst: bool | None = None,
) -> pd.DataFrame:
    """Load articles into one frame following :mod:`newslens.schema`.

    :param sources: files, folders (recursive; hidden files and ``*.meta.json`` sidecars are
        skipped), globs, pandas DataFrames, or article text (a string that is no path and
        matches no glob; its first non-empty line is the title). Lists are flattened.
    :param column_map: ``{"body": "text", "date": "published"}``: which column or key feeds
        which field, for CSV, JSON, JSON Lines, Parquet, frames and sidecars. Common aliases
        (body, content, date, headline, link, outlet ...) apply to fields it leaves unfilled.
    :param encoding: force a text encoding instead of detecting it.
    :param clean: run the cleaning pipeline (``text`` cleaned, ``raw_text`` as read).
    :param plugin_manager: where readers and cleaners come from (default: a fresh
        :func:`newslens.get_plugin_manager`).
    :param dayfirst: how to read numeric dates (``05/11/2024``) when no value of a file
        settles the order; a file whose values do (``25/12/2023``) is read that way whatever
        this says. ``None``: month first, and the load report says so (see
        :mod:`newslens.dates`).
    :return: the articles frame; ``frame.attrs["load_report"]`` lists what was not loaded
        (see :func:`load_report`). With nothing loaded it is an empty, valid frame.
    """
    if column_map is not None and not isinstance(column_map, Mapping):
        raise TypeError("column_map must be a mapping like {'body': 'text'}")
    loader = _Loader(column_map, encoding, clean, plugin_manager or _default_manager(), dayfirst)
    for index, source in enumerate(_flatten(sources)):
        loader.add_source(source, index)
    return loader.frame()


def iter_load(
    *sources: Any,
    batch_size: int = 10_000,
    column_map: Mapping[str, str] | None = None,
    encoding: str | None = None,
    clean: bool = True,
    plugin_manager: NewslensPluginManager | None = None,
    dayfirst: bool | None = None,
) -> Iterator[pd.DataFrame]:
    """Load like :func:`load`, in articles frames of about ``batch_size`` rows.

    For corpora larger than memory (``newslens analyze big/*.parquet --store ...`` streams
    through this): files are read one at a time and a batch is handed over as soon as it
    holds ``batch_size`` articles, so memory is bounded by the largest single file plus one
    batch. Article ids repeated across batches are renamed as :func:`load` renames them, and
    each batch's ``attrs["load_report"]`` lists the issues found since the previous batch.
    At least one (possibly empty) frame is always yielded.
    """
    if column_map is not None and not isinstance(column_map, Mapping):
        raise TypeError("column_map must be a mapping like {'body': 'text'}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    pm = plugin_manager or _default_manager()
    expander = _Expander(column_map, encoding, clean, pm)
    for index, source in enumerate(_flatten(sources)):
        expander.add_source(source, index)
    loader = _Loader(column_map, encoding, clean, pm, dayfirst)
    loader.report = expander.report  # missing paths, empty globs: found while expanding
    seen: dict[str, int] = {}
    produced = 0  # records made so far, to tell a folder without articles
    folders: list[int] = []
    yielded = False
    for unit in expander.units:
        kind = unit[0]
        before = len(loader.records)
        if kind == "folder-start":
            folders.append(produced)
        elif kind == "folder-end":
            if produced == folders.pop():
                files = unit[2]
                what = f"{files} file(s), none with articles" if files else "no files"
                loader.report.append(_issue(str(unit[1]), f"folder holds no articles ({what})"))
        elif kind == "file":
            loader.add_file(unit[1], explicit=unit[2])
        elif kind == "frame":
            loader.add_frame(unit[1], unit[2])
        else:
            loader.add_plain_text(unit[1], unit[2])
        produced += len(loader.records) - before
        if len(loader.records) >= batch_size:
            yielded = True
            yield loader.frame(seen)
    if loader.records or loader.report or not yielded:
        yield loader.frame(seen)
