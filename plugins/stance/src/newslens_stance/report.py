"""The attributions section of the offline report: who is quoted most, and how.

One figure and one table, from the frames the runner returned (nothing is extracted here):
the parties quoted in the most articles, each as a bar split by stance (assert, report, hedge,
dispute, deny), so the parties that deny and dispute stand out; and the same parties as a
table. The generic "articles with the most findings" chart said which articles quote most,
which a reader rarely asks.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from newslens import ViewContext

#: Parties in the figure and the table.
TOP_PARTIES = 15
STANCE_ORDER = ("assert", "report", "hedge", "dispute", "deny")
STANCE_COLOURS = {
    "assert": "#4c72b0",
    "report": "#8fb3d9",
    "hedge": "#c9a400",
    "dispute": "#dd8452",
    "deny": "#c44e52",
}


def report(context: ViewContext) -> list[Any]:
    """Lines of text, a figure and a table for the report's attributions section."""
    summary = context.summary
    if summary is None:
        from newslens_stance.plugin import summarize_attributions

        summary = summarize_attributions(context.all_findings, context.articles)
    if summary is None or not len(summary):
        return ["No named party is quoted in this corpus."]
    parties = summary.sort_values(
        ["articles", "attributions", "party"], ascending=[False, False, True], kind="stable"
    ).head(TOP_PARTIES)
    return [
        stances_by_party(parties),
        f"The parties quoted in the most articles ({len(summary):,} parties in all):",
        parties.reset_index(drop=True),
    ]


def stances_by_party(parties: pd.DataFrame) -> Any:
    """Stacked bars: each party's attributions by stance, the most quoted party on top."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 0.32 * len(parties) + 1.6), layout="constrained")
    axes = figure.subplots()
    rows = list(range(len(parties)))[::-1]
    left = pd.Series(0.0, index=parties.index)
    for stance in STANCE_ORDER:
        counts = parties[stance].astype(float) if stance in parties else left * 0
        axes.barh(rows, counts, left=left, color=STANCE_COLOURS[stance], label=stance)
        left = left + counts
    labels = [
        f"{str(p)[:36]} ({n:,})" for p, n in zip(parties["party"], parties["articles"], strict=True)
    ]
    axes.set_yticks(rows, labels, fontsize=8)
    axes.set_xlabel("attributions")
    axes.set_title("The parties quoted in the most articles (articles), by stance", fontsize=10)
    handles, names = axes.get_legend_handles_labels()
    figure.legend(handles, names, loc="outside lower center", ncol=len(STANCE_ORDER), fontsize=8,
                  frameon=False)  # fmt: skip
    return figure
