"""Figures that are not quantities: names, years, ids, titles, models, list markers, odds.

Why first after the core: most digits a news text holds are no measure of anything ("Airbus
A380", "in 1987", "Windows 95", "No 1 in the charts"); the scanner asks these rules before it
reads a unit, so a name is never given one. A new name rule (a kind of model number, a title
shape) goes here, as a method the scanner calls from ``handle`` or ``build``.
"""

from __future__ import annotations

import re

from newslens_numbers import lexicon
from newslens_numbers.common import (
    _INVARIANT_MODELS,
    _NUMBER_BEFORE,
    _VOTE_BEFORE,
    _currency_before,
    _tail_search,
)
from newslens_numbers.fixed_phrases import zero_names_a_kind
from newslens_numbers.patterns import (
    _CAPITALISED_BEFORE,
    _CURRENCY_CODE_AFTER,
    _CURRENCY_WORD,
    _DATE_YEAR_AFTER,
    _DAY_RANGE_END,
    _DECADE_SUFFIX,
    _DOTTED,
    _EURO_DECIMAL,
    _ISO_DATE,
    _LETTER_AFTER,
    _LIST_MARKER,
    _MONTH_AFTER,
    _MONTH_BEFORE,
    _NAME_WORD_BEFORE,
    _NUMBER_LIST,
    _ORDINAL_SUFFIX,
    _PHONE,
    _SCALE_AFTER,
    _STREET_AFTER,
    _TIME_AFTER,
    _UNIT,
    _YEAR_RANGE,
    CALL_WORDS,
    ID_PREV,
    LOWER_ID_PREV,
    MONTHS,
    NAME_STOP,
    ONES,
    PEOPLE_ADJECTIVES,
    STOP,
    YEAR_DETERMINERS,
    YEAR_PREV,
)
from newslens_numbers.units import CURRENCY_CODES
from newslens_numbers.words import _at_sentence_start, _is_plural, _prev_word, counted_noun

# set scores in a row: "6-1 4-6 7-5", "7-6 (9-7) 3-6 6-2"
_SCORE_RUN = re.compile(
    r"\d{1,2}[-–]\d{1,2}(?:[ \t]*\(\d{1,2}[-–/]\d{1,2}\))?"
    r"(?:,?[ \t]+\d{1,2}[-–]\d{1,2}(?:[ \t]*\(\d{1,2}[-–/]\d{1,2}\))?)+(?![\d%])"
)
#: "a top-four finish", "a top-10 player": a count with no noun after "top-" (the annotators'
#: reading, as "the top 10" is one; round thirty-four)
_TOP_HYPHEN = re.compile(r"(?<![A-Za-z-])(?i:top)-\Z")


def _top_hyphen(text: str, s: int) -> bool:
    """Is the number at ``s`` glued to "top-" ("a top-four spot", "a top-10 player")?"""
    return (
        text[s - 4 : s].lower() == "top-" and _TOP_HYPHEN.search(text, max(0, s - 5), s) is not None
    )


_DAY_RANGE_MONTH = re.compile(
    rf"[ \t]*(?:-|–|—|to|and|or)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{MONTHS})\b\.?"
)
# "one tailored for", "one based in": a participle and a preposition after a pronoun "one"
_PARTICIPLE_PREP = re.compile(r"[ \t]+[a-z]{3,}ed[ \t]+(?:for|to|by|in|at|on|with|from|as)\b")
_SPEECH_AFTER = frozenset(("said", "says", "added", "told", "noted", "explained", "warned"))

# what a year modifies, read before its counted noun: "1986 quarter average shares"
_YEAR_PERIOD_AFTER = re.compile(r"[ \t-]+(?:quarter|half|model|fiscal|full-year)\b(?!-)")

# what follows a ranking position written "No 1": "the No 2 seed", "No 1 in the charts"
_RANK_AFTER = re.compile(
    r"[ \t]+(?:(seed|spot|position|place|single|hit|album|player|contender|pick|choice)|"
    r"seeded|ranking|ranked|(?:in|on)[ \t]+the[ \t]+(?:world|charts?|rankings?|table|league|"
    r"list|box[ \t]+office|singles?|album))\b"
)

# a modifier written after the figure
# betting odds: a pair "N-M" or "N/M" after "odds (of)" or before "odds", a list of them too
_ODDS_PAIR = re.compile(r"\d{1,3}[-–/]\d{1,3}(?![\d/]|[.,]\d|-\d)")
_ODDS_BEFORE = re.compile(
    r"\b(?i:odds)[ \t]+(?:of[ \t]+)?(?:\d{1,3}[-–/]\d{1,3}[ \t]*(?:,|and|or)[ \t]+)*$"
)
_ODDS_AFTER = re.compile(r"(?:[ \t]*(?:,|and|or)[ \t]+\d{1,3}[-–/]\d{1,3})*[ \t]+(?i:odds)\b")
# a model and its variant, "737-800", "747-400" (a range would not start at 737 and end round)
_MODEL_VARIANT = re.compile(r"\d{3}-\d00(?![\d,.%]|[ \t]*%)")
#: a machine's head noun after a model number's noun ("5210 disk unit", "4381 mainframe
#: computer"; round seventy-three)
_MACHINE_AFTER = re.compile(
    r"[ \t]+(?:computers?|units?|drives?|systems?|printers?|terminals?|processors?|engines?|"
    r"machines?|devices?|workstations?|controllers?)\b"
)
_MODEL_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "new"))
# an age group: "the over-60s", "unsuitable for under-12s"
_AGE_GROUP_BEFORE = re.compile(r"\b((?i:under|over))-$")
_AGE_GROUP_S_BEFORE = re.compile(r"\b((?i:under|over))(?:-|[ \t])$")  # "Under 14s" (round 27)
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")
# a staff role or the side's caps after an age grade keep it as a name: "the Under-19 coach",
# "12 Under-21 caps"; a player named by the grade is an age ("an Under-19 striker", "the
# Under-20 captain": the lead's decision 1 on round fifty-two's questions, as "an Under-21
# international" was decision 2 on the thirty-third sample)
_GRADE_STAFF_AFTER = re.compile(
    r"[ \t]+(?i:caps?|coach|coaches|managers?|boss|head[ \t]+coach)\b(?![-'’])"
)
#: a month written in lower case, as wire tables and notices do ("Qtr ends dec 31", "payable
#: april 15"), read as a month only after a word that dates (round seventy-one): "may" and
#: "march" are words too
_LOWER_MONTHS = frozenset(m.lower() for m in MONTHS.split("|"))
_MONTH_ENDINGS = tuple(sorted(_LOWER_MONTHS | {"the", "."}))
_LOWER_MONTH_CUES = frozenset(
    ("ended", "ends", "ending", "end", "record", "payable", "pay", "effective", "thru",
     "through", "until", "since", "from", "to", "on", "before", "after", "by")
)  # fmt: skip
#: one capital glued between digits: an alphanumeric code ("4B2", "2K7"), never a scale (round
#: twenty; "4B2" was read as 4 billion)
_CODE_LETTER_DIGIT = re.compile(r"[A-Z]\d")


# a model number glued to a capitalised code by a hyphen: "747-SR", "10-K", "737-MAX"
#: Words before a number that make it a count, never a year ("nearly 2000 cars"); not
#: "about", "over", "than", which are prepositions before a year too ("upbeat about 1992
#: margins", "above 1985 levels").
_COUNT_MODIFIERS = frozenset(
    {"nearly", "almost", "approximately", "roughly", "estimated", "another", "additional",
     "extra"}
)  # fmt: skip
#: Plural nouns a year does not date but a number counts ("1980 troops", "2015 protesters").
_COUNTED_ONLY = re.compile(
    r"[ \t]+(?:people|persons|troops|soldiers|workers|employees|staff|jobs|protesters|"
    r"demonstrators|residents|students|children|votes|voters|delegates|deaths|homes|houses|"
    r"passengers|members|officers|policemen|refugees|migrants|prisoners|patients|fans|"
    r"visitors|casualties|victims|civilians|families|households|volunteers|tourists)\b"
)
#: A product name written with a capital inside ("iPhone", "iOS", "PlayStation", "MacBook"):
#: the number after it is the model ("iPhone 6 users" count users, not six of them). Under 100
#: only, and never after a possessive ("McDonald's 500 restaurants"); a firm named in camel case
#: right before a small count ("iGo 40 staff") would read as a model: rare in copy.
_CAMEL_NAME = re.compile(r"(?:[a-z]+|[A-Z][a-z]+)[A-Z][A-Za-z]*$")
_MODEL_CODE_AFTER = re.compile(r"-[A-Z]{1,4}(?:['’]?s)?(?![A-Za-z])")
# the same ratio spaced (round twenty): "a seven for two share split", "swap on a nine for
# one basis", "at a ratio of seven for one." (only after "rate/ratio/basis of" when nothing
# follows); not
# "were 45 for one" (a score) nor "applied in 1984 for one million permits"
_RATIO_NUMBER = r"(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twenty))"
_SPACED_RATIO = re.compile(
    r"(?<![\w.,/-])(?P<a>" + _RATIO_NUMBER + r")[ \t\n]+for[ \t\n]+(?P<b>" + _RATIO_NUMBER + r")"
    r"(?:(?=[ \t\n]+(?:(?i:stock|share|reverse)[ \t\n]+)?(?i:split|basis)\b)"
    r"|(?P<end>(?=[ \t]*(?:[.;,)]|$))))"
)
_RATIO_OF_BEFORE = re.compile(r"\b(?i:rate|ratio|basis)[ \t\n]+of[ \t\n]+$")


def _spaced_ratio(text: str, s: int, e: int) -> bool:
    """Is the number at ``s:e`` one side of a spaced exchange ratio ("two for one")?"""
    for m in _SPACED_RATIO.finditer(text, max(0, s - 12), min(len(text), e + 40)):
        if (m.start("a"), m.end("a")) != (s, e) and (m.start("b"), m.end("b")) != (s, e):
            continue
        before = _RATIO_OF_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if m.group("end") is None or before is not None:
            return True
    return False


_DAYS_SLASH_MONTH = re.compile(r"\d{1,2}-(\d{1,2})/(\d{1,2})(?![\d/])")
_ERA_AFTER = re.compile(r"[ \t]*(?:A\.?D\.?|B\.?C\.?(?:E\.?)?)(?![A-Za-z])")
_S_END = re.compile(r"s\b")
# idioms where a number word is no quantity: "in one fell swoop", "not for one minute", "not in
# a million years" (the eighth fresh sample's "not for one minute" is no item)
_IDIOM_AFTER = {
    "one": re.compile(r"[ \t]+(?:fell[ \t]+swoop|minute|moment|second)\b"),
    "a million": re.compile(r"[ \t]+years\b"),
}
#: "came through in one piece", "in one daring swoop": whole, at once (the fifth and the
#: twenty-ninth samples' annotators read no item); not "one piece of"
_IN_ONE_IDIOM_AFTER = re.compile(r"[ \t]+(?:piece\b(?![ \t]+of\b)|(?:[a-z]+[ \t]+)?swoop\b)")
_IN_BEFORE = re.compile(r"(?<![A-Za-z])(?i:in)[ \t]+$")
#: round forty-six: a team's unit of positions named by its size ("in the front five", "their
#: back three", "the back four looked shaky"): a name of the unit, no count (the devsets
#: README's conventions: rugby's "front five" and "the front three" are names); "the back three
#: rows" counts its noun
_POSITION_UNIT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:the|their|our|his|its|a)[ \t]+(?i:front|back)[ \t]+\Z"
)
_POSITION_UNIT_SIZES = frozenset(("two", "three", "four", "five", "six", "seven", "eight"))
_IDIOM_NOT_BEFORE = re.compile(
    r"(?i:(?:\bnot|\bnever|n't|n’t)\b[^.;:,]{0,24}\b(?:for|in)[ \t]+(?:a[ \t]+)?)$"
)
#: an age said as a decade: "in her early 30s", "in their mid-20s", "men in their 40s" (a
#: possessive before the decade: "in the 50s" is a decade of years or of a price, no age)
_DECADE_AGE_BEFORE = re.compile(
    r"\b(?i:in)[ \t]+(?i:his|her|their|my|your|our)[ \t]+(?:(?i:(early|mid|late))(?:[ \t]+|-))?$"
)

# compounds of "one"/"two" that name a kind of thing, not a number of it (the first blind
# file's "one-stop", the second's "one-way")
# ("two-time champion" still counts times, as "tenfold" does)
_LEXICAL_COMPOUND = re.compile(
    r"-((?i:off|way|stop|time|sided|liners?|dimensional|click|touch|shot|hit[ \t]+wonders?))\b(?!-)"
)


# "one in three are concerned": odds, whatever the word before "one"
_ONE_IN_N = re.compile(
    r"[ \t]+in[ \t]+(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"fifty|a[ \t]+hundred)\b)"
)
# a determiner and a lower-case adjective before a pronoun "one": "the next one", "a new one"
_DET_ADJ_BEFORE = re.compile(
    r"\b(?i:the|a|an|this|that|his|her|its|their|our|my|your)[ \t]+"
    r"(?:next|last|only|same|other|right|wrong|new|old|big|little|small|real|good|bad|"
    r"latest|current|previous|original|final|second|third|top|main|key|obvious|tough|"
    r"hard|easy|difficult|important|special|lucky|bigger|better)[ \t]+$"
)
# a capitalised name, a year-like version and a list of numbers going on: "Windows 2000, 95, "
_NAME_YEAR_LIST = re.compile(
    r"(?<![\w.])([A-Z][A-Za-z]+)[ \t]+(?:19|20)\d\d(?:,[ \t]*\d{1,4})*,[ \t]*$"
)
_IDIOM_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$)")
_RANGE_ON = re.compile(r"[ \t]+(?:and|or|to)[ \t]")  # "the key one and three months rates"
# punctuation, or a comma before a word that opens no noun phrase, right after "one"
# or the generic pronoun before a modal ("one really cannot expect", "one can see why"), or
# "one to watch"
_PRONOUN_ONE_AFTER = re.compile(
    r"[ \t]*(?:[.;:!?](?!\d)|,[ \t]+(?:too|but|and|so|or|said|says|he|she|it|they|we|I|you)\b)"
    r"|[ \t]+(?:can|cannot|can't|can’t|must|really|simply|to[ \t]+watch)\b"
)
# "there is one", "if there was one" before a clause mark: the pronoun (the lead's decision 2
# after round twenty-four)
# a capitalised name and a lowercase "at" before a capitalised number word: a programme's or a
# place's name ("told the Midday Report at One", "the mill at Two Bridges"), no quantity (the lead's
# decision 4 on the twenty-sixth sample; round thirty-seven)
_TITLE_AT_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+at[ \t]+$")
_THERE_IS_BEFORE = re.compile(r"\b(?i:there)[ \t]+(?:is|was|'s|’s)[ \t]+$")
_CLAUSE_MARK_AFTER = re.compile(r"[ \t]*[,.;:!?)](?!\d)")
# a number word before "o'clock" is a clock time (round thirty-nine), as digits are
_OCLOCK_AFTER = re.compile(r"[ \t]+(?i:o['’][ \t]?clock)\b")


def _verb_only(word: str) -> bool:
    """A word the lexicon knows as a verb and as no noun, adjective or determiner ("owned",
    "remembers"; not "cost", "was")."""
    got = lexicon.classes(word)
    return "VERB" in got and not ({"NOUN", "ADJ", "AUX", "DET", "PRON", "ADV", "ADP"} & got.keys())


# the generic pronoun at a clause's start before a modal and a verb (round twenty): "One has to
# ask", "one would think", "One should not read too much"; not "one will close" (a count of a noun
# the sentence elides: "will" and "may" are left alone)
# "One was a ...", "One is for ...": the pronoun opening a sentence before a copula and a
# noun phrase or a purpose; not "One was killed", "One is in hospital", "One was a student's"
_ONE_IS_A_AFTER = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:an?|for|about)[ \t]+[a-z]{3,}\b(?!['’])")
_GENERIC_ONE_AFTER = re.compile(
    r"[ \t]+(?:would|could|should|might|ought[ \t]+to|has[ \t]+to|had[ \t]+to|needs[ \t]+to)"
    r"(?:[ \t]+(?:not|never|also|only|just|hardly|well|easily|certainly))?[ \t]+(?!be\b)[a-z]{2,}\b"
)
# the generic pronoun anywhere before a modal and a verb of thought or perception: "I suspect one
# will see", "as one might expect" (not "one will close", "one may be sold")
_GENERIC_ONE_THINKS = re.compile(
    r"[ \t]+(?:will|would|could|should|might|may|must|can|has[ \t]+to|had[ \t]+to|needs[ \t]+to)"
    r"(?:[ \t]+(?:not|never|also|only|just|easily|certainly|well|soon|quickly))?[ \t]+"
    r"(?:find|see|note|notice|understand|agree|realise|realize|expect|argue|think|wonder|imagine|"
    r"assume|conclude|suspect|hope|feel|know|guess|remember|forget|ask|say|suppose|recall|"
    r"discover|admit|accept|question|envision|envisage)\b"
)
_QUOTE_AFTER_ONE = re.compile(r'[ \t]*,?["”]')
#: round thirty-one: "one" set against "another" or "the other" after its noun phrase ("from
#: one region to another", "swap one rule for another", "one side or the other"): a contrast
#: of kinds, no count
_ONE_FOR_ANOTHER = re.compile(
    r"(?:[ \t]+[A-Za-z'’-]+){1,4}?[ \t]+(?:to|for|or|from|than|into|after|over|with)"
    r"[ \t]+(?:another|the[ \t]+other)(?=[ \t]*(?:[.,;:!?\"'’”)]|$)"
    r"|[ \t]+(?:in|at|on|is|was|are|were|will|would|could|can|and|or|but|without)\b)"
)
#: round sixty-three (the lead's decision on round sixty-two's question): "one" answered by "the
#: other" later in its sentence ("one bid came from a bank, the other from a fund", "one truck
#: driver was hurt and the other escaped") picks out a member of a set, no item; not "the other
#: hand" (an idiom), nor "the other three" or "the other banks" (the rest counted, where "one"
#: may count on its own)
_THE_OTHER_LATER = re.compile(
    r"((?:(?!\bone\b)[^.;:!?\n]){1,150}?)\bthe[ \t]+other\b(?![ \t]+(?:\d|(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|dozen)\b))"
    r"(?=[ \t]*(?:[.,;:!?\"'’”)]|$)|[ \t]+(?:from|for|in|at|on|to|with|of|by|is|was|are|were|has|"
    r"had|will|would|could|can|and|but|or|being|the|a|an|([a-z]+))\b)"
)
#: an earlier "one" in the sentence: "the other" answers it, not a later count ("one entitles
#: holders to buy one share and the other ...")
_ONE_EARLIER = re.compile(r"(?i:\bone\b)[^.;:!?\n]*\Z")
# "just the one long lesson", "only the one rest day": a single thing stressed, a count; the
# noun phrase must follow ("just the one." and "only the one that works" stay pronouns)
_JUST_THE_BEFORE = re.compile(r"\b(?:[Jj]ust|[Oo]nly)[ \t]+the[ \t]+\Z")
_NOUN_PHRASE_AFTER = re.compile(r"[ \t]+([a-z]{3,})\b(?!-)")

# "one from X and one from Y", "one built for Kenya and one for Peru": pronouns
_ONE_AND_ONE = re.compile(r"[^.;:]*?\band[ \t]+one[ \t]+(?:from|for|(?:in|at)[ \t]+[A-Z])")
_ONE_AND_BEFORE = re.compile(
    r"\bone[ \t]+(?:\w+[ \t]+)?(?:from|for|(?:in|at)[ \t]+[A-Z])[^.;:]*\band[ \t]+$"
)
# a title opened by a number: the capitalised word after it, and the title's words going on
# (capitalised words, lower-case function words, numbers)
_TITLE_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]{1,15})\b(?![-'’])")
_TITLE_WORD_GOES_ON = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+|\d+|(?:on|in|of|the|and|to|at|for|a|an|or|with|from)"
    r"(?=[ \t]+(?:[A-Z]|\d)))\b"
)
_TITLE_FUNCTION_WORDS = frozenset(
    ("on", "in", "of", "the", "and", "to", "at", "for", "or", "with", "from", "against", "is",
     "are", "was", "be")
)  # fmt: skip
#: A race time: "3:43.13" (minutes, seconds and hundredths), "2:03:45" (hours too).
_RACE_TIME = re.compile(
    r"(?:(?P<h>\d{1,2}):(?=\d{2}:))?(?P<m>\d{1,2}):(?P<sec>\d{2}(?P<frac>\.\d{1,3})?)(?![\d:]|\.\d)"
)
#: Words before an h:mm:ss that make it a time taken, not a time of day ("finished in 2:03:45").
_RACE_BEFORE = re.compile(
    r"\b(?:in|of|clocked|timed|finished|ran|run|record|time|times|winning)[ \t]+(?:a[ \t]+)?$",
    re.IGNORECASE,
)
#: Denominators of the fractions news writes with a slash ("3/4", "1/3", "3/8", "1/10"); with
#: any other ("9/11", "7/12", "5/9") two numbers and a slash are a date or a name.
_SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64})


# round twenty-nine: "said that one bank failed": words before "that" that make it a
# demonstrative ("to that one question", "for that one last go") rather than a clause's start
_NOT_BEFORE_THAT_CLAUSE = frozenset((
    "to", "for", "at", "in", "on", "with", "of", "by", "from", "into", "about", "like", "all",
    "just", "is", "was", "be", "are", "were", "been", "not", "only", "than", "as", "under",
    "over", "after", "before", "without", "through", "towards", "toward", "against", "near",
))  # fmt: skip
_NEXT_NOUNISH_WORD = re.compile(r"[ \t\n]+([a-z][a-z-]+)\b")
_VERB_OBJECT_AFTER = re.compile(r"[ \t\n]+(?:a|an|the|by|his|her|its|their|to|in|on|with|at)\b")
_NOT_AFTER_THAT_ONE = frozenset((
    "out", "up", "off", "down", "back", "over", "away", "too", "either", "again", "instead",
    "more", "less", "else", "another", "other", "day",
))  # fmt: skip


#: a capitalised singular word, then a lower-case word, after a number word: "Four British
#: athletes" (the plural is checked by the lexicon)
_CAPITAL_THEN_PLURAL = re.compile(r"[ \t]+([A-Z][a-z]+)(?<!s)[ \t]+([a-z]{3,}s)\b(?![-'’])")


#: what a phone number's first ten characters are made of
_PHONE_CHARS = "0123456789 .-"


def _may_open_phone(text: str, s: int) -> bool:
    """Whether ``_PHONE`` can match at the core's first digit ``s``: there its only branch is
    digits, a separator, digits, a separator, digits, at least ten characters of digits and
    " .-" (its "+" and "(" cannot stand at a digit). Two C calls reject nearly every figure
    ("15.6 mln"); a slice beyond ASCII goes to the pattern, whose digits are Unicode's."""
    head = text[s : s + 10]
    return not head.isascii() or not head.strip(_PHONE_CHARS)


#: "four-wheel-drive", "four wheel drive", "two-wheel drive": a kind of drive; "two- and
#: four-wheel drive": the first of a suspended pair too
_WHEEL_DRIVE_AFTER = re.compile(
    r"(?:-[ \t]+(?:and|or)[ \t]+(?:two|four|all))?[- ]wheel[- ]drive\b", re.IGNORECASE
)
#: "one eye on": an idiom of attention
_EYE_ON_AFTER = re.compile(r"[ \t]+eye[ \t]+on\b")
#: a rugby story: where "number eight" and "the tight five" name positions
_RUGBY_WORDS = re.compile(
    r"\b(?:[Rr]ugby|scrum|flanker|fly-half|scrum-half|lineout|line-out|Six Nations|Lions tour)\b"
)


def rugby_story(text: str) -> bool:
    """Whether the text is about rugby (a position's number is a name there)."""
    return _RUGBY_WORDS.search(text) is not None


#: the rest of a mixed fraction after its whole number ("8-5/16")
_MIXED_FRACTION_REST = re.compile(r"-\d{1,2}/\d{1,3}\b")


class NameRules:
    """The scanner's rules that turn a core away (or keep a word number) by its context."""

    # ---------------------------------------------------------------- exclusions

    def excluded_digits(self, s: int, e: int, value: float, decimals: int) -> int | None:
        """Return the position to resume at when the digits are not a quantity, else None."""
        text = self.text
        window = min(self.n, e + 40)
        nxt = text[e : e + 1]
        if decimals == 0 and nxt in "-–/" and (odds := self.betting_odds(s)) is not None:
            return odds
        variant = _MODEL_VARIANT.match(text, s, window) if nxt == "-" and not decimals else None
        if (
            variant is not None
            and value % 10
            and self.model_before(s, variant.end())
            and not _VOTE_BEFORE.search(text, max(0, s - 80), s)  # "by a 304-100 vote": a tally
        ):
            self.add(s, variant.end(), value, kind="name")  # "the 737-800": a model's variant
            return variant.end()
        if decimals == 0 and nxt == "s" and value < 100 and not text[e + 1 : e + 2].isalnum():
            group = _AGE_GROUP_S_BEFORE.search(text, max(0, s - 7), s)
            if group is not None:  # "the over-60s", "for under-12s", "Under 14s": an age group
                self.add(s, e + 1, value, kind="age", unit="year", modifier=group.group(1).lower())
                return e + 1
            decade = _DECADE_AGE_BEFORE.search(text, max(0, s - 30), s) if value % 10 == 0 else None
            if decade is not None and 10 <= value <= 90 and text[s - 1 : s] == "-":
                self.decade_age(s, e + 1, value, decade)  # "in his mid-50s"
                return e + 1
        if (
            decimals == 0
            and text[s - 1 : s] == "-"
            and nxt in " \t"
            and value < 100
            and _WORD_AFTER.match(text, e, window)
        ):
            group = _AGE_GROUP_BEFORE.search(text, max(0, s - 7), s)
            if group is not None and _GRADE_STAFF_AFTER.match(text, e, window):
                # "the Wales Under-20 coach": the grade names the team a staff member serves,
                # a name (round twenty-two's reading, kept for staff)
                self.add(s - len(group.group()), e, value, kind="name")
                return e
            if group is not None:
                # "the over-50 market", "an Under-21 match": an age limit; "a Norway Under-21
                # international" and "a Wales Under-20 captain" too (the lead's decisions, where
                # round twenty-two read a name)
                self.add(s, e, value, kind="age", unit="year", modifier=group.group(1).lower())
                return e
        if decimals == 0 and nxt in "-–" and value <= 31:
            run = _SCORE_RUN.match(text, s, min(self.n, s + 120))
            if run is not None:  # "6-1 4-6 7-5", "7-6 (9-7) 3-6 6-2": set scores
                return run.end()
            days = _DAY_RANGE_MONTH.match(text, e, window)
            if days is not None:  # "from 24-26 June": a date range
                return days.end()
        if (
            decimals == 0
            and nxt in " \t"
            and 1 <= value <= 31
            and (days := _DAY_RANGE_MONTH.match(text, e, window)) is not None
            and not re.match(r"[ \t]*(?:-|–|—)", text[e : e + 3])
        ):
            # "on 11 or 12 May", "from 3 to 5 May": two days of a month, a date (round 22)
            return days.end()
        if (
            decimals == 0
            and text[s] == "0"
            and value > 0
            and e - s >= 2
            and "," not in text[s:e]
            and not _SCORE_RUN.match(text, s, min(self.n, s + 120))
        ):
            return e  # "0870", "0800": a phone prefix or a code, no quantity
        if nxt in ".," and e + 1 < self.n and text[e + 1].isdigit():
            return self.comma_forms(s, e) or self.skip_run(s)  # versions, IPs, malformed
        if text.startswith("-for-", e) or text.endswith("-for-", 0, s):
            return self.skip_run(s)  # "a two-for-one split": a ratio, no quantity
        if " for " in text[max(0, s - 6) : e + 6] and _spaced_ratio(text, s, e):
            return e  # "a 3 for 1 split": the same ratio spaced
        # (only where a "-" follows the digits: the pattern's first digits are the core's)
        day_month = _DAYS_SLASH_MONTH.match(text[s : s + 9]) if nxt == "-" else None
        if day_month and int(day_month.group(1)) >= int(day_month.group(2)) and value <= 31:
            return s + day_month.end()  # "loading 16-23/3": days 16 to 23 of March
        if nxt in "/" and e + 1 < self.n and text[e + 1].isdigit():
            if _ISO_DATE.match(text, s, window):
                return _ISO_DATE.match(text, s, window).end()  # type: ignore[union-attr]
            frac = re.match(r"(\d{1,2})/(\d{1,2})(?![\d/])", text[s : s + 6])
            if not (
                frac
                and 0 < int(frac.group(1)) < int(frac.group(2))
                and int(frac.group(2)) in _SLASH_DENOMINATORS
            ):
                return self.skip_run(s)  # 9/11, 24/7, 1/2/3: dates, names, ids
        if self.says_era and _ERA_AFTER.match(text[e : e + 7]):
            return e  # "190 AD", "44 BC": a year
        iso = _ISO_DATE.match(text, s, window) if nxt in "-/." else None
        if iso is not None and (decimals == 0 or iso.end() > e):
            # "2005-03-15", "1987/3": a date; not a level with its decimals read, ending a
            # sentence ("the index closed at 1310.5."), which matches "YYYY.M" too
            return iso.end()
        if s > 0 and text[s - 1] in "'’" and e - s == 2 and not text[e : e + 1].isalpha():
            return e  # '14: a year
        if (
            s > 1
            and text[s - 1] == "-"
            and text[s - 2].isalnum()
            and not re.search(r"\d-(?i:to)-$", text[max(0, s - 5) : s])  # "230-to-198"
            and not _top_hyphen(text, s)
        ):
            return self.skip_run(s)  # COVID-19, F-16, a second range part already handled
        race = _RACE_TIME.match(text, s, window) if nxt == ":" else None
        if race is not None and (
            race.group("frac") or (race.group("h") and _RACE_BEFORE.search(text, max(0, s - 30), s))
        ):
            # "in 3:43.13", "finished in 2:03:45": a race time, seconds (a clock has no decimals)
            hours, minutes, seconds = race.group("h"), race.group("m"), race.group("sec")
            total = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
            self.add(s, race.end(), total, kind="duration", unit="s")
            return race.end()
        if value < 2400 and _TIME_AFTER.match(text, e, window):
            t = _TIME_AFTER.match(text, e, window)
            return t.end() if t else e  # 10:30, 3pm, 0800 GMT
        phone = _PHONE.match(text, s, window) if _may_open_phone(text, s) else None
        if phone is not None or (s > 0 and text[s - 1] == "+"):
            return phone.end() if phone else self.skip_run(s)
        # a dotted run ("1.2.3") leaves its next dot right after the core ("1.2"), which takes
        # one group of decimals at most
        if nxt == "." and _DOTTED.match(text, s, window):
            return self.skip_run(s)
        # months: "30 September", "September 30, 2015"
        if decimals == 0 and value <= 31 and _MONTH_AFTER.match(text, e, window):
            after = _MONTH_AFTER.match(text, e, window)
            end = after.end() if after else e
            y = re.match(r",?[ \t]+\d{4}(?!\d)", text[end : end + 8])
            return end + (y.end() if y else 0)
        before = text[max(0, s - 14) : s]
        if (
            _tail_search(_MONTH_BEFORE, _MONTH_ENDINGS, before)
            and decimals == 0
            and (value <= 31 or 1000 <= value <= 2100)
        ):
            y = _DATE_YEAR_AFTER.match(text, e, window)
            if value <= 31 and not y:
                to_day = _DAY_RANGE_END.match(text, e, window)  # "March 15 to 17"
                if to_day is not None and int(to_day.group(1)) <= 31:
                    y = _DATE_YEAR_AFTER.match(text, to_day.end(), window)
                    return y.end() if y else to_day.end()
            return y.end() if (y and value <= 31) else e
        if decimals == 0 and value <= 31 and before[-1:] == " " and before[-2:-1].islower():
            month = _prev_word(text, s)
            if month in _LOWER_MONTHS and (
                _prev_word(text, s - len(month) - 1).lower() in _LOWER_MONTH_CUES
            ):
                return e  # a wire table's "Qtr ends dec 31", "payable april 15" (round 71)
        # letters glued on: ids and model numbers (4G, 737MAX) unless a unit, scale or ordinal
        if _LETTER_AFTER.match(text, e, e + 1):
            if _CODE_LETTER_DIGIT.match(text, e, min(self.n, e + 2)):
                return self.skip_run(s)  # "the 4B2/500", "a 2K7 game": a code, no "B"illions
            if _ORDINAL_SUFFIX.match(text, e, window) and not self.stone(value, decimals, e):
                return self.handle_digit_ordinal(value, s, e)
            if _DECADE_SUFFIX.match(text, e, window) and decimals == 0 and value >= 10:
                end = _DECADE_SUFFIX.match(text, e, window).end()  # type: ignore[union-attr]
                decade = _DECADE_AGE_BEFORE.search(text, max(0, s - 30), s)
                if decade is not None and 10 <= value <= 90 and value % 10 == 0 and e - s == 2:
                    self.decade_age(s, end, value, decade)  # "in her early 30s"
                return end
            if not (
                _SCALE_AFTER.match(text, e, window)
                or _UNIT.match(text, e, window)
                or text[e : e + 2] == "st"  # a weight in stones (an ordinal returned above)
                or _CURRENCY_WORD.match(text, e, window)
                or _CURRENCY_CODE_AFTER.match(text, e, window)
                or self.glued_degrees(e)
            ):
                return self.skip_run(s)
        elif text[e : e + 1] in ("'", "’") and _DECADE_SUFFIX.match(text, e, window):
            return e + 2
        # year ranges and years
        if decimals == 0 and _STREET_AFTER.match(text, e, window):
            return e  # "10 Downing Street": an address
        plain_int = decimals == 0 and "," not in text[s:e] and e - s == 4
        yr = _YEAR_RANGE.match(text, s, window) if plain_int and 1000 <= value <= 2100 else None
        if yr is not None and self.is_year_range(yr.group(), value):
            return yr.end()
        if plain_int and 1000 <= value <= 2100 and self.looks_like_year(s, e):
            return e
        # list markers at the start of a line
        line_start = text.rfind("\n", 0, s) + 1
        if (
            text[e : e + 1] in ".)"  # the cheapest of three pure tests first
            and _LIST_MARKER.match(text, max(0, line_start - 1), min(self.n, e + 2))
            and text[line_start:s].strip(" \t(") == ""
        ):
            return e + 1
        code = _MODEL_CODE_AFTER.match(text, e, window) if nxt == "-" and not decimals else None
        if (
            code is not None
            and not _UNIT.match(text, e + 1, window)
            and not _CURRENCY_CODE_AFTER.match(text, e + 1, window)
        ):
            self.add(s, code.end(), value, kind="name")  # "a 747-SR", "a 10-K filing"
            return code.end()
        prev = _prev_word(text, s)
        if prev.lower() in CALL_WORDS and not counted_noun(text, e, 2.0):
            return e  # "by calling 101", "dial 999": a phone number
        # ids: "Flight 17", "Apollo 11", "No. 5", "#5"
        if prev.lower() in ("no", "no.") and decimals == 0 and self.ranked_no(s, e, value):
            start = text.rfind(prev, 0, s)  # "the world No 1", "the No 2 seed": a rank
            ranked = _RANK_AFTER.match(text, e, min(self.n, e + 30))
            noun = (ranked.group(1) or "") if ranked else ""  # "the No 2 seed": seed
            self.add(start, e, value, kind="ordinal", quantity=noun.lower())
            return e
        if (
            prev
            and (decimals == 0 or prev.lower() in ("version", "v"))
            and "," not in text[s:e]
            and (
                (prev.lower() in ID_PREV and prev[0].isupper())
                or prev.lower() in LOWER_ID_PREV
                or (_CAMEL_NAME.match(prev) and value < 100)
            )
            and not (_UNIT.match(text, e, window) or _SCALE_AFTER.match(text, e, window))
            and not (prev.lower() == "series" and text[e : e + 1] in ("-", "–"))
            # round seventy-four: nor a whole number with its fraction ("week  8-5/16 3/16": a
            # rate table row's quote after its tenor)
            and not (text[e : e + 1] == "-" and _MIXED_FRACTION_REST.match(text, e, window))
        ):  # (not a series's score, "lead the series 2-1", nor a size, "Series 2-1/2 ton trucks")
            self.add(s, e, value, kind="name")  # kept, but a name: no figure
            return e
        return None

    def model_before(self, s: int, e: int) -> bool:
        """Whether "737-800" at ``s`` reads as a model: a maker's name or a determiner before
        it ("Boeing 737-800", "the 747-400"), no unit after it ("525-600 lbs" is a range)."""
        before = _prev_word(self.text, s)
        if not (before[:1].isupper() or before.lower() in _MODEL_DETERMINERS):
            return False
        return self.unit_after(e) is None or self.text[e : e + 1] == "s"

    def betting_odds(self, s: int) -> int | None:
        """The end of betting odds at ``s`` ("odds of 4-7", "2/7 and 5/11 odds"), else None:
        a price, no quantity (the devsets' convention), whichever side is larger."""
        text = self.text
        pair = _ODDS_PAIR.match(text, s, min(self.n, s + 12))
        if pair is None:
            return None
        if _ODDS_BEFORE.search(text, max(0, s - 40), s):
            return pair.end()
        if _ODDS_AFTER.match(text, pair.end(), min(self.n, pair.end() + 40)):
            return pair.end()
        return None

    def ranked_no(self, s: int, e: int, value: float) -> bool:
        """'No 1' / 'No. 2' as a chart or ranking position (decision 3: a rank, kind ordinal,
        like "number one"): after "world", or before a word of ranking ("seed", "spot",
        "single", "in the charts"). Otherwise "No" labels: "No 10" (Downing Street), "Chanel
        No 5", "Symphony No. 9" stay names."""
        if not 0 < value <= 200:
            return False
        text = self.text
        before = text[max(0, s - 22) : s].lower()
        if re.search(r"\bworld[ \t]+no\.?[ \t]*$", before):
            return True
        return _RANK_AFTER.match(text, e, min(self.n, e + 30)) is not None

    def comma_forms(self, s: int, e: int) -> int | None:
        """Digits an English grouping cannot read: a list ("nos. 22,24,26"), a continental
        decimal comma ("5,00", "1.111,11"). Translated copy and wire tables hold them."""
        text = self.text
        window = min(self.n, s + 40)
        listed = _NUMBER_LIST.match(text, s, window)
        if listed is not None:
            for item in re.finditer(r"\d+", listed.group()):
                self.add(s + item.start(), s + item.end(), float(item.group()), kind="count")
            return listed.end()
        euro = _EURO_DECIMAL.match(text, s, window)
        if euro is not None:
            raw = euro.group().replace(".", "").replace(",", ".")
            return self.build(float(raw), s, euro.end(), "digits", len(raw.split(".")[1]))
        return None

    @staticmethod
    def is_year_range(span: str, first: float) -> bool:
        """'2014-15', '1939–1945': a second part that reads as a later year."""
        second = re.split(r"[-–—/]", span, maxsplit=1)[1].strip()
        if len(second) == 2:
            return int(second) == (int(first) + 1) % 100 or int(second) > int(first) % 100
        return int(first) < int(second) <= 2100

    def model_name(self, s: int, e: int) -> bool:
        """'the 944 Turbo', 'a 737 Max': a number before a capitalised name is a model; so is
        a number of three or more digits before a singular noun ('the new 777 plane', 'its
        902 handset'), which a count of it would put in the plural."""
        text = self.text
        if "," in text[s:e] or "." in text[s:e]:
            return False
        nxt = re.match(r"[ \t]+([A-Z][A-Za-z]+)", text[e : e + 30])
        if nxt is not None:
            if _prev_word(text, s).lower() in ("the", "a", "an", "its", "his", "her", "their"):
                return True
            # "its much-anticipated 787 Dreamliner plane": three digits, a name, no plural
            return e - s >= 3 and not _is_plural(nxt.group(1)) and not counted_noun(text, e, 2.0)
        noun = re.match(r"[ \t]+([a-z]{3,})\b(?![-'’])", text[e : e + 30])
        if e - s >= 3 and _prev_word(text, s) == "new" and not text[s].isspace():
            # "shows a new 620 aircraft", "flew the new 620 over Lyon": a model; "new
            # 300 jobs" counts; round seventy-three: "a new 5210 disk unit", "its new 4381
            # mainframe computer": a singular noun, then a machine's head noun, a model too
            # ("a new 5000 seat stadium" counts seats)
            return (
                noun is None
                or noun.group(1) in STOP
                or noun.group(1) in _INVARIANT_MODELS
                or (
                    not _is_plural(noun.group(1))
                    and _MACHINE_AFTER.match(text, e + noun.end(), len(text)) is not None
                )
            )
        if _prev_word(text, s).lower() in ("top", "bottom", "all", "first", "last", "than"):
            return False  # "the top 100 list": a count of places
        return (
            e - s >= 3
            and noun is not None
            and noun.group(1) not in STOP
            and noun.group(1) not in ONES  # "129 one year ago": a count, then a number
            and noun.group(1) not in PEOPLE_ADJECTIVES  # "left 300 dead": people (round 79)
            and noun.group(1) != "point"  # "a 275 point fall": a move in points (round 27)
            and not _is_plural(noun.group(1))
            and not noun.group(1).endswith(("ly", "ed", "ing", "est", "er"))
        )

    def looks_like_year(self, s: int, e: int) -> bool:
        text = self.text
        window = min(self.n, e + 40)
        if _currency_before(text[max(0, s - 6) : s]):
            return False
        if _SCALE_AFTER.match(text, e, window):
            return False
        unit = self.unit_after(e)
        self.code_scale = 1.0
        if unit is not None and unit[2] != "duration":
            return False  # "1770 km", "2000 tonnes": a measure, not a year
        if _CURRENCY_WORD.match(text, e + 1, window) and text[e : e + 1] == " ":
            return False
        prev_word = _prev_word(text, s)
        prev = prev_word.lower()
        if prev in YEAR_PREV:
            return True
        possessive = re.search(r"\w['’]s[ \t]+$", text[max(0, s - 6) : s])
        if (prev in YEAR_DETERMINERS or possessive) and 1950 <= int(float(text[s:e])) <= 2035:
            return True  # "their 2004 earnings", "the 2007 elections": a year, modifying

        if 1900 <= int(float(text[s:e])) <= 2100 and re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 3]):
            return True  # "a 2016 Rory Peck Awards finalist", "the 2020 Tokyo Olympics"
        if (
            1900 <= int(float(text[s:e])) <= 2100
            and prev_word[:1].isupper()
            and not _at_sentence_start(self.original, max(0, s - len(prev_word) - 1))
        ):
            return True  # "Fest 2019", "Euro 2020", "Vision 2030"
        if re.match(r"[ \t]*[-–][ \t]*\d", text[e : e + 6]):
            return False  # "1000-5000": a range whose end is no year
        if 1950 <= int(float(text[s:e])) <= 2035 and _YEAR_PERIOD_AFTER.match(text, e, window):
            return True  # "1986 quarter average shares", "1988-model cars", "1987 fiscal"
        if 1950 <= int(float(text[s:e])) <= 2035:
            # a year before the noun it dates, whatever stands before it: "in line with 1985
            # increases", "the classic 1983 sitcom", "NOTE: 1991 profit reflects", "upbeat about
            # 1992 margins"; news writes a count of this size with a comma ("2,000 people"),
            # but not all of it: a count's modifier before it ("nearly 2000 cars") or a noun
            # only ever counted after it ("about 2000 people", "1980 troops") makes a count
            return not (prev in _COUNT_MODIFIERS or _COUNTED_ONLY.match(text, e, window))
        return counted_noun(text, e, 2.0) == ""

    def word_number_ok(self, s: int, e: int, value: float) -> bool:
        """Reject idioms where a number word is no quantity ("no one", "one another")."""
        text = self.text
        word = text[s:e].lower()
        prev = _prev_word(text, s).lower()
        if prev in LOWER_ID_PREV and not (prev == "series" and text[e : e + 1] == "-"):
            return False  # "phase two", "category five": names of stages
        if _prev_word(text, s).lower() in ("few", "several", "many", "umpteen"):
            return False  # "a few hundred": vague
        if (
            word in _POSITION_UNIT_SIZES
            and _POSITION_UNIT_BEFORE.search(text, max(0, s - 16), s)
            and not counted_noun(text, e, value)
        ):
            return False  # "in the back five": a unit of a team's positions, a name
        if (
            text[s : s + 1].isupper()
            and _TITLE_AT_BEFORE.search(text, max(0, s - 30), s)
            and not _at_sentence_start(self.original, s)
        ):
            return False  # "told the Midday Report at One": a title's number
        compound = (
            _LEXICAL_COMPOUND.match(text, e, min(self.n, e + 12))
            if text[e : e + 1] == "-"
            else None
        )
        if compound is not None and (
            word == "one"
            or (word == "two" and compound.group(1).lower() == "way")
            or compound.group(1).lower() == "dimensional"
        ):
            # "a one-off payment", "a one-way ticket", "a two-way street"; "three-dimensional
            # images" (round twenty-nine): an adjective of shape, no count
            return False
        idiom = _IDIOM_AFTER.get(word)
        if (
            idiom is not None
            and idiom.match(text, e, min(self.n, e + 14))
            and (text[e : e + 5] == " fell" or _IDIOM_NOT_BEFORE.search(text, max(0, s - 40), s))
        ):
            return False  # "in one fell swoop", "not for one minute", "not in a million years"
        if (
            word == "one"
            and _IN_ONE_IDIOM_AFTER.match(text, e, min(self.n, e + 24))
            and _IN_BEFORE.search(text, max(0, s - 4), s)
        ):
            return False  # "got home in one piece", "in one bold swoop": no count
        if (
            word == "one"
            and not _UNIT.match(text, e + 1, min(self.n, e + 30))
            and not _ONE_IN_N.match(text, e, min(self.n, e + 24))  # "that one in three are"
            # "went to number one.": a rank, not the pronoun (round twenty-two)
            and not (self.says_number and _NUMBER_BEFORE.search(text[max(0, s - 10) : s]))
        ):
            prev = _prev_word(text, s).lower()
            if (
                prev in ("no", "any", "every", "some", "each", "the", "this", "that", "which")
                and (prev != "that" or not self.that_clause_count(s, e))
                and not (prev == "the" and self.just_the_one(s, e))
            ):
                return False
            if _QUOTE_AFTER_ONE.match(text, e, min(self.n, e + 3)):
                return False  # 'a quiet one," he said': a quotation ends on a pronoun
            if _DET_ADJ_BEFORE.search(text, max(0, s - 30), s) and not _RANGE_ON.match(
                text, e, min(self.n, e + 5)
            ):
                return False  # "the next one", "a new one", "the only one": a pronoun
            if _PRONOUN_ONE_AFTER.match(text, e, min(self.n, e + 12)):
                return False  # "doesn't want one.", "the next one, too": a pronoun
            if (
                _THERE_IS_BEFORE.search(text, max(0, s - 24), s)
                and _CLAUSE_MARK_AFTER.match(text, e, min(self.n, e + 3))
                and not self.count_in_clause(s)
            ):
                return False  # "the gap, if there is one, is small": a pronoun (decision 2)
            if not self.count_in_clause(s) and self.verb_object_one(s, e):
                return False  # "everyone who owned one remembers it": a pronoun (decision 2)
            if (
                text[s : s + 1] == "O"
                and _ONE_IS_A_AFTER.match(text, e, min(self.n, e + 16))
                and _at_sentence_start(self.original, s)
                and not self.count_in_clause(s)
            ):
                # "One was a plea to delay the vote", "One is for tools": a pronoun for
                # one of the things said before, as the developer files read it (round 22)
                return False
            if (
                prev in ("", "however", "but", "and", "so", "yet")
                and _GENERIC_ONE_AFTER.match(text, e, min(self.n, e + 24))
                and not self.count_in_clause(s)
            ) or (
                _GENERIC_ONE_THINKS.match(text, e, min(self.n, e + 40))
                and not self.count_in_clause(s)
            ):
                return False  # '"One has to ask," he said', "I suspect one will see": generic
            nxt = re.match(r"[ \t]+([A-Za-z]+)", text[e : e + 20])
            after = nxt.group(1).lower() if nxt else ""
            if after in ("another", "day", "way", "time", "thing", "after", "better"):
                return False
            if _ONE_FOR_ANOTHER.match(text, e, min(self.n, e + 60)):
                return False  # "swap one bad habit for another": a contrast, no count
            # every match of the pattern holds "other" within its window: where the window
            # lacks it, neither pattern is asked (the same answer, None, for less)
            window_end = min(self.n, e + 190)
            other = (
                _THE_OTHER_LATER.match(text, e, window_end)
                if text.find("other", e, window_end) != -1
                and prev not in ("only", "just", "least", "than")
                and not _ONE_EARLIER.search(text, max(0, s - 100), s)
                else None
            )
            if other is not None and (
                other.group(2) is None
                or other.group(2) == (other.group(1).split() or [""])[0]
                or "NOUN" not in lexicon.classes(other.group(2))
            ):
                return False  # "one bid came from a bank, the other from a fund": no count
            if text[e : e + 2] in ("'s", "’s"):
                return False
            if after == "of" and not (
                prev == "least" or (prev == "but" and _prev_word(text, s - 4).lower() == "all")
            ):
                return False  # "one of the largest", "But one of the three": a pronoun
            # "open one in Leeds and one in Bath" with no count before: pronouns; "two plants,
            # one in Texas and one in Ohio" count the plants (decision 7)
            placed = (
                after in ("in", "at")
                and re.match(r"[ \t]+(?:in|at)[ \t]+[A-Z]", text[e : e + 8])
                and not self.count_in_clause(s)
            )
            if (after in ("from", "for") or placed) and (
                _ONE_AND_ONE.match(text, e, min(self.n, e + 80))
                or _ONE_AND_BEFORE.search(text, max(0, s - 80), s)
            ):
                return False  # "one from a radio host and one from a blogger": pronouns
            if len(prev) > 4 and prev.endswith("est"):
                return False  # "the fastest one", "the biggest one": a pronoun
            if after in _SPEECH_AFTER and not _UNIT.match(text, e + 1, min(self.n, e + 30)):
                return False  # '"It is a small price," one said': a pronoun
            if after in ("itself", "himself", "herself", "apiece") or (
                after == "or" and re.match(r"[ \t]+or[ \t]+(?:an)?other\b", text[e : e + 16])
            ):
                return False  # "the fastest one itself", "one or other currencies"
            if _PARTICIPLE_PREP.match(text, e, min(self.n, e + 40)):
                return False  # "including one tailored for China": a pronoun
        if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha() and not _top_hyphen(text, s):
            return False  # "all-in-one", "back-to-one": a word, no quantity
        if word == "one" and re.search(r"(?i:\bno)[-‐][ \t]*$", text[max(0, s - 4) : s]):
            return False  # "no-one" is "nobody"
        if text.startswith("-for-", e) or text.endswith("-for-", 0, s):
            return False  # "a three-for-two stock split": a ratio
        if " for " in text[max(0, s - 6) : e + 6] and _spaced_ratio(text, s, e):
            return False  # "a seven for two share split", "at a ratio of seven for one"
        if (
            word in ("two", "half")
            and _prev_word(text, s).lower() == "in"
            and (_IDIOM_END.match(text, e, min(self.n, e + 3)))
        ):
            return False  # "broke it in two.", "cut in half,": an idiom, no quantity
        if word in ("zero",) and not re.match(r"[ \t]+[a-z]", text[e : e + 3]):
            return False
        if word in ("two", "four", "all") and _WHEEL_DRIVE_AFTER.match(text, e, e + 30):
            return False  # "four-wheel-drive vehicles": a kind of drive, no count (round 72)
        if word == "one" and _EYE_ON_AFTER.match(text, e, e + 10):
            return False  # "with one eye on the clock": an idiom (round 72)
        if word == "five" and prev == "tight" and rugby_story(text):
            return False  # "the tight five": rugby's front forwards, a name (round 72)
        if word == "zero" and zero_names_a_kind(text, e):
            return False  # "a zero coupon bond", "zero tolerance": a name, no count (round 66)
        if _OCLOCK_AFTER.match(text, e, min(self.n, e + 10)):
            return False  # "at three o'clock": a clock time, left out as "at 3 o'clock" is
        # "thousands of", "hundreds of", "millions of" are vague, not figures
        return not _S_END.match(text[e : e + 2])

    def just_the_one(self, s: int, e: int) -> bool:
        """True for "just the one" or "only the one" before its noun phrase ("just the one long
        lesson": a single lesson stressed, counted as the development files read it), not
        before a clause or a stop ("only the one that works", "just the one.")."""
        text = self.text
        if not _JUST_THE_BEFORE.search(text, max(0, s - 16), s):
            return False
        nxt = _NOUN_PHRASE_AFTER.match(text, e, min(self.n, e + 30))
        return nxt is not None and nxt.group(1) not in STOP

    def that_clause_count(self, s: int, e: int) -> bool:
        """ "officials said that one depot was shut", "noted that one bank ...": "that" opens a
        clause after a verb or a noun (not a preposition, "to that one question", nor a verb
        that takes it as its object, "work that one out"), and "one" counts the noun after it."""
        text = self.text
        before = _prev_word(text, s - 5).lower() if text[s - 5 : s - 1] == "that" else ""
        if not before.isalpha() or before in _NOT_BEFORE_THAT_CLAUSE:
            return False
        after = _NEXT_NOUNISH_WORD.match(text, e, min(self.n, e + 30))
        if after is None or after.group(1) in _NOT_AFTER_THAT_ONE:
            return False
        word = after.group(1)
        if "AUX" in lexicon.classes(word) or (_verb_only(word) and not word.endswith("ing")):
            return False  # "know that one succeeds by ...": the generic pronoun and its verb
        if word.endswith("s") and _VERB_OBJECT_AFTER.match(text, after.end()):
            return False  # "that one wins a tender": a verb in -s before its object
        return bool(counted_noun(text, e, 1.0))

    def verb_object_one(self, s: int, e: int) -> bool:
        """Is "one" at ``s:e`` a verb's object with no noun of its own: a verb the lexicon knows
        only as a verb before it and one after it ("everyone who owned one remembers",
        "those who bought one say"; the lead's decision 2 after round twenty-four)? Not "sold
        one house", "has one left" (a noun or an adverb after it)."""
        before = re.search(r"([A-Za-z]+)[ \t]+$", self.text[max(0, s - 24) : s])
        after = re.match(r"[ \t]+([A-Za-z]+)\b", self.text[e : e + 24])
        if before is None or after is None:
            return False
        return _verb_only(before.group(1)) and _verb_only(after.group(1))

    def count_in_clause(self, s: int) -> bool:
        """Is there a count before ``s`` in its sentence (a "one" after it may count its noun:
        "two plants, and one would close")?"""
        if not self.findings:
            return False
        prev = self.findings[-1]
        return prev["kind"] in ("count", "number") and not re.search(
            r"[.!?]", self.text[prev["end"] : s]
        )

    # ---------------------------------------------------------------- ordinals

    def decade_age(self, s: int, end: int, value: float, decade: re.Match[str]) -> None:
        """An age said as a stretch of a decade: "in her early 30s" 31-33, "mid-50s" 54-56,
        "late 40s" 47-49, "in their 20s" 20-29; the qualifier as the modifier (fresh11's
        convention, as "the over-70s" is an age)."""
        part = (decade.group(1) or "").lower()
        low, high = {"early": (1, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
        self.add(s, end, value + low, kind="age", unit="year", high=value + high, modifier=part)

    def opens_title(self, s: int, e: int) -> bool:
        """Whether a bare number ending at ``e`` opens a title: a capitalised word follows that
        no noun reading explains (a verb, adjective or adverb of the lexicon, or a function
        word: "17 Waiting for 40", "the 9 Silent Men remake"), not a count's noun ("40 New
        Yorkers", "five Britons"). Sets ``title_end`` over the title's words (capitalised words,
        short function words, numbers), so a number inside it ("for 40") is the title's too.
        Not in a headline in title case ("Quake Leaves 300 Dead"): the word before the number
        is lower case, or opens the sentence."""
        text = self.text
        before = _prev_word(text, s)
        if before[:1].isupper() and not _at_sentence_start(self.original, s - len(before) - 1):
            return False
        first = _TITLE_WORD_AFTER.match(text, e, min(self.n, e + 30))
        if first is None or _MONTH_AFTER.match(text, e, min(self.n, e + 20)):
            return False  # "120 May": a table's month
        low = first.group(1).lower()
        if low not in _TITLE_FUNCTION_WORDS:
            readings = lexicon.classes(low)
            if not readings or "NOUN" in readings or low in ("new", "old"):
                return False
        end = first.end()
        while (more := _TITLE_WORD_GOES_ON.match(text, end, min(self.n, end + 30))) is not None:
            end = more.end()
        self.title_end = end
        return True

    def in_name(self, s: int, e: int, form: str) -> bool:
        """A number inside a name: after a capitalised word that is not a function word
        ("Windows 95", "Xbox 2", "Big 12", "S&P 500", "Opera 8.0"), continuing a list of such
        ("Windows 95, 98 and 2000"), or a capitalised number word inside a title ("Six
        Nations", "Ocean's Twelve", "Group of Seven") that does not open the sentence."""
        text = self.text
        if self.findings and self.findings[-1]["kind"] == "name":
            gap = text[self.findings[-1]["end"] : s]
            if re.fullmatch(r",[ \t]*|[ \t]+(?:and|or)[ \t]+|,[ \t]+(?:and|or)[ \t]+", gap):
                return True
        if (
            form == "digits"
            and text[max(0, s - 3) : s].rstrip().endswith(",")
            and (year_list := _NAME_YEAR_LIST.search(text, max(0, s - 60), s))
        ):
            word = year_list.group(1).lower()
            if not (word in NAME_STOP or word in YEAR_PREV or _MONTH_BEFORE.search(word + " ")):
                return True  # "Windows 2000, 95, 98": a list of versions after a name's year
        if form == "word":
            raw = text[s:e]
            if not raw[:1].isupper() or _at_sentence_start(self.original, s):
                return False
            if raw.isupper() and len(raw) > 1:
                return False  # a headline in capitals
            if _CAPITALISED_BEFORE.search(text[max(0, s - 40) : s]):
                return True
            if not re.match(r"[ \t-]+[A-Z][a-z]", text[e : e + 4]):
                return False
            # a count opening a sentence the scanner finds no start for (a headline run on
            # into the first line: "... call Four British athletes have"): one capitalised
            # singular, then a plural noun ("Four British athletes", "Three Labour
            # councillors"); a title's words are capitalised or plural ("Six Nations", "Nine
            # Inch Nails fans", "Three Mile Island plant")
            adjective = _CAPITAL_THEN_PLURAL.match(text, e, min(len(text), e + 40))
            return adjective is None or lexicon.plural_noun(adjective.group(2)) is not True
        if "," in text[s:e]:
            return False
        m = _NAME_WORD_BEFORE.search(text[max(0, s - 40) : s])
        if m is None:
            return False
        word = m.group(1)
        if not any(c.isupper() for c in word[:2]):
            return False
        low = word.lower().rstrip(".")
        return not (
            low in NAME_STOP
            or low in YEAR_PREV
            or word.upper() in CURRENCY_CODES
            or _MONTH_BEFORE.search(word + " ")
        )
