"""Round sixty-four: a record named after its finding, "..., a study by the port board found."

Round four read a short record after the content (", a new poll shows."). A longer record's
phrase, a preposition or a coordination in it ("..., a study by the Council of Harbour Schools
found.", "..., campaign and corporate records show."), left the phrase scan at its last noun
("the Council of Harbour Schools"), so no clause stood between the comma and that speaker and
the row had no content. When the finding closes its sentence, the record's whole phrase after
the comma (:func:`evidence._evidence_clause_subject`: an evidence noun among few words, no
finite verb) is the speaker, and the clause before the comma the content.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.evidence import _evidence_clause_subject, evidence_phrase_before
from newslens_stance.attributions.text import _Doc

#: nothing but the sentence's close after the cue
_SENTENCE_CLOSES = re.compile(r"\s*(?:[.!?]|$)")


def postposed_record(
    doc: _Doc, s0: int, c0: int, c1: int, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """The record's whole phrase between the last comma and a finding that closes its
    sentence, when it starts before ``speaker`` (the phrase scan's last noun); else None."""
    text = doc.text
    if _SENTENCE_CLOSES.match(text, c1) is None:
        return None
    record = _evidence_clause_subject(doc, s0, c0)
    if record is None or record[0] >= speaker[0] or not text[s0 : record[0]].rstrip().endswith(","):
        return None
    return record


#: how far back the comma before a postposed record may stand
_RECORD_PHRASE_REACH = 160


def postposed_record_phrase(text: str, cue_start: int) -> bool:
    """Whether the words between the last comma and a verb of evidence are a record's whole
    phrase ("..., records compiled by the Harbour Institute show."): the noun test then reads
    "show." as that record's verb, as it does after a bare record noun (", new filings
    show.", :func:`clauses._postposed_record`)."""
    lo = max(0, cue_start - _RECORD_PHRASE_REACH)
    comma = text.rfind(",", lo, cue_start)
    return comma >= 0 and evidence_phrase_before(text, comma, cue_start) is not None
