"""Words, names and figures of an article, as the terms its story vector is built from.

Stories are told apart by what is specific to an event: the people and places named, the
figures reported, the rarer content words. So the tokenizer keeps content words (a short
English stop list drops function words), folds plurals ("missiles" -> "missile") so that two
outlets' wording meets, writes numbers without separators ("1,500" and "1500" are one term),
marks a capitalised word inside a sentence as a name (a second term, ``@word``), so that a
shared name counts beyond the same word written in lower case, and a stock ticker as
``$ticker``. No tagger, no model: this runs
on 210,000 articles within the memory bound of the store path.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# Words that say nothing about which event an article reports (function words, reporting
# verbs, the vocabulary of every news text). Kept short on purpose: the IDF weighting does
# the rest on the corpus at hand.
_STOP_TEXT = """
    a about above after again against all almost also although am among an and another any
    are around as at be because been before being below between both but by can could did do
    does doing done down during each either else even ever every few for from further had has
    have having he her here hers herself him himself his how however i if in into is it its
    itself just last least less like made make many may me might more most much must my
    myself near neither no nor not now of off often on once one only or other others our ours
    ourselves out over own per perhaps quite rather really same says said say saying see seen
    she should since so some still such than that the their theirs them themselves then there
    these they this those though through thus to too under until up upon us very via was way
    we well were what when where whether which while who whom whose why will with within
    without would yet you your yours yourself yourselves according added adding told tell
    tells reported reports reporting report news told according also just like new get got
    going go goes went come came comes take took taken use used using want wanted wants
    mr mrs ms dr st re ve ll don didn doesn isn wasn aren weren won wouldn couldn shouldn
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# A word (letters, inner apostrophes or hyphens) or a number (digits with separators).
TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|\d[\d,.]*\d|\d")
# A capitalised word inside a sentence: after a word, comma, colon or bracket and one space
# (so a sentence's first word, after ". ", is not taken for a name). All-capitals words
# (headlines, wire slugs, acronyms alike) are left to the plain words.
NAME = re.compile(r"(?<=[\w,;:)] )[A-Z][\w'’-]*[a-z][\w'’-]*")
# A stock ticker as wires and press releases write it: "<ACME>", "(NYSE: ACME)", "(Nasdaq:
# ACMW)". A third term, ``$ticker``: it names a listed company whatever its headline's case.
TICKER = re.compile(r"(?:<|\([A-Z][A-Za-z]+: ?)([A-Z][A-Z0-9.]{0,7})[>)]")
NUMBER_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3})")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case and fold a plural to its singular, so outlets' wording meets.

    A light rule, not a stemmer: "missiles" -> "missile", "casualties" -> "casualty",
    "ships" -> "ship"; words ending in "ss", "us", "is" ("business", "virus", "crisis") stay.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        return w[:-1]
    return w


@lru_cache(maxsize=400_000)
def term(raw: str) -> str | None:
    """The term a token counts as: a folded content word, ``#number`` for a number of two
    digits or more ("1,500" -> ``#1500``), ``None`` for stop words and single characters."""
    if raw[0].isdigit():
        value = NUMBER_SEPARATOR.sub("", raw).rstrip(".,")
        return "#" + value if len(value) >= 2 else None
    word = fold(raw)
    if len(word) < 2 or word in STOP_WORDS:
        return None
    return word


def terms(text: str) -> Counter[str]:
    """The term counts of one text: folded content words, ``#number`` for numbers of two
    digits or more, and ``@name`` for capitalised words inside a sentence."""
    counts: Counter[str] = Counter()
    if not text:
        return counts
    for raw, count in Counter(TOKEN.findall(text)).items():
        found = term(raw)
        if found:
            counts[found] += count
    for raw, count in Counter(NAME.findall(text)).items():
        found = term(raw)
        if found:
            counts["@" + found] += count
    for raw, count in Counter(TICKER.findall(text)).items():
        counts["$" + raw.lower()] += count
    return counts
