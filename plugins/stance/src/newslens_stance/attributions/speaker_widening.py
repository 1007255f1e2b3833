"""Widen a speaker back to where its noun phrase starts (rounds eighty-one's two callers).

A speaker found right after a word that can join or embed noun phrases ("and", "or", a
preposition) may be only the end of the real subject. Each caller names the words it reads
after, the speakers it keeps as written, and the chunker question that says where the phrase
starts (:mod:`noun_chunks`); the span widens only when the chunker answers, and the row's cue
and content stay.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens_stance.attributions.text import _Doc, _Finding


def widen_speakers_back(
    doc: _Doc,
    findings: list[_Finding],
    after: tuple[str, ...],
    as_written: frozenset[str],
    phrase_start: Callable[[_Doc, int, int], int | None],
) -> None:
    """Each speaker before its cue, right after one of ``after`` and not in ``as_written``,
    starts where ``phrase_start`` (doc, speaker start, sentence start) says, if earlier."""
    text = doc.text
    reach = max(len(word) for word in after)
    for f in findings:
        if f.speaker is None:
            continue
        s0, s1 = f.speaker
        if s1 > f.cue[0] or not text.endswith(after, max(0, s0 - reach), s0):
            continue
        if text[s0:s1].lower() in as_written:
            continue
        start = phrase_start(doc, s0, doc.sentence(s0)[0])
        if start is not None and start < s0:
            f.speaker = (start, s1)
