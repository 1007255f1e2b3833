"""The numbers view: findings table with filters, highlighted text, conversions, comparison.

Only builds widgets from the frames in the :class:`~newslens.ViewContext`; never computes
findings (the corpus comparison falls back to :func:`summarize` on the given frames when the
runner did not supply a summary). Every piece of article text is HTML-escaped: article text is
untrusted.
"""

from __future__ import annotations

import html
import math
import weakref
from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets
import numpy as np
import pandas as pd

from newslens import ViewContext
from newslens.explorer_widgets import SuggestBox
from newslens_numbers.summary import summarize

ALL = "(all)"
#: Articles listed per compared key, and keys in the corpus view: a pick costs what the
#: article holds, not what the corpus holds.
MAX_ARTICLES = 12
MAX_KEYS = 100
#: Findings rows rendered at once (the corpus view of a large corpus holds tens of thousands).
MAX_ROWS = 500
TABLE_COLUMNS = ("text", "value", "unit", "per", "quantity", "kind", "modifier", "consistency")
VERDICT_STYLE = {
    "consistent": "color:#1a7f37",
    "mismatch": "color:#cf222e;font-weight:bold",
    "unchecked": "color:#6e7781",
}
KIND_COLOUR = {
    "count": "#fff3b0",
    "measure": "#c7e9ff",
    "money": "#d3f9d8",
    "percent": "#ffd8e4",
    "ordinal": "#eeeeee",
}


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}" if not value.is_integer() else f"{int(value):,}"
    return html.escape(str(value))


def filter_vocabulary(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The filters' choices for a corpus: every ``kind`` (sorted), and every ``unit`` and
    counted noun (``quantity``), the most frequent first (a type-ahead lists the first that
    match what is typed).

    Why the corpus's values, not the picked article's: the choices then stay the same from
    pick to pick, so a pick changes no form control (Chrome's form autofill re-reads every
    control of the page on each change: a dropdown whose options followed the article cost a
    pick tens of milliseconds in the browser), and a filter chosen once ("money", "km") holds
    article after article instead of falling back to everything where one article lacks it.
    """
    frame = figures_only(frame)
    vocabulary: dict[str, list[str]] = {}
    for column in ("kind", "unit", "quantity"):
        if column not in frame:
            vocabulary[column] = []
            continue
        values = frame[column].dropna().astype(str)
        values = values[values != ""]
        if column == "kind":
            vocabulary[column] = sorted(set(values))
        else:
            vocabulary[column] = [str(v) for v in values.value_counts().index]
    return vocabulary


def filter_findings(frame: pd.DataFrame, kind: str, unit: str, quantity: str) -> pd.DataFrame:
    """The rows the three filters select (``(all)`` or an empty box selects everything)."""
    mask = pd.Series(True, index=frame.index)
    for column, wanted in (("kind", kind), ("unit", unit), ("quantity", quantity)):
        if wanted not in (ALL, "") and column in frame:
            mask &= frame[column].astype(str) == wanted
    return frame[mask]


def findings_table(
    frame: pd.DataFrame, max_rows: int = MAX_ROWS, titles: Mapping[str, str] | None = None
) -> str:
    """An HTML table of findings (escaped), at most ``max_rows`` of them (the filters narrow).

    ``titles`` (article id -> title) names each row's article: the corpus view's first
    column. Without it the rows are one article's, and no article column is shown (an
    analyst reads titles, not hash ids)."""
    cols = [c for c in ("article_id", *TABLE_COLUMNS) if c in frame]
    if titles is None and "article_id" in cols:
        cols.remove("article_id")
    head = "".join(f"<th>{'article' if c == 'article_id' else html.escape(c)}</th>" for c in cols)
    body = []
    for _, row in frame.head(max_rows).iterrows():
        cells = []
        for c in cols:
            if c == "article_id" and titles is not None:
                cells.append(f"<td>{html.escape(titles.get(str(row[c]), str(row[c])))}</td>")
                continue
            text = _cell(row[c])
            if c == "value" and not pd.isna(row.get("value_high", math.nan)):
                text = f"{text}–{_cell(row['value_high'])}"
            style = VERDICT_STYLE.get(str(row[c]), "") if c == "consistency" else ""
            cells.append(f'<td style="{style}">{text}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<table class="newslens-numbers"><thead><tr>'
        + head
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
        + (
            f"<p><em>first {max_rows:,} of {len(frame):,} shown</em></p>"
            if len(frame) > max_rows
            else ""
        )
    )


def highlighted_text(text: str, frame: pd.DataFrame) -> str:
    """The article text, escaped, with each figure in a <mark> whose title explains it."""
    out: list[str] = []
    pos = 0
    spans = frame.sort_values("start") if len(frame) else frame
    for _, row in spans.iterrows():
        start, end = int(row["start"]), int(row["end"])
        if start < pos or end > len(text) or end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        tip = f"{row['kind']}: {_cell(row['value'])} {row['unit']} {row['quantity']}".strip()
        colour = KIND_COLOUR.get(str(row["kind"]), "#e8e0ff")
        out.append(
            f'<mark style="background:{colour}" title="{html.escape(tip, quote=True)}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return '<div style="white-space:pre-wrap">' + "".join(out) + "</div>"


def conversions_table(frame: pd.DataFrame) -> str:
    """One row per linked pair ("1,500km" = "930 miles": consistent, deviation)."""
    if "same_as" not in frame or frame.empty:
        return "<p>No conversions.</p>"
    rows = []
    linked = frame[frame["same_as"].notna()]
    by_key = {(str(r.get("article_id", "")), int(r["n"])): r for _, r in linked.iterrows()}
    for (article_id, n), r in by_key.items():
        other = by_key.get((article_id, int(r["same_as"])))
        if other is None or int(r["same_as"]) < n:
            continue
        verdict = str(r["consistency"])
        deviation = r["deviation"]
        dev = (
            f"{deviation:+.1%}" if isinstance(deviation, float) and math.isfinite(deviation) else ""
        )
        rows.append(
            f"<tr><td>{html.escape(article_id)}</td><td>{html.escape(str(r['text']))}</td>"
            f"<td>{html.escape(str(other['text']))}</td>"
            f'<td style="{VERDICT_STYLE.get(verdict, "")}">{html.escape(verdict)}</td>'
            f"<td>{dev}</td></tr>"
        )
    if not rows:
        return "<p>No conversions.</p>"
    return (
        "<table><thead><tr><th>article</th><th>figure</th><th>given as</th><th>verdict</th>"
        "<th>deviation</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


class _LastFrame:
    """A one-slot cache keyed on a frame's identity (frames are unhashable and mutable).

    The explorer hands every pick the same corpus-level frames, so whatever is derived from
    them once (the summary when the runner gave none, the key index) is reused until another
    frame arrives. A weak reference keeps the cache from holding a corpus alive.
    """

    def __init__(self, build: Any) -> None:
        self._build = build
        self._ref: Any = None
        self._value: Any = None

    def __call__(self, frame: pd.DataFrame, *args: Any) -> Any:
        if self._ref is None or self._ref() is not frame:
            self._value = self._build(frame, *args)
            self._ref = weakref.ref(frame)
        return self._value


def _key_rows(summary: pd.DataFrame) -> dict[str, np.ndarray]:
    return {str(k): v for k, v in summary.groupby("key", sort=False).indices.items()}


_summary_for = _LastFrame(summarize)
_rows_for = _LastFrame(_key_rows)
_vocabulary_for = _LastFrame(filter_vocabulary)


def comparison_rows(
    summary: pd.DataFrame,
    article_id: str | None,
    *,
    max_articles: int = MAX_ARTICLES,
    max_keys: int = MAX_KEYS,
) -> pd.DataFrame:
    """The summary rows to show: for a picked article only its keys, at most ``max_articles``
    articles per key (the picked article first, then those whose figures differ from it).

    Why bounded: a key such as "people" is reported by most articles of a large corpus, and the
    cost of a pick (and the HTML the browser renders) must follow the article, not the corpus.
    Without an article, the keys reported by the most articles come first (``max_keys``).
    """
    if summary is None or summary.empty:
        return summary
    index = _rows_for(summary)
    if article_id is not None:
        mine = summary.index[summary["article_id"].to_numpy() == str(article_id)]
        keys = list(dict.fromkeys(summary.loc[mine, "key"].astype(str)))
    else:
        shared = summary[summary["articles"] >= 2]
        keys = list(dict.fromkeys(shared["key"].astype(str)))[:max_keys]
    if not keys:
        return summary.iloc[0:0]
    rows = summary.iloc[np.concatenate([index[k] for k in keys])].copy()
    own = rows["article_id"].astype(str) == str(article_id)
    if article_id is not None:
        own_values = {str(r.key): set(r.values) for r in rows[own].itertuples(index=False)}
        differs = [
            not (set(v) & own_values.get(str(k), set()))
            for k, v in zip(rows["key"], rows["values"], strict=True)
        ]
    else:
        differs = [False] * len(rows)
    rows["_order"] = np.where(own, 0, np.where(differs, 1, 2))
    rows["_key"] = pd.Categorical(rows["key"].astype(str), categories=keys, ordered=True)
    rows = rows.sort_values(["_key", "_order", "source", "article_id"], kind="stable")
    rows = rows.groupby("_key", observed=True, sort=False).head(max_articles)
    return rows.drop(columns=["_order", "_key"])


def comparison_table(summary: pd.DataFrame, article_id: str | None = None) -> str:
    """Figures for the same key side by side: one row per key, one cell per article and source.

    With ``article_id`` only the keys that article reports, its own figures first.
    """
    if summary is None or summary.empty:
        return "<p>Nothing to compare.</p>"
    s = comparison_rows(summary, article_id)
    if s.empty:
        return (
            "<p>No figure of this article can be compared.</p>"
            if article_id is not None
            else "<p>No figure is reported by more than one article.</p>"
        )
    # One pass over plain tuples: a groupby with a frame per key cost more than the rest of
    # a pick (the explorer's budget is 300 ms for every view together).
    columns = ["key", "source", "article_id", "title", "figures", "articles", "sources", "agree"]
    groups: dict[str, list[Any]] = {}
    for r in s[columns].itertuples(index=False):
        groups.setdefault(str(r.key), []).append(r)
    body = []
    for key, group in groups.items():
        first = group[0]
        cells = []
        for r in group:
            who = html.escape(str(r.source or r.article_id))
            tip = html.escape(f"{r.article_id} {r.title}".strip(), quote=True)
            mine = str(r.article_id) == str(article_id)
            label = f"<b>{who}</b>" if mine else who
            cells.append(f'<span title="{tip}">{label}: {html.escape(str(r.figures))}</span>')
        more = int(first.articles) - len(group)
        if more > 0:
            cells.append(f"<em>and {more:,} more articles</em>")
        agree = bool(first.agree)
        mark = "agree" if agree else "differ"
        if int(first.articles) < 2:
            mark, agree = "only here", True
        style = VERDICT_STYLE["consistent" if agree else "mismatch"]
        body.append(
            f"<tr><td>{html.escape(key)}</td><td>{'<br>'.join(cells)}</td>"
            f"<td>{int(first.articles):,}</td><td>{int(first.sources):,}</td>"
            f'<td style="{style}">{mark}</td></tr>'
        )
    return (
        "<table><thead><tr><th>quantity</th><th>article: figures</th><th>articles</th>"
        "<th>sources</th><th></th></tr></thead><tbody>" + "".join(body) + "</tbody></table>"
    )


def figures_only(frame: pd.DataFrame) -> pd.DataFrame:
    """The findings that are figures: numbers inside names (kind ``name``: "Windows 95",
    "Six Nations") stay in the frame but out of the figure views."""
    return frame[frame["kind"] != "name"] if "kind" in frame else frame


class NumbersView(widgets.Tab):
    """The numbers view as one widget that a later pick updates in place.

    Why: the explorer offers a view its previous widget (``context.previous``); filling the
    same filters and tables costs the browser a few messages, where a new tree cost it a
    dozen new widget models per pick. Only the open inner tab is filled on a pick; the others
    are filled when opened. The filters offer the corpus's values (:func:`filter_vocabulary`)
    and keep their value from article to article (an analyst reading money figures article
    after article); unit and counted noun are type-ahead boxes, as a corpus has hundreds.
    """

    def __init__(self, *, with_text: bool) -> None:
        self.with_text = with_text
        self.kind = widgets.Dropdown(options=[ALL], value=ALL, description="kind")
        self.unit = SuggestBox(description="unit", placeholder="any unit (type)")
        self.quantity = SuggestBox(description="counted noun", placeholder="any noun (type)")
        self.count = widgets.Label()
        # The corpus view's table scrolls in a box of its own: 500 rows unboxed made the
        # notebook 30,000 px tall, and every pick above it moved (and repainted) all of them.
        self.table = widgets.HTML(
            layout=widgets.Layout(max_height="36em", overflow="auto")
            if not with_text
            else widgets.Layout()
        )
        self.text = widgets.HTML()
        self.conversions = widgets.HTML()
        self.across = widgets.HTML()
        pages: list[tuple[str, widgets.Widget]] = [
            (
                "Findings",
                widgets.VBox(
                    [
                        widgets.HBox(
                            [self.kind, self.unit, self.quantity],
                            layout=widgets.Layout(flex_flow="row wrap"),  # narrow views wrap
                        ),
                        self.count,
                        self.table,
                    ]
                ),
            ),
            *([("Text", self.text)] if with_text else []),
            ("Conversions", self.conversions),
            ("Across articles", self.across),
        ]
        super().__init__(children=[w for _, w in pages], titles=[t for t, _ in pages])
        self._fill: dict[int, Any] = {}
        self._findings = pd.DataFrame()
        self._names = 0
        self._titles: dict[str, str] | None = None
        self._quiet = False
        for control in (self.kind, self.unit, self.quantity):
            control.observe(self._filtered, names="value")
        self.observe(self._opened, names="selected_index")

    def show(self, context: ViewContext) -> NumbersView:
        """Show ``context``'s findings (and its article's, when one is picked)."""
        findings = context.findings
        self._names = int((findings["kind"] == "name").sum()) if "kind" in findings else 0
        self._findings = figures_only(findings)
        self._offer(_vocabulary_for(context.all_findings))
        article = context.article
        self._titles = None
        if article is None and context.articles is not None and "title" in context.articles:
            frame = context.articles
            ids, titles = frame["article_id"].astype(str), frame["title"].astype(str)
            self._titles = dict(zip(ids, titles, strict=True))
        fill: dict[int, Any] = {0: self._refresh}
        page = 1
        if self.with_text:
            text = article.text if article is not None else ""
            fill[page] = lambda: setattr(self.text, "value", highlighted_text(text, self._findings))
            page += 1
        fill[page] = lambda: setattr(self.conversions, "value", conversions_table(self._findings))
        summary = context.summary
        if summary is None:
            summary = _summary_for(context.all_findings, context.articles)
        picked = article.article_id if article is not None else None
        fill[page + 1] = lambda: setattr(self.across, "value", comparison_table(summary, picked))
        self._fill = fill
        self._opened()
        return self

    def _offer(self, vocabulary: dict[str, list[str]]) -> None:
        """Set the filters' choices; a pick within one corpus changes none of them."""
        self._quiet = True
        try:
            kinds = [ALL, *vocabulary["kind"]]
            if list(self.kind.options) != kinds:
                keep = self.kind.value if self.kind.value in kinds else ALL
                self.kind.options = kinds
                self.kind.value = keep
            for box, column in ((self.unit, "unit"), (self.quantity, "quantity")):
                options = vocabulary[column]
                if box.options != options:
                    if box.value not in options:
                        box.value = ""
                    box.options = options
        finally:
            self._quiet = False

    def _refresh(self) -> None:
        try:
            rows = filter_findings(
                self._findings, self.kind.value, self.unit.value, self.quantity.value
            )
            self.count.value = f"{len(rows)} of {len(self._findings)} findings" + (
                f" ({self._names} numbers inside names not shown)" if self._names else ""
            )
            self.table.value = findings_table(rows, titles=self._titles)
        except Exception as exc:
            self.table.value = f"<pre>numbers view error: {html.escape(repr(exc))}</pre>"

    def _filtered(self, _change: Any = None) -> None:
        if not self._quiet:
            self._refresh()

    def _opened(self, _change: Any = None) -> None:
        fill = self._fill.pop(self.selected_index or 0, None)
        if fill is not None:
            fill()


def view(context: ViewContext) -> widgets.Widget:
    """Tabs: findings (filterable), text, conversions, across articles; the previous pick's
    view is updated in place when the explorer offers it."""
    with_text = context.article is not None
    previous = context.previous
    if isinstance(previous, NumbersView) and previous.with_text == with_text:
        return previous.show(context)
    return NumbersView(with_text=with_text).show(context)
