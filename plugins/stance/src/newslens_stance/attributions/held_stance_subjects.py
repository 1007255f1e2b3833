"""The one supported in "support / backing / an endorsement won, held or received": a relative
pronoun as written ("Ode, who has the backing of the dockers"), else the noun phrase before the
verb, else the subject of the clause the verb is coordinated in ("Tate led the polls and on
Monday won the backing of Gov. Ann Marsh").

Why a module of its own: passes 3o and 3p of :func:`nominal._nominal_findings` took only the
noun phrase right before the verb, which a relative pronoun, an adverb of time or a
coordination leaves empty; the supporters after "of" / "from" / "among" were then never read
as the holders (PolNeAR round seventy-four).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _AUX, _PAST
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.subjects import _clause_subject
from newslens_stance.attributions.text import _Doc

#: "..., who has the support of", "..., which had the backing of", with an adverb or an
#: auxiliary between them ("who still has", "who has also won", "who this week picked up")
_RELATIVE_BEFORE = re.compile(
    r"[,(—–-]\s*(?P<rel>[Ww]ho|[Ww]hich)\s+(?:(?:also|still|now|already|long|since|yet|"
    r"has|have|had|hasn[’']t|haven[’']t|hadn[’']t|not|never|last\s+week|this\s+week|"
    r"recently|quickly)\s+){0,3}$"
)
#: a coordination before the verb, with an adverb of time between ("and last week won")
_JOINED_BEFORE = re.compile(
    r"\s(?:and|but)\s+(?:(?:also|then|later|now|since|last\s+(?:week|month|year)|"
    r"this\s+(?:week|month|year)|on\s+[A-Z][a-z]+day|recently|quickly|has|have|had)\s+){0,3}$"
)


#: "the backing of Tom Reyes and won the port": a coordinated verb after the supporters
_AND_WORD = re.compile(r"\s+(?:and|but)\s+(?P<w>[a-z]+)\b")


def holders_cut(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The supporters after "of" / "from" / "among", ended before a coordinated finite verb
    that opens the clause's next predicate ("the backing of Tom Reyes and won the port")."""
    a, b = span
    for m in _AND_WORD.finditer(text, a, b):
        w = m.group("w")
        if w in _AUX or w in _PAST or (len(w) > 4 and w.endswith("ed")):
            return a, m.start()
    return span


def supported_before(doc: _Doc, pos: int, s0: int) -> tuple[int, int] | None:
    """The party a stance is held toward, for a verb of holding or winning at ``pos`` whose
    noun's holder follows it; None when none is found."""
    text = doc.text
    rel = _RELATIVE_BEFORE.search(text, max(s0, pos - 60), pos)
    if rel is not None:
        return rel.span("rel")
    subject, _ = _np_before(doc, pos, s0)
    if subject is None or _JOINED_BEFORE.search(text, max(s0, pos - 40), pos):
        return _clause_subject(doc, s0, pos)
    return subject
