"""The untrained default: relatedness from the share of the claim's informative words an article
covers, the label among related pairs from attributions that deny or dispute the claim,
refutation and hedging cues (``Evidence``, :func:`default_label`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newslens_stance.claims.text import HEDGE, NEGATION, REFUTE, idf

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
