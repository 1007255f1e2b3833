"""Stress articles for the normaliser, shared by the robustness tests and the speed benchmark.

Why a module of its own: the benchmark runs in an environment without the test dependencies
(hypothesis), so it cannot import the test module, and the two must time the same text.
"""

from __future__ import annotations

#: the runs of words the rules branch on, each long enough to invite backtracking
_RUNS = (
    "early " * 150,
    "the " * 150,
    "last next " * 80,
    "9" * 800,
    " 1," * 200,
    "30 September " * 40,
    "of the " * 120,
    "twenty-" * 100,
    "about " * 80,
    "ago earlier " * 50,
    "3:30 " * 100,
    " a " * 150,
    "on Wednesday.\n" * 30,
)


def adversarial_text(size: int = 10_240) -> str:
    """About ``size`` characters (10 KB by default) built to stress backtracking."""
    text = "".join(_RUNS)
    return (text * (size // len(text) + 1))[:size]


#: pieces whose repetition packs findings densely (about 1,500 in 10 KB), found by a fuzz over
#: news fragments: each finding's tense reads its clause's windows, so these time the cost per
#: finding (``benchmarks/timeline_speed.py`` times each against the 100 ms bar)
PIECES = ("May 30 ", "3'Sept.", ".now ", "Sept.half ", "early the last ", "9" * 50 + " ")


def repeated(piece: str, size: int = 10_240) -> str:
    """``piece`` repeated to ``size`` characters (10 KB by default)."""
    return (piece * (size // len(piece) + 1))[:size]
