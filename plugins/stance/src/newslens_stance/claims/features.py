"""Features of a (claim, article) pair: each body indexed once (:class:`BodyIndex`), match
features between a claim and the body's best sentences, and topic-free stance cues (doubt,
attribution, negation scope, claim x body polarity) that the trained model reads."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newslens_stance.attributions import find_attributions
from newslens_stance.claims.default import Evidence, claim_flags, default_label
from newslens_stance.claims.model import StanceModel
from newslens_stance.claims.text import (
    HEDGE,
    LABELS,
    NEGATION,
    REFUTE,
    STOPWORDS,
    _stem,
    idf,
    sentences,
    tokens,
)


def evidence(claim: str, text: str) -> Evidence:
    """Relatedness and cue counts for one pair (pure; the default's inputs)."""
    weights, total = claim_weights(claim)
    return evidence_from_index(weights, total, text, index_body(text))


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
    # sorted: float sums in a fixed order, so equal-scoring sentences tie the same way in every
    # process (set order follows the per-process string hash)
    ws = [(w, idf(w)) for w in sorted(set(tokens(claim)))]
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
