"""Round eighty-one: a speaker that is the last conjunct of a coordinated subject runs back to
the coordination's start ("the dock's owners and officials said", "Ann Berg, Ole Lund and
other skippers said").

The speaker scan stopped at "and" where its surface tests could not tell a coordinated subject
from another clause's end or a verb's object; :func:`noun_chunks.coordination_start` reads
the words before "and" as noun chunks and answers only when they run back to a clause's start.
The span widens; the row's cue and content stay.

Not a pronoun or a bare quantifier (another clause's subject after "and" as often as a
list's last item; "who" is the speaker as written), not a speaker past its cue.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.noun_chunks import coordination_start
from newslens_stance.attributions.speaker_widening import widen_speakers_back
from newslens_stance.attributions.text import _Doc, _Finding

#: speakers as written: a relative pronoun (the convention), and personal pronouns and
#: quantifiers, which open another clause after "and" more often than they end a list
#: ("the vote was close and he said", "since May and most recently argued")
_AS_WRITTEN = frozenset(
    _words(
        """
        who whom which that whose he she it they we i you his her their its our my your most
        some many all both
        """
    )
)


def widen_to_coordination(doc: _Doc, findings: list[_Finding]) -> None:
    """A speaker right after "and" / "or" takes the noun phrases coordinated with it."""
    widen_speakers_back(doc, findings, ("and ", "or "), _AS_WRITTEN, coordination_start)


#: round ninety-eight: the last "and" / "or" inside a speaker, before its last conjunct
_LAST_CONJUNCTION = re.compile(r"\s(?:and|or)\s+(?=\S)(?!.*\s(?:and|or)\s)", re.S)


#: a name's letters joined by "and" ("S and P"), and a firm's last words ("Sachs and Co")
_LETTER_NAME = re.compile(r"(?:^|\s)[A-Z]\.?$")
_FIRM_END = re.compile(r"(?:Co|Company|Sons|Partners|Associates)\b")


def widen_listed_to_coordination(doc: _Doc, findings: list[_Finding]) -> None:
    """Round ninety-eight: a speaker that opens right after a comma and holds a list's last
    conjuncts ("Ann Berg, | Ole Lund and other skippers said", "40% of growers, | 25% of
    pilots and 10% of clerks say") takes the list's first items, when the chunker reads the
    comma-joined noun phrases back to a clause's start (:func:`noun_chunks.coordination_start`
    asked at the speaker's last conjunct: an opening adverbial's comma, "On Sunday, owners and
    officials said", stays outside, as do a verb's objects, "He met Lund, Berg and ...")."""
    text = doc.text
    for f in findings:
        if f.speaker is None:
            continue
        s0, s1 = f.speaker
        if s1 > f.cue[0] or s0 < 2 or text[s0 - 2 : s0] != ", ":
            continue
        words = text[s0:s1].split()
        if not words or words[0].lower() in _AS_WRITTEN:
            continue
        m = _LAST_CONJUNCTION.search(text, s0, s1)
        if m is None or any(c in text[s0 : m.start()] for c in ",("):
            continue  # "Ann Berg, a skipper and pilot": an appositive, no list
        if _LETTER_NAME.search(text[s0 : m.start()]) or _FIRM_END.match(text, m.end()):
            continue  # "S and P", "Goldman, Sachs and Co": one firm's name
        start = coordination_start(doc, m.end(), doc.sentence(s0)[0])
        if start is not None and start < s0:
            f.speaker = (start, s1)
            # a list of parties is no later pronoun's antecedent ("..., it said")
            f.no_antecedent = True
