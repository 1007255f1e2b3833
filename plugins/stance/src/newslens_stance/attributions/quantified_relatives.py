"""Round seventy-two: a quantified relative as the speaker ("Ode and Tate, both of whom opposed").

A relative clause opened by a quantifier and "of whom" ("both of whom", "all of whom", "two of
whom", "each of whom") names part or all of the people before it as the subject of its verb:
"The council heard from Ode and Tate, both of whom opposed the levy" says the two opposed it.
The phrase scan stopped at "whom" (an object pronoun is no subject) and no relative rule read
the quantifier, so such a report had no speaker and no row, though PolNeAR marks the whole
phrase ("both of whom") as the source. Only "whom" (people: "both of which" is mostly a thing,
and "many of which the paper found" has a subject of its own after it), only after a comma, a
dash or a bracket, and not "none / neither of whom" (a denial, not a report).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.patterns import _REL_GAP

#: how far before the cue the phrase may open (a quantifier, "of whom" and a few adverbs)
_WINDOW = 90

#: a quantifier and "of whom" after a comma, a dash or a bracket, then the words a relative
#: allows before its verb, to the end of the text searched (the cue's start)
_QUANTIFIED_WHOM_BEFORE_CUE = re.compile(
    r"(?:,|\(|[—–]|\s-)\s*(?P<phrase>(?:both|all|each|some|many|most|several|few|half|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+whom)\s+" + _REL_GAP + r"$",
    re.IGNORECASE,
)


def quantified_whom(text: str, s0: int, c0: int) -> tuple[int, int] | None:
    """The span of "both of whom" (a quantifier and "of whom") right before the cue at ``c0``
    of the sentence starting at ``s0``, with only a relative's adverbs, modals or auxiliaries
    between, or None."""
    lo = max(s0, c0 - _WINDOW)
    if text.find("of whom", lo, c0) < 0:
        return None  # (the quick test: almost every cue has no "of whom" before it)
    m = _QUANTIFIED_WHOM_BEFORE_CUE.search(text, lo, c0)
    if m is None:
        return None
    return m.start("phrase"), m.end("phrase")
