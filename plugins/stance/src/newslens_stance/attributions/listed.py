"""Round thirty-eight: a verb of saying in a list of predicates that share one subject.

"Okafor called the plan reckless, denounced the board's record and said fees would rise":
the verbs after the first are joined by a comma, the last by "and". A cue right after the
comma found no subject before it, and the inverted reading ('..., said Lund.') took the
object and the rest of the list as its speaker ("the board's record and said fees would
rise"). One entry point, :func:`_listed_speaker`, called by ``verbs._verb_attribution``
before the inverted reading: with a report of the list's subject before the comma, that
report lends its speaker and its content ends at the comma; with none, the inverted reading
is refused (no speaker is better than the object).

Round forty: a list whose first verb is no report ("Okafor visited the pier, denounced the
board's record and said fees would rise") takes the subject of its first verb, found as
``subjects._clause_subject`` finds a clause's subject, when every member up to the cue opens
with a past-tense verb (so the commas are the list's, not an appositive's or a clause's).

The list is evidenced by a later "and" and a past-tense verb in the same sentence (a list of
two predicates joined by a comma alone is rare in news); the trigger is a substring search
run only for a past-tense cue after a bare comma (no closing quotation: '"...," warned Lund'
is inverted).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _PAST
from newslens_stance.attributions.subjects import _clause_subject
from newslens_stance.attributions.text import _Doc, _Finding

#: the cue right after a bare comma (not a closing quotation before it)
_BARE_COMMA_END = re.compile(r"[^”\"’'],\s*$")
#: the list's last member: "and" (maybe an adverb) and a past-tense verb
_AND_PAST = re.compile(r"\band\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
#: the verbs an inverted report takes after a bare comma (", said an official who was briefed
#: and spoke anonymously"; "Fees will rise, said Lund, and added ..."): never list members
_INVERTING_FORMS = frozenset({"said", "says", "added", "wrote", "asked", "told"})
#: a list member's opening: maybe an adverb, then its verb
_MEMBER_VERB = re.compile(r"\s*(?:(?:also|then|later|[a-z]+ly)\s+)?([a-z]+)\b")

#: what the step decides: (speaker, the report whose content ends at the comma, the comma)
Listed = tuple[tuple[int, int] | None, _Finding | None, int]


def _listed_speaker(
    doc: _Doc, c0: int, c1: int, s0: int, s1: int, form: str, previous: list[_Finding]
) -> Listed | None:
    """The subject of a list of predicates for its cue after a comma, or None (no list).

    Returns ``(speaker, report, comma)``: the speaker lent by the report before the comma
    (its content to be cut at ``comma``), or ``(None, None, comma)`` when no report of the
    list stands before it and the cue must take no inverted speaker.
    """
    if form in _INVERTING_FORMS or not (form.endswith("ed") or form in _PAST):
        return None
    text = doc.text
    if not _BARE_COMMA_END.search(text, max(s0, c0 - 4), c0):
        return None
    if text.find(" and ", c1, s1) == -1:
        return None
    if not any(
        m.group(1) in _PAST or m.group(1).endswith("ed") for m in _AND_PAST.finditer(text, c1, s1)
    ):
        return None
    comma = text.rfind(",", s0, c0)
    for f in reversed(previous):
        if f.cue[0] < s0:
            break
        if (
            f.speaker is not None
            and f.speaker[1] <= f.cue[0]
            and f.cue[1] <= comma
            and any(a < comma < b for a, b in f.content)
            and doc.quote_at(comma) is None
        ):
            return f.speaker, f, comma
    return _first_verb_subject(doc, s0, comma), None, comma


def _past_form(word: str) -> bool:
    return word in _PAST or (len(word) > 4 and word.endswith("ed"))


def _first_verb_subject(doc: _Doc, s0: int, comma: int) -> tuple[int, int] | None:
    """The subject of the list's first verb, when each member before the cue opens with a
    past-tense verb ("Okafor visited the pier, toured the depot, denounced ..."); else None.

    Why the guard: a comma before the cue may close an appositive or a fronted clause
    ("Lund, a pilot, denounced ...", "After the vote, denounced ..." in a headline), whose
    commas are no list's.
    """
    if doc.quote_at(comma) is not None:
        return None
    subject = _clause_subject(doc, s0, comma)
    if subject is None or subject[1] >= comma:
        return None
    text = doc.text
    start = subject[1]
    for end in (*(i for i in range(start, comma) if text[i] == ","), comma):
        verb = _MEMBER_VERB.match(text, start, end)
        if verb is None or not _past_form(verb.group(1)):
            return None
        start = end + 1
    return subject
