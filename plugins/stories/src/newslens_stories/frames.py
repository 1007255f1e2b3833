"""Reading other analyses' frames defensively: the story analyses' one contact with them.

The story analyses read ``numbers.v1``, ``stance.attributions.v1`` and ``timeline.v1`` through
their declared columns, never by importing their plugins. Those frames evolve (a ``sentence``
index joined every frame; a column may be added or renamed for a while), so every read goes
through here: missing optional columns get defaults, and the sentence of a finding is the
core's sentence index (:mod:`newslens.sentences`), taken from the frame when it holds an
integer index and computed from the finding's offset otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from newslens.sentences import sentence_index, sentence_spans

STORIES_ID = "stories.v1"


def frame(
    inputs: Mapping[str, pd.DataFrame], key: str, defaults: Mapping[str, object]
) -> pd.DataFrame:
    """``inputs[key]`` (an empty frame when absent) with every column of ``defaults`` present."""
    found = inputs.get(key)
    out = pd.DataFrame() if found is None else found.copy()
    if "article_id" not in out:
        out["article_id"] = pd.Series(dtype="str")
    for column, default in defaults.items():
        if column not in out:
            out[column] = default
    out["article_id"] = out["article_id"].astype(str)
    return out.reset_index(drop=True)


def story_of(inputs: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """article_id -> story_id from ``stories.v1`` (every article, singletons included)."""
    stories = inputs.get(STORIES_ID)
    if stories is None or stories.empty:
        return {}
    return dict(
        zip(stories["article_id"].astype(str), stories["story_id"].astype(str), strict=True)
    )


def article_table(articles: pd.DataFrame) -> pd.DataFrame:
    """article_id, text, source and published (UTC or NaT) of every article, indexed by id."""
    table = pd.DataFrame({"article_id": articles["article_id"].astype(str)})
    table["text"] = articles["text"].fillna("").astype(str).to_numpy()
    table["source"] = (
        articles["source"].fillna("").astype(str).to_numpy() if "source" in articles else ""
    )
    if "published" in articles:
        published = pd.Series(articles["published"].to_numpy(), index=table.index)
    else:
        published = pd.Series(pd.NaT, index=table.index)
    table["published"] = pd.to_datetime(published, utc=True, errors="coerce")
    return table.drop_duplicates("article_id").set_index("article_id")


def sentences(
    findings: pd.DataFrame, texts: Mapping[str, str], offset: str = "start"
) -> np.ndarray:
    """The core's sentence index of each finding (int64).

    Taken from the ``sentence`` column when it holds integers; otherwise computed from the
    finding's character ``offset`` column with :func:`newslens.sentences.sentence_index`
    (older frames carried the sentence's text there).
    """
    if findings.empty:
        return np.zeros(0, dtype=np.int64)
    column = findings.get("sentence")
    if column is not None and pd.api.types.is_integer_dtype(column.dtype):
        return column.fillna(0).to_numpy(dtype=np.int64)
    starts = findings[offset].fillna(0).to_numpy(dtype=np.int64)
    return np.array(
        [
            sentence_index(texts.get(a, ""), int(s))
            for a, s in zip(findings["article_id"], starts, strict=True)
        ],
        dtype=np.int64,
    )


def sentence_text(text: str, index: int) -> str:
    """The text of sentence ``index`` of ``text`` (empty when out of range)."""
    spans = sentence_spans(text)
    if 0 <= index < len(spans):
        a, b = spans[index]
        return text[a:b]
    return ""
