"""The explorer: an ipywidgets app over an articles frame and its results.

It computes nothing: it filters frames that :func:`newslens.analyze` returned and hands them
to each analysis's ``view``. Every callback is wrapped so an exception is shown in the app
(JupyterLab drops exceptions raised in widget callbacks otherwise).
"""

from __future__ import annotations

import functools
import html
import traceback
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import pandas as pd

from newslens.analysis import Analysis, Article, ViewContext
from newslens.display import highlight_html, spans_from_findings, table_html
from newslens.runner import Results

ALL = "(all)"


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


def default_view(context: ViewContext) -> widgets.Widget:
    """Used for an analysis without a view: its findings as a table."""
    return widgets.HTML(table_html(context.findings.drop(columns=["article_id"], errors="ignore")))


def _label(published: pd.Timestamp, source: str, title: str, text: str) -> str:
    date = published.strftime("%Y-%m-%d") if pd.notna(published) else "no date"
    title = title or text[:60]
    source = f" · {source}" if source else ""
    return f"{date}{source} · {title}"[:140]


def _options(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """Picker entries, one per article. Plain column iteration: ``iterrows`` builds a Series
    per row and copies the frame's ``attrs`` (the load report) into each, which took seconds
    on a thousand articles."""
    columns = (frame[c].tolist() for c in ("published", "source", "title", "text"))
    labels = [_label(*values) for values in zip(*columns, strict=True)]
    return list(zip(labels, frame["article_id"].tolist(), strict=True))


class Explorer(widgets.VBox):
    """The explorer app; attributes expose its parts so tests can drive it by state."""

    def __init__(
        self,
        articles: pd.DataFrame,
        results: Results,
        *,
        analyses: dict[str, Analysis] | None = None,
    ) -> None:
        self.articles = articles.reset_index(drop=True)
        self.results = results
        self.analyses = analyses or dict(results.analyses)
        self.errors_out = widgets.Output(
            layout=widgets.Layout(display="none", border="1px solid #c00")
        )
        guard = guarded(self.errors_out)

        self.title_filter = widgets.Text(placeholder="filter by title", description="Title")
        sources = sorted(s for s in self.articles["source"].unique() if s)
        self.source_filter = widgets.Dropdown(
            options=[ALL, *sources], value=ALL, description="Source"
        )
        self.date_from = widgets.DatePicker(description="From")
        self.date_to = widgets.DatePicker(description="To")
        self.picker = widgets.Select(options=[], rows=8, layout=widgets.Layout(width="100%"))
        self.count = widgets.HTML()
        self.heading = widgets.HTML()
        self.text_view = widgets.HTML()
        self.tabs = widgets.Tab()
        self.highlight = widgets.Dropdown(
            description="Highlight", options=[ALL, *self._span_ids()], value=ALL
        )

        for control in (self.title_filter, self.source_filter, self.date_from, self.date_to):
            control.observe(guard(lambda change: self._refilter()), names="value")
        self.picker.observe(guard(lambda change: self._show()), names="value")
        self.highlight.observe(guard(lambda change: self._render_text()), names="value")

        filters = widgets.HBox(
            [self.title_filter, self.source_filter, self.date_from, self.date_to]
        )
        super().__init__(
            [
                filters,
                self.count,
                self.picker,
                self.heading,
                self.highlight,
                self.text_view,
                self.tabs,
                self.errors_out,
            ]
        )
        self._refilter()

    # ------------------------------------------------------------------ state

    def _span_ids(self) -> list[str]:
        return [aid for aid, a in self.analyses.items() if a.has_spans and aid in self.results]

    def visible(self) -> pd.DataFrame:
        frame = self.articles
        needle = self.title_filter.value.strip().lower()
        if needle:
            frame = frame[frame["title"].str.lower().str.contains(needle, regex=False)]
        if self.source_filter.value != ALL:
            frame = frame[frame["source"] == self.source_filter.value]
        if self.date_from.value is not None:
            frame = frame[frame["published"] >= pd.Timestamp(self.date_from.value, tz="UTC")]
        if self.date_to.value is not None:
            frame = frame[
                frame["published"]
                < pd.Timestamp(self.date_to.value, tz="UTC") + pd.Timedelta(days=1)
            ]
        return frame

    def _refilter(self) -> None:
        frame = self.visible()
        options = _options(frame)
        current = self.picker.value
        self.picker.options = options
        self.count.value = f"<small>{len(frame)} of {len(self.articles)} articles</small>"
        ids = [value for _, value in options]
        if current in ids:
            self.picker.value = current
        elif ids:
            self.picker.value = ids[0]
        else:
            self.picker.value = None
            self._show()

    def select(self, article_id: str) -> None:
        """Pick an article programmatically (clears filters that hide it)."""
        if article_id not in set(self.picker.options and [v for _, v in self.picker.options]):
            self.title_filter.value = ""
            self.source_filter.value = ALL
            self.date_from.value = None
            self.date_to.value = None
        self.picker.value = article_id

    @property
    def article(self) -> Article | None:
        if self.picker.value is None:
            return None
        row = self.articles.loc[self.articles["article_id"] == self.picker.value].iloc[0]
        return Article.from_row(row.to_dict())

    # ------------------------------------------------------------------ rendering

    def _findings(self, analysis_id: str, article_id: str | None) -> pd.DataFrame:
        frame = self.results[analysis_id]
        if article_id is None or "article_id" not in frame.columns:  # a corpus-level frame
            return frame.iloc[0:0]
        return frame[frame["article_id"] == article_id].reset_index(drop=True)

    def _render_text(self) -> None:
        article = self.article
        if article is None:
            self.heading.value = "<em>No article matches the filters.</em>"
            self.text_view.value = ""
            return
        date = (
            article.published.strftime("%Y-%m-%d %H:%M UTC")
            if article.published is not None
            else "date unknown"
        )
        source = html.escape(article.source or "source unknown")
        self.heading.value = (
            f"<h3>{html.escape(article.title)}</h3><small>{source}"
            f" · {html.escape(date)} · {html.escape(article.article_id)}</small>"
        )
        chosen = self._span_ids() if self.highlight.value == ALL else [self.highlight.value]
        spans = []
        for analysis_id in chosen:
            spans.extend(
                spans_from_findings(self._findings(analysis_id, article.article_id), analysis_id)
            )
        self.text_view.value = highlight_html(article.text, spans)

    def _show(self) -> None:
        self._render_text()
        article = self.article
        children, titles = [], []
        for analysis_id, analysis in self.analyses.items():
            if analysis_id not in self.results:
                continue
            context = ViewContext(
                analysis=analysis,
                findings=self._findings(analysis_id, article.article_id if article else None),
                article=article,
                all_findings=self.results[analysis_id],
                articles=self.articles,
                summary=self.results.summaries.get(analysis_id),
            )
            view = analysis.view or default_view
            try:
                child = view(context)
            except Exception:
                child = widgets.HTML(f"<pre>{html.escape(traceback.format_exc())}</pre>")
            children.append(child)
            titles.append(analysis.title or analysis_id)
        errors = self.results.errors
        if article is not None and len(errors):
            mine = errors[errors["article_id"] == article.article_id]
            if len(mine):
                children.append(widgets.HTML(table_html(mine)))
                titles.append(f"Errors ({len(mine)})")
        self.tabs.children = children
        for index, title in enumerate(titles):
            self.tabs.set_title(index, title)


def explore(articles: pd.DataFrame, results: Results) -> Explorer:
    """Open the explorer on an articles frame and the results of :func:`newslens.analyze`."""
    return Explorer(articles, results)
