"""A place in a ranking after its verb's object, or after "in" ("ranked the UK third",
"with Lee in second").

Why a module: a bare ordinal with no determiner and no noun is read as an adverb ("when I
first read it", "second, ...") unless a verb of ranking or a copula stands right before it
("finished third", "was second with"). News writes the ranked thing between the verb and the
place ("a survey ranked Norway second", "the report placed the UK third behind Sweden", "the
index rates Chile fourth in the region"; not "put it first", which orders what matters), and a
results sentence gives the later places with "in" ("Kim won, with Lee in second and Park in
third"): each ordinal is a place in the ranking, as "finished third" is.
"""

from __future__ import annotations

import re

#: a verb that ranks its object, then the object: a pronoun, or a name of up to three
#: capitalised words with or without "the" ("ranked it third", "placed the United Kingdom
#: fourth"); a lower-case word between would make "rates" or "lists" a noun ("lower rates
#: without the bank moving first")
_RANK_OBJECT_BEFORE = re.compile(
    r"\b(?:ranked|ranks|ranking|rank|placed|places|placing|rated|rates|rating|listed|lists)"
    r"[ \t]+(?:it|them|him|her|us|itself|themselves|(?:the[ \t]+)?[A-Z][\w'’.&-]*"
    r"(?:[ \t]+[A-Z][\w'’.&-]*){0,2})[ \t]+\Z"
)
#: what ends the place: a clause mark, a word that places it ("behind", "in", "among", "on",
#: "out of", "with", "after", "overall", "place"), or the text's end
_PLACE_END = re.compile(
    r"(?:[ \t]*[,.;:)]|[ \t]*\Z|[ \t]+(?:behind|in|among|on|out|with|after|for|overall|"
    r"globally|worldwide|place|position|spot)\b)",
    re.I,
)
#: "with NAME in" right before the ordinal, NAME a capitalised word or two (a possessive
#: allowed): a results sentence's later place
_WITH_IN_BEFORE = re.compile(r"\b(?:with|and)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}in[ \t]+\Z")
#: a place said by "in" ends the clause ("in third.", "in second, ...", "in third place")
_IN_PLACE_END = re.compile(r"(?:[ \t]*[,.;:)]|[ \t]*\Z|[ \t]+(?:place|and|behind|after|with|on)\b)")


def ranked_place(text: str, s: int, e: int) -> bool:
    """Whether the bare ordinal at ``s:e`` is a place after a verb of ranking and its object
    ("ranked Norway second"), or after "with NAME in" ("with Lee in second.")."""
    before = text[max(0, s - 60) : s]
    if _RANK_OBJECT_BEFORE.search(before):
        return _PLACE_END.match(text, e) is not None
    if _WITH_IN_BEFORE.search(before):
        return _IN_PLACE_END.match(text, e) is not None
    return False
