"""Round forty: the party a restrictive "who" clause with a verb of saying reports for.

"The council hired a consultant who claimed that the pier was unsafe": the lead's decision of
round thirty-eight ("a report in a restrictive relative is a report") gives the row the noun
phrase as its speaker, the party and not the pronoun. One entry point,
:func:`_restrictive_antecedent`, called by ``verbs._restrictive_report``.

Why so narrow a phrase: the noun-phrase scan of ``_np_before`` runs back over the clause the
relative hangs on ("interviewed anglers", "the backing of a former admiral"), and a bare
singular noun before "who" is mostly a predicate ("X is a braggart and bully who ..."), whose
party is the sentence's subject, not the noun. So the antecedent is a determiner and up to
three words, or one plural noun (or "someone", "anyone"), and never the sentence's opening
phrase: a relative in the subject ("A pilot who claims ... revealed ...") runs its content
into the main verb, which no rule here can find.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import FORM_TO_LEMMA, _words
from newslens_stance.attributions.text import _Doc

#: words that open a noun phrase the relative may follow
_OPENERS = frozenset(
    _words(
        "a an the this these those one some any many several few his her their its our your my "
        "two three four five six seven eight nine ten"
    )
)
#: a whole noun phrase on its own
_PRONOUNS = frozenset(_words("someone anyone everyone somebody anybody"))
#: words a noun phrase never holds: a preposition, a conjunction, a clause word
_BREAKS = frozenset(
    _words(
        "of in at on to from for with by over about into including among and or but that which "
        "who whom whose as than is was are were be been has have had"
    )
)
#: a place or group the phrase may belong to, the party standing before it ("residents at
#: a lodge who", "a spokesperson from the firm's camp who")
_PLACE_PREPOSITIONS = frozenset(_words("at in on from"))
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_POSSESSIVE = re.compile(r"[A-Z][\w\-]*['’]s$")


def _restrictive_antecedent(doc: _Doc, s0: int, who: int) -> tuple[int, int] | None:
    """The noun phrase right before a restrictive "who" at ``who``, or None (no safe one)."""
    text = doc.text
    words = list(_WORD.finditer(text, max(s0, who - 80), who))[-4:]
    if not words or text[words[-1].end() : who].strip():
        return None  # a comma or a mark between the phrase and "who"
    last = words[-1]
    noun = last.group()
    if not noun.islower() or noun in _BREAKS:
        return None
    start = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if i < len(words) - 1 and text[w.end() : words[i + 1].start()].strip():
            break  # punctuation inside: no phrase of ours
        low = w.group().lower()
        if low in _OPENERS or _POSSESSIVE.search(w.group()):
            start = w.start()
            break
        if low in _BREAKS:
            break
        if i < len(words) - 1 and not w.group().islower():
            # round sixty-five: a name as a modifier ("a Town Hall clerk who", "a Queen
            # Victoria lookalike who") is part of the phrase when an opener comes
            # before it; with none, the plural noun alone, as before ("Senate aides who")
            continue
    if start is None:
        if noun not in _PRONOUNS and not (
            len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss")
        ):
            return None
        start = last.start()
    if noun in FORM_TO_LEMMA:
        return None  # "made the clerks reveal who told them": a question, no relative
    before = list(_WORD.finditer(text, max(s0, start - 30), start))
    if (
        before
        and not text[before[-1].end() : start].strip()
        and before[-1].group().lower() in _PLACE_PREPOSITIONS
    ):
        return None  # "medics on the quay who", "a clerk at the lodge who": which?
    opening = _WORD.search(text, s0, who)
    if opening is not None and opening.start() == start:
        return None  # the sentence's subject: its own main verb follows the relative
    if len(before) == 1 and before[0].start() == opening.start():  # type: ignore[union-attr]
        return None  # "For someone who ..., the shift was stark": a fronted phrase
    return start, last.end()
