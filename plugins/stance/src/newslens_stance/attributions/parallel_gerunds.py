"""Two gerunds of report joined by "and": "The mayor dodged, pointing to the pier repairs and
saying that the fees would fall", "calling the fee a tax and accusing the board of greed"
(round eighty-eight).

Why: a gerund after "and" that continues an earlier gerund of the sentence is a report of its
own, as a finite verb after "and" is ("He claimed X and said Y", whose first content ends
before "and"); the earlier gerund's content ran on over it when that content is an object
("pointing to the repairs and saying ..."), so the second report was read as nested inside the
first and dropped from the outermost reports PolNeAR scores.

The cut: the nearest earlier report of the sentence whose cue is a gerund (its first word in
-ing) and whose content holds both the conjunction and the later cue ends before "and" (or
before ", and"); nothing else changes (the later gerund's speaker is found as before). Not
inside a quotation.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

#: "and" (perhaps after a comma) and an adverb right before the later gerund
_AND_END = re.compile(r"(?:,\s*)?\band\s+(?:(?:[a-z]{3,}ly|also|then|later|even|again)\s+)?$")


class _Report(Protocol):
    cue: tuple[int, int]
    content: list[tuple[int, int]]


_R = TypeVar("_R", bound=_Report)


def parallel_gerund_cut(
    text: str, s0: int, c0: int, form: str, previous: list[_R], quoted: bool
) -> tuple[_R, int] | None:
    """The earlier gerund's report and where its content ends, or None."""
    if quoted or not form.split()[0].endswith("ing"):
        return None
    conj = _AND_END.search(text, max(s0, c0 - 40), c0)
    if conj is None:
        return None
    cut = conj.start()
    for f in reversed(previous):
        if f.cue[0] < s0:
            return None
        if f.cue[1] > cut:
            continue
        word = text[f.cue[0] : f.cue[1]].split()
        if (
            word
            and word[0].lower().endswith("ing")
            and any(a < cut < b for a, b in f.content)
            and any(a <= c0 < b for a, b in f.content)
        ):
            return f, cut
        return None
    return None
