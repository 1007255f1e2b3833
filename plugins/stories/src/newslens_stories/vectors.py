"""Sparse TF-IDF vectors of a corpus, built without a dense matrix or a fitted model.

Weights: ``(1 + log tf) * idf ** IDF_POWER``, rows L2-normalised, float32. Raising the IDF to a
power above one leans on what is rare in the corpus (names, figures, the words of one event)
over what a whole topic shares; on the development set it separated stories of one topic
(several claims about one product) better than plain TF-IDF. A term in a single document
cannot link two articles, so it is dropped: this also keeps the vocabulary (and memory) small.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from newslens_stories.neighbours import Identifiers
from newslens_stories.terms import NAME, TICKER, TOKEN, term

#: Exponent on the inverse document frequency (see the module docs).
IDF_POWER = 1.5
#: Texts tokenised together (bounds the memory of the token lists).
CHUNK = 4000
#: Identifiers, by kind of term: figures (``#``) and tickers (``$``) that at most
#: IDENTIFIER_SHARE of the corpus's articles have. Per kind: how many of them two articles must
#: each have, sharing none, to be told apart; the least share of an article's distinct terms
#: they must make up; and the similarity such a pair then counts as (see
#: :func:`newslens_stories.neighbours.apart`). Figures: three (one or two are often a date or a
#: price), a tenth of the article's terms (a data brief, made of its figures: a report in prose
#: that gives a few figures of its own is left to its words), similarity 0. Tickers: one each
#: (a ticker names the company a brief is about), and -1, so that one such pair keeps two groups
#: of briefs apart under average link however alike the rest of them are.
IDENTIFIER_KINDS: dict[str, tuple[int, float, float]] = {"#": (3, 0.1, 0.0), "$": (1, 0.0, -1.0)}
IDENTIFIER_SHARE = 0.02
#: ... or at most this many articles, whatever the corpus's size (in a small corpus a share is
#: less than one article, and two or three outlets telling one event share its figures).
IDENTIFIER_DF_MIN = 3
#: Weight of the extra ``@name``, ``#figure`` and ``$ticker`` terms (a name also counts as its
#: plain word).
NAME_WEIGHT = 0.5


@dataclass(frozen=True)
class Vectors:
    """The corpus as rows of a CSR matrix, plus the vocabulary's document frequencies."""

    matrix: sp.csr_matrix  # n x V, float32, rows L2-normalised (empty rows stay zero)
    df: np.ndarray  # document frequency of each column
    vocabulary: dict[str, int]
    identifiers: tuple[Identifiers, ...] = ()


def vectorize(texts: Iterable[str], *, idf_power: float | None = None) -> Vectors:
    """Term counts of every text into one sparse, IDF-weighted, row-normalised matrix.

    Memory follows the number of distinct (document, term) pairs, never n x n or n x V.
    """
    idf_power = IDF_POWER if idf_power is None else idf_power
    vocabulary: dict[str, int] = {}
    per_row: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    df = np.zeros(0, np.int64)
    for chunk in _chunks(texts, CHUNK):
        r, c, k = _chunk_counts(chunk, vocabulary)
        per_row.append(np.bincount(r, minlength=len(chunk)))  # rows come sorted per chunk
        cols.append(c)
        counts.append(np.minimum(k, np.iinfo(np.uint16).max).astype(np.uint16))
        df = _grown(df, len(vocabulary))
        df += np.bincount(c, minlength=len(vocabulary))  # each (text, term) once per chunk
    lengths = np.concatenate(per_row) if per_row else np.zeros(0, np.int64)
    n = len(lengths)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    del per_row, lengths
    idf = (np.log((1.0 + n) / (1.0 + df)) + 1.0) ** idf_power
    idf[df < 2] = 0.0  # a term in one document links nothing
    kind = np.zeros(len(vocabulary), dtype="U1")
    for word, column in vocabulary.items():
        kind[column] = word[0]
    special = np.isin(kind, ["@", "#", "$"])
    idf[special] *= NAME_WEIGHT
    weights = idf.astype(np.float32)
    # The matrix's arrays are filled a chunk at a time, each chunk's lists freed as it is
    # copied: at 210,000 articles every whole-corpus temporary is some 100 MB, and
    # concatenating the lists first held them twice.
    nnz = int(indptr[-1])
    idx = np.empty(nnz, dtype=np.int32)
    data = np.empty(nnz, dtype=np.float32)
    at = 0
    while cols:
        c, k = cols.pop(0), counts.pop(0)
        block = slice(at, at + len(c))
        idx[block] = c
        values = data[block]
        values[:] = k
        np.log(values, out=values)
        values += 1.0
        values *= weights[c]
        at += len(c)
        del c, k
    _normalise_rows(data, indptr)
    rare = df <= max(IDENTIFIER_DF_MIN, IDENTIFIER_SHARE * n)
    identifiers = []
    for prefix, (minimum, density, penalty) in IDENTIFIER_KINDS.items():
        column = (kind == prefix) & rare
        # counted before the terms of one article are dropped: those are its very own figures
        count = _row_counts(column[idx], indptr)
        count[count < density * np.diff(indptr)] = 0  # a few figures in a long text: prose
        identifiers.append(Identifiers(column, count, minimum, penalty))
    del kind
    matrix = sp.csr_matrix((data, idx, indptr), shape=(n, len(vocabulary)))
    matrix.eliminate_zeros()
    return Vectors(matrix=matrix, df=df, vocabulary=vocabulary, identifiers=tuple(identifiers))


def _row_counts(flags: np.ndarray, indptr: np.ndarray, step: int = 20_000) -> np.ndarray:
    """Per CSR row, how many of its entries are flagged, a block of rows at a time."""
    n = len(indptr) - 1
    out = np.zeros(n, dtype=np.int32)
    for begin in range(0, n, step):
        end = min(begin + step, n)
        lo, hi = int(indptr[begin]), int(indptr[end])
        running = np.concatenate([[0], np.cumsum(flags[lo:hi], dtype=np.int32)])
        bounds = indptr[begin : end + 1] - lo
        out[begin:end] = running[bounds[1:]] - running[bounds[:-1]]
    return out


def _grown(array: np.ndarray, size: int) -> np.ndarray:
    """``array`` zero-padded to ``size`` (the vocabulary grows chunk by chunk)."""
    if len(array) >= size:
        return array
    return np.concatenate([array, np.zeros(size - len(array), array.dtype)])


def _normalise_rows(data: np.ndarray, indptr: np.ndarray, step: int = 20_000) -> None:
    """Divide each CSR row's entries by the row's L2 norm, in place, a block of rows at a time
    (so the temporaries are a block's, not the corpus's)."""
    n = len(indptr) - 1
    for begin in range(0, n, step):
        end = min(begin + step, n)
        lo, hi = int(indptr[begin]), int(indptr[end])
        if lo == hi:
            continue
        values = data[lo:hi]
        row_of = np.repeat(np.arange(end - begin), np.diff(indptr[begin : end + 1]))
        norms = np.sqrt(np.bincount(row_of, weights=values.astype(np.float64) ** 2))
        norms[norms == 0] = 1.0
        values /= norms[row_of].astype(np.float32)


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for text in texts:
        chunk.append(text if isinstance(text, str) else "")
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chunk_counts(
    texts: list[str], vocabulary: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, count) of every distinct (text, term) of a chunk, rows sorted.

    The same terms as :func:`newslens_stories.terms.terms`, computed column-wise: the regexes
    run in C over each text, tokens are factorised once per chunk and only the distinct ones
    go through :func:`~newslens_stories.terms.term` (cached), so Python work follows the
    vocabulary, not the token count.
    """
    series = pd.Series(texts, dtype=object)
    keys: list[np.ndarray] = []
    for pattern, prefix in ((TOKEN, ""), (NAME, "@"), (TICKER, "$")):
        found = series.str.findall(pattern)
        lengths = found.str.len().to_numpy(dtype=np.int64)
        flat = found.explode().dropna()
        if flat.empty:
            continue
        codes, uniques = pd.factorize(flat.to_numpy(dtype=object))
        column = np.full(len(uniques), -1, dtype=np.int64)
        for k, raw in enumerate(uniques):
            found_term = raw.lower() if prefix == "$" else term(raw)
            if found_term:
                column[k] = vocabulary.setdefault(prefix + found_term, len(vocabulary))
        doc = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        cols = column[codes]
        keep = cols >= 0
        keys.append(doc[keep] * (1 << 32) + cols[keep])
    if not keys:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    unique, count = np.unique(np.concatenate(keys), return_counts=True)
    return unique >> 32, (unique & ((1 << 32) - 1)).astype(np.int32), count
