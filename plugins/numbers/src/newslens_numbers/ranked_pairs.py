"""An ordinal after its verb that a later ordinal of the sentence ranks against: "the north
mill closes first and the south mill second", "Baker finished first and Ames second".

Why: the lead's decision 1 on the thirty-seventh sample makes a "first" after its verb no
item ("she spoke first": it orders an event), except where the sentence ranks another member
with a later ordinal; there both are ordinals with no noun. The scanner drops a bare ordinal
after a verb and one after a name or noun ("Ames second"), so the pair is read here: the
earlier ordinal closes its phrase before "and", one to three words name the other member,
and the later ordinal closes its phrase (a stop, a comma, "in", "with", "behind" ...).
"""

from __future__ import annotations

import re

from newslens_numbers.patterns import ORDINAL_WORDS, STOP

_ORDINAL = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_MEMBER = r"(?:[A-Za-z][A-Za-z'’.-]*[ \t]+){0,2}?([A-Za-z][A-Za-z'’.-]*)[ \t]+"
_PHRASE_END = (
    r"(?=[ \t]*(?:[,.;:)]|\Z|(?:in|with|behind|after|on|at|under|for|by|overall|place)\b))"
)

#: from the end of the earlier ordinal: ", and the south mill second."
_LATER_AFTER = re.compile(rf"[ \t]*,?[ \t]+and[ \t]+{_MEMBER}(?i:({_ORDINAL}))\b{_PHRASE_END}")
#: before the later ordinal: "first and Ames "
_EARLIER_BEFORE = re.compile(rf"\b(?i:({_ORDINAL}))[ \t]*,?[ \t]+and[ \t]+{_MEMBER}\Z")


def _member_word(word: str) -> bool:
    """The word right before the later ordinal names the member ("mill", "Ames"), not an
    article or a preposition ("and a second.", "and for a second"): those are time."""
    return word.lower() not in STOP


def ranked_by_later(text: str, e: int, low: str) -> bool:
    """True where the ordinal ``low`` ending at ``e`` is ranked against a later ordinal of the
    sentence ("closes first and the south mill second")."""
    later = _LATER_AFTER.match(text, e, min(len(text), e + 70))
    return (
        later is not None
        and _member_word(later.group(1))
        and ORDINAL_WORDS[later.group(2).lower()] > ORDINAL_WORDS[low]
    )


def ranks_after_earlier(text: str, s: int, e: int, low: str, findings: list) -> bool:
    """True where the ordinal ``low`` at ``s``-``e`` closes its phrase after an earlier, lower
    ordinal read with no noun ("finished first and Ames second")."""
    if not findings or not re.match(_PHRASE_END, text[e : e + 8]):
        return False
    last = findings[-1]
    if last["kind"] != "ordinal" or last["quantity"]:
        return False
    earlier = _EARLIER_BEFORE.search(text, max(0, s - 70), s)
    return (
        earlier is not None
        and earlier.start(1) == last["start"]
        and _member_word(earlier.group(2))
        and ORDINAL_WORDS[earlier.group(1).lower()] < ORDINAL_WORDS[low]
    )
