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
