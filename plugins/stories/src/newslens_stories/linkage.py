"""Average-link clustering of the candidate graph, one connected component at a time.

Average link merges two groups while the mean similarity over all their cross pairs is at
least ``threshold``. A mean can only reach the threshold if one of its pairs does, so every
merge happens inside a connected component of the graph of pairs at or above the threshold:
the components are found first (sparse, linear), and each is clustered on its own. A component
of at most ``DENSE_LIMIT`` articles is clustered exactly (its full similarity matrix, with the
time factor, is small); a larger one, on its candidate pairs only (a missing pair counts as
similarity 0), with a heap and lazy updates. News corpora give many small components, so the
work follows the stories, not n squared.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

import numpy as np
import scipy.sparse as sp

#: Components up to this size are clustered on their exact similarity matrix.
DENSE_LIMIT = 3000

SimilarityBlock = Callable[[np.ndarray], np.ndarray]


def average_link(
    n: int,
    left: np.ndarray,
    right: np.ndarray,
    similarity: np.ndarray,
    threshold: float,
    block: SimilarityBlock,
) -> np.ndarray:
    """A cluster label for each of ``n`` items (labels are arbitrary integers).

    :param left, right, similarity: undirected candidate pairs and their similarity.
    :param block: ``block(members) -> dense similarity matrix`` of those members (exact, with
        the time factor), used for components of at most :data:`DENSE_LIMIT` members.
    """
    labels = np.arange(n, dtype=np.int64)
    strong = similarity >= threshold
    if not strong.any():
        return labels
    # imported here: scipy.cluster (and scipy.spatial under it) is a third of the plugins'
    # import time, and a process that reads stories from a store never clusters
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse.csgraph import connected_components

    graph = sp.coo_matrix(
        (np.ones(int(strong.sum()), dtype=np.int8), (left[strong], right[strong])), shape=(n, n)
    )
    count, component = connected_components(graph, directed=False)
    sizes = np.bincount(component, minlength=count)
    members_of = np.argsort(component, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    next_label = n
    big: list[np.ndarray] = []
    for c in np.flatnonzero(sizes > 1):
        members = members_of[bounds[c] : bounds[c + 1]]
        if len(members) > DENSE_LIMIT:
            big.append(members)
            continue
        if len(members) == 2:
            labels[members] = next_label
            next_label += 1
            continue
        sims = np.minimum(block(members), 1.0)
        distance = 1.0 - sims[np.triu_indices(len(members), k=1)]
        tree = linkage(distance, method="average")
        sub = fcluster(tree, 1.0 - threshold, criterion="distance")
        labels[members] = next_label + sub
        next_label += int(sub.max()) + 1
    for members in big:
        sub = _sparse_average_link(members, left, right, similarity, threshold)
        labels[members] = next_label + sub
        next_label += int(sub.max()) + 1
    return labels


def _sparse_average_link(
    members: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    similarity: np.ndarray,
    threshold: float,
) -> np.ndarray:
    """Average link over the candidate pairs inside one large component."""
    local = {int(m): i for i, m in enumerate(members)}
    inside = np.isin(left, members) & np.isin(right, members)
    size = [1] * len(members)
    links: list[dict[int, float]] = [{} for _ in members]
    for a, b, s in zip(left[inside], right[inside], similarity[inside], strict=True):
        i, j = local[int(a)], local[int(b)]
        links[i][j] = links[i].get(j, 0.0) + float(s)
        links[j][i] = links[j].get(i, 0.0) + float(s)
    heap = [(-s / 1.0, i, j) for i in range(len(members)) for j, s in links[i].items() if i < j]
    heapq.heapify(heap)
    parent = list(range(len(members)))
    alive = [True] * len(members)
    while heap:
        negative, i, j = heapq.heappop(heap)
        if -negative < threshold:
            break
        if not (alive[i] and alive[j]) or j not in links[i]:
            continue
        current = links[i][j] / (size[i] * size[j])
        if abs(current + negative) > 1e-9:
            continue  # stale entry: a fresher one is in the heap
        if len(links[i]) < len(links[j]):
            i, j = j, i  # merge the smaller neighbourhood into the larger
        alive[j] = False
        parent[j] = i
        size[i] += size[j]
        del links[i][j]
        for k, s in links[j].items():
            if k == i:
                continue
            links[i][k] = links[i].get(k, 0.0) + s
            del links[k][j]
            links[k][i] = links[i][k]
        links[j] = {}
        for k, s in links[i].items():
            heapq.heappush(heap, (-s / (size[i] * size[k]), min(i, k), max(i, k)))
    labels = np.empty(len(members), dtype=np.int64)
    for x in range(len(members)):
        root = x
        while parent[root] != root:
            root = parent[root]
        labels[x] = root
    return labels
