"""A report coordinated with the verb of a relative clause set off by commas or dashes: "The
mayor, who met the board on Monday and said the fee was too high, left early", "The union -
which was founded in 2004 and has endorsed Lund - ..." (round eighty-eight).

Why: "who" or "which" after a comma is the subject of every verb its clause coordinates, as a
sentence's subject is of "... and said"; the extractor read the first verb of such a clause
("Lund, who said ...") and a coordinated verb after a clause of the main sentence ("Lund met
the board and said ..."), but a report after "and" inside the relative clause found no subject
at all and gave no row. PolNeAR marks the pronoun as the source, as for the first verb.

Read only when the relative clause is still open at the conjunction (no comma, semicolon,
colon, bracket, dash or quotation mark between the pronoun and "and" / "but", at most 160
characters), the pronoun follows a comma, an opening bracket or a dash (a spaced hyphen
too, as news copy types one: "Lund - who ..."), the first conjunct holds no negation (a
negated report is no item, round two, and a negated belief is a stance of its own), no
earlier row's cue of the sentence lies inside the clause (the coordinated-verb rule reads
"who said X and added Y", with its content cut) and no other relative word or "that" stands
in it (a nested clause: "who met a pilot who ... and said").
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator

from newslens_stance.attributions.patterns import _REL_GAP

#: the conjunction and the words of a relative's verb group right before the cue ("and has
#: since", "but later"), anchored at the end of the text before the cue
_AND_GAP_END = re.compile(r"\s(?:and|but)\s+" + _REL_GAP + r"$")
#: a relative pronoun after a comma or a dash (a spaced hyphen included)
_COMMA_RELATIVE = re.compile(r"(?:,|[—–]|\s-)\s*(who|which)\s")
#: what closes or nests the relative clause before the conjunction
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]|\s-|\b(?:who|whom|which|that|whose)\b")
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b")
_FIRST_WORD = re.compile(r"\s*([\w’'\-]+)")
#: words that open a subject after the pronoun: the pronoun is then the object ("a levy, which
#: he likes but says ...")
_SUBJECT_OPENINGS = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "many",
        "most",
        "all",
        "no",
        "one",
        "each",
        "every",
        "any",
        "several",
        "both",
        "either",
        "neither",
    ]
)
#: an infinitive's "to" before a verb (not before an object: "drawn to his message")
_TO_VERB = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|"
    r"us|me|what|whom)\b)[a-z]"
)
_MODAL = re.compile(r"\b(?:would|will|could|should|can|might|must|may|shall)\s+[a-z]|[’']d\s")
#: a past participle's shape ("quoted", "shown", "told")
_PARTICIPLE_TEXT = r"[a-z]+(?:ed|en|wn)|told|said|sold|held|made|paid|kept|left|found"
_PARTICIPLE = re.compile(_PARTICIPLE_TEXT)
#: a passive verb group opening the relative clause ("which are placed", "who was quickly
#: named"; not "who was at the dinner", "who was wearing")
_PASSIVE_OPENING = re.compile(
    r"\s*(?:is|are|was|were|been|being|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?(?:"
    + _PARTICIPLE_TEXT
    + r")\b"
)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of an iterator's matches, or None."""
    last = deque(matches, maxlen=1)
    return last[0] if last else None


#: how far back the conjunction and the pronoun may stand
_WINDOW = 200


def coordinated_relative(
    text: str, s0: int, c0: int, lemma: str, earlier_cues: list[tuple[int, int]]
) -> tuple[int, tuple[int, int]] | None:
    """Where the comma or dash before the relative pronoun a cue after "and" / "but" is
    coordinated under stands, and the pronoun's span; or None.

    ``earlier_cues`` are the cues of the rows found before this one (a cue inside the relative
    clause leaves the cue to the coordinated-verb rule)."""
    lo = max(s0, c0 - _WINDOW)
    # the quick test: a conjunction in the last words before the cue
    tail = text[max(lo, c0 - 60) : c0]
    if "and" not in tail and "but" not in tail:
        return None
    conj = _AND_GAP_END.search(text, max(lo, c0 - 60), c0)
    if conj is None:
        return None
    and_at = conj.start()
    rel = _last(_COMMA_RELATIVE.finditer(text, lo, and_at))
    if rel is None:
        return None
    clause = (rel.end(1), and_at)
    first = _FIRST_WORD.match(text, clause[0], clause[1])
    cue = _FIRST_WORD.match(text, c0)
    if (
        first is None
        or first.group(1).lower() in _SUBJECT_OPENINGS
        or first.group(1)[:1].isupper()
        # a bare cue after an infinitive in the clause may be that verb's conjunct ("which
        # allows him to keep X and deny Y"); after a modal it is, or it is no verb ("which
        # will pay X in cash and preferred stock")
        or (
            cue is not None
            and cue.group(1).lower() == lemma
            and _TO_VERB.search(text, clause[0], clause[1]) is not None
        )
        or _MODAL.search(text, clause[0], clause[1]) is not None
        # a passive clause: the participle after "and" shares its auxiliary ("which are
        # placed with clients and not quoted")
        or (
            cue is not None
            and _PARTICIPLE.fullmatch(cue.group(1).lower()) is not None
            and _PASSIVE_OPENING.match(text, clause[0], clause[1]) is not None
        )
        # a negated report after the conjunction ("... and never said"): no item
        or _NEGATION.search(text, conj.start(), c0) is not None
        or clause[1] - clause[0] > 160
        or _CLAUSE_BREAK.search(text, clause[0], clause[1]) is not None
        or _NEGATION.search(text, clause[0], clause[1]) is not None
        or any(clause[0] <= a < clause[1] for a, _ in earlier_cues)
    ):
        return None
    return rel.start(), rel.span(1)


#: a comma or a dash (a spaced hyphen too) right before a relative pronoun
_OPENER_BEFORE = re.compile(r"(?:,|[—–]|\s-)\s*$")
#: a dash or a spaced hyphen right before a relative pronoun
_DASH_BEFORE = re.compile(r"(?:[—–]|\s-)\s*(?:which|who)\s")
_DASH = re.compile(r"\s*(?:[—–]|(?<=\s)-(?=\s))")


def relative_after_comma(text: str, speaker: tuple[int, int]) -> bool:
    """Whether a speaker span is a relative pronoun set off by a comma or a dash ("Lund, who
    endorsed X and criticized Y": "criticized" takes "who" from the coordinated-verb rule)."""
    return text[speaker[0] : speaker[1]] in {"who", "which"} and (
        _OPENER_BEFORE.search(text, max(0, speaker[0] - 4), speaker[0]) is not None
    )


def dash_close(text: str, s0: int, c0: int, part: tuple[int, int]) -> int | None:
    """Where a content part after a cue ends when the cue's relative clause opened with a dash
    ("Lund - who said the pier was safe - left": before the second dash), or None.

    The last relative pronoun before the cue must follow a dash with no comma between it and
    the cue; the closing dash is the first dash or spaced hyphen inside the part."""
    lo = max(s0, c0 - 200)
    rel = _last(_DASH_BEFORE.finditer(text, lo, c0))
    if rel is None or "," in text[rel.end() : c0]:
        return None
    close = _DASH.search(text, part[0], part[1])
    return close.start() if close is not None else None
