"""The story frames run story by story (``batch_by="story_id"``) give the unbatched rows."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from newslens_stories.plugin import CLAIMS, FIGURES, STORIES, TIMELINE

from newslens.assembly import assemble
from newslens.plan import plan


@pytest.mark.parametrize("analysis", [FIGURES, CLAIMS, TIMELINE], ids=lambda a: a.id)
def test_story_by_story_equals_the_whole_corpus_at_once(analysis, story_results, story_corpus):
    assert analysis.batch_by == "story_id"
    per_article = {k: story_results[k] for k in story_results if k != STORIES.id}
    pulled = [story_results.analyses[k] for k in per_article]
    whole = dataclasses.replace(analysis, batch_by="")
    expected = assemble(plan([whole], [*pulled, STORIES, whole]), per_article, [], story_corpus)
    assert len(expected[analysis.id]) and expected.errors.empty
    for size in (1, 7):
        batched = assemble(
            plan([analysis], [*pulled, STORIES, analysis]),
            per_article,
            [],
            story_corpus,
            batch_size=size,
        )
        pd.testing.assert_frame_equal(batched[analysis.id], expected[analysis.id])
        assert batched.errors.empty
