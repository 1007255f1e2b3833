"""The trained model as plain arrays (:class:`StanceModel`): a one-hidden-layer network and
boosted trees exported from scikit-learn, saved as ``.npz`` plus a JSON header; loading executes
no code."""

from __future__ import annotations

import json
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newslens_stance import embeddings as _embeddings
from newslens_stance.claims.text import LABELS, tokens

#: model file format: 1 had 20 dense features, 2 had 39, 3 has 55, the related threshold and
#: class weights; a file of another version is refused (its columns would be misread)
MODEL_VERSION = 3


@dataclass
class StanceModel:
    """A trained claim/body classifier: vocabulary, IDF, and a one-hidden-layer network.

    Saved with :meth:`save` as ``.npz`` of plain arrays (the vocabulary as a JSON string):
    :meth:`load` uses ``allow_pickle=False``, so a model file cannot run code.
    """

    vocab: dict[str, int]
    idf: np.ndarray
    w1: np.ndarray  # (2 * V + n_dense, H)
    b1: np.ndarray
    w2: np.ndarray  # (H, 4)
    b2: np.ndarray
    dense_mean: np.ndarray
    dense_std: np.ndarray
    labels: tuple[str, ...] = LABELS
    #: optional second stage: boosted trees over the raw dense features that re-rank agree /
    #: disagree / discuss among pairs the network calls related (arrays from ``export_trees``)
    trees: dict[str, np.ndarray] | None = None
    blend: float = 0.5
    #: a pair is related when the network's P(unrelated) is below this. Why not 0.5: FNC-style
    #: scoring (and an analyst's search) loses more on a related pair called unrelated (its
    #: relatedness and its label) than on the reverse; with P(label right | related) ~0.75
    #: the expected-score break-even is P(unrelated) = 1 - 0.25 / (0.25 + 0.25 + 0.75 * 0.75)
    related_threshold: float = 0.5
    #: weights of agree / disagree / discuss applied to the blended related probabilities
    #: (tuned on held-out claim clusters by ``train_model(calibrate=...)``; ones otherwise)
    scale: np.ndarray = field(default_factory=lambda: np.ones(3))
    #: optional feature sets beyond the lexical ones, in dense-column order after
    #: ``CUE_FEATURES``: ``("embeddings",)`` needs the ``embeddings`` extra (see embeddings.py)
    features: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return len(self.vocab)

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        if path.suffix != ".npz":
            path = path.with_suffix(".npz")
        header = json.dumps(
            {
                "format": "newslens-stance-model",
                "version": MODEL_VERSION,
                "labels": list(self.labels),
                "vocab": self.vocab,
                "features": list(self.features),
                **(
                    {"encoder": _embeddings.ENCODER, "sentences": _embeddings.MAX_SENTENCES}
                    if _embeddings.FEATURE_SET in self.features
                    else {}
                ),
            }
        )
        extra = {f"gb_{k}": v for k, v in (self.trees or {}).items()}
        np.savez_compressed(
            path,
            **extra,
            header=np.array(header),
            blend=np.array(self.blend),
            related_threshold=np.array(self.related_threshold),
            scale=np.asarray(self.scale, dtype=float),
            idf=self.idf,
            w1=self.w1,
            b1=self.b1,
            w2=self.w2,
            b2=self.b2,
            dense_mean=self.dense_mean,
            dense_std=self.dense_std,
        )
        return path

    @classmethod
    def load(cls, path: str | Path) -> StanceModel:
        with np.load(Path(path), allow_pickle=False) as z:
            header = json.loads(str(z["header"]))
            if header.get("format") != "newslens-stance-model":
                raise ValueError(f"{path}: not a newslens stance model")
            version = header.get("version")
            if version != MODEL_VERSION:
                raise ValueError(
                    f"{path}: stance model format version {version}, this newslens reads "
                    f"version {MODEL_VERSION} only (its dense features differ): retrain it "
                    "with `newslens stance train`"
                )
            return cls(
                vocab=header["vocab"],
                idf=z["idf"],
                w1=z["w1"],
                b1=z["b1"],
                w2=z["w2"],
                b2=z["b2"],
                dense_mean=z["dense_mean"],
                dense_std=z["dense_std"],
                labels=tuple(header["labels"]),
                trees={k[3:]: z[k] for k in z.files if k.startswith("gb_")} or None,
                blend=float(z["blend"]) if "blend" in z.files else 0.5,
                related_threshold=float(z["related_threshold"]),
                scale=z["scale"],
                features=tuple(header.get("features", ())),
            )

    # -- features
    def tf(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse term frequencies (ids, values), L2-normalised like the training matrix."""
        counts = Counter(t for t in tokens(text) if t in self.vocab)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        ids = np.fromiter((self.vocab[t] for t in counts), dtype=np.int64, count=len(counts))
        vals = np.fromiter(counts.values(), dtype=float, count=len(counts))
        return ids, vals / np.linalg.norm(vals)

    def hidden_part(self, text: str, offset: int) -> tuple[np.ndarray, dict[int, float]]:
        """This text's contribution to the hidden layer, and its TF-IDF vector (for cosine)."""
        ids, vals = self.tf(text)
        part = vals @ self.w1[offset + ids] if len(ids) else np.zeros(self.w1.shape[1])
        tfidf = vals * self.idf[ids] if len(ids) else vals
        norm = float(np.linalg.norm(tfidf)) or 1.0
        return part, {int(i): float(v) / norm for i, v in zip(ids, tfidf, strict=True)}

    def predict_proba(
        self, head_part: np.ndarray, body_part: np.ndarray, dense: np.ndarray
    ) -> np.ndarray:
        """Class probabilities for a batch: parts are (N, H), dense is (N, n_dense)."""
        z = (dense - self.dense_mean) / self.dense_std
        h = head_part + body_part + z @ self.w1[2 * self.size :] + self.b1
        np.maximum(h, 0.0, out=h)
        logits = h @ self.w2 + self.b2
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        if not len(p):
            return p
        # two stages: the network decides related / unrelated; among related pairs its
        # agree/disagree/discuss probabilities are blended with the trees'
        u = self.labels.index("unrelated")
        rel = [i for i in range(len(self.labels)) if i != u]
        related = p[:, u] < self.related_threshold
        if not related.any():
            return p
        pr = p[related][:, rel]
        pr /= np.maximum(pr.sum(axis=1, keepdims=True), 1e-12)
        if self.trees is not None:
            pr = self.blend * tree_proba(self.trees, dense[related]) + (1.0 - self.blend) * pr
        pr = pr * self.scale
        pr /= np.maximum(pr.sum(axis=1, keepdims=True), 1e-12)
        pu = p[related, u]
        out = p.copy()
        out[np.ix_(related, rel)] = pr * (1.0 - pu)[:, None]
        # keep the first stage's decision: a related pair stays related
        out[related, u] = np.minimum(pu, 0.999 * out[np.ix_(related, rel)].max(axis=1))
        return out


def export_trees(clf: Any, labels: Sequence[str]) -> dict[str, np.ndarray]:
    """Plain arrays from a fitted scikit-learn ``HistGradientBoostingClassifier`` (numeric
    features only), so a model file holds trees without pickle and scoring needs only numpy.

    ``labels``: the model's related labels in output order; ``clf.classes_`` must be them.
    """
    if [str(c) for c in clf.classes_] != list(labels):
        raise ValueError(f"classes {list(clf.classes_)} != {list(labels)}")
    nodes = [t.nodes for it in clf._predictors for t in it]  # iterations x classes
    k = len(labels)
    offsets = np.cumsum([0] + [len(n) for n in nodes[:-1]])
    flat = np.concatenate(nodes)
    shift = np.repeat(offsets, [len(n) for n in nodes])
    leaf = flat["is_leaf"].astype(bool)
    return {
        "feature": flat["feature_idx"].astype(np.int32),
        "threshold": flat["num_threshold"].astype(np.float64),
        "missing_left": flat["missing_go_to_left"].astype(np.uint8),
        "left": np.where(leaf, 0, flat["left"].astype(np.int64) + shift),
        "right": np.where(leaf, 0, flat["right"].astype(np.int64) + shift),
        "leaf": leaf.astype(np.uint8),
        "value": flat["value"].astype(np.float64),
        "roots": offsets.astype(np.int64),
        "tree_class": np.tile(np.arange(k), len(nodes) // k).astype(np.int64),
        "baseline": np.asarray(clf._baseline_prediction, dtype=np.float64).reshape(-1),
        "depth": np.array(int(flat["depth"].max()) + 1),
    }


@dataclass(frozen=True)
class _TreePlan:
    """Exported trees rearranged for batch scoring (derived once per model, see ``_plan``)."""

    feature: np.ndarray
    threshold: np.ndarray
    missing_left: np.ndarray
    child: np.ndarray  # child[2 * node + went_left]; a leaf is its own child
    value: np.ndarray
    roots: np.ndarray  # deepest tree first
    active: tuple[int, ...]  # trees still descending at each step
    onehot: np.ndarray  # tree -> class


#: plans by ``id`` of a model's feature array, dropped when that array is freed
_PLANS: dict[int, _TreePlan] = {}


def _plan(trees: dict[str, np.ndarray]) -> _TreePlan:
    """Why a plan: trees differ in depth (1 to ``depth``), so ordering them deepest first lets
    each descent step touch only the trees still descending (about twice as fast as stepping
    all trees ``depth`` times); cached per model, keyed by its feature array."""
    key = trees["feature"]
    plan = _PLANS.get(id(key))
    if plan is not None:
        return plan
    leaf = trees["leaf"].astype(bool)
    idx = np.arange(len(leaf))
    left = np.where(leaf, idx, trees["left"])
    right = np.where(leaf, idx, trees["right"])
    roots, cls = trees["roots"], trees["tree_class"]
    depth = np.zeros(len(leaf), dtype=np.int64)
    inner = np.flatnonzero(~leaf)
    for _ in range(int(trees["depth"])):
        depth[left[inner]] = depth[inner] + 1
        depth[right[inner]] = depth[inner] + 1
    tree_depth = np.maximum.reduceat(depth, roots) if len(roots) else np.zeros(0, np.int64)
    order = np.argsort(-tree_depth, kind="stable")
    onehot = np.zeros((len(roots), len(trees["baseline"])))
    onehot[np.arange(len(roots)), cls[order]] = 1.0
    plan = _TreePlan(
        feature=np.where(leaf, 0, trees["feature"]).astype(np.int64),
        threshold=np.where(leaf, np.inf, trees["threshold"]),
        missing_left=trees["missing_left"].astype(bool) | leaf,
        child=np.stack([right, left], axis=1).ravel(),
        value=trees["value"],
        roots=roots[order],
        active=tuple(int((tree_depth > s).sum()) for s in range(int(tree_depth.max(initial=0)))),
        onehot=onehot,
    )
    _PLANS[id(key)] = plan
    weakref.finalize(key, _PLANS.pop, id(key), None)
    return plan


def tree_proba(trees: dict[str, np.ndarray], x: np.ndarray, chunk: int = 2048) -> np.ndarray:
    """Class probabilities of exported boosted trees for rows ``x`` (vectorised over rows
    and trees: every tree still descending goes down one level per step)."""
    plan = _plan(trees)
    k = len(trees["baseline"])
    out = np.empty((len(x), k))
    for a in range(0, len(x), chunk):
        xb = np.ascontiguousarray(x[a : a + chunk], dtype=np.float64)
        has_nan = bool(np.isnan(xb).any())
        flat = xb.ravel()
        row = (np.arange(len(xb)) * xb.shape[1])[:, None]
        node = np.broadcast_to(plan.roots, (len(xb), len(plan.roots))).copy()
        for n in plan.active:
            sub = node[:, :n]
            v = flat[row + plan.feature[sub]]
            go_left = v <= plan.threshold[sub]
            if has_nan:
                go_left = np.where(np.isnan(v), plan.missing_left[sub], go_left)
            node[:, :n] = plan.child[2 * sub + go_left]
        raw = plan.value[node] @ plan.onehot + trees["baseline"]
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        out[a : a + len(xb)] = e / e.sum(axis=1, keepdims=True)
    return out
