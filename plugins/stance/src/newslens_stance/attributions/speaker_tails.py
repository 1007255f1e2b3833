"""Round eighty-eight b: a possessor's adjectives before a noun cue are no part of the speaker.

"His stern warning that fees would rise", "Lund's effusive praise of the plan", "the mayor's
oft-repeated claims that ...": the cue is a noun, and the words between it and the possessor
are its adjectives. The verb pass reads such a cue as a verb form ("warning", "praise",
"claims") and its subject scan takes the possessor with the adjectives ("his stern",
"Lund's effusive"), so the speaker's head is an adjective; the holder is the possessor alone,
as the nominal passes give it where no adjective stands between ("his warning that").

Only where the words can only be adjectives: one or two lower-case words, each passing
:func:`possessor_modifiers.possessor_adjective`, the one test the verb pass's reading uses too
(round eighty-nine); never a word that may be the subject's own noun ("his rival", "her
assistant", "their op-ed"), and never before a finite verb of saying ("his aide says", "her
rival claimed"), which is the subject's verb.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _PAST, _words
from newslens_stance.attributions.possessor_modifiers import possessor_adjective
from newslens_stance.attributions.text import _Doc, _Finding

#: a possessor and one or two words before a noun cue ("his stern", "Lund's effusive",
#: "the mayor's oft-repeated")
_POSSESSOR_AND_WORDS = re.compile(
    r"(?P<poss>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|(?:(?:[Tt]he|[Aa]n?)\s+)?"
    r"(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+(?:[’']s|s[’']))"
    r"(?P<words>(?:\s+[a-z][a-z\-]*){1,2})$"
)
#: finite verbs of saying after a singular noun ("his aide says"): no noun cue
_FINITE_SAYING = frozenset(_words("says tells asks adds"))


def trim_possessor_adjectives(doc: _Doc, findings: list[_Finding]) -> None:
    """Each speaker right before its noun cue that is a possessor and its adjectives ends at
    the possessor."""
    text = doc.text
    for f in findings:
        if f.speaker is None:
            continue
        s0, s1 = f.speaker
        if s1 > f.cue[0] or text[s1 : f.cue[0]].strip() or s1 - s0 > 80:
            continue
        poss = _POSSESSOR_AND_WORDS.fullmatch(text, s0, s1)
        if poss is None:
            continue
        cue = text[f.cue[0] : f.cue[1]].split()[0].lower()
        if cue in _PAST or cue.endswith("ed") or cue in _FINITE_SAYING:
            continue  # "his rival claimed": the subject's verb
        if all(possessor_adjective(w) for w in poss.group("words").split()):
            f.speaker = (s0, poss.end("poss"))


#: a superlative read as a subject: "the most", "one of the least" before an adjective or a
#: participle that is also a cue form ("the most elaborate plan", "the most telling remark")
_SUPERLATIVE = re.compile(r"(?:(?:[Oo]ne|[Ss]ome|[Mm]any) of )?[Tt]he (?:most|least)")


def superlative_speaker(text: str, f: _Finding) -> bool:
    """Whether a row's whole speaker is a superlative's "the most" / "the least" (round
    eighty-nine): "It was the most elaborate plan", "The most telling remark he made": the
    cue is the adjective the superlative grades, and no party speaks (the row is dropped)."""
    if f.speaker is None or not text.endswith(("most", "least"), *f.speaker):
        return False  # (the quick test)
    if _SUPERLATIVE.fullmatch(text, *f.speaker) is None:
        return False
    # the cue right after it, or after one adverb ("the most hotly contested"); not a
    # participle further on ("London is one of the most opposed ..., arguing that")
    between = text[f.speaker[1] : f.cue[0]].split()
    return not between or (len(between) == 1 and between[0].endswith("ly"))
