"""Fixed phrases that decide what a number word is: no quantity, or a rank, not a fraction.

Why a module of its own: round sixty-six read 300 pool documents outside every development and
blind file, and three kinds of number word its rules misread came out of news at large, each in
a set phrase the scanner's general tests cannot see:

- "zero" before "coupon", "tolerance" or "sum" names a kind of bond or a policy ("a zero coupon
  eurobond", "a zero tolerance policy", "a zero sum game"): no count of coupons or policies
  (fresh12's gold reads "a zero coupon 100 mln dlr bond" so; "zero-coupon" written with its
  hyphen was already no item);
- "first" after "than" before a verb of expectation ("worse than first thought", "higher than
  first expected") is the adverb "at first", no rank;
- "a third", "a fourth" before a capitalised word ("a third Ranger was held", "a tenth
  Auckland title", "a third Okafor goal") or before "in as many" / "in a row" ("another
  defeat, a third in as many weeks") rank, as "a third man" already did: a fraction has "of"
  ("a third of voters") or stands alone ("a third more", "cut by a third");
- "outside" before a plural noun after a count is an adjective ("the nine former outside
  directors", "two outside auditors"): the count's noun is the plural after it, where the
  scanner stopped at the preposition (round sixty-one's fresh36 kind).
"""

from __future__ import annotations

import re

from newslens_numbers import lexicon
from newslens_numbers.patterns import _words

#: "a zero coupon bond", "zero tolerance of racism", "a zero sum game": a name, no count
_ZERO_IDIOM_AFTER = re.compile(r"[ \t]+(?:coupons?|tolerance|sum)\b(?![-'’])")

#: "than first thought": the adverb "at first" before a verb of expectation
_EXPECTATION_VERBS = frozenset(
    (
        "thought",
        "expected",
        "feared",
        "believed",
        "hoped",
        "planned",
        "reported",
        "estimated",
        "anticipated",
        "predicted",
        "forecast",
        "suggested",
        "indicated",
        "envisaged",
        "imagined",
        "assumed",
        "announced",
        "projected",
    )
)

#: the capitalised words after "a third" that do not make it rank: a date, a weekday, or a
#: word that opens a clause or a headline's next sentence ("cut by a third Monday", "down by
#: a third The firm said")
_NOT_RANKED_CAPITALS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december the a an it its he she they "
    "we this that these those there in on at for but and or of to by from as if when while "
    "after before since last next"
)
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![-'’])")
_IN_A_RUN_AFTER = re.compile(r"[ \t]+in[ \t]+(?:as[ \t]+many|a[ \t]+row|succession)\b")


def zero_names_a_kind(text: str, end: int) -> bool:
    """True where "zero" ending at ``end`` opens "zero coupon", "zero tolerance", "zero sum"."""
    return _ZERO_IDIOM_AFTER.match(text, end, min(len(text), end + 14)) is not None


def adverbial_first(prev: str, low: str, after: str) -> bool:
    """True for "first" after "than" and before a verb of expectation ("than first thought")."""
    return low == "first" and prev == "than" and after.lower() in _EXPECTATION_VERBS


def article_fraction_ranks(text: str, end: int) -> bool:
    """True where "a third" (ending at ``end``) ranks: a capitalised noun or name after it ("a
    third Ranger", "a tenth Auckland title"), or "in as many", "in a row", "in succession"."""
    window = min(len(text), end + 24)
    if _IN_A_RUN_AFTER.match(text, end, window):
        return True
    capital = _CAPITAL_AFTER.match(text, end, window)
    if capital is None:
        return False
    word = capital.group(1).lower()
    return word not in _NOT_RANKED_CAPITALS and not re.match(
        r"[ \t]+of\b", text[capital.end() : capital.end() + 5]
    )


_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![-'’])")


def outside_modifies(text: str, end: int, limit: int) -> bool:
    """True where "outside" (ending at ``end``) modifies the plural noun after it ("ten outside
    directors"), not where it opens a place ("two outside the court", "five outside London")."""
    nxt = _LOWER_WORD_AFTER.match(text, end, limit)
    return nxt is not None and lexicon.plural_noun(nxt.group(1)) is True


#: "first time" written apart before a noun: the compound "first-time" ("first time voters",
#: "a first time buyer"), round sixty-nine
_FIRST_TIME_AFTER = re.compile(r"[ \t\n]+time[ \t\n]+([a-z]+)\b(?![-'’])")
#: the words before "first" that make "the first time" a noun phrase, whose clause may go on
#: with a plural subject ("the first time buyers have had it so easy", "it was the first time
#: critics had praised her"): a rank of the time, as before
_FIRST_TIME_DETERMINERS = frozenset(("the", "this", "that", "its", "his", "her", "their", "our"))


def first_time_compound(text: str, end: int, prev: str) -> bool:
    """True where "first" (ending at ``end``) opens "first time" written apart as the compound
    "first-time" before a noun it describes: "many first time voters", "for first time
    novelists", "a first time buyer". The hyphenated "first-time" was already no item (it ranks
    nothing: a kind of buyer); written apart the scanner read an ordinal of the noun. Not after
    "the" or a possessive ("the first time buyers can borrow"), where "the first time" may be a
    noun phrase and a clause follow."""
    if prev in _FIRST_TIME_DETERMINERS:
        return False
    nxt = _FIRST_TIME_AFTER.match(text, end, min(len(text), end + 30))
    if nxt is None:
        return False
    word = nxt.group(1)
    if prev == "a":  # "a first time buyer": the singular noun of the compound
        return lexicon.plural_noun(word) is False and word in _FIRST_TIME_SINGULARS
    return lexicon.plural_noun(word) is True


#: the singular nouns "a first time" describes in news ("a first time buyer"); after "a" a
#: plural cannot follow, and "a first time visit" ranks nothing either, but the list keeps
#: "a first time" before other words ("a first time in ten years") as before
_FIRST_TIME_SINGULARS = frozenset(
    ("buyer", "voter", "author", "owner", "user", "visitor", "offender", "mother", "father")
)
