"""The "claims checked" report section: type a claim, see how the articles stand on it.

Registered through ``newslens_register_report_sections`` (the core knows nothing of it): in a
static report it shows, for each claim in the report's ``claims`` option, the articles that
agree, disagree or discuss it (the ``stance.claims.v1`` model run on the corpus); in
JupyterLab it is a text box. Without a claim it says in one line how to give one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from newslens import Analysis
from newslens.registry import ReportContext, ReportSection

_WORD = re.compile(r"[^\W\d_]{3,}|\d+(?:[.,]\d+)*", re.UNICODE)

NO_CLAIM = (
    "No claim was given. Pass claims to the report "
    "(newslens report notebooks/report.ipynb -p \"claims=['Russia fired missiles']\") or type "
    "one in the explorer's claim box."
)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def claim_matches(results: Any, claim: str, *, top: int = 20) -> pd.DataFrame:
    """Stance findings that share words with ``claim``, best first: where the corpus speaks
    about what the analyst typed (the fallback when the claims model cannot run).

    The score is the share of the claim's words (3+ letters, or numbers) found in the
    finding's text; rows scoring 0 are dropped. Every other column of the finding (e.g. a
    stance label) is kept, so the plugin's judgement shows beside each match.
    """
    wanted = _words(claim)
    columns = ["analysis", "article_id", "score", "text"]
    frames = []
    if wanted:
        for aid, findings in results.items():
            if not aid.startswith("stance.") or "text" not in findings.columns:
                continue
            if not len(findings):
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


#: Articles checked per step of the claim box (between two steps it can be cancelled).
STEP = 25


def claim_findings(
    articles: pd.DataFrame,
    claim: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> pd.DataFrame:
    """The claims model's rows for ``claim`` against every article, :data:`STEP` articles at a
    time so a caller can show progress and stop (``cancelled()`` true: InterruptedError)."""
    from newslens import analyze
    from newslens_stance.plugin import CLAIMS_ID, claims_analysis

    analysis: Analysis = claims_analysis([claim])
    parts = []
    for begin in range(0, len(articles), STEP):
        if cancelled is not None and cancelled():
            raise InterruptedError("claim check cancelled")
        chunk = articles.iloc[begin : begin + STEP]
        parts.append(analyze(chunk, [analysis], progress=False)[CLAIMS_ID])
        if progress is not None:
            progress(min(begin + STEP, len(articles)), len(articles))
    if not parts:
        return analysis.empty_frame()
    return pd.concat(parts, ignore_index=True)


def rank_articles(findings: pd.DataFrame, articles: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The related articles, most related first, with their titles (``unrelated`` dropped)."""
    related = findings[findings["label"].astype(str) != "unrelated"] if len(findings) else findings
    titles = articles.set_index("article_id")["title"]
    related = related.assign(title=related["article_id"].map(titles).fillna(""))
    order = [c for c in ("relatedness", "score") if c in related.columns]
    if order:
        related = related.sort_values(order, ascending=False, kind="stable")
    columns = ["article_id", "title", "label", "score", "relatedness", "evidence"]
    return related[[c for c in columns if c in related.columns]].head(top).reset_index(drop=True)


def claim_stance(
    articles: pd.DataFrame, results: Any, claim: str, *, top: int = 10
) -> pd.DataFrame:
    """How each article stands on ``claim``: the claims model's labels (agree, disagree,
    discuss), most related first, ``unrelated`` pairs dropped. Without the claims analysis in
    ``results`` (or without a claim) it falls back to :func:`claim_matches`."""
    from newslens_stance.plugin import CLAIMS_ID

    if CLAIMS_ID not in results or not claim.strip():
        return claim_matches(results, claim, top=top)
    return rank_articles(claim_findings(articles, claim), articles, top)


def _claims(context: ReportContext) -> list[str]:
    value = context.options.get("claims") or []
    if isinstance(value, str):
        value = [value]
    return [str(c) for c in value if str(c).strip()]


def render(context: ReportContext, *, top: int = 10) -> list[Any]:
    """The static section: per claim, a heading line and the table of articles on it."""
    claims = _claims(context)
    if not claims:
        return [NO_CLAIM]
    items: list[Any] = []
    for claim in claims:
        items.append(f"“{claim}”")
        matches = claim_stance(context.articles, context.results, claim, top=top)
        items.append(matches if len(matches) else "No article speaks about it.")
    return items


def claim_box(context: ReportContext) -> Any:
    """A text box: type a claim, press Enter, see how the articles stand on it. The check
    runs in the background with a progress bar and a Cancel button."""
    import ipywidgets as widgets

    from newslens.display import table_html
    from newslens.explorer import Tasks
    from newslens_stance.plugin import CLAIMS_ID

    claims = _claims(context)
    box = widgets.Text(
        value=claims[0] if claims else "",
        placeholder="type a claim, press Enter",
        description="Claim",
        continuous_update=False,
        layout=widgets.Layout(width="60%"),
    )
    table = widgets.HTML()
    errors = widgets.Output()
    tasks = Tasks(errors, background=context.options.get("background", True))

    def show(matches: pd.DataFrame) -> None:
        tasks.label.value = f"{len(matches)} related article(s)" if len(matches) else ""
        table.value = (
            table_html(matches) if len(matches) else "<em>No article speaks about it.</em>"
        )

    def update(change: Any = None) -> None:
        claim = box.value
        if not claim.strip():
            table.value = f"<em>{html.escape(NO_CLAIM)}</em>"
            return
        if CLAIMS_ID not in context.results:  # no model to run: the quick word match
            show(claim_matches(context.results, claim))
            return
        table.value = ""

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return claim_findings(context.articles, claim, progress=progress, cancelled=cancelled)

        tasks.run(
            f"checking the claim against {len(context.articles):,} articles",
            work,
            lambda findings: show(rank_articles(findings, context.articles)),
        )

    box.observe(update, names="value")
    update()
    return widgets.VBox([widgets.HTML("<h2>Claims checked</h2>"), box, tasks.widget, table, errors])


SECTION = ReportSection(
    id="stance.claims",
    title="Claims checked",
    render=render,
    widget=claim_box,
    needs=("stance.attributions.v1",),
    order=50,
    description="How the articles stand on claims the analyst gives (the claims model).",
)
