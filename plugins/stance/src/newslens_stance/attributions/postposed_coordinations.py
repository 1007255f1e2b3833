"""Round eighty-nine b: a coordinated subject of a report that closes its sentence after its
content ("The pier will close, she and another pilot said.", '"The fee is too high," the
senator and candidate said in a statement.', "..., pilots and union officials told the
Courier.").

The phrase scan stops at "and", so the speaker was the last conjunct and the words before it
("..., she and") no clause the content could end; the row was lost. Round eighty-one's
:func:`noun_chunks.coordination_start` reads a coordination only when it opens a clause. Here
the first conjunct is a subject pronoun or one noun chunk, right after a comma or a closed
quotation that ends the content, and the report closes the sentence (at most a short tail of
setting or audience after the cue), so the conjuncts are the report's subject.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.noun_chunks import _chunk_back
from newslens_stance.attributions.text import _Doc

#: subject pronouns that may stand first in the coordination ("she and another pilot")
_SUBJECT_PRONOUNS = frozenset(_words("he she they we i"))
#: the content's end right before the first conjunct: a comma, or a closed quotation
#: ('"...," the senator and ...', "...?'' he and ...")
_CONTENT_CLOSED = re.compile(r"(?:,|[,?!][”\"’']+|,[”\"’']+)\s*$")


def postposed_coordination_start(
    doc: _Doc, speaker: tuple[int, int], c0: int, s0: int
) -> int | None:
    """Where the coordinated subject ending in ``speaker`` starts, when it stands between a
    content closed by a comma or a quotation and the cue right after it; else None. The
    caller checks that the report closes its sentence."""
    text = doc.text
    if text[speaker[1] : c0].strip():
        return None
    words = doc.words_before(speaker[0], s0, 10)
    if len(words) < 3 or words[-1].group().lower() != "and":
        return None
    if text[words[-1].end() : speaker[0]].strip():
        return None
    k = len(words) - 2
    if text[words[k].end() : words[-1].start()].strip():
        return None  # "(D-Md.) and", "X, and": a list's or a clause's joint, not this one
    if words[k].group().lower() in _SUBJECT_PRONOUNS:
        lo: int | None = words[k].start()
    else:
        lo, _ = _chunk_back(text, words, k)
    if lo is None or lo <= s0:
        return None
    if text[speaker[0] : speaker[1]].lower() in {"a", "an", "the"}:
        return None  # a noun cue's article ("Pride, cheers and a call for"): no subject
    lead = text[s0:lo]
    if not _CONTENT_CLOSED.search(lead) or len(_AFTER_STRONG_MARK.split(lead)[-1].split()) < 3:
        return None  # "Parade: Pride, cheers and ...": no clause of content before the comma
    if _NAME_AFTER_QUOTE.search(lead):
        return None  # '"...," Ann Lee, chair and chief executive, said': an appositive
    # "Her sisters, friends and aides spoke", "At dinner, her sisters, friends and
    # employees talked": a list whose earlier item is a noun chunk after the sentence's
    # start or a comma, not a content before a coordinated subject
    before = doc.words_before(lo, s0, _LIST_ITEM_WORDS + 1)
    if before and text[before[-1].end() : lo].strip() == ",":
        item_lo, _ = _chunk_back(text, before, len(before) - 1)
        if item_lo is not None and (
            not text[s0:item_lo].strip(" \t\n\"“”‘’'")
            or text[s0:item_lo].rstrip().endswith((",", ";", ":"))
        ):
            return None
    return lo


#: a quotation closed, then a few words and the comma: the subject's name before its role
_NAME_AFTER_QUOTE = re.compile(r"[,?!][”\"’']+\s+[^,”\"“]{1,60},\s*$")
#: marks that close a clause more strongly than a comma (a headline's colon, a dash)
_AFTER_STRONG_MARK = re.compile(r"[:;—–]")
#: the longest first item of a list read back from the comma before the coordination
_LIST_ITEM_WORDS = 8
