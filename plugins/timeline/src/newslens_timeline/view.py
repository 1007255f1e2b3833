"""The timeline view: an article's expressions (text, table, plot) and the corpus timeline.

It only arranges frames that ``timeline.v1`` returned: no expression is found or normalised
here. Every piece of article text reaches the page through :mod:`newslens.display`
(``highlight_html``, ``table_html``, ``escape``): article text is untrusted.

Why it is built the way it is (the explorer rebuilds every analysis's view on each pick, and
the bar is 300 ms per pick on 1,000 articles for all analyses together):

- Per pick, only this article's rows are touched: the highlighted text and the findings table
  are built at once; the article plot (a matplotlib render, 0.1-0.3 s) is drawn when its tab
  is opened, and again on later picks only while the analyst stays on that tab.
- The corpus part (publication dates mapped onto every dated mention, the plot, the event
  list) is built once per ``all_findings`` frame and cached (by object identity, checked with
  a weak reference), so picking an article never redoes corpus-sized work; the same corpus
  widget, with its range and selection, is shown again after each pick.
- Click-through: the corpus plot is a PNG, so "click a point" is a list of the events in the
  chosen range; selecting one shows its sentence and article and rings the point on the plot.
"""

from __future__ import annotations

import html
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as widgets
import pandas as pd

from newslens import ViewContext
from newslens.display import Span, escape, highlight_html, spans_from_findings, table_html
from newslens_timeline.plots import (
    CENTRAL_SHARE,
    CorpusPoints,
    article_timeline,
    corpus_timeline,
    png_bytes,
)
from newslens_timeline.summary import dated, publication_info, summarize

#: Events listed for a chosen range (the list says how many more there are).
MAX_EVENTS = 300
#: Findings table columns for one article, in order.
TABLE_COLUMNS = (
    "text",
    "type",
    "value",
    "mod",
    "freq",
    "anchor",
    "date_start",
    "date_end",
    "note",
)
#: Corpora whose corpus part is kept (most recent first out).
CACHE_SIZE = 4

ARTICLE_TABS = ("Text and findings", "Article timeline", "Corpus timeline")
_PLOT_TAB = 1
_CORPUS_TAB = 2


def _guard(target: widgets.HTML) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Show a callback's exception in ``target`` (JupyterLab drops it otherwise)."""

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return function(*args, **kwargs)
            except Exception:
                target.value = (
                    "<pre style='color:#b00'>timeline view error:\n"
                    f"{html.escape(traceback.format_exc())}</pre>"
                )
                return None

        return wrapper

    return decorate


def _day(value: Any) -> str:
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return ""
    stamp = pd.Timestamp(value)
    return stamp.strftime("%Y-%m-%d %H:%M") if stamp != stamp.normalize() else f"{stamp:%Y-%m-%d}"


def findings_table(findings: pd.DataFrame) -> str:
    """One article's expressions as an escaped HTML table (dates shown as ISO days)."""
    if not len(findings):
        return "<p><em>No temporal expression in this article.</em></p>"
    frame = findings[[c for c in TABLE_COLUMNS if c in findings.columns]].copy()
    for column in ("date_start", "date_end"):
        if column in frame:
            frame[column] = frame[column].map(_day)
    return table_html(frame.fillna(""))


def article_html(findings: pd.DataFrame, text: str) -> str:
    """The article text, escaped, with every expression marked (title: type · value)."""
    spans = spans_from_findings(findings, "timeline", label_columns=("type", "value"))
    return highlight_html(text, spans)


# ----------------------------------------------------------------------------- corpus part


def month_options(starts: pd.Series) -> list[str]:
    """``YYYY-MM`` of every month from the first to the last mention that has any mention."""
    if not len(starts):
        return []
    naive = pd.to_datetime(starts, utc=True).dt.tz_localize(None)
    return sorted(naive.dt.strftime("%Y-%m").unique())


def month_range(first: str, last: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """``[start of first, start of the month after last)`` as UTC timestamps."""
    start = pd.Timestamp(first + "-01", tz="UTC")
    end = pd.Timestamp(last + "-01", tz="UTC") + pd.offsets.MonthBegin(1)
    return start, end


def _default_index(options: list[str], events: pd.DataFrame) -> tuple[int, int]:
    """The slider's first position: the months holding the central share of mentions, as the
    corpus plot shows by default."""
    if len(options) <= 2 or len(events) < 50:
        return 0, max(len(options) - 1, 0)
    cut = (1 - CENTRAL_SHARE) / 2
    months = events["month"].sort_values().to_numpy()  # YYYY-MM sorts as time does
    lo = months[int(cut * (len(months) - 1))]
    hi = months[round((1 - cut) * (len(months) - 1))]
    return options.index(lo), options.index(hi)


@dataclass
class CorpusPart:
    """The corpus timeline for one ``all_findings`` frame: data prepared once, widgets built
    on first use; a later pick shows the same widgets again."""

    events: pd.DataFrame  # one row per dated mention, with its article's date, title, source
    points: CorpusPoints
    summary: pd.DataFrame
    n_articles: int
    widget: widgets.Widget | None = None
    controls: dict[str, widgets.Widget] = field(default_factory=dict)

    @classmethod
    def build(
        cls, findings: pd.DataFrame, articles: pd.DataFrame, summary: pd.DataFrame | None
    ) -> CorpusPart:
        if not findings.index.is_unique:  # events are picked by index label
            findings = findings.reset_index(drop=True)
        rows = dated(findings)
        info = publication_info(articles)
        ids = rows["article_id"].astype(str) if len(rows) else pd.Series([], dtype="str")
        events = pd.DataFrame(
            {
                "article_id": ids,
                "text": rows["text"].astype(str) if len(rows) else ids,
                "value": rows["value"].astype(str) if len(rows) else ids,
                "type": rows["type"].astype(str) if len(rows) else ids,
                "date_start": pd.to_datetime(rows["date_start"] if len(rows) else [], utc=True),
                "sentence_text": rows["sentence_text"].fillna("").astype(str) if len(rows) else ids,
                "offset": (rows["start"] - rows["sentence_start"]) if len(rows) else ids,
                "published": pd.to_datetime(ids.map(info["published"]), utc=True),
                "title": ids.map(info["title"]).fillna(""),
                "source": ids.map(info["source"]).fillna(""),
            },
            index=rows.index,
        )
        events["month"] = events["date_start"].dt.tz_localize(None).dt.strftime("%Y-%m")
        events = events.sort_values(["date_start", "published"], kind="stable")
        if summary is None:
            summary = summarize(findings, articles)
        n_articles = int(events["article_id"].nunique())  # articles with a dated mention
        return cls(events, CorpusPoints.build(findings, articles), summary, n_articles)

    # ------------------------------------------------------------------ widgets

    def view(self) -> widgets.Widget:
        """The corpus widget (built on the first call, the same object afterwards)."""
        if self.widget is None:
            self.widget = self._build()
        return self.widget

    def _build(self) -> widgets.Widget:
        if not len(self.events):
            return widgets.HTML(
                "<p><em>No dated expression in this corpus: nothing to put on a timeline.</em></p>"
            )
        options = month_options(self.events["date_start"])
        months = widgets.SelectionRangeSlider(
            options=options,
            index=_default_index(options, self.events),
            description="Mentioned",
            continuous_update=False,
            layout=widgets.Layout(width="95%"),
        )
        count = widgets.HTML()
        plot = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        table = widgets.HTML()
        picker = widgets.Select(options=[], rows=10, layout=widgets.Layout(width="100%"))
        detail = widgets.HTML()
        errors = widgets.HTML()
        guard = _guard(errors)
        self.controls = {
            "months": months,
            "count": count,
            "plot": plot,
            "table": table,
            "events": picker,
            "detail": detail,
            "errors": errors,
        }

        def draw(selected: Any = None) -> None:
            start, end = month_range(*months.value)
            ringed = [selected] if selected is not None else []
            figure = corpus_timeline(self.points, date_range=(start, end), highlight=ringed)
            plot.value = png_bytes(figure)

        @guard
        def on_range(_change: Any = None) -> None:
            first, last = months.value
            start, end = month_range(first, last)
            chosen = self.events[
                (self.events["date_start"] >= start) & (self.events["date_start"] < end)
            ]
            shown = chosen.head(MAX_EVENTS)
            more = f" (the first {MAX_EVENTS} listed)" if len(chosen) > MAX_EVENTS else ""
            count.value = (
                f"<b>{len(chosen):,}</b> dated mention(s) from {escape(first)} to "
                f"{escape(last)} in {chosen['article_id'].nunique():,} article(s){more}. "
                "Pick one below to read its sentence."
            )
            periods = self.summary["period"].astype(str) if len(self.summary) else None
            if periods is not None:
                _, next_month = month_range(last, last)
                in_range = (periods >= first) & (periods < f"{next_month:%Y-%m}")
                table.value = table_html(self.summary[in_range], max_rows=60)
            # unselect first: new options would otherwise select their first entry (and
            # draw the plot for it) before the range's own draw
            picker.value = None
            picker.options = [
                (
                    f"{stamp:%Y-%m-%d} · {text} · {title[:70] or article_id}",
                    index,
                )
                for index, stamp, text, title, article_id in zip(
                    shown.index,
                    shown["date_start"],
                    shown["text"],
                    shown["title"],
                    shown["article_id"],
                    strict=True,
                )
            ]
            detail.value = ""
            draw()

        @guard
        def on_pick(_change: Any = None) -> None:
            if picker.value is None:
                detail.value = ""
                return
            detail.value = self.event_html(picker.value)
            draw(picker.value)

        months.observe(on_range, names="value")
        picker.observe(on_pick, names="value")
        on_range()
        return widgets.VBox(
            [
                widgets.HTML(
                    f"<b>Corpus timeline</b>: {len(self.events):,} dated mention(s) in "
                    f"{self.n_articles:,} article(s). The range picks the dates mentioned."
                ),
                months,
                plot,
                count,
                picker,
                detail,
                widgets.HTML("<b>Periods mentioned</b> (in the range)"),
                table,
                errors,
            ]
        )

    def event_html(self, index: Any) -> str:
        """One mention's sentence (the expression marked) and its article, escaped."""
        row = self.events.loc[index]
        sentence = str(row["sentence_text"])
        offset = row["offset"]
        start = sentence.find(str(row["text"]), max(0, int(offset) - 4)) if pd.notna(offset) else -1
        if start < 0:
            start = sentence.find(str(row["text"]))
        spans = [Span(start, start + len(str(row["text"])), str(row["value"]), "timeline")]
        published = _day(row["published"]) or "date unknown"
        return (
            f'<div class="timeline-event"><p><b>{escape(row["title"]) or escape(row["article_id"])}'
            f"</b><br><small>{escape(row['source'] or 'source unknown')} · published "
            f"{escape(published)} · {escape(row['article_id'])} · {escape(row['type'])} "
            f"{escape(row['value'])}</small></p>"
            f"{highlight_html(sentence, spans if start >= 0 else [])}</div>"
        )


@dataclass
class _Entry:
    """What is kept per corpus: the tab the analyst was on (cheap, set on every pick) and the
    corpus part (built the first time the corpus tab or the corpus view asks for it)."""

    findings: weakref.ref[Any]
    articles: weakref.ref[Any]
    last_tab: int = 0
    part: CorpusPart | None = None


_CACHE: dict[tuple[int, int], _Entry] = {}


def _entry(findings: pd.DataFrame, articles: pd.DataFrame) -> _Entry:
    key = (id(findings), id(articles))
    hit = _CACHE.get(key)
    if hit is not None and hit.findings() is findings and hit.articles() is articles:
        return hit
    entry = _Entry(weakref.ref(findings), weakref.ref(articles))
    _CACHE[key] = entry
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    return entry


def corpus_part(
    findings: pd.DataFrame, articles: pd.DataFrame, summary: pd.DataFrame | None = None
) -> CorpusPart:
    """The corpus part for these frames, built once per (findings, articles) object pair."""
    entry = _entry(findings, articles)
    if entry.part is None:
        entry.part = CorpusPart.build(findings, articles, summary)
    return entry.part


# ----------------------------------------------------------------------------- the view


class ArticleTimeline(widgets.Tab):
    """Tabs for one article: text and findings at once; its plot and the corpus timeline
    drawn when their tab is opened (or was open at the previous pick). A later pick refills
    the same widgets (``ViewContext.previous``) instead of sending the browser new ones."""

    def __init__(self) -> None:
        self.header = widgets.HTML()
        self.text = widgets.HTML()
        self.table = widgets.HTML()
        self.plot = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.errors = widgets.HTML()
        self.corpus_box = widgets.VBox([])
        super().__init__(
            children=[
                widgets.VBox([self.header, self.text, self.table]),
                widgets.VBox([self.plot, self.errors]),
                self.corpus_box,
            ],
            titles=ARTICLE_TABS,
        )
        self._entry: _Entry | None = None
        self._draw_plot: Callable[[], bytes] | None = None
        self._part_of: Callable[[], CorpusPart] | None = None
        self.observe(_guard(self.errors)(self._opened), names="selected_index")

    def show(
        self, context: ViewContext, entry: _Entry, part_of: Callable[[], CorpusPart]
    ) -> ArticleTimeline:
        article = context.article
        findings = context.findings
        n_dated = len(dated(findings)) if len(findings) else 0
        self.header.value = (
            f"<p>{len(findings)} temporal expression(s), {n_dated} with a calendar date; "
            "hover a mark for its normalised value.</p>"
        )
        self.text.value = article_html(findings, article.text if article else "")
        self.table.value = findings_table(findings)
        self.errors.value = ""
        if len(self.plot.value):
            self.plot.value = b""
        self._draw_plot = lambda: png_bytes(article_timeline(findings, article))
        if self._entry is not entry:  # another corpus: its own corpus timeline
            self.corpus_box.children = []
        self._entry, self._part_of = entry, part_of
        if self.selected_index != entry.last_tab:
            self.selected_index = entry.last_tab  # draws the tab through the observer
        else:
            _guard(self.errors)(self._opened)()
        return self

    def _opened(self, _change: Any = None) -> None:
        index = self.selected_index
        if self._entry is not None:
            self._entry.last_tab = index if index is not None else 0
        if index == _PLOT_TAB and not len(self.plot.value) and self._draw_plot is not None:
            self.plot.value = self._draw_plot()
        if index == _CORPUS_TAB and not self.corpus_box.children and self._part_of is not None:
            self.corpus_box.children = [self._part_of().view()]


def article_part(
    context: ViewContext, entry: _Entry, part_of: Callable[[], CorpusPart]
) -> ArticleTimeline:
    """The article's tabs: the previous pick's refilled when offered, else new ones."""
    previous = context.previous
    view = previous if isinstance(previous, ArticleTimeline) else ArticleTimeline()
    return view.show(context, entry, part_of)


def view(context: ViewContext) -> widgets.Widget:
    """The ``timeline.v1`` view: for an article, tabs (text and findings, its timeline, the
    corpus timeline); for the corpus (``article`` is ``None``), the corpus timeline."""
    all_findings = context.all_findings if context.all_findings is not None else context.findings
    articles = context.articles if context.articles is not None else pd.DataFrame()
    summary = context.summary

    def part_of() -> CorpusPart:
        return corpus_part(all_findings, articles, summary)

    if context.article is None:
        return part_of().view()
    return article_part(context, _entry(all_findings, articles), part_of)


__all__ = [
    "ARTICLE_TABS",
    "MAX_EVENTS",
    "ArticleTimeline",
    "CorpusPart",
    "article_html",
    "corpus_part",
    "findings_table",
    "view",
]
