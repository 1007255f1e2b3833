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


@dataclass(frozen=True)
class Identifiers:
    """One kind of term that identifies what an article reports (its own figures, the tickers
    it names), for :func:`apart`."""

    column: np.ndarray  # bool per term: an identifier of this kind
    count: np.ndarray  # int32 per article: its identifiers, those no other article has included
    # (0 when they are too small a part of the article to tell it apart)
    minimum: int  # each article needs this many for a pair to be told apart
    penalty: float  # the similarity a pair told apart counts as (0, or below to keep apart)

    def shared(self, left: sp.csr_matrix, right: sp.csr_matrix) -> np.ndarray:
        """The identifiers each row of ``left`` shares with the same row of ``right``."""
        both = sp.csr_matrix(left.multiply(right))
        both.data = self.column[both.indices].astype(np.float32)
        return np.asarray(both.sum(axis=1)).ravel()

    def apart(self, shared: np.ndarray, count_a: np.ndarray, count_b: np.ndarray) -> np.ndarray:
        """Pairs told apart: each names ``minimum`` identifiers or more, and none is shared."""
        return (count_a >= self.minimum) & (count_b >= self.minimum) & (shared == 0)

    def apart_block(self, rows: sp.csr_matrix, members: np.ndarray) -> np.ndarray:
        """:meth:`apart` for every pair of ``rows`` (the articles ``members``), dense."""
        marks = sp.csr_matrix(rows, copy=True)
        marks.data = self.column[marks.indices].astype(np.float32)
        shared = (marks @ marks.T).toarray()
        count = self.count[members]
        return self.apart(shared, count[:, None], count[None, :])


def apart(
    identifiers: tuple[Identifiers, ...],
    similarity: np.ndarray,
    left: sp.csr_matrix,
    right: sp.csr_matrix,
    a: np.ndarray,
    b: np.ndarray,
) -> np.ndarray:
    """``similarity`` of the pairs (rows ``a`` of ``left``, ``b`` of ``right``), with those
    that are not one story whatever their words set to their kind's penalty: two articles
    that each report their own figures (or name their own tickers) and share none of them
    report two events.

    Why: templated briefs (results, dividends, bond issues) share their template's words
    (net, shares, quarter, revenue, record date) and little else, so their cosine reaches the
    threshold; what tells two companies' briefs apart is the figures, which one brief's
    template fills in and another outlet's telling of the same brief repeats.
    """
    out = similarity.copy()
    for kind in identifiers:
        told = kind.apart(kind.shared(left, right), kind.count[a], kind.count[b])
        out[told] = np.minimum(out[told], kind.penalty)
    return out


def apart_block(
    identifiers: tuple[Identifiers, ...],
    similarity: np.ndarray,
    rows: sp.csr_matrix,
    members: np.ndarray,
) -> np.ndarray:
    """:func:`apart` for every pair of ``rows`` (the articles ``members``): a dense matrix."""
    out = similarity.copy()
    for kind in identifiers:
        told = kind.apart_block(rows, members)
        out[told] = np.minimum(out[told], kind.penalty)
    return out


def candidate_pairs(
    matrix: sp.csr_matrix,
    df: np.ndarray,
    days: np.ndarray,
    *,
    identifiers: tuple[Identifiers, ...] = (),
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
    dated = ~np.isnan(days)
    n_dated = int(dated.sum())
    # Articles in date order (undated last), so that a chunk's time window is one contiguous
    # run of rows: a zero-copy slice of `linking`, where a fancy-indexed window used to copy
    # up to a third of the corpus's vectors for every chunk.
    order = np.argsort(np.where(dated, days, np.inf), kind="stable")
    sorted_days = days[order][:n_dated]
    linking = _linking_rows(matrix, df <= cap, order)
    # Every candidate pair as one int64 key (low * n + high) in a buffer sized once: lists of
    # per-row arrays, concatenated and widened after, cost some 300 MB at 210,000 articles.
    keys = np.empty(n * (top_k + 1), dtype=np.int64)
    count = 0
    for begin in range(0, n, CHUNK):
        rows = order[begin : begin + CHUNK]
        chunk_days = days[rows]
        if np.isnan(chunk_days).any():
            windows = [(0, n)]  # an undated row is compared with every article
        else:
            a = np.searchsorted(sorted_days, np.min(chunk_days) - WINDOW_DAYS, side="left")
            b = np.searchsorted(sorted_days, np.max(chunk_days) + WINDOW_DAYS, side="right")
            windows = [(int(a), int(b)), (n_dated, n)]
        chunk_t = sp.csr_matrix(matrix[rows].T)  # terms x chunk rows: small
        for r, targets in enumerate(_best_per_row(linking, chunk_t, windows, top_k + 1)):
            targets = order[targets]
            targets = targets[targets != rows[r]].astype(np.int64)
            row = np.int64(rows[r])
            keys[count : count + len(targets)] = np.minimum(targets, row) * n + np.maximum(
                targets, row
            )
            count += len(targets)
    del linking
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
    similarity = pair_similarity(matrix, days, left, right, identifiers)
    keep_pairs = (similarity >= min_similarity) | (similarity < 0)  # a penalty is kept
    return Pairs(left[keep_pairs], right[keep_pairs], similarity[keep_pairs])


def _linking_rows(
    matrix: sp.csr_matrix, linking_terms: np.ndarray, order: np.ndarray
) -> sp.csr_matrix:
    """The rows of ``matrix`` in ``order``, restricted to the linking terms first (so the
    reordering copies only what links)."""
    keep = sp.diags(linking_terms.astype(np.float32))
    return sp.csr_matrix(matrix @ keep)[order]  # row indexing keeps it CSR


def _row_slice(matrix: sp.csr_matrix, begin: int, end: int) -> sp.csr_matrix:
    """Rows ``begin:end`` of a CSR matrix as views of its data and indices (no copy)."""
    lo, hi = int(matrix.indptr[begin]), int(matrix.indptr[end])
    return sp.csr_matrix(
        (matrix.data[lo:hi], matrix.indices[lo:hi], matrix.indptr[begin : end + 1] - lo),
        shape=(end - begin, matrix.shape[1]),
        copy=False,
    )


def _best_per_row(
    linking: sp.csr_matrix, chunk_t: sp.csr_matrix, windows: list[tuple[int, int]], keep: int
) -> list[np.ndarray]:
    """For each chunk row, the (sorted) positions in ``linking`` of its ``keep`` best scores
    within ``windows``; ties at the cut go to the lower position, so the choice does not
    depend on the order the scores come in."""
    found: list[list[np.ndarray]] = [[] for _ in range(chunk_t.shape[1])]
    scores: list[list[np.ndarray]] = [[] for _ in range(chunk_t.shape[1])]
    for begin, end in windows:
        if end <= begin:
            continue
        block = sp.csc_matrix(_row_slice(linking, begin, end) @ chunk_t)  # window x chunk
        for r in range(block.shape[1]):
            lo, hi = block.indptr[r], block.indptr[r + 1]
            if lo < hi:
                found[r].append(block.indices[lo:hi] + begin)
                scores[r].append(block.data[lo:hi])
    best = []
    for positions, values in zip(found, scores, strict=True):
        if not positions:
            best.append(np.zeros(0, np.int64))
            continue
        where = np.concatenate(positions)
        value = np.concatenate(values)
        if len(where) > keep:
            cut = np.partition(value, -keep)[-keep]
            above = where[value > cut]
            tied = np.sort(where[value == cut])[: keep - len(above)]
            where = np.concatenate([above, tied])
        best.append(where)
    return best


def pair_similarity(
    matrix: sp.csr_matrix,
    days: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    identifiers: tuple[Identifiers, ...] = (),
) -> np.ndarray:
    """Exact cosine times :func:`time_factor` of each (left, right) row pair, float32, in
    blocks (so the temporaries are a block's, not every pair's); a pair told :func:`apart`
    counts as its penalty."""
    out = np.empty(len(left), dtype=np.float32)
    step = 20_000
    for begin in range(0, len(left), step):
        a, b = left[begin : begin + step], right[begin : begin + step]
        rows_a, rows_b = matrix[a], matrix[b]
        cosine = np.asarray(rows_a.multiply(rows_b).sum(axis=1)).ravel()
        cosine = apart(identifiers, cosine, rows_a, rows_b, a, b)
        out[begin : begin + step] = cosine * time_factor(days[a] - days[b])
    return out
