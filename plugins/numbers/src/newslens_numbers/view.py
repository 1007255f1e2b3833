"""The numbers view: findings table with filters, highlighted text, conversions, comparison.

Only builds widgets from the frames in the :class:`~newslens.ViewContext`; never computes
findings (the corpus comparison falls back to :func:`summarize` on the given frames when the
runner did not supply a summary). Every piece of article text is HTML-escaped: article text is
untrusted.
"""

from __future__ import annotations

import html
import math
from typing import Any

import ipywidgets as widgets
import pandas as pd

from newslens import ViewContext
from newslens_numbers.summary import summarize

ALL = "(all)"
TABLE_COLUMNS = ("text", "value", "unit", "quantity", "kind", "modifier", "consistency")
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


def _options(frame: pd.DataFrame, column: str) -> list[str]:
    if column not in frame:
        return [ALL]
    values = sorted({str(v) for v in frame[column].dropna() if str(v)})
    return [ALL, *values]


def filter_findings(frame: pd.DataFrame, kind: str, unit: str, quantity: str) -> pd.DataFrame:
    """The rows the three dropdowns select ((all) selects everything)."""
    mask = pd.Series(True, index=frame.index)
    for column, wanted in (("kind", kind), ("unit", unit), ("quantity", quantity)):
        if wanted != ALL and column in frame:
            mask &= frame[column].astype(str) == wanted
    return frame[mask]


def findings_table(frame: pd.DataFrame) -> str:
    """An HTML table of findings (escaped)."""
    cols = [c for c in ("article_id", *TABLE_COLUMNS) if c in frame]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = []
    for _, row in frame.iterrows():
        cells = []
        for c in cols:
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


def comparison_table(summary: pd.DataFrame, min_articles: int = 1) -> str:
    """Figures for the same key side by side: one row per key, one column per article."""
    if summary is None or summary.empty:
        return "<p>Nothing to compare.</p>"
    s = summary[summary["articles"] >= min_articles]
    if s.empty:
        return "<p>No figure is reported by more than one article.</p>"
    articles = list(dict.fromkeys(s["article_id"]))
    labels = {}
    for _, r in s.drop_duplicates("article_id").iterrows():
        labels[r["article_id"]] = r["source"] or r["article_id"]
    head = "".join(
        f'<th title="{html.escape(str(a), quote=True)}">{html.escape(str(labels[a]))}</th>'
        for a in articles
    )
    body = []
    for key, group in s.groupby("key", sort=False):
        first = group.iloc[0]
        cells = {r["article_id"]: html.escape(str(r["figures"])) for _, r in group.iterrows()}
        agree = bool(first["agree"])
        mark = "agree" if agree else "differ"
        style = VERDICT_STYLE["consistent" if agree else "mismatch"]
        body.append(
            f"<tr><td>{html.escape(str(key))}</td>"
            + "".join(f"<td>{cells.get(a, '')}</td>" for a in articles)
            + f'<td style="{style}">{mark}</td></tr>'
        )
    return (
        "<table><thead><tr><th>quantity</th>"
        + head
        + "<th></th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )


def view(context: ViewContext) -> widgets.Widget:
    """Tabs: findings (filterable), text, conversions, across articles."""
    findings = context.findings
    kind = widgets.Dropdown(options=_options(findings, "kind"), value=ALL, description="kind")
    unit = widgets.Dropdown(options=_options(findings, "unit"), value=ALL, description="unit")
    quantity = widgets.Dropdown(
        options=_options(findings, "quantity"), value=ALL, description="counted noun"
    )
    count = widgets.Label()
    table = widgets.HTML()

    def refresh(_change: Any = None) -> None:
        try:
            rows = filter_findings(findings, kind.value, unit.value, quantity.value)
            count.value = f"{len(rows)} of {len(findings)} findings"
            table.value = findings_table(rows)
        except Exception as exc:
            table.value = f"<pre>numbers view error: {html.escape(repr(exc))}</pre>"

    for dropdown in (kind, unit, quantity):
        dropdown.observe(refresh, names="value")
    refresh()

    tabs: list[tuple[str, widgets.Widget]] = [
        ("Findings", widgets.VBox([widgets.HBox([kind, unit, quantity]), count, table])),
    ]
    if context.article is not None:
        tabs.append(("Text", widgets.HTML(highlighted_text(context.article.text, findings))))
    tabs.append(("Conversions", widgets.HTML(conversions_table(findings))))
    summary = context.summary
    if summary is None:
        summary = summarize(context.all_findings, context.articles)
    tabs.append(("Across articles", widgets.HTML(comparison_table(summary))))
    tab = widgets.Tab(children=[w for _, w in tabs])
    for i, (title, _) in enumerate(tabs):
        tab.set_title(i, title)
    return tab
