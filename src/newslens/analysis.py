"""The analysis contract: what a plugin declares, and what its functions receive.

An analysis is *data plus pure functions*, so the same descriptor runs in a notebook, the CLI,
a process pool or a distributed engine, and its results can be cached by a key of everything
it reads. There are two kinds:

- **per-article** (``extract``): ``extract(article) -> iterable of dicts``, one dict per
  finding, keys among the declared ``columns``. Pure: it reads only the :class:`Article` it is
  given, which carries ``text`` and only the fields the analysis declares in ``requires`` and
  ``reads`` (so the cache key, built from exactly those, can never miss an input). The runner
  adds ``article_id``, and checks and casts every row per article: a key that is not declared,
  a value that does not fit its column's dtype, or a return that is not an iterable of mappings
  becomes an error row for that article naming the column and value (never a crashed run).
- **corpus-level** (``combine``): ``combine(inputs, articles) -> DataFrame``, where ``inputs``
  maps each id in ``inputs`` to that analysis's frame and ``articles`` is the articles frame
  without ``raw_text`` (corpus-level work reads the cleaned text). It reads other analyses' findings
  through their versioned frame contracts, never by importing another plugin. It runs after
  the per-article analyses, in the order its inputs impose.

Either kind may add ``summarize(findings, articles) -> DataFrame``: corpus-level figures
about its own findings (``Results.summaries``). The runner treats it as a corpus-level step
whose one input is the analysis's own findings, so it is ordered, isolated and cached the
same way as ``combine``.

``view(context) -> ipywidgets.Widget`` (optional) builds widgets from the frames in a
:class:`ViewContext`; it never computes findings. Without one, the explorer shows a table.
``report(context) -> list`` (optional) gives the static figures and tables the offline report
shows in the analysis's section.

Span findings declare ``start``/``end`` (character offsets into the article's cleaned
``text``, end exclusive) and ``text`` (the span itself): the explorer highlights them. A finding
that belongs to a sentence declares ``sentence`` (``int64``): the index into
:attr:`Article.sentences`, the core's one split, so it means the same in every frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets

#: Article fields every extractor receives, whatever it declares.
ALWAYS_READ = ("article_id", "text")

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

    def restricted(self, fields: Iterable[str]) -> Article:
        """This article with only ``fields`` (plus id and text) filled: what an analysis that
        declares those fields receives. Why: results are cached by a key of the declared
        fields, so an analysis must not see (and silently depend on) anything else."""
        keep = set(fields)
        return Article(
            article_id=self.article_id,
            text=self.text,
            title=self.title if "title" in keep else "",
            published=self.published if "published" in keep else None,
            source=self.source if "source" in keep else "",
            url=self.url if "url" in keep else "",
            extra={k: v for k, v in self.extra.items() if k in keep},
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
CombineFunction = Callable[[Mapping[str, pd.DataFrame], pd.DataFrame], pd.DataFrame]
SummarizeFunction = Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]
ViewFunction = Callable[["ViewContext"], "ipywidgets.Widget"]
ReportFunction = Callable[["ViewContext"], Iterable[Any]]


@dataclass(frozen=True)
class Analysis:
    """A versioned, registered analysis: per-article (``extract``) or corpus-level
    (``combine``), never both.

    :param id: ``name.vN`` (e.g. ``numbers.v1``); a change to the output format registers a new
        version beside the old one.
    :param title: what the explorer's tab and the reports call it.
    :param extract: the pure per-article function (see the module docs).
    :param combine: the corpus-level function ``(inputs, articles) -> DataFrame``.
    :param inputs: ids of the analyses whose frames ``combine`` reads; the runner runs them
        first (selecting an analysis pulls in its inputs) and reports a cycle or a missing one.
    :param columns: output columns and their dtypes, in order. Per-article analyses leave out
        ``article_id`` (the runner adds it first); a corpus-level one declares it when its
        rows belong to articles. Dtypes are pandas names from :data:`ALLOWED_DTYPES`.
    :param requires: article columns the analysis needs beyond ``text`` (e.g.
        ``("published",)``); a frame without one gives an error row per article.
    :param reads: article columns it uses when present (e.g. an optional ``claims`` field).
        Only ``text`` and the fields in ``requires`` and ``reads`` reach ``extract``, and they
        are the article's part of the cache key.
    :param parameters: values bound into the analysis (claims to check, a model's hash), JSON
        serialisable; part of the cache key, so a different parameter is never served
        another's results.
    :param batch_by: for a corpus-level analysis whose output for a group of articles (a
        story) depends only on that group: the name of the column that groups articles, in the
        first of its ``inputs`` that declares it (one row per article, e.g. ``stories.v1``'s
        ``story_id``). The core may then call ``combine`` several times, each time with every
        input and ``articles`` restricted to the articles of whole groups (articles without a
        group are left out), in ascending order of the group key, and concatenate the outputs:
        so memory is bounded by a batch of groups, not by the corpus (see
        ``docs/writing-plugins.md``). ``combine`` must order its rows by that key first; its
        results are then the same however the groups are batched.
    :param view: optional ``(ViewContext) -> ipywidgets.Widget``.
    :param report: optional ``(ViewContext) -> list`` of figures, frames or strings for the
        offline report's section.
    :param report_columns: the columns of a finding a report reader needs, in the order to
        show them (the report's tables name each article by title, outlet and date besides);
        empty: every column but offsets and indexes, at most twelve. Why: a frame is made for
        code, and its twentieth column may be the one a reader wants (a stance, a verdict).
    :param report_rows: optional ``(findings) -> findings``: the rows the report's first table
        shows, in order (default: the frame's first rows). Why: a frame is ordered for code (a
        corpus-level one by its group key), and its first rows may be the least telling (a
        story's figures that one outlet gives, before the ones the outlets dispute).
    :param description: one paragraph for ``newslens plugins`` and the docs.
    :param version: the implementation version mixed into cache keys (bump it when the same
        output format changes values, e.g. after a bug fix). The registry joins it to the
        plugin's distribution version, or, for a plugin with none (a one-file plugin, a
        notebook's), to a hash of its source, so neither a release nor an edit is served stale
        results.
    :param plugin: the plugin that registered the analysis, set by the registry (leave it
        empty): error rows name it, so a failure points at the package to fix.
    """

    id: str
    title: str
    extract: ExtractFunction | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()
    combine: CombineFunction | None = None
    inputs: tuple[str, ...] = ()
    batch_by: str = ""
    parameters: Mapping[str, Any] = field(default_factory=dict)
    summarize: SummarizeFunction | None = None
    view: ViewFunction | None = None
    report: ReportFunction | None = None
    report_columns: tuple[str, ...] = ()
    report_rows: Callable[[pd.DataFrame], pd.DataFrame] | None = None
    description: str = ""
    version: str = ""
    plugin: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not ANALYSIS_ID.match(self.id):
            raise ValueError(
                f"analysis {self.id!r}: the id must look like 'name.v1' (lower-case name, a "
                "dot, 'v' and a version number)"
            )
        if (self.extract is None) == (self.combine is None):
            raise TypeError(
                f"analysis {self.id!r}: give exactly one of extract (per article) or combine "
                "(corpus-level)"
            )
        for name in ("extract", "combine", "summarize", "view", "report", "report_rows"):
            function = getattr(self, name)
            if function is not None and not callable(function):
                raise TypeError(f"analysis {self.id!r}: {name} must be callable")
        if self.extract is not None and self.inputs:
            raise ValueError(
                f"analysis {self.id!r}: inputs are for corpus-level analyses (combine); a "
                "per-article extract reads only its article"
            )
        if self.batch_by and (self.combine is None or not self.inputs):
            raise ValueError(
                f"analysis {self.id!r}: batch_by groups the inputs of a corpus-level analysis "
                "(combine with inputs); a per-article extract is batched by the runner already"
            )
        if self.extract is not None and "article_id" in self.columns:
            raise ValueError(f"analysis {self.id!r}: 'article_id' is added by the runner")
        bad = {c: d for c, d in self.columns.items() if d not in ALLOWED_DTYPES}
        if bad:
            raise ValueError(
                f"analysis {self.id!r}: unsupported dtypes {bad}. "
                f"Available: {', '.join(sorted(ALLOWED_DTYPES))}"
            )
        for name in ("requires", "reads", "inputs", "report_columns"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise TypeError(f"analysis {self.id!r}: {name} must be a tuple of names")
            object.__setattr__(self, name, tuple(value))
        object.__setattr__(self, "columns", dict(self.columns))
        object.__setattr__(self, "parameters", dict(self.parameters))

    @property
    def is_corpus_level(self) -> bool:
        """True for a ``combine`` analysis, which runs once over the corpus."""
        return self.combine is not None

    @property
    def fields(self) -> tuple[str, ...]:
        """Article fields ``extract`` receives besides id and text (``requires`` + ``reads``)."""
        return tuple(dict.fromkeys(self.requires + self.reads))

    @property
    def name(self) -> str:
        return self.id.rsplit(".v", 1)[0]

    @property
    def major_version(self) -> int:
        return int(self.id.rsplit(".v", 1)[1])

    @property
    def has_spans(self) -> bool:
        return {"start", "end"} <= set(self.columns)

    @property
    def has_article_ids(self) -> bool:
        """Whether its rows are keyed by article (every per-article analysis; a corpus-level
        one that declares ``article_id``)."""
        return self.extract is not None or "article_id" in self.columns

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
    :param previous: the widget this view returned for the previous article in the same
        place (an explorer tab), or ``None``. A view may update it in place and return it:
        the explorer then keeps it instead of sending the browser a new tree of widgets, the
        largest share of a pick's cost for a view of a dozen widgets. A view that ignores it
        is rebuilt on every pick, and the explorer closes the old one.
    """

    analysis: Analysis
    findings: pd.DataFrame
    article: Article | None
    all_findings: pd.DataFrame
    articles: pd.DataFrame
    summary: pd.DataFrame | None = None
    previous: Any = None
