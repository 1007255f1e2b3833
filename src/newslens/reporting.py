"""Static report sections: the same results as the explorer, as HTML a reader opens anywhere.

Why a separate path from the widgets: an HTML export of ipywidgets needs the widget manager's
JavaScript and shows nothing offline, and a report reader never runs a kernel. So in report
runs (``NEWSLENS_REPORT=1``, set by ``newslens report``) notebooks display these objects
instead: escaped HTML tables for people (:mod:`newslens.report_tables`) and figures (SVG, or
a plugin's PNG) embedded as ``data:`` URIs, so the exported file makes no request at all.

Plugins add to a report through declared API only: an analysis's ``report(context) -> list``
(:attr:`newslens.Analysis.report`) gives the figures and tables of its own section, and the
``newslens_register_report_sections`` hook adds sections of their own (a claim checker), shown
by :func:`plugin_sections`. Both return displayable objects (matplotlib figures, objects with
``_repr_png_``/``_repr_svg_``/``_repr_html_``, data frames, or plain strings, which are
escaped). One that raises becomes a visible note in its place; the rest of the report is
still written. The core knows no plugin by name.
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
import traceback
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from newslens.analysis import Analysis, ViewContext
from newslens.assembly import articles_in
from newslens.report_tables import REPORT_CSS, people_table
from newslens.report_tables import counted_values as counted_values  # for plugins' reports

#: Environment variable that switches notebooks from widgets to static output.
REPORT_ENV = "NEWSLENS_REPORT"

#: Rows of findings shown per section (the full frames live in the executed notebook).
TOP_FINDINGS = 20
#: Rows of the load report listed one by one (the full list: ``newslens.load_report``).
LOAD_ROWS = 10


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
    """A matplotlib figure as an ``<img>`` holding an embedded SVG (closed afterwards).

    Why SVG with text kept as text (``svg.fonttype: none``): rasterising glyphs and encoding
    PNGs was half of a report's figure time; vector figures print sharp at any size; the
    reader's browser draws letters the bundled font lacks (an article in Hindi or Chinese)
    instead of boxes. Inside an ``<img>`` the SVG is inert (no script, no request).
    """
    import matplotlib

    buffer = io.BytesIO()
    # A figure with a layout engine already fits its labels; "tight" would draw it twice.
    laid_out = getattr(figure, "get_layout_engine", lambda: None)() is not None
    with (
        matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newslens"}),
        quiet_glyphs(),
    ):
        figure.savefig(
            buffer,
            format="svg",
            bbox_inches=None if laid_out else "tight",
            metadata={"Date": None},  # the same figure gives the same bytes
        )
    _close(figure)
    return _embedded_image("image/svg+xml", buffer.getvalue(), alt)


def _embedded_image(mime: str, data: bytes, alt: str) -> str:
    """An ``<img>`` holding ``data`` as a ``data:`` URI: the report makes no request."""
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'<img class="newslens-figure" alt="{html.escape(alt)}" '
        f'src="data:{mime};base64,{encoded}" style="max-width:100%">'
    )


@contextmanager
def quiet_glyphs() -> Iterator[None]:
    """Silence matplotlib's "Glyph ... missing from font(s)" (and a date axis's fallback
    notice) while a figure is drawn: a
    title in a script the font lacks is expected, and a warning per letter in a report is
    noise (in an SVG the browser draws those letters from its own fonts). Plugins drawing
    their own images use it too."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        # a date axis of an odd span falls back to another tick interval: the figure is
        # right, and a reader has no use for the warning (it printed into the report)
        warnings.filterwarnings(
            "ignore", message=r"AutoDateLocator was unable to pick", category=UserWarning
        )
        yield


def _close(figure: Any) -> None:
    try:
        import matplotlib.pyplot as plt

        plt.close(figure)
    except Exception:  # a figure not managed by pyplot needs no closing
        pass


def displayable_html(item: Any, *, alt: str = "figure", articles: Any = None) -> str:
    """HTML for one object a plugin's ``report`` returned; unknown objects become escaped text.
    A frame with an ``article_id`` column shows each article's title, outlet and date (from
    ``articles``) instead of the id."""
    if isinstance(item, pd.DataFrame):
        return people_table(
            item, articles if isinstance(articles, pd.DataFrame) else None, max_rows=30
        )
    if type(item).__module__.startswith("matplotlib") and hasattr(item, "savefig"):
        return figure_html(item, alt=alt)
    if hasattr(item, "_repr_png_"):
        png = item._repr_png_()
        if png:
            data = png if isinstance(png, bytes) else png.encode()
            return _embedded_image("image/png", data, alt)
    if hasattr(item, "_repr_svg_"):
        svg = item._repr_svg_()
        if svg:
            return f'<div class="newslens-figure">{svg}</div>'
    if hasattr(item, "_repr_html_"):
        return str(item._repr_html_())
    return f"<p>{html.escape(str(item))}</p>"


def stacked_bars(
    table: pd.DataFrame,
    colours: Mapping[str, str],
    *,
    labels: Sequence[str],
    title: str,
    xlabel: str,
) -> Any:
    """Horizontal stacked bars for a report: one bar per row of ``table`` (the first on top,
    labelled by ``labels``), one stack per key of ``colours`` in its order (a column the table
    lacks counts 0), the legend below the bars in one row (inside the axes it covered a
    one-bar figure)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 0.35 * len(table) + 1.8), layout="constrained")
    axes = figure.subplots()
    rows = list(range(len(table)))[::-1]
    left = pd.Series(0.0, index=table.index)
    for name, colour in colours.items():
        values = table[name].astype(float) if name in table else left * 0
        axes.barh(rows, values, left=left, color=colour, label=name)
        left = left + values
    axes.set_yticks(rows, list(labels), fontsize=8)
    axes.set_xlabel(xlabel)
    axes.set_title(title, fontsize=10)
    handles, names = axes.get_legend_handles_labels()
    figure.legend(handles, names, loc="outside lower center", ncol=len(colours), fontsize=8,
                  frameon=False)  # fmt: skip
    return figure


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
    figure = Figure(figsize=(7, 0.35 * len(counts) + 1.2), layout="tight")
    axes = figure.subplots()
    axes.barh(range(len(counts))[::-1], counts.to_numpy(), color="#4c72b0")
    axes.set_yticks(range(len(counts))[::-1], labels, fontsize=8)
    axes.set_xlabel("findings")
    axes.set_title(f"{analysis.title or analysis.id}: articles with the most findings", fontsize=10)
    return figure


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
    keyed = "article_id" in findings.columns  # a corpus-level frame may have no article key
    with_findings = articles_in(findings) if keyed else 0
    # data-findings (what the report check counts figures against) marks article findings
    counted = f' data-findings="{len(findings)}"' if keyed else ""
    parts = [
        f'<section class="newslens-section" id="{section_id(aid)}" '
        f'data-analysis="{html.escape(aid)}"{counted}>',
        f"<h2>{html.escape(analysis.title or aid)} <small><code>{html.escape(aid)}</code>"
        "</small></h2>",
    ]
    if analysis.description:
        parts.append(f'<p class="newslens-description">{html.escape(analysis.description)}</p>')
    where = f"in {with_findings} of {n_articles} article(s)" if keyed else "across the corpus"
    parts.append(
        f'<p class="newslens-counts">{len(findings)} finding(s) {where}; '
        f"{len(errors)} error(s).</p>"
    )
    if len(findings):
        parts.append(f"<h3>First findings ({min(top, len(findings))} of {len(findings):,})</h3>")
        chosen = [c for c in analysis.report_columns if c in findings.columns]
        if chosen and keyed and articles is not None:
            chosen = ["article", "outlet", "date", *chosen]
        shown = findings
        if analysis.report_rows is not None:
            try:
                shown = analysis.report_rows(findings)
            except Exception as exc:  # a plugin's bug must not sink the section
                parts.append(
                    f'<p class="newslens-error">report_rows failed ({html.escape(repr(exc))}): '
                    "the frame's first rows follow.</p>"
                )
        parts.append(people_table(shown, articles, max_rows=top, columns=chosen or None))
    else:
        parts.append('<p class="newslens-empty">No findings in this corpus.</p>')
    if summary is not None and len(summary) and analysis.report is None:
        # an analysis with its own ``report`` chooses what of its summary a reader sees
        parts.append("<h3>Across the corpus</h3>")
        parts.append(people_table(summary, articles, max_rows=15))
    if figures:
        parts.extend(_figures(analysis, findings, articles, results, summary))
    if len(errors):
        parts.append("<h3>Errors</h3>")
        parts.append(people_table(errors, articles, max_rows=20))
    parts.append("</section>")
    return StaticHTML("\n".join(parts), parts)


def _figures(
    analysis: Analysis,
    findings: pd.DataFrame,
    articles: pd.DataFrame,
    results: Any,
    summary: pd.DataFrame | None,
) -> list[str]:
    """The analysis's own figures; the generic "articles with the most findings" chart only
    for an analysis with none (one figure per idea, not the same chart in every section)."""
    parts: list[str] = []
    function = analysis.report
    if function is None:
        if len(findings) and "article_id" in findings.columns:
            figure = _findings_per_article_figure(analysis, findings, articles)
            parts.append(figure_html(figure, alt=f"{analysis.title}: findings per article"))
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
        parts.extend(
            displayable_html(item, alt=analysis.title or analysis.id, articles=articles)
            for item in items
        )
    except Exception:
        parts.append(_failure("This section's plugin figures failed"))
    return parts


class EmptyCorpusError(RuntimeError):
    """A report's corpus loaded no article: the report would say nothing, so it fails."""


def corpus_title(corpus: Any) -> str:
    """A report's title from its corpus parameter: the path (or paths) it names, or the
    bundled sample."""
    if corpus is None:
        return "newslens report: the bundled sample"
    items = corpus if isinstance(corpus, (list, tuple)) else [corpus]
    names = [str(item) for item in items if isinstance(item, (str, os.PathLike))]
    return "newslens report: " + (", ".join(names) if names else f"{len(items)} source(s)")


def require_articles(articles: pd.DataFrame, corpus: Any, allow_empty: bool = False) -> None:
    """Stop a report whose corpus loaded nothing, with the load report's causes (unless
    ``allow_empty``): an empty report that exits 0 looks like a quiet week."""
    if len(articles) or allow_empty:
        return
    from newslens.loading import load_report

    report = load_report(articles)
    causes = "; ".join(
        f"{row['path']}: {row['cause']}" for row in report.head(5).to_dict("records")
    )
    raise EmptyCorpusError(
        f"the corpus {corpus!r} loaded no article ({causes or 'no file matched'}). Paths "
        "resolve from the directory newslens report runs in; pass allow_empty to report "
        "an empty corpus anyway."
    )


class StoreMismatchError(ValueError):
    """The store given to a report holds articles its corpus does not."""


def report_results(
    articles: pd.DataFrame,
    analyses: Sequence[str] | None = None,
    *,
    workers: int | None = None,
    store: str | Path | None = None,
    plugin_manager: Any = None,
) -> Any:
    """The results a report shows: computed now, or kept in ``store``.

    ``store`` is a DuckDB file as ``newslens analyze --store`` writes it: findings are read
    from it and only articles that are new or changed (or whose analysis changed version)
    are computed, then kept there. Why: the main job analyses the corpus and then writes its
    report; with one store the report does not compute everything a second time, and
    regenerating a report after editing its notebook costs no analysis at all.

    The store must be this corpus's: one that also holds other articles would put them in
    the report, so that stops with :class:`StoreMismatchError` (delete the file, or point
    to this corpus's store).
    """
    if store is None:
        from newslens.runner import analyze

        return analyze(
            articles, analyses, progress=False, workers=workers, plugin_manager=plugin_manager
        )
    from newslens.store import Store

    with Store(store) as db:
        stored = db.sql("select article_id from articles")["article_id"]
        others = set(stored) - set(articles["article_id"])
        if others:
            raise StoreMismatchError(
                f"the store {str(store)!r} holds {len(others)} article(s) that this corpus "
                f"does not (e.g. {sorted(others)[:3]}): it belongs to another corpus, or "
                "articles were removed since. Delete it (it is rebuilt), or give this "
                "corpus's own store."
            )
        db.analyze(
            articles, analyses, workers=workers, progress=False, plugin_manager=plugin_manager
        )
        return db.results(analyses, plugin_manager=plugin_manager)


def _silent_notes(summary: pd.DataFrame, articles: pd.DataFrame, results: Any) -> list[str]:
    """Why an analysis found nothing, where the corpus says why: it reads article fields
    beyond the core ones (``stance.claims.v1`` reads ``claims``) and no article has one. Why: a
    row of zeros otherwise reads as a failure, when the analysis was only given nothing to do."""
    from newslens.schema import CORE_COLUMNS

    analyses = getattr(results, "analyses", {}) or {}
    notes = []
    for row in summary.itertuples():
        analysis = analyses.get(str(row.analysis))
        extra = [f for f in getattr(analysis, "reads", ()) if f not in CORE_COLUMNS]
        given = [f for f in extra if f in articles and articles[f].notna().any()]
        silent = row.findings == 0 and row.errors == 0
        notes.append(
            f"no article has a field it reads ({', '.join(extra)})"
            if silent and extra and not given
            else ""
        )
    return notes


def overview(articles: pd.DataFrame, results: Any, *, title: str = "") -> StaticHTML:
    """The report's opening section: corpus size, sources, dates, findings per analysis, and
    what could not be loaded or analysed (the load report and the run's error rows)."""
    from newslens.loading import load_report

    parts = [f"<style>{REPORT_CSS}</style>", '<section class="newslens-section" id="overview">']
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
        summary = results.summary()
        notes = _silent_notes(summary, articles, results)
        if any(notes):
            summary = summary.assign(note=notes)
        parts.append(people_table(summary, max_rows=50))
    else:
        parts.append(
            "<p><em>No analyses are registered: install plugins (e.g. "
            "<code>pip install -e plugins/numbers</code>) to fill this report.</em></p>"
        )
    parts.append('<h3 id="load-report">What could not be loaded</h3>')
    report = load_report(articles)
    if len(report):
        levels = report["level"].value_counts()
        said = [
            f"{int(levels.get(level, 0))} {what}"
            for level, what in (
                ("error", "file(s) or record(s) not loaded"),
                ("warning", "loaded with a warning"),
                ("info", "other file(s) in the folders skipped (a README, a licence)"),
            )
            if level == "error" or levels.get(level, 0)
        ]
        parts.append(f"<p>{html.escape(', '.join(said))}:</p>")
        if len(report) > LOAD_ROWS:  # per file first: sixty briefs of one archive are one line
            per_file = report.groupby(["path", "level"], as_index=False, sort=False).size()
            parts.append(people_table(per_file.rename(columns={"size": "records"}), max_rows=20))
            parts.append(f"<p>The first {LOAD_ROWS}:</p>")
        parts.append(people_table(report, max_rows=LOAD_ROWS, keep=("path", "line")))
    else:
        parts.append("<p>Everything given was loaded.</p>")
    parts.append('<h3 id="run-errors">What could not be analysed</h3>')
    errors = getattr(results, "errors", None)
    if errors is not None and len(errors):
        per = errors.groupby(["analysis", "error_type"], as_index=False).size()
        parts.append(
            f"<p>{len(errors)} error row(s): an analysis failed on an article (or on the "
            "corpus) and the run went on.</p>"
        )
        parts.append(people_table(per.rename(columns={"size": "errors"}), max_rows=50))
        parts.append(people_table(errors, articles, max_rows=20))
    else:
        parts.append("<p>Every analysis ran on every article without an error.</p>")
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


#: A highlighted article longer than this is cut at a paragraph end: a report is not a reader.
ARTICLE_CHARACTERS = 5_000


def article_html(articles: pd.DataFrame, results: Any, article_id: str | None = None) -> StaticHTML:
    """One article with every span highlighted: the explorer's text view, as static HTML for
    reports. By default the article with the most span findings among those short enough to
    show whole (else the one with the most, cut after :data:`ARTICLE_CHARACTERS` characters at
    a paragraph end, saying so); without findings, the longest."""
    from newslens.display import highlight_html, legend_html, spans_from_findings
    from newslens.report_tables import date_text

    span_ids = [aid for aid, a in results.analyses.items() if a.has_spans and aid in results]
    if article_id is None and len(articles):
        counts = pd.concat(
            [results[aid]["article_id"] for aid in span_ids] or [pd.Series([], dtype="str")]
        ).value_counts()
        if len(counts):
            lengths = articles.set_index("article_id")["text"].str.len()
            short = [a for a in counts.index if lengths.get(a, 0) <= ARTICLE_CHARACTERS]
            article_id = str(short[0] if short else counts.index[0])
        else:  # nothing found anywhere: the longest article says the most about the corpus
            longest = articles["text"].fillna("").str.len().idxmax()
            article_id = str(articles.loc[longest, "article_id"])
    rows = articles[articles["article_id"] == article_id] if article_id is not None else articles
    if not len(rows):
        return StaticHTML('<section class="newslens-section" id="article"><p>No article.</p>')
    row = rows.iloc[0]
    text = str(row["text"])
    cut = len(text)
    if cut > ARTICLE_CHARACTERS:
        paragraph = text.rfind("\n", 0, ARTICLE_CHARACTERS)
        cut = paragraph if paragraph > ARTICLE_CHARACTERS // 2 else ARTICLE_CHARACTERS
    spans = []
    for aid in span_ids:
        findings = results[aid]
        mine = findings[(findings["article_id"] == article_id) & (findings["end"] <= cut)]
        spans.extend(spans_from_findings(mine, aid))
    shown = dict.fromkeys(span.key for span in spans)
    legend = (
        legend_html((aid, results.analyses[aid].title or aid) for aid in span_ids if aid in shown)
        if shown
        else "<p><small>Nothing found in this article.</small></p>"
    )
    rest = (
        f'<p class="newslens-more">and {len(text) - cut:,} more characters, not shown</p>'
        if cut < len(text)
        else ""
    )
    body = (
        '<section class="newslens-section" id="article">'
        f"<h2>{html.escape(str(row.get('title') or article_id))}</h2>"
        f"<p><small>{html.escape(str(row.get('source') or 'source unknown'))} · "
        f"{html.escape(date_text(row.get('published')) or 'date unknown')}</small></p>"
        f"{legend}{highlight_html(text[:cut], spans)}{rest}</section>"
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


# ----------------------------------------------------------------------------- plugin sections


def _section_html(section: Any, body: list[str]) -> StaticHTML:
    anchor = "section-" + re.sub(r"[^a-z0-9]+", "-", section.id.lower()).strip("-")
    ident = html.escape(section.id)
    parts = [
        f'<section class="newslens-section" id="{anchor}" data-section="{ident}">',
        f"<h2>{html.escape(section.title)}</h2>",
        *body,
        "</section>",
    ]
    return StaticHTML("\n".join(parts), parts)


def plugin_sections(
    articles: pd.DataFrame,
    results: Any,
    options: Mapping[str, Any] | None = None,
    *,
    plugin_manager: Any = None,
    lead: bool | None = None,
) -> list[Any]:
    """The sections plugins register (``newslens_register_report_sections``), in order: static
    HTML in report runs (or when a section has no widget), the section's widget in JupyterLab.

    :param options: the report's parameters the sections may read (e.g. ``{"claims": [...]}``).
    :param lead: ``True``: only the sections that open a report (negative ``order``, e.g. the
        stories); ``False``: only the others, shown after the analyses; ``None``: all.
    """
    from newslens.manager import get_plugin_manager
    from newslens.registry import ReportContext

    pm = plugin_manager or get_plugin_manager()
    context = ReportContext(articles=articles, results=results, options=dict(options or {}))
    out: list[Any] = []
    for section in pm.report_sections().ordered():
        if lead is not None and (section.order < 0) != lead:
            continue
        missing = [n for n in section.needs if n not in results]
        if missing:
            note = f"Not available: needs {', '.join(missing)}, which this run does not have."
            out.append(_section_html(section, [f"<p><em>{html.escape(note)}</em></p>"]))
            continue
        if section.widget is not None and not report_mode():
            try:
                out.append(section.widget(context))
                continue
            except Exception:
                out.append(_section_html(section, [_failure("This section failed")]))
                continue
        try:
            items = list(section.render(context) or [])
            body = [displayable_html(item, alt=section.title) for item in items]
        except Exception:
            body = [_failure("This section failed")]
        out.append(_section_html(section, body))
    return out


def _failure(what: str) -> str:
    return (
        f'<div class="newslens-error"><strong>{html.escape(what)}:</strong>'
        f"<pre>{html.escape(traceback.format_exc())}</pre></div>"
    )
