"""The explorer: an ipywidgets app over an articles frame and its results.

It computes no findings: it filters, sorts and pages the frames :func:`newslens.analyze`
returned (:mod:`newslens.selection`, with the full-text index of :mod:`newslens.search` built
once per corpus) and hands each analysis's rows to its ``view``. Every callback is wrapped so
an exception is shown in the app (JupyterLab drops exceptions raised in widget callbacks
otherwise).

Layout, top to bottom (also the keyboard focus order): the filters (search box, outlet,
dates, then the analysis signals), the count and the export bar, the article list (sortable,
paged), the picked article (heading, legend with a toggle per layer, the highlighted text,
and beside it every finding of the article), one tab per analysis view, and the findings of
the whole selection for one analysis. A click on any finding row opens its article scrolled
to the sentence, with the span flashed.

Extending it (how a story picker plugs in): :meth:`Explorer.add_filter` adds a control whose
value narrows the selection (it gets the same refiltering, counts and export as the built-in
filters), and :meth:`Explorer.add_pane` adds a pane that is told about every pick and every
new selection. See docs/explorer.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import html
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import ipywidgets as widgets
import numpy as np
import pandas as pd

from newslens.analysis import Analysis, Article, ViewContext
from newslens.display import Span, highlight_html, layer_colours, spans_from_findings, table_html
from newslens.explorer_widgets import Download, RowTable, SearchBox, SuggestBox, TextView
from newslens.export import FORMATS, articles_export, findings_export, to_bytes
from newslens.search import hit_spans, parse
from newslens.selection import PAGE_SIZE, CorpusIndex, Filters, page_of

ALL = "(all)"
SEARCH_LAYER = "search"
#: seconds without a keystroke before the corpus table and the panes follow the search
SETTLE_S = 0.5
ERRORS_TAB = "errors"  # the key of the per-article errors tab (analysis ids have a dot)
MIME = {"csv": "text/csv", "json": "application/json", "parquet": "application/octet-stream"}


@contextlib.contextmanager
def held(root: widgets.Widget) -> Iterator[None]:
    """Every widget under ``root`` holds its changes until the block ends, then sends them
    as one message each, all at once.

    Why: a pick changes some twenty widget states (the text, its findings, each view's
    filters and tables, the story panes). Sent as they are computed, they reach the browser
    spread over the kernel's work, and it lays out and paints the page after many of them;
    on a loaded machine those repaints were most of a pick's time. Held, they arrive
    together (a dropdown's options and index in one message, not two).
    """
    with contextlib.ExitStack() as stack:
        # entered bottom-up so that they are released (and sent) top-down: the browser
        # draws what is at the top of the page (the heading, the text) first
        for widget in reversed(_walk(root)):  # shown twice: its inner hold is a no-op
            stack.enter_context(widget.hold_sync())
        yield


def guarded(output: widgets.Output) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a widget callback so its exception shows in ``output`` instead of vanishing."""

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return function(*args, **kwargs)
            except Exception:
                output.layout.display = ""
                output.append_stdout(traceback.format_exc())
                return None

        return wrapper

    return decorate


class TableView(widgets.HTML):
    """The view of an analysis without one: its findings as a table."""


def default_view(context: ViewContext) -> widgets.Widget:
    """Used for an analysis without a view: its findings as a table (the previous pick's
    widget refilled, when the explorer offers it)."""
    previous = context.previous
    view = previous if isinstance(previous, TableView) else TableView()
    view.value = table_html(context.findings.drop(columns=["article_id"], errors="ignore"))
    return view


class Pane(Protocol):
    """A part of the explorer told about picks and selections (see :meth:`Explorer.add_pane`).

    ``widget`` is shown below the built-in panes. ``show_article`` is called on every pick
    (``None`` when nothing is picked); ``show_selection`` whenever the filters change, with
    the positions (rows of ``explorer.articles``) of the selected articles, in list order.
    Both only display: they read ``explorer.results`` and ``explorer.corpus``.
    """

    widget: widgets.Widget

    def show_article(self, explorer: Explorer, article: Article | None) -> None: ...

    def show_selection(self, explorer: Explorer, positions: np.ndarray) -> None: ...


@dataclass
class _Filter:
    control: widgets.Widget
    mask: Callable[[Any], np.ndarray | None]
    empty: Any = None


@dataclass
class _Shown:
    """What the text view shows: finding numbers per (analysis, row) and back."""

    article: Article | None = None
    position: int = -1
    ids: dict[tuple[str, int], int] = field(default_factory=dict)
    rows: dict[str, tuple[int, int | None]] = field(default_factory=dict)  # key -> (fid, sent.)
    query: Any = None  # the search whose hits the text shows


class Tasks:
    """Long work with a progress bar and a Cancel button.

    In the notebook the work runs in a thread, so the kernel stays free to hear the Cancel
    click; ``background=False`` runs it inline (tests, scripts).
    """

    def __init__(self, output: widgets.Output, *, background: bool = True) -> None:
        self.background = background
        self.progress = widgets.IntProgress(
            value=0, min=0, max=100, layout=widgets.Layout(width="12em", display="none")
        )
        self.label = widgets.Label()
        self.cancel = widgets.Button(
            description="Cancel", icon="stop", layout=widgets.Layout(display="none")
        )
        self.widget = widgets.HBox([self.progress, self.cancel, self.label])
        self._cancelled = threading.Event()
        self._thread: threading.Thread | None = None
        self._output = output
        self.cancel.on_click(lambda _button: self._cancelled.set())

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        done: Callable[[Any], None],
    ) -> None:
        """Run ``work(progress, cancelled)``; then ``done(result)``. A cancelled run (work
        raises :class:`InterruptedError`) says so; an exception shows in the app."""
        if self.busy:
            self.label.value = "busy: cancel the running task first"
            return
        self._cancelled.clear()
        self.progress.value = 0
        self.progress.layout.display = ""
        self.cancel.layout.display = ""
        self.label.value = label + "…"

        def progress(done_: int, total: int) -> None:
            self.progress.value = int(100 * done_ / total) if total else 100

        def target() -> None:
            try:
                result = work(progress, self._cancelled.is_set)
            except InterruptedError:
                self.label.value = f"{label}: cancelled"
            except Exception:
                self.label.value = f"{label}: failed (see the error below)"
                self._output.layout.display = ""
                self._output.append_stdout(traceback.format_exc())
            else:
                try:
                    done(result)
                except Exception:
                    self._output.layout.display = ""
                    self._output.append_stdout(traceback.format_exc())
            finally:
                self.progress.layout.display = "none"
                self.cancel.layout.display = "none"

        if self.background:
            self._thread = threading.Thread(target=target, name="newslens-task", daemon=True)
            self._thread.start()
        else:
            target()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


class Explorer(widgets.VBox):
    """The explorer app; attributes expose its parts so tests can drive it by state.

    :param articles: the articles frame.
    :param results: what :func:`newslens.analyze` returned.
    :param analyses: the analyses to show (default: those of ``results``).
    :param labels: per analysis id, the column whose values colour its marks (default: the
        generic choice of :func:`newslens.selection.label_column`; ``None`` for one colour).
    :param export_dir: where exports are written (they are also offered as a download).
    :param background: run long work (exports) in a thread with a Cancel button.
    :param lazy_views: build an analysis's view when its tab is opened (default), not every
        view on every pick.
    """

    def __init__(
        self,
        articles: pd.DataFrame,
        results: Any,
        *,
        analyses: Mapping[str, Analysis] | None = None,
        labels: Mapping[str, str | None] | None = None,
        export_dir: str | Path = "exports",
        page_size: int = PAGE_SIZE,
        background: bool = True,
        lazy_views: bool = True,
    ) -> None:
        self.articles = articles.reset_index(drop=True)
        self.results = results
        self.analyses = dict(analyses or results.analyses)
        self.export_dir = Path(export_dir)
        self.page_size = page_size
        self.errors_out = widgets.Output(
            layout=widgets.Layout(display="none", border="1px solid #c00")
        )
        guard = guarded(self.errors_out)
        self._guard = guard
        self.corpus = CorpusIndex(self.articles, results, self.analyses, labels=labels)
        self._filters: dict[str, _Filter] = {}
        self._panes: list[Pane] = []
        self._shown = _Shown()
        self._nonce = 0
        self._rendering = False
        self._builders: list[Callable[[Any], widgets.Widget]] = []
        self._built: dict[int, widgets.Widget] = {}  # views for the article shown, by tab
        self._kept: dict[str, widgets.Widget] = {}  # each tab's last view, offered for reuse
        self._rows_cache: dict[tuple[str, int], pd.DataFrame] = {}
        self._settle_timer: asyncio.TimerHandle | None = None
        self._tab_keys: list[str] = []
        self._stubs: list[widgets.Widget] = []
        self._slots: list[widgets.Box] = []
        self.lazy_views = lazy_views
        self._corpus_open: dict[str, dict[str, Any]] = {}
        self.selection = np.arange(len(self.articles))
        self.order = self.selection

        # ---- filters
        self.search = SearchBox()
        self.search.observe(guard(self._searched), names="value")
        outlets = pd.Series(self.corpus.outlets)
        counts = outlets[outlets != ""].value_counts()
        self.source_filter = widgets.Dropdown(
            options=[(ALL, ALL)] + [(f"{o} ({n})", o) for o, n in sorted(counts.items())],
            value=ALL,
            description="Outlet",
        )
        self.date_from = widgets.DatePicker(description="From")
        self.date_to = widgets.DatePicker(description="To")
        self.add_filter(
            "outlet",
            self.source_filter,
            lambda value: None if value == ALL else self.corpus.outlets == value,
            empty=ALL,
        )
        self.add_filter("from", self.date_from, self._date_mask(after=True))
        self.add_filter("to", self.date_to, self._date_mask(after=False))
        self.facet_controls: dict[str, widgets.Widget] = {}
        self.signals = self._signal_controls()

        # ---- list, export, article, views, corpus findings
        self.count = widgets.HTML()
        # A list whose height does not follow the number of matches: what is below it does
        # not move on each keystroke (no relayout and repaint of the article under it).
        self.list = RowTable(
            name="articles",
            columns=self.corpus.article_columns(),
            selectable=True,
            sort_key="date",
            page_size=page_size,
            empty="No article matches the filters.",
        )
        self.list.observe(
            guard(lambda change: self._render_list(page=0)), names=["sort_key", "sort_desc"]
        )
        self.list.observe(guard(lambda change: self._render_list()), names="page")
        self.list.observe(guard(lambda change: self._show()), names="selected")
        self.list.on_activate(guard(self._reopened))
        self.tasks = Tasks(self.errors_out, background=background)
        self.download = Download()
        self.export_what = widgets.Dropdown(
            options=[("articles", "articles")]
            + [(f"findings: {a.title or aid}", aid) for aid, a in self.corpus.analyses.items()],
            description="Export",
            layout=widgets.Layout(width="18em"),
        )
        self.export_from = widgets.Dropdown(
            options=[("of the selection", "selection"), ("of the article shown", "article")],
            layout=widgets.Layout(width="11em"),
        )
        self.export_format = widgets.Dropdown(
            options=list(FORMATS),
            description="as",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="8em"),
        )
        self.export_button = widgets.Button(description="Export", icon="download")
        self.export_button.on_click(guard(lambda _button: self.export()))
        self.export_status = widgets.HTML()
        self.last_export: Path | None = None

        self.heading = widgets.HTML()
        self.text_view = TextView(layout=widgets.Layout(flex="3 1 0%", min_width="28em"))
        self.article_findings = RowTable(
            name="article-findings",
            columns=[
                {"key": "analysis", "label": "analysis"},
                {"key": "sentence", "label": "sent.", "numeric": True},
                {"key": "text", "label": "finding", "wide": True},
                {"key": "kind", "label": "kind"},
            ],
            page_size=500,
            caption="Findings in this article (click one to see it in the text)",
            empty="No findings in this article.",
            layout=widgets.Layout(flex="2 1 0%", min_width="18em"),
        )
        self.article_findings.on_activate(guard(self._focus_row))
        self.tabs = widgets.Tab()
        self.tabs.add_class("nl-views")
        self.tabs.observe(guard(self._tab_opened), names="selected_index")
        corpus_ids = list(self.corpus.analyses)
        self.corpus_analysis = widgets.Dropdown(
            options=[(self.corpus.analyses[a].title or a, a) for a in corpus_ids],
            description="Findings of",
        )
        self.corpus_findings = RowTable(
            name="corpus-findings",
            page_size=page_size,
            empty="No findings in the selected articles.",
        )
        self.corpus_findings.on_activate(guard(self._open_corpus_row))
        self.corpus_analysis.observe(
            guard(lambda change: self._render_corpus(page=0)), names="value"
        )
        self.corpus_findings.observe(guard(lambda change: self._render_corpus()), names="page")

        self.panes_box = widgets.VBox()
        self.panes_box.add_class("nl-panes")
        self.heading.add_class("nl-heading")
        article_box = widgets.HBox([self.text_view, self.article_findings])
        article_box.add_class("nl-article")
        super().__init__(
            [
                widgets.HBox(
                    [self.search, self.source_filter, self.date_from, self.date_to],
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                self.signals,
                widgets.HBox(
                    [
                        self.count,
                        self.export_what,
                        self.export_from,
                        self.export_format,
                        self.export_button,
                        self.tasks.widget,
                        self.export_status,
                        self.download,
                    ],
                    layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
                ),
                self.list,
                self.heading,
                article_box,
                self.tabs,
                widgets.HTML("<h4>Across the selected articles</h4>"),
                self.corpus_analysis,
                self.corpus_findings,
                self.panes_box,
                self.errors_out,
            ]
        )
        self._refilter()
        if len(self.order):
            self.list.selected = str(self.articles["article_id"].iat[int(self.order[0])])
        else:
            self._show()

    # ------------------------------------------------------------------ extension points

    def install(self, extension: Any) -> None:
        """Run a plugin's :class:`~newslens.registry.ExplorerExtension`; one that raises is
        shown in the error area, and the explorer goes on without it."""
        self._guard(lambda: extension.install(self))()

    def add_filter(
        self,
        name: str,
        control: widgets.Widget,
        mask: Callable[[Any], np.ndarray | None],
        *,
        empty: Any = None,
    ) -> None:
        """Narrow the selection by ``control``'s value: ``mask(value)`` returns a boolean
        array over ``self.articles`` (``None``: no narrowing). The explorer refilters when the
        value changes; :meth:`clear_filters` resets it to ``empty``. Show ``control`` where you
        like (a story picker goes above the list: ``explorer.children = ...``) or pass it to
        :meth:`add_pane`."""
        self._filters[name] = _Filter(control, mask, empty)
        control.observe(self._guard(lambda change: self._refilter()), names="value")

    def add_pane(self, pane: Pane) -> None:
        """Show ``pane.widget`` below the built-in panes and tell it about every pick and
        selection from now on (it is told about the current ones at once)."""
        self._panes.append(pane)
        self.panes_box.children = (*self.panes_box.children, pane.widget)
        pane.show_selection(self, self.order)
        pane.show_article(self, self._shown.article)

    def run_task(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        done: Callable[[Any], None],
    ) -> None:
        """Long work with progress and Cancel (see :class:`Tasks`)."""
        self.tasks.run(label, work, self._guard(done))

    # ------------------------------------------------------------------ filters

    def _date_mask(self, *, after: bool) -> Callable[[Any], np.ndarray | None]:
        def mask(value: Any) -> np.ndarray | None:
            if value is None:
                return None
            filters = Filters(date_from=value) if after else Filters(date_to=value)
            return self.corpus.mask(filters)

        return mask

    def _signal_controls(self) -> widgets.Accordion:
        boxes: list[widgets.Box] = []
        folds: list[tuple[widgets.Widget, ...]] = []
        titles: list[str] = []
        for aid, analysis in self.corpus.analyses.items():
            controls: list[widgets.Widget] = []
            for facet in self.corpus.facets:
                if facet.analysis_id != aid:
                    continue
                control: widgets.Widget
                if facet.column is None:
                    control = widgets.Checkbox(
                        value=False,
                        description=f"has findings ({len(facet.values['yes'])} articles)",
                        indent=False,
                    )
                    empty: Any = False
                elif facet.dropdown:
                    control = widgets.Dropdown(
                        options=[("any", ""), *facet.counted()],
                        value="",
                        description=facet.column,
                    )
                    empty = ""
                else:
                    control = SuggestBox(
                        options=[value for _, value in facet.counted()],
                        placeholder=f"any ({len(facet.values)} values; type)",
                        description=facet.column,
                    )
                    empty = ""
                self.facet_controls[facet.key] = control
                self.add_filter(facet.key, control, self._facet_mask(facet.key), empty=empty)
                controls.append(control)
            boxes.append(widgets.Box(layout=widgets.Layout(flex_flow="row wrap")))
            folds.append(tuple(controls))
            titles.append(analysis.title or aid)
        accordion = widgets.Accordion(children=boxes, titles=tuple(titles))
        accordion.selected_index = None

        def open_fold(_change: Any = None) -> None:
            # Only the open fold's controls are in the page. Why: a closed fold's dropdowns
            # still sit in the DOM, and Chrome's form autofill re-reads every form control
            # of the page on each keystroke and each control change (some fifty dropdowns
            # on a 1,000-article corpus). The controls' values live in their models, so a
            # fold closed and opened again shows them as they were.
            for index, box in enumerate(boxes):
                box.children = folds[index] if index == accordion.selected_index else ()

        accordion.observe(self._guard(open_fold), names="selected_index")
        return accordion

    def _facet_mask(self, key: str) -> Callable[[Any], np.ndarray | None]:
        def mask(value: Any) -> np.ndarray | None:
            if value in (None, "", False):
                return None
            return self.corpus.mask(Filters(facets={key: "yes" if value is True else value}))

        return mask

    def filters(self) -> Filters:
        """The built-in filters' state as a :class:`~newslens.selection.Filters`."""
        outlet = self.source_filter.value
        facets = {}
        for key, control in self.facet_controls.items():
            value = control.value
            if value not in (None, "", False):
                facets[key] = "yes" if value is True else str(value)
        return Filters(
            query=self.search.value,
            outlets=() if outlet == ALL else (outlet,),
            date_from=self.date_from.value,
            date_to=self.date_to.value,
            facets=facets,
        )

    def mask(self) -> np.ndarray:
        """The selected articles, as a boolean array over ``self.articles``."""
        query = self.search.value
        mask = (
            self.corpus.search.mask(query)
            if query.strip()
            else np.ones(len(self.articles), dtype=bool)
        )
        for spec in self._filters.values():
            narrowed = spec.mask(spec.control.value)
            if narrowed is not None:
                mask = mask & narrowed
        return mask

    def clear_filters(self) -> None:
        """Reset every filter (the search too) to let every article through."""
        with self.hold_trait_notifications():
            self.search.value = ""
            for spec in self._filters.values():
                spec.control.value = spec.empty

    def _refilter(self, *, settle: bool = False) -> None:
        """Apply the filters: the list and the count at once; the corpus table and the panes
        too, or, with ``settle`` (a keystroke), once typing pauses (:data:`SETTLE_S`)."""
        self.selection = np.flatnonzero(self.mask())
        with held(self):
            self._render_list(page=0)
            total = len(self.articles)
            found = len(self.selection)
            note = " · <em>no article matches</em>" if not found else ""
            self.count.value = f"<b>{found:,}</b> of {total:,} articles{note}"
            if not settle:
                self._follow_selection()
        if settle:
            self._when_settled(self._follow_selection)

    def _follow_selection(self) -> None:
        with held(self):
            self._render_corpus(page=0)
            for pane in self._panes:
                pane.show_selection(self, self.order)

    def _when_settled(self, work: Callable[[], None]) -> None:
        """Run ``work`` once no keystroke has come for :data:`SETTLE_S` seconds, on the
        kernel's event loop; at once where there is none (scripts, tests) or with
        ``background=False``. Why: the table below the fold need not follow every
        keystroke, and drawing it between two of them slowed the list the analyst watches."""
        if self._settle_timer is not None:
            self._settle_timer.cancel()
            self._settle_timer = None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None or not self.tasks.background:
            work()
            return
        self._settle_timer = loop.call_later(SETTLE_S, self._guard(work))

    def _reopened(self, key: str) -> None:
        """A click on the article already shown marks the current search's hits in it."""
        shown = self._shown
        if (
            shown.article is not None
            and key == shown.article.article_id
            and parse(self.search.value) != shown.query
        ):
            self._render_text(shown.article, shown.position)

    def _searched(self, change: Any) -> None:
        # Only the list follows each keystroke; the hits are marked in an article's text when
        # it is opened. Why: re-rendering the text on every key kept the browser busy painting
        # when the next key came (measured: keystroke -> list 1.9x the floor instead of ~1.3x).
        self._refilter(settle=True)

    def _render_list(self, page: int | None = None) -> None:
        if self._rendering:  # our own change of ``page`` coming back
            return
        self._rendering = True
        try:
            self.order = self.corpus.sort(self.selection, self.list.sort_key, self.list.sort_desc)
            wanted = self.list.page if page is None else page
            shown, page, pages = page_of(self.order, wanted, self.page_size)
            with self.list.hold_sync():
                self.list.rows = self.corpus.article_rows(shown)
                self.list.total = len(self.order)
                self.list.pages = pages
                self.list.page = page
                self.list.version += 1
        finally:
            self._rendering = False

    # ------------------------------------------------------------------ picking

    def select(self, article_id: str) -> None:
        """Pick an article programmatically; the list pages to it when it is selected."""
        position = self.corpus.position.get(str(article_id))
        if position is None:
            raise KeyError(f"no article {article_id!r}")
        where = np.flatnonzero(self.order == position)
        if len(where) and int(where[0]) // self.page_size != self.list.page:
            self.list.page = int(where[0]) // self.page_size
        self.list.selected = str(article_id)

    @property
    def article(self) -> Article | None:
        return self._shown.article

    @property
    def picked(self) -> str | None:
        return self.list.selected or None

    def _article(self, position: int) -> Article:
        return Article.from_row(self.articles.iloc[position].to_dict())

    def _findings(self, analysis_id: str, position: int) -> pd.DataFrame:
        """One analysis's rows for the article at ``position``; the text and the views of a
        pick ask for the same rows, so they are kept until the next pick (:meth:`_show`)."""
        key = (analysis_id, position)
        if key not in self._rows_cache:
            self._rows_cache[key] = self._rows_of(analysis_id, position)
        return self._rows_cache[key]

    def _rows_of(self, analysis_id: str, position: int) -> pd.DataFrame:
        frame = self.results[analysis_id]
        if position < 0 or "article_id" not in frame.columns:  # or a corpus-level frame
            return frame.iloc[0:0]
        if analysis_id in self.corpus.codes:
            rows = np.flatnonzero(self.corpus.codes[analysis_id] == position)
        else:
            article_id = str(self.articles["article_id"].iat[position])
            rows = np.flatnonzero(frame["article_id"].to_numpy() == article_id)
        # a fresh frame of the article's rows, numbered from 0; setting the index of the
        # copy ``iloc`` made costs nothing, ``reset_index`` would copy every column again
        found = frame.iloc[rows]
        found.index = pd.RangeIndex(len(found))
        return found

    def _show(self) -> None:
        self._built = {}
        self._rows_cache = {}
        position = self.corpus.position.get(self.list.selected, -1) if self.list.selected else -1
        article = self._article(position) if position >= 0 else None
        self._shown = _Shown(article, position)
        with held(self):
            self._render_heading(article)
            self._render_text(article, position)
            self._render_views(article, position)
        # The panes (the stories plugin's) sit below the views: they are worked out and sent
        # once the article and its views are on their way, not before them.
        with held(self.panes_box):
            for pane in self._panes:
                pane.show_article(self, article)

    def _render_heading(self, article: Article | None) -> None:
        if article is None:
            self.heading.value = "<em>No article picked.</em>"
            return
        date = (
            article.published.strftime("%Y-%m-%d %H:%M UTC")
            if article.published is not None
            else "date unknown"
        )
        url = article.url.strip()
        link = (
            f' · <a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">source</a>'
            if url.lower().startswith(("http://", "https://"))
            else ""
        )
        title = html.escape(article.title or "(no title)")
        self.heading.value = (
            f"<h3 style='margin:.4em 0 .1em' title=\"{title}\">{title}</h3>"
            f"<small>{html.escape(article.source or 'outlet unknown')} · "
            f"{html.escape(date)}{link}</small>"
        )

    def _colours(self, key: str) -> dict[str, str]:
        colours = self.corpus.colours.get(key) or layer_colours(key)
        return {"swatch": colours.swatch, "line": colours.line}

    def _layer_name(self, aid: str, key: str) -> str:
        analysis = self.analyses.get(aid)
        name = (analysis.title if analysis else "") or aid
        return key.split(":", 1)[1] if ":" in key else name

    def _render_text(self, article: Article | None, position: int) -> None:
        if article is None:
            with self.text_view.hold_sync():
                self.text_view.html = ""
                self.text_view.layers = []
                self.text_view.version += 1
            self.article_findings.rows = []
            return
        spans: list[Span] = []
        ids: dict[tuple[str, int], int] = {}
        rows: list[dict[str, Any]] = []
        opens: dict[str, tuple[int, int | None]] = {}
        titles: dict[str, str] = {}
        layer_meta: dict[str, dict[str, Any]] = {}
        text = article.text
        for aid, analysis in self.analyses.items():
            if aid not in self.results:
                continue
            findings = self._findings(aid, position)
            if findings.empty:
                continue
            label = self.corpus.labels.get(aid)
            name = analysis.title or aid
            sentences = _sentence_numbers(findings, article)
            found = spans_from_findings(
                findings, aid, (label,) if label else (), layer_column=label
            )
            by_row = {}
            for span in found:
                fid = len(ids)
                ids[(aid, span.finding)] = fid
                by_row[span.finding] = fid
                spans.append(replace(span, finding=fid))
                titles[span.key] = f"{name} · {self._layer_name(aid, span.key)}"
                meta = layer_meta.setdefault(
                    span.key,
                    {
                        "key": span.key,
                        "name": self._layer_name(aid, span.key),
                        "group": aid,
                        "group_name": name,
                        "count": 0,
                        **self._colours(span.key),
                    },
                )
                meta["count"] += 1
            texts = findings["text"].tolist() if "text" in findings else [""] * len(findings)
            kinds = findings[label].tolist() if label else [""] * len(findings)
            for row in range(len(findings)):
                key = f"{aid}#{row}"
                sentence = sentences[row]
                opens[key] = (by_row.get(row, -1), sentence)
                rows.append(
                    {
                        "key": key,
                        "cells": [
                            name,
                            "" if sentence is None else str(sentence + 1),
                            _clip(texts[row]),
                            "" if _blank(kinds[row]) else str(kinds[row]),
                        ],
                    }
                )
        query = parse(self.search.value)
        self._shown.query = query
        if not query.empty:
            for start, end in hit_spans(query, text):
                spans.append(Span(start, end, "search", SEARCH_LAYER, SEARCH_LAYER, -1))
            hits = sum(1 for s in spans if s.key == SEARCH_LAYER)
            if hits:
                titles[SEARCH_LAYER] = "search hits"
                layer_meta[SEARCH_LAYER] = {
                    "key": SEARCH_LAYER,
                    "name": "search hits",
                    "group": SEARCH_LAYER,
                    "group_name": "Search hits",
                    "count": hits,
                    **self._colours(SEARCH_LAYER),
                }
        self._shown.ids = ids
        self._shown.rows = opens
        order = {aid: i for i, aid in enumerate([*self.analyses, SEARCH_LAYER])}
        layers = sorted(layer_meta.values(), key=lambda m: (order.get(m["group"], 99), m["name"]))
        with self.text_view.hold_sync():
            self.text_view.html = highlight_html(
                text, spans, sentences=article.sentences, titles=titles, colours=self.corpus.colours
            )
            self.text_view.layers = layers
            self.text_view.version += 1
        with self.article_findings.hold_sync():
            self.article_findings.rows = rows
            self.article_findings.total = len(rows)
            self.article_findings.version += 1

    def _render_views(self, article: Article | None, position: int) -> None:
        """One tab per analysis view. With ``lazy_views`` only the open tab's view is built
        on a pick; another tab's is built when it is opened (a placeholder, reused for every
        article, stands in until then), so a pick costs one view, not all of them."""
        builders: list[Callable[[Any], widgets.Widget]] = []
        keys: list[str] = []
        titles = []
        for analysis_id, analysis in self.analyses.items():
            if analysis_id not in self.results:
                continue
            context = ViewContext(
                analysis=analysis,
                findings=self._findings(analysis_id, position),
                article=article,
                all_findings=self.results[analysis_id],
                articles=self.articles,
                summary=self.results.summaries.get(analysis_id),
            )
            builders.append(functools.partial(_build_view, analysis.view or default_view, context))
            keys.append(analysis_id)
            titles.append(analysis.title or analysis_id)
        errors = self.results.errors
        if article is not None and len(errors):
            mine = errors[errors["article_id"] == article.article_id]
            if len(mine):
                table = widgets.HTML(table_html(mine))
                builders.append(lambda previous: table)
                keys.append(ERRORS_TAB)
                titles.append(f"Errors ({len(mine)})")
        self._builders = builders
        self._tab_keys = keys
        self._built = {}
        # Each tab is a slot that stays put; a pick swaps the views inside the slots. Why:
        # replacing a Tab's children makes the browser re-create every tab from the first
        # one that changed, and the tab open before can lose its selection on the way.
        while len(self._slots) < len(builders):
            slot = widgets.Box(layout=widgets.Layout(width="100%"))
            slot.add_class("nl-tab-slot")
            self._slots.append(slot)
        slots = self._slots[: len(builders)]
        with self.tabs.hold_sync():
            if tuple(self.tabs.children) != tuple(slots):
                self.tabs.children = slots
            if tuple(self.tabs.titles) != tuple(titles):
                self.tabs.titles = tuple(titles)
        open_tab = self.tabs.selected_index or 0
        for index, slot in enumerate(slots):
            wanted = index == open_tab or not self.lazy_views
            slot.children = (self._build_tab(index) if wanted else self._stub(index),)

    def _stub(self, index: int) -> widgets.Widget:
        while len(self._stubs) <= index:
            stub = widgets.HTML("<em>opening…</em>")
            stub.add_class("nl-pending")
            self._stubs.append(stub)
        return self._stubs[index]

    def _build_tab(self, index: int) -> widgets.Widget:
        """The view of tab ``index`` for the article shown. The tab's last view (of any
        article) is offered to the view as ``context.previous``: a view that updates it in
        place costs the browser no new widgets. Whatever of the old view is not reused is
        closed (its models would otherwise live on in the browser)."""
        if index not in self._built:
            key = self._tab_keys[index]
            previous = self._kept.get(key)
            view = self._builders[index](previous)
            if previous is not None and view is not previous:
                reused = {id(w) for w in _walk(view)}
                for old in _walk(previous):
                    if id(old) not in reused:
                        with contextlib.suppress(Exception):  # already closed
                            old.close()
            self._kept[key] = view
            self._built[index] = view
        return self._built[index]

    def view(self, index: int) -> widgets.Widget:
        """The view in tab ``index`` for the article shown, built now if it was not yet."""
        child = self._build_tab(index)
        slot = self._slots[index]
        if slot.children != (child,):
            slot.children = (child,)
        return child

    def _tab_opened(self, change: Any) -> None:
        if change["new"] is not None and change["new"] < len(self._builders):
            self.view(change["new"])

    # ------------------------------------------------------------------ click-through

    def _focus(self, finding: int, sentence: int | None) -> None:
        self._nonce += 1
        self.text_view.focus = {
            "finding": finding,
            "sentence": -1 if sentence is None else int(sentence),
            "nonce": self._nonce,
        }

    def _focus_row(self, key: str) -> None:
        finding, sentence = self._shown.rows.get(key, (-1, None))
        self._focus(finding, sentence)

    def open_finding(
        self,
        article_id: str,
        *,
        analysis: str | None = None,
        start: int | None = None,
        end: int | None = None,
        sentence: int | None = None,
    ) -> None:
        """Show ``article_id`` scrolled to the finding (``analysis`` and offsets) or sentence,
        flashed: what a click on any finding row does."""
        if self.list.selected != str(article_id):
            self.select(str(article_id))
        article = self._shown.article
        if article is None:
            return
        finding = -1
        if analysis is not None and start is not None:
            frame = self._findings(analysis, self._shown.position)
            if {"start", "end"} <= set(frame.columns):
                same = np.flatnonzero(
                    (frame["start"].to_numpy() == start)
                    & ((frame["end"].to_numpy() == end) if end is not None else True)
                )
                if len(same):
                    finding = self._shown.ids.get((analysis, int(same[0])), -1)
        if sentence is None and start is not None:
            sentence = article.sentence_index(int(start))
        self._focus(finding, sentence)

    def _open_corpus_row(self, key: str) -> None:
        target = self._corpus_open.get(key)
        if target is None:
            return
        self.open_finding(
            target["article_id"],
            analysis=target.get("analysis"),
            start=target.get("start"),
            end=target.get("end"),
            sentence=target.get("sentence"),
        )

    # ------------------------------------------------------------------ corpus findings

    def corpus_frame(self, analysis_id: str | None = None) -> pd.DataFrame:
        """The findings of ``analysis_id`` (default: the one chosen) in the selected
        articles, in the article list's order (``_position``: the article's row)."""
        analysis_id = analysis_id or self.corpus_analysis.value
        if analysis_id is None:
            return pd.DataFrame()
        rows, positions = self._corpus_rows(analysis_id)
        return self.results[analysis_id].iloc[rows].assign(_position=positions)

    def _corpus_rows(self, analysis_id: str) -> tuple[np.ndarray, np.ndarray]:
        """The frame rows of :meth:`corpus_frame` and their article rows, in list order."""
        mask = np.zeros(len(self.articles), dtype=bool)
        mask[self.selection] = True
        rows, positions = self.corpus.findings_rows_of(analysis_id, mask)
        rank = np.empty(len(self.articles), dtype=np.int64)
        rank[self.order] = np.arange(len(self.order))
        order = np.argsort(rank[positions], kind="stable")
        return rows[order], positions[order]

    def _render_corpus(self, page: int | None = None) -> None:
        analysis_id = self.corpus_analysis.value
        if analysis_id is None or self._rendering:
            return
        self._rendering = True
        try:
            self._render_corpus_page(analysis_id, page)
        finally:
            self._rendering = False

    def _render_corpus_page(self, analysis_id: str, page: int | None) -> None:
        found, positions = self._corpus_rows(analysis_id)
        wanted = self.corpus_findings.page if page is None else page
        shown, page, pages = page_of(np.arange(len(found)), wanted, self.page_size)
        frame = self.results[analysis_id].iloc[found[shown]]
        rows = self.corpus.findings_rows(analysis_id, frame.assign(_position=positions[shown]))
        self._corpus_open = {row["key"]: row.pop("open") for row in rows}
        articles = len(np.unique(positions))
        with self.corpus_findings.hold_sync():
            self.corpus_findings.columns = self.corpus.findings_columns(analysis_id)
            self.corpus_findings.rows = rows
            self.corpus_findings.total = len(found)
            self.corpus_findings.pages = pages
            self.corpus_findings.page = page
            self.corpus_findings.caption = (
                f"{len(found):,} findings in {articles:,} of the {len(self.selection):,} "
                "selected articles (click one to open it at its sentence)"
            )
            self.corpus_findings.version += 1

    # ------------------------------------------------------------------ export

    def export_frame(self, what: str | None = None, scope: str | None = None, **kw: Any) -> Any:
        """The frame an export writes: ``what`` is ``"articles"`` or an analysis id, ``scope``
        ``"selection"`` (in the list's order) or ``"article"`` (the one shown)."""
        what = what or self.export_what.value
        scope = scope or self.export_from.value
        if scope == "article":
            positions = np.asarray([self._shown.position] if self._shown.position >= 0 else [])
        else:
            positions = self.order
        positions = positions.astype(np.int64)
        if what == "articles":
            return articles_export(self.articles, positions, self.corpus.counts)
        mask = np.zeros(len(self.articles), dtype=bool)
        mask[positions] = True
        if scope == "article":
            frame = self.corpus.findings_frame(what, mask)
        else:
            frame = self.corpus_frame(what)
        return findings_export(
            self.articles,
            self.corpus.analyses[what],
            frame.drop(columns=["_position"]),
            frame["_position"].to_numpy(),
            **kw,
        )

    def export(
        self, what: str | None = None, scope: str | None = None, fmt: str | None = None
    ) -> None:
        """Write the current selection (articles, or findings) to ``export_dir`` and offer it
        as a download; long exports show progress and can be cancelled."""
        what = what or self.export_what.value
        scope = scope or self.export_from.value
        fmt = fmt or self.export_format.value
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"newslens-{what.replace('.', '_')}-{scope}-{stamp}.{fmt}"
        path = self.export_dir / name

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            frame = (
                self.export_frame(what, scope, progress=progress, cancelled=cancelled)
                if (what != "articles")
                else self.export_frame(what, scope)
            )
            if cancelled():
                raise InterruptedError
            data = to_bytes(frame, fmt)
            self.export_dir.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            return len(frame), data

        def done(result: Any) -> None:
            rows, data = result
            self.last_export = path
            self.tasks.label.value = ""
            self.export_status.value = (
                f"<small>{rows:,} rows → <code>{html.escape(str(path))}</code></small>"
            )
            self.download.offer(name, data, MIME[fmt])

        self.run_task(f"exporting {what}", work, done)


def _blank(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value)) or not str(value)
    except (TypeError, ValueError):
        return False


def _clip(value: Any, limit: int = 120) -> str:
    text = "" if _blank(value) else " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sentence_numbers(findings: pd.DataFrame, article: Article) -> list[int | None]:
    """Each finding's sentence index: the frame's own integer ``sentence`` when it declares
    one, else found from ``start`` with the core's split, else ``None``."""
    if "sentence" in findings and pd.api.types.is_integer_dtype(findings["sentence"]):
        return [None if _blank(v) else int(v) for v in findings["sentence"].tolist()]
    if "start" in findings:
        return [
            None if _blank(s) else article.sentence_index(int(s))
            for s in findings["start"].tolist()
        ]
    return [None] * len(findings)


def _build_view(
    view: Callable[[ViewContext], Any], context: ViewContext, previous: Any = None
) -> widgets.Widget:
    try:
        return view(replace(context, previous=previous))
    except Exception:
        return widgets.HTML(f"<pre>{html.escape(traceback.format_exc())}</pre>")


def _walk(widget: Any) -> list[Any]:
    """``widget`` and every widget below it (through ``children``)."""
    out = [widget]
    for child in getattr(widget, "children", ()) or ():
        out.extend(_walk(child))
    return out


def explore(
    articles: pd.DataFrame,
    results: Any,
    *,
    plugin_manager: Any = None,
    extensions: bool = True,
    **options: Any,
) -> Explorer:
    """Open the explorer on an articles frame and the results of :func:`newslens.analyze`
    (``options``: see :class:`Explorer`), with the pickers and panes plugins register
    (``newslens_register_explorer_extensions``; ``extensions=False`` leaves them out).

    Results read back from disk (``Results.read``) carry frames, not the analyses that made
    them: their views, titles and labels come from the installed analyses of the same ids."""
    from newslens.manager import get_plugin_manager

    pm = plugin_manager or get_plugin_manager()
    known = getattr(results, "analyses", {})
    if options.get("analyses") is None and any(aid not in known for aid in results):
        installed = pm.analyses()
        options["analyses"] = {
            aid: known.get(aid) or installed[aid]
            for aid in results
            if aid in known or aid in installed
        }
    explorer = Explorer(articles, results, **options)
    if extensions:
        for extension in pm.explorer_extensions().ordered():
            if all(need in results for need in extension.needs):
                explorer.install(extension)
    return explorer
