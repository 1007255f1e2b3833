"""Static report sections: the same results as the explorer, as HTML a reader opens anywhere.

Why a separate path from the widgets: an HTML export of ipywidgets needs the widget manager's
JavaScript and shows nothing offline, and a report reader never runs a kernel. So in report
runs (``NEWSLENS_REPORT=1``, set by ``newslens report``) notebooks display these objects
instead: escaped HTML tables (:func:`newslens.display.table_html`) and PNG figures embedded as
``data:`` URIs, so the exported file makes no request at all.

Plugins add figures by convention, without any change to :class:`~newslens.Analysis`: a module
of the analysis (the one holding its ``view``, ``summarize`` or ``extract``, or the top-level
package) may expose ``report(context: ViewContext) -> list`` of displayable objects
(matplotlib figures, objects with ``_repr_png_``/``_repr_svg_``/``_repr_html_``, data frames,
or plain strings, which are escaped). A ``report`` that raises becomes a visible note in its
section; the rest of the report is still written.
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import pandas as pd

from newslens.analysis import Analysis, ViewContext
from newslens.display import table_html

#: Environment variable that switches notebooks from widgets to static output.
REPORT_ENV = "NEWSLENS_REPORT"

#: Rows of findings shown per section (the full frames live in the executed notebook).
TOP_FINDINGS = 20


def report_mode() -> bool:
    """True in a run of ``newslens report``: notebooks then display static HTML, not widgets."""
    return os.environ.get(REPORT_ENV, "").strip().lower() not in ("", "0", "false", "no")


def section_id(analysis_id: str) -> str:
    """The HTML id of an analysis's section (``analysis-numbers-v1``); checks look for it."""
    return "analysis-" + re.sub(r"[^a-z0-9]+", "-", analysis_id.lower()).strip("-")


@dataclass
class StaticHTML:
    """An HTML fragment that Jupyter displays as ``text/html`` (and nbconvert keeps as is)."""

    html: str
    parts: list[str] = field(default_factory=list)

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


# ----------------------------------------------------------------------------- figures


def figure_html(figure: Any, *, alt: str = "figure") -> str:
    """A matplotlib figure as an ``<img>`` with an embedded PNG (closed afterwards)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    _close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'<img class="newslens-figure" alt="{html.escape(alt)}" '
        f'src="data:image/png;base64,{data}" style="max-width:100%">'
    )


def _close(figure: Any) -> None:
    try:
        import matplotlib.pyplot as plt

        plt.close(figure)
    except Exception:  # a figure not managed by pyplot needs no closing
        pass


def displayable_html(item: Any, *, alt: str = "figure") -> str:
    """HTML for one object a plugin's ``report`` returned; unknown objects become escaped text."""
    if isinstance(item, pd.DataFrame):
        return table_html(item)
    if type(item).__module__.startswith("matplotlib") and hasattr(item, "savefig"):
        return figure_html(item, alt=alt)
    if hasattr(item, "_repr_png_"):
        png = item._repr_png_()
        if png:
            data = base64.b64encode(png if isinstance(png, bytes) else png.encode()).decode()
            return (
                f'<img class="newslens-figure" alt="{html.escape(alt)}" '
                f'src="data:image/png;base64,{data}" style="max-width:100%">'
            )
    if hasattr(item, "_repr_svg_"):
        svg = item._repr_svg_()
        if svg:
            return f'<div class="newslens-figure">{svg}</div>'
    if hasattr(item, "_repr_html_"):
        return str(item._repr_html_())
    return f"<p>{html.escape(str(item))}</p>"


def _findings_per_article_figure(analysis: Analysis, findings: pd.DataFrame, articles: Any):
    """Bar chart of the articles with the most findings: a figure every analysis gets."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    counts = findings["article_id"].value_counts().head(15)
    titles = {}
    if isinstance(articles, pd.DataFrame) and {"article_id", "title"} <= set(articles.columns):
        titles = dict(zip(articles["article_id"], articles["title"], strict=False))
    labels = [
        (str(titles.get(aid) or aid)[:48] + ("…" if len(str(titles.get(aid) or aid)) > 48 else ""))
        for aid in counts.index
    ]
    figure = Figure(figsize=(7, 0.35 * len(counts) + 1.2))
    axes = figure.subplots()
    axes.barh(range(len(counts))[::-1], counts.to_numpy(), color="#4c72b0")
    axes.set_yticks(range(len(counts))[::-1], labels, fontsize=8)
    axes.set_xlabel("findings")
    axes.set_title(f"{analysis.title or analysis.id}: articles with the most findings", fontsize=10)
    figure.tight_layout()
    return figure


# ----------------------------------------------------------------------------- plugin hook


def _candidate_modules(analysis: Analysis) -> list[ModuleType]:
    names: list[str] = []
    for function in (analysis.view, analysis.summarize, analysis.extract):
        module = getattr(function, "__module__", None)
        if module and module not in names:
            names.append(module)
    for module in list(names):
        top = module.split(".", 1)[0]
        if top not in names:
            names.append(top)
    return [sys.modules[name] for name in names if name in sys.modules]


def find_report(analysis: Analysis) -> Callable[[ViewContext], Iterable[Any]] | None:
    """The ``report(context)`` function an analysis's plugin offers, if any."""
    for module in _candidate_modules(analysis):
        function = getattr(module, "report", None)
        if callable(function):
            return function
    return None


# ----------------------------------------------------------------------------- sections


def static_section(
    analysis: Analysis,
    results: Any,
    articles: pd.DataFrame,
    *,
    top: int = TOP_FINDINGS,
    figures: bool = True,
) -> StaticHTML:
    """One analysis as a self-contained HTML section: title, description, counts, top findings,
    summary, and figures (a generic one plus whatever the plugin's ``report`` returns).

    Never shows a widget, so it renders the same in JupyterLab, in nbconvert's HTML and offline.
    """
    aid = analysis.id
    findings = results[aid] if aid in results else analysis.empty_frame()
    errors = results.errors
    errors = errors[errors["analysis"] == aid] if len(errors) else errors
    summary = results.summaries.get(aid) if hasattr(results, "summaries") else None
    n_articles = len(articles)
    with_findings = int(findings["article_id"].nunique()) if len(findings) else 0
    parts = [
        f'<section class="newslens-section" id="{section_id(aid)}" '
        f'data-analysis="{html.escape(aid)}" data-findings="{len(findings)}">',
        f"<h2>{html.escape(analysis.title or aid)} <small><code>{html.escape(aid)}</code>"
        "</small></h2>",
    ]
    if analysis.description:
        parts.append(f'<p class="newslens-description">{html.escape(analysis.description)}</p>')
    parts.append(
        f'<p class="newslens-counts">{len(findings)} finding(s) in {with_findings} of '
        f"{n_articles} article(s); {len(errors)} error(s).</p>"
    )
    if len(findings):
        shown = _with_titles(findings, articles).head(top)
        parts.append(f"<h3>Top findings (first {min(top, len(findings))})</h3>")
        parts.append(table_html(shown))
    else:
        parts.append("<p><em>No findings in this corpus.</em></p>")
    if summary is not None and len(summary):
        parts.append("<h3>Corpus summary</h3>")
        parts.append(table_html(summary, max_rows=50))
    if figures:
        parts.extend(_figures(analysis, findings, articles, results, summary))
    if len(errors):
        parts.append("<h3>Errors</h3>")
        parts.append(table_html(errors, max_rows=20))
    parts.append("</section>")
    return StaticHTML("\n".join(parts), parts)


def _with_titles(findings: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Findings with the article title beside the id, so a reader knows where each comes from."""
    if "title" in findings.columns or not {"article_id", "title"} <= set(articles.columns):
        return findings
    titles = articles.set_index("article_id")["title"]
    frame = findings.copy()
    frame.insert(1, "article_title", frame["article_id"].map(titles).fillna(""))
    return frame


def _figures(
    analysis: Analysis,
    findings: pd.DataFrame,
    articles: pd.DataFrame,
    results: Any,
    summary: pd.DataFrame | None,
) -> list[str]:
    parts: list[str] = []
    if len(findings):
        figure = _findings_per_article_figure(analysis, findings, articles)
        parts.append(figure_html(figure, alt=f"{analysis.title}: findings per article"))
    function = find_report(analysis)
    if function is None:
        return parts
    context = ViewContext(
        analysis=analysis,
        findings=findings,
        article=None,
        all_findings=findings,
        articles=articles,
        summary=summary,
    )
    try:
        items = list(function(context) or [])
        parts.extend(displayable_html(item, alt=analysis.title or analysis.id) for item in items)
    except Exception:
        parts.append(
            '<div class="newslens-error"><strong>This section\'s plugin figures failed:'
            f"</strong><pre>{html.escape(traceback.format_exc())}</pre></div>"
        )
    return parts


def overview(articles: pd.DataFrame, results: Any, *, title: str = "") -> StaticHTML:
    """The report's opening section: corpus size, sources, dates and findings per analysis."""
    parts = ['<section class="newslens-section" id="overview">']
    if title:
        parts.append(f"<h1>{html.escape(title)}</h1>")
    n = len(articles)
    sources = (
        sorted(s for s in articles["source"].dropna().unique() if s) if "source" in articles else []
    )
    dates = articles["published"].dropna() if "published" in articles else pd.Series([])
    span = (
        f"from {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
        if len(dates)
        else "with no known dates"
    )
    parts.append(
        f"<p>{n} article(s) from {len(sources)} source(s), {html.escape(span)}; "
        f"{len(results)} analysis(es) run.</p>"
    )
    if len(results):
        parts.append(table_html(results.summary()))
    else:
        parts.append(
            "<p><em>No analyses are registered: install plugins (e.g. "
            "<code>pip install -e plugins/numbers</code>) to fill this report.</em></p>"
        )
    parts.append("</section>")
    return StaticHTML("\n".join(parts), parts)


def sections(
    articles: pd.DataFrame,
    results: Any,
    analyses: Sequence[str] | None = None,
    *,
    top: int = TOP_FINDINGS,
) -> list[StaticHTML]:
    """One static section per analysis in ``results`` (or in ``analyses``, in that order)."""
    chosen = list(analyses) if analyses else list(results.analyses)
    out = []
    for aid in chosen:
        analysis = results.analyses.get(aid)
        if analysis is None:
            out.append(
                StaticHTML(
                    f'<section class="newslens-section" id="{section_id(aid)}">'
                    f"<h2>{html.escape(aid)}</h2><p><em>Not available: no plugin registers "
                    "this analysis.</em></p></section>"
                )
            )
            continue
        out.append(static_section(analysis, results, articles, top=top))
    return out


# ----------------------------------------------------------------------------- notebook helpers


def article_html(articles: pd.DataFrame, results: Any, article_id: str | None = None) -> StaticHTML:
    """One article (default: the one with the most span findings, else the longest) with every
    span highlighted: the explorer's text view, as static HTML for reports."""
    from newslens.display import highlight_html, spans_from_findings

    span_ids = [aid for aid, a in results.analyses.items() if a.has_spans and aid in results]
    if article_id is None and len(articles):
        counts = pd.concat(
            [results[aid]["article_id"] for aid in span_ids] or [pd.Series([], dtype="str")]
        ).value_counts()
        if len(counts):
            article_id = str(counts.index[0])
        else:  # nothing found anywhere: the longest article says the most about the corpus
            longest = articles["text"].fillna("").str.len().idxmax()
            article_id = str(articles.loc[longest, "article_id"])
    rows = articles[articles["article_id"] == article_id] if article_id is not None else articles
    if not len(rows):
        return StaticHTML('<section class="newslens-section" id="article"><p>No article.</p>')
    row = rows.iloc[0]
    spans = []
    for aid in span_ids:
        findings = results[aid]
        spans.extend(spans_from_findings(findings[findings["article_id"] == article_id], aid))
    legend = ", ".join(html.escape(results.analyses[aid].title or aid) for aid in span_ids)
    body = (
        '<section class="newslens-section" id="article">'
        f"<h2>{html.escape(str(row.get('title') or article_id))}</h2>"
        f"<p><small>{html.escape(str(row.get('source') or 'source unknown'))} · "
        f"{html.escape(str(article_id))}; highlighted: {legend or 'nothing'}</small></p>"
        f"{highlight_html(str(row['text']), spans)}</section>"
    )
    return StaticHTML(body)


def corpus_view(results: Any, articles: pd.DataFrame, analysis_id: str) -> Any:
    """An analysis's corpus-wide view (``view`` with ``article=None``): its widget in JupyterLab,
    its static section in report runs, a note when the analysis is not installed."""
    analysis = results.analyses.get(analysis_id)
    if analysis is None or analysis_id not in results:
        installed = ", ".join(results.analyses) or "none"
        return StaticHTML(
            f"<p><em>{html.escape(analysis_id)} is not installed (installed: "
            f"{html.escape(installed)}).</em></p>"
        )
    if report_mode() or analysis.view is None:
        return static_section(analysis, results, articles)
    findings = results[analysis_id]
    context = ViewContext(
        analysis=analysis,
        findings=findings,
        article=None,
        all_findings=findings,
        articles=articles,
        summary=results.summaries.get(analysis_id),
    )
    return analysis.view(context)


_WORD = re.compile(r"[^\W\d_]{3,}|\d+(?:[.,]\d+)*", re.UNICODE)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def claim_matches(
    results: Any, claim: str, *, prefix: str = "stance.", top: int = 20
) -> pd.DataFrame:
    """Findings of the ``prefix`` analyses (default: stance) that share words with ``claim``,
    best first: where the corpus speaks about what the analyst typed.

    The score is the share of the claim's words (3+ letters, or numbers) found in the
    finding's text; rows scoring 0 are dropped. Every other column of the finding (e.g. a
    stance label) is kept, so the stance plugin's judgement shows beside each match.
    """
    wanted = _words(claim)
    columns = ["analysis", "article_id", "score", "text"]
    frames = []
    if wanted:
        for aid, findings in results.items():
            if not aid.startswith(prefix) or "text" not in findings.columns or not len(findings):
                continue
            frame = findings.copy()
            frame.insert(0, "analysis", aid)
            frame["score"] = [
                round(len(wanted & _words(str(t))) / len(wanted), 3) for t in frame["text"]
            ]
            frames.append(frame[frame["score"] > 0])
    if not frames:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in columns})
    matches = pd.concat(frames, ignore_index=True)
    matches = matches.sort_values(
        ["score", "analysis", "article_id"], ascending=[False, True, True], kind="stable"
    )
    order = columns + [c for c in matches.columns if c not in columns]
    return matches[order].head(top).reset_index(drop=True)


CLAIMS_ID = "stance.claims.v1"


def _claim_factory(results: Any) -> Callable[[Sequence[str]], Analysis] | None:
    """The stance plugin's ``claims_analysis(claims)`` (binds claims into ``stance.claims.v1``),
    found beside the registered analysis, so the core never imports the plugin."""
    analysis = results.analyses.get(CLAIMS_ID)
    if analysis is None:
        return None
    for module in _candidate_modules(analysis):
        factory = getattr(module, "claims_analysis", None)
        if callable(factory):
            return factory
    return None


def claim_stance(
    articles: pd.DataFrame, results: Any, claim: str, *, top: int = 10
) -> pd.DataFrame:
    """How each article stands on ``claim``: the stance plugin's claim-vs-article labels
    (agree, disagree, discuss), most related first, ``unrelated`` pairs dropped.

    Without the stance plugin's ``claims_analysis``, falls back to :func:`claim_matches` (the
    stance findings sharing the claim's words), so the notebooks still answer something.
    """
    factory = _claim_factory(results)
    if factory is None or not claim.strip():
        return claim_matches(results, claim, top=top)
    from newslens.runner import analyze

    findings = analyze(articles, [factory([claim])], progress=False)[CLAIMS_ID]
    related = findings[findings["label"].astype(str) != "unrelated"] if len(findings) else findings
    titles = articles.set_index("article_id")["title"]
    related = related.assign(title=related["article_id"].map(titles).fillna(""))
    order = [c for c in ("relatedness", "score") if c in related.columns]
    if order:
        related = related.sort_values(order, ascending=False, kind="stable")
    columns = ["article_id", "title", "label", "score", "relatedness", "evidence"]
    return related[[c for c in columns if c in related.columns]].head(top).reset_index(drop=True)


def claims_section(
    results: Any, claims: Sequence[str], *, articles: pd.DataFrame | None = None, top: int = 10
) -> StaticHTML:
    """For each claim typed in: how the articles stand on it (static HTML)."""
    parts = ['<section class="newslens-section" id="claims"><h2>Claims checked</h2>']
    if not any(aid.startswith("stance.") for aid in results):
        parts.append("<p><em>The stance analyses are not installed.</em></p>")
    for claim in claims:
        parts.append(f"<h3>“{html.escape(claim)}”</h3>")
        if articles is not None:
            matches = claim_stance(articles, results, claim, top=top)
        else:
            matches = claim_matches(results, claim, top=top)
        parts.append(
            table_html(matches) if len(matches) else "<p><em>No article speaks about it.</em></p>"
        )
    parts.append("</section>")
    return StaticHTML("\n".join(parts))


def claim_box(
    results: Any, claims: Sequence[str] = (), articles: pd.DataFrame | None = None
) -> Any:
    """A text box: type a claim, press Enter, see how the articles stand on it (a widget; in
    report runs the static :func:`claims_section` for ``claims`` instead)."""
    if report_mode():
        return claims_section(results, claims, articles=articles)
    import ipywidgets as widgets

    box = widgets.Text(
        value=claims[0] if claims else "",
        placeholder="type a claim, press Enter",
        description="Claim",
        continuous_update=False,
        layout=widgets.Layout(width="60%"),
    )
    table = widgets.HTML()

    def update(change: Any = None) -> None:
        table.value = "<em>checking…</em>"
        try:
            if articles is not None:
                matches = claim_stance(articles, results, box.value)
            else:
                matches = claim_matches(results, box.value)
            table.value = (
                table_html(matches) if len(matches) else "<em>No article speaks about it.</em>"
            )
        except Exception:
            table.value = f"<pre>{html.escape(traceback.format_exc())}</pre>"

    box.observe(update, names="value")
    update()
    return widgets.VBox([box, table])
