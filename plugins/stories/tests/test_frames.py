"""Reading input frames: the sentence index from the frame, or from the offsets."""

from __future__ import annotations

import pandas as pd
from newslens_stories import frames

TEXT = "First sentence here. Second one follows. Third closes it."


def test_integer_sentence_column_is_used_as_is():
    found = pd.DataFrame({"article_id": ["a"], "start": [0], "sentence": pd.array([2], "int64")})
    assert frames.sentences(found, {"a": TEXT}).tolist() == [2]


def test_text_or_missing_sentence_is_computed_from_offsets():
    start = TEXT.index("Third")
    older = pd.DataFrame({"article_id": ["a"], "start": [start], "sentence": ["Third closes it."]})
    assert frames.sentences(older, {"a": TEXT}).tolist() == [2]
    bare = older.drop(columns="sentence")
    assert frames.sentences(bare, {"a": TEXT}).tolist() == [2]
    assert frames.sentence_text(TEXT, 1) == "Second one follows."


def test_missing_inputs_and_columns_get_defaults():
    out = frames.frame({}, "numbers.v1", {"kind": ""})
    assert out.empty and list(out.columns) == ["article_id", "kind"]
    assert frames.story_of({}) == {}
