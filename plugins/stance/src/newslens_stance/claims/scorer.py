"""Scoring pairs and articles: :class:`PairScorer` caches body features once per corpus and
labels (claim, body) pairs with the default or a trained model; :func:`score_article` gives the
rows of ``stance.claims.v1``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from newslens_stance import embeddings as _embeddings
from newslens_stance.claims.default import Evidence, default_label
from newslens_stance.claims.features import (
    CUE_FEATURES,
    BodyIndex,
    _cos,
    claim_weights,
    dense_features,
    evidence_from_index,
    index_body,
    match_features,
    sentence_scores,
)
from newslens_stance.claims.model import StanceModel
from newslens_stance.claims.text import tokens


class PairScorer:
    """Scores many (claim, body) pairs, computing each body's and claim's features once.

    ``model`` None uses the default rules. The benchmark and the analysis both use this.
    """

    def __init__(self, model: StanceModel | None = None, all_features: bool = False) -> None:
        self.model = model
        #: compute the dense features even without a model (training needs them)
        self.all_features = all_features
        self.n_dense = len(model.dense_mean) if model is not None else len(CUE_FEATURES)
        self._body: dict[str, BodyIndex] = {}
        self._claim: dict[str, Any] = {}
        self._claim_emb: dict[str, np.ndarray] = {}
        #: the model needs sentence embeddings: fail now, naming the extra, if it is missing
        self.embeddings = model is not None and _embeddings.FEATURE_SET in model.features
        if self.embeddings:
            _embeddings.encoder()

    def _embed_bodies(self, items: Sequence[tuple[BodyIndex, str]]) -> None:
        """Embed the first sentences of many bodies in one batch (cached on each body)."""
        texts, owners = [], []
        for k, (body, text) in enumerate(items):
            for a, b in body.spans[: _embeddings.MAX_SENTENCES]:
                texts.append(text[a:b])
                owners.append(k)
        vecs = _embeddings.embed(texts)
        owner = np.asarray(owners, dtype=np.int64)
        for k, (body, _) in enumerate(items):
            body.emb = vecs[owner == k]

    def _embed_claims(self, claims: Iterable[str]) -> None:
        new = sorted({c for c in claims if c not in self._claim_emb})
        for c, v in zip(new, _embeddings.embed(new), strict=True):
            self._claim_emb[c] = v

    def body(self, key: str, text: str) -> BodyIndex:
        got = self._body.get(key)
        if got is None:
            got = self._body[key] = index_body(text, self.model)
            if self.embeddings:
                self._embed_bodies([(got, text)])
        return got

    def prepare(self, bodies: dict[str, str], workers: int = 2) -> None:
        """Index many bodies up front, over ``workers`` processes when there are enough of
        them to pay for the pool (the attribution pass dominates the per-body cost)."""
        todo = [(k, t) for k, t in bodies.items() if k not in self._body]
        if workers > 1 and len(todo) >= 200:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=workers) as pool:
                done = pool.map(index_body, [t for _, t in todo], chunksize=32)
                for (key, text), body in zip(todo, done, strict=True):
                    if self.model is not None:
                        body.part, body.vec = self.model.hidden_part(text, self.model.size)
                    self._body[key] = body
            if self.embeddings:
                self._embed_bodies([(self._body[k], t) for k, t in todo])
        else:
            if self.embeddings:
                indexed = [(index_body(t, self.model), t) for _, t in todo]
                self._embed_bodies(indexed)
                for (key, _), (body, _) in zip(todo, indexed, strict=True):
                    self._body[key] = body
            for key, text in todo:
                self.body(key, text)

    def _claim_feats(self, claim: str) -> Any:
        got = self._claim.get(claim)
        if got is None:
            weights, total = claim_weights(claim)
            part = vec = None
            if self.model is not None:
                part, vec = self.model.hidden_part(claim, 0)
            got = self._claim[claim] = (part, vec, weights, total, tokens(claim))
        return got

    def features(self, pairs: Sequence[tuple[str, str, str]]) -> tuple[list[Evidence], np.ndarray]:
        """Evidence and dense features per pair (bodies and claims cached)."""
        evs, dense = [], []
        if self.embeddings:
            self._embed_claims(c for c, _, _ in pairs)
        for claim, key, text in pairs:
            _cpart, cvec, weights, total, ctoks = self._claim_feats(claim)
            body = self.body(key, text)
            sent_score = sentence_scores(weights, body)
            ev = evidence_from_index(weights, total, text, body, sent_score)
            evs.append(ev)
            if self.model is None and not self.all_features:
                continue  # the default needs only the evidence
            cos = _cos(cvec, body.vec) if cvec is not None and body.vec is not None else 0.0
            row = dense_features(claim, text, ev, cos, body.cues, body.n_words)
            row += match_features(claim, ctoks, weights, total, body, sent_score)
            if self.embeddings and body.emb is not None:
                first = ev.top[0][0] if ev.top else -1
                lexical = next(
                    (i for i, (a, _) in enumerate(body.spans[: len(body.emb)]) if a == first), -1
                )
                row += _embeddings.embedding_features(
                    self._claim_emb[claim], body.emb, body.sent_cues, body.sent_more, lexical
                )
            dense.append(row[: self.n_dense])
        if not dense:
            return evs, np.zeros((len(evs), 0))
        return evs, np.asarray(dense, dtype=float).reshape(len(evs), self.n_dense)

    def score(self, pairs: Sequence[tuple[str, str, str]]) -> list[tuple[str, float, Evidence]]:
        """``pairs``: (claim, body_key, body_text). Returns (label, score, evidence) per pair."""
        if not pairs:
            return []
        evs, dense = self.features(pairs)
        if self.model is None:
            return [
                (*default_label(ev, claim), ev)
                for ev, (claim, _, _) in zip(evs, pairs, strict=True)
            ]
        m = self.model
        # each distinct claim's and body's hidden-layer part once, then one gather per pair
        claim_row: dict[str, int] = {}
        body_row: dict[str, int] = {}
        ci = [claim_row.setdefault(c, len(claim_row)) for c, _, _ in pairs]
        bi = [body_row.setdefault(k, len(body_row)) for _, k, _ in pairs]
        heads = np.vstack([self._claim_feats(c)[0] for c in claim_row])[ci]
        bodies = np.vstack([self._body[k].part for k in body_row])[bi]
        proba = m.predict_proba(heads, bodies, dense)
        idx = proba.argmax(axis=1)
        return [(m.labels[i], round(float(proba[n, i]), 4), evs[n]) for n, i in enumerate(idx)]


@lru_cache(maxsize=4)
def _load_model(path: str) -> StanceModel:
    return StanceModel.load(path)


def score_article(
    claims: Iterable[str], text: str, title: str = "", model_path: str | None = None
) -> list[dict[str, Any]]:
    """Rows for ``stance.claims.v1``: one per claim, never raising on odd text."""
    claims = [c for c in claims if isinstance(c, str) and c.strip()]
    if not claims:
        return []
    model = _load_model(str(model_path)) if model_path else None
    scorer = PairScorer(model)
    body = f"{title}\n\n{text}" if title and title not in text[: len(title) + 5] else text
    offset = len(body) - len(text)
    rows = []
    for claim, (label, score, ev) in zip(
        claims, scorer.score([(c, "article", body) for c in claims]), strict=True
    ):
        spans = [[a - offset, b - offset] for a, b, _ in ev.top if a >= offset]
        first = spans[0] if spans and label != "unrelated" else None
        rows.append(
            {
                "claim": claim,
                "label": label,
                "score": float(score),
                "relatedness": round(0.6 * ev.coverage + 0.4 * ev.best, 4),
                "model": "trained" if model is not None else "default",
                "start": first[0] if first else None,
                "end": first[1] if first else None,
                "text": text[first[0] : first[1]] if first else None,
                "evidence_spans": spans if label != "unrelated" else [],
                "evidence": " … ".join(text[a:b] for a, b in spans) if label != "unrelated" else "",
                "refute_cues": int(ev.refute),
                "hedge_cues": int(ev.hedge),
                "denying_sources": int(ev.deny_attr),
            }
        )
    return rows


CLAIM_COLUMNS: dict[str, str] = {
    "claim": "str",
    "label": "str",
    "score": "float64",
    "relatedness": "float64",
    "model": "str",
    "start": "Int64",
    "end": "Int64",
    "text": "str",
    "evidence_spans": "object",
    "evidence": "str",
    "refute_cues": "int64",
    "hedge_cues": "int64",
    "denying_sources": "int64",
}
