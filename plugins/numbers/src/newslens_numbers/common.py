"""Small tests and tables that several of the extractor's jobs read.

Why a module of its own: a pattern or a helper that two jobs share (the scanner's rules and a
post-pass, or two mixins of the scanner) lives here once, below all of them, so no job imports
another job's module for it and the import order stays a line: common, the scanner's rules,
the scanner, the post-passes, the pipeline (:mod:`newslens_numbers.extract`).
"""

from __future__ import annotations

import re

from newslens_numbers import lexicon
from newslens_numbers.patterns import _CURRENCY_BEFORE, _TABLE_ROW, _words
from newslens_numbers.units import CURRENCY_CODES

# the period an ordinal ranks even when a noun follows it: "third quarter growth"
_PERIOD_AFTER = re.compile(
    r"[ \t]+(quarter|half|anniversary|round|leg|term|season|innings|century|generation|floor|"
    r"division|stage)\b"
    r"(?=[ \t]+[a-z])"
)
# "a third party": someone outside a deal, no rank ("the third party" in an election ranks; and
# not "third world", which ranks in "his third world title")
_THIRD_FIXED = re.compile(r"[ \t]+(?:party|parties)\b(?![-'’])")
# not durations: "for two years but checked every year", "7, 30 and 90-day paper ... each
# week" say how long, not how often
_PERIOD_PER = frozenset(("year", "month", "week", "day", "night", "h", "min", "season"))


#: "20 of those sank", "120 of them are women", "five of these in Wales": a count of a group the
#: sentence names by a pronoun phrase right after the figure (the word after it, if any)
_PRONOUN_GROUP = re.compile(r"[ \t\n]+of[ \t\n]+(them|those|these)\b(?:[ \t\n]+([a-z][a-z-]*))?")


def pronoun_group_after(text: str, end: int) -> bool:
    """Whether the count ending at ``end`` counts a group named by "of them", "of those" or
    "of these" (the lead's decision 3 on round seventy-one): it takes no counted noun, not
    even one written before ("the 40 boats ... 20 of those sank"). Not "of those boats" or
    "of these vans", whose plural is written after the pronoun (read by the noun rules)."""
    if text[end : end + 4] not in (" of ", "\nof ", " of\n"):
        return False  # (one slice: nearly every figure fails here)
    m = _PRONOUN_GROUP.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    word = m.group(2)
    return not (m.group(1) != "them" and word and lexicon.plural_noun(word))


# Look-behind patterns anchored at the end of a short slice before a figure ("...[ \t]*$") are
# searched at every figure, and a search tries each of the slice's positions. A match must end
# the slice with one of a few words or signs, so a test of the slice's last characters (one C
# call each) rejects nearly every figure first; the regex still decides where the test passes.
# Non-ASCII slices always go to the regex: its case-insensitive match takes some non-ASCII
# letters for ASCII ones (the long s, the Kelvin sign), which ``lower`` does not.
def _tail_search(pattern: re.Pattern[str], endings: tuple[str, ...], before: str,
                 strip: str = " \t") -> re.Match[str] | None:  # fmt: skip
    """``pattern.search(before)``, skipped where ``before`` (trailing ``strip`` characters
    removed, lower case) cannot end with one of ``endings``, the last words of its matches."""
    if before.isascii() and not before.rstrip(strip).lower().endswith(endings):
        return None
    return pattern.search(before)


#: the last three letters of a currency code, lower case ("MAUD" ends "aud")
_CODE_ENDINGS = frozenset(c.lower() for c in CURRENCY_CODES)


#: a vote's tally (the lead's decision for round seventeen): "voted", "a vote of", or "passed/
#: approved/rejected ... by", then at most two words, then "N to M" or "N-M"; not "by a 2 to 1
#: margin" (a ratio of the votes, not their count)
_VOTE_WORDS = (
    r"(?i:\bvoted\b|\ba\s+vote\s+of\b"
    r"|\b(?:passed|approved|rejected)\b(?:\s+[\w'-]+){0,6}?\s+by\b"
    # round seventy-four: a passive verb of a motion right before its tally ("the motion was
    # carried 7-2 by the board", "was passed 6-3 by the council"); "defeated" and "beaten"
    # are left to sport's scores
    r"|\b(?:was|were|been|is|are)\s+(?:passed|carried|approved|adopted|rejected|"
    r"endorsed|upheld|ratified)\b)(?:\s+[\w'-]+){0,2}?\s+"
)
#: the same words just before the tally's first number (the scanner's "N-M", read as a score)
_VOTE_BEFORE = re.compile(_VOTE_WORDS + r"\Z")


def _digits_start(text: str, end: int) -> int:
    """Where the digits (and their separators) ending at ``end`` begin, read back without
    copying the text."""
    start = end
    while start > 0 and text[start - 1] in "0123456789.,":
        start -= 1
    return start


def _currency_before(before: str) -> re.Match[str] | None:
    """``_CURRENCY_BEFORE.search(before)``, skipped where ``before`` cannot end with a currency
    sign or code (its blank stripped): "$" ("US$", "C$"), "." ("Rs."), "=" ("Y="), "RM", "Rp",
    "Rs" or a code's three letters; the other signs are non-ASCII and always searched."""
    if before.isascii():
        tail = before.rstrip(" \t")
        if not (
            tail.endswith(("$", ".", "="))
            or tail[-3:].lower() in _CODE_ENDINGS
            or tail[-2:] in ("RM", "Rp", "Rs")
        ):
            return None
    return _CURRENCY_BEFORE.search(before)


_NUMBER_BEFORE = re.compile(r"(?<![Aa] )\bnumber[ \t]+$")
_BLANKS = re.compile(r"[ \t]+")
_GAP_BREAK = re.compile(r"[.;:!?()]")
_INVARIANT_MODELS = frozenset(("aircraft", "jet", "plane", "model", "car", "phone", "handset"))


# a currency sign written as an HTML entity ("&#163;", "&pound;"): read as the sign, padded with
# spaces before it to the entity's length so every offset still points into the original
_CURRENCY_ENTITY = re.compile(r"&(?:#163|#x[aA]3|pound|#8364|#x20[aA][cC]|euro|#165|yen|#36);")


# round twenty-nine: an oil's gravity named beside a figure in degrees
_API_GRAVITY = re.compile(r"\b(?:API|api)\b|\bgravity\b")


# what stands between the members of a list that shares its unit ("5, 6 and 7 pct")
# currency names an exchange rate is quoted against, and their codes
FX_CODES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "mark": "DEM", "franc": "FRF", "guilder": "NLG", "lira": "ITL", "ecu": "XEU", "yuan": "CNY",
}  # fmt: skip
_FX_NAMES = (
    r"(?i:dollars?|dlrs?|euros?|pounds?|sterling|yen|marks?|francs?|guilders?|lira|ecus?|yuan)"
)
_SCALED_SPAN = re.compile(r"(?i:\d[ \t\n]*(?:m|bn|mn|mln|bln|million|billion|trillion)\b)")
# "N dlrs each" after the sentence has named shares: a price per share
_EACH_AFTER = re.compile(r"[ \t]+each\b(?![ \t]+(?:of|other|year|month|week|day)\b)")
# what a change is counted in, never the level it reaches
_CHANGE_NOUNS = _words("point notch place spot time")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


# the label that opens a row of a wire earnings table, whatever follows it
assert _TABLE_ROW.pattern.endswith(r")[ \t]+$")
_ROW_LABEL = re.compile(_TABLE_ROW.pattern[: -len(r"[ \t]+$")] + r"[ \t]+", re.MULTILINE)


#: a share index or a market average named in a sentence: its "points" are the index's, a
#: measure with no unit (the lead's decision 1 on the thirty-second sample). One list for the
#: two passes that read it (``finding``: points written after the figure; ``scores``: a level
#: whose "points" are carried from a move before it). Not a bare "average": "an average of 25
#: points" is a player's.
INDEX_NAMED = re.compile(
    r"\b(?:(?i:index|indices|indexes|composite|stock[ \t\n]+exchange|industrial[ \t\n]+average)"
    r"|Dow|Nikkei|FTSE|Footsie|Nasdaq|Hang[ \t]+Seng|DAX|CAC|S&P|Topix|All[ \t]+Ordinaries)\b"
)


# a sentence end, read on the scanner's copy (the post-passes look within a sentence;
# the core's split of a lone wrapped wire sentence can break it at its line ends)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*[ \t\n]+(?=[\"“‘(]?[A-Z0-9])")


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Whether no sentence ends between ``a`` and ``b``."""
    return _SENTENCE_END.search(text, a, b) is None


def _clause_start(text: str, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``limit`` characters."""
    start = max(0, pos - limit)
    for m in _SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start


_COUNT_KINDS = frozenset(("count", "number"))
