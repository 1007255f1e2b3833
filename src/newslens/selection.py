"""What the explorer filters, sorts and pages: pure functions over the frames, no widgets.

:class:`CorpusIndex` is built once per corpus (articles frame + results): the full-text index
(:mod:`newslens.search`), each analysis's findings mapped to article positions, findings
counts per article, and the *facets*, derived generically from the results frames through the
analysis contract (never by plugin name):

- per analysis whose rows belong to articles: "has findings";
- per declared ``str`` column that classifies findings (not a span's text, not long prose):
  its values, e.g. a stance label (``stance = deny``: "has a denial"), a unit (``unit = km``),
  a consistency verdict (``consistency = mismatch``: "has a disputed figure"), a speaker.

A :class:`Filters` value (query, outlets, dates, facet values) gives a boolean mask over the
articles; :meth:`CorpusIndex.article_page` and :meth:`CorpusIndex.findings_page` turn a
selection into the rows a table shows, sorted and paged. Everything is numpy over positions
computed once, so a keystroke costs milliseconds on a thousand articles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from newslens.analysis import Analysis
from newslens.display import assign_colours
from newslens.search import Progress, SearchIndex

#: A label column classifies every finding into at most this many kinds (one colour each).
MAX_LAYER_VALUES = 12
#: Facet columns with at most this many values are a dropdown; more, a type-ahead box.
MAX_DROPDOWN_VALUES = 40
#: Columns with more distinct values than this are identifiers or prose, not facets.
MAX_FACET_VALUES = 5000
#: Values longer than this on average are prose (a sentence, a quotation), not a category.
MAX_FACET_LENGTH = 40
PAGE_SIZE = 20


@dataclass(frozen=True)
class Facet:
    """One analysis signal to filter articles by.

    ``column`` is ``None`` for "has findings of the analysis"; otherwise ``values`` maps each
    value of the column to the positions (sorted) of the articles with a finding carrying it.
    """

    analysis_id: str
    column: str | None
    title: str
    values: Mapping[str, np.ndarray]

    @property
    def key(self) -> str:
        return f"{self.analysis_id}:{self.column or '*'}"

    @property
    def dropdown(self) -> bool:
        return len(self.values) <= MAX_DROPDOWN_VALUES

    def counted(self) -> list[tuple[str, str]]:
        """``(label, value)`` options, most articles first: ``"deny (12)"``."""
        items = sorted(self.values.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        return [(f"{value} ({len(rows)})", value) for value, rows in items]


@dataclass
class Filters:
    """What the explorer's controls ask for (every part is ANDed)."""

    query: str = ""
    outlets: Sequence[str] = ()
    date_from: pd.Timestamp | None = None
    date_to: pd.Timestamp | None = None  # inclusive: the whole day
    facets: Mapping[str, str] = field(default_factory=dict)  # facet key -> value ("" = any)


def _is_text_column(name: str, columns: Mapping[str, str]) -> bool:
    """A span's own text (``text``, ``speaker`` beside ``speaker_start``) or a sentence."""
    return (
        name == "text" or f"{name}_start" in columns or name.endswith("_text") or name == "sentence"
    )


def _is_key_column(name: str) -> bool:
    """An identifier (``article_id``, ``story_id``, ``claim_id``): it joins frames and
    classifies nothing an analyst reads (a facet "claim_id = 3f9c..." or a hash column in a
    findings table is noise; the stories plugin offers its own story picker)."""
    return name == "id" or name.endswith("_id")


def categorical_columns(analysis: Analysis, frame: pd.DataFrame) -> list[str]:
    """Declared ``str`` columns that classify findings: few distinct, short values, not keys."""
    out = []
    for name, dtype in analysis.columns.items():
        if dtype != "str" or name not in frame or _is_text_column(name, analysis.columns):
            continue
        if _is_key_column(name):
            continue
        values = frame[name].dropna().astype(str)
        values = values[values != ""]
        distinct = values.nunique()
        if not distinct or distinct > MAX_FACET_VALUES:
            continue
        if distinct > 1 and distinct >= 0.8 * len(values):  # nearly one value per finding
            continue
        if values.str.len().mean() > MAX_FACET_LENGTH:
            continue
        out.append(name)
    return out


def label_column(
    analysis: Analysis, frame: pd.DataFrame, candidates: Sequence[str] | None = None
) -> str | None:
    """The column whose values name the *kind* of each finding (its colour in the text).

    Generic rule: among the categorical columns filled on (nearly) every row with between two
    and :data:`MAX_LAYER_VALUES` values, the one with the most values (ties: declared order);
    ``None`` (one colour for the analysis) when none qualifies.
    """
    best, best_count = None, 1
    if candidates is None:
        candidates = categorical_columns(analysis, frame)
    for name in candidates:
        values = frame[name].dropna().astype(str)
        filled = int((values != "").sum())
        distinct = values[values != ""].nunique()
        if filled >= 0.95 * len(frame) and best_count < distinct <= MAX_LAYER_VALUES:
            best, best_count = name, distinct
    return best


class CorpusIndex:
    """Everything the explorer needs per corpus, computed once (see the module docs)."""

    def __init__(
        self,
        articles: pd.DataFrame,
        results: Any,
        analyses: Mapping[str, Analysis],
        *,
        search: SearchIndex | None = None,
        labels: Mapping[str, str | None] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.articles = articles.reset_index(drop=True)
        self.n = len(self.articles)
        self.analyses = {
            aid: a
            for aid, a in analyses.items()
            if aid in results and "article_id" in results[aid].columns
        }
        self.results = results
        self.search = search or SearchIndex.build(
            self.articles, progress=progress, cancelled=cancelled
        )
        ids = pd.Index(self.articles["article_id"].astype(str))
        self.position = {aid: i for i, aid in enumerate(ids)}
        self._ids = ids
        #: per analysis: the article position of each findings row (-1: not in this frame)
        self.codes: dict[str, np.ndarray] = {}
        #: per analysis: findings per article
        self.counts: dict[str, np.ndarray] = {}
        for aid in self.analyses:
            frame = results[aid]
            codes = ids.get_indexer(frame["article_id"].astype(str)).astype(np.int64)
            self.codes[aid] = codes
            self.counts[aid] = np.bincount(codes[codes >= 0], minlength=self.n)
        self.total = (
            np.sum(list(self.counts.values()), axis=0)
            if self.counts
            else np.zeros(self.n, dtype=np.int64)
        )
        self.categorical = {
            aid: categorical_columns(a, results[aid]) for aid, a in self.analyses.items()
        }
        self.labels = {
            aid: label_column(a, results[aid], self.categorical[aid])
            for aid, a in self.analyses.items()
        }
        self.labels.update({k: v for k, v in (labels or {}).items() if k in self.analyses})
        self.facets = self._facets()
        self.colours = assign_colours(self.layer_keys())
        published = pd.to_datetime(self.articles["published"], utc=True)
        self.dates = published
        ns = published.to_numpy(dtype="datetime64[ns]").astype(np.int64)
        missing = published.isna().to_numpy()
        self._date_ns = np.where(missing, np.iinfo(np.int64).min, ns)
        self._missing_date = missing
        outlets = self.articles["source"].fillna("").astype(str)
        self.outlets = outlets.to_numpy()
        titles = self.articles["title"].fillna("").astype(str)
        self.titles = titles.to_numpy()
        self._rank = {
            "outlet": _rank(outlets.str.lower()),
            "title": _rank(titles.str.lower()),
        }

    # ------------------------------------------------------------------ facets

    def _facets(self) -> list[Facet]:
        out = []
        for aid, analysis in self.analyses.items():
            codes = self.codes[aid]
            frame = self.results[aid]
            name = analysis.title or aid
            has = np.unique(codes[codes >= 0])
            out.append(Facet(aid, None, f"{name}: has findings", {"yes": has}))
            for column in self.categorical[aid]:
                values = frame[column].astype("string").fillna("").to_numpy(dtype=object)
                keep = (codes >= 0) & (values != "")
                pairs = (
                    pd.DataFrame({"v": values[keep].astype(str), "c": codes[keep]})
                    .drop_duplicates()
                    .sort_values(["v", "c"])
                )
                v, c = pairs["v"].to_numpy(), pairs["c"].to_numpy()
                cuts = np.flatnonzero(v[1:] != v[:-1]) + 1
                grouped = {
                    str(v[start]): rows
                    for start, rows in zip(np.r_[0, cuts], np.split(c, cuts), strict=True)
                    if len(rows)
                }
                if grouped:
                    out.append(Facet(aid, column, f"{name}: {column}", grouped))
        return out

    def layer_keys(self, extra: Sequence[str] = ("search",)) -> list[str]:
        """Every highlight layer of the corpus: ``analysis`` or ``analysis:label value``."""
        keys = list(extra)
        for aid, analysis in self.analyses.items():
            if not analysis.has_spans:
                continue
            label = self.labels.get(aid)
            keys.append(aid)
            if label:
                values = self.results[aid][label].dropna().astype(str)
                keys += [f"{aid}:{v}" for v in sorted(set(values)) if v]
        return keys

    def facet(self, key: str) -> Facet:
        for facet in self.facets:
            if facet.key == key:
                return facet
        raise KeyError(f"no facet {key!r}. Available: {', '.join(f.key for f in self.facets)}")

    # ------------------------------------------------------------------ selection

    def mask(self, filters: Filters) -> np.ndarray:
        """A boolean array over the articles: the ones every filter lets through."""
        mask = self.search.mask(filters.query) if filters.query.strip() else np.ones(self.n, bool)
        if filters.outlets:
            mask &= np.isin(self.outlets, list(filters.outlets))
        if filters.date_from is not None:
            start = pd.Timestamp(filters.date_from)
            start = start.tz_localize("UTC") if start.tzinfo is None else start
            mask &= ~self._missing_date & (self._date_ns >= start.value)
        if filters.date_to is not None:
            end = pd.Timestamp(filters.date_to)
            end = end.tz_localize("UTC") if end.tzinfo is None else end
            mask &= ~self._missing_date & (self._date_ns < (end + pd.Timedelta(days=1)).value)
        for key, value in filters.facets.items():
            if value in ("", None):
                continue
            rows = self.facet(key).values.get(value)
            keep = np.zeros(self.n, dtype=bool)
            if rows is not None:
                keep[rows] = True
            mask &= keep
        return mask

    def positions(self, filters: Filters) -> np.ndarray:
        return np.flatnonzero(self.mask(filters))

    def sort(
        self, positions: np.ndarray, key: str = "date", descending: bool = False
    ) -> np.ndarray:
        """``positions`` ordered by ``key`` (date, outlet, title, findings or an analysis id);
        ties keep corpus order; articles without a date go last either way."""
        if key == "date":
            values = self._date_ns[positions]
            order = np.lexsort((positions, -values if descending else values))
            ordered = positions[order]
            undated = self._missing_date[ordered]
            return np.concatenate([ordered[~undated], ordered[undated]])
        if key in self._rank:
            values = self._rank[key][positions]
        elif key == "findings":
            values = self.total[positions]
        elif key in self.counts:
            values = self.counts[key][positions]
        else:
            raise KeyError(f"cannot sort by {key!r}")
        return positions[np.lexsort((positions, -values if descending else values))]

    # ------------------------------------------------------------------ table rows

    def article_columns(self) -> list[dict[str, Any]]:
        columns = [
            {"key": "date", "label": "date", "sortable": True},
            {"key": "outlet", "label": "outlet", "sortable": True},
            {"key": "title", "label": "title", "sortable": True, "wide": True},
        ]
        for aid, analysis in self.analyses.items():
            columns.append(
                {"key": aid, "label": analysis.title or aid, "sortable": True, "numeric": True}
            )
        columns.append({"key": "findings", "label": "findings", "sortable": True, "numeric": True})
        return columns

    def date_label(self, position: int) -> str:
        if self._missing_date[position]:
            return "no date"
        return str(self.dates.iloc[position].strftime("%Y-%m-%d"))

    def article_rows(self, positions: Sequence[int] | np.ndarray) -> list[dict[str, Any]]:
        rows = []
        for p in positions:
            p = int(p)
            title = self.titles[p] or str(self.articles["text"].iat[p])[:80]
            cells = [self.date_label(p), self.outlets[p] or "—", title]
            cells += [str(int(self.counts[aid][p])) for aid in self.analyses]
            cells.append(str(int(self.total[p])))
            rows.append({"key": str(self._ids[p]), "cells": cells})
        return rows

    def findings_rows_of(
        self, analysis_id: str, mask: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(rows, positions)``: the analysis's frame rows in the selected articles, in
        corpus order, and each one's article row. Why not a frame: a page of a table needs
        twenty rows of it, not a copy of every selected finding per keystroke."""
        codes = self.codes[analysis_id]
        keep = codes >= 0
        if mask is not None:
            keep &= mask[np.where(codes >= 0, codes, 0)]
        rows = np.flatnonzero(keep)
        return rows, codes[rows]

    def findings_frame(self, analysis_id: str, mask: np.ndarray | None = None) -> pd.DataFrame:
        """The analysis's findings in the selected articles, with ``_position`` (the article's
        row in the articles frame), in corpus order."""
        rows, positions = self.findings_rows_of(analysis_id, mask)
        return self.results[analysis_id].iloc[rows].assign(_position=positions)

    def findings_columns(self, analysis_id: str) -> list[dict[str, Any]]:
        analysis = self.analyses[analysis_id]
        columns: list[dict[str, Any]] = [
            {"key": "date", "label": "date"},
            {"key": "outlet", "label": "outlet"},
            {"key": "title", "label": "title", "wide": True},
            {"key": "sentence", "label": "sent.", "numeric": True},
        ]
        if "text" in analysis.columns:
            columns.append({"key": "text", "label": "finding", "wide": True})
        for name in self.categorical[analysis_id][:4]:
            columns.append({"key": name, "label": name})
        return columns

    def findings_rows(self, analysis_id: str, frame: pd.DataFrame) -> list[dict[str, Any]]:
        """Rows for a findings table: title, outlet and date instead of ids; each row says
        where it opens (article, offsets, sentence)."""
        keys = [c["key"] for c in self.findings_columns(analysis_id)]
        rows: list[dict[str, Any]] = []
        has_sentence = "sentence" in frame and pd.api.types.is_integer_dtype(frame["sentence"])
        for record in frame.to_dict("records"):
            p = int(record["_position"])
            start, end = record.get("start"), record.get("end")
            sentence = record.get("sentence") if has_sentence else None
            cells = []
            for key in keys:
                if key == "date":
                    cells.append(self.date_label(p))
                elif key == "outlet":
                    cells.append(self.outlets[p] or "—")
                elif key == "title":
                    cells.append(self.titles[p] or str(self._ids[p]))
                elif key == "sentence":
                    number = _int(sentence)
                    cells.append("" if number is None else str(number + 1))
                else:
                    value = record.get(key)
                    cells.append("" if _missing(value) else _clip(str(value)))
            rows.append(
                {
                    "key": f"{self._ids[p]}#{record.get('start', '')}-{len(rows)}",
                    "cells": cells,
                    "open": {
                        "article_id": str(self._ids[p]),
                        "start": _int(start),
                        "end": _int(end),
                        "sentence": _int(sentence),
                        "analysis": analysis_id,
                    },
                }
            )
        return rows


def page_of(items: Any, page: int, size: int = PAGE_SIZE) -> tuple[Any, int, int]:
    """``(items on the page, the page clamped to what exists, number of pages)``."""
    pages = max(1, -(-len(items) // size))
    page = min(max(0, page), pages - 1)
    return items[page * size : (page + 1) * size], page, pages


def _rank(values: pd.Series) -> np.ndarray:
    """Each value's rank in sorted order (equal values share one), for numeric sorting."""
    codes, _ = pd.factorize(values, sort=True)
    return np.asarray(codes, dtype=np.int64)


def _missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _int(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
