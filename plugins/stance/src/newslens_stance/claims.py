"""Claim vs. article stance: agree, disagree, discuss or unrelated.

Two scorers share one interface:

- the **default** (:func:`default_label`) needs no training data: relatedness is the share of
  the claim's informative words (IDF-weighted, from a table built on the bundled Wikinews
  sample, CC BY 2.5) that the article covers, globally and in its best sentences; the label
  among related pairs comes from the article's attributions (part A: a source that denies or
  disputes the claim's proposition), refutation cues ("hoax", "fake", "no evidence") and
  hedging cues ("reportedly", "unconfirmed") in the sentences that decided relatedness.
- the **trained** model (:class:`StanceModel`) is a one-hidden-layer network over bag-of-words
  of claim and body, their TF-IDF cosine and the default's cue features, trained with
  scikit-learn (only at training time) and saved as ``.npz`` arrays plus a JSON header: loading
  it executes no code (``numpy.load(..., allow_pickle=False)``). Body features are computed
  once per body and cached, so scoring many claims against a corpus is a few matrix products.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newslens_stance import embeddings as _embeddings
from newslens_stance.attributions import find_attributions


def _words(block: str) -> tuple[str, ...]:
    """A word list written as a block of text (keeps long lexicons readable)."""
    return tuple(block.split())


LABELS = ("agree", "disagree", "discuss", "unrelated")

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    _words(
        """
        a about above after again against all am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for
        from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not now of off on once
        only or other our ours ourselves out over own same she should so some such than that
        the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with
        would you your yours yourself s t said says say also new one two us mr mrs ms after
        year years
        """
    )
)
REFUTE = re.compile(
    r"\b(?:fake|fakes|hoax(?:es)?|false(?:ly)?|debunk\w*|deni(?:ed|es)|deny(?:ing)?|"
    r"no evidence|not true|untrue|myth|fabricat\w+|satir\w+|misleading|refut\w+|baseless|"
    r"bogus|doctored|photoshopped|rumou?rs? (?:are|is) (?:false|untrue)|not real|never happened|"
    r"dismiss\w*|reject\w*|incorrect|wrong)\b",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|alleged|claim(?:s|ed)?|unconfirmed|unverified|rumou?r\w*|"
    r"purported(?:ly)?|apparently|may|might|could|possibly|speculat\w+|suggest\w*|appears?|"
    r"according to|reports?|if true|not (?:yet )?(?:been )?confirmed)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|n't|nothing|none|neither|nor)\b|n't\b", re.IGNORECASE)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’')]*|$)")


def tokens(text: str) -> list[str]:
    """Lower-case content-word stems: why stems: "strike", "strikes" and "striking" should
    count as the same evidence."""
    out = []
    for w in _TOKEN.findall(text.lower()):
        if w in STOPWORDS or len(w) < 2:
            continue
        out.append(_stem(w))
    return out


@lru_cache(maxsize=200_000)
def _stem(w: str) -> str:
    for suf in ("ing", "edly", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w.rstrip("e") if len(w) > 4 else w


@lru_cache(maxsize=1)
def _idf_table() -> tuple[dict[str, float], float]:
    try:
        raw = resources.files("newslens_stance").joinpath("data/idf.json").read_text("utf-8")
        data = json.loads(raw)
        return {k: float(v) for k, v in data["idf"].items()}, float(data["default"])
    except (OSError, ValueError, KeyError):
        return {}, 1.0


def idf(word: str) -> float:
    table, default = _idf_table()
    return table.get(word, default)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with surrounding blanks trimmed."""
    spans = []
    for m in _SENT.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a > 1:
            spans.append((a, b))
    return spans


# --------------------------------------------------------------------------- default


@dataclass(frozen=True)
class Evidence:
    """What the default scorer computed for one (claim, article) pair."""

    coverage: float  # share of the claim's IDF mass found anywhere in the article
    best: float  # best single-sentence coverage
    top: tuple[tuple[int, int, float], ...]  # (start, end, coverage) of the deciding sentences
    refute: int
    hedge: int
    deny_attr: int  # attributions denying / disputing something close to the claim
    hedge_attr: int
    assert_attr: int


def _coverage(claim: Counter[str], words: set[str]) -> float:
    total = sum(idf(w) for w in claim)
    if total <= 0:
        return 0.0
    return sum(idf(w) for w in claim if w in words) / total


def evidence(claim: str, text: str) -> Evidence:
    """Relatedness and cue counts for one pair (pure; the default's inputs)."""
    weights, total = claim_weights(claim)
    return evidence_from_index(weights, total, text, index_body(text))


#: Relatedness thresholds of the default, chosen on Wikinews title/body pairs (own body vs.
#: other bodies), never on FNC-1: see benchmarks/fnc1.py.
RELATED_COVERAGE = 0.45
RELATED_BEST = 0.3


@lru_cache(maxsize=65536)
def claim_flags(claim: str) -> tuple[bool, bool, bool, bool, bool, int]:
    """Claim-level cues, computed once per claim: refutation, hedge, negation words, a
    question mark, a quotation mark, and the word count."""
    return (
        bool(REFUTE.search(claim)),
        bool(HEDGE.search(claim)),
        bool(NEGATION.search(claim)),
        "?" in claim,
        any(q in claim for q in "\"“‘'"),
        len(claim.split()),
    )


def default_label(ev: Evidence, claim: str = "") -> tuple[str, float]:
    """The untrained default's label and a score in [0, 1] (its confidence in the label)."""
    related = 0.6 * ev.coverage + 0.4 * ev.best
    if ev.coverage < RELATED_COVERAGE and ev.best < RELATED_BEST:
        return "unrelated", round(1.0 - related, 4)
    flags = claim_flags(claim)
    claim_neg = flags[2] or flags[0]
    refuting = ev.deny_attr > 0 or ev.refute > 0
    if refuting and not claim_neg:
        return "disagree", round(min(1.0, 0.5 + 0.1 * (ev.refute + 2 * ev.deny_attr)), 4)
    if ev.hedge > 0 or ev.hedge_attr > 0 or ev.best < 0.6:
        return "discuss", round(related, 4)
    return "agree", round(min(1.0, ev.best), 4)


# --------------------------------------------------------------------------- trained model

CUE_FEATURES = (
    "coverage",
    "best",
    "refute",
    "hedge",
    "deny_attr",
    "hedge_attr",
    "assert_attr",
    "claim_refute",
    "claim_hedge",
    "claim_neg",
    "body_refute",
    "body_hedge",
    "cosine",
    "default_agree",
    "default_disagree",
    "default_discuss",
    "default_unrelated",
    "log_body_words",
    "claim_words",
    "best_position",
    # version 2: lexical-match and cue features that FNC-1 systems found useful
    "bm25",
    "bigram_overlap",
    "trigram_overlap",
    "second_best",
    "third_best",
    "sentences_half_covered",
    "top_negation",
    "polarity_mismatch",
    "lede_refute",
    "lede_hedge",
    "lede_coverage",
    "top_refute_weighted",
    "top_hedge_weighted",
    "body_negation",
    "claim_question",
    "claim_quote",
    "top_discuss_cue",
    "top_support_cue",
    "body_support",
    # version 3: doubt/refutation in a wider lexicon (DOUBT), attribution, negation scope,
    # and the claim's own polarity against the body's (see ``stance_features``)
    "lede_doubt",
    "top_doubt_weighted",
    "body_doubt",
    "first_doubt_position",
    "lede_attribution",
    "attribution_share",
    "lede_negation",
    "negated_claim_words",
    "lede_question",
    "doubting_claim_doubting_body",
    "plain_claim_doubting_body",
    "claim_doubt",
    "doubting_claim_plain_body",
    "first_sentence_coverage",
    "lede_hedge_2",
    "lede_support_2",
)
#: words that report a claim as fact ("confirmed", "officially", "revealed"): agree's cues
SUPPORT = re.compile(
    r"\b(?:confirm\w*|official(?:ly)?|reveal\w*|announc\w*|verif\w*|proof|proves?|proven|"
    r"indeed|actually|true|real|footage shows?|photos? shows?|video shows?)\b",
    re.IGNORECASE,
)
#: words that mark a story as one under discussion rather than endorsed
DISCUSS = re.compile(
    r"\b(?:reportedly|allegedly|according to|claim\w*|rumou?r\w*|unconfirmed|unverified|"
    r"speculat\w*|purported\w*|believed|thought to|said to|appears?|seem\w*|if true|"
    r"investigat\w*|could|may|might|possibl\w*|suggest\w*)\b",
    re.IGNORECASE,
)


#: doubt and refutation in a wider sense than ``REFUTE`` (which the default's rules use, so
#: it stays narrow): contradiction, exaggeration, staging, pranks, "turned out", "alive and
#: well". Only the trained model sees these counts, so a word that also occurs in agreeing
#: bodies costs nothing but a weaker feature.
DOUBT = re.compile(
    r"\b(?:contradict\w*|cast(?:s|ing)? doubt|doubts?|doubtful|skeptic\w*|sceptic\w*|"
    r"exaggerat\w*|turn(?:s|ed)? out|staged|prank\w*|scam\w*|parody|spoof|no truth|no sign|"
    r"no proof|no indication|alive and well|disput\w+|questionable|debunk\w*|hoax\w*|fake\w*|"
    r"false\w*|not true|untrue|deni\w+|deny\w*|mislead\w*|fabricat\w+|satir\w+|bogus|"
    r"rumou?r\w*|myth|not the case|retract\w*|apologi\w+|clarif\w+)\b",
    re.IGNORECASE,
)
#: reporting verbs: a body that attributes what it reports discusses rather than asserts
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reported|reports|claimed|claims|stated|announced|"
    r"wrote|tweeted)\b",
    re.IGNORECASE,
)
_NEGATOR = re.compile(r"(?:not|no|never|none|nothing|\w+n't)$")
_RAW = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: lede for the version-3 features: the first two sentences, where news states its stance
LEDE_2 = 2


def negation_scope(sentence: str) -> frozenset[str]:
    """Stems within three words after a negator ("was *not the wife*", "*none of* the
    bodies"): a claim word in this scope is denied or restricted rather than asserted."""
    raw = _RAW.findall(sentence.lower())
    out: set[str] = set()
    for i, w in enumerate(raw):
        if _NEGATOR.match(w):
            out.update(_stem(x) for x in raw[i + 1 : i + 4] if x not in STOPWORDS)
    return frozenset(out)


@lru_cache(maxsize=65536)
def claim_doubts(claim: str) -> bool:
    """The claim itself doubts or negates ("X is a hoax", "Durex has NOT ..."): then a
    doubting body agrees with it, where against a plain claim it disagrees."""
    return bool(DOUBT.search(claim) or NEGATION.search(claim))


def body_cues(text: str) -> tuple[float, float]:
    n = max(1, len(text.split()))
    return (100.0 * len(REFUTE.findall(text)) / n, 100.0 * len(HEDGE.findall(text)) / n)


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


def tree_proba(trees: dict[str, np.ndarray], x: np.ndarray, chunk: int = 2048) -> np.ndarray:
    """Class probabilities of exported boosted trees for rows ``x`` (vectorised over rows
    and trees: every tree descends one level per step, ``depth`` steps)."""
    leaf = trees["leaf"].astype(bool)
    idx = np.arange(len(leaf))
    # a leaf points to itself on both sides, so every row takes ``depth`` steps unguarded
    feature = np.where(leaf, 0, trees["feature"]).astype(np.int64)
    threshold = np.where(leaf, np.inf, trees["threshold"])
    left = np.where(leaf, idx, trees["left"])
    right = np.where(leaf, idx, trees["right"])
    missing_left = trees["missing_left"].astype(bool) | leaf
    value, roots, cls = trees["value"], trees["roots"], trees["tree_class"]
    order = np.argsort(cls, kind="stable")
    bounds = np.searchsorted(cls[order], np.arange(len(trees["baseline"]) + 1))
    k = len(trees["baseline"])
    out = np.empty((len(x), k))
    for a in range(0, len(x), chunk):
        xb = np.asarray(x[a : a + chunk], dtype=np.float64)
        has_nan = bool(np.isnan(xb).any())
        node = np.broadcast_to(roots[order], (len(xb), len(roots))).copy()
        for _ in range(int(trees["depth"])):
            v = np.take_along_axis(xb, feature[node], axis=1)
            go_left = v <= threshold[node]
            if has_nan:
                go_left = np.where(np.isnan(v), missing_left[node], go_left)
            node = np.where(go_left, left[node], right[node])
        raw = np.zeros((len(xb), k)) + trees["baseline"]
        vals = value[node]
        for c in range(k):
            raw[:, c] += vals[:, bounds[c] : bounds[c + 1]].sum(axis=1)
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        out[a : a + len(xb)] = e / e.sum(axis=1, keepdims=True)
    return out


def dense_features(
    claim: str,
    body: str,
    ev: Evidence,
    cosine: float,
    body_cue: tuple[float, float] | None = None,
    body_words: int | None = None,
) -> list[float]:
    br, bh = body_cue if body_cue is not None else body_cues(body)
    flags = claim_flags(claim)
    n_body = body_words if body_words is not None else len(body.split())
    default, _ = default_label(ev, claim)
    position = ev.top[0][0] / max(1, len(body)) if ev.top else 1.0
    return [
        ev.coverage,
        ev.best,
        float(ev.refute),
        float(ev.hedge),
        float(ev.deny_attr),
        float(ev.hedge_attr),
        float(ev.assert_attr),
        float(flags[0]),
        float(flags[1]),
        float(flags[2]),
        br,
        bh,
        cosine,
        *(float(default == lab) for lab in LABELS),
        math.log1p(n_body),
        float(flags[5]),
        position,
    ]


def _cos(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


@dataclass
class BodyIndex:
    """A body's cached features: sentence spans, word -> sentences and word -> attributions
    inverted indexes (so a claim's evidence costs a few dict look-ups), cue rates, and the
    trained model's hidden-layer part and TF-IDF vector when there is a model."""

    spans: list[tuple[int, int]]
    words: set[str]
    sent_index: dict[str, list[int]]
    attr_index: dict[str, list[int]]
    attr_stance: list[str]
    attr_size: list[float]
    cues: tuple[float, float]
    sent_cues: list[tuple[int, int]]
    part: np.ndarray | None = None
    vec: dict[int, float] | None = None
    counts: dict[str, int] = field(default_factory=dict)
    n_tokens: int = 0
    ngrams: frozenset[str] = frozenset()
    sent_more: list[tuple[int, int, int]] = field(default_factory=list)  # neg, discuss, support
    body_more: tuple[float, float] = (0.0, 0.0)  # negation and support rates per 100 words
    n_words: int = 0
    #: per sentence: doubt, attribution, negation, question mark, hedge, support counts
    sent_v3: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)
    neg_scope: list[frozenset[str]] = field(default_factory=list)
    emb: np.ndarray | None = None  # first sentences' embeddings (the embeddings extra)


def index_body(text: str, model: StanceModel | None = None) -> BodyIndex:
    spans = sentences(text)[:400]
    sent_index: dict[str, list[int]] = {}
    toks: list[str] = []
    for i, (a, b) in enumerate(spans):
        sent_toks = tokens(text[a:b])
        toks += sent_toks
        for w in set(sent_toks):
            sent_index.setdefault(w, []).append(i)
    attr_index: dict[str, list[int]] = {}
    stances, sizes = [], []
    for k, row in enumerate(find_attributions(text[:50000])):
        ws = set(tokens(row["content"]))
        stances.append(row["stance"])
        sizes.append(float(len(ws)))
        for w in ws:
            attr_index.setdefault(w, []).append(k)
    part = vec = None
    if model is not None:
        part, vec = model.hidden_part(text, model.size)
    sent_cues = [(len(REFUTE.findall(text[a:b])), len(HEDGE.findall(text[a:b]))) for a, b in spans]
    sent_more = [
        (
            len(NEGATION.findall(text[a:b])),
            len(DISCUSS.findall(text[a:b])),
            len(SUPPORT.findall(text[a:b])),
        )
        for a, b in spans
    ]
    n_words = max(1, len(text.split()))
    return BodyIndex(
        spans,
        set(sent_index),
        sent_index,
        attr_index,
        stances,
        sizes,
        (
            100.0 * sum(r for r, _ in sent_cues) / max(1, len(text.split())),
            100.0 * sum(h for _, h in sent_cues) / max(1, len(text.split())),
        ),
        sent_cues,
        part,
        vec,
        dict(Counter(toks)),
        len(toks),
        frozenset(_ngrams(toks)),
        sent_more,
        (
            100.0 * sum(n for n, _, _ in sent_more) / n_words,
            100.0 * sum(s for _, _, s in sent_more) / n_words,
        ),
        len(text.split()),
        [
            (
                len(DOUBT.findall(text[a:b])),
                len(ATTRIBUTION.findall(text[a:b])),
                more[0],
                int("?" in text[a:b]),
                cues[1],
                more[2],
            )
            for (a, b), cues, more in zip(spans, sent_cues, sent_more, strict=True)
        ],
        [
            negation_scope(text[a:b]) if more[0] else frozenset()
            for (a, b), more in zip(spans, sent_more, strict=True)
        ],
    )


def _ngrams(toks: Sequence[str]) -> Iterable[str]:
    """Bigrams and trigrams of content stems, as strings (a claim that restates the body's
    phrasing shares them; one that merely shares its topic does not)."""
    for i in range(len(toks) - 1):
        yield toks[i] + " " + toks[i + 1]
        if i + 2 < len(toks):
            yield toks[i] + " " + toks[i + 1] + " " + toks[i + 2]


@lru_cache(maxsize=65536)
def _claim_grams(toks: tuple[str, ...]) -> tuple[list[str], list[str]]:
    grams = list(_ngrams(toks))
    return [g for g in grams if g.count(" ") == 1], [g for g in grams if g.count(" ") == 2]


#: BM25 constants (the usual ones) and the average body length they normalise by, in stems.
BM25_K1, BM25_B, BM25_AVG = 1.2, 0.75, 250.0


def match_features(
    claim: str,
    claim_toks: Sequence[str],
    weights: list[tuple[str, float]],
    total: float,
    body: BodyIndex,
    sent_score: dict[int, float] | None = None,
) -> list[float]:
    """Version-2 and -3 dense features of one pair over a cached body (see ``CUE_FEATURES``);
    ``sent_score``: :func:`sentence_scores`, when the caller has them already.

    Why these: BM25 and n-gram overlap separate a body that restates the claim (agree) from
    one that shares only its topic; cue counts in the best-matching sentences, weighted by
    how well each matches, and in the lede, carry the stance of the passage that is actually
    about the claim, where whole-body rates dilute it.
    """
    if total <= 0 or not body.spans:
        return [0.0] * 35
    norm = 1 - BM25_B + BM25_B * body.n_tokens / BM25_AVG
    bm25 = 0.0
    for w, v in weights:
        tf = body.counts.get(w, 0)
        if tf:
            bm25 += v * tf * (BM25_K1 + 1) / (tf + BM25_K1 * norm)
    bm25 /= total
    bi, tri = _claim_grams(tuple(claim_toks))
    bi_ov = sum(g in body.ngrams for g in bi) / len(bi) if bi else 0.0
    tri_ov = sum(g in body.ngrams for g in tri) / len(tri) if tri else 0.0
    if sent_score is None:
        sent_score = sentence_scores(weights, body)
    ranked = sorted(sent_score.items(), key=lambda kv: (-kv[1], kv[0]))
    covs = [sc / total for _, sc in ranked[:3]] + [0.0, 0.0, 0.0]
    half = sum(1 for _, sc in ranked if sc / total >= 0.5)
    top_neg = ref_w = hed_w = disc = sup = 0.0
    for i, sc in ranked[:3]:
        c = sc / total
        top_neg += body.sent_more[i][0]
        ref_w += c * body.sent_cues[i][0]
        hed_w += c * body.sent_cues[i][1]
        disc += c * body.sent_more[i][1]
        sup += c * body.sent_more[i][2]
    flags = claim_flags(claim)
    claim_neg = flags[2]
    best_neg = bool(ranked) and body.sent_more[ranked[0][0]][0] > 0
    lede = range(min(3, len(body.spans)))
    lede_cov = max((sent_score.get(i, 0.0) / total for i in lede), default=0.0)
    return [
        bm25,
        bi_ov,
        tri_ov,
        covs[1],
        covs[2],
        float(min(half, 10)),
        float(top_neg),
        float(claim_neg != best_neg),
        float(sum(body.sent_cues[i][0] for i in lede)),
        float(sum(body.sent_cues[i][1] for i in lede)),
        lede_cov,
        ref_w,
        hed_w,
        body.body_more[0],
        float(flags[3]),
        float(flags[4]),
        disc,
        sup,
        body.body_more[1],
        *stance_features(claim, weights, sent_score, ranked, total, body),
    ]


def stance_features(
    claim: str,
    weights: list[tuple[str, float]],
    sent_score: dict[int, float],
    ranked: list[tuple[int, float]],
    total: float,
    body: BodyIndex,
) -> list[float]:
    """Version-3 features of one pair: topic-free stance cues of the lede, of the sentences
    that match the claim best and of the whole body, and their interaction with the claim's
    own polarity.

    Why: among related pairs the bag of words learns the training topics; whether the body
    doubts, attributes or negates what the claim says does not depend on the topic. A
    doubting claim ("X is a hoax") and a doubting body agree; a plain claim and a doubting
    body disagree; claim words right after a negator ("was not the wife") deny the claim.
    """
    v3 = body.sent_v3
    n = max(1, len(v3))
    lede = range(min(LEDE_2, len(v3)))
    top = ranked[:3]
    first_doubt = next((i for i, row in enumerate(v3) if row[0]), None)
    lede_doubt = float(sum(v3[i][0] for i in lede))
    top_doubt = sum(v3[i][0] * sc / total for i, sc in top)
    words = {w for w, _ in weights}
    negated = sum(len(body.neg_scope[i] & words) for i, _ in top)
    doubting_body = float(lede_doubt + top_doubt > 0)
    doubting_claim = float(claim_doubts(claim))
    return [
        lede_doubt,
        top_doubt,
        sum(row[0] for row in v3) / n,
        first_doubt / n if first_doubt is not None else 1.5,
        float(sum(v3[i][1] for i in lede)),
        sum(1 for row in v3 if row[1]) / n,
        float(sum(v3[i][2] for i in lede)),
        float(negated),
        float(sum(v3[i][3] for i in lede)),
        doubting_claim * doubting_body,
        (1.0 - doubting_claim) * doubting_body,
        doubting_claim,
        doubting_claim * (1.0 - doubting_body),
        sent_score.get(0, 0.0) / total,
        float(sum(v3[i][4] for i in lede)),
        float(sum(v3[i][5] for i in lede)),
    ]


def claim_weights(claim: str) -> tuple[list[tuple[str, float]], float]:
    ws = [(w, idf(w)) for w in set(tokens(claim))]
    return ws, sum(v for _, v in ws)


def sentence_scores(weights: list[tuple[str, float]], body: BodyIndex) -> dict[int, float]:
    """IDF mass of the claim's words in each body sentence that has any (sentence -> mass)."""
    sent_score: dict[int, float] = {}
    for w, v in weights:
        for i in body.sent_index.get(w, ()):
            sent_score[i] = sent_score.get(i, 0.0) + v
    return sent_score


def evidence_from_index(
    weights: list[tuple[str, float]],
    total: float,
    text: str,
    body: BodyIndex,
    sent_score: dict[int, float] | None = None,
) -> Evidence:
    """:func:`evidence` over a cached :class:`BodyIndex` (the fast path); ``sent_score``:
    :func:`sentence_scores`, when the caller has them already."""
    if total <= 0:
        return Evidence(0.0, 0.0, (), 0, 0, 0, 0, 0)
    cov = sum(v for w, v in weights if w in body.words) / total
    if sent_score is None:
        sent_score = sentence_scores(weights, body)
    attr_score: dict[int, float] = {}
    for w, v in weights:
        for k in body.attr_index.get(w, ()):
            attr_score[k] = attr_score.get(k, 0.0) + v
    best3 = sorted(sent_score.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    top = tuple((body.spans[i][0], body.spans[i][1], sc / total) for i, sc in best3)
    refute = sum(body.sent_cues[i][0] for i, _ in best3)
    hedge = sum(body.sent_cues[i][1] for i, _ in best3)
    counts: Counter[str] = Counter()
    for k, sc in attr_score.items():
        if sc / total >= 0.3:
            counts[body.attr_stance[k]] += 1
    return Evidence(
        cov,
        top[0][2] if top else 0.0,
        top,
        refute,
        hedge,
        counts["deny"] + counts["dispute"],
        counts["hedge"],
        counts["assert"],
    )


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
        heads = np.vstack([self._claim_feats(c)[0] for c, _, _ in pairs])
        bodies = np.vstack([self._body[k].part for _, k, _ in pairs])
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
