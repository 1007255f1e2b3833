"""Small tests and tables that several of the extractor's jobs read.

Why a module of its own: a pattern or a helper that two jobs share (the scanner's rules and a
post-pass, or two mixins of the scanner) lives here once, below all of them, so no job imports
another job's module for it and the import order stays a line: common, the scanner's rules,
the scanner, the post-passes, the pipeline (:mod:`newslens_numbers.extract`).
"""

from __future__ import annotations

import re

# a sentence end, read on the scanner's copy (the post-passes look within a sentence;
# the core's split of a lone wrapped wire sentence can break it at its line ends)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*[ \t\n]+(?=[\"“‘(]?[A-Z0-9])")


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Whether no sentence ends between ``a`` and ``b``."""
    return _SENTENCE_END.search(text, a, b) is None


def _clause_start(text: str, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``limit`` characters."""
    start = max(0, pos - limit)
    for m in _SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start
