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
    from newslens.reporting import stacked_bars

    labels = [
        f"{str(p)[:36]} ({n:,})" for p, n in zip(parties["party"], parties["articles"], strict=True)
    ]
    return stacked_bars(
        parties,
        {stance: STANCE_COLOURS[stance] for stance in STANCE_ORDER},
        labels=labels,
        title="The parties quoted in the most articles (articles), by stance",
        xlabel="attributions",
    )
