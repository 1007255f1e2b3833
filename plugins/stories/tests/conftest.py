"""Shared fixtures: the Kestrel Bay story run through the real per-article analyses."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import newslens

HERE = Path(__file__).parent
REPO = HERE.parents[2]
KESTREL = HERE / "data" / "kestrel" / "articles.jsonl"


@pytest.fixture(scope="session")
def story_corpus() -> pd.DataFrame:
    """The five Kestrel Bay reports, the seed article and bundled sample articles (distractors)."""
    sample = newslens.load(str(REPO / "src" / "newslens" / "data" / "sample" / "wikinews_2019.csv"))
    return newslens.load(str(KESTREL), str(REPO / "seeds"), sample.head(40))


@pytest.fixture(scope="session")
def story_results(story_corpus: pd.DataFrame):
    """Every input frame the story analyses read, computed by the real plugins."""
    return newslens.analyze(
        story_corpus, ["numbers.v1", "stance.attributions.v1", "timeline.v1", "stories.v1"]
    )


@pytest.fixture(scope="session")
def inputs(story_results) -> dict[str, pd.DataFrame]:
    return {key: story_results[key] for key in story_results}


@pytest.fixture(scope="session")
def kestrel_story(inputs) -> str:
    stories = inputs["stories.v1"]
    ids = stories[stories["article_id"].str.startswith("kestrel-")]["story_id"].unique()
    assert len(ids) == 1, ids
    return str(ids[0])
