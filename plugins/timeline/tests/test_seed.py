"""The seed article through the public API: ``newslens.load`` then ``newslens.analyze``."""

from __future__ import annotations

import contextlib
from pathlib import Path

import newslens_timeline.plugin as timeline_plugin
import pandas as pd
from newslens_timeline.extract import extract_text

import newslens
from newslens.manager import get_plugin_manager


def _findings(seeds_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    pm = get_plugin_manager(entry_points=False, plugins=(timeline_plugin,), strict=True)
    with contextlib.chdir(seeds_dir.parent):
        articles = newslens.load("seeds/", plugin_manager=pm)
    results = newslens.analyze(
        articles, analyses=["timeline.v1"], plugin_manager=pm, progress=False, errors="raise"
    )
    return articles, results["timeline.v1"]


def test_seed_dates_and_durations(seeds_dir: Path) -> None:
    articles, findings = _findings(seeds_dir)
    assert articles.iloc[0]["published"] == pd.Timestamp("2015-10-07", tz="UTC")
    by_text = {row.text: row for row in findings.itertuples()}
    campaign = by_text["30 September"]
    assert (campaign.type, campaign.value, campaign.anchor) == (
        "DATE",
        "2015-09-30",
        "publication date",
    )
    assert campaign.date_start == pd.Timestamp("2015-09-30", tz="UTC")
    assert "air campaign by Russia" in campaign.sentence_text
    week = findings[findings["sentence_text"].str.contains("its week of strikes")]
    assert week[["type", "value"]].values.tolist() == [["DURATION", "P1W"]]
    assert "week" in week["text"].iloc[0]


def test_seed_no_findings_from_figures_or_debris(seeds_dir: Path) -> None:
    articles, findings = _findings(seeds_dir)
    text = articles.iloc[0]["text"]
    for figure in ("26 missiles", "1,500km", "930 miles", "11 targets"):
        at = text.index(figure)
        overlapping = findings[(findings["start"] < at + len(figure)) & (findings["end"] > at)]
        assert overlapping.empty, (figure, overlapping["text"].tolist())
    for _, row in findings.iterrows():
        assert text[row["start"] : row["end"]] == row["text"]


def test_raw_seed_debris_gives_nothing(seeds_dir: Path) -> None:
    """Even on the raw file (debris not cleaned), the comment form yields no expression."""
    raw = next(seeds_dir.glob("*.txt")).read_text(encoding="utf-8")
    debris_at = raw.index("Leave a Reply")
    found = extract_text(raw, "2015-10-07", strict=True)
    assert found and all(f["end"] <= debris_at for f in found)
