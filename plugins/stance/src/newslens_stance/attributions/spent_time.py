"""A gerund of saying after "spend" and a span of time, or after "take turns": "the mayor spent
much of the week attacking the levy", "Lund has spent months urging the board to act", "the
skippers took turns denouncing the fee" (round eighty-seven).

Why: "spend" with a span of time ("spent Monday", "has spent much of her campaign", "spent
more time") takes a gerund that says what filled the span, and "take turns" a gerund of what
each did in turn; the gerund's subject is the subject of "spend" or "take", as after a verb
of beginning or going on ("began urging", round twenty-six), which the extractor already
reads. Without the rule the noun test read the gerund as a noun ("the week attacking") or
the speaker scan found no subject next to it, and a report PolNeAR marks (the subject of
"spent" as its source) gave no row.

Read only when the span names a time or an occasion (:data:`_SPAN_NOUNS`: "time", "the
week", "Thursday", "much of his speech", "the run-up to the vote") and never money or other
means ("spent $10 million attacking", "spent heavily on ads urging": what is bought speaks,
not its buyer, and PolNeAR is split on it); the span holds no punctuation, conjunction,
relative word or other gerund, so the gerund is the first verb after it.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words

#: nouns that name a span of time or an occasion that time is spent on
_SPAN_NOUNS = frozenset(
    _words(
        """
        time times day days week weeks weekend weekends month months year years hour hours
        minute minutes night nights morning mornings afternoon afternoons evening evenings
        decade decades summer spring fall autumn winter season monday tuesday wednesday
        thursday friday saturday sunday campaign campaigns speech speeches address remarks
        appearance appearances interview interviews debate debates rally rallies run-up
        contest race primary primaries convention session sessions hearing hearings event
        events tour visit visits stop stops broadcast show episode career tenure term
        """
    )
)
#: words that end the span: money and means spent ("spent $2 million attacking"), words that
#: open a clause or join two ("and", "who", "that"), and the verbs that make "spend" a noun's
#: ("defense spending rose")
_SPAN_STOPS = frozenset(
    _words(
        """
        million millions billion billions trillion dollars money cash funds fortune resources
        capital heavily freely lavishly and or but nor who whom which that what while when
        because than if is are was were be been being
        """
    )
)
#: the verb and the words between it and the gerund: "spend" and up to ten words of its
#: span, or "take turns"; anchored at the gerund's start
_SPENT_TIME_END = re.compile(
    r"(?<![\w’'\-])(?:(?P<spend>[Ss]pend|[Ss]pends|[Ss]pent|[Ss]pending)"
    r"(?P<span>(?:\s+[\w’'\-]+){1,10}?)"
    r"|(?P<take>[Tt]ake|[Tt]akes|[Tt]ook|[Tt]aken|[Tt]aking)\s+turns)\s+$"
)
_WORD = re.compile(r"[\w’'\-]+")
#: how far back before the gerund "spend" may stand (ten words of a span)
_REACH = 120


def spent_time_verb(text: str, lo: int, c0: int) -> int | None:
    """Where "spend" (with a span of time) or "take turns" governing the gerund at ``c0``
    begins, reading no further back than ``lo``; None when no such verb stands before it."""
    lo = max(lo, c0 - _REACH)
    window = text[lo:c0]
    low = window.lower()
    if "spen" not in low and "turns" not in low:
        return None
    m = _SPENT_TIME_END.search(window)
    if m is None or "\n" in m.group():
        return None  # (a span never runs over a paragraph's end)
    if m.group("spend") is not None:
        words = [w.lower() for w in _WORD.findall(m.group("span"))]
        if (
            not any(w in _SPAN_NOUNS for w in words)
            or any(w in _SPAN_STOPS for w in words)
            or any(w.endswith("ing") and w not in {"morning", "evening", "mornings"} for w in words)
            or "$" in m.group("span")
        ):
            return None
    return lo + m.start()
