"""stories.v1 over all of Reuters-21578 (research use only, read from ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest
from newslens_stories.stories import group_stories

import newslens

REUTERS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "reuters21578"


@pytest.mark.slow
def test_all_of_reuters_is_grouped_without_a_runaway_story():
    """All 19,000 Reuters bodies in one call: one row each, and no story swallows the corpus.

    The cost (the issue's 10 s wall bar) is a figure of ``benchmarks/stories.py --speed``:
    tests never assert a time.
    """
    if not REUTERS.exists():
        pytest.skip(f"Reuters-21578 is not at {REUTERS} (../shared/data is for development)")
    articles = newslens.load(str(REUTERS / "*.sgm"))
    articles = articles[articles["text"].str.len() > 0]
    out = group_stories(articles)
    assert len(out) == len(articles) and out["article_id"].is_unique
    # wire copy repeats itself (earnings tables, market reports), yet no story swallows the corpus
    assert out["story_size"].max() < 0.02 * len(articles)
    assert 0.3 * len(articles) < out["story_id"].nunique() < 0.9 * len(articles)
