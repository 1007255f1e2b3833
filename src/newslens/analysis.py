"""The analysis contract: what a plugin declares, and what its ``extract`` receives.

An analysis is *data plus pure functions*, so the same descriptor runs in a notebook, the CLI,
a process pool or a distributed engine, and its results can be cached by content hash and
version:

- ``extract(article) -> iterable of dicts``: one dict per finding, keys among the declared
  ``columns``. Pure: it reads only the :class:`Article` it is given, never imports ipywidgets,
  never touches global state. The runner adds ``article_id`` and casts to the declared dtypes;
  a key that is not declared, or a return that is not an iterable of mappings, becomes an error
  row for that article (never a crashed run).
- ``summarize(findings, articles) -> DataFrame`` (optional): corpus-level figures computed
  from all findings (e.g. one quantity compared across outlets).
- ``view(context) -> ipywidgets.Widget`` (optional): builds widgets from the frames in a
  :class:`ViewContext`; it never computes findings. Without one, the explorer shows a table.

Span findings declare ``start``/``end`` (character offsets into the article's cleaned
``text``, end exclusive) and ``text`` (the span itself): the explorer highlights them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets

ANALYSIS_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.v[0-9]+$")

#: Dtypes an analysis may declare for its columns (pandas dtype names).
ALLOWED_DTYPES = frozenset(
    {"str", "int64", "Int64", "float64", "boolean", "bool", "object", "datetime64[ns, UTC]"}
)


@dataclass(frozen=True)
class Article:
    """One article as an extractor sees it: immutable and picklable.

    ``published`` is a tz-aware UTC :class:`pandas.Timestamp` or ``None`` when unknown.
    ``extra`` holds every metadata field beyond the core ones.
    """

    article_id: str
    text: str
    title: str = ""
    published: pd.Timestamp | None = None
    source: str = ""
    url: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Article:
        from newslens.schema import CORE_COLUMNS

        published = row.get("published")
        if published is None or pd.isna(published):
            published = None
        return cls(
            article_id=str(row["article_id"]),
            text=str(row.get("text", "")),
            title=str(row.get("title", "") or ""),
            published=published,
            source=str(row.get("source", "") or ""),
            url=str(row.get("url", "") or ""),
            extra={k: v for k, v in row.items() if k not in CORE_COLUMNS},
        )

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """The text's sentences as ``(start, end)`` offsets, from the core's one splitter
        (:mod:`newslens.sentences`); a finding's ``sentence`` column is an index into this."""
        from newslens.sentences import sentence_spans

        return sentence_spans(self.text)

    def sentence_index(self, pos: int) -> int:
        """The index in :attr:`sentences` of the sentence holding character offset ``pos``."""
        from newslens.sentences import sentence_index

        return sentence_index(self.text, pos)


ExtractFunction = Callable[[Article], Iterable[Mapping[str, Any]]]
SummarizeFunction = Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]
ViewFunction = Callable[["ViewContext"], "ipywidgets.Widget"]


@dataclass(frozen=True)
class Analysis:
    """A versioned, registered analysis.

    :param id: ``name.vN`` (e.g. ``numbers.v1``); a change to the output format registers a new
        version beside the old one. The version is part of every cache key.
    :param title: what the explorer's tab and the reports call it.
    :param extract: the pure per-article function (see the module docs).
    :param columns: output columns and their dtypes, in order, without ``article_id`` (the
        runner adds it first). Dtypes are pandas names from :data:`ALLOWED_DTYPES`.
    :param requires: article columns the analysis reads beyond ``text`` (e.g.
        ``("published",)``); the runner checks they exist in the articles frame.
    :param summarize: optional corpus-level function ``(findings, articles) -> DataFrame``.
    :param view: optional ``(ViewContext) -> ipywidgets.Widget``.
    :param description: one paragraph for ``newslens plugins`` and the docs.
    :param version: the implementation version mixed into cache keys (bump it when the same
        output format changes values, e.g. after a bug fix); defaults to the plugin's
        distribution version at registration time when left empty.
    :param plugin: the plugin that registered the analysis, set by the registry (leave it
        empty): error rows name it, so a failure points at the package to fix.
    """

    id: str
    title: str
    extract: ExtractFunction
    columns: Mapping[str, str]
    requires: tuple[str, ...] = ()
    summarize: SummarizeFunction | None = None
    view: ViewFunction | None = None
    description: str = ""
    version: str = ""
    plugin: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not ANALYSIS_ID.match(self.id):
            raise ValueError(
                f"analysis id {self.id!r} must look like 'name.v1' (lower-case name, a dot, "
                "'v' and a version number)"
            )
        if not callable(self.extract):
            raise TypeError(f"analysis {self.id!r}: extract must be callable")
        if "article_id" in self.columns:
            raise ValueError(f"analysis {self.id!r}: 'article_id' is added by the runner")
        bad = {c: d for c, d in self.columns.items() if d not in ALLOWED_DTYPES}
        if bad:
            raise ValueError(
                f"analysis {self.id!r}: unsupported dtypes {bad}. "
                f"Available: {', '.join(sorted(ALLOWED_DTYPES))}"
            )
        object.__setattr__(self, "columns", dict(self.columns))
        object.__setattr__(self, "requires", tuple(self.requires))

    @property
    def name(self) -> str:
        return self.id.rsplit(".v", 1)[0]

    @property
    def major_version(self) -> int:
        return int(self.id.rsplit(".v", 1)[1])

    @property
    def has_spans(self) -> bool:
        return {"start", "end"} <= set(self.columns)

    def empty_frame(self) -> pd.DataFrame:
        """An empty findings frame with the declared columns and dtypes."""
        from newslens.frames import empty_findings

        return empty_findings(self)


@dataclass(frozen=True)
class ViewContext:
    """What a view is given: frames only, nothing to compute.

    :param analysis: the analysis being shown.
    :param findings: this analysis's findings for ``article`` (all findings when ``article``
        is ``None``).
    :param article: the article picked in the explorer, or ``None`` for a corpus view.
    :param all_findings: the analysis's findings for the whole corpus.
    :param articles: the articles frame.
    :param summary: the output of ``summarize``, when the analysis has one.
    """

    analysis: Analysis
    findings: pd.DataFrame
    article: Article | None
    all_findings: pd.DataFrame
    articles: pd.DataFrame
    summary: pd.DataFrame | None = None
