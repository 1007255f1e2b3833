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
#: round seventy-four: a finish reached by a verb of moving up or down, then "to" ("battled to
#: second in 13:22.40", "fought back to fourth", "slipped to ninth in the table")
_TO_PLACE_BEFORE = re.compile(
    r"\b(?:battled|battling|fought[ \t]+back|fighting[ \t]+back|came[ \t]+back|climbed|"
    r"climbing|moved[ \t]+up|rose|slipped|slipping|dropped|dropping|fell|falling|surged|"
    r"recovered|jumped|sank|slumped|tumbled|crept[ \t]+up|edged[ \t]+up)[ \t]+to[ \t]+\Z"
)
#: round seventy-four: a later place in a list after "with" and its noun phrase ("came second,
#: with Jones's memoir fourth", "took first place with a memoir by Lee third"): one to five words,
#: the last no determiner, no clause mark between
_WITH_NOUN_BEFORE = re.compile(
    r"\bwith[ \t]+(?:[\w'’.-]+[ \t]+){0,4}"
    r"(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|and|or)[ \t])"
    r"[\w'’.-]+[ \t]+\Z"
)
#: the earlier place the list goes on from, in the same clause run before "with"
_EARLIER_PLACE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))\b(?:[ \t]+place)?[^.;:!?]*\Z"
)
#: the later place ends its clause
_LIST_PLACE_END = re.compile(r"(?:[ \t]*[,.;:)]|[ \t]*\Z|[ \t]+(?:and|in|on|with|behind)\b)")


def ranked_place(text: str, s: int, e: int) -> bool:
    """Whether the bare ordinal at ``s:e`` is a place after a verb of ranking and its object
    ("ranked Norway second"), after "with NAME in" ("with Lee in second."), after a verb of
    moving and "to" ("battled to second"), or after "with" and a noun phrase where an earlier
    place stands in the clause before ("came second, with Jones's memoir fourth")."""
    before = text[max(0, s - 60) : s]
    if _RANK_OBJECT_BEFORE.search(before):
        return _PLACE_END.match(text, e) is not None
    if _WITH_IN_BEFORE.search(before):
        return _IN_PLACE_END.match(text, e) is not None
    if _TO_PLACE_BEFORE.search(before):
        return _PLACE_END.match(text, e) is not None
    listed = _WITH_NOUN_BEFORE.search(before)
    if listed is not None and _LIST_PLACE_END.match(text, e) is not None:
        start = max(0, s - 60) + listed.start()
        return _EARLIER_PLACE.search(text, max(0, start - 120), start) is not None
    return False
