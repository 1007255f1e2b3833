"""Round eighty-one: a speaker that is the object of a preposition inside the subject runs back
to the subject's head ("An earlier report in a local paper said", "other advisers to the
governor said": the paper and the governor did not speak).

:func:`noun_chunks.head_before_preposition` reads the words before the preposition as a noun
chunk and answers only when that chunk opens a clause; the span widens, the cue and content
stay. Not a pronoun, not a speaker past its cue.
"""

from __future__ import annotations

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.noun_chunks import head_before_preposition, head_before_relative
from newslens_stance.attributions.speaker_widening import widen_speakers_back
from newslens_stance.attributions.text import _Doc, _Finding

_AS_WRITTEN = frozenset(
    _words("who whom which that whose he she it they we i you him her them us me")
)
_PREPOSITION_BEFORE = ("in ", "at ", "of ", "for ", "to ", "with ", "from ", "on ", "about ", "by ")


def widen_to_head_before_preposition(doc: _Doc, findings: list[_Finding]) -> None:
    """A speaker right after a preposition takes the noun phrase the preposition hangs on."""
    widen_speakers_back(doc, findings, _PREPOSITION_BEFORE, _AS_WRITTEN, head_before_preposition)


def widen_to_head_before_relative(doc: _Doc, findings: list[_Finding]) -> None:
    """Round eighty-eight b: a speaker inside a restrictive relative clause of the subject
    ("Skippers who watched the regatta said": "the regatta") takes the noun phrase the clause
    hangs on, with the clause ("Skippers who watched the regatta"), as PolNeAR and the
    project's guide mark a subject. Only where "who" or "that" stands in the sentence before
    the speaker (the chunker reads nothing elsewhere)."""
    text = doc.text
    for f in findings:
        if f.speaker is None:
            continue
        s0, s1 = f.speaker
        if s1 > f.cue[0] or text[s0:s1].lower() in _AS_WRITTEN:
            continue
        if f.content and f.content[0][1] <= s0:
            # round ninety: the relative word before the speaker is the content ("the people
            # who Lund labels a threat"): the speaker is the relative clause's own subject
            continue
        lo = doc.sentence(s0)[0]
        if text.find(" who ", lo, s1) < 0 and text.find(" that ", lo, s1) < 0:
            continue
        start = head_before_relative(doc, s0, s1, lo)
        if start is not None and start < s0:
            f.speaker = (start, s1)
