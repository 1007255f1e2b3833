"""Candidate pairs of articles: sparse nearest neighbours within a time window, never n x n.

Two articles can only be in one story if they share a specific term, so candidates come from
a sparse product restricted to *linking* terms: terms in at most ``max(LINK_DF_MIN,
LINK_DF_SHARE * n)`` documents (a word half the corpus uses links everything and decides
nothing). Rows are taken in chunks, ordered by publication date, and a dated chunk is compared
only with articles published within ``window_days`` of it plus the undated ones (blocking by
time); an undated article is compared with every article. Each row keeps its ``top_k``
strongest candidates, whose exact cosine is then computed on the full vectors.

Time proximity: a pair's similarity is multiplied by :func:`time_factor` of the days between
the two publications: 1 within ``SAME_EVENT_DAYS``, then halving every ``HALF_LIFE_DAYS``, and
0 beyond the window. Without a date on either side the factor is 1 (text only).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

#: Days within which two reports of one event are not told apart by time.
SAME_EVENT_DAYS = 3.0
#: Beyond that, the similarity halves every this many days.
HALF_LIFE_DAYS = 7.0
#: Pairs further apart than this are never compared.
WINDOW_DAYS = 45.0
#: Candidates kept per article before the exact cosine.
TOP_K = 30
#: Linking terms: document frequency at most max(LINK_DF_MIN, LINK_DF_SHARE * n).
LINK_DF_MIN = 200
LINK_DF_SHARE = 0.02
#: Rows per sparse product: bounds the memory of one block of candidate scores.
CHUNK = 500


@dataclass(frozen=True)
class Pairs:
    """Undirected candidate pairs (``left < right``) and their time-weighted similarity."""

    left: np.ndarray
    right: np.ndarray
    similarity: np.ndarray


def time_factor(days_apart: np.ndarray) -> np.ndarray:
    """1 within SAME_EVENT_DAYS, halving every HALF_LIFE_DAYS after, 0 beyond WINDOW_DAYS; NaN
    (a side without a date) gives 1."""
    gap = np.abs(np.asarray(days_apart, dtype=np.float64))
    factor = np.power(0.5, np.clip(gap - SAME_EVENT_DAYS, 0.0, None) / HALF_LIFE_DAYS)
    factor[gap > WINDOW_DAYS] = 0.0
    factor[np.isnan(gap)] = 1.0
    return factor


def candidate_pairs(
    matrix: sp.csr_matrix,
    df: np.ndarray,
    days: np.ndarray,
    *,
    top_k: int = TOP_K,
    min_similarity: float = 0.05,
) -> Pairs:
    """Each article's strongest candidates, scored by exact cosine times :func:`time_factor`.

    :param matrix: row-normalised term vectors (see :mod:`newslens_stories.vectors`).
    :param df: document frequency of each column.
    :param days: publication time of each row in days (float), NaN when unknown.
    :param min_similarity: pairs below this (after the time factor) are dropped.
    """
    n = matrix.shape[0]
    if n < 2:
        empty = np.zeros(0, np.int64)
        return Pairs(empty, empty, np.zeros(0, np.float32))
    cap = max(LINK_DF_MIN, int(LINK_DF_SHARE * n))
    keep = sp.diags((df <= cap).astype(np.float32))
    # restricting one side of the product to linking terms restricts the product: one copy
    linking_t = sp.csr_matrix((matrix @ keep).T)

    dated = ~np.isnan(days)
    order = np.argsort(np.where(dated, days, np.inf), kind="stable")
    sorted_days = days[order]
    undated_cols = np.flatnonzero(~dated)
    # Every candidate pair as one int64 key (low * n + high) in a buffer sized once: lists of
    # per-row arrays, concatenated and widened after, cost some 300 MB at 210,000 articles.
    keys = np.empty(n * (top_k + 1), dtype=np.int64)
    count = 0
    for begin in range(0, n, CHUNK):
        rows = order[begin : begin + CHUNK]
        chunk_days = days[rows]
        if np.isnan(chunk_days).all():
            cols = None  # undated rows: compared with every article
        else:
            low = np.nanmin(chunk_days) - WINDOW_DAYS
            high = np.nanmax(chunk_days) + WINDOW_DAYS
            a, b = np.searchsorted(sorted_days[: dated.sum()], [low, high], side="left")
            b = np.searchsorted(sorted_days[: dated.sum()], high, side="right")
            cols = np.concatenate([order[a:b], undated_cols])
            if np.isnan(chunk_days).any():
                cols = None
        scores = matrix[rows] @ (linking_t if cols is None else linking_t[:, cols])
        scores = sp.csr_matrix(scores)
        for r in range(scores.shape[0]):
            lo, hi = scores.indptr[r], scores.indptr[r + 1]
            if lo == hi:
                continue
            found = scores.indices[lo:hi]
            values = scores.data[lo:hi]
            if len(found) > top_k + 1:
                best = np.argpartition(values, -(top_k + 1))[-(top_k + 1) :]
                found = found[best]
            targets = (found if cols is None else cols[found]).astype(np.int64)
            targets = targets[targets != rows[r]]
            row = np.int64(rows[r])
            keys[count : count + len(targets)] = np.minimum(targets, row) * n + np.maximum(
                targets, row
            )
            count += len(targets)
    del linking_t, scores
    if not count:
        empty = np.zeros(0, np.int64)
        return Pairs(empty, empty, np.zeros(0, np.float32))
    found_keys = keys[:count]
    found_keys.sort()  # in place: no copy of the buffer
    first = np.ones(count, dtype=bool)
    first[1:] = found_keys[1:] != found_keys[:-1]
    unique = found_keys[first]
    del keys, found_keys, first
    left, right = unique // n, unique % n
    del unique
    similarity = pair_cosine(matrix, left, right) * time_factor(days[left] - days[right])
    keep_pairs = similarity >= min_similarity
    return Pairs(left[keep_pairs], right[keep_pairs], similarity[keep_pairs].astype(np.float32))


def pair_cosine(matrix: sp.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Exact cosine of each (left, right) row pair, in chunks (rows are normalised)."""
    out = np.empty(len(left), dtype=np.float64)
    step = 50_000
    for begin in range(0, len(left), step):
        a = matrix[left[begin : begin + step]]
        b = matrix[right[begin : begin + step]]
        out[begin : begin + step] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out
