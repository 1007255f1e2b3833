"""Widgets for the stance analyses: they only arrange frames, never compute findings.

Every piece of article text goes through :func:`html.escape` (article text is untrusted). The
HTML builders are plain functions so they can be tested as strings.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets
import pandas as pd

from newslens import ViewContext

STANCE_COLOURS = {
    "assert": "#2b7bb9",
    "deny": "#c0392b",
    "dispute": "#d35400",
    "hedge": "#8e44ad",
    "report": "#7f8c8d",
}
LABEL_COLOURS = {
    "agree": "#27ae60",
    "disagree": "#c0392b",
    "discuss": "#2b7bb9",
    "unrelated": "#95a5a6",
}


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """``text`` as HTML with non-overlapping ``(start, end, colour, title)`` spans marked;
    overlapping spans are skipped (the first wins). Everything is escaped."""
    out: list[str] = []
    pos = 0
    for a, b, colour, title in sorted(spans):
        if a < pos or b <= a or b > len(text):
            continue
        out.append(html.escape(text[pos:a]))
        out.append(
            f'<mark style="background:{colour}22;border-bottom:2px solid {colour}" '
            f'title="{html.escape(title, quote=True)}">{html.escape(text[a:b])}</mark>'
        )
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def attributions_table_html(findings: pd.DataFrame) -> str:
    rows = []
    for r in findings.itertuples(index=False):
        speaker = getattr(r, "speaker", None)
        resolved = getattr(r, "speaker_resolved", None)
        who = html.escape(str(speaker)) if isinstance(speaker, str) else "<i>(unattributed)</i>"
        if isinstance(resolved, str) and resolved != speaker:
            who += f" → {html.escape(resolved)}"
        colour = STANCE_COLOURS.get(str(r.stance), "#333")
        rows.append(
            f"<tr><td>{who}</td><td>{html.escape(str(r.cue))}</td>"
            f'<td style="color:{colour}">{html.escape(str(r.stance))}</td>'
            f"<td>{html.escape(str(r.form))}</td><td>{html.escape(str(r.content)[:300])}</td></tr>"
        )
    head = "<tr><th>speaker</th><th>cue</th><th>stance</th><th>form</th><th>content</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def attributions_view(context: ViewContext) -> widgets.Widget:
    """One article: the text with speakers, cues and contents highlighted, and a table; the
    corpus: the parties summary."""
    findings = context.findings
    if context.article is None:
        summary = context.summary
        if summary is None or summary.empty:
            return widgets.HTML("<p>No attributions found.</p>")
        return widgets.VBox(
            [
                widgets.HTML("<h4>Parties quoted</h4>"),
                widgets.HTML(summary.head(50).to_html(index=False, escape=True)),
            ]
        )
    text = context.article.text
    spans: list[tuple[int, int, str, str]] = []
    for r in findings.itertuples(index=False):
        colour = STANCE_COLOURS.get(str(r.stance), "#333")
        for a, b in r.content_spans or []:
            spans.append((int(a), int(b), colour, f"{r.stance}: {r.cue_lemma}"))
    previous = context.previous
    view = previous if isinstance(previous, AttributionsView) else AttributionsView()
    view.text.value = f'<div style="max-height:400px;overflow:auto">{highlight(text, spans)}</div>'
    view.table.value = attributions_table_html(findings)
    return view


class AttributionsView(widgets.VBox):
    """One article's attributions: legend, highlighted text, table. A later pick refills the
    same widgets (``ViewContext.previous``) instead of sending the browser new ones."""

    def __init__(self) -> None:
        legend = " ".join(
            f'<span style="color:{c}">■ {html.escape(k)}</span>' for k, c in STANCE_COLOURS.items()
        )
        self.text = widgets.HTML()
        self.table = widgets.HTML()
        super().__init__([widgets.HTML(f"<div>{legend}</div>"), self.text, self.table])


def claims_table_html(findings: pd.DataFrame, articles: pd.DataFrame) -> str:
    titles: dict[str, Any] = {}
    if "article_id" in articles and "title" in articles:
        titles = dict(zip(articles["article_id"].astype(str), articles["title"], strict=False))
    rows = []
    for r in findings.sort_values(["label", "score"], ascending=[True, False]).itertuples(
        index=False
    ):
        colour = LABEL_COLOURS.get(str(r.label), "#333")
        title = titles.get(str(r.article_id), str(r.article_id))
        rows.append(
            f'<tr><td style="color:{colour}"><b>{html.escape(str(r.label))}</b></td>'
            f"<td>{float(r.score):.2f}</td><td>{html.escape(str(title))}</td>"
            f"<td>{html.escape(str(r.evidence or '')[:300])}</td></tr>"
        )
    head = "<tr><th>label</th><th>score</th><th>article</th><th>deciding sentences</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _timeline(findings: pd.DataFrame, articles: pd.DataFrame) -> widgets.Widget:
    """Labels over publication time (a stacked bar per day), when dates are known."""
    if "published" not in articles or findings.empty:
        return widgets.HTML("")
    dates = articles.set_index(articles["article_id"].astype(str))["published"]
    frame = findings.assign(published=findings["article_id"].astype(str).map(dates))
    frame = frame[frame["published"].notna()]
    if frame.empty:
        return widgets.HTML("<p><i>No publication dates: no timeline.</i></p>")
    import matplotlib.pyplot as plt

    out = widgets.Output()
    table = pd.crosstab(pd.to_datetime(frame["published"], utc=True).dt.date, frame["label"])
    with out:
        fig, ax = plt.subplots(figsize=(7, 2.5))
        table.plot.bar(
            stacked=True, ax=ax, color=[LABEL_COLOURS.get(c, "#333") for c in table.columns]
        )
        ax.set_xlabel("published")
        ax.set_ylabel("articles")
        fig.tight_layout()
        plt.show()
    return out


def claims_view(context: ViewContext) -> widgets.Widget:
    """A claim box per claim, the articles by label, and the deciding sentences highlighted
    for the picked article (:class:`ClaimsView`) or the labels over publication time for the
    corpus."""
    findings = context.findings
    if findings.empty:
        return widgets.HTML(
            "<p>No claims. Add a <code>claims</code> column to the articles, or run "
            "<code>claims_analysis([...])</code>.</p>"
        )
    claims = sorted(findings["claim"].astype(str).unique())
    if context.article is not None:
        previous = context.previous
        view = previous if isinstance(previous, ClaimsView) else ClaimsView()
        return view.show(context, claims)
    picker = widgets.Dropdown(options=claims, description="Claim")
    body = widgets.VBox()

    def render(*_: Any) -> None:
        try:
            sub = findings[findings["claim"] == picker.value]
            parts: list[widgets.Widget] = [
                widgets.HTML(
                    f'<div style="border:1px solid #999;padding:6px"><b>Claim:</b> '
                    f"{html.escape(str(picker.value))}</div>"
                ),
                widgets.HTML(claims_table_html(sub, context.articles)),
                _timeline(
                    context.all_findings[context.all_findings["claim"] == picker.value],
                    context.articles,
                ),
            ]
            body.children = parts
        except Exception as exc:  # widget callbacks must not fail silently
            body.children = [widgets.HTML(f"<pre>{html.escape(repr(exc))}</pre>")]

    picker.observe(render, names="value")
    render()
    return widgets.VBox([picker, body])


class ClaimsView(widgets.VBox):
    """One article against each claim: a claim picker, the articles by label, the deciding
    sentences highlighted. A later pick refills the same widgets (``ViewContext.previous``)
    and keeps the claim picked, where the new article has it."""

    def __init__(self) -> None:
        self.picker = widgets.Dropdown(options=[], description="Claim")
        self.claim = widgets.HTML()
        self.table = widgets.HTML()
        self.text = widgets.HTML()
        self._context: ViewContext | None = None
        self._quiet = False
        self.picker.observe(self._render, names="value")
        super().__init__([self.picker, widgets.VBox([self.claim, self.table, self.text])])

    def show(self, context: ViewContext, claims: list[str]) -> ClaimsView:
        self._context = context
        keep = self.picker.value if self.picker.value in claims else claims[0]
        self._quiet = True
        try:
            if list(self.picker.options) != claims:
                self.picker.options = claims
            self.picker.value = keep
        finally:
            self._quiet = False
        self._render()
        return self

    def _render(self, *_: Any) -> None:
        context = self._context
        if self._quiet or context is None or context.article is None:
            return
        try:
            findings = context.findings
            sub = findings[findings["claim"] == self.picker.value]
            self.claim.value = (
                f'<div style="border:1px solid #999;padding:6px"><b>Claim:</b> '
                f"{html.escape(str(self.picker.value))}</div>"
            )
            self.table.value = claims_table_html(sub, context.articles)
            spans = []
            for r in sub.itertuples(index=False):
                colour = LABEL_COLOURS.get(str(r.label), "#333")
                for a, b in r.evidence_spans or []:
                    spans.append((int(a), int(b), colour, str(r.label)))
            self.text.value = highlight(context.article.text, spans)
        except Exception as exc:  # widget callbacks must not fail silently
            self.text.value = f"<pre>{html.escape(repr(exc))}</pre>"
