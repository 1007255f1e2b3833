"""The corpus comparison: vectorised summary against a slow reference, bounded per-pick view.

The summary is computed once per corpus and each explorer pick only filters it, so these tests
pin down (1) that the vectorised ``summarize`` says what a plain loop over the findings says and
(2) that the comparison shown for an article lists that article's quantities and nothing else.
"""

from __future__ import annotations

import math
from collections import defaultdict

import newslens_numbers.plugin as numbers_plugin
import pandas as pd
import pytest
from newslens_numbers.summary import COMPARED_KINDS, singular, summarize
from newslens_numbers.units import UNITS
from newslens_numbers.view import comparison_rows, comparison_table

import newslens
from newslens import Article, ViewContext


def _sig(value: float) -> float:
    return float(f"{value:.6g}") if math.isfinite(value) else value


def reference_summary(findings: pd.DataFrame, articles: pd.DataFrame) -> dict:
    """One row at a time, no pandas grouping: {(fold key, article): (values, figures)} plus
    key-level {fold key: (articles, agree)}."""
    rows = [r for _, r in findings.iterrows() if r["kind"] in COMPARED_KINDS]
    rows = [r for r in rows if pd.isna(r["same_as"]) or r["same_as"] > r["n"]]
    by_key: dict[str, list] = defaultdict(list)
    for r in rows:
        kind = r["kind"]
        if kind in ("count", "number"):
            key = singular(r["quantity"]) if r["quantity"] else ""
        elif kind == "money":
            key = f"money ({r['unit']})"
        elif kind == "percent":
            key = r["unit"]
        else:
            key = r["dimension"] or ""
        if key:
            by_key[key].append(r)
    pairs, keys = {}, {}
    for key, group in by_key.items():
        units = pd.Series([r["unit"] for r in group]).mode()
        display = sorted(units)[0]
        info = UNITS.get(display)
        per_article: dict[str, set] = defaultdict(set)
        figures: dict[str, list] = defaultdict(list)
        for r in group:
            value = r["value"]
            if info is not None and r["unit"] != display and math.isfinite(r["value_base"]):
                value = r["value_base"] / info.factor
                if display in ("°C", "°F"):
                    value = math.nan
            per_article[r["article_id"]].add(_sig(value))
            if r["text"] not in figures[r["article_id"]]:
                figures[r["article_id"]].append(r["text"])
        for article_id, values in per_article.items():
            pairs[(key, article_id)] = (values, "; ".join(figures[article_id]))
        shared = set.intersection(*per_article.values())
        keys[key] = (set(per_article), bool({v for v in shared if math.isfinite(v)}))
    return {"pairs": pairs, "keys": keys}


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled sample, cycled three times under other sources: keys recur across articles."""
    sample = newslens.load(newslens.sample_path())
    frames = []
    for copy in range(3):
        frame = sample.copy()
        frame["article_id"] = frame["article_id"] + f"-{copy}"
        frame["source"] = f"outlet-{copy}"
        frames.append(frame)
    articles = pd.concat(frames, ignore_index=True)
    pm = newslens.get_plugin_manager(plugins=[numbers_plugin], entry_points=False)
    results = newslens.analyze(articles, ["numbers.v1"], plugin_manager=pm, progress=False)
    return articles, results["numbers.v1"]


def _fold(summary: pd.DataFrame) -> pd.Series:
    """The fold key of each summary row (the summary shows counted nouns as written)."""
    return summary.apply(
        lambda r: singular(r["key"]) if r["kind"] in ("count", "number") else r["key"], axis=1
    )


def test_vectorised_summary_agrees_with_the_reference(corpus) -> None:
    articles, findings = corpus
    summary = summarize(findings, articles)
    ref = reference_summary(findings, articles)
    assert len(summary) == len(ref["pairs"]) > 50
    for fold, row in zip(_fold(summary), summary.itertuples(index=False), strict=True):
        values, figures = ref["pairs"][(fold, row.article_id)]
        assert {_sig(v) for v in row.values} == {_sig(v) for v in values} or (
            # NaN never equals NaN: compare the finite values and the NaN count
            {v for v in row.values if math.isfinite(v)} == {v for v in values if math.isfinite(v)}
        )
        assert row.figures == figures
        ref_articles, ref_agree = ref["keys"][fold]
        assert row.articles == len(ref_articles)
        assert bool(row.agree) == ref_agree, (fold, row)
    assert summary["agree"].any() and not summary["agree"].all()


def test_comparison_for_an_article_lists_only_its_quantities(corpus) -> None:
    articles, findings = corpus
    summary = summarize(findings, articles)
    ref = reference_summary(findings, articles)
    checked = 0
    for article_id in articles["article_id"][:12]:
        own = {k for (k, a) in ref["pairs"] if a == article_id}
        rows = comparison_rows(summary, article_id, max_articles=1000)
        assert set(_fold(rows)) == own if len(rows) else not own
        for fold, group in rows.assign(_fold=_fold(rows)).groupby("_fold"):
            # every article reporting the key, the picked one first
            assert group["article_id"].iloc[0] == article_id
            assert set(group["article_id"]) == ref["keys"][fold][0]
            checked += 1
    assert checked > 20


def test_comparison_is_bounded_per_pick(corpus) -> None:
    articles, findings = corpus
    summary = summarize(findings, articles)
    busiest = summary.sort_values("articles").iloc[-1]
    rows = comparison_rows(summary, busiest["article_id"], max_articles=2)
    assert rows.groupby("key").size().max() <= 2
    html = comparison_table(summary, busiest["article_id"])
    assert html.count("<tr><td>") == rows["key"].nunique()
    assert rows["key"].isin(summary[summary["article_id"] == busiest["article_id"]]["key"]).all()
    assert (
        f"and {int(busiest['articles']) - 12:,} more articles" in html or busiest["articles"] <= 12
    )


def test_view_uses_the_runner_summary_and_filters_to_the_pick(corpus) -> None:
    from newslens_numbers.view import view

    articles, findings = corpus
    summary = summarize(findings, articles)
    record = articles.iloc[0].to_dict()
    mine = findings[findings["article_id"] == record["article_id"]]
    widget = view(
        ViewContext(
            analysis=numbers_plugin.NUMBERS,
            findings=mine,
            article=Article.from_row(record),
            all_findings=findings,
            articles=articles,
            summary=summary,
        )
    )
    widget.selected_index = len(widget.children) - 1  # the page is filled when opened
    across = widget.children[-1].value
    expected = comparison_rows(summary, record["article_id"])["key"].unique()
    assert across.count("<tr><td>") == len(expected) > 0
    foreign = set(summary["key"]) - set(expected)
    for key in foreign:
        assert f"<tr><td>{key}</td>" not in across
