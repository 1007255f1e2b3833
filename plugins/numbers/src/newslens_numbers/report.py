"""The numbers section of the offline report: what a reader of the corpus asks of its figures.

One figure and two tables, from the frames the runner returned (nothing is extracted here):

- **figures per article, by outlet and kind**: how much of each outlet's coverage is counts,
  measures, money and percentages (an outlet that reports a story in figures, one that does
  not);
- **the quantities reported most**: one row per compared key (a counted noun, a measure's
  dimension, a currency, percent) with how many articles and outlets report it and the lowest
  and highest value. Not a verdict: across a whole corpus the same key belongs to many events
  ("people" in a fire and in an election), so whether outlets *disagree* is asked per story,
  in the report's Stories section (``story.figures.v1``);
- **conversions checked**: every pair such as "1,500km (930 miles)", how many agree, and the
  ones that do not, with their deviation, for a fact-checker to read first.

The summary's per-article rows (one per key and article, with title, outlet and date) serve
the explorer; a report table with one row per article and key repeated the key-level columns on
every row and ran to twenty columns.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from newslens import ViewContext
from newslens_numbers.summary import summarize

#: Rows of the quantities table.
TOP_KEYS = 15
#: Outlets in the figure (those with the most articles).
TOP_OUTLETS = 12
KIND_ORDER = ("count", "measure", "money", "percent", "ordinal")
#: The view's colours (``newslens_numbers.view.KIND_COLOURS``) made darker for print.
KIND_COLOURS = {
    "count": "#c9a400",
    "measure": "#3b8fd0",
    "money": "#3a9a4e",
    "percent": "#d0587e",
    "ordinal": "#9a9a9a",
}
#: Mismatched conversions listed.
TOP_MISMATCHES = 15


def report(context: ViewContext) -> list[Any]:
    """Lines of text and frames for the report's numbers section."""
    findings = context.all_findings
    if findings is None or not len(findings):
        return ["No figure in this corpus."]
    summary = context.summary
    if summary is None:
        summary = summarize(findings, context.articles)
    items: list[Any] = []
    figure = figures_by_outlet(findings, context.articles)
    if figure is not None:
        items.append(figure)
    quantities = reported_most(summary)
    if len(quantities):
        items += [
            "The quantities reported most (whether the outlets of one story disagree on a "
            "figure is in the Stories section: across a corpus one key spans many events):",
            quantities,
        ]
    items += conversions(findings)
    return items


def figures_by_outlet(
    findings: pd.DataFrame, articles: pd.DataFrame | None, top: int = TOP_OUTLETS
) -> Any:
    """Stacked bars: figures per article for each outlet, by kind (numbers inside names left
    out); ``None`` when the corpus has no outlet column or no figure."""
    if articles is None or "source" not in articles or "kind" not in findings:
        return None
    figures = findings[findings["kind"].isin(KIND_ORDER)]
    if not len(figures):
        return None
    outlet = articles.set_index("article_id")["source"].fillna("").astype(str)
    outlet = outlet.where(outlet != "", "(no outlet)")
    per_outlet = outlet.value_counts().head(top)
    counts = (
        figures.assign(outlet=figures["article_id"].map(outlet))
        .groupby(["outlet", "kind"])
        .size()
        .unstack(fill_value=0)
        .reindex(index=per_outlet.index, columns=list(KIND_ORDER), fill_value=0)
    )
    rate = counts.div(per_outlet, axis=0)
    from newslens.reporting import stacked_bars

    return stacked_bars(
        rate,
        {kind: KIND_COLOURS[kind] for kind in KIND_ORDER},
        labels=[f"{name[:32]} ({per_outlet[name]:,})" for name in rate.index],
        title="Figures per article by outlet (articles), by kind",
        xlabel="figures per article",
    )


def reported_most(summary: pd.DataFrame, top: int = TOP_KEYS) -> pd.DataFrame:
    """One row per compared key, the most widely reported first."""
    if summary is None or not len(summary):
        return pd.DataFrame()
    # articles, sources: key-level on every row; value_min/max: the row's article's own
    keys = summary.groupby("key", sort=False).agg(
        kind=("kind", "first"),
        unit=("unit", "first"),
        articles=("articles", "first"),
        outlets=("sources", "first"),
        lowest=("value_min", "min"),
        highest=("value_max", "max"),
    )
    table = pd.DataFrame(
        {
            "quantity": keys.index.astype(str),
            "kind": keys["kind"].astype(str).to_numpy(),
            "unit": keys["unit"].fillna("").astype(str).to_numpy(),
            "articles": keys["articles"].astype("int64").to_numpy(),
            "outlets": keys["outlets"].astype("int64").to_numpy(),
            "lowest": keys["lowest"].astype("float64").to_numpy(),
            "highest": keys["highest"].astype("float64").to_numpy(),
        }
    )
    table = table.sort_values(["articles", "quantity"], ascending=[False, True], kind="stable")
    return table.head(top).reset_index(drop=True)


def conversions(findings: pd.DataFrame, top: int = TOP_MISMATCHES) -> list[Any]:
    """The checked pairs ("1,500km (930 miles)"): a count, and the mismatched ones."""
    if "consistency" not in findings or "same_as" not in findings:
        return []
    checked = findings[findings["consistency"].isin(["consistent", "mismatch"])]
    second = checked[checked["same_as"].notna()]  # a pair's verdict sits on both members
    second = second[pd.to_numeric(second["same_as"]) < second["n"]]
    if not len(second):
        return ["No conversion (a figure restated in another unit) to check in this corpus."]
    bad = second[second["consistency"] == "mismatch"]
    line = (
        f"Conversions checked: {len(second):,} pair(s) of one measure in two units, "
        f"{len(second) - len(bad):,} consistent, {len(bad):,} mismatched."
    )
    if not len(bad):
        return [line]
    first = findings.set_index(["article_id", "n"])["text"]
    stated = [
        first.get((article, int(same)), "")
        for article, same in zip(bad["article_id"], bad["same_as"], strict=True)
    ]
    table = pd.DataFrame(
        {
            "article_id": bad["article_id"].to_numpy(),
            "stated": stated,
            "converted": bad["text"].astype(str).to_numpy(),
            "deviation %": (100 * bad["deviation"].astype("float64")).round(1).to_numpy(),
        }
    )
    return [line + " The mismatched ones:", table.head(top)]
