"""Patterns and word sets read by more than one pass (the cue families, the bounds and
the pipeline), compiled once, and :func:`cue_class`, the coarse class of a cue lemma the
passes branch on. Kept here so that no pass module imports another only for a pattern."""

from __future__ import annotations

import re

from newslens_stance.attributions.classes import cue_class as _output_class
from newslens_stance.attributions.lexicon import (
    _words,
)


def _word_starts(text: str, words: frozenset[str] | set[str]) -> list[int]:
    """Where one of ``words`` begins in ``text`` (as a substring; the pattern tried there
    checks the word boundary), ascending: the starts for :func:`_matches_at`.

    Why: the round-nine scans open with a look-behind and a branch of words, which the
    engine tries at every position of the text; ``str.find`` skips to the words instead.
    """
    starts: list[int] = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            starts.append(i)
            i = text.find(word, i + 1)
    starts.sort()
    return starts


#: classes whose rows inside a quotation or a report are that report's inner attitudes
_INNER_CLASSES = frozenset({"belief", "intention", "evidence"})
#: round twenty-eight: a document signed, released or issued is ``evidence`` in the output,
#: but its verb is put out by a subject as a statement is spoken, so the rules below (nesting,
#: verbs of beginning) read it as speech, as before
_DOCUMENT_VERBS = frozenset({"sign", "release", "issue"})


def cue_class(lemma: str) -> str:
    """The class the rules read: the output's, a document put out read as speech."""
    return "speech" if lemma in _DOCUMENT_VERBS else _output_class(lemma)


_TITLE_SMALL = frozenset(
    _words("a an the and or but of to in on at for by with from as vs is are was be his her its")
)
_WORD_CHAR = re.compile(r"\w")


#: words in "-ly" that are no adverb before a verb
_LY_NOT_ADVERBS = frozenset(_words("family italy ally rally supply reply apply holy jolly belly"))
