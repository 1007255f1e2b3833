"""``stories.v1``: which articles report the same event.

One row per article: ``story_id``, ``story_title`` (a representative headline), ``story_size``,
``similarity`` (cosine of the article to its story's centroid) and ``first_published``.

How: term vectors (:mod:`~newslens_stories.vectors`: content words, names, figures, IDF-weighted),
candidate pairs by sparse nearest neighbours within a time window
(:mod:`~newslens_stories.neighbours`), then average link at :data:`THRESHOLD` inside each
connected component (:mod:`~newslens_stories.linkage`). Dates only ever lower a similarity, so
an undated corpus is grouped by text alone, and titles are used when present but not needed.

Story ids are stable (:func:`story_ids`): a story is named after its *anchor*, the member
published first (ties and undated articles by the smallest ``article_id``; dated before
undated). Re-running on the same corpus gives the same ids, and adding articles keeps a story's
id as long as none of the new ones becomes its anchor (a report published before every earlier
member); when two stories merge, the id of the one whose anchor comes first survives.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping

import numpy as np
import pandas as pd
import scipy.sparse as sp

from newslens import release_memory
from newslens_stories.linkage import average_link
from newslens_stories.neighbours import apart_block, candidate_pairs, time_factor
from newslens_stories.vectors import vectorize

#: Average similarity (cosine times the time factor) at which two groups form one story.
THRESHOLD = 0.175

#: Characters of the text's start (its lead) counted twice, cut at a word.
LEAD_CHARS = 600

COLUMNS: dict[str, str] = {
    "article_id": "str",
    "story_id": "str",
    "story_title": "str",
    "story_size": "int64",
    "similarity": "float64",
    "first_published": "datetime64[ns, UTC]",
}

TITLE_CHARS = 120


def combine(inputs: Mapping[str, pd.DataFrame], articles: pd.DataFrame) -> pd.DataFrame:
    """The ``combine`` of ``stories.v1``: reads only the articles frame (no inputs)."""
    return group_stories(articles)


def group_stories(articles: pd.DataFrame, *, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Group ``articles`` (article_id, text; title and published optional) into stories."""
    if articles is None or len(articles) == 0:
        return _empty()
    # Rows are read in article_id order through `order`, never by sorting a copy of the frame:
    # at 210,000 articles a sorted copy of the text alone is some 300 MB.
    all_ids = articles["article_id"].astype(str).to_numpy()
    order = np.argsort(all_ids, kind="stable")
    ids = all_ids[order]
    del all_ids
    texts = articles["text"]
    titles = articles.get("title")
    published = _published(articles).iloc[order].reset_index(drop=True)
    days = (published - pd.Timestamp("1970-01-01", tz="UTC")) / pd.Timedelta(days=1)
    days = days.to_numpy(dtype=np.float64, na_value=np.nan)

    vectors = vectorize(_documents(titles, texts, order))
    release_memory()  # the tokenising's garbage, before the neighbours' peak
    matrix = vectors.matrix
    identifiers = vectors.identifiers
    pairs = candidate_pairs(matrix, vectors.df, days, identifiers=identifiers)
    del vectors
    release_memory()

    def block(members: np.ndarray) -> np.ndarray:
        rows = matrix[members]
        sims = (rows @ rows.T).toarray().astype(np.float64)
        sims = apart_block(identifiers, sims, rows, members)
        gaps = days[members][:, None] - days[members][None, :]
        return sims * time_factor(gaps)

    labels = average_link(
        len(ids), pairs.left, pairs.right, pairs.similarity.astype(np.float64), threshold, block
    )
    del pairs

    def title_at(row: int) -> str:
        """The headline of the article at sorted position ``row``."""
        position = int(order[row])
        title = titles.iloc[position] if titles is not None else ""
        return _title(title, texts.iloc[position])

    return _rows(ids, title_at, published, matrix, labels)


def _documents(titles: pd.Series | None, texts: pd.Series, order: np.ndarray) -> Iterator[str]:
    """The articles' documents (:func:`_document`) in ``order``, a block of rows at a time."""
    step = 2_000
    for begin in range(0, len(order), step):
        rows = order[begin : begin + step]
        block_texts = texts.iloc[rows].tolist()
        block_titles = titles.iloc[rows].tolist() if titles is not None else [""] * len(rows)
        for title, text in zip(block_titles, block_texts, strict=True):
            yield _document(title, text)


def _document(title: str, text: str) -> str:
    """What an article's vector is built from: its title, its text, and its lead again.

    News puts the event first (the inverted pyramid): the first sentences say what happened,
    the rest adds background that other stories of the topic share. Counting the lead twice
    leans the vector towards the event. A generator feeds these one by one, so the corpus is
    never held twice.
    """
    title = title if isinstance(title, str) else ""
    text = text if isinstance(text, str) else ""
    lead = text[:LEAD_CHARS]
    cut = lead.rfind(" ")
    if len(text) > LEAD_CHARS and cut > 0:
        lead = lead[:cut]
    return f"{title}\n\n{text}\n\n{lead}"


def _published(frame: pd.DataFrame) -> pd.Series:
    if "published" not in frame:
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    return pd.to_datetime(frame["published"], utc=True, errors="coerce")


def _rows(
    ids: np.ndarray,
    title_at: Callable[[int], str],
    published: pd.Series,
    matrix: sp.csr_matrix,
    labels: np.ndarray,
) -> pd.DataFrame:
    """Per-article rows: id, title, size, similarity to the centroid, first publication."""
    codes, _ = pd.factorize(labels)
    n_stories = int(codes.max()) + 1 if len(codes) else 0
    membership = sp.csr_matrix(
        (np.ones(len(codes), np.float32), (codes, np.arange(len(codes)))),
        shape=(n_stories, len(codes)),
    )
    centroids = membership @ matrix
    norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    centroids = sp.csr_matrix(sp.diags(1.0 / norms) @ centroids)
    similarity = np.empty(len(codes), dtype=np.float64)
    step = 20_000  # rows at a time: the members' centroids are never expanded all at once
    for begin in range(0, len(codes), step):
        rows = slice(begin, begin + step)
        block = matrix[rows].multiply(centroids[codes[rows]])
        similarity[rows] = np.asarray(block.sum(axis=1)).ravel()
    sizes = np.bincount(codes, minlength=n_stories)
    similarity[sizes[codes] == 1] = 1.0

    table = pd.DataFrame(
        {
            "code": codes,
            "article_id": ids,
            "published": published.to_numpy(),
            "similarity": similarity.astype(np.float64),
        }
    )
    anchors = story_ids(table)
    medoid_row = table.groupby("code")["similarity"].idxmax()
    title_of = {code: title_at(int(row)) for code, row in medoid_row.items()}
    first = table.groupby("code")["published"].min()
    out = pd.DataFrame(
        {
            "article_id": ids,
            "story_id": anchors.to_numpy(),
            "story_title": [title_of[c] for c in codes],
            "story_size": sizes[codes].astype(np.int64),
            "similarity": np.round(similarity, 6),
            "first_published": first.reindex(codes).to_numpy(),
        }
    )
    out["first_published"] = pd.to_datetime(out["first_published"], utc=True)
    return out.sort_values(["story_id", "article_id"], kind="stable").reset_index(drop=True)


def story_ids(table: pd.DataFrame) -> pd.Series:
    """The stable id of each row's story (``table`` has ``code``, ``article_id``,
    ``published``): ``story-`` plus a hash of the anchor's ``article_id``; the anchor is the
    member published first, ties and undated members by the smallest ``article_id``."""
    undated = table["published"].isna()
    key = table.assign(_undated=undated).sort_values(
        ["code", "_undated", "published", "article_id"], kind="stable"
    )
    anchor = key.groupby("code")["article_id"].first()
    names = {code: _story_name(article) for code, article in anchor.items()}
    return table["code"].map(names)


def _story_name(article_id: str) -> str:
    return "story-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def _title(title: object, text: object) -> str:
    """The article's title, or the first sentence of its text (at most TITLE_CHARS)."""
    title = " ".join(title.split()) if isinstance(title, str) else ""
    if title:
        return title
    body = " ".join(text.split()) if isinstance(text, str) else ""
    end = min((body.find(p) for p in (". ", "? ", "! ") if body.find(p) > 0), default=-1)
    first = body[: end + 1] if end > 0 else body
    return first if len(first) <= TITLE_CHARS else first[: TITLE_CHARS - 1].rstrip() + "…"


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in COLUMNS.items()})
