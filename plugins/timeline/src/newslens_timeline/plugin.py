"""Registers ``timeline.v1`` through the public hook, exactly as a third-party plugin would.

Besides the analysis, this module offers ``report(context)`` (the analysis's ``report``), the
static figures that ``newslens report`` embeds: the corpus timeline, the periods mentioned
most, and the timeline of the article with the most dated expressions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newslens import Analysis, Article, hookimpl
from newslens_timeline.extract import COLUMNS, extract
from newslens_timeline.summary import dated, summarize

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets

    from newslens import ViewContext
    from newslens.registry import AnalysisRegistry


def view(context: ViewContext) -> ipywidgets.Widget:
    """Lazy trampoline: ipywidgets and matplotlib are imported only when a view is built."""
    from newslens_timeline.view import view as build

    return build(context)


def report(context: ViewContext) -> list[Any]:
    """Static figures and tables for the offline report: the corpus timeline, the periods
    mentioned most, and the timeline of the article with the most dated expressions. The
    figures go back as matplotlib figures: the report draws them (as SVG, glyph warnings
    silenced)."""
    try:
        from newslens_timeline.plots import article_timeline, corpus_timeline
    except ImportError:  # matplotlib is the 'plots' extra
        return ["The timeline figures need matplotlib: pip install 'newslens-timeline[plots]'."]
    findings = context.all_findings
    articles = context.articles
    rows = dated(findings) if findings is not None and len(findings) else None
    if rows is None or not len(rows):
        return ["No expression with a calendar date in this corpus: no timeline to draw."]
    items: list[Any] = [
        "Dates mentioned against publication dates: below the dashed diagonal the press looks "
        "back, above it looks ahead.",
        corpus_timeline(findings, articles),
    ]
    summary = context.summary if context.summary is not None else summarize(findings, articles)
    if len(summary):
        top = summary.sort_values(["mentions", "period"], ascending=[False, True], kind="stable")
        items += ["The periods mentioned most:", top.head(10).reset_index(drop=True)]
    article_id = str(rows["article_id"].value_counts().index[0])
    match = articles[articles["article_id"].astype(str) == article_id]
    article = Article.from_row(match.iloc[0].to_dict()) if len(match) else None
    mine = findings[findings["article_id"].astype(str) == article_id]
    title = (article.title if article else "") or article_id
    items += [
        f"The article with the most dated expressions: {title}",
        article_timeline(mine, article),
    ]
    return items


TIMELINE = Analysis(
    id="timeline.v1",
    title="Timeline",
    extract=extract,
    columns=COLUMNS,
    requires=("published",),
    summarize=summarize,
    view=view,
    report=report,
    report_columns=(
        "text",
        "type",
        "value",
        "mod",
        "freq",
        "date_start",
        "date_end",
        "sentence_text",
    ),
    # part of every cache key: bump it when the same columns change meaning or values
    # ("2": `sentence` is the index into the core's sentence split, its text `sentence_text`);
    # the registry joins the plugin's version to it, so a new column (0.9.56: `freq`) redoes
    # stored results without a bump here
    version="2",
    description=(
        "Temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) normalised against "
        "the publication date: '30 September' is 2015-09-30, 'last week' 2015-W40, 'a week' "
        "P1W, with date bounds and the sentence they date. Impossible dates are reported as "
        "invalid. The summary counts mentions per period (month, or day for a short corpus); "
        "the view plots an article's dates and the corpus's dates against publication dates."
    ),
)


@hookimpl
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    """Add ``timeline.v1``."""
    registry.add(TIMELINE)
