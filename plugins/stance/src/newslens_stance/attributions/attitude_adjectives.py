"""Round eighty-three: a belief's clause with no "that" after an adjective of attitude.

The copula pattern of :mod:`predicates` ("Officials are confident that ...") reads an
adjective's complement that opens with a word ("that", "to", "about", ...). News drops the
"that" of a belief's clause as often as a verb's: "Lund is not sure she can back the levy",
"most growers were certain they would vote for it", "some skippers are hopeful they can win
the seat". Here the clause is read when a subject pronoun opens it, after the adjectives of
belief and doubt only ("sure", "convinced", "confident", "certain", "hopeful", ...): "was
happy they came" is a feeling about an event, and "ready they" is no English.

The pronoun is the clause's subject and starts the content, as "whether" does. A name or a
noun phrase with no "that" is left out (the adjective may end its own phrase there: "was
certain the morning after"), and so is a clause inside a bracketed aside, which the clause
reader would run on past its closing bracket.

"confident in X" is read here too: the thing trusted is the belief's content, as after
"confident about" (PolNeAR marks it; the copula pattern read no "in").

Round eighty-four (the lead's decision on round eighty-three's question): any adverb in -ly
may stand between the copula and the adjective ("the crews were acutely aware that the quay
would close", "the skippers are surprisingly skeptical of the levy"); the listed degree words
were a few of an open class. Not "likely" (a forecast: "the pier is likely ready to reopen"),
and not an evidential adverb ("were reportedly concerned", "are apparently sure"): it puts
the attitude at one remove, and the hedge is read as a row of its own.
"""

from __future__ import annotations

from newslens_stance.attributions.lexicon import _words

#: the evidential adverbs in -ly that put an attitude at one remove; the copula pattern does
#: not read through them
EVIDENTIAL_LY_ADVERBS = (
    "reportedly",
    "allegedly",
    "apparently",
    "supposedly",
    "seemingly",
    "purportedly",
    "ostensibly",
    "reputedly",
)

#: any adverb in -ly between the copula and the adjective ("acutely", "surprisingly"), not
#: "likely" / "unlikely" (a forecast) nor an evidential adverb
ANY_LY_ADVERB = r"(?!(?:un)?likely\b|(?:" + "|".join(EVIDENTIAL_LY_ADVERBS) + r")\b)[a-z]+ly"

#: a subject pronoun opening a belief's clause with no "that" ("sure she can", "certain they
#: would"), before a lower-case word (its verb or auxiliary)
BARE_CLAUSE_SUBJECT = r"(?:I|he|she|we|they)\b(?=\s+[a-z])"

#: the adjectives of belief and doubt whose clause may drop "that"
BARE_CLAUSE_ADJECTIVES = frozenset(
    _words(
        "sure unsure convinced confident certain uncertain hopeful optimistic pessimistic "
        "skeptical sceptical doubtful afraid worried concerned aware"
    )
)

_PRONOUNS = frozenset(("I", "he", "she", "we", "they"))

#: the adjective whose "in" names what the belief is about ("the crews are confident in the
#: new hull", "less confident in the mayor"); after the others "in" is a place, a time or a
#: field ("ready in May", "critical in the count", "happy in Salem")
CONFIDENCE_IN = frozenset(("confident",))


def is_bare_clause(comp: str) -> bool:
    """Whether an adjective's complement is a subject pronoun (a clause with no "that")."""
    return comp in _PRONOUNS


def in_open_bracket(text: str, s0: int, c0: int) -> bool:
    """Whether the cue stands inside a bracket opened earlier in its sentence.

    Why: "(we're sure he washed up)" is the writer's aside; the clause reader does not stop at
    the closing bracket, so a pronoun's clause there would run on over the sentence after it.
    """
    before = text[s0:c0]
    return before.count("(") > before.count(")")
