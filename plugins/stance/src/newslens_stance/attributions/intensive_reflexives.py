"""Round seventy-nine: "Clinton herself said" -- an intensive reflexive is part of the speaker.

"The mayor herself said the levy would stay", "the owners themselves agreed", "the guild
itself argued": the reflexive right after the subject stresses who spoke and belongs to the
subject's noun phrase (PolNeAR's sources run to it, as a grammar's noun phrase does); the
speaker span stopped at the name. The party the row resolves to is unchanged (the name is
still the phrase's first word); only the span widens.

Not an object ("she told herself", "found himself saying": the reflexive follows a verb, not
the speaker; nor after a speaker already run on that ends in a past form, "the blog styled
itself"), nor a relative pronoun as the speaker ("who himself said": the pronoun, as written,
by the relative convention), nor a speaker that opens with no capital, determiner or pronoun
(a verb read as one: "could not picture herself backing"), nor a reflexive past the cue.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.text import _Doc, _Finding

#: an intensive reflexive right after the speaker (one space or a line's spaces, no comma)
_REFLEXIVE_AFTER = re.compile(
    r"[ \t\xa0]+(?:himself|herself|itself|themselves|ourselves|myself|yourself|yourselves)\b"
)

#: speakers the relative convention keeps as written
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})

#: a noun phrase's opening: a capital, or a determiner, a possessive or a quantifier (not a
#: verb taken for a speaker: "could not picture herself backing ..." is no subject "picture")
_PHRASE_OPENING = re.compile(
    r"(?:[A-Z]|(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|both|all|"
    r"some|many|most|each|he|she|it|they|we|you)\b)"
)

#: a speaker that ends in a lower-case past form: the reflexive is that verb's object ("the
#: blog styled itself", "the mayor declared herself", with the speaker already run on)
_ENDS_IN_PAST_FORM = re.compile(r"(?<![\w’'-])[a-z][a-z-]{2,}ed$")


def widen_to_intensive_reflexive(doc: _Doc, findings: list[_Finding]) -> None:
    """A speaker followed by "himself / herself / itself / themselves ..." before its cue
    runs to the reflexive."""
    text = doc.text
    if "sel" not in text:
        return
    for f in findings:
        if f.speaker is None:
            continue
        s0, s1 = f.speaker
        if s1 > f.cue[0]:
            continue
        m = _REFLEXIVE_AFTER.match(text, s1)
        if m is None or m.end() > f.cue[0]:
            continue
        if text[s0:s1].lower() in _RELATIVE_PRONOUNS or not _PHRASE_OPENING.match(text, s0):
            continue
        if _ENDS_IN_PAST_FORM.search(text, s0, s1):
            continue
        f.speaker = (s0, m.end())
