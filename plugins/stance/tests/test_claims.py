"""Claims: the untrained default's labels, and the trainable model's train/save/load cycle."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from newslens_stance.claims import (
    CUE_FEATURES,
    LABELS,
    PairScorer,
    StanceModel,
    default_label,
    evidence,
    score_article,
)

ARTICLE_DENY = (
    "The city council voted on Tuesday to rebuild the old stone bridge over the river. "
    "Mayor Ruth Evans denied reports that the bridge had collapsed during the storm. "
    "\u201cThe bridge is standing and safe,\u201d she said."
)
ARTICLE_AGREE = (
    "The old stone bridge over the river collapsed during the storm on Monday night. "
    "Engineers said the bridge collapsed after its central arch gave way."
)
ARTICLE_HEDGE = (
    "The old stone bridge over the river reportedly collapsed during the storm, according to "
    "unconfirmed posts on social media. Officials have not commented."
)
ARTICLE_OTHER = "Bakers in the northern town raised the price of bread for the third time."
CLAIM = "The old stone bridge collapsed in the storm"


def label(text: str, claim: str = CLAIM) -> str:
    return default_label(evidence(claim, text), claim)[0]


def test_default_labels() -> None:
    assert label(ARTICLE_OTHER) == "unrelated"
    assert label(ARTICLE_DENY) == "disagree"
    assert label(ARTICLE_AGREE) == "agree"
    assert label(ARTICLE_HEDGE) == "discuss"


def test_rows_carry_deciding_sentences() -> None:
    (row,) = score_article([CLAIM], ARTICLE_DENY, title="Council to rebuild bridge")
    assert row["label"] == "disagree" and row["model"] == "default"
    assert row["denying_sources"] >= 1
    for a, b in row["evidence_spans"]:
        assert ARTICLE_DENY[a:b] in row["evidence"]
    assert ARTICLE_DENY[row["start"] : row["end"]] == row["text"]
    (other,) = score_article([CLAIM], ARTICLE_OTHER)
    assert other["label"] == "unrelated" and other["evidence_spans"] == []


def write_plain_csv(path: Path) -> None:
    rows = []
    topics = ["bridge", "harbour", "tunnel", "railway", "airport", "stadium"]
    for i, topic in enumerate(topics * 20):
        claim = f"The {topic} number {i} was closed by the authorities"
        rows.append(
            (claim, f"Officials confirmed the {topic} number {i} was closed today.", "agree")
        )
        rows.append(
            (claim, f"Officials denied the {topic} number {i} was closed; a hoax.", "disagree")
        )
        rows.append(
            (claim, f"Reports claim the {topic} number {i} may have been closed.", "discuss")
        )
        rows.append((claim, "Farmers expect a large apple harvest this autumn.", "unrelated"))
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["claim", "text", "label"])
        writer.writerows(rows)


def test_train_save_load_score(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from newslens_stance.train import train_command

    data = tmp_path / "pairs.csv"
    write_plain_csv(data)
    report = train_command(data, None, tmp_path / "model")
    assert "trained on 480 pairs" in report
    model_path = tmp_path / "model.npz"
    model = StanceModel.load(model_path)
    assert model.size > 10 and model.w1.shape[0] == 2 * model.size + len(model.dense_mean)
    assert model.w1.shape[1] == 3 * 100  # three networks merged into one
    assert model.trees is not None and set(model.trees["tree_class"]) == {0, 1, 2}
    rows = score_article(
        ["The harbour number 99 was closed by the authorities"],
        "Farmers expect a large apple harvest this autumn.",
        model_path=str(model_path),
    )
    # (on 480 toy pairs the network is unsure: P(unrelated) lands near the 0.75 threshold)
    assert rows[0]["model"] == "trained" and rows[0]["label"] in LABELS
    assert model.related_threshold == 0.75
    # a file holding a pickled object array is refused: loading never runs code
    evil = tmp_path / "evil.npz"
    np.savez(evil, header=np.array([object()], dtype=object))
    with pytest.raises(ValueError):
        StanceModel.load(evil)


def run_train_command(tmp_path: Path, *options: str) -> tuple[Any, Path]:
    """``newslens stance train`` on the plain CSV, as the plugin registers it on a fresh
    click group; returns the click result and the model path asked for."""
    import click
    from click.testing import CliRunner
    from newslens_stance import plugin

    @click.group()
    def group() -> None:
        pass

    plugin.newslens_register_commands(group)
    data = tmp_path / "pairs.csv"
    write_plain_csv(data)
    out = tmp_path / "m.npz"
    args = ["stance", "train", str(data), "--out", str(out), *options]
    return CliRunner().invoke(group, args), out


def test_cli_train_command(tmp_path: Path) -> None:
    """``newslens stance train`` as the plugin registers it, on a fresh click group."""
    pytest.importorskip("sklearn")
    result, out = run_train_command(tmp_path)
    assert result.exit_code == 0, result.output
    assert "trained on 480 pairs" in result.output and out.exists()


def test_cli_train_passes_the_calibration_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Class weights are calibrated by default (0.2); ``--calibrate 0`` turns them off and a
    share above one half is refused before any training."""
    from newslens_stance import train

    seen: list[float] = []

    def fake_train(pairs, bodies, out, embeddings=False, calibrate=0.2):  # type: ignore[no-untyped-def]
        seen.append(calibrate)
        return "ok"

    monkeypatch.setattr(train, "train_command", fake_train)
    assert run_train_command(tmp_path)[0].exit_code == 0
    assert run_train_command(tmp_path, "--calibrate", "0")[0].exit_code == 0
    assert run_train_command(tmp_path, "--calibrate", "0.9")[0].exit_code != 0
    assert seen == [0.2, 0.0]


def test_cli_train_with_embeddings_names_the_missing_extra(tmp_path: Path) -> None:
    """``--embeddings`` without the extra fails with the install command, writing nothing."""
    pytest.importorskip("sklearn")
    try:
        import sentence_transformers  # noqa: F401

        pytest.skip("the embeddings extra is installed here")
    except ImportError:
        pass
    result, out = run_train_command(tmp_path, "--embeddings")
    assert result.exit_code != 0
    assert "newslens-stance[embeddings]" in str(result.exception) + result.output
    assert not out.exists()


@pytest.mark.filterwarnings("ignore::UserWarning")  # ConvergenceWarning, if sklearn is there
def test_calibrated_training(tmp_path: Path) -> None:
    """Class offsets tuned on held-out claim clusters still give a loadable, working model."""
    pytest.importorskip("sklearn")
    from newslens_stance.claims import PairScorer
    from newslens_stance.train import read_pairs, train_model

    data = tmp_path / "pairs.csv"
    write_plain_csv(data)
    pairs, bodies = read_pairs(data)
    model = train_model(pairs, bodies, calibrate=0.3, epochs=5)
    path = model.save(tmp_path / "cal.npz")
    scorer = PairScorer(StanceModel.load(path))
    labels = [
        lab
        for lab, _, _ in scorer.score([(p.claim, p.body_id, bodies[p.body_id]) for p in pairs[:40]])
    ]
    assert set(labels) <= {"agree", "disagree", "discuss", "unrelated"}


def test_tree_evaluator_by_hand() -> None:
    """Exported trees are evaluated with numpy alone: two stumps per class, one split each
    (feature 0 at 0.5; missing values go right), and a leaf-only tree."""
    from newslens_stance.claims import tree_proba

    # nodes: tree 0 (class 0) = 0..2, tree 1 (class 1) = 3..5, tree 2 (class 2) = 6 (a leaf)
    trees = {
        "feature": np.array([0, 0, 0, 1, 0, 0, 0], dtype=np.int32),
        "threshold": np.array([0.5, 0, 0, 2.0, 0, 0, 0]),
        "missing_left": np.array([0, 0, 0, 1, 0, 0, 0], dtype=np.uint8),
        "left": np.array([1, 0, 0, 4, 0, 0, 0]),
        "right": np.array([2, 0, 0, 5, 0, 0, 0]),
        "leaf": np.array([0, 1, 1, 0, 1, 1, 1], dtype=np.uint8),
        "value": np.array([0, 2.0, -2.0, 0, 1.0, -1.0, 0.5]),
        "roots": np.array([0, 3, 6]),
        "tree_class": np.array([0, 1, 2]),
        "baseline": np.zeros(3),
        "depth": np.array(2),
    }
    x = np.array([[0.0, 1.0], [1.0, 3.0], [np.nan, np.nan]])
    raw = np.array([[2.0, 1.0, 0.5], [-2.0, -1.0, 0.5], [-2.0, 1.0, 0.5]])
    want = np.exp(raw) / np.exp(raw).sum(axis=1, keepdims=True)
    assert np.allclose(tree_proba(trees, x), want)


def test_exported_trees_match_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn.ensemble")
    from newslens_stance.claims import export_trees, tree_proba

    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 5))
    x[rng.random(x.shape) < 0.05] = np.nan
    y = np.array(["agree", "disagree", "discuss"])[
        (np.nan_to_num(x[:, 0]) > 0).astype(int) + (np.nan_to_num(x[:, 1]) > 0.5)
    ]
    clf = sklearn.HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=7).fit(x, y)
    trees = export_trees(clf, ["agree", "disagree", "discuss"])
    assert np.allclose(tree_proba(trees, x), clf.predict_proba(x))


def tiny_model(b2: list[float], threshold: float) -> StanceModel:
    """A model whose network ignores its input: the output is softmax(b2) for every pair."""
    n = len(CUE_FEATURES)
    return StanceModel(
        vocab={"bridg": 0, "collaps": 1},
        idf=np.ones(2),
        w1=np.zeros((4 + n, 2)),
        b1=np.zeros(2),
        w2=np.zeros((2, 4)),
        b2=np.array(b2),
        dense_mean=np.zeros(n),
        dense_std=np.ones(n),
        related_threshold=threshold,
    )


def test_related_threshold(tmp_path: Path) -> None:
    """P(unrelated) 0.6: unrelated under a 0.5 threshold, related (its best related label)
    under 0.75, and the threshold survives save/load."""
    b2 = [np.log(0.2), np.log(0.1), np.log(0.1), np.log(0.6)]
    pair = [(CLAIM, "a", ARTICLE_AGREE)]
    assert PairScorer(tiny_model(b2, 0.5)).score(pair)[0][0] == "unrelated"
    path = tiny_model(b2, 0.75).save(tmp_path / "m.npz")
    loaded = StanceModel.load(path)
    assert loaded.related_threshold == 0.75
    assert PairScorer(loaded).score(pair)[0][0] == "agree"


def test_other_model_versions_are_refused(tmp_path: Path) -> None:
    import json

    path = tiny_model([0.0, 0.0, 0.0, 1.0], 0.5).save(tmp_path / "m.npz")
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    header = json.loads(str(arrays["header"]))
    header["version"] = 2
    arrays["header"] = np.array(json.dumps(header))
    old = tmp_path / "old.npz"
    np.savez(old, **arrays)
    with pytest.raises(ValueError, match=r"version 2.*retrain"):
        StanceModel.load(old)


def v3(claim: str, body: str) -> dict[str, float]:
    """The version-3 stance features of one pair, by name."""
    scorer = PairScorer(all_features=True)
    _, dense = scorer.features([(claim, "b", body)])
    return dict(zip(CUE_FEATURES, dense[0], strict=True))


def test_doubt_features_fire_on_a_debunking_body() -> None:
    debunk = (
        "Reports that the old stone bridge collapsed in the storm turned out to be a prank. "
        "Engineers said the bridge was not damaged at all."
    )
    got = v3(CLAIM, debunk)
    assert got["lede_doubt"] >= 2  # "turned out", "prank"
    assert got["top_doubt_weighted"] > 0 and got["first_doubt_position"] == 0.0
    assert got["plain_claim_doubting_body"] == 1.0 and got["doubting_claim_doubting_body"] == 0
    plain = v3(CLAIM, ARTICLE_AGREE)
    assert plain["lede_doubt"] == 0 and plain["plain_claim_doubting_body"] == 0
    assert plain["first_doubt_position"] == 1.5  # no doubt anywhere
    # a claim that itself calls the story false agrees with the debunking body
    hoax = v3("The bridge collapse story is a hoax", debunk)
    assert hoax["doubting_claim_doubting_body"] == 1.0 and hoax["plain_claim_doubting_body"] == 0
    # and disagrees with a body that reports the collapse as fact
    asserted = v3("The bridge collapse story is a hoax", ARTICLE_AGREE)
    assert asserted["claim_doubt"] == 1.0 and asserted["doubting_claim_plain_body"] == 1.0


def test_negated_claim_words_and_attribution() -> None:
    denied = "The woman detained at the border was not the wife of the rebel leader, police said."
    got = v3("Wife of rebel leader detained at the border", denied)
    assert got["negated_claim_words"] >= 1  # "wife" right after "not the"
    assert got["lede_attribution"] == 1.0 and got["lede_negation"] >= 1
    assert (
        v3("Wife of rebel leader detained at the border", denied.replace("not ", ""))[
            "negated_claim_words"
        ]
        == 0
    )
