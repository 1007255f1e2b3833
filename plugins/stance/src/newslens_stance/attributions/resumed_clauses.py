"""Where a statement split by its attribution resumes after it ("A, she said, B").

A writer may set the speaker and the cue inside the reported clause: "The new levy, the mayor
said, would cost the port a fortune". The words after the attribution finish the clause the
words before it began, and both are one content in two parts (PolNeAR's guidelines call them
a content continuation; PARC joins them too). Round twelve read the plain shape, a comma right
after the cue; round sixty reads two more: the report's own adjunct before that comma ("the
mayor said on Monday, would cost", "she wrote in a letter to the board, that ..."), and a
quotation that stops at a comma and whose clause goes on unquoted ('"It was a pity," she
said, that the storm came on the fair's day').
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import (
    _FINITE,
    _PAST,
    _WORD,
    CUE_FORMS,
    OPEN_QUOTES,
    _words,
)
from newslens_stance.attributions.patterns import _SUBJECT_PRONOUNS

#: the comma that follows the cue (or an inverted speaker) at once
_COMMA_SPACES = re.compile(r",\s+")
#: the report's adjunct between the cue and the comma before the clause resumes ("said on
#: Monday,", "wrote in a letter to the board,", "told friends,"): one stretch with no
#: punctuation, quotation mark or bracket
_ADJUNCT_THEN_COMMA = re.compile(r"\s+([^“”\"«.;:!?,()\[\]\n]{1,60}?),\s+")
#: the speaker's relative after the comma ("A, said Ed Lund, who chairs the board")
_RELATIVE_LEAD = re.compile(r"(?:who|whom|whose|which)\b")
#: the first word of the report's adjunct before the comma: a preposition or a word of time
_ADJUNCT_OPENERS = frozenset(
    _words(
        """in on at to by during after before from with over via through outside inside near
        last this that earlier later afterward afterwards yesterday today tonight recently
        monday tuesday wednesday thursday friday saturday sunday"""
    )
)
#: a pronoun subject: the adjunct holds a clause of its own ("she said as he left,")
_CLAUSE_PRONOUNS = _SUBJECT_PRONOUNS | {"there"}


def _ends_in_comma(text: str, quote: tuple[int, int]) -> bool:
    """A quotation whose words stop at a comma ('"It was a pity,"'): its clause is open."""
    inner = text[quote[0] : quote[1]].rstrip("”\"’' \n")
    return inner.endswith(",")


def _adjunct_only(words: list[str]) -> bool:
    """A time, a place, a medium or an audience: a preposition or a word of time first, or one
    word ("told reporters,", "said Tuesday,"), and no verb, cue or pronoun subject after it
    (not the cue's object: "backing the governor, has ...", "called Lund, the group ...")."""
    if not words or not (len(words) == 1 or words[0] in _ADJUNCT_OPENERS):
        return False
    return not any(
        w in _FINITE or w in _PAST or w in CUE_FORMS or w in _CLAUSE_PRONOUNS or w.endswith("ing")
        for w in words
    )


def resumed_clause_start(
    text: str, content: list[tuple[int, int]], after: int, sent_end: int
) -> int | None:
    """Where the clause the content began resumes after the attribution, or None.

    ``content`` is the content found before the attribution, ``after`` where the text after
    the cue (or after an inverted speaker) starts. The plain shape (an unquoted part, a comma
    right after the cue) takes whatever follows that is no relative about the speaker, as
    round twelve did; the shapes added in round sixty take only a continuation that opens
    with "that" or a finite verb ("would", "was", "did"): any other word after the comma is
    as often the writer's own addition ('"...," said Lund, president of the guild', '"...,"
    she said, to applause', "..., he said on Monday, in the latest of his visits").
    """
    if not content:
        return None
    quoted = text[content[-1][0]] in OPEN_QUOTES
    if quoted and not _ends_in_comma(text, content[-1]):
        return None  # '"The pier is safe." she said, ...': the quotation closed its clause
    tail = _COMMA_SPACES.match(text, after, sent_end)
    if tail is not None and not quoted:
        return None if _RELATIVE_LEAD.match(text, tail.end()) else tail.end()
    if tail is None:
        gap = _ADJUNCT_THEN_COMMA.match(text, after, sent_end)
        if gap is None or not _adjunct_only([w.lower() for w in _WORD.findall(gap.group(1))]):
            return None
        tail = gap
    first = _WORD.match(text, tail.end())
    if first is None or not (first.group() == "that" or first.group() in _FINITE):
        return None
    return tail.end()
