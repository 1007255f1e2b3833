""" "one" as a pronoun after a comma ("a deal, one that ...") and "one day" meaning
some day ("One day you will ..."): no item.

Why a pass of its own: the guide gives no item to "one" standing for a noun said before, nor
to "one day" as a fixed time phrase (the thirty-fifth sample's README: "One day we will win
it" is an idiom). :func:`counted._pronoun_one` drops the pronoun after an adjective ("a later
one"); two more shapes are plain in news copy and were read as a count and a duration of one
day (fresh34's and fresh35's readings):

- an appositive "one" after a comma, before a relative pronoun: ", one that covers",
  ", one which", ", one who": the "one" renames the noun phrase before the comma;
- "one day" opening a clause (a sentence, a quotation, or after "and", "but", "that",
  "perhaps", "maybe", "hopefully") with a subject pronoun right after it ("One day you will",
  "and one day, we hope, ..."): some day, not a length of time. "one day after the vote", "in
  one day we sold" and "for one day" keep the duration;
- "one day" between a modal (or "to") and its bare verb ("he will one day coach the
  side", "hopes to one day play", "might one day become"): some day, the adverb splitting
  the verb phrase (round seventy-four, the forty-third sample's kind). "will take one day to"
  keeps the duration: the verb stands before "one day", not after it.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers import lexicon

#: after the "one": a relative pronoun opening the clause that describes it
_RELATIVE_AFTER = re.compile(r"[ \t]+(?:that|which|who|whom|whose)\b")
#: before "one day": a clause's start
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[.!?:;][\"”’']?[ \t\n]+|[\"“‘'][ \t]*|\b(?i:and|but|that|perhaps|maybe|hopefully)"
    r"[ \t]+)$"
)
#: after "one day": a subject pronoun (a comma between allowed)
_SUBJECT_AFTER = re.compile(r",?[ \t]+(?:I|we|you|he|she|they|it|there)\b(?!-)")
#: round seventy-four: a modal or "to" right before "one day" (an adverb between allowed)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|should|must|to|'ll|’ll)"
    r"(?:[ \t]+(?:also|still|surely|perhaps|even))?[ \t]+$"
)
#: and a bare verb right after it, lower case: "coach", "become", "play", "be" (not a
#: preposition, an article or a number: "to one day in the past", "to one day a week")
_BARE_VERB_AFTER = re.compile(
    r"[ \t]+(?!(?:in|on|at|of|for|a|an|the|and|or|to|per|after|before|later|earlier|ago|"
    r"from|each|every|when|while|than|more|less|\d)\b)[a-z]{2,}\b"
)


def idiomatic_one(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``findings`` without the appositive pronoun "one" and the "some day" "one day"."""
    return [f for f in findings if not (_appositive(text, f) or _some_day(text, f))]


def _appositive(text: str, f: dict[str, Any]) -> bool:
    return (
        f["kind"] == "count"
        and f["text"] == "one"
        and text[max(0, f["start"] - 2) : f["start"]] == ", "
        and _RELATIVE_AFTER.match(text, f["end"]) is not None
    )


def _some_day(text: str, f: dict[str, Any]) -> bool:
    if f["kind"] != "duration" or f["text"] not in ("one day", "One day"):
        return False
    if (
        _SUBJECT_AFTER.match(text, f["end"]) is not None
        and _CLAUSE_START_BEFORE.search(text, max(0, f["start"] - 12), f["start"]) is not None
    ):
        return True
    if _MODAL_BEFORE.search(text, max(0, f["start"] - 20), f["start"]) is None:
        return False
    verb = _BARE_VERB_AFTER.match(text, f["end"])
    return verb is not None and "VERB" in lexicon.classes(verb.group().strip())
