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

Modules: ``text`` (tokens, IDF, cue patterns), ``default``, ``model`` (the arrays and their file
format), ``features`` (body index, match and stance features) and ``scorer`` (pairs and
articles). The names below are the public ones.
"""

from __future__ import annotations

from newslens_stance.claims.default import Evidence, default_label
from newslens_stance.claims.features import CUE_FEATURES, BodyIndex, evidence, index_body
from newslens_stance.claims.model import StanceModel, export_trees, tree_proba
from newslens_stance.claims.scorer import CLAIM_COLUMNS, PairScorer, score_article
from newslens_stance.claims.text import LABELS, idf, sentences, tokens

__all__ = [
    "CLAIM_COLUMNS",
    "CUE_FEATURES",
    "LABELS",
    "BodyIndex",
    "Evidence",
    "PairScorer",
    "StanceModel",
    "default_label",
    "evidence",
    "export_trees",
    "idf",
    "index_body",
    "score_article",
    "sentences",
    "tokens",
    "tree_proba",
]
