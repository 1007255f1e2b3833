"""Find every figure in an article: value, unit, what it counts, how it is qualified.

Pure: ``extract(article)`` reads only ``article.text`` (and the optional ``dateline`` field a
loader may give, declared in ``reads``), and every finding satisfies
``text[start:end] == finding["text"]``. It catches no exception: a rule that fails on a text is
a bug, and the runner records it as an error row naming the article (property-based tests
feed it arbitrary text to keep that from happening). It is rule-based on purpose: rules
run at regex speed (the issue asks for 10x quantulum3), are deterministic, and each one can be
read and argued about by an analyst, which a trained tagger cannot offer.

How it works: this module is the pipeline, and keeps the order of the passes. The scanner
(:mod:`newslens_numbers.scan`) finds number cores (digits or number words) with one regex and,
for each, asks the jobs' rules in their own modules: names and non-quantities (:mod:`names`),
vague quantities (:mod:`vague`), ordinals (:mod:`ordinals`), units (:mod:`unit_reading`),
ranges (:mod:`ranges`), rates (:mod:`rates`), and builds the finding (:mod:`finding`). Then
the post-passes read the findings of a sentence or a story together (:mod:`scores`,
:mod:`counted`, :mod:`wire_tables`, :mod:`currency`, :mod:`conversions`), and
:mod:`newslens_numbers.consistency` links two expressions of one measure ("1,500km (930
miles)"). The docs' "How the extractor is built" lists the passes in order.
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from newslens import (
    Article,
)
from newslens.sentences import (
    paragraphs,
    sentence_index,
    sentence_spans,
)
from newslens_numbers import (
    lexicon,
)
from newslens_numbers.common import (
    _SENTENCE_END,
    _clause_start,
    _one_sentence,
)
from newslens_numbers.names import (
    _INVARIANT_MODELS,
    _NUMBER_BEFORE,
    _VOTE_BEFORE,
    _VOTE_WORDS,
    NameRules,
    _currency_before,
    _tail_search,
)

# re-exported: tests and benchmarks read these here, where they were defined before
from newslens_numbers.names import (
    _MONTH_ENDINGS as _MONTH_ENDINGS,
)
from newslens_numbers.ordinals import (
    _NEXT_WORD,
    _PERIOD_AFTER,
    _THIRD_FIXED,
    OrdinalRules,
)
from newslens_numbers.patterns import (
    _AFTER_AGE,
    _AGE_AFTER,
    _AGED_BEFORE,
    _AND_A_HALF,
    _AND_AGE,
    _AND_ONES_END,
    _APPOSITIVE_AGE,
    _BETWEEN_AGES,
    _BETWEEN_BEFORE,
    _CHANGE_BEFORE,
    _CHANGE_BEFORE_FROM,
    _COMPARED_JOIN,
    _CURRENCY_AFTER_SYMBOL,
    _DIED_AT,
    _FRACTION_WORD_AFTER,
    _GROUP_SEPARATORS,
    _IN_RATIO,
    _MAGNITUDE_BEFORE,
    _MINOR_AFTER,
    _MODIFIER_BEFORE,
    _MOJIBAKE,
    _MONTH_AFTER,
    _MOVE_BEFORE,
    _NO_BREAK,
    _ORDINAL_AFTER_WORDS,
    _PER_AFTER,
    _POINT_DECIMALS,
    _POINT_TENS,
    _RANGE_JOIN,
    _RATE_ADJECTIVE,
    _SIGN_BEFORE,
    _SOFT_BREAK,
    _SOFT_BREAK_BARE,
    _SYMBOL_AFTER_CODES,
    _TABLE_ROW,
    _TEMPERATURE_CONTEXT,
    _TIME_ADVERB_AFTER,
    _TIME_AFTER,
    _TIME_WORDS,
    _WAS_AGE,
    COMMON_VERBS,
    FRACTION_DENOMS,
    MODIFIERS,
    MONTHS,
    NOT_PER,
    ONES,
    ORDINAL_WORDS,
    PER_WORDS,
    RATE_ADJECTIVES,
    SCALE_ORDINALS,
    SCANNER,
    SMALLER_UNITS,
    STOP,
    TENS,
    WORD_SCALES,
    _words,
)
from newslens_numbers.unit_reading import (
    _BLANKS,
    UnitRules,
    _digits_start,
)
from newslens_numbers.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORD_TO_CODE,
    MINOR_UNITS,
    SCALES,
    UNITS,
    currency_for_symbol,
    dimension_of,
    to_base,
)
from newslens_numbers.vague import VagueRules
from newslens_numbers.words import (
    _at_sentence_start,
    _decimals,
    _float,
    _is_plural,
    _prev_word,
    _verbish,
    counted_noun,
    parse_number_words,
    singular,
    spaced_compound,
)

#: Columns of ``numbers.v1`` and their dtypes (the runner casts to these).
COLUMNS: dict[str, str] = {
    "n": "int64",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "value": "float64",
    "value_high": "float64",
    "unit": "str",
    "per": "str",
    "quantity": "str",
    "noun": "str",
    "kind": "str",
    "modifier": "str",
    "value_base": "float64",
    "base_unit": "str",
    "dimension": "str",
    "sentence": "int64",
    "sentence_start": "int64",
    "sentence_end": "int64",
    "same_as": "Int64",
    "consistency": "str",
    "deviation": "float64",
}
_IN_CENTS = re.compile(r"(?i:\b(?:cts?|cents?)\b)")
# a denominator with its own number: "per 1,000 cubic metres", "per 100 kilos"
_PER_NUMBERED = re.compile(
    r"[ \t]+(?i:per)[ \t]+(1(?:0+|,000(?:,000)?)|\d00)[ \t]+"
    r"((?i:(?:cubic|square|sq|metric)[ \t]+)?[a-z]+)\b(?![-'’])"
)
_RATE_IN_AFTER = re.compile(
    r"[ \t]+in[ \t]+(annual|yearly|monthly|weekly|daily)[ \t]+"
    r"(?:revenues?|sales|income|profits?|earnings|fees|payments|rent|savings|costs|spending)\b"
)
_BID_OFFER = re.compile(r"/(\d+(?:\.\d+)?)(?![\d/.]*\d)(?![\d/])")
_RATE_AFTER = re.compile(r"[ \t]+(monthly|annual|yearly|weekly|daily|hourly)[ \t]+[a-z]")
# a bare scaled figure after a money figure of the sentence is money ("$5bn ... 2.9 billion")
MONEY_SCALES = frozenset(
    ("m", "bn", "mn", "mln", "mlns", "bln", "blns", "million", "billion", "trillion")
)
#: a minor unit's worth in its major one ("USc" 0.01), 1 for any other unit
_MINOR_FACTOR = {code: factor for code, (_, factor) in MINOR_UNITS.items()}
_RATE_OF_CHANGE = re.compile(r"\b(?i:rate|growth|interest|inflation|yield|increase|rise)\b")
# nouns whose "number N" is an id, not a rank ("employee number 47", "shirt number 10")
_ID_NUMBER_NOUNS = frozenset(
    (
        "employee",
        "shirt",
        "jersey",
        "squad",
        "seat",
        "room",
        "flight",
        "bus",
        "route",
        "badge",
        "locker",
        "platform",
        "gate",
        "case",
        "file",
        "serial",
        "catalogue",
        "catalog",
        "account",
        "member",
        "prisoner",
        "patient",
        "contestant",
        "bib",
        "car",
        "house",
        "plot",
    )
)

# a duration that anchors a date (decision 6): "five years ago", "two days earlier", "six
# minutes later" are the timeline's relative dates, no items ("two years earlier than planned"
# stays: a difference); "for five years", "a five-year plan" stay durations
_ANCHOR_AFTER = re.compile(r"[ \t]+(?:ago|earlier|later)\b(?![ \t]+than\b)")
# units that are duration units only under a written number (decision 5), read in years
_LONG_PERIODS = {"decade": 10.0, "century": 100.0}
# a count's denominator written with "per": "14 per nurse", "three per household"
_PER_NOUN_AFTER = re.compile(r"[ \t]+per[ \t]+([a-z]{3,})\b(?![ \t]*-)")
_PERIOD_HALF_HOUR = frozenset(("first", "second", "final", "last", "opening", "closing", "next"))
# a series titled by a number: "fresh episodes of 24", "an episode of 24 was"; not "episodes of 24
# minutes", "an episode of 30 seconds", "episodes of 12 shows"
# round twenty-four: a work's kind before the number titles it too ("the US drama 24, which",
# "this series of 24 based on", "a remake of 10 starring"; not "a series of 24 matches", "the
# drama 24 hours", "a sequel of 90 minutes")
_EPISODES_OF_BEFORE = re.compile(
    r"\b(?:(?i:episodes?|series|seasons?|remake|sequel)[ \t]+of"
    r"|(?i:drama|sitcom|thriller|series))[ \t]+$"
)
_EPISODE_COUNTED_AFTER = re.compile(
    r"[ \t]*(?:-|%|\.\d)|[ \t]+(?!(?:was|is|has|as|its|this|were|are|which|that|who|based|"
    r"starring|taking|will|would|had|being)\b)[a-z]+\b"
)
# a digit glued by a hyphen to a capitalised number word: a brand ("7-Eleven", "4-Seven")
_DIGIT_WORD_BRAND = re.compile(
    r"-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred)"
    r"(?![A-Za-z-])"
)
_MODIFIER_AFTER = re.compile(r"[ \t]+((?i:or[ \t]+(?:thereabouts|so)))\b")
# a duration's "within" ("within three weeks"): a modifier as written (the guide's convention)
_WITHIN_BEFORE = re.compile(r"(?<![A-Za-z])(?i:within)[ \t]+$")

# two -s words after "one in N": "adults smokes"
_PLURAL_PAIR = re.compile(r"[ \t]+([a-z]{3,}s)[ \t]+([a-z]{3,}s)\b")
# alternatives after a figure: ", five or " in "four, five or six people", ", 10 or " (the
# items are checked in ``alternatives``: numbers of the first one's form, rising)
_ALTERNATIVES_AFTER = re.compile(
    r"((?:,[ \t]*(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)){1,4}),?[ \t]+or[ \t]+"
    r"(?:(?:even|perhaps|possibly|maybe)[ \t]+)?(?=[\dA-Za-z])"
)
# two alternatives with a hedge (round twenty): "60 or even 90 pct", "two or perhaps three"
_OR_HEDGED_JOIN = re.compile(r"[ \t]+or[ \t]+(?:even|perhaps|possibly|maybe)[ \t]+")
_ALTERNATIVE_ITEM = re.compile(r"[\dA-Za-z][\w-]*")

# a figure and a comma before an "or" figure: a list ("£30m, £40m or £50m"), not a range
_LISTED_BEFORE = re.compile(r"\d[\w.]*,[ \t]*(?:[$£€¥][ \t]?)?$")

# "grams of gold" before "per tonne": what the measure is of
# a rate said later in the figure's clause: "4 million visitors use it every year", "22
# million users accessed the web each month" (not "in each year", "for every day of", "every
# year since"): the clause has no comma or other figure between
_EACH_PERIOD_LATER = re.compile(
    r"(?:[ \t\n]+(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|half|whilst|while|but|"
    r"when|until|during|for|over)\b)[^,;:.!?()\d\s]+){0,8}?[ \t\n]+"
    r"(?<!\bin[ \t\n])(?<!\bof[ \t\n])(?<!\bfor[ \t\n])(?<!\bon[ \t\n])(?<!\bduring[ \t\n])"
    r"(?:each|every)[ \t\n]+(year|month|week|day|night|season|hour|minute)\b"
    r"(?![ \t\n]+(?:ago|earlier|later|before|after|since|of|that|when)\b)(?![-'’])"
)
# a rate said later in the clause by "a"/"an"/"per": "up to 1,000 people visit the museum a day",
# "some 300 cars pass the gate per hour"; not a stretch of time ("spent a night in hospital",
# "within a year", "half a day", "more than a week": ``_NOT_RATE_BEFORE``) nor an anchor ("a
# year ago", "a day after")
_A_PERIOD_LATER = re.compile(
    r"(?:[ \t\n]+(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|half|whilst|while|but|"
    r"when|until|during|for|over|and|or)\b)[^,;:.!?()\d\s]+){0,7}?[ \t\n]+([^,;:.!?()\d\s]+)"
    r"[ \t\n]+(?:a|an|per)[ \t\n]+(year|month|week|day|night|hour|minute)\b"
    r"(?![ \t\n]+(?:ago|earlier|later|before|after|since|of|that|when|or|and|in|at|on|with|"
    r"to|from|long|old|away|off|out|back|per)\b)(?![-'’])"
)
_NOT_RATE_BEFORE = _words(
    "in of for on during within than about around nearly almost over under half by from to "
    "until since after before past spend spent spends spending take took takes taking taken "
    "wait waited waiting last lasted lasts lasting stay stayed stays staying serve served "
    "serving remain remained least most just only barely once twice times such quite what is "
    "was be been are were at inside outside"
)
# not durations: "for two years but checked every year", "7, 30 and 90-day paper ... each
# week" say how long, not how often
_PERIOD_PER = frozenset(("year", "month", "week", "day", "night", "h", "min", "season"))
_EACH_PERIOD_KINDS = frozenset(("money", "count", "number", "measure", "percent"))
_OF_WHAT = re.compile(r"[ \t]+of[ \t]+[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]+(?:per|a|an)[ \t]|/)")

MAX_DIGITS = 24  # longer digit runs are ids, hashes or junk, not quantities


#: the last word of every modifier (``_MODIFIER_BEFORE``: "at least" ends "least")
_MODIFIER_ENDINGS = tuple(sorted({m.split()[-1].lower() for m in MODIFIERS}))
_SIGN_ENDINGS = ("-", "minus", "negative")
_AGED_ENDINGS = ("aged", "age", "of", "above", "over", "under", "below", "about", "around",
                 "least", "than", "just", "only")  # fmt: skip
_DIED_ENDINGS = ("died", "dies", "dead", "away", "turned", "turns", "retired", "retires", "at")
_VOTE_TALLY = re.compile(
    _VOTE_WORDS + r"(?P<a>\d{1,3}(?:,\d{3})*)(?:\s+to\s+|\s*[-\u2013]\s*)"
    r"(?P<b>\d{1,3}(?:,\d{3})*)\b(?!\s+margin)"
)
#: a cheap test before ``_VOTE_TALLY``: the verbs of its second branch, on lower-case text
_TALLY_VERBS = re.compile(r"passed|approved|rejected")
_MARGIN_AFTER = re.compile(r"\s+margin\b")


#: a duration's rate said by "a/an NOUN" is a period or an occasion ("two hours a day", "eight
#: hours a night", "90 minutes a game"); any other noun is a verb's object (round seventeen:
#: "will put off for one week a decision", "delivered over eight years an economy")
_DURATION_OCCASIONS = frozenset(
    (
        *("night", "weekend", "session", "shift", "game", "match", "visit", "trip", "episode"),
        *("lesson", "class", "round", "race", "person", "head", "quarter", "season", "term"),
        *("minute", "second", "mile", "km", "lap"),
    )
)
_A_BEFORE_RATE = re.compile(r"[ \t]+an?[ \t]", re.IGNORECASE)
#: a month's name, capitalised, just before a day written as a number word ("payable July six")
#: what follows a day of a month: a break, the text's end, a year or a preposition ("In March
#: three were killed" is a count, a verb after it)
_AFTER_DAY = re.compile(
    r"[ \t]*(?:[.,;:)!?\"']|\Z|\d{4}\b"
    r"|(?:to|and|or|at|in|on|for|from|with|when|after|before|until|through)\b)"
)
_MONTH_NAMED_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\Z"
)


# patterns the rules below try at every figure, compiled once (not looked up per call)
_BRACKETED_ABBR = re.compile(r"[ \t]*\([A-Za-z][A-Za-z.$]{0,7}\)")
_FOLD_WORD = re.compile(r"\b((?i:[a-z]+-?))fold\b")
#: a figure with decimals, as a table row's cells are written
_DECIMAL_CELL = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")


def _table_row_after(text: str, s: int, e: int) -> bool:
    """Whether the figure at ``s:e`` stands in a table row: its line holds no lower-case word
    and two more figures with decimals after it ("EUR TTS 1.2210  1.2195  1.2180")."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    if re.search(r"[a-z]", text[line_start:line_end]):
        return False
    return len(_DECIMAL_CELL.findall(text, e, line_end)) >= 2


# a team position named by its number: the shirt after it, a verb of playing a position before
_SHIRT_AFTER = re.compile(r"[ \t]+(?i:shirts?|jerseys?)\b")
# a player's name after the position ("Wales number eight Jo Bloggs"): a given name and a surname
_PLAYER_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]['’]?)?[A-Z][a-z]+\b")
# a player named before "and number eight Sam Jones": a team position, a given name and a
# surname ("centre Jo Bloggs and"; not a tennis rank, "beat Anna Smith and number four")
_PLAYER_BEFORE_AND = re.compile(
    r"\b(?:centre|center|wing|winger|prop|hooker|lock|flanker|scrum-half|fly-half|full-back|"
    r"fullback|half-back|back-rower|striker|midfielder|defender|goalkeeper|keeper|forward|"
    r"captain)[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]['’]?)?[A-Z][a-z]+[ \t]+and[ \t]+$"
)
# what a rank is of ("world number one Jo Bloggs", "former number one"): no team's position
_RANK_SCOPES = frozenset(("world", "national", "british", "european", "former", "seeded"))


def _team_before(text: str, at: int) -> bool:
    """Whether a team stands before "number" at ``at``: a capitalised name ("Wales number
    eight") or a possessive ("the club's number eight"), not a rank's scope ("World number
    one") nor a function word opening the sentence ("The number one ...")."""
    if text[max(0, at - 30) : at].rstrip(" \t").endswith(("'s", "’s")):
        return True
    word = _prev_word(text, at)
    low = word.lower()
    if low == "and":  # "centre Jo Bloggs and number eight Sam Jones": a list of a team's players
        return _PLAYER_BEFORE_AND.search(text, max(0, at - 60), at) is not None
    return word[:1].isupper() and low not in _RANK_SCOPES and low not in STOP


_PLAYED_AT_BEFORE = re.compile(
    r"\b(?i:play(?:s|ed|ing)?|start(?:s|ed|ing)?|selected|picked|chosen|recalled)[ \t]+at[ \t]+"
    r"number[ \t]+$"
)
# after "the last/latter half": the period it is of (round twenty), not "the last half hour"
_LAST_HALF_AFTER = re.compile(
    r"[ \t\n]+(?:of[ \t\n]+(?:(?:the|this|next|last|fiscal|its|their)[ \t\n]+)?"
    r"(?:\d{4}\b|(?i:year|season|decade|century|month|quarter|week|day|match|game|period)\b|"
    r"(?:" + MONTHS + r")\b)|(?:" + MONTHS + r")\b)|[ \t]*(?:[.,;:)]|$)"
)
#: a numbered part of a law, a treaty or a code named in lower case ("section 14 of its licence",
#: "chapter 11", "article 7", "rule 209"): the number names it (round twenty)
_DIVISION_NOUNS = frozenset(
    ("section", "subsection", "article", "clause", "chapter", "paragraph", "rule", "schedule",
     "annex", "appendix")
)  # fmt: skip
#: what may follow such a number when it is a figure after all ("its top section 40 pct of seats",
#: "the rule 10 people follow": a count of a plural)
_NOT_DIVISION_AFTER = re.compile(
    r"[ \t]*(?:%|(?i:pct|per|percent)\b|-)"
    r"|[ \t]+(?:(?!(?:is|was|has|as|its|this|plus|us|thus)\b)[a-z]+s|people|men|women|children)\b"
)
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[,)]|\.(?:[ \t]|$))")
# round twenty-four: an appositive age closed by a dash, "Jo Bloggs, 17 - who was jailed in May
# -" (as by a comma); and an age as a second predicate, "he is a fine player and only 25 but"
_DASH_APPOSITION_AFTER = re.compile(
    r"[ \t]+[-–—][ \t]+(?:who|whose|a|an|the|now|then|was|is|has|had)\b"
)
_WAS_AND_AGE = re.compile(
    r"\b(?i:he|she)[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+[^.;:,()]{0,40}?"
    r"\band[ \t]+(?:only|just|still)[ \t]+$"
)
# "Jones, the club's chairman since 1990, was 68.": a name (and an appositive) as the subject
_NAME_WAS = re.compile(
    r"(?<![\w-])([A-Z][a-z]{2,})(?:,[^,.;:!?()]{2,80})?,?[ \t]+(?:was|is)[ \t]+"
    r"(?:only[ \t]+|just[ \t]+|still[ \t]+)?$"
)
# the rest of "N to M-year-olds" after the range's unit, and an age group after a bare range
_TO_YEAR_OLD = re.compile(r"\d{1,3}[ \t-]+(?i:years?)[ \t-]+(?i:olds?)\b")
_OLDS_AFTER = re.compile(r"(?:[ \t]*-[ \t]*|[ \t]+)(?i:olds?)\b")
_AGE_GROUP_AFTER = re.compile(r"[ \t]+(?i:age)[ \t-]+(?i:groups?|brackets?|ranges?|bands?)\b")
# "children under 16", "adults over 65", "those aged over 50": an age limit of people
_PEOPLE_OVER = re.compile(
    r"(?i:\b(?:children|kids|people|adults|pupils|teenagers|youngsters|men|women|boys|girls|"
    r"those|anyone|everyone|players|workers|drivers|pensioners|voters)"
    r"(?:[ \t]+aged)?[ \t]+(?:under|over|above|below|older[ \t]+than|younger[ \t]+than))"
    r"[ \t]+$"
)
_AND_UNDER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?i:under|over|above|below)[ \t]+$")
# what may follow "children under 16": the clause goes on with a verb or ends, no noun follows
_AFTER_PEOPLE_AGE = re.compile(
    r"[ \t]*(?:[.,;:)]|$|(?:and|or|but|who|were|are|was|is|will|would|can|could|must|should|"
    r"have|had|in|to|from|at|get|got|pay|face|with|without)\b)"
)
#: the units a smaller unit of the same dimension may follow ("5ft 9in", "2 hours 30 minutes")
_LARGER_UNITS = frozenset(larger for larger, _ in SMALLER_UNITS)
# a rate adverb closing the figure's phrase: "workers earn £20 daily", "pumps 2,000 bbl daily"
_RATE_ADVERB_AFTER = re.compile(
    r"[ \t]+(daily|weekly|monthly|annually|yearly|hourly|nightly)"
    # not an adjective joined to another ("12,000 hourly and salaried staff")
    r"(?=[ \t]*(?:[.,;:)]|$|(?:and|or)[ \t]+(?:[£$€\d]|(?:is|was|are|were|will|would|has|have|"
    r"had|can|could|should|may|might|must)\b)|(?:but|in|for|from|until|since|last|this|next)\b))"
)
# the words between two alternative prices: "3 euros or even 2.50 euros", "or perhaps as low as"
_OR_ALTERNATIVE = re.compile(
    r"[ \t\n]+or[ \t\n]+(?:(?:even|perhaps|possibly|maybe)[ \t\n]+)?"
    r"(?:(?:as[ \t]+(?:low|high|little|much)[ \t]+as|about|around)[ \t\n]+)?"
)
# a rate said after the figure by "for each"/"for every" and the noun it distributes over
# (round fifteen): "one right for each of its shares", "1.5 shares for each share held"; the
# words between are the figure's noun and its modifiers, in one clause. A total of the shares
# may stand after "of its" (round twenty): "9 new bonds for each of the 215,400 notes held" (a
# count with commas or a scaled one; "for every 50 shares" stays a ratio)
_FOR_EACH_LATER = re.compile(
    r"(?:[ \t\n]+(?!(?i:for|and|or|but|while|when|whilst|which|who|that)\b)[^,;:.!?()\d\s]+)"
    r"{0,5}?[ \t\n]+(?:in[ \t\n]+return[ \t\n]+)?for[ \t\n]+(?:each|every)"
    r"(?:[ \t\n]+of[ \t\n]+(?:its|the|their|his|her|our|your|these|those)"
    r"(?:[ \t\n]+\d{1,3}(?:,\d{3})+|[ \t\n]+\d+(?:\.\d+)?[ \t\n]+(?:mln|million|bln|billion))?)?"
    r"((?:[ \t\n]+[A-Za-z][A-Za-z-]*){1,5})"
)
_FOR_EACH_STOP = frozenset(
    ("of", "held", "owned", "outstanding", "tendered", "they", "it", "he", "she", "we", "you",
     "in", "on", "at", "to", "and", "or", "but", "from", "with", "by", "as", "that", "which",
     "who", "is", "are", "was", "were", "will", "would", "under", "until", "after", "before",
     "now", "about", "around", "some", "nearly", "almost", "roughly", "approximately")
)  # fmt: skip
_FOR_EACH_NUMBERS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "twenty", "fifty", "hundred", "thousand")
)  # fmt: skip
_FOR_EACH_PARTICIPLES = frozenset(("held", "owned", "outstanding", "tendered"))
_FOR_EACH_NOT_NOUN = frozenset(
    ("one", "other", "them", "us", "you", "those", "these", "time", "single", "additional",
     "new", "such", "then", "half", "few")
)  # fmt: skip
# a rate adjective later in the figure's noun phrase, after at most two modifiers (round
# fifteen): "the 30 pct average annual growth", "500 dlrs in monthly telephone bills"
_RATE_LATER = re.compile(
    r"(?:[ \t]+in)?(?:[ \t]+(?!(?:of|to|the|a|an|and|or|for|from|with|by|at|on|than|in|as|is|"
    r"was|were|are|be|its|their|his|her|per|each|every)\b)[a-z][a-z-]*){0,2}?"
    r"[ \t]+(annual|yearly|monthly|weekly|daily|hourly|quarterly)[ \t]+([a-z][a-z-]*)"
    r"(?:[ \t]+([a-z][a-z-]*))?"
)
_RATE_LATER_KINDS = frozenset(("money", "measure", "percent"))  # "two weekly magazines" counts
#: a frequency adjective right after a count, on its noun (the lead's decision 1 on fresh21)
_RATE_ON_COUNT = re.compile(
    r"[ \t\n]+(daily|nightly|weekly|monthly|quarterly|annual|yearly)[ \t\n]+([a-z]+)"
)  # not "hourly": "850 hourly workers" are paid by the hour
#: nouns a frequency adjective classifies rather than rates ("two daily newspapers")
_PERIODICALS = frozenset(
    ("newspaper", "paper", "magazine", "tabloid", "title", "publication", "journal", "digest",
     "periodical", "bulletin", "newsletter", "show", "programme", "program", "column",
     "directory", "report", "review", "guide", "yearbook", "almanac",
     # a total of periodic payments over a term: "in 10 annual installments" are ten in all
     "installment", "instalment", "payment", "repayment", "coupon")
)  # fmt: skip
#: the nouns of a percentage that is a rate per period ("annual growth", "annual interest rate")
_CHANGE_HEADS = frozenset(
    ("growth", "rate", "rates", "interest", "increase", "increases", "rise", "pace", "inflation",
     "yield", "return", "returns", "gain", "gains", "decline", "fall", "drop")
)  # fmt: skip
# a rate said before the figure by "for each NOUN" or "each NOUN" and a verb of what one holds:
# "for each Lemon share held, it pays", "each unit comprises", "each note carries"
_EACH_BEFORE = re.compile(
    r"(?:\b[Ff]or[ \t]+each|(?<![\w,][ \t])\b[Ee]ach)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?"
    r"(?!of\b|one\b|other\b)([a-z]{3,})"
    r"(?:[ \t]+(?:held|owned|tendered|outstanding|sold|bought))?"
    r"(?:[ \t]*,|[ \t]+(?:consists|comprises|carries|includes|contains|entitles|gives|it|they|"
    r"the[ \t]+company|holders?|shareholders|investors|will|would)\b)"
)
#: nouns after "each" that name a period or a person, no unit of a rate before the figure
_EACH_NOT_RATE = frozenset(
    ("year", "month", "week", "day", "night", "quarter", "season", "time", "side", "team",
     "player", "member", "person", "man", "woman", "child", "household", "family", "holder",
     "shareholder", "stockholder", "employee", "customer", "worker", "student", "voter")
)  # fmt: skip
# "each lesson costs £20", "every ticket will cost $150": the price of one of the noun
_EACH_COSTS_BEFORE = re.compile(
    r"\b(?i:each|every)[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?!one\b)([a-z]{3,})[ \t]+"
    r"(?:will[ \t]+|would[ \t]+)?"
    r"(?:costs?|costing|sells?[ \t]+for|is[ \t]+priced[ \t]+at)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|up[ \t]+to[ \t]+)?$"
)
# the rate named before the figure, in the same clause: "earnings per share rose to 21p",
# "the dividend per share was 12 cents", "profit per share of 50p"
_PER_BEFORE = re.compile(
    r"\bper[ \t]+(share|head|capita|person|tonne|ton|barrel|gallon|litre|ounce)\b"
    r"(?:[ \t]+(?:[a-z]+|\d{4}))*?[ \t]+$"
)
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|his|her|their|our|this|that))[ \t]+$")
_MONTHS_DAYS = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Monday", "Tuesday", "Wednesday"),
        *("Thursday", "Friday", "Saturday", "Sunday"),
    )
)


def _named_subject_age(text: str, s: int) -> bool:
    """Whether the figure at ``s`` follows "NAME (, appositive,) was/is": the name a person's,
    by the word-class lexicon (a proper noun, or a word it lacks in either case), not a
    common noun written with a capital ("Inflation was 3") nor a month."""
    m = _NAME_WAS.search(text, max(0, s - 120), s)
    if m is None or m.group(1) in _MONTHS_DAYS:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "the Index was 68": a common noun
    name = m.group(1)
    lemmas = [lemma for forms in lexicon.classes(name).values() for lemma in forms]
    if lemmas:
        return all(lemma[:1].isupper() for lemma in lemmas)
    return not lexicon.known(name.lower())


_COPULA_BEFORE = re.compile(r"\b(?:was|is)[ \t]+$")
_MAGNITUDE_AFTER = re.compile(r"-?[ \t]?(?i:magnitude)\b")
_GAP_BREAK = re.compile(r"[.;:!?()]")
# the upper end of an age range after "aged": "aged 18 to 99", "aged 16-24"
# "aged 18 to 99", "the age of 12 or 13" (two alternatives: one vague range), "age of five or six"
_AGE_RANGE_AFTER = re.compile(
    r"[ \t]*(?:-|–|to[ \t]|and[ \t]|(or)[ \t])[ \t]*(\d{1,3}|(?i:(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)\b)(?![\d.,]\d|[ \t]*%|[ \t]+(?i:per)[ \t]?(?i:cent))"
)


def _age_bound(raw: str) -> float | None:
    """The upper age of a range after "aged"/"age of", in digits or words ("six", "forty-one")."""
    if raw.isdigit():
        return float(raw)
    parsed = parse_number_words(raw.lower())
    return parsed[0] if parsed is not None else None


_BECAME_AT = re.compile(
    r"(?:\b(?:became|become|becomes|becoming|married|joined|"
    r"(?:left|leave|leaves|leaving)[ \t]+school|retired|debuted|"
    r"was[ \t]+(?:elected|appointed|made|capped))\b[^.;:]{0,60}\bat"
    # "treated as adults at 17", "the right to vote at 16": the age of a right
    r"|\b(?:adults?|voters?|vote|voting)[ \t]+at)[ \t]+$"
)
# a bare count's rate: "by 40,000 per year", "30,000 a week" (not "a year ago")
_PER_TIME_AFTER = re.compile(
    r"[ \t]+(?:per|a|an|every|each)[ \t]+(year|month|week|day|hour|minute|second)\b"
    r"(?![ \t]+(?:ago|earlier|later|before|after|on)\b)"
)
# "Halo 2 sells the most", "Space Race 3 wins Bafta prizes": a title's number, then a verb and
# its object (a determiner, a number, or a capitalised name after a word the lexicon knows as a
# verb: not "Formula 1 cars Ferrari built")
_VERB_AFTER_LABEL = re.compile(
    r"[ \t]+([a-z]{3,}s)[ \t]+(?:(?:the|that|this|a|an|its|his|her|their|\d|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\b|(?P<name>[A-Z][a-z]|(?:for|from|at|well)\b|[$£€¥]))"
)
#: Plurals that are what a figure after a name counts ("the Dow Jones Industrial Average 34
#: points for the day", "Labour 356 seats at the election"), never a verb after a title's number.
_SCORED_PLURALS = frozenset(
    {"points", "votes", "seats", "runs", "goals", "wickets", "yards", "shares"}
)
_SPACES = re.compile(r"\s+")
_TOKEN_RUN = re.compile(r"[\w.,/:-]*")
_SYMBOL_AT = re.compile(r"(?:US\$|[$£€¥₹])[ \t]?")


def _soft_breaks(text: str) -> str:
    """``_SOFT_BREAK.sub(" ", text)``: a line break inside a sentence read as a space. With no
    blank before any line break in the text the match is the break alone, and the pattern that
    opens with it finds the same ones in a fraction of the time (wire copy wraps every line)."""
    if " \n" in text or "\t\n" in text:
        return _SOFT_BREAK.sub(" ", text)
    return _SOFT_BREAK_BARE.sub(" ", text)


# a currency sign written as an HTML entity ("&#163;", "&pound;"): read as the sign, padded with
# spaces before it to the entity's length so every offset still points into the original
_CURRENCY_ENTITY = re.compile(r"&(?:#163|#x[aA]3|pound|#8364|#x20[aA][cC]|euro|#165|yen|#36);")
_ENTITY_SIGNS = {"163": "£", "xa3": "£", "pound": "£", "8364": "€", "x20ac": "€", "euro": "€",
                 "165": "¥", "yen": "¥", "36": "$"}  # fmt: skip


def _entity_symbol(m: re.Match[str]) -> str:
    """The sign of a currency entity, right-aligned in blanks of the entity's length."""
    sign = _ENTITY_SIGNS[m.group()[1:-1].lstrip("#").lower()]
    return " " * (len(m.group()) - 1) + sign


# the scale word of a figure ("512.0 mln dlrs", "2.1 billion", "18.3 mln"): a bare figure
# compared with it is said in the same scale (round twenty-four)
_SCALE_IN = re.compile(r"\d[ \t\n]*(?i:(mln|million|bln|billion|bn|trillion))\b")


def _carried_scale(prev: dict[str, Any], value: float) -> float:
    """The scale a bare figure takes from the scaled one it is compared with ("raised to 464.0
    mln dlrs from 380.0": 380 million), when the two are of one size (a tenth to ten times;
    "12 mln dlrs vs 800,000" is no pair): else 0."""
    if prev["kind"] not in ("money", "count"):
        return 0.0
    sc = _SCALE_IN.search(prev["text"])
    if sc is None or float(value) >= 1000:
        return 0.0
    factor = SCALES[sc.group(1).lower()]
    said = prev["value"] / factor
    return factor if said and 0.1 <= value / said <= 10 else 0.0


# round twenty-nine: "nil" on either side of "vs"/"versus" in a results line; not after "or"
# ("a charge of 63,000 dlrs or nil": a per-share figure the line does not name), not a score
_WIRE_NIL = re.compile(
    r"(?<![\w-])(?<!\bor )nil(?=[ \t\n]+(?:vs|versus)\b)|"
    r"(?<=\b(?:vs|VS) )nil\b(?!-)|(?<=\bversus )nil\b(?!-)"
)


# round twenty-nine: an oil's gravity named beside a figure in degrees
_API_GRAVITY = re.compile(r"\b(?:API|api)\b|\bgravity\b")


class _Scanner(NameRules, VagueRules, OrdinalRules, UnitRules):
    """One pass over one article; keeps the cursor so consumed spans are never re-read."""

    def __init__(self, text: str) -> None:
        # Scan a copy where a line break inside a sentence ("15.6\nbillion", wrapped wire copy)
        # reads as a space; same length, so every offset still points into the original.
        self.original = text
        if "\n" in text:
            text = _soft_breaks(text)
            # hard-wrapped wire copy: a line break inside a paragraph of the core split is a wrap
            parts, last = [], 0
            for a, b in paragraphs(self.original):
                parts += [text[last:a], text[a:b].replace("\n", " ")]
                last = b
            text = "".join(parts) + text[last:]
        # a no-break space ("75\u00a0m") is a space to every rule below; same length again
        text = text.translate(_NO_BREAK) if "\u00a0" in text or "\u202f" in text else text
        if "Â" in text or "â‚¬" in text:  # mojibake: same length again
            text = _MOJIBAKE.sub(" ", text).replace("â‚¬", "  €")
        if "&" in text and (";" in text):  # "&#163;1.8m": an HTML entity left in scraped copy
            text = _CURRENCY_ENTITY.sub(_entity_symbol, text)
        # round twenty-nine: a results line's "nil" beside "vs" is a zero ("Tax 4.1 mln vs
        # nil", "Shr nil vs 3 cts"), read as the digit so the line's rules give it the unit
        # of its other side; "0  " keeps the length, and ``add`` widens the span to the word
        self.nil_at: frozenset[int] = frozenset()
        if "nil" in text:
            nils = [m.start() for m in _WIRE_NIL.finditer(text)]
            if nils:
                chars = list(text)
                for a in nils:
                    chars[a : a + 3] = "0  "
                text, self.nil_at = "".join(chars), frozenset(nils)
        self.text = text
        self.code_scale = 1.0  # "75 USD million": a scale written after the currency code
        self.last_end = 0  # end of the last finding: a symbol before it is not ours
        self.n = len(text)
        self.findings: list[dict[str, Any]] = []
        self.labelled: dict[int, bool] = {}  # line start: does a table row's label open it
        self.title_end = -1  # end of a title opened by a number ("17 Waiting for 40"): its numbers

    # ---------------------------------------------------------------- number cores

    def core_at(self, m: re.Match[str]) -> tuple[float, int, int, str, int] | None:
        """(value, start, end, form, decimals) for a scanner match, or None when not a number."""
        g = m.lastgroup
        s, e = m.start(), m.end()
        raw = m.group()
        if g == "digits":
            digits = raw.translate(_GROUP_SEPARATORS).replace(".", "")
            if len(digits) > MAX_DIGITS:
                return None
            return _float(raw), s, e, "digits", _decimals(raw)
        if g == "word":
            parsed = parse_number_words(raw)
            if parsed is None:
                return None
            value, length = parsed
            seg = raw[:length].rstrip(" \t-")
            tail = _AND_ONES_END.search(seg)
            if tail and _FRACTION_WORD_AFTER.match(self.text, s + len(seg)):
                # "five billion and three quarters": the fraction belongs to the whole number
                seg = seg[: tail.start()]
                parsed = parse_number_words(seg)
                if parsed is None:
                    return None
                value = parsed[0]
            return value, s, s + len(seg), "word", 0
        if g == "frac":
            low = raw.lower()
            if low in ("half", "quarter"):
                return (0.5 if low == "half" else 0.25), s, e, "frac", 0
            num_word, den_word = re.split(r"[ \t-]+", low, maxsplit=1)
            num = 1 if num_word in ("a", "an") else ONES[num_word]
            return num / FRACTION_DENOMS[den_word], s, e, "frac", 0
        if g == "vague":
            return 0.0, s, e, "vague", 0
        if g == "aunit":
            return 1.0, s + len(raw) - len(raw.split()[-1]), e, "aunit", 0
        if g == "ordw":
            low = re.sub(r"[ \t-]+", " ", raw.lower()).split()
            value = sum(TENS.get(w, 0) for w in low[:-1]) + ORDINAL_WORDS[low[-1]]
            return float(value), s, e, "ordw", 0
        return None

    # ---------------------------------------------------------------- the main loop

    def run(self) -> list[dict[str, Any]]:
        text = self.text
        pos = 0
        while pos < self.n:
            m = SCANNER.search(text, pos)
            if m is None:
                break
            pos = max(self.handle(m), m.start() + 1)
        if "fold" in text:
            self.multipliers()
        if "alf-hour" in text:
            self.half_hours()
        return self.findings

    def half_hours(self) -> None:
        """'the half-hour show', 'led on the half-hour': half an hour, a duration (as "half an
        hour"; the developer files read it so; round twenty-two). Not "half-hourly"."""
        starts = [f["start"] for f in self.findings]
        for m in re.finditer(r"\b[Hh]alf-hour\b(?![-'’]|ly)", self.text):
            at = bisect.bisect_left(starts, m.start())
            if at > 0 and self.findings[at - 1]["end"] > m.start():
                continue
            if at < len(starts) and self.findings[at]["start"] < m.end():
                continue
            if _prev_word(self.text, m.start()).lower() in _PERIOD_HALF_HOUR:
                continue  # "in the first half-hour", "the final half-hour of trading": a period
            before = len(self.findings)
            self.add(m.start(), m.end(), 0.5, kind="duration", unit="h")
            if len(self.findings) > before:
                self.findings.insert(at, self.findings.pop())
                starts.insert(at, m.start())

    def multipliers(self) -> None:
        """'tenfold', 'a 10-fold rise': a multiplier, a count of times (as '10 times')."""
        for f in self.findings:
            if f["noun"] == "fold" and f["kind"] == "count":
                f.update(quantity="times", noun="time")  # "10-fold": the scan read "fold"
        starts = [f["start"] for f in self.findings]
        for m in _FOLD_WORD.finditer(self.text):
            word = m.group(1).lower().rstrip("-")
            value = ONES.get(word) or TENS.get(word) or WORD_SCALES.get(word)
            if not value:
                continue
            at = bisect.bisect_left(starts, m.start())
            if at > 0 and self.findings[at - 1]["end"] > m.start():
                continue
            if at < len(starts) and self.findings[at]["start"] < m.end():
                continue
            before = len(self.findings)
            self.add(m.start(), m.end(), float(value), kind="count", quantity="times")
            if len(self.findings) > before:
                self.findings.insert(at, self.findings.pop())
                starts.insert(at, m.start())

    def skip_run(self, start: int) -> int:
        """End of the whole token the core sits in (for versions, ids, malformed numbers)."""
        m = _TOKEN_RUN.match(self.text, start, min(self.n, start + 200))
        end = m.end() if m else start + 1
        return max(end, start + 1)

    def handle(self, m: re.Match[str]) -> int:
        text = self.text
        core = self.core_at(m)
        if core is None:
            return self.skip_run(m.start()) if m.lastgroup == "digits" else m.end()
        value, s, e, form, decimals = core
        if form == "vague":
            return self.handle_vague(s, e)
        if form == "ordw":
            return self.handle_word_ordinal(value, s, e)
        if (
            form == "frac"
            and text[s:e].lower() == "half"
            and _prev_word(text, s).lower() in ("last", "latter", "final")
            and _LAST_HALF_AFTER.match(text, e, min(self.n, e + 16))
        ):
            return e  # "the last half of 1988", "latter half of August": a period, as "first half"
        if form == "frac" and value == 0.5:
            unit_word = re.search(r"\b([A-Za-z]{3,})[ \t]+and[ \t]+$", text[max(0, s - 24) : s])
            if unit_word is not None:  # "the past year and a half": one and a half years
                w_start = s - len(text[max(0, s - 24) : s]) + unit_word.start(1)
                info = self.unit_after(w_start)
                self.code_scale = 1.0
                if (
                    info
                    and info[1] == w_start + len(unit_word.group(1))
                    and info[2]
                    in (
                        "measure",
                        "duration",
                    )
                ):
                    self.add(w_start, e, 1.5, kind=info[2], unit=info[0])
                    return e
        if form == "frac" and re.fullmatch(
            r"(?i:an?[ \t]+(third|fourth|fifth|sixth|eighth|tenth))", text[s:e]
        ):
            word = re.search(r"[A-Za-z]+$", text[s:e]).group().lower()  # type: ignore[union-attr]
            nxt = re.match(r"[ \t]+([a-z]+)\b(?!-)", text[e : e + 30])
            if word == "third" and _THIRD_FIXED.match(text, e, min(self.n, e + 30)):
                return e  # "sold to a third party": someone outside a deal, no rank
            if nxt is not None and nxt.group(1) not in STOP:  # "a third week", "a fifth term"
                w_start = e - len(word)
                named = self.named_period(w_start, e)
                if named is not None:
                    return named  # "a third quarter loss": a period (round twenty-two)
                period = _PERIOD_AFTER.match(text, e, min(self.n, e + 40))
                self.add(w_start, e, ORDINAL_WORDS[word], kind="ordinal",
                         quantity=period.group(1).lower() if period  # "a third round replay"
                         else counted_noun(text, e, 1.0))  # fmt: skip
                return e
        if form == "aunit":
            info = self.unit_after(e)
            self.code_scale = 1.0
            # no unit: scan again from "a", which may start "a quarter" or "a thousand"
            if info is None or info[2] == "percent":
                return s
            if not re.fullmatch(r"[ \t]+[A-Za-z][A-Za-z ]{2,}", text[e : info[1]]):
                return s  # "over a m": a one-letter symbol after "a" is no unit
        if form == "digits" and s > 0 and text[s - 1].isalpha():
            code = re.search(r"(?<![A-Za-z])([A-Z]{3}|R[Mps])$", text[max(0, s - 4) : s])
            if code is None or code.group(1) not in (*CURRENCY_CODES, "RM", "Rp", "Rs"):
                return self.skip_run(s)  # "ABC123", "COVID19": ids
        if form == "digits" and decimals and text[e : e + 1] == "/":
            quoted = self.bid_offer(value, s, e, decimals)
            if quoted is not None:
                return quoted
        if (
            form == "digits"
            and not decimals
            and _EPISODES_OF_BEFORE.search(text, max(0, s - 16), s)
            and not _EPISODE_COUNTED_AFTER.match(text, e, min(self.n, e + 30))
        ):
            self.add(s, e, value, kind="name")  # "episodes of 24": a series' title (round 22)
            return e
        if form == "digits" and (brand := _DIGIT_WORD_BRAND.match(text, e, min(self.n, e + 12))):
            self.add(s, brand.end(), value, kind="name")  # "7-Eleven": a brand (round 22)
            return brand.end()
        if form == "digits":
            skip = self.excluded_digits(s, e, value, decimals)
            if skip is not None:
                return skip
        elif form == "word":
            window = min(self.n, e + 40)
            ordinal = _ORDINAL_AFTER_WORDS.match(text, e, window)
            if (
                ordinal is not None
                and value < 20
                and ordinal.group(1).lower() not in SCALE_ORDINALS
                and not ordinal.group().strip().startswith("-")
            ):
                # "took one second": a unit; "three first-half goals", "two first rounds": a count
                # and an ordinal of the noun; only a tens word compounds ("twenty-second")
                if ordinal.group(1).lower() == "second" and re.match(
                    r"-|[ \t]+hand\b", text[ordinal.end() : ordinal.end() + 6]
                ):  # "two second-half goals", "four second hand buses": no seconds
                    self.add(s, e, value, kind="count", quantity=counted_noun(text, e, value))
                    return e
                ordinal = None
            if ordinal is not None:
                word = ordinal.group(1).lower()
                step = ORDINAL_WORDS[word]
                total = value * step if word in SCALE_ORDINALS else value + step
                end = ordinal.end()
                if text[s:e].lower() in TENS and word not in SCALE_ORDINALS:
                    # "twenty-first": a period it names ("in its thirty-second year,"), a
                    # century (a date part), else an ordinal with the noun it ranks
                    named = self.named_period(s, end)
                    if named is not None:
                        return named
                    if re.match(r"[ \t-]+(?i:century|centuries)\b", text[end : end + 14]):
                        return end
                    self.add(s, end, total, kind="ordinal", quantity=counted_noun(text, end, 1.0))
                    return end
                self.add(s, end, total, kind="ordinal")
                return end
            point = _POINT_DECIMALS.match(text, e, window)
            tens = None if point is not None else _POINT_TENS.match(text, e, window)
            if tens is not None:  # "two hundred point seventy-one": 200.71
                digits = str(int(parse_number_words(tens.group(1))[0]))  # type: ignore[index]
                value, decimals, e = float(f"{int(value)}.{digits}"), len(digits), tens.end()
            if point is not None:
                digits = "".join(
                    str(ONES[w]) for w in re.findall(r"[a-z]+", point.group(1).lower())
                )
                value = float(f"{int(value)}.{digits}")
                decimals = len(digits)
                e = point.end()
            if (
                _prev_word(text, s) == "round"
                and float(value).is_integer()
                and 0 < value <= 30
                and not decimals
            ):  # "went out in round one": a number labelling the noun before it, like
                # "Game 2" (decision 3): a name, kept but no figure
                self.add(s, e, value, kind="name")
                return e
            if not self.word_number_ok(s, e, value):
                return e
        if (
            form == "word"
            and text[s : s + 1].isupper()
            and re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 4])
            # a bare capitalised scale word is no quantity anywhere, a sentence's start too:
            # "Million Dollar Baby opens in March" (a count says "A million ...")
            and (
                text[s:e] in ("Hundred", "Thousand", "Million", "Billion")
                or self.in_name(s, e, form)
            )
        ):
            self.add(s, e, value, kind="name")  # "Million Dollar Baby", "Three Kings Day"
            return e
        if form in ("digits", "word"):
            ratio = self.ratio(value, s, e)
            if ratio is not None:
                return ratio
            if (
                _prev_word(text, s) in _DIVISION_NOUNS
                and float(value).is_integer()
                and not decimals
                and not _NOT_DIVISION_AFTER.match(text, e, min(self.n, e + 12))
            ):
                # "broke section 14 of its licence", "under chapter 11", "invoked article 7":
                # a law's or a code's numbered part, a name as "Section 1110" is (round twenty)
                self.add(s, e, value, kind="name")
                return e
            ranked = _NUMBER_BEFORE.search(text[max(0, s - 10) : s])
            if ranked and (
                _prev_word(text, s - len(ranked.group())).lower() in _ID_NUMBER_NOUNS
                or _SHIRT_AFTER.match(text, e, min(self.n, e + 12))
                or _PLAYED_AT_BEFORE.search(text, max(0, s - len(ranked.group()) - 30), s)
                or (
                    _PLAYER_NAME_AFTER.match(text, e, min(self.n, e + 40))
                    and _team_before(text, s - len(ranked.group()))
                )
                or (
                    # "the Leinster number 10 slotted three penalties": the player in that position
                    value <= 15
                    and re.match(r"[ \t]+[a-z]{3,}ed\b", text[e : e + 20])
                    and _team_before(text, s - len(ranked.group()))
                    and _prev_word(text, s - len(ranked.group())).lower() not in STOP
                )
            ):
                # "joined as employee number 47", "his shirt number 10": an id, no rank; a
                # position in a team named by its number ("the number 10 shirt", "plays at
                # number eight"): a name, like "Game 2" (the lead's decision on round ten)
                self.add(s - len(ranked.group()), e, value, kind="name")
                return e
            if ranked and float(value).is_integer() and 0 < value <= 200 and not decimals:
                start = s - len(ranked.group())  # "the world number one", "number four in the US"
                # "number one of the chart", "the world number one's coach": no noun
                owned = re.match(r"(?:['’]s\b|[ \t]+of\b)", text[e : e + 4])
                # "world number three Ana Ruiz returns": a rank before a player's name
                named = re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 4])
                noun = "" if owned or named else counted_noun(text, e, 1.0)
                self.add(start, e, value, kind="ordinal", quantity=noun)
                return e
        return self.build(value, s, e, form, decimals)

    def bid_offer(self, value: float, s: int, e: int, decimals: int) -> int | None:
        """A wire bid/offer quote, "409.40/90 dlrs", "1.5735/45", "408.90/409.40": two figures,
        the offer repeating the bid's leading digits (409.90, 1.5745), both in the unit written
        after the offer. Not a date or a fraction: the bid has decimals, and the offer is
        either its last digits or a number within a fifth of it."""
        text = self.text
        m = _BID_OFFER.match(text, e, min(self.n, e + 12))
        if m is None or decimals < 2 or len(m.group(1)) < 2:
            return None  # "1.5/2", "2.5/3 mln": no quote
        offer_digits = m.group(1)
        bid = f"{value:.{decimals}f}"
        if "." in offer_digits:
            offer = float(offer_digits)
            if not 0.8 * value <= offer <= 1.25 * value:
                # "880.50/81.50": the offer's digits replace the bid's last ones
                if len(offer_digits.split(".")[1]) != decimals or len(offer_digits) >= len(bid):
                    return None
                offer = float(bid[: len(bid) - len(offer_digits)] + offer_digits)
        elif len(offer_digits) <= decimals:
            offer = float(bid[: len(bid) - len(offer_digits)] + offer_digits)
        else:
            return None
        s2, e2 = e + 1, m.end(1)
        before = len(self.findings)
        prev = self.compared_with(s)  # "from an initial low of 408.90/409.40"
        end = self.build(offer, s2, e2, "digits", decimals)
        if len(self.findings) == before + 1:
            g = self.findings[-1]
            if not g["unit"] and prev is not None and prev["kind"] in ("money", "measure"):
                g.update(unit=prev["unit"], kind=prev["kind"], per=prev["per"],
                         value_base=float(to_base(offer, prev["unit"])[0]),
                         base_unit=prev["base_unit"], dimension=prev["dimension"])  # fmt: skip
            factor = g["value"] / offer if offer else 1.0  # cents read in their currency
            bid_value = value * factor
            base = to_base(bid_value, g["unit"])[0] if g["unit"] else float("nan")
            first = {**g, "start": s, "end": e, "text": self.original[s:e], "value": bid_value,
                     "value_base": float(base), "modifier": g["modifier"]}  # fmt: skip
            self.findings.insert(before, first)
            g["text"] = self.original[g["start"] : g["end"]]
        return end

    def rate_to_alternative(self, start: int, unit: str, per: str, value: float) -> None:
        """A rate said after the second of two alternative prices is the first's too: "3 euros or
        even 2.50 euros a box" (both per box); the figure before must be money of the
        same currency (its minor unit too) with no rate of its own, joined by "or" alone, and of a
        size near it ("5 mln dlrs or 20 cts a share" is a total and its rate, not alternatives)."""
        prev = self.findings[-1]
        near = any(0.1 <= prev["value"] / v <= 10 for v in (value, value / 100))  # cents or not
        if prev["kind"] != "money" or prev["per"] or not near:
            return
        if MINOR_UNITS.get(prev["unit"], (prev["unit"],))[0] != MINOR_UNITS.get(unit, (unit,))[0]:
            return
        if _OR_ALTERNATIVE.fullmatch(self.text, prev["end"], start):
            prev["per"] = per

    def each_before(self, start: int) -> str:
        """The noun a rate said before the figure distributes over, in its sentence: "for each
        share held it pays three dlrs and one new share", "each note carries a 40-dlr payment"
        (per share, per note); "" if none. Not "each year" (a period, read after the figure), not
        "each of", and not when another figure's noun stands between ("for each share it pays
        2 dlrs, and the units fetch 5 dlrs" still reads per share: the clause is the sentence's)."""
        lead = self.text[max(0, start - 200) : start]
        cut = max(lead.rfind(". "), lead.rfind(".\n"), lead.rfind(";"), lead.rfind("\n\n"))
        each = _EACH_BEFORE.search(lead, cut + 1)
        if each is None:
            return ""
        noun = each.group(1).lower()
        return "" if noun in _EACH_NOT_RATE or noun.endswith("ed") else singular(noun)

    def rate_in_phrase(self, end: int, kind: str) -> str:
        """The period of a rate adjective later in the figure's own noun phrase, after at most
        two modifiers: "the normal 72,000 tonnes annual finished capacity", "the 54 peso minimum
        daily wage", "500 dlrs in monthly telephone bills" (year, day, month); a percentage only
        when the phrase's noun is a rate of change ("the 30 pct average annual growth", "a 14 pct
        annual interest rate"; not "10% of annual turnover", "1.6% on an annual basis")."""
        later = _RATE_LATER.match(self.text, end, min(self.n, end + 60))
        if later is None:
            return ""
        if kind == "percent" and not any(
            w and w.lower() in _CHANGE_HEADS for w in (later.group(2), later.group(3))
        ):
            return ""
        return RATE_ADJECTIVES[later.group(1).lower()]

    def for_each_later(self, end: int) -> str:
        """The noun of a rate said after the figure by "for each"/"for every" in its clause:
        "one right for each of its outstanding common shares" (per share), "1.90 new shares in
        return for each Fox share they hold", "two tickets for every guest"; "" if none. The
        noun is the last word of the phrase before "of", "held", a pronoun or a clause's end;
        none for "for every 50 shares" (a number: a ratio), "for each of them", "for each
        other"."""
        later = _FOR_EACH_LATER.match(self.text, end, min(self.n, end + 120))
        if later is None:
            return ""
        head = ""
        for word in _BLANKS.split(later.group(1).strip(" \t\n")):
            low = word.lower()
            if low in _FOR_EACH_NUMBERS:
                return ""  # "five new shares for every three held": a ratio, no rate
            if low in _FOR_EACH_STOP or len(low) < 3 or low.endswith("ed"):
                if head or low not in _FOR_EACH_PARTICIPLES:
                    break  # "two cts for each condom distributed", "for each series A"
                continue  # "for each outstanding share": before the noun, a modifier
            head = low
        if not head or head in _FOR_EACH_NOT_NOUN or head.endswith(("ing", "ly")):
            return ""
        return singular(head)

    def each_period_later(self, end: int) -> str:
        """The period of a rate said later in the figure's clause ("4 million visitors use it
        every year": year), or ""."""
        later = self.text[end : end + 90]
        if not ("each " in later or "every " in later or " a" in later or " per " in later):
            return ""
        each = _EACH_PERIOD_LATER.match(self.text, end, min(self.n, end + 90))
        if each is not None:
            return each.group(1).lower()
        if " a " in later or " an " in later or " per " in later:
            rate = _A_PERIOD_LATER.match(self.text, end, min(self.n, end + 90))
            if rate is not None and rate.group(1).lower() not in _NOT_RATE_BEFORE:
                return rate.group(2).lower()  # "up to 1,000 people visit the museum a day"
        return ""

    def ratio(self, value: float, s: int, e: int) -> int | None:
        """'one in five', '1-in-20': odds are one fraction, not two counts (value N/M)."""
        text = self.text
        join = _IN_RATIO.match(text, e, min(self.n, e + 8))
        noun = ""
        if join is None and value == 1:  # "one household in three"
            between = re.match(r"[ \t]+([a-z]+)(?=[ \t]+in[ \t])", text[e : e + 30])
            if between is not None and between.group(1) not in STOP:
                noun = between.group(1)
                join = _IN_RATIO.match(text, e + between.end(), min(self.n, e + between.end() + 8))
        if join is None or not float(value).is_integer() or not 0 < value <= 20:
            return None
        m = SCANNER.match(text, join.end())
        if m is None or m.lastgroup not in ("digits", "word"):
            return None
        core = self.core_at(m)
        if core is None:
            return None
        high, _s, e2, form2, decimals2 = core
        year = form2 == "digits" and "," not in text[_s:e2] and 1000 <= high <= 2100
        if high <= value or decimals2 or year:
            return None  # "5 in 2019": a year
        if self.unit_after(e2) is not None or _MONTH_AFTER.match(text, e2, min(self.n, e2 + 20)):
            self.code_scale = 1.0
            return None  # "5 in 10 minutes", "3 in 12 May": no odds
        self.code_scale = 1.0
        noun = noun or counted_noun(text, e2, 2.0)  # "one in five loans"
        pair = _PLURAL_PAIR.match(text, e2, min(self.n, e2 + 40))
        if pair is not None and noun == pair.group(2):
            # "one in five adults smokes": the verb agrees with "one", so the second -s word
            # is the verb, not the head of a compound ("sales figures")
            noun = pair.group(1)
        self.add(s, e2, value / high, kind="fraction", quantity=noun)
        return e2

    def build(self, value: float, s: int, e: int, form: str, decimals: int) -> int:
        text = self.text
        window = min(self.n, e + 60)
        start = s
        # sign and currency before the number
        currency = ""
        before = text[max(0, s - 8) : s]
        cb = _currency_before(before)
        if cb and s - (len(before) - cb.start()) < self.last_end:
            cb = None  # the symbol belongs to the figure before ("10 $ 30 $")
        if cb:
            sym = cb.group("sym")
            currency = currency_for_symbol(sym) if sym else cb.group("code").upper()
            if not sym and cb.group("mega"):  # "MAUD 60": finance shorthand for millions
                value *= 1e6
            currency = currency.replace("RMB", "CNY")
            start = s - (len(before) - cb.start())
        sign_text = text[max(0, start - 10) : start]
        sg = _tail_search(_SIGN_BEFORE, _SIGN_ENDINGS, sign_text)
        if sg and (sg.group("sym") or sg.group("word")):
            value = -value
            start = start - (len(sign_text) - sg.start())
        value, e2, scale_word, scaled = self.suffixes(value, e, form, s)
        # age: "45-year-old", "45 years old", "aged 45"
        age = _AGE_AFTER.match(text, e2, window)
        if age and not currency:
            low_age = age.group().lower()
            unit = "year" if re.search(r"year|yr|\by/?o\b", low_age) else ""
            unit = unit or re.sub(r"s$", "", re.search(r"(?i:month|week|day)", age.group()).group())  # type: ignore[union-attr]
            self.add(start, age.end(), value, kind="age", unit=unit.lower(), dec=decimals)
            return age.end()
        if (
            form == "digits"
            and not currency
            and decimals == 0
            and 0 < value < 120
            and (
                _CLAUSE_END_AFTER.match(text[e2 : e2 + 3])
                or _AND_AGE.match(text, e2, min(self.n, e2 + 12))
                or (
                    _DASH_APPOSITION_AFTER.match(text, e2, min(self.n, e2 + 12))
                    and text[max(0, s - 2) : s].startswith(",")
                )
            )
            and _APPOSITIVE_AGE.search(text[max(0, s - 40) : s])
        ):
            # "John Smith, 45, said" / "Smith (45)": the newswire way to give an age
            self.add(start, e2, value, kind="age", unit="year", dec=decimals)
            second = _AND_AGE.match(text, e2, min(self.n, e2 + 12))
            if second is not None:  # "Quirin and Redouane, 40 and 49,"
                self.add(
                    second.start(1), second.end(1), float(second.group(1)), kind="age", unit="year"
                )
                return second.end(1)
            return e2
        if (
            form in ("digits", "word")
            and not currency
            and 0 < value < 120
            and (
                _tail_search(_DIED_AT, _DIED_ENDINGS, text[max(0, s - 20) : s])
                or (
                    _AFTER_AGE.match(text, e2, min(self.n, e2 + 16))
                    and (
                        _WAS_AGE.search(text[max(0, s - 30) : s])
                        or _named_subject_age(text, s)
                        or (
                            text[max(0, s - 7) : s].rstrip().endswith(("only", "just", "still"))
                            and _WAS_AND_AGE.search(text, max(0, s - 70), s)
                        )
                    )
                )
                # "children under 16 were asked", "those over 50 and under 18"
                or (
                    _AFTER_PEOPLE_AGE.match(text, e2, min(self.n, e2 + 12))
                    and (
                        _PEOPLE_OVER.search(text, max(0, s - 50), s)
                        or (
                            _AND_UNDER.search(text, max(0, s - 14), s)
                            and self.findings
                            and self.findings[-1]["kind"] == "age"
                            and self.findings[-1]["end"] >= s - 14
                        )
                    )
                )
                # "the world number one was 22 when she retired"
                or (
                    _COPULA_BEFORE.search(text[max(0, s - 8) : s])
                    and re.match(r"[ \t]+when\b", text[e2 : e2 + 8])
                )
                # "became an MP at 27 and Leader of the Opposition at 36", "left school at 16"
                or (
                    value >= 10
                    and form == "digits"
                    and text[max(0, s - 3) : s] == "at "
                    and _BECAME_AT.search(text, max(0, s - 70), s)
                    and _AFTER_AGE.match(text, e2, min(self.n, e2 + 16))
                )
                # "At 23, Henson has the rugby world at his feet"
                or (
                    text[max(0, s - 3) : s] == "At "
                    and _at_sentence_start(self.original, s - 3)
                    and text[e2 : e2 + 1] == ","
                    and value >= 10
                )
            )
            and not self.unit_after(e2)
        ):
            # "died at 82", "turned 18", "He was 86.": an age without the word
            self.add(start, e2, value, kind="age", unit="year", dec=decimals)
            return e2
        magnitude = _MAGNITUDE_AFTER.match(text[e2 : e2 + 12])
        if _MAGNITUDE_BEFORE.search(text[max(0, s - 16) : s]) or magnitude:
            end_m = e2 + magnitude.end() if magnitude else e2
            self.add(start, end_m, value, kind="measure", unit="magnitude", dec=decimals)
            return end_m
        aged = _tail_search(_AGED_BEFORE, _AGED_ENDINGS, text[max(0, s - 30) : s])
        if aged and not currency:
            prefix = text[max(0, s - 30) : s]
            word = re.search(r"(?i:aged|age)(?=[ \t]+(?:of[ \t]+)?$)", prefix)
            begin = (
                s - len(prefix) + word.start()
                if word and "of" not in prefix[word.end() :]
                else start
            )
            upper = _AGE_RANGE_AFTER.match(text, e2, min(self.n, e2 + 20))
            top = _age_bound(upper.group(2)) if upper is not None else None
            if upper is not None and top is not None and value < top < 120:  # "aged 18 to 99"
                self.add(begin, upper.end(), value, kind="age", unit="year", high=top,
                         modifier="vague" if upper.group(1) else None)  # fmt: skip
                return upper.end()
            self.add(begin, e2, value, kind="age", unit="year", dec=decimals)
            return e2
        self.code_scale = 1.0
        unit_info = self.unit_after(e2)
        if form == "frac" and unit_info is None:
            # "half a mile", "a third of a metre"
            article = re.match(r"[ \t]+(?i:of[ \t]+)?(?i:an?)(?=[ \t])", text[e2 : e2 + 8])
            if article is not None:
                unit_info = self.unit_after(e2 + article.end())
                # "half a mile", "a quarter of a percentage point" (0.25 pp), "half a per cent"
                if unit_info is not None and unit_info[2] not in ("measure", "duration", "percent"):
                    unit_info = None
        value *= self.code_scale
        unit, kind, end = "", "", e2
        sym_after = None if currency else _CURRENCY_AFTER_SYMBOL.match(text, e2, window)
        if sym_after is not None and not unit_info:
            mark = sym_after.group(1)
            currency = CURRENCY_SYMBOLS.get(mark) or _SYMBOL_AFTER_CODES.get(mark, "")
            end = sym_after.end()
        if currency:
            unit, kind = currency, "money"
            if unit_info and unit_info[2] == "money" and unit_info[0] == currency:
                end = max(
                    end, unit_info[1]
                )  # "$5 dollars", "US$ 5 USD"  # "$5 dollars" is rare but harmless
        elif unit_info:
            unit, end, kind = unit_info
            if kind == "measure" and unit in ("m",) and scaled:
                pass
            word = text[e2:end].strip(" \t-")
            if (
                kind == "duration"
                and not scaled
                and len(word) >= 4
                and word[0].isupper()
                and word[1:].islower()
                and not _at_sentence_start(self.original, s)
            ):
                self.add(s, end, value, kind="name")  # "the show 60 Minutes": a title
                return end
        if form == "frac" and not unit and not scaled:  # "half a million" is a count
            kind = "fraction"
        if kind == "money" and not scaled and unit in ("USD", "EUR", "GBP", "CAD", "AUD"):
            minor = _MINOR_AFTER.match(text, end, min(self.n, end + 30))
            if minor is not None and text[end - 1 : end].isalpha():  # "3 dollars 50 cents"
                cents = minor.group(1)
                cents_value = float(cents) if cents.isdigit() else parse_number_words(cents)
                if isinstance(cents_value, tuple):
                    cents_value = cents_value[0]
                if cents_value is not None and float(value).is_integer():
                    value, end = value + float(cents_value) / 100, minor.end()
        if kind in ("measure", "duration") and not scaled and unit in _LARGER_UNITS:
            value, unit, end = self.smaller_units(value, unit, end)
        elif unit == "m" and not scaled and float(value).is_integer() and value < 60:
            # "1m 52.3s": a glued "m" before seconds is minutes, not metres
            value, unit, end = self.smaller_units(value, unit, end)
            kind = "duration" if unit == "s" else kind
        if kind in ("measure", "duration") and float(value).is_integer():
            and_half = _AND_A_HALF.match(text, end, min(self.n, end + 16))
            if and_half is not None:  # "a year and a half", "two miles and a half"
                value, end = value + 0.5, and_half.end()
        if unit == "deg" and _API_GRAVITY.search(text, max(0, start - 40), min(self.n, end + 25)):
            pass  # an oil's gravity ("crude of 31 degrees API"): ``_api_gravity`` reads it
        elif unit == "deg" and _TEMPERATURE_CONTEXT.search(text[max(0, start - 80) : end + 40]):
            unit, kind = "°", "temperature"
        # a range: "10-15 km", "between 10 and 15", "$5bn to $6bn"
        high = float("nan")
        modifier: str | None = None  # None: read from the words around the figure (``add``)
        alternatives = self.alternatives(value, end, form) if text[end : end + 1] == "," else None
        if alternatives is not None and not (unit or currency or scaled):
            hv, end, hunit, hkind = alternatives
            value, high, modifier = value, hv, "vague"
            if hunit:
                unit, kind = hunit, hkind
        r = _RANGE_JOIN.match(text, end, min(self.n, end + 12)) if modifier is None else None
        if modifier is None and text[end : end + 4] == " or ":
            r = _OR_HEDGED_JOIN.match(text, end, min(self.n, end + 20)) or r
        if r and form != "frac":
            joiner = r.group().strip()
            if joiner.startswith("or "):
                joiner = "or"  # "or even": alternatives as "or"
            ages = _BETWEEN_AGES.search(text[max(0, start - 30) : start])
            between = bool(_BETWEEN_BEFORE.search(text[max(0, start - 12) : start]) or ages)
            from_before = text[max(0, start - 6) : start].rstrip().endswith("from") and bool(
                _CHANGE_BEFORE_FROM.search(text[max(0, start - 95) : start])
            )
            moved = None
            if joiner == "and":
                ok_join = between
            elif joiner == "or":  # "three or four years", "20 or 30 people"
                listed = _LISTED_BEFORE.search(text, max(0, start - 24), start)
                ok_join = form in ("digits", "word") and not between and listed is None
            elif joiner in ("to", "through"):  # "between 250,000 to 350,000" in wire copy too
                # after a verb of change, "N to M" is a move to a level ("rose 12.5 to 2210.4")
                changed = _CHANGE_BEFORE.search(text[max(0, start - 40) : start])
                # "a fall in the 18 to 34-year-old group": an age range whatever moved before
                aged_range = _TO_YEAR_OLD.match(text, r.end(), min(self.n, r.end() + 24))
                ok_join = (not from_before and not changed) or aged_range is not None
                # after one of ``_MOVE_BEFORE``, only when M is over three times N (checked once
                # M is read): "had risen 31.6 to 2845.2", not "has risen by 5 to 15 pct"
                moved = _MOVE_BEFORE.search(text[max(0, start - 40) : start])
            else:
                ok_join = True
            res = self.range_high(r.end(), unit, currency, scale_word, form) if ok_join else None
            if res is not None:
                hv, hend, hunit, hkind, factor = res
                lo = value * factor if not scaled else value
                # "three or four years": alternatives next to each other, not "10 bn or 10 tn";
                # "3.6 mln or 14.8 pct", "12.4 mln or 51 cts a share": one figure said two ways (a
                # scaled count, then its share or its rate), no alternatives
                # ("8 billion or 9 billion dlrs": both scaled, alternatives)
                other = joiner == "or" and scaled and factor == 1.0 and bool(hunit)
                if (
                    hv > lo
                    and (joiner != "or" or hv <= 10 * lo)
                    and not (moved and hv > 3 * lo)
                    and not other
                ):
                    if not unit and hunit:
                        unit, kind = hunit, hkind
                    value, high, end = lo, hv, hend
                    if joiner == "or":  # the lead's decision: two alternatives are one vague
                        modifier = "vague"  # range, as the longer lists are (no single figure)
                    if ages and not unit:  # "between the ages of 14 and 18"
                        unit, kind = "year", "age"
                    olds = _OLDS_AFTER.match(text, end, min(self.n, end + 8))
                    if unit in ("year", "month") and olds is not None:
                        kind, end = "age", olds.end()  # "16 to 24-year-olds": their ages
                    elif not unit and _AGE_GROUP_AFTER.match(text, end, min(self.n, end + 24)):
                        unit, kind = "year", "age"  # "the 16-24 age group"
                elif joiner in ("-", "–") and form == "digits":
                    if (
                        not unit
                        and not scaled
                        and float(value).is_integer()
                        and float(hv).is_integer()
                        and _VOTE_BEFORE.search(text, max(0, start - 80), start)
                        and not _MARGIN_AFTER.match(text, hend, min(self.n, hend + 10))
                    ):  # "the Senate voted 67-33": each side of a vote's tally counts votes
                        self.add(start, end, value, kind="count", quantity="votes")
                        self.add(_digits_start(text, hend), hend, hv, kind="count",
                                 quantity="votes")  # fmt: skip
                    return hend  # a score ("won 3-1") or an id, not a range
        if not kind:
            kind = "count" if float(value).is_integer() else "number"
        if unit == "USc" and text[end - 4 : end - 3].isupper():
            self.add(start, end, value, kind="name")  # "50 Cent": a stage name
            return end
        quantity, per = "", ""
        if (
            decimals
            and not (unit or scaled)
            and form == "digits"
            and self.in_name(start, end, form)
        ):
            if _table_row_after(text, start, end):
                # "EUR TTS 1.2210  1.2195  1.2180": a rate table row's figure after its codes
                # is no version: a unitless measure (the lead's decision 1), no unit carried in
                self.add(start, end, value, kind="measure", dec=decimals)
                return end
            self.add(start, end, value, kind="name")  # "the Firefox 1.0 browser": a version
            return end
        # a row of an earnings table: its label runs from a line start ("^") to the figure. A
        # line whose start holds no label (``_ROW_LABEL``, the same pattern open at its end)
        # cannot match, and most lines are prose with several figures: asked once per line
        line_start = text.rfind("\n", 0, start) + 1
        labelled = self.labelled.get(line_start)
        if labelled is None:
            labelled = self.labelled[line_start] = bool(_ROW_LABEL.match(text, line_start))
        row = _TABLE_ROW.match(text, line_start, start) if labelled else None
        if row is not None and row.end() == start:  # a row of an earnings table
            if row.group("shares"):  # "Avg shrs 12,638,000"
                kind, quantity = ("count" if float(value).is_integer() else "number"), "share"
            elif row.group("per_share") and kind == "money":  # "Shr 47 cts"
                per = "share"
            elif not unit and kind in ("count", "number"):  # "Net 4,757,000", "Revs 32.8 mln"
                unit, kind = "USD", "money"
            if kind != "count" or quantity:
                self.add(start, end, value, kind=kind, unit=unit, quantity=quantity, per=per,
                         high=high, dec=decimals)  # fmt: skip
                return end
        if kind == "count" and form == "word" and self.in_name(start, end, form):
            self.add(start, end, value, kind="name")  # "Objective One areas", "Six Nations"
            return end
        if kind in ("count", "number") and _CALIBRE_AFTER.match(text, end, min(self.n, end + 12)):
            self.add(start, end, value, kind="name")  # "a .38 calibre revolver": a designation
            return end
        if kind in ("count", "number"):
            quantity = counted_noun(text, end, value)
            if (
                quantity
                and form == "digits"
                and not scaled
                and (verb := _VERB_AFTER_LABEL.match(text, end, min(self.n, end + 30)))
                and (verb.group("name") is None or "VERB" in lexicon.classes(verb.group(1)))
                and verb.group(1) not in _SCORED_PLURALS
                and self.in_name(start, end, form)
            ):
                self.add(start, end, value, kind="name")  # "Halo 2 sells": a title's number
                return end
            bare = not quantity and form in ("digits", "word") and not scaled
            if (
                bare
                and form == "digits"
                and not decimals
                and value < 1000
                and "," not in text[start:end]
                and (start < self.title_end or self.opens_title(start, end))
            ):
                self.add(start, end, value, kind="name")  # "17 Waiting for 40": a title's numbers
                return end
            modelled = form == "digits" and not scaled and quantity.lower() in _INVARIANT_MODELS
            # "the Radio 1 show", "a Formula 1 car": a digit 1 after a name, then a singular
            # noun, is the name's number (as "the Radio 2 show", where no plural follows)
            modelled = modelled or (
                form == "digits" and value == 1 and bool(quantity) and not _is_plural(quantity)
            )
            if (bare or modelled) and (
                (form == "digits" and self.model_name(start, end)) or self.in_name(start, end, form)
            ):
                self.add(start, end, value, kind="name")  # "Windows 95", "Six Nations"
                return end
            if bare and (spaced := spaced_compound(text, start, end, value)):
                quantity = spaced  # "a 26 point lead", "the 12 nation bloc" (as "ten-storey")
            prev = self.compared_with(start, value) if not quantity else None
            if prev is None and not quantity and scale_word in MONEY_SCALES:
                prev = self.money_before(start)  # "took $28.5m, making a total of 204.3m"
            if prev is not None:  # "2.4 billion stg from 2.1 billion", "from 90 planes to 53"
                unit, kind, quantity = prev["unit"], prev["kind"], prev["quantity"]
                if scaled and unit in MINOR_UNITS:  # "538p ... profits of 1.39 billion": pounds
                    unit = MINOR_UNITS[unit][0]
                per = prev["per"]
                if kind == "money" and not scaled and _IN_CENTS.search(prev["text"]):
                    value, high = value / 100, high / 100  # "516 cts vs 347": 3.47
                elif not scaled and (factor := _carried_scale(prev, value)):
                    # "to 512.0 mln dlrs from 433.0", "shares as 18.3 mln, not 160.4": the
                    # figure compared is said in the same scale (round twenty-four)
                    value, high = value * factor, high * factor
                if kind == "count" and not float(value).is_integer():
                    kind = "number"
            elif quantity:
                noun_at = text.find(quantity, end, end + 120)
                per = self.per_after(noun_at + len(quantity))[0] if noun_at >= 0 else ""
            elif kind == "count" and (timed := _PER_TIME_AFTER.match(text, end, window)):
                per = timed.group(1).lower()  # "by 40,000 per year", "sold 30,000 a week"
            if kind in ("count", "number") and not per:
                per_noun = _PER_NOUN_AFTER.match(text, end, window)
                if per_noun is not None and per_noun.group(1).lower() not in NOT_PER:
                    per = singular(per_noun.group(1))  # "an average of 14 per nurse"
        elif kind in ("money", "measure", "percent", "duration"):
            per, per_end = self.per_after(end)
            if (
                per
                and kind == "duration"
                and per not in _TIME_WORDS
                and per not in _DURATION_OCCASIONS
                and _A_BEFORE_RATE.match(text, end, per_end)
            ):  # "put off for one week a decision", "delivered over eight years an economy":
                per = ""  # the verb's object, not a rate ("eight hours a night" is one)
            if not per and unit == "bbl" and text[end - 3 : end].lower() in ("bpd", "b/d"):
                per = "day"  # "50,000 bpd": barrels per day
            if per:
                end = per_end
            elif kind in ("money", "measure", "duration") and (
                of := _OF_WHAT.match(text, end, window)
            ):
                # "13.3 grams of gold per tonne", "three hours of exercise a week" (a duration
                # only per a period: not "11 hours of talks with a union leader")
                per = self.per_after(of.end())[0]
                if kind == "duration" and per not in _PERIOD_PER:
                    per = ""
            else:
                prev = self.compared_with(start) or self.same_rate_before(start, value, unit)
                same_minor = prev is not None and prev["unit"] == unit and unit in MINOR_UNITS
                if (
                    prev is not None
                    and (same_minor or prev["unit"] == MINOR_UNITS.get(unit, (unit,))[0])
                    # a rate and an amount of another size are no pair: "80 cts a share,
                    # versus 10.3 mln dlrs" compares the totals, not the rates
                    and 0.01
                    <= value
                    * (1.0 if same_minor else _MINOR_FACTOR.get(unit, 1.0))
                    / (prev["value"] or 1e-9)
                    <= 100
                ):
                    per = prev["per"]  # "50 cts a share from the 42 cts"
        adverb = _RATE_ADVERB_AFTER.match(text, end, min(self.n, end + 24))
        if kind in ("money", "measure", "count") and adverb is not None:
            # "earn £20 daily", "2,000 bbl daily": said of this figure, over a rate carried
            per = RATE_ADJECTIVES[adverb.group(1).lower()]
        lead = text[max(self.last_end, start - 60) : start] if not per and kind == "money" else ""
        low = lead.lower() if lead else ""
        each = (
            _EACH_COSTS_BEFORE.search(text, max(self.last_end, start - 60), start)
            if "each" in low or "every" in low
            else None
        )
        if each is not None:
            per = singular(each.group(1).lower())  # "each lesson costs £20": per lesson
        if (
            not per
            and "per" in lead
            and (per_before := _PER_BEFORE.search(text, max(self.last_end, start - 60), start))
        ):
            word = per_before.group(1).lower()  # "earnings per share rose to 21p"
            per = PER_WORDS.get(word, singular(word))
        after_rate = _RATE_AFTER.match(text, end, min(self.n, end + 16))
        if not per and kind == "money" and after_rate is not None:
            per = RATE_ADJECTIVES[after_rate.group(1).lower()]  # "a £39.99 monthly fee"
        if (
            not per
            and kind == "count"
            and quantity
            and ("ly" in text[end : end + 16] or "nnual" in text[end : end + 12])
            and (rated_noun := _RATE_ON_COUNT.match(text, end, min(self.n, end + 24)))
            and singular(quantity.lower()) not in _PERIODICALS
            and singular(rated_noun.group(2).lower()) not in _PERIODICALS
        ):
            # the lead's decision 1 on fresh21: "four daily flights", "two weekly editions"
            # (per day, per week); not a periodical named by how often it appears ("three
            # daily newspapers" counts papers)
            per = RATE_ADJECTIVES[rated_noun.group(1).lower()]
        if (
            not per
            and kind in _RATE_LATER_KINDS
            and ("ly " in text[end : end + 50] or "annual " in text[end : end + 50])
        ):
            per = self.rate_in_phrase(end, kind)  # "the 30 pct average annual growth"
        before = text[max(self.last_end, start - 60) : start]
        rated = "ly " in before or "nnual" in before
        if not per and kind in ("money", "count", "number", "measure", "percent") and rated:
            rate = _RATE_ADJECTIVE.search(before)
            if rate is not None and (kind != "percent" or _RATE_OF_CHANGE.search(rate.group())):
                # "a monthly wage of $900", "a daily record of 90 trains", "an annual rate of
                # 3.9%" (a percentage only as a rate: not "its yearly earnings to 50 pct")
                per = RATE_ADJECTIVES[rate.group(1).lower()]
        if not per and kind == "money" and (rate_in := _RATE_IN_AFTER.match(text, end, window)):
            per = RATE_ADJECTIVES[rate_in.group(1).lower()]  # "five mln dlrs in annual revenues"
        if per and kind == "money" and self.findings and value > 0:
            self.rate_to_alternative(start, unit, per, value)  # "2.00 dlrs or even 90 cents a kilo"
        if not per and kind in ("money", "count") and "ach " in text[max(0, start - 200) : start]:
            per = self.each_before(start)  # "for each share held it pays three dlrs"
        size = kind == "measure" and "-" in text[start:end]
        if not per and kind in _EACH_PERIOD_KINDS and not size:
            # (not a size before its noun: "3.3 mln 60-kilo bags a year" rates the bags)
            per = self.each_period_later(end)  # "4 million visitors use it every year"
        if not per and kind in _EACH_PERIOD_KINDS and not size and "for e" in text[end : end + 70]:
            per = self.for_each_later(end)  # "one right for each of its shares": per share
        if (
            not per
            and kind == "money"
            and not scaled
            and _EACH_AFTER.match(text, end, min(self.n, end + 8))
        ):
            lead = text[max(0, start - 160) : start]
            lead = lead[max(lead.rfind(". "), lead.rfind(";")) + 1 :]
            said = [m.end() for m in _SHARES_SAID.finditer(lead)]
            others = said and (
                _HOLDERS.search(lead, said[-1]) or _SECURITIES.search(lead, said[-1])
            )
            if said and not others:
                per = "share"  # "the new shares will sell at six to eight dlrs each"
        self.add(
            start,
            end,
            value,
            kind=kind,
            unit=unit,
            quantity=quantity,
            high=high,
            dec=decimals,
            per=per,
            modifier=modifier,
        )
        return end

    def alternatives(self, value: float, end: int, form: str) -> tuple[float, int, str, str] | None:
        """(last value, end, unit, kind) of alternatives listed after a figure ("four, five or
        six people", "5, 10 or 15 per cent"), or None.

        The writer gives no single figure: the lead's decision reads them as one vague range,
        from the first to the last, as "four to six" is a range. Only bare numbers of one form
        (all words or all digits, no decimals), rising, with the unit or noun after the last
        and "or" before it; a list with "and" names several figures, and is left alone."""
        if form not in ("digits", "word"):
            return None
        text = self.text
        listed = _ALTERNATIVES_AFTER.match(text, end, min(self.n, end + 80))
        if listed is None:
            return None
        last = value
        for item in _ALTERNATIVE_ITEM.findall(listed.group(1)):
            if form == "digits":
                if not item.isdigit():
                    return None
                item_value = float(item)
            else:
                parsed = parse_number_words(item)
                if parsed is None or parsed[1] != len(item):
                    return None
                item_value = parsed[0]
            if item_value <= last:
                return None
            last = item_value
        at = listed.end()
        if text[at : at + 1].isdigit() != (form == "digits"):
            return None
        high = self.range_high(at, "", "", "", form)
        if high is None:
            return None
        hv, hend, hunit, hkind, factor = high
        if factor != 1.0 or hv <= last:
            return None  # "four, five or six million": the scale is the last one's only
        return hv, hend, hunit, hkind

    def per_after(self, pos: int) -> tuple[str, int]:
        """The denominator of a compound unit right after ``pos`` ("a share", "per barrel",
        "an hour", "/month", "every year") and where it ends; ("", pos) when there is none."""
        numbered = _PER_NUMBERED.match(self.text, pos, min(self.n, pos + 40))
        if numbered is not None:  # "90 dlrs per 1,000 cubic metres": per "1000 cubic metre"
            words = numbered.group(2).lower().split()
            words[-1] = singular(words[-1])
            return f"{numbered.group(1).replace(',', '')} {' '.join(words)}", numbered.end()
        m = _PER_AFTER.match(self.text, pos, min(self.n, pos + 30))
        if m is None and (abbr := _BRACKETED_ABBR.match(self.text, pos, min(self.n, pos + 16))):
            # "330 European currency units (Ecus) a tonne": the unit's abbreviation in brackets
            m = _PER_AFTER.match(self.text, abbr.end(), min(self.n, abbr.end() + 30))
        if m is None or m.group("w").lower() in NOT_PER:
            return "", pos
        if m.group("w").lower() in _TIME_WORDS and _TIME_ADVERB_AFTER.match(
            self.text, m.end(), min(self.n, m.end() + 14)
        ):
            return "", pos  # "a year ago", "a month earlier": a time, not a rate
        word = m.group("w").lower()
        held = _DEPOSITARY_AFTER.match(self.text, m.end(), min(self.n, m.end() + 16))
        if word == "depositary" and held is not None:
            # "eight cts a depositary unit", "per depositary share": the unit held, not the
            # adjective (round twenty-two)
            return singular(held.group(1).lower()), held.end()
        return PER_WORDS.get(word, singular(word)), m.end()

    def compared_with(self, start: int, value: float | None = None) -> dict[str, Any] | None:
        """The figure just before, in the same clause, that a bare figure is compared with
        ("X from Y", "X vs Y", "from X to Y"): its unit, counted noun and ``per`` carry over."""
        if not self.findings:
            return None
        prev = self.findings[-1]
        gap = self.text[prev["end"] : start]
        if gap.startswith(")") and (bracket := self.text.rfind("(", 0, prev["start"])) >= 0:
            # "6.05 hectares (14.95 acres), up from 2.48": the figure before the brackets is
            # the one compared, not its conversion
            before = [f for f in self.findings if f["end"] <= bracket]
            if not before or len(self.text[before[-1]["end"] : bracket]) > 3:
                return None
            prev, gap = before[-1], gap[1:]
        if prev["kind"] not in ("count", "number", "money", "measure", "percent", "duration"):
            return None
        if prev["start"] in self.nil_at and not prev["unit"]:
            return None  # "nil vs 5.3 mln": a bare "nil" has no reading to lend
        if len(gap) > 40 or _GAP_BREAK.search(gap):
            return None
        joined = _COMPARED_JOIN.search(gap)
        if joined is None:
            return None
        if joined.group(2) and prev["kind"] not in ("count", "measure"):
            return None  # "and" lists counts and measures ("5 died and 35 were hurt"); not money
        if (joined.group(1) or "").lower() == "to":  # "from 90 planes to 53", not "rose 5% to 120"
            before = self.text[max(0, prev["start"] - 8) : prev["start"]]
            # (not a move in points to a level, over three times the move: "and the oils
            # index 4.0 points to 1322.6"; "a 31 points to 12 win" is a score of points)
            level = (
                prev["noun"] in _CHANGE_NOUNS
                and value is not None
                and value > 3 * (prev["value"] or 1e-9)
            )
            tally = (
                prev["kind"] == "count"
                and not level
                and re.fullmatch(r"[ \t]+[A-Za-z-]+[ \t]+to[ \t]+", gap)
            )
            # "raise its quota by 100,000 barrels per day to 310,000": a measure's level
            by_to = prev["kind"] == "measure" and re.search(r"(?i:\bby)[ \t]+\S*$", before)
            if not (tally or by_to or re.search(r"(?i:\bfrom)[ \t]+\S?$", before)):
                return None
        return prev

    def same_rate_before(self, start: int, value: float, unit: str) -> dict[str, Any] | None:
        """A money rate just before, joined by "and", that an unscaled amount of the same
        currency and size continues: "to earn 7.75 dlrs a share this year and 9.50 dlrs in
        1988" (not "5 dlrs a share and 2 mln dlrs in dividends", a total)."""
        if not self.findings:
            return None
        prev = self.findings[-1]
        if prev["kind"] != "money" or not prev["per"] or prev["unit"] != unit:
            return None
        gap = self.text[prev["end"] : start]
        if len(gap) > 40 or _GAP_BREAK.search(gap) or not re.search(r"\band[ \t]+$", gap):
            return None
        if _SCALED_SPAN.search(prev["text"]) or not 0.1 <= value / (prev["value"] or 1e-9) <= 10:
            return None
        return prev

    def range_high(
        self, p: int, unit: str, currency: str, scale_word: str, form: str
    ) -> tuple[float, int, str, str, float] | None:
        """Parse the upper end of a range at ``p``: (value, end, unit, kind, scale factor)."""
        text = self.text
        cb = _SYMBOL_AT.match(text[p : p + 5])
        if cb:
            if not currency:
                return None
            p += cb.end()
        m = SCANNER.match(text, p)
        if m is None or m.lastgroup not in ("digits", "word"):
            return None
        core = self.core_at(m)
        if core is None:
            return None
        value, _s, e, f2, _dec = core
        if f2 == "digits" and (
            _MONTH_AFTER.match(text, e, min(self.n, e + 20))
            or _TIME_AFTER.match(text, e, min(self.n, e + 20))
            or (text[e : e + 1] in ".,/" and text[e + 1 : e + 2].isdigit())
        ):
            return None
        value, e2, sw, scaled = self.suffixes(value, e, f2)
        factor = SCALES.get(sw, 1.0) if scaled else 1.0
        inner = re.fullmatch(
            r"(?i:[a-z]+(?:-[a-z]+)?[ \t-]+(hundred|thousand|million|billion|trillion))",
            text[_s:e],
        )
        if inner is not None and not scaled:  # "one-to-two hundred": the scale is shared
            factor = WORD_SCALES[inner.group(1).lower()]
        if not scaled and scale_word:
            value *= SCALES.get(scale_word, 1.0)
        info = None if currency else self.unit_after(e2)
        if info is None and unit and not currency and scaled:
            return None  # "in the two months to 2.20 billion": a period, then a level
        if info is not None:
            hunit, hend, hkind = info
            if unit and hunit != unit:
                return None
            return value, hend, hunit, hkind, factor
        if unit and not currency and unit not in ("%",):
            # "10 km to 15" - an open second part: keep as a range of the same unit
            return value, e2, unit, UNITS[unit].kind if unit in UNITS else "measure", factor
        return value, e2, unit, ("money" if currency else ""), factor

    # ---------------------------------------------------------------- output

    def add(
        self,
        start: int,
        end: int,
        value: float,
        *,
        kind: str,
        unit: str = "",
        quantity: str = "",
        high: float = float("nan"),
        dec: int = 0,
        per: str = "",
        modifier: str | None = None,
    ) -> None:
        text = self.text
        # trim whitespace the span may have picked up
        while end > start and text[end - 1] in " \t":
            end -= 1
        while start < end and text[start] in " \t":
            start += 1
        if end <= start or not math.isfinite(value):
            return
        if kind == "duration":
            if _ANCHOR_AFTER.match(text, end, min(self.n, end + 24)):
                self.last_end = max(self.last_end, end)
                return  # "five years ago", "two days later": a date anchor, the timeline's
            if unit in _LONG_PERIODS:
                if re.match(r"(?i:an?)[ \t]", text[start : start + 3]):
                    self.last_end = max(self.last_end, end)
                    return  # "within a decade": no number written, no item
                value, high, unit = (
                    value * _LONG_PERIODS[unit],
                    high * _LONG_PERIODS[unit],
                    "year",
                )  # "two decades": 20 years
        self.last_end = max(self.last_end, end)
        if end == start + 1 and start in self.nil_at:
            end += 2  # the word "nil", read as "0": no noun of its own ("nil vs gain ...")
            quantity = "" if kind == "count" else quantity
        if start >= 2 and self.original[start - 2 : start + 1] == "â‚¬":
            start -= 2  # the whole garbled euro sign
        if modifier is None:
            mod = _tail_search(
                _MODIFIER_BEFORE, _MODIFIER_ENDINGS, text[max(0, start - 20) : start]
            )
            modifier = _SPACES.sub(" ", mod.group("mod").lower()) if mod else ""
            if not modifier:  # "£11 billion or thereabouts", "20 or so": as written (decision 8)
                after = _MODIFIER_AFTER.match(text, end, min(self.n, end + 20))
                modifier = _SPACES.sub(" ", after.group(1).lower()) if after else ""
            if (
                not modifier
                and kind == "duration"
                and _WITHIN_BEFORE.search(text, max(0, start - 9), start)
            ):
                modifier = "within"
        if unit in MINOR_UNITS and unit != "GBp":  # "25 cents": 0.25 USD
            major, factor = MINOR_UNITS[unit]
            value, high, unit = value / (1 / factor), high / (1 / factor), major  # 47/100 = 0.47
        base, base_unit = to_base(value, unit) if unit else (float("nan"), "")
        self.findings.append(
            {
                "start": start,
                "end": end,
                "text": self.original[start:end],
                "value": float(value),
                "value_high": float(high),
                "unit": unit,
                "per": per,
                "quantity": quantity,
                "noun": singular(quantity) if quantity else "",
                "kind": kind,
                "modifier": modifier,
                "value_base": float(base),
                "base_unit": base_unit,
                "dimension": dimension_of(unit),
                "_decimals": dec,
            }
        )


# what stands between the members of a list that shares its unit ("5, 6 and 7 pct")
# currency names an exchange rate is quoted against, and their codes
FX_CODES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "mark": "DEM", "franc": "FRF", "guilder": "NLG", "lira": "ITL", "ecu": "XEU", "yuan": "CNY",
}  # fmt: skip
_FX_NAMES = (
    r"(?i:dollars?|dlrs?|euros?|pounds?|sterling|yen|marks?|francs?|guilders?|lira|ecus?|yuan)"
)
_LIST_GAP = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:(?:and|or)[ \t\n]+)?|(?:and|or)[ \t\n]+)?")
_SCALED_SPAN = re.compile(r"(?i:\d[ \t\n]*(?:m|bn|mn|mln|bln|million|billion|trillion)\b)")
# "the number of participants (rose) to 13", "the total of 40 ships"
# "the number of active rotary rigs fell by 19", "the number of people out of work rose 32,000":
# the head after up to two modifiers (round fifteen; was one), a plural in -s or an irregular one
_NUMBER_OF = re.compile(
    r"\b(?i:number|total)[ \t]+of[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?"
    r"([a-z]{3,}s|people|men|women|children)\b"
)
# a gun's calibre: a designation, like a model number ("a .303 calibre rifle", ".45 caliber")
_CALIBRE_AFTER = re.compile(r"[ \t-]+(?i:calibre|caliber)\b")
# "N dlrs each" after the sentence has named shares: a price per share
_EACH_AFTER = re.compile(r"[ \t]+each\b(?![ \t]+(?:of|other|year|month|week|day)\b)")
_SHARES_SAID = re.compile(r"\b(?i:shares)\b")  # a plural that "each" distributes over
# other securities said after the shares: "each" is theirs ("the units were sold at 2.40 dlrs
# each", "5,000 units priced at 500 dlrs each")
_SECURITIES = re.compile(r"\b(?i:units|warrants|bonds|notes|debentures|rights|options)\b")
# people said after the shares: "each" is theirs ("holders of its shares will get 12 dlrs each")
_HOLDERS = re.compile(
    r"\b(?i:(?:share)?holders|investors|directors|employees|executives|members|people|partners|"
    r"owners|staff|workers)\b"
)
# the noun said after the figures: "cut to 3,000 from 4,000 the number of units it makes",
# "raised to 40 the total of seats" (a compared figure between, then "the number of X"); up to
# two modifiers since round twenty ("lifts to nine the number of West Coast stations")
_NUMBER_OF_AFTER = re.compile(
    r"(?:[ \t]+(?:from|to)[ \t]+\d+(?:[,.]\d+)*(?:[ \t]+(?i:mln|million|billion|bn|thousand))?)?"
    r"[ \t]+the[ \t]+(?i:number|total)[ \t]+of[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?([a-z]{3,}s)\b"
)
# "increase the authorized shares to 20 mln", "passenger miles increased 14 pct to 538 mln"
_SUBJECT_TO = re.compile(
    # not a verb after a pronoun subject: "it amounts to 40 million", "this adds up to 12"
    r"(?<!\b[Ii]t )(?<!\b[Tt]his )(?<!\b[Tt]hat )(?<!\b[Hh]e )(?<!\b[Ss]he )(?<!\bwhich )"
    r"\b([a-z]{3,}s)[ \t]+(?:(?:rose|fell|increased|decreased|grew|declined|dropped|climbed|"
    r"jumped|totalled|totaled|reached|were|was)\b[^;:()\d]{0,40}?[\d.]*[^;:()\d]{0,30}?)?"
    r"\b(?:to|from)[ \t]+$"
)
# nouns whose figures are money or levels, not counts of them
_NOT_COUNTED = _words(
    "sales revenues earnings profits losses assets deposits loans reserves prices rates yields "
    "costs payments exports imports stocks supplies funds savings taxes wages its this was has "
    "is as us months years weeks days hours minutes seconds quarters decades times"
)
_MIXED = re.compile(r"(\d+)-\d+/\d+")
_BARE_FRACTION = re.compile(r"\d+/\d+(?:[ \t]+(?:pct|%|per[ \t]*cent))?|\d+/\d+%")
# what a change is counted in, never the level it reaches
_CHANGE_NOUNS = _words("point notch place spot time")
# words after a count whose noun is left out: "50 more", "two each", "25 others injured"
_ELLIPSIS_AFTER = _words(
    "more each apiece others from hospitalised thereafter respectively altogether too last next"
)
# "of its 747-SRs", "of the Boeing 747s", "of its A320s": a count of a model designation
_OF_MODEL = re.compile(
    r"\s+of\s+(?:(?:its|the|their|his|her|our|these|those)\s+)?"
    r"(?:[A-Z][A-Za-z]+\s+\d{2,}|[A-Z]{0,3}-?\d{2,}(?:-[A-Z]+|[A-Z]+|['’]?s\b))"
)
_NO_NOUN_BEFORE = frozenset(("top", "last", "bottom", "first", "final", "best", "round"))


# "145.20 yen against the dollar", "$1.38 versus the euro", "1.82 marks to the dollar"
_RATE_BASE_AFTER = re.compile(
    r"[ \t]+(?:to|against|versus|vs\.?|per)[ \t]+(?:the[ \t]+|one[ \t]+|a[ \t]+|each[ \t]+)?"
    rf"(?:U\.?S\.?[ \t]+)?({_FX_NAMES})\b"
)
# "the dollar closed at 145.20 yen", "sterling rose to 1.5520 dlrs"
# "the pound was worth $1.91", "the dollar was buying 104 yen", "one euro bought $1.30": a verb
# of buying or worth says the same
_RATE_BASE_BEFORE = re.compile(
    # "the euro's slide overnight to 131 yen": the base named as the possessor of its move
    rf"\b({_FX_NAMES})(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+){{0,3}}"
    r"(?:at|to|from|worth|buying|bought|buys|fetching|fetched|fetches|hit|reached|touched)"
    r"[ \t]+(?:about[ \t]+)?$"
    # "the euro hit a record high of $1.36": a level named before "of"
    rf"|\b({_FX_NAMES})[ \t]+(?:hit|reached|touched|rose[ \t]+to|fell[ \t]+to)[ \t]+"
    r"(?:an?[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+){0,3}(?:high|low|level|peak)[ \t]+of[ \t]+$"
)
# what may follow an exchange rate's base currency: the clause goes on or ends ("4.0 to the
# dollar, the third fall", "21 to the dollar from two"), not a noun ("20 to the dollar store")
_RATE_BASE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:from|on|in|at|and|after|before|against|compared|when|while|but|"
    r"the|this|last|today|yesterday)\b)"
)
_RATE_BASE_LEADS = (
    " at",
    " to",
    " from",
    "about",
    " hit",
    "reached",
    "touched",
    " of",
    " worth",
    "buying",
    "bought",
    " buys",
    "fetching",
    "fetched",
    "fetches",
)
_FX_COMPARED = re.compile(
    r",?[ \t]+(?:against|from|versus|vs\.?|compared[ \t]+with|and)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:previous[ \t]+|prior[ \t]+)?"
)
# a currency whose dollars a wire story writes "dlrs" once it has named them
_OTHER_DOLLARS = frozenset(
    ("CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MYR", "ZWD", "BND", "JMD", "FJD")
)


# "the peso rose to 12.405 per US dollar": the currency quoted is the sentence's subject
_QUOTED_CURRENCY_BEFORE = re.compile(
    r"\b(?i:the)[ \t]+([A-Za-z]+)[ \t]+(?:[a-z]+[ \t]+){0,3}(?:at|to|from)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+)?$"
)
_COMPARED_CLOSE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:from|against|versus|compared[ \t]+with)[ \t]+"
    r"(?:(?:an?|the|its)[ \t]+)?(?:(?:previous|prior|close|closing|low|high|level)[ \t]+)*"
    r"(?:of[ \t]+)?$"
)


def _quoted_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A bare exchange rate whose currency is the sentence's subject: "The rupee climbed to
    12.405 per US dollar on Monday, up from a close of 12.52" is MXN per dollar twice (the
    figure compared, bare, within the sentence and of the same size, shares it)."""
    for i, f in enumerate(found):
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        after = _RATE_BASE_AFTER.match(text, f["end"], min(len(text), f["end"] + 40))
        if after is None:
            continue
        subject = _QUOTED_CURRENCY_BEFORE.search(
            text, _clause_start(text, f["start"], 80), f["start"]
        )
        code = CURRENCY_WORD_TO_CODE.get(subject.group(1).lower(), "") if subject else ""
        base = after.group(1).lower()
        base = {"sterling": "pound", "dlr": "dollar", "dlrs": "dollar"}.get(base, base).rstrip("s")
        if not code:
            # a currency that is no word of ours ("the kwacha fell to 21 to the dollar", "the
            # Nigerian currency was fixed at 4.0 to the dollar"): the rate is still per its base
            if not f["per"] and _RATE_BASE_ENDS.match(text, after.end(), after.end() + 12):
                f["per"] = base
            continue
        if FX_CODES.get(base) == code:
            continue
        for g in [f, *found[i + 1 : i + 2]]:
            if g is not f and not (
                g["kind"] in ("count", "number")
                and not g["unit"]
                and not g["quantity"]
                and _one_sentence(text, f["end"], g["start"])
                and 0.5 <= g["value"] / (f["value"] or 1e-9) <= 2
                and _COMPARED_CLOSE.match(text, f["end"], g["start"])
            ):
                break
            value_base, base_unit = to_base(g["value"], code)
            g.update(kind="money", unit=code, per=base, value_base=float(value_base),
                     base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip


def _exchange_rates(text: str, found: list[dict[str, Any]]) -> None:
    """An exchange rate is money per its base currency: "the dollar closed at 145.20 yen" and
    "145.20 yen against the dollar" are JPY per dollar. And a story that named Canadian (or
    Australian, ...) dollars writes them "dlrs" after: "12.5 mln Canadian dlrs, or 1.20 dlrs a
    share" is CAD twice."""
    _quoted_currency(text, found)
    other_dollars = any(g["unit"] in _OTHER_DOLLARS for g in found)
    for i, f in enumerate(found):
        if f["kind"] != "money":
            continue
        if (
            f["unit"] == "USD"
            and other_dollars
            and re.search(r"(?i:\bdlrs?|\bcts?)\b", f["text"])
            and not re.search(r"(?i:u\.?s\.?[ \t]+dlr)", f["text"])
        ):
            for g in reversed(found[:i]):
                if not _one_sentence(text, g["end"], f["start"]):
                    break
                if g["kind"] == "money" and g["unit"] in _OTHER_DOLLARS:
                    f["unit"] = g["unit"]
                    f["base_unit"] = g["unit"]
                    break
        if not f["per"] and _EACH_AFTER.match(text[f["end"] : f["end"] + 6]):
            for g in reversed(found[:i]):  # "2,500,000 shares at 3.50 dlrs each": per share
                if not _one_sentence(text, g["end"], f["start"]):
                    break
                if g["kind"] in ("count", "number") and g["noun"]:
                    f["per"] = g["noun"]
                    break
        if f["per"]:
            continue
        after = _RATE_BASE_AFTER.match(text, f["end"], min(len(text), f["end"] + 40))
        # the full pattern only where the words before end as it must ("... at", "... to")
        lead = text[max(0, f["start"] - 8) : f["start"]].rstrip().lower()
        before = (
            _RATE_BASE_BEFORE.search(text, _clause_start(text, f["start"], 50), f["start"])
            if lead.endswith(_RATE_BASE_LEADS)
            else None
        )
        bought = before is not None and not lead.endswith((" at", " to", " from", "about"))
        if before and any(
            g["start"] <= before.start(before.lastindex or 1) < g["end"]
            and not (bought and g["value"] == 1)
            for g in found[i - 1 : i]
        ):
            # "rose to 41 mln dlrs from 36 mln dlrs": the figure before's unit; but "one euro
            # bought $1.30" quotes the rate of that one unit
            before = None
        for m in (after, before):
            base = next((g for g in m.groups() if g), "").lower() if m else ""
            base = {"sterling": "pound", "dlr": "dollar"}.get(base, base).rstrip("s")
            base = "dollar" if base == "dlr" else base
            if base and FX_CODES.get(base) != f["unit"]:
                f["per"] = base
                break
        if f["per"]:  # "145.20 yen against 144.80 yen": the figure compared has the same base
            for g in found[i + 1 : i + 2]:
                gap = text[f["end"] : g["start"]]
                if (
                    g["unit"] == f["unit"]
                    and not g["per"]
                    and (gap == "/" or _FX_COMPARED.fullmatch(gap))
                ):
                    g["per"] = f["per"]


# the label that opens a row of a wire earnings table, whatever follows it
assert _TABLE_ROW.pattern.endswith(r")[ \t]+$")
_ROW_LABEL = re.compile(_TABLE_ROW.pattern[: -len(r"[ \t]+$")] + r"[ \t]+", re.MULTILINE)


# what may stand on a row between its label and a later figure: figures and "vs", "loss"
_ROW_BETWEEN = re.compile(
    r"(?:[\d.,/ \t-]|(?i:vs|mln|bln|billion|dlrs?|cts?|loss|profit|prior|qtr|shr)\b\.?"
    # a figure written as a word: "Shr profit three cts vs loss 14 cts"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)*"
)


def _line_starts(text: str) -> Iterator[int]:
    """0 and every offset after a line break: where "^" matches under ``re.MULTILINE`` (a
    search for a pattern opening with "^" tries every character of the text)."""
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


def _table_rows(
    text: str, found: list[dict[str, Any]], labelled: dict[int, bool] | None = None
) -> None:
    """Every figure on a row of a wire earnings table is read by the row's label, not only the
    first: "Shr profit 12 cts vs loss five cts" is per share twice, "Net loss 1,234,000 vs
    profit 567,000" dollars twice (the scan reads the first figure after the label).

    ``labelled`` maps a line start to whether a row's label opens that line (the scanner's
    ``labelled``, filled as it reads the figures): only the lines holding a figure are asked,
    each once."""
    labelled = {} if labelled is None else labelled
    for f in found:
        line_start = text.rfind("\n", 0, f["start"]) + 1
        head = labelled.get(line_start)
        if head is None:
            head = labelled[line_start] = bool(_ROW_LABEL.match(text, line_start))
        if not head:
            continue  # no label at the line start: no row, whatever the figure
        row = _ROW_LABEL.match(text, line_start, f["start"])
        if row is None or not _ROW_BETWEEN.fullmatch(text, row.end(), f["start"]):
            continue  # "Revenue passenger miles increased ... to 538.9 mln": prose, no row
        if row.group("shares"):
            if f["kind"] in ("count", "number") and not f["unit"] and not f["quantity"]:
                f["quantity"], f["noun"] = "shares", "share"
        elif row.group("per_share"):
            if f["kind"] == "money" and not f["per"]:
                f["per"] = "share"
        elif f["kind"] in ("count", "number") and not f["unit"] and not f["quantity"]:
            base, base_unit = to_base(f["value"], "USD")
            f.update(unit="USD", kind="money", value_base=float(base), base_unit=base_unit,
                     dimension=dimension_of("USD"))  # fmt: skip


# a note of the currency a wire story's figures are in: "Note: Canadian funds", "(in Canadian
# dollars)" - a currency named with no figure before it (not "200 mln Canadian dlr stock")
# (written as "\b(?i:(canadian|cdn|australian|new[ \t]+zealand|hong[ \t]+kong|singapore)[ \t]+
# (?:funds|currency|dollars|dlrs))\b", opened with its first letter as a character class, so
# the engine skips every other character untried: it is searched through whole stories; "\b"
# before the letter is the look-behind after it, and the long s is a case of "s")
_CURRENCY_NOTE = re.compile(
    r"([CcAaNnHhSs\u017f](?<!\w[CcAaNnHhSs\u017f])(?i:(?<=c)(?:anadian|dn)|(?<=a)ustralian"
    r"|(?<=n)ew[ \t]+zealand|(?<=h)ong[ \t]+kong|(?<=s)ingapore))"
    r"(?i:[ \t]+(?:funds|currency|dollars|dlrs))\b"
)
#: a word every currency note holds, lower case: a story holding none names no note
_NOTE_WORDS = ("canadian", "cdn", "australian", "zealand", "hong", "singapore")
#: a note's currency by its first letter, one per alternative ("canadian" and "cdn" alike):
#: read from the letter, the word may hold a letter case-insensitive matching folds ("ſ",
#: "ı", "K") that no lower-casing brings back to the word's spelling
_NOTE_CODES = {"c": "CAD", "a": "AUD", "n": "NZD", "h": "HKD", "s": "SGD", "\u017f": "SGD"}
_FIGURE_BEFORE = re.compile(r"(?:\d|(?i:mln|bln|billion|million|mn|bn|thousand))[ \t]*-?[ \t]*$")
# "\bU\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|\bUS\$|(?i:\bamerican[ \t]+dollars?)",
# written to open with its first letter as a character class (the engine then skips every
# other character untried: it is searched through whole stories); "\b" before the letter is
# the look-behind after it
_US_DOLLARS = re.compile(
    r"[UAa](?<!\w[UAa])(?:(?<=U)(?:\.?S\.?[ \t]*(?:\$|(?i:dlrs?|dollars?|cts|cents)\b)|S\$)"
    r"|(?<=[Aa])(?i:merican[ \t]+dollars?))"
)
_DOLLAR_WORD = re.compile(r"\$|(?i:dlrs?|dollars?)\b")
# a row of a wire results table: a label, figures, "vs" ("Pre-tax 133 mln rand vs 137 mln")
_VS_ROW = re.compile(r"[ \t]*[A-Za-z][A-Za-z .&/-]{0,30}?[ \t]+[-\d.,]+[^\n]*?\bvs\b")


# A wire story datelined in a city of a dollar country other than the US ("TORONTO, March 3 -")
# writes that country's dollar as a bare "dlrs"/"$"/"cts" (wire and newspaper style; the blind
# third's annotator reads it so): the dateline acts as a currency note when the story has none.
# Only unambiguous cities are listed. Left out on purpose, because a dateline of the same name
# is as likely elsewhere: Victoria (B.C.; Texas, Seychelles, the Australian state), Perth
# (Western Australia; Scotland, Ontario), Hamilton (Ontario; New Zealand, Bermuda, Scotland),
# London and Windsor (Ontario; England), Kingston (Ontario; Jamaica, New York), Richmond (B.C.;
# Virginia), Cambridge, Waterloo and Burlington (Ontario; England, Belgium, the US), Newcastle
# (New South Wales; England), Saint John / St. John's (New Brunswick, Newfoundland; Antigua).
# Any of them counts when the dateline names its province, state or country ("LONDON, Ontario",
# "PERTH, Western Australia": DATELINE_REGIONS), which also settles a listed name used abroad
# ("SYDNEY, Nova Scotia" is CAD). A US namesake written with its state ("MELBOURNE, Fla., March
# 3 -") names no region of the table and is no dateline of the form below, so it never matches.
DATELINE_CITIES: dict[str, tuple[str, ...]] = {
    "CAD": ("Toronto", "Montreal", "Ottawa", "Calgary", "Vancouver", "Edmonton", "Winnipeg",
            "Quebec", "Quebec City", "Halifax", "Regina", "Saskatoon", "Mississauga",
            "Fredericton", "Moncton", "Charlottetown", "Sudbury", "Thunder Bay", "Oakville",
            "Whitehorse", "Yellowknife"),
    "AUD": ("Sydney", "Melbourne", "Brisbane", "Adelaide", "Canberra", "Hobart", "Darwin"),
    "NZD": ("Wellington", "Auckland", "Christchurch", "Dunedin"),
    "HKD": ("Hong Kong",),
    "SGD": ("Singapore",),
}  # fmt: skip
DATELINE_REGIONS: dict[str, tuple[str, ...]] = {
    "CAD": ("Canada", "Alberta", "Alta.", "British Columbia", "B.C.", "Manitoba", "Man.",
            "New Brunswick", "N.B.", "Newfoundland", "Nfld.", "Nova Scotia", "N.S.", "Ontario",
            "Ont.", "Prince Edward Island", "P.E.I.", "Quebec", "Que.", "Saskatchewan", "Sask.",
            "Yukon", "Northwest Territories", "N.W.T.", "Nunavut"),
    "AUD": ("Australia", "New South Wales", "N.S.W.", "NSW", "Victoria", "Queensland", "Qld.",
            "South Australia", "Western Australia", "Tasmania", "Northern Territory"),
    "NZD": ("New Zealand", "N.Z."),
}  # fmt: skip
_CITY_CODES = {c.casefold(): code for code, cities in DATELINE_CITIES.items() for c in cities}
_REGION_CODES = {r.casefold(): code for code, regions in DATELINE_REGIONS.items() for r in regions}
_REGION_ALTERNATION = "|".join(
    re.escape(r) for r in sorted({r for rs in DATELINE_REGIONS.values() for r in rs}, key=len,
                                 reverse=True)
)  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_WORD = r"[A-Z][A-Za-z.'-]*"
# "TORONTO, March 3 -", "Montreal (CP) -", "CALGARY, Alberta, April 9 -", "HONG KONG, Feb 26
# (Reuters) -": the city in capitals or title case, a province or state, a date, an agency
_DATELINE_HEAD = (
    rf"[ \t]*({_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}?)"
    rf"(?:,[ \t]*((?i:{_REGION_ALTERNATION})))?(?:,[ \t]*{_MONTH}[ \t]+\d{{1,2}})?"
    r"(?:[ \t]*\((?:Reuters|AP|CP|AFP)\))?"
)
# at the very start of the text (after blank lines), then a dash and a space
_DATELINE_IN_TEXT = re.compile(r"\s*" + _DATELINE_HEAD + r"[ \t]*(?:--|[-\u2013\u2014])\s")
# a loader's dateline field (Reuters-21578's <DATELINE>, its dash already stripped)
_DATELINE_FIELD = re.compile(_DATELINE_HEAD + r"[ \t]*(?:--|[-\u2013\u2014])?\s*$")


def dateline_currency(text: str, dateline: str = "") -> str:
    """The dollar a story's dateline implies ("CAD" for "TORONTO, March 3 - ..."), or "".

    ``dateline`` is a loader's separate dateline field (Reuters-21578 keeps it outside the
    text: "TORONTO, March 3"), read in any case; without one the start of ``text`` is read.
    A region named after the city decides ("LONDON, Ontario"); else the city must be one of
    ``DATELINE_CITIES``."""
    if dateline:
        field = " ".join(w[:1].upper() + w[1:] for w in dateline.split(" "))
        m = _DATELINE_FIELD.match(field)
    else:
        m = _DATELINE_IN_TEXT.match(text)
    if not m:
        return ""
    if m.group(2):
        return _REGION_CODES.get(m.group(2).casefold(), "")
    return _CITY_CODES.get(m.group(1).casefold(), "")


def _story_currency(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """Wire copy names the currency of a story's figures once: a note ("Note: Canadian funds")
    or one row of an earnings table ("Pre-tax 133 mln rand vs 137 mln"); its other figures say
    "dlrs", "cts" or nothing, which the rules above read as US dollars. With one such currency
    in the document and no US dollars named anywhere in it, those figures take it: after a
    note every bare dollar figure, after a table row the table's cents and unlabelled figures
    ("Shr 516 cts vs 347", "Net 260 mln vs 172 mln"). With no note, a dateline in a city of a
    dollar country other than the US (``dateline_currency``: "TORONTO, March 3 -" at the start
    of the text, or the loader's ``dateline`` field) acts as one: the same exception holds, a
    story that names US dollars anywhere keeps its bare dollars as USD."""
    if not any(f["unit"] == "USD" for f in found) or _US_DOLLARS.search(text):
        return
    noted = set()
    low = text.lower()
    # an ASCII story without a note's word holds no note (beyond ASCII, case-insensitive
    # matching folds letters that ``lower`` keeps: the long s, the Kelvin sign)
    notes = (
        _CURRENCY_NOTE.finditer(text)
        if not text.isascii() or any(w in low for w in _NOTE_WORDS)
        else ()
    )
    for m in notes:
        if not _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            noted.add(_NOTE_CODES[m.group(1)[0].lower()])
    if not noted:
        from_dateline = dateline_currency(text, dateline)
        if from_dateline:
            noted.add(from_dateline)
    on_rows = set()
    if " vs " in text:
        for f in found:
            on_row = _VS_ROW.match(text, text.rfind("\n", 0, f["start"]) + 1)
            if f["kind"] == "money" and f["unit"] not in ("USD", "") and on_row:
                on_rows.add(f["unit"])
    codes = noted | on_rows
    if len(codes) != 1:
        return
    code = codes.pop()
    for f in found:
        if f["unit"] != "USD" or _US_DOLLARS.search(f["text"]):
            continue
        if not noted:  # a table's currency: its cents and unlabelled figures, on its rows
            line_start = text.rfind("\n", 0, f["start"]) + 1
            if _DOLLAR_WORD.search(f["text"]) or not _VS_ROW.match(text, line_start):
                continue
        base, base_unit = to_base(f["value"], code)
        f.update(unit=code, value_base=float(base), base_unit=base_unit,
                 dimension=dimension_of(code))  # fmt: skip


def _country_words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


# a currency word several countries use, and the words that name each country (round
# nineteen): bare "crowns" were counts of "crowns", every "pesos" Mexican, "dinars" and
# "kwacha" counts. A country named in the sentence decides, else the one the story names,
# else the dateline's city; with none, pesos stay Mexican and the others stay as they were
_SHARED_CURRENCIES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "crown": (
        ("SEK", _country_words("Sweden", "Swedish", "Stockholm", "Gothenburg", "Malmo")),
        ("NOK", _country_words("Norway", "Norwegian", "Oslo", "Stavanger", "Bergen")),
        ("DKK", _country_words("Denmark", "Danish", "Copenhagen", "Aarhus")),
        ("ISK", _country_words("Iceland", "Icelandic", "Reykjavik")),
        ("CSK", _country_words("Czechoslovakia", "Czechoslovak", "Czech", "Prague")),
    ),
    "peso": (
        ("MXN", _country_words("Mexico", "Mexican", "Mexicans", "Monterrey", "Guadalajara")),
        ("PHP", _country_words("Philippines", "Philippine", "Manila", "Filipino", "Filipinos")),
        ("ARS", _country_words("Argentina", "Argentine", "Argentinian", "Buenos Aires")),
        ("CLP", _country_words("Chile", "Chilean", "Santiago")),
        ("COP", _country_words("Colombia", "Colombian", "Bogota")),
        ("UYU", _country_words("Uruguay", "Uruguayan", "Montevideo")),
        ("BOB", _country_words("Bolivia", "Bolivian", "La Paz")),
        ("DOP", _country_words("Dominican Republic", "Santo Domingo")),
        ("CUP", _country_words("Cuba", "Cuban", "Havana")),
    ),
    "dinar": (
        ("YUD", _country_words("Yugoslavia", "Yugoslav", "Belgrade", "Zagreb", "Ljubljana")),
        ("KWD", _country_words("Kuwait", "Kuwaiti")),
        ("BHD", _country_words("Bahrain", "Bahraini", "Manama")),
        ("JOD", _country_words("Jordan", "Jordanian", "Amman")),
        ("IQD", _country_words("Iraq", "Iraqi", "Baghdad")),
        ("TND", _country_words("Tunisia", "Tunisian", "Tunis")),
        ("DZD", _country_words("Algeria", "Algerian", "Algiers")),
        ("LYD", _country_words("Libya", "Libyan", "Tripoli")),
    ),
    "kwacha": (
        ("ZMK", _country_words("Zambia", "Zambian", "Lusaka")),
        ("MWK", _country_words("Malawi", "Malawian", "Lilongwe", "Blantyre")),
    ),
}
_SHARED_WORD = {
    "crowns": "crown", "crown": "crown", "kroner": "crown", "krone": "crown",
    "pesos": "peso", "peso": "peso", "dinars": "dinar", "dinar": "dinar", "kwacha": "kwacha",
}  # fmt: skip
_SHARED_AFTER = re.compile(r"[ \t\n]+(crowns?|kroner|krone|pesos?|dinars?|kwacha)\b")
# words that make "crown" no money: "the Crown", "crown jewels", "Triple Crown"
_NOT_CURRENCY_AFTER = re.compile(r"[ \t\n]+(?:jewels?|court|prince|princess|colony)\b", re.I)


def _shared_country(word: str, text: str, story: bool = False) -> str:
    """The one country of ``word``'s currency ``text`` names, or "" for none or several; in a
    whole ``story`` the country it is about, named three times as often as any other, decides
    too (a story about Argentina that names Bolivia once)."""
    if not story:
        named = [code for code, words in _SHARED_CURRENCIES[word] if words.search(text)]
        return named[0] if len(named) == 1 else ""
    counts = sorted(
        ((sum(1 for _ in words.finditer(text)), code) for code, words in _SHARED_CURRENCIES[word]),
        reverse=True,
    )
    (top, code), (second, _) = counts[0], counts[1]
    return code if top and top >= 3 * second else ""


def _shared_currencies(
    text: str, found: list[dict[str, Any]], dateline: str = "", raw: str = ""
) -> None:
    """Figures in a currency several countries name alike ("crowns", "pesos", "dinars",
    "kwacha") are in the currency of the country the sentence names, else the story, else the
    dateline's city: "profit rose to 410 mln crowns" in a Stockholm story is SEK, "earned 2.3
    billion pesos" in a Manila one PHP. A count of the word ("50 mln crowns", read as 50
    million crowns) becomes money with the word in its span; a figure that took the word as its
    counted noun from the one before it ("from 40 mln") follows (read after the nouns a
    sentence elides are given). ``raw`` is the text as given, whose slice a widened span's
    ``text`` is (``text`` is the scanner's copy, its wrapped lines read as spaces)."""
    raw = raw or text
    low = text.lower()
    if not any(w in low for w in ("crown", "kron", "peso", "dinar", "kwacha")):
        return
    place = ""
    place_read = False
    pesos = ""  # the code the last pesos written out were recoded to
    for f in found:
        word = ""
        extend = 0
        if f["kind"] == "money" and f["unit"] == "MXN":
            if re.search(r"(?i:mexican)", f["text"]):
                pesos = ""
                continue
            if not re.search(r"(?i:\bpesos?)\b", f["text"]):
                # a bare figure that took the pesos before it ("from 1.9 billion", a market
                # report's later prices) follows them
                if pesos:
                    base, base_unit = to_base(f["value"], pesos)
                    f.update(unit=pesos, value_base=float(base), base_unit=base_unit)
                continue
            word = "peso"
        elif f["kind"] in ("count", "number") and not f["unit"] and not f["per"]:
            after = _SHARED_AFTER.match(text, f["end"], min(len(text), f["end"] + 12))
            noun = (f["quantity"] or "").lower()
            if after is not None and (not noun or _SHARED_WORD.get(noun)):
                if _NOT_CURRENCY_AFTER.match(text, after.end(), min(len(text), after.end() + 12)):
                    continue
                word, extend = _SHARED_WORD[after.group(1).lower()], after.end()
            elif noun in _SHARED_WORD:
                word = _SHARED_WORD[noun]
            else:
                continue
        else:
            continue
        sentence = text[f["sentence_start"] : f["sentence_end"]]
        code = _shared_country(word, sentence) or _shared_country(word, text, story=True)
        if not code:
            if not place_read:
                place, place_read = _dateline_place(text, dateline), True
            code = _shared_country(word, place) if place else ""
        if word == "peso":
            pesos = code if code != "MXN" else ""
        if not code or code == f["unit"]:
            continue
        update: dict[str, Any] = {}
        if extend:
            update = {"end": extend, "text": raw[f["start"] : extend]}
        base, base_unit = to_base(f["value"], code)
        f.update(kind="money", unit=code, quantity="", noun="", value_base=float(base),
                 base_unit=base_unit, dimension=dimension_of(code), **update)  # fmt: skip


# a price written with its cents and no unit: "409.00", "51.00-51.50", "88-1/4"
_BARE_PRICE = re.compile(r"\d+\.\d\d(?:\d\d)?|\d+-\d{1,2}/(?:2|4|8|16|32)")


def _carried_prices(text: str, found: list[dict[str, Any]]) -> None:
    """Wire market reports give a price's currency once and then quote bare figures with their
    cents ("opened at 409.00/50", "hogs 51.00-51.50", "gained 1-3/4 to 88-1/4"): a bare price
    takes the currency and ``per`` of the money figure before it in the text, within two
    sentences and within a hundredth to a hundred times its size (a change and a level: "up
    1.50 dlr ... 51.00-51.50"). The offer of a bid/offer quote follows its bid."""
    last = None
    for f in found:
        if f["kind"] == "money":
            last = f
            continue
        offer = last is not None and last["end"] < f["start"] and text[last["end"]] == "/"
        if (
            last is None
            or f["kind"] not in ("count", "number")
            or f["unit"]
            or f["quantity"]
            or not (offer or _BARE_PRICE.fullmatch(f["text"]))
            or f["sentence"] - last["sentence"] > 2
            or not 0.01 <= f["value"] / (last["value"] or 1e-9) <= 100
        ):
            continue
        base, base_unit = to_base(f["value"], last["unit"])
        f.update(kind="money", unit=last["unit"], per=last["per"], value_base=float(base),
                 base_unit=base_unit, dimension=dimension_of(last["unit"]))  # fmt: skip
        last = f


# a share price written in eighths after a verb of a price's move: "fell 1-3/8 to 41-5/8",
# "was off 1/4 at 22-5/8", "unchanged at 23-1/2" (the fractions of a dollar of the stock tables;
# not a bond's 32nds, "slipped 5/32 to 98-11/32", which are points of its face value)
_QUOTE_FRACTION = re.compile(r"(?:\d{1,4}[- ])?\d{1,2}/(?:2|4|8|16)")
_QUOTE_MOVE_BEFORE = re.compile(
    r"\b(?i:rose|fell|gained|lost|added|dropped|slipped|climbed|eased|jumped|declined|advanced|"
    r"firmed|slumped|tumbled|soared|plunged|surged|rallied|up|down|off|unchanged)"
    r"(?:[ \t]+(?:by|at))?[ \t]+$"
)
# a rate or an index, not a price: "fell to 5-1/2 to five pct", "up 1/2 point"
_QUOTE_NOT_PRICE = re.compile(
    r"(?:[ \t]+to[ \t]+[\w./-]+)?[ \t]*(?:(?i:pct|percent|per[ \t]+cent|points?)\b|%)"
)
_QUOTE_TO_BEFORE = re.compile(r"\b(?:to|at)[ \t]+$")
_QUOTE_WHOLE = re.compile(r"\d{1,4}")
_STOCK_WORD = re.compile(r"\b(?i:shares?|stocks?)\b")
# a share price's level said after a verb of trading with no move before it: "the stock was
# trading at 31-3/8", "opened at 17-1/2", "closed Friday at 44-1/4", "traded on the exchange
# at 6-7/8" (a stock word in the sentence or just before it; not "priced at 99-1/2", a new
# issue's price, nor "sold 1,000 at 12-1/2", a deal)
_QUOTE_LEVEL_BEFORE = re.compile(
    r"\b(?i:trading|traded|trades|opened|closed|ended|finished|stood|changing[ \t]+hands|"
    r"changed[ \t]+hands)(?:[ \t]+[\w.'-]+){0,6}?[ \t]+at[ \t]+$"
)
_STOCK_LEVEL_WORD = re.compile(r"\b(?i:shares?|stocks?|common)\b")


def _stock_quotes(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """A share price's move written in fractions with no currency ("Acme Corp fell 1-3/8 to
    41-5/8", "Acme was off 1/4 at 22-5/8") is money: the dollar of the story (the dateline's,
    as for a bare "dlrs", else US dollars). The change is read after a verb of a price's move,
    the level after "to"/"at" following such a change; a figure with a unit or a noun, or one
    written in decimals, is left alone (``_carried_prices`` reads those after a currency)."""
    if "/" not in text:
        return
    code = ""
    prev_quote = -2  # the index of the last quote read (none yet: no finding's predecessor)
    for i, f in enumerate(found):
        if f["kind"] not in ("count", "number", "fraction") or f["unit"] or f["quantity"]:
            continue
        if not _QUOTE_FRACTION.fullmatch(f["text"]):
            # a whole-dollar level after a move in fractions (round nineteen): "opened up
            # 3-3/4 at 61", "edged up 1-5/8 to 94"
            if not (
                prev_quote == i - 1
                and _QUOTE_WHOLE.fullmatch(f["text"])
                and found[i - 1]["sentence"] == f["sentence"]
                and _QUOTE_TO_BEFORE.search(text, found[i - 1]["end"], f["start"])
                and not text[found[i - 1]["end"] : f["start"]].strip(" \t\n").count(" ")
                and not _QUOTE_NOT_PRICE.match(text, f["end"])
                and f["value"] > found[i - 1]["value"]
            ):
                continue
            base, base_unit = to_base(f["value"], code)
            f.update(kind="money", unit=code, per="", value_base=float(base),
                     base_unit=base_unit, dimension=dimension_of(code))  # fmt: skip
            continue
        before = text[max(0, f["start"] - 24) : f["start"]]
        move = _QUOTE_MOVE_BEFORE.search(before)
        before_level = text[max(f["sentence_start"], f["start"] - 80) : f["start"]]
        level = (
            prev_quote == i - 1
            and _QUOTE_TO_BEFORE.search(before) is not None
            and found[i - 1]["sentence"] == f["sentence"]
        )
        said_level = (
            move is None
            and not level
            and _QUOTE_LEVEL_BEFORE.search(before_level) is not None
            and _STOCK_LEVEL_WORD.search(text, max(0, f["sentence_start"] - 160), f["sentence_end"])
            is not None
        )
        if (move is None and not level and not said_level) or _QUOTE_NOT_PRICE.match(
            text, f["end"]
        ):
            continue
        if move is not None and not level:  # a move: its level follows, or the sentence says so
            nxt = found[i + 1] if i + 1 < len(found) else None
            then_level = (
                nxt is not None
                and nxt["sentence"] == f["sentence"]
                and _QUOTE_FRACTION.fullmatch(nxt["text"]) is not None
                and _QUOTE_TO_BEFORE.search(text[f["end"] : nxt["start"]]) is not None
            )
            # "was trading at 31-3/8, up 1-1/8": a move after a level read (round twenty-two)
            after_level = prev_quote == i - 1 and found[i - 1]["sentence"] == f["sentence"]
            # the stock named in the sentence or the one before it ("Acme's stock was trading
            # at 76-1/8. It was down three points before closing down 7/8."; round twenty-four)
            if (
                not then_level
                and not after_level
                and not _STOCK_WORD.search(
                    text, max(0, f["sentence_start"] - 160), f["sentence_end"]
                )
            ):
                continue
        code = code or _story_dollar(text, dateline)
        _as_price(f, code)
        prev_quote = i


def _story_dollar(text: str, dateline: str) -> str:
    """The currency of a story's bare share prices: its dateline's currency unless the story
    names US dollars, else USD."""
    flat = re.sub(r"\s", " ", text)
    home = dateline_currency(flat, dateline)
    return home if home and not _US_DOLLARS.search(flat) else "USD"


def _as_price(f: dict[str, Any], code: str) -> None:
    """A figure made a share's price in ``code``."""
    base, base_unit = to_base(f["value"], code)
    f.update(kind="money", unit=code, per="", value_base=float(base), base_unit=base_unit,
             dimension=dimension_of(code))  # fmt: skip


# round twenty-four: a share's low or high said with no currency, "Acme stock hit a low of 11"
_LOW_HIGH_OF_BEFORE = re.compile(
    r"\b(?i:a|an|its|the|their)[ \t]+(?:(?i:new|record|session|day's|year's|52-week|all-time)"
    r"[ \t]+)?(?i:low|high)[ \t]+of[ \t]+$"
)
_ONE_STOCK_BEFORE = re.compile(r"\b(?i:stock|shares|share[ \t]+price)\b")
_MARKET_WORDS = re.compile(r"\b(?i:index|indices|average|points?|pct|percent|yield|rate)\b")


def _stock_low_high(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """A bare figure after "a low of"/"a high of" in a sentence naming a company's stock before
    it is the share's price, money in the story's dollar (as ``_stock_quotes`` reads a move):
    "Acme shares touched a low of 7 before closing at 12-3/8". Not an index's or a rate's low
    ("the index hit a low of 1,200", "a yield high of 9")."""
    if " low of" not in text and " high of" not in text:
        return  # as written in a story ("a low of", "a 52-week high of")
    code = ""
    for f in found:
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        if not _LOW_HIGH_OF_BEFORE.search(text, max(0, f["start"] - 40), f["start"]):
            continue
        lead = text[f["sentence_start"] : f["start"]]
        if not _ONE_STOCK_BEFORE.search(lead) or _MARKET_WORDS.search(
            text, f["sentence_start"], f["sentence_end"]
        ):
            continue
        code = code or _story_dollar(text, dateline)  # once per story, as in _stock_quotes
        _as_price(f, code)


# what joins a figure to one it is set beside: "8,000 tonnes in the first week and 13,000 in
# the second", "700,000 tonnes, down from 758,770"
_PARALLEL_GAP = re.compile(r"(?i:\b(?:and|from|against|versus|vs|compared[ \t]+with|while)\b)")
# a sum in a minor unit, whose bare neighbours are in it too ("9 cents ... three")
_MINOR_SPAN = re.compile(r"(?i:\b(?:cents?|cts?|pence|p)\b)|\dp\b")
_FX_NAME = re.compile(r"\b" + _FX_NAMES + r"\b|[$£€¥]")
# a move before the level it reached: "rose six to 4.30", "up 15 at 2.85"
_MOVE_TO_LEVEL = re.compile(r"[ \t\n]+(?:each[ \t\n]+)?(?:to|at)[ \t\n]+\d")
# a market report's labels of the day's prices: "having touched a high of 2,335 and a low of
# 2,290"
_QUOTE_LABEL = re.compile(r"\b(?i:opening|open|low|high|close|closing|settlement)\b")
# what may follow the bare figure: a time or place it is set in, or nothing
_PARALLEL_AFTER = _words(
    "in on at for during last this next the a an by from to against vs previously earlier "
    "respectively each and"
)
# a part of the figure just before it: "350,000 tonnes, of which 90,000 are", "12 mln bags,
# including 4.0 mln sold"
_PART_OF_GAP = re.compile(
    r"[ \t\n]*,?[ \t\n]+(?:of[ \t\n]+which|including|among[ \t\n]+them)[ \t\n]+"
    r"(?:(?:about|around|nearly|almost|some|over|more[ \t\n]+than|up[ \t\n]+to|only|just)"
    r"[ \t\n]+)?"
)
# a plural said just before a link that takes a bare count as its part or its number: "Taco
# Bell restaurants, operating 143 in Texas", "its 12 mln bags, including 4.0 mln" (round
# sixteen: the noun said before the figure and elided after it); "taxi firms, of which there
# are now 310", "the dorms - of which there are 12" (round twenty). Not "with": "popular with
# gamers, with 50,000 sold" counts what was sold
_NOUN_BEFORE_LINK = re.compile(
    r"\b([a-z]{3,}s)(?:,|[ \t\n]+[-–—])?[ \t\n]+(?:operating|owning|running|managing|employing|"
    r"including|of[ \t\n]+which(?:[ \t\n]+there[ \t\n]+(?:are|were)"
    r"(?:[ \t\n]+(?:now|currently|already|still|only))?)?|numbering|totall?ing)[ \t\n]+"
    r"(?:(?:about|around|nearly|almost|some|over|more[ \t\n]+than|up[ \t\n]+to|only|just|"
    r"both)[ \t\n]+)?$"
)
# plurals a bare figure after a link is no count of: levels and money ("sales, including 12",
# "issues in dlrs totalling 6.5 billion") and measures
_NOT_LINKED = re.compile(
    rf"(?i:{'|'.join(sorted(_NOT_COUNTED))}|{_FX_NAMES}|cents|cts|pence|tonnes|tons|barrels|"
    r"bushels|ounces|gallons|litres|acres|hectares|miles|kilometres|metres|feet|points)"
)
# what a measure's figure may pass over to the bare one set beside it
_PASSED_KINDS = frozenset(("ordinal", "duration", "name", "percent"))


def _parallel_measure(text: str, found: list[dict[str, Any]], i: int) -> dict[str, Any] | None:
    """The measure a bare figure is set beside in its sentence, whose unit it leaves out:
    "purchases of 8,000 tonnes in the first week and 13,000 in the second", "a target of
    700,000 tonnes, down from imports of 758,770 last year". Only with no noun after the bare
    figure, a word that sets the two side by side between them, and the same order of size
    (a tenth to ten times): "5,000 tonnes and 20 crew" keeps its crew. A part of the measure
    just before it ("arrivals total 350,000 tonnes, of which 90,000 are cereals") is in its
    unit whatever verb follows (round sixteen)."""
    f = found[i]
    if f.get("_decimals") and not _SCALED_SPAN.search(f["text"]):
        return None
    if (
        i
        and found[i - 1]["kind"] == "measure"
        and found[i - 1]["unit"]
        and found[i - 1]["value"]
        and f["value"] < found[i - 1]["value"]
        and _PART_OF_GAP.fullmatch(text, found[i - 1]["end"], f["start"])
    ):
        return found[i - 1]
    nxt = _NEXT_WORD.match(text, f["end"], min(len(text), f["end"] + 30))
    if nxt is not None and nxt.group(1).lower() not in _PARALLEL_AFTER:
        return None  # a word that may be its noun or its verb ("and 12 are dead")
    if nxt is None and not re.match(r"[ \t]*(?:[.,;:]|$)", text[f["end"] : f["end"] + 4]):
        return None  # "and 3 ) predicts": a list marker
    for g in reversed(found[:i]):
        if f["start"] - g["end"] > 150 or not _one_sentence(text, g["end"], f["start"]):
            return None
        if g["kind"] in _PASSED_KINDS:
            continue
        if g["kind"] not in ("measure", "money") or not g["unit"] or not g["value"]:
            return None
        if not 0.1 <= f["value"] / g["value"] <= 10:
            return None
        if g["kind"] == "money":
            # a sum set beside a sum (round nineteen): "45 billion francs ... and pension funds
            # another 15 billion", a market's "2,310 francs a tonne, having touched a high of
            # 2,335"; both scaled or neither ("25 dlrs a share and 3 mln" is no price); not
            # from cents ("gained 9 cents ... and Harbour three": three cents), across another
            # currency's name, nor a move before its level ("rose six to 4.30": cents)
            if (
                bool(_SCALED_SPAN.search(f["text"])) != bool(_SCALED_SPAN.search(g["text"]))
                or f["kind"] != "count"
                or "/" in f["text"]
                or not math.isnan(f["value_high"])
                or re.fullmatch(r"\d{4}", f["text"])  # a model's number or a year, no price
                or _MINOR_SPAN.search(g["text"])
                or _FX_NAME.search(text, g["end"], f["start"])
                or _MOVE_TO_LEVEL.match(text, f["end"], min(len(text), f["end"] + 16))
            ):
                return None
            gap = _PARALLEL_GAP.search(text, g["end"], f["start"]) or _QUOTE_LABEL.search(
                text, g["end"], f["start"]
            )
            return g if gap else None
        return g if _PARALLEL_GAP.search(text, g["end"], f["start"]) else None
    return None


def _share_in_sentence(text: str, found: list[dict[str, Any]]) -> None:
    """What a bare figure shares with the figures of its sentence, read after the scan.

    - A list that writes its unit once: "5, 6 and 7 pct", "10-1/16 9-15/16 pct": each bare
      member takes the unit (not a scaled money figure's: "5, 6 and 7 mln dlrs" would need the
      scale too, and is left alone).
    - A count whose noun is left out takes it from the sentence: the noun of a count before it
      ("Of the 40 passengers, 22 were Cuban"; "four people on board; one died"), "the number
      of X" ("the number of participants rose to 13"), or the plural a change is about ("the
      authorized shares to 20 mln from eight mln"). Not "the top 10" or "the last 16".
    """
    for i in range(len(found) - 2, -1, -1):
        f, g = found[i], found[i + 1]
        if (
            f["kind"] in ("count", "number")
            and not f["unit"]
            and not f["quantity"]
            # (the kind first: cheaper than the two patterns, the same conjunction)
            and g["kind"] in ("percent", "measure", "money", "duration")
            and not _SCALED_SPAN.search(f["text"])
            and _one_sentence(text, f["end"], g["start"])
            and not (g["kind"] == "money" and _SCALED_SPAN.search(g["text"]))
            and not (f["text"][:1].isalpha() and g["text"][:1].isdigit())
            and _LIST_GAP.fullmatch(text, f["end"], g["start"])
            # side by side with no comma or "and": only a wire quote, "10-1/16 9-15/16 pct"
            and (text[f["end"] : g["start"]].strip() or ("/" in f["text"] and "/" in g["text"]))
        ):
            base, base_unit = to_base(f["value"], g["unit"])
            f.update(
                unit=g["unit"], kind=g["kind"], per=g["per"], value_base=float(base),
                base_unit=base_unit, dimension=g["dimension"],
            )  # fmt: skip
    for f, g in pairwise(found):
        whole = _MIXED.match(f["text"]) if "/" in f["text"] else None  # (it needs a "/")
        if (
            whole
            and _BARE_FRACTION.fullmatch(g["text"])
            and not text[f["end"] : g["start"]].strip()
        ):
            # a wire bid/offer quote, "9-7/8 3/4 pct": the offer repeats the bid's whole part
            g["value"] += float(whole.group(1))
            if g["unit"]:
                g["value_base"] = float(to_base(g["value"], g["unit"])[0])
    for i, f in enumerate(found):
        if f["kind"] not in ("count", "number") or f["unit"] or f["quantity"]:
            continue
        measure = _parallel_measure(text, found, i)
        if measure is not None:
            base, base_unit = to_base(f["value"], measure["unit"])
            f.update(
                unit=measure["unit"], kind=measure["kind"], per=measure["per"],
                value_base=float(base), base_unit=base_unit, dimension=measure["dimension"],
            )  # fmt: skip
            continue
        if _prev_word(text, f["start"]).lower() in _NO_NOUN_BEFORE:
            continue
        if f.get("_decimals") and not _SCALED_SPAN.search(f["text"]):
            continue  # "the index dropped to 55.0": a level written with decimals, no count
        if _OF_MODEL.match(text, f["end"], min(len(text), f["end"] + 40)):
            continue  # "all 11 of its 747-SRs": the only noun is a model designation (decision 7)
        nxt = _NEXT_WORD.match(text, f["end"], min(len(text), f["end"] + 30))
        after = nxt.group(1) if nxt else ""
        if (
            after
            and after[0].islower()
            and not (
                after in STOP
                or after in COMMON_VERBS
                or after in _ELLIPSIS_AFTER
                or _verbish(after)
            )
        ):
            continue  # "ten buffalo", "17 out of 18 districts": the noun is there, unread
        noun = ""
        for g in reversed(found[:i]):
            if f["start"] - g["end"] > 200 or not _one_sentence(text, g["end"], f["start"]):
                break
            if g["kind"] in ("count", "number") and g["quantity"]:
                if g["noun"] not in _CHANGE_NOUNS:  # "rose 45 points to 4,820": a level
                    noun = g["quantity"]
                break
        if not noun:
            before = text[_clause_start(text, f["start"], 120) : f["start"]]
            counted = None
            if "of" in before:
                for m in _NUMBER_OF.finditer(before):
                    counted = m
            subjects = (
                [
                    m.group(1)
                    for m in _SUBJECT_TO.finditer(before)
                    if m.group(1).lower() not in _NOT_COUNTED
                ]
                if before.rstrip().endswith((" to", " from"))
                else []
            )
            after_of = _NUMBER_OF_AFTER.match(text, f["end"], min(len(text), f["end"] + 90))
            if counted is not None:
                noun = counted.group(1)
            elif after_of is not None:  # "cut to 3,000 from 4,000 the number of units"
                noun = after_of.group(1)  # (before a subject: "lifts to 14 the number of X")
            elif subjects:
                noun = subjects[-1]
            elif (
                link := _NOUN_BEFORE_LINK.search(text, max(0, f["start"] - 60), f["start"])
            ) is not None and not _NOT_LINKED.fullmatch(link.group(1)):
                noun = link.group(1)  # "Taco Bell restaurants, operating 143 in Texas"
            if noun and (_verbish(noun) or not _is_plural(noun)):
                noun = ""
        if noun:
            f["quantity"], f["noun"] = noun, singular(noun)


# an amount's label before "of": "operating income of 7,420,000 and net income of 2,310,000 dlrs"
_MONEY_LABEL_OF = re.compile(
    r"\b(?i:income|profits?|revenues?|sales|loss(?:es)?|earnings|turnover|debts?|assets|"
    r"deposits|loans|proceeds)[ \t]+of[ \t]+$"
)
_LABELLED_AND = re.compile(r"[ \t]+and[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z]+[ \t]+of[ \t]+")


def _labelled_amounts(text: str, found: list[dict[str, Any]]) -> None:
    """Two amounts of one statement written in parallel give each other the currency: a bare
    figure labelled as an amount ("operating income of 7,420,000") joined by "and" to another
    labelled amount with its currency ("and net income of 2,310,000 dlrs") is in that currency
    (either order). Only a figure of four digits or more with no noun, in one sentence."""
    for i, f in enumerate(found):
        if f["kind"] != "count" or f["unit"] or f["quantity"] or f["value"] < 1000:
            continue
        if not _MONEY_LABEL_OF.search(text, max(0, f["start"] - 40), f["start"]):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(found):
                continue
            g = found[j]
            a, b = (f, g) if j > i else (g, f)
            if (
                g["kind"] == "money"
                and not g["per"]
                and _LABELLED_AND.fullmatch(text, a["end"], b["start"])
                and _MONEY_LABEL_OF.search(text, max(0, g["start"] - 40), g["start"])
            ):
                base, base_unit = to_base(f["value"], g["unit"])
                f.update(kind="money", unit=g["unit"], value_base=float(base),
                         base_unit=base_unit, dimension=g["dimension"])  # fmt: skip
                break


# the country a story's bare "francs" belong to, by the words that name it
_FRANC_COUNTRIES = (
    ("FRF", re.compile(r"\b(?:France|French|Paris|Bourse|Banque[ \t]+de[ \t]+France)\b")),
    ("BEF", re.compile(r"\b(?:Belgium|Belgian|Brussels)\b")),
    ("LUF", re.compile(r"\bLuxembourg\b")),
    ("CHF", re.compile(r"\b(?:Switzerland|Swiss|Zurich|Geneva|Basle|Basel|Berne|Bern)\b")),
)


def _franc_country(text: str) -> str:
    """The one franc country ``text`` names, or "" for none or more than one."""
    named = [code for code, words in _FRANC_COUNTRIES if words.search(text)]
    return named[0] if len(named) == 1 else ""


def _dateline_place(text: str, dateline: str = "") -> str:
    """The place a story's dateline names ("Paris" for "PARIS, March 20"), title-cased, or ""."""
    if dateline:
        field = " ".join(w[:1].upper() + w[1:].lower() for w in dateline.split(" "))
        m = _DATELINE_FIELD.match(field)
    else:
        m = _DATELINE_IN_TEXT.match(text)
    return " ".join(w[:1].upper() + w[1:].lower() for w in m.group(1).split()) if m else ""


def _francs(text: str, found: list[dict[str, Any]], dateline: str = "") -> None:
    """Bare "francs" are the francs of the country the sentence names, or else the story
    ("raise 40 billion francs from its privatisation program, Prime Minister Chirac said":
    French francs; Belgian with Brussels), or else the dateline's city (round nineteen: a
    Paris market report's "2,310 francs a tonne" names no country in its text), and Swiss
    francs where none or several are named. The figures that took their currency from them
    in the sentence follow."""
    if "ranc" not in text:
        return
    story = ""
    for f in found:
        if f["unit"] != "CHF" or re.search(r"(?i:swiss|sfr)", f["text"]):
            continue
        sentence = text[f["sentence_start"] : f["sentence_end"]]
        if not re.search(r"(?i:\bfrancs?\b)", sentence) or re.search(
            r"(?i:swiss[ \t]+francs?)", sentence
        ):
            continue
        code = _franc_country(sentence)
        if not code:
            story = (
                story
                or _franc_country(text)
                or _franc_country(_dateline_place(text, dateline))
                or "CHF"
            )
            code = story
        if code != "CHF":
            f.update(unit=code, base_unit=code)


_WON_AFTER = re.compile(r"[ \t]+won\b(?:[ \t]+([a-z]+))?")
#: words after "won" that make it the verb ("won by 5 points", "won the vote", "won seats")
_WON_VERB_NEXT = frozenset(
    {"by", "over", "against", "the", "a", "an", "their", "its", "his", "her"}
)
_KOREA = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|Busan|Kospi|KOSPI|Samsung|Hyundai|Kia)\b")
_SCALE_WORDS = ("million", "billion", "trillion", "mln", "bln")


def _won(text: str, found: list[dict[str, Any]], raw: str = "") -> None:
    """A bare "won" after a figure is Korea's currency when a scale word says it is a sum ("2
    trillion won") or the text is about Korea ("tickets cost 3,000 won in Seoul"); "12 won
    seats" (its counted noun after the verb) and "won by 5 points" stay what they are."""
    if "won" not in text:
        return
    korea: bool | None = None
    for f in found:
        if f["kind"] not in ("count", "number") or f["unit"]:
            continue
        after = _WON_AFTER.match(text, f["end"], min(len(text), f["end"] + 24))
        if after is None:
            continue
        following = after.group(1) or ""
        if following in _WON_VERB_NEXT or (following and following == f["quantity"].lower()):
            continue
        if not f["text"].lower().endswith(_SCALE_WORDS):
            if korea is None:
                korea = bool(_KOREA.search(text))
            if not korea:
                continue
        end = f["end"] + after.group().index("won") + 3
        base, base_unit = to_base(f["value"], "KRW")
        f.update(end=end, text=(raw or text)[f["start"] : end], kind="money", unit="KRW",
                 quantity="", noun="", value_base=float(base), base_unit=base_unit,
                 dimension="money")  # fmt: skip


_TO_LEVEL = re.compile(r"[ \t]+(?:at|to)[ \t]+(?:about[ \t]+|around[ \t]+)?")


def _change_to_level(text: str, found: list[dict[str, Any]]) -> None:
    """A change in a price is in the price's unit: "down about 50 sterling at 1,265 sterling a
    tonne", "up 2.50 dlrs to 410.00 dlrs an ounce" - the change is per tonne, per ounce too."""
    for f, g in pairwise(found):
        if (
            f["kind"] in ("money", "measure")
            and not f["per"]
            and g["per"]
            and g["unit"] == f["unit"]
            and _TO_LEVEL.fullmatch(text, f["end"], g["start"])
            and _CHANGE_BEFORE.search(text, max(0, f["start"] - 40), f["start"])
        ):
            f["per"] = g["per"]


_CONVERSION_GAP = re.compile(
    r"[ \t]*[(;,/][ \t]*(?:(?i:about|around|approximately|some)[ \t]+)?\W?"
)


def _converted_rates(text: str, found: list[dict[str, Any]]) -> None:
    """Money conversions in brackets take the rate of the figure they convert: "an annual
    investment of 400m pesos ($136m; £72.3m)" is three amounts a year."""
    for prev, f in pairwise(found):
        if (
            f["kind"] == "money"
            and not f["per"]
            and prev["kind"] == "money"
            and prev["per"]
            and prev["unit"] != f["unit"]
            and f["start"] - prev["end"] <= 12
            and _CONVERSION_GAP.fullmatch(text, prev["end"], f["start"])
            and "(" in text[text.rfind(")", 0, f["start"]) + 1 : f["start"]]
        ):
            f["per"] = prev["per"]


# a conversion in brackets closing before the rate both figures share: "$3m (£1.6m) a year"
_CONVERSION_CLOSE = re.compile(r"[^()]{0,60}?\)")


#: what may stand between a rate said after a conversion and the figure it moved from
_FROM_AFTER_RATE = re.compile(
    r"[ \t\n]*,?[ \t\n]*(?:(?:up|down)[ \t\n]+)?(?:from|against)[ \t\n]+"
    r"(?:(?:about|around|some|roughly|nearly|almost)[ \t\n]+)?"
)


def _rate_after_conversion(text: str, found: list[dict[str, Any]]) -> None:
    """A rate written after a conversion in brackets is the rate of both amounts (round
    nineteen): "pays its coach $3m (£1.6m) a year", "£15 ($28) a month for the gym", "about 8
    million euros (US$10 million) a year" are amounts a year, "40 rupees ($0.90; £0.50) per
    kilo" three prices a kilo. Only money figures with no rate, and only when every figure
    inside the brackets is money."""
    if ")" not in text:
        return
    for i, f in enumerate(found):
        if f["kind"] != "money" or f["per"]:
            continue
        opened = re.compile(r"[ \t]*\(").match(text, f["end"])
        if opened is None:
            continue
        close = _CONVERSION_CLOSE.match(text, opened.end())
        if close is None:
            continue
        inside = [g for g in found[i + 1 :] if g["start"] < close.end()]
        if not inside or any(g["kind"] != "money" or g["per"] for g in inside):
            continue
        m = _PER_AFTER.match(text, close.end(), min(len(text), close.end() + 30))
        if m is None:
            continue
        word = m.group("w").lower()
        if word in NOT_PER or (
            word in _TIME_WORDS
            and _TIME_ADVERB_AFTER.match(text, m.end(), min(len(text), m.end() + 14))
        ):
            continue
        per = PER_WORDS.get(word, singular(word))
        for g in (f, *inside):
            g["per"] = per
        # "has risen to 200 pesos ($10) per bottle from 170 pesos": the figure it rose from is
        # a price per bottle too (the lead's decision on the twenty-second sample's readings)
        after = found[i + 1 + len(inside)] if i + 1 + len(inside) < len(found) else None
        if (
            after is not None
            and after["kind"] == "money"
            and not after["per"]
            and after["unit"] == f["unit"]
            and 0.1 <= after["value"] / (f["value"] or 1e-9) <= 10
            and _FROM_AFTER_RATE.fullmatch(text, m.end(), after["start"])
        ):
            after["per"] = per


# what a rate may be carried to a parallel figure by: a period, a measure or a currency (not a
# share, whose figures have their own carry, nor a noun read as a rate by mistake)
_CARRIED_UNITS = _words(
    "quarter tonne ton barrel lb pound bushel ounce gallon kilo kg litre liter acre hectare cwt "
    "head mile km"
)
_CARRIED_PER = _PERIOD_PER | frozenset(FX_CODES) | _CARRIED_UNITS
_TOTALS_COMPARED = re.compile(r"\b(?i:from|against|versus|vs|compared|than)\b")
# the later figure names its own base: "2p a loaf on bread, 6p on a jar of honey"
_OWN_BASE_AFTER = re.compile(
    r"[ \t\n]+(?:(?:on|for|per)[ \t\n]+(?:a|an|each|every)|per)[ \t\n]+[a-z]"
)


# round twenty-four: a rate adjective on the subject's noun, further back than the figure's own
# phrase: "cut its monthly hosting fee for each shop to 640 dlrs", "annual output at the
# kiln was lifted by 12 pct to 31 mln tiles"; the figure is the level after "to/at/of"
_RATE_SUBJECT_BEFORE = re.compile(
    r"\b(?i:(monthly|annual|yearly|weekly|daily|quarterly))[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?i:charges?|fees?|rents?|rentals?|capacity|output|production|salary|salaries|pay|payments?|"
    r"subscriptions?|budgets?|allowances?|supplements?|premiums?|wages?|costs?)\b"
    r"([^.;:!?]{0,80}?)\b(?:to|at|of)(?:[ \t]+(?:about|around|some|nearly|almost))?[ \t]+"
)
_RATE_SUBJECT_WORDS = ("monthly", "annual", "yearly", "weekly", "daily", "quarterly")
_RATE_SUBJECT_VERB = re.compile(
    r"\b(?:cut|lowered|reduced|raised|increased|decreased|lifted|set|fixed|rose|fell|climbed|"
    r"dropped|grew|trimmed|boosted|expanded|doubled|halved)\b"
)
# the change said after the level, of the same rate: "to 640 dlrs, a reduction of 55 dlrs"
_RATE_CHANGE_GAP = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:reduction|cut|rise|increase|decrease|saving|drop|fall)[ \t]+of"
    r"(?:[ \t]+(?:about|around|some|nearly|almost))?[ \t]+$"
)


def _rate_subject(text: str, found: list[dict[str, Any]]) -> None:
    """A level set for a rate named by the subject is that rate's (round twenty-four): the
    figure after "to/at/of", with a verb of setting or change in the sentence, takes the
    adjective's period ("its monthly charge was cut to 925 dlrs": per month; "annual capacity
    was raised by 15 pct to 48 mln bricks": per year), and so does the change said right after
    it (", a reduction of 75 dlrs"). Not a percent, not a figure with a rate of its own, nor one
    with another figure between it and the noun (but a percent move)."""
    # where the text says a rate adjective: most texts say none, and then nothing is read
    low = text.lower()
    said = []
    for word in _RATE_SUBJECT_WORDS:
        at = low.find(word)
        while at >= 0:
            said.append(at)
            at = low.find(word, at + 1)
    if not said:
        return
    said.sort()
    last_rate: dict[str, Any] | None = None
    for i, f in enumerate(found):
        if f["kind"] not in ("money", "count", "measure") or f["per"]:
            continue
        if last_rate is not None and _one_sentence(text, last_rate["end"], f["start"]):
            gap = text[last_rate["end"] : f["start"]]
            if _RATE_CHANGE_GAP.fullmatch(gap) and f["unit"] == last_rate["unit"]:
                f["per"] = last_rate["per"]
                continue
        head = max(f["sentence_start"], f["start"] - 200)
        k = bisect.bisect_left(said, head)
        m = None
        while k < len(said) and said[k] < f["start"] and m is None:
            m = _RATE_SUBJECT_BEFORE.fullmatch(text, said[k], f["start"])  # the leftmost
            k += 1
        if m is None or not _RATE_SUBJECT_VERB.search(text, head, f["start"]):
            continue
        between = [
            g
            for g in found[:i]
            if g["start"] >= m.start() and g["kind"] not in ("percent", "name", "ordinal")
        ]
        if between or re.search(
            r"\b(?:per|a|each|every)[ \t]+(?:year|month|week|day)\b", m.group(2)
        ):
            continue
        f["per"] = RATE_ADJECTIVES[m.group(1).lower()]
        last_rate = f


# round twenty-four: the shares a wire sentence names before a bare scaled count ("read average
# shares as 18.3 mln", "no shares bought unless the tenders came to at least 2.4 mln"), and a count
# of a company's common ("an offering of three mln Acme Group common")
_SCALE_WORD_IN = re.compile(r"(?i:\b(?:mln|million|billion|bln)\b)")
_SHARES_BEFORE_GAP = re.compile(r"\b(?i:shares|shrs)\b(?P<gap>[^.;:!?()]{0,70})$")
_MONEY_IN_GAP = re.compile(
    r"\b(?i:income|profits?|loss(?:es)?|sales|revenues?|net|earnings|dividends?|value|costs?|"
    r"prices?|worth|capital|assets|debts?|dlrs|dollars|proceeds|stake|volume|each|per)\b"
)
_COMMON_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w&.'’-]*[ \t]+){1,3}common\b(?![ \t]+(?:stock|shares?|market|law|sense))"
)


def _shares_said_before(text: str, found: list[dict[str, Any]]) -> None:
    """A bare scaled count with no noun, after a sentence has named shares and no figure or
    money word since, counts shares (decision 7 with the noun said before the figure, in wire
    copy); a scaled count before a company's name and "common" counts its common shares. Not
    "shares ... net income of 1.1 mln" (money), nor "shares rose on volume of 1.1 mln"."""
    for i, f in enumerate(found):
        if (
            f["kind"] != "count"
            or f["unit"]
            or not _SCALE_WORD_IN.search(f["text"])
            or (f["quantity"] and not _COMMON_AFTER.match(text, f["end"]))
        ):
            continue
        if _COMMON_AFTER.match(text, f["end"]):
            f["quantity"], f["noun"] = "shares", "share"
            continue
        m = _SHARES_BEFORE_GAP.search(text, max(f["sentence_start"], f["start"] - 90), f["start"])
        if m is None or _MONEY_IN_GAP.search(m.group("gap")):
            continue
        if any(g["start"] >= m.start() for g in found[:i]):
            continue  # another figure between the shares and this one
        f["quantity"], f["noun"] = "shares", "share"


# the lead's decision 2 on fresh21: an exchange offer's shares are a rate of one holding for
# another ("to exchange 1.2 new shares for each share", "converted into one share of Acme")
_EXCHANGE_WORD = re.compile(
    r"(?<![Ss]tock )\b(?:exchang(?:e|ed|es|ing)|conver(?:sion|ted|ts?)|swap(?:ped|s)?)\b"
)  # lower case: the Securities and Exchange Commission, a stock exchange, are no offer
#: the basis of an exchange ("one share for two Acme shares", "for each 5.4 shares"), unless
#: a passive says what the holding becomes ("to be exchanged for one share of Acme")
_EXCHANGED_KINDS = frozenset(("money", "count", "number"))
_BASIS_BEFORE = re.compile(r"\bfor[ \t\n]+(?:(?:each|every)[ \t\n]+)?$")
_TARGET_FOR_BEFORE = re.compile(r"\b(?:exchanged|converted|swapped)[ \t\n]+for[ \t\n]+$")
_EACH_SHARE_BEFORE = re.compile(r"\b(?i:each|every)[ \t\n]+(?:[a-z]+[ \t\n]+)?(?i:shares?)\b")
_RATIO_FOR_AFTER = re.compile(
    r"(?:[ \t\n]+[A-Za-z][\w-]*){0,3}[ \t\n]+for[ \t\n]+(?:(?:each|every)[ \t\n]+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)"
)
_SHARES_OR_STOCK = re.compile(r"\b(?i:shares?|stock|common)\b")
_FOR_EACH_SOON = re.compile(r"[^.;]*?\bfor[ \t\n]+(?:each|every)\b")
_ALTERNATIVE_GAP = re.compile(
    r"[ \t\n]+(?:or|to)[ \t\n]+(?:(?:more|less|fewer)[ \t\n]+than[ \t\n]+)?"
)


def _exchange_offer(text: str, found: list[dict[str, Any]]) -> None:
    """An exchange or conversion's shares carry ``per`` share (the lead's decision 2 on
    fresh21): a count of shares of rate size (at most 20) said after "exchange"/"converted"/
    "conversion" in its sentence ("exchange 1.5 new shares for each", "one share of Acme being
    converted into one share of Beta": the second), a bare figure given as the other end of
    such a count ("not less than 1.5 or more than 2 shares"), and a price per share said after
    "each share ... exchanged for" ("each share of Acme to be exchanged for 40 dlrs"). Not a
    total ("convertible into 175,000 shares"), nor "two shares for one unit" (a ratio)."""
    if "xchang" not in text and "onver" not in text and "wap" not in text:
        return
    for i, f in enumerate(found):
        if f["per"] or f["value"] <= 0 or f["kind"] not in _EXCHANGED_KINDS:
            continue
        if f["kind"] != "money" and (
            f["value"] > 20
            or (
                f["noun"] != "share"
                and (f["quantity"] or i + 1 == len(found) or found[i + 1]["noun"] != "share")
            )
        ):
            continue  # no count of shares of rate size, said or beside one
        window = text[max(0, f["start"] - 200) : f["start"]]
        if f["kind"] == "money" and "ach " not in window:
            continue
        if "xchang" not in window and "onver" not in window and "wap" not in window:
            continue
        a = _clause_start(text, f["start"], 200)
        lead = text[a : f["start"]]
        if "xchang" not in lead and "onver" not in lead and "wap" not in lead:
            continue
        if _BASIS_BEFORE.search(lead, max(0, len(lead) - 16)) and not _TARGET_FOR_BEFORE.search(
            lead, max(0, len(lead) - 30)
        ):
            continue  # "one share for each two Acme shares": the two are what is given up
        said = [m.end() for m in _EXCHANGE_WORD.finditer(lead)]
        if not said:
            continue
        if f["kind"] == "money":
            each = _EACH_SHARE_BEFORE.search(lead)
            if (
                each is not None
                and each.end() <= said[-1]
                and not _SCALED_SPAN.search(f["text"])
                and not any(a + each.start() <= g["start"] < f["start"] for g in found[:i])
            ):
                f["per"] = "share"
            continue
        if f["kind"] not in ("count", "number") or f["value"] > 20:
            continue
        noun = singular((f["quantity"] or "").lower())
        if not noun and i + 1 < len(found):
            g = found[i + 1]
            gap = text[f["end"] : g["start"]]
            if (
                singular((g["quantity"] or "").lower()) == "share"
                and g["value"] <= 20
                and _ALTERNATIVE_GAP.fullmatch(gap)
            ):
                f["quantity"], f["noun"] = g["quantity"], "share"
                noun = "share"
        if noun != "share" or _RATIO_FOR_AFTER.match(text, f["end"], min(len(text), f["end"] + 60)):
            continue
        if not _SHARES_OR_STOCK.search(lead) and not _FOR_EACH_SOON.match(
            text, f["end"], min(len(text), f["end"] + 60)
        ):
            continue  # "convert the notes into three shares": per note, not said as a share
        if any(a + said[-1] <= g["start"] < f["start"] and g["value"] > 20 for g in found[:i]):
            continue  # a total between the exchange word and this figure
        f["per"] = "share"


# the lead's decision 3 on fresh21: a bare figure continuing a comparison with a measure
_BARE_END_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t\n]+(?:in|on|at|by|last|this|against|compared|from|to|and|but)\b"
)


_WORD_IN_GAP = re.compile(r"[A-Za-z]{3,}")
#: a word after a measure that may be a noun it modifies ("the 60m hurdles", "per 10 tonne lot")
_NOUN_AFTER_MEASURE = re.compile(
    r"[ \t\n]+(?!(?:of|in|on|at|to|from|for|by|with|since|and|or|but|than|per|each|the|a|an)\b)"
    r"[a-z]{3,}\b"
)
_UNIT_TAIL = re.compile(r"\d([ \t]?-?[ \t]?)([A-Za-z][A-Za-z.]*)$")


def _modifies_noun(text: str, f: dict[str, Any]) -> bool:
    """Whether a measure is a modifier of the noun after it, so its unit names no quantity a
    later figure continues: hyphenated ("50-kilo sacks"), glued to its digits ("the 60m
    hurdles") or a singular unit word with a plural value ("per 10 tonne lot"), with a
    lower-case word after it."""
    tail = _UNIT_TAIL.search(f["text"])
    if tail is None:
        return False
    if "-" in tail.group(1):
        return True
    if not _NOUN_AFTER_MEASURE.match(text, f["end"], min(len(text), f["end"] + 30)):
        return False
    word = tail.group(2)
    return not tail.group(1) or (
        len(word) >= 4 and not word.endswith("s") and f["value"] != 1 and word.islower()
    )


def _continued_measure(text: str, found: list[dict[str, Any]]) -> None:
    """A bare figure that names no unit and no noun takes the unit of the measure before it, in
    its sentence or the one before, when that measure is the figure right before it (the lead's
    decision 3 on fresh21: "the first chip ran at 40 gigaflops. The second managed 55.": GFLOPS).
    Within a tenth to ten times the measure, with no other figure and at most one sentence end
    between; a bare number with no measure before it stays unit-less."""
    for i in range(len(found) - 1):  # in order: a carried unit carries on along a list
        f = found[i]
        if f["kind"] != "measure" or not f["unit"]:
            continue
        g = found[i + 1]
        if (
            f["kind"] != "measure"
            or not f["unit"]
            # pounds said as money or weight: not carried from a bare figure read as either
            or (f["unit"] == "lb" and not any(c.isalpha() for c in f["text"]))
            or g["kind"] not in ("number", "count")
            or "pound" in f["text"].lower()  # "1.36 pounds to the dollar": money, maybe
            or _modifies_noun(text, f)
            or not any(c.isdigit() for c in g["text"])  # "locks three and four"
            or g["unit"]
            or g["quantity"]
            or g["per"]
            or not 0.1 <= g["value"] / (f["value"] or 1e-9) <= 10
            or g["start"] - f["end"] > 160
            or not _BARE_END_AFTER.match(text, g["end"])
            or len(_SENTENCE_END.findall(text, f["end"], g["start"])) > 1
            or any(c in ";:!?()" for c in text[f["end"] : g["start"]])
            or _WORD_IN_GAP.search(text, f["end"], g["start"]) is None
        ):
            continue
        g["kind"], g["unit"] = "measure", f["unit"]
        if f["per"] and f["per"] in _PERIOD_PER:
            g["per"] = f["per"]  # "2.10 mln bpd, rising to 2.25 mln": barrels a day


_PASSED_OVER_KINDS = frozenset(("count", "age", "percent"))
_PER_SPELLED = {"hour": "h"}  # "€12 an hour": the period as the units table writes it


def _parallel_rate(text: str, found: list[dict[str, Any]]) -> None:
    """A rate carried to the parallel figure after it in the sentence, which leaves it out (round
    sixteen): "15 to 20 hours a week in winter, and in busy weeks up to 35 or 45 hours",
    "prices should climb to 410 dlrs a tonne in spring from about 320 dlrs", "support prices of
    4.60 dlrs per bushel for barley, 2.90 dlrs for oats". Only the next figure, of the same kind
    and unit (a count: the same noun), both scaled or neither ("25 dlrs a barrel ... profits of
    58 mln dlrs" is a total), a tenth to ten times the first, at most 100 characters on with no
    sentence end or bracket between, and not when it names a base of its own. A count, an age
    or a percentage between them is passed over (round twenty-nine: "porters make €12 an hour
    and 300 apprentices €8": the apprentices' rate is hourly too)."""
    for i, f in enumerate(found[:-1]):
        g = found[i + 1]
        if (
            f["per"]
            and g["kind"] in _PASSED_OVER_KINDS
            and f["kind"] in ("money", "measure")
            and i + 2 < len(found)
        ):
            g = found[i + 2]
        if (
            not f["per"]
            or g["per"]
            or _PER_SPELLED.get(f["per"], f["per"]) not in _CARRIED_PER
            or g["kind"] != f["kind"]
            or g["unit"] != f["unit"]
            or g["kind"] not in ("duration", "measure", "money", "count")
            or (g["kind"] == "count" and g["noun"] != f["noun"])
            or g["start"] - f["end"] > 100
            or not 0.1 <= g["value"] / (f["value"] or 1e-9) <= 10
            or bool(_SCALED_SPAN.search(f["text"])) != bool(_SCALED_SPAN.search(g["text"]))
            or _GAP_BREAK.search(text, f["end"], g["start"])
            or not _one_sentence(text, f["end"], g["start"])
            or _OWN_BASE_AFTER.match(text, g["end"], min(len(text), g["end"] + 20))
            # two totals are a rate's only when compared: "raised its daily target to 45 mln
            # dlrs from 30 mln", not "200 mln dlrs a year ... the 925 mln dlr loan"
            or (
                _SCALED_SPAN.search(g["text"])
                and not _TOTALS_COMPARED.search(text, f["end"], g["start"])
            )
        ):
            continue
        g["per"] = f["per"]


def _vote_tally(text: str, found: list[dict[str, Any]]) -> None:
    """Each side of a vote's tally counts votes (the lead's decision for round seventeen): "the
    council voted 41 to 12", "approved on a vote of 18 to 7", "the assembly voted by 310 to
    255", as "by 112 votes to 90" already did. Only bare counts (no noun, no unit) whose span is
    a side of the tally; a score line in sport has none of the words and stays as it was."""
    if "vot" not in text and " by " not in text:
        return
    low = text.lower()
    if "vot" not in low and not ("by" in low and _TALLY_VERBS.search(low)):
        return  # the tally needs "vote(d)" or passed/approved/rejected ... by (same output)
    sides: set[tuple[int, int]] = set()
    for m in _VOTE_TALLY.finditer(text):
        sides.update(((m.start("a"), m.end("a")), (m.start("b"), m.end("b"))))
    if not sides:
        return
    for f in found:
        if (
            (f["start"], f["end"]) in sides
            and f["kind"] == "count"
            and not f["noun"]
            and not f["unit"]
            and not f["per"]
        ):
            f["quantity"], f["noun"] = "votes", "vote"


#: a people's size (round seventeen): "a population of 44 million", "Canada's population rose
#: 4.2 pct to 25.4 mln", "the island's population stood at 300,000"; the word before
#: "population" an article, a possessive or a name, never a common noun ("the butterfly
#: population", "the prison population" count their own)
_POPULATION_BEFORE = re.compile(
    r"(?:\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)|'s|\b[A-Z][a-z]+)[ \t]+population[ \t]+"
    r"(?:of|was|is|stood[ \t]+at|totalled|totaled|reached|at"
    r"|(?:rose|fell|increased|grew|dropped|declined)(?:[ \t]+[\d.]+[ \t]+(?:pct|per[ \t]?cent|%))?"
    r"[ \t]+to)[ \t]+(?:(?:about|around|some|nearly|almost|over|more[ \t]+than)[ \t]+)?\Z"
)


#: a population said with no verb (round twenty): "the island - population 2.4m -",
#: "France (population 60m)", "population: 4.2 million"; or after its count: "Norway's 5
#: million population", "a 9,000 population"
_POPULATION_NO_VERB = re.compile(
    r"(?:[(\-–—,:;]|^)[ \t]*(?i:population)[ \t]*:?[ \t]+"
    r"(?:(?:about|around|some|nearly|almost|over|more[ \t]+than)[ \t]+)?\Z",
    re.MULTILINE,
)
_POPULATION_AFTER = re.compile(r"[ \t]+(?i:population)\b(?![ \t]+(?:of|growth|density|rise))")
_POPULATION_AFTER_BEFORE = re.compile(r"(?:'s|’s|\b(?:[Aa]|[Ii]ts|[Tt]heir|[Aa]n))[ \t]+\Z")
#: "France (population 60m)": a glued "m" after a population is millions, not metres
_GLUED_M = re.compile(r"\d(?:\.\d+)?m\Z")


def _population(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count said as a place's population counts people (``person``)."""
    if "population" not in text and "Population" not in text:
        return
    for f in found:
        verb_noun = bool(f["noun"]) and lexicon.plural_noun(f["quantity"]) is None
        before = text[max(0, f["start"] - 60) : f["start"]]
        if (
            f["kind"] == "measure"
            and f["unit"] == "m"
            and _GLUED_M.search(f["text"])
            and _POPULATION_NO_VERB.search(before)
        ):  # "(population 60m)" was 60 metres
            f["value"] *= 1e6
            f["kind"], f["unit"], f["dimension"] = "count", "", ""
            f["value_base"], f["base_unit"] = float("nan"), ""
            f["quantity"], f["noun"] = "people", "person"
            continue
        if (
            f["kind"] == "count"
            and (not f["noun"] or verb_noun)  # "a population of 250,000 grows"
            and not f["unit"]
            and (
                _POPULATION_BEFORE.search(text, max(0, f["start"] - 60), f["start"])
                or _POPULATION_NO_VERB.search(before)
                or (
                    _POPULATION_AFTER.match(text, f["end"], min(len(text), f["end"] + 16))
                    and _POPULATION_AFTER_BEFORE.search(before)
                )
            )
        ):
            f["quantity"], f["noun"] = "people", "person"


#: a count and its adjective before "and/or" and a second count whose noun they share (round
#: twenty): "14 urban and 6 rural branches", "40 public or 25 private clinics"
_SHARED_NOUN_GAP = re.compile(r"[ \t\n]+([a-z]{3,})[ \t\n]+(?:and|or)[ \t\n]+\Z")


def _shared_noun(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count whose adjective stands before "and" and another count with its noun takes
    that noun: the two counts divide one noun by their adjectives."""
    for a, b in pairwise(found):
        if (
            a["kind"] == "count"
            and b["kind"] == "count"
            and not a["noun"]
            and not a["unit"]
            and not a["per"]
            and b["noun"]
            and not b["unit"]
        ):
            gap = _SHARED_NOUN_GAP.match(text, a["end"], b["start"])
            if gap is None or b["start"] - a["end"] > 30:
                continue
            word = gap.group(1)
            if "ADJ" in lexicon.classes(word) and word not in ("more", "less", "other"):
                a["quantity"], a["noun"] = b["quantity"], b["noun"]


#: "The turbine -- one of four on the dam", "The proposal, one of 30 to reach the board": the
#: thing named before "one of N" is what N counts (round twenty; the noun said before the count)
_ONE_OF_BEFORE = re.compile(
    r"\b([a-z]{3,})(?:,|[ \t\n]+(?:--|-|–|—))[ \t\n]+one[ \t\n]+of[ \t\n]+\Z"
)


def _plural_follows(text: str, end: int) -> bool:
    """Does a plural noun stand within four words after ``end``, before a function word?"""
    after = re.match(r"(?:[ \t\n]+[A-Za-z-]+){1,4}", text[end : end + 60])
    for word in after.group().split() if after else ():
        if word.lower() in STOP:
            return False
        if lexicon.plural_noun(word):
            return True
    return False


def _one_of_noun_before(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count after "NOUN, one of" (a comma or a dash between) counts that noun."""
    if "one of" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["noun"] or f["quantity"] or f["unit"] or f["per"]:
            continue
        m = _ONE_OF_BEFORE.search(text, max(0, f["start"] - 40), f["start"])
        if m is None:
            continue
        if _plural_follows(text, f["end"]):
            continue  # "the agency, one of five regional health bodies": the noun after
        word = m.group(1)
        lemma = lexicon.noun_lemma(word)
        if lemma and lemma == word and word not in STOP and not _verbish(word):
            f["quantity"], f["noun"] = word, word


#: a death toll's level said after its verb or "of": "the death toll rose to 41", "a death
#: toll of 45", "the toll in the hills climbed to 12" (after "death toll" in the sentence)
_TOLL_BEFORE = re.compile(
    r"\b((?i:death)[ \t\n]+)?(?i:tolls?)\b[^.;:!?\d]{0,60}?"
    r"(?:\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|jumps|reached|reaches|"
    r"hit|hits|increased|soared|stood|stands|stand|was|is|now|put|of)\b)"
    # "had risen from an earlier reported 52"
    r"(?:[ \t\n]+(?:to|at|from))?(?:[ \t\n]+(?:an?|previously|earlier|initially|officially|"
    r"reported|announced|estimated))*"
    r"[ \t\n]+(?:(?:about|around|some|over|nearly|almost|at[ \t\n]+least|"
    r"more[ \t\n]+than)[ \t\n]+)?\Z"
)


def _death_toll(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count that gives a death toll's level counts deaths, as the developer files read
    "the death toll rose to N" (the noun said before the count; round twenty-two). A bare
    "toll" only after "death toll" in the same sentence ("and the toll in the hills rose to
    12"); never a road or a phone toll, never a count with its own noun ("rose to 41 people")."""
    if "toll" not in text and "Toll" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["unit"] or f["per"]:
            continue
        if f["noun"] and counted_noun(text, f["end"], f["value"]):
            continue  # its own noun after it: "rose to 41 people"
        m = _TOLL_BEFORE.search(text, max(0, f["start"] - 90), f["start"])
        if m is None:
            continue
        if m.group(1) is None:
            start = _clause_start(text, m.start(), 300)
            if re.search(r"(?i:\bdeath[ \t\n]+toll)", text[start : m.start()]) is None:
                continue
        f["quantity"], f["noun"] = "death", "death"


#: a tenor in prose: "3M and 6M rates", "the 1M deposit" (months, as "three-month rates");
#: the company 3M ("3M shares", "3M Co") has no rate word after it
_TENOR_M = re.compile(r"(\d{1,2})M")
_TENOR_AFTER = re.compile(
    r"(?:[ \t\n]*(?:,|/|and|or|to)[ \t\n]*\d{1,2}[DWMY])*[ \t\n]+(?:(?:euro|eurodollar|"
    r"dollar|sterling|yen|mark|interbank)[ \t\n]+)?(?i:rates?|deposits?|libor|pibor|fibor|"
    r"hibor|money|paper|bills?|forwards?|swaps?|yields?|cds?|tenors?|funds)\b"
)


def _tenors(text: str, found: list[dict[str, Any]]) -> None:
    """A number glued to "M" before a rate word is a tenor in months, not millions: "3M and
    6M rates" (round twenty-two; the lead's decision 2 reads tenors that head a table's columns
    as no items, this is prose)."""
    for f in found:
        m = _TENOR_M.fullmatch(f["text"])
        if m is None or f["unit"] or not _TENOR_AFTER.match(text, f["end"]):
            continue
        f["value"] = float(m.group(1))
        f["unit"], f["kind"] = "month", "duration"
        f["value_base"], f["base_unit"] = to_base(f["value"], "month")
        f["dimension"] = dimension_of("month")
        f["quantity"] = f["noun"] = ""


_DEPOSITARY_AFTER = re.compile(r"[ \t\n]+(units?|shares?|receipts?|interests?)\b")
#: a wire dividend line that names its period: "Qtly div 23.7 cts vs 21.9 cts prior qtr"
_WIRE_DIVIDEND_LINE = re.compile(
    r"^[ \t]*(?i:(qtly|quarterly)|(monthly|mthly)|(annual|anl|yearly))[ \t]+"
    r"(?i:(?:cash[ \t]+)?(?:div|divs|dividend|dist|distribution|payout))\b[^\n]*",
    re.MULTILINE,
)


def _wire_dividend_rate(raw: str, found: list[dict[str, Any]]) -> None:
    """Money on a wire dividend line that opens with its period ("Qtly div 23.7 cts vs 21.9 cts
    prior", "Monthly div 9 cts") is paid per that period, as "a quarterly dividend of 10
    cts" already reads (the rate adjective on the noun the figure measures; round twenty-two).
    A stated denominator ("10 cts a share") wins."""
    if "div" not in raw and "Div" not in raw and "DIV" not in raw:
        return
    for line in _WIRE_DIVIDEND_LINE.finditer(raw):
        per = "quarter" if line.group(1) else "month" if line.group(2) else "year"
        for f in found:
            inside = line.start() <= f["start"] and f["end"] <= line.end()
            if inside and f["kind"] == "money" and not f["per"]:
                f["per"] = per


def _count_before_top(text: str, found: list[dict[str, Any]]) -> None:
    """A count right before "top N" counts the noun after it, and "top N" counts nothing:
    "six top ten hits" (six hits), "the 5,000, top 40 chart acts" (5,000 acts), as the
    developer files read "top ten" with no noun (round twenty-two)."""
    for a, b in pairwise(found):
        if (
            a["kind"] == "count"
            and b["kind"] == "count"
            and not a["noun"]
            and not a["unit"]
            and b["noun"]
            and not b["unit"]
            and re.fullmatch(r",?[ \t\n]+(?i:top)[ \t\n]+", text[a["end"] : b["start"]])
        ):
            a["quantity"], a["noun"] = b["quantity"], b["noun"]
            b["quantity"] = b["noun"] = ""


#: a substitute's minute in a team's line-up: "Ford (Gale 61)", the player who came on and
#: when; the line-up is a run of capitalised names between commas
_PLAYER_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}"
_SUB_MINUTE = re.compile(r"\([ \t]*" + _PLAYER_NAME + r"[ \t]+(\d{1,3})[ \t]*\)")
_LINEUP_NAME = re.compile(r"(?:^|,)[ \t\n]*" + _PLAYER_NAME + r"(?=[ \t]*[,(.])")


def _substitutes_minutes(text: str, found: list[dict[str, Any]]) -> None:
    """A number in brackets after a substitute's name in a line-up is the minute he came on, a
    duration of play in minutes ("Ford (Gale 61), Irwin (Jay 88)"; the fifteenth sample's
    and the ninth's gold read it so; round twenty-two). Only in a line of five names or more
    between commas; "Smith (Acme 76)" in prose stays a name."""
    if "(" not in text:
        return
    for f in found:
        if f["kind"] != "name" or not f["text"].isdigit():
            continue
        window = _SUB_MINUTE.finditer(text, max(0, f["start"] - 40), f["end"] + 3)
        if not any(m.start(1) == f["start"] for m in window) or not 1 <= f["value"] <= 130:
            continue
        start = _clause_start(text, f["start"], 400)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 400)
        line = text[start : stop.start() + 1 if stop else f["end"] + 400]
        if len(_LINEUP_NAME.findall(line)) < 5:
            continue
        f["kind"], f["unit"] = "duration", "min"
        f["value_base"], f["base_unit"] = to_base(f["value"], "min")
        f["dimension"] = dimension_of("min")


#: what a data amount is a rate of: a line's or a service's speed ("a ten megabit service",
#: "a 4Mb broadband line", "dozens of megabits of data per second")
_DATA_RATE_AFTER = re.compile(
    r"(?:[ \t]+of[ \t]+data)?[ \t]+(?:per|a)[ \t]+second\b"
    r"|[ \t-]+(?:(?:home|fast|high-speed)[ \t]+)?(?i:broadband|service|connection|line|link|"
    r"wireless|wi-fi|network|download|downloads|uploads?)\b"
)
_DATA_RATES = {"Mbit": "Mbit/s", "kbit": "kbit/s", "Gbit": "Gbit/s"}


def _data_rates(text: str, found: list[dict[str, Any]]) -> None:
    """A data amount in bits (or "Mb" written so) before a line's or a service's word is that
    line's speed, per second (the developer files read "a ten megabit service" and "1-2mbps"
    so; round twenty-two). Not a file's size ("the file is 8 megabits")."""
    for f in found:
        rate = _DATA_RATES.get(f["unit"])
        if rate is None and f["unit"] == "MB" and f["text"].endswith("Mb"):
            rate = "Mbit/s"  # "a 4Mb broadband line": megabits, not megabytes
        if rate is None or f["per"] or not _DATA_RATE_AFTER.match(text, f["end"]):
            continue
        f["unit"] = rate
        f["value_base"], f["base_unit"] = to_base(f["value"], rate)
        f["dimension"] = dimension_of(rate)


_DURATION_PREPOSITIONS = frozenset(("for", "within", "after", "over", "in", "than"))


def _parallel_duration(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count after the same preposition as a duration before it in the sentence, set
    beside it by "and", "but" or "or", is a duration in its unit: "the deal runs for two
    years and the option for four" (four years; round twenty-two). Only a count with no
    noun, ending its phrase, within a tenth to ten times the duration."""
    for i, f in enumerate(found):
        if (
            f["kind"] != "count"
            or f["noun"]
            or f["unit"]
            or not re.match(r"[ \t]*(?:[.,;:)]|$)", text[f["end"] : f["end"] + 3])
        ):
            continue
        prep = _prev_word(text, f["start"]).lower()
        if prep not in _DURATION_PREPOSITIONS:
            continue
        for g in reversed(found[:i]):
            if not _one_sentence(text, g["end"], f["start"]) or f["start"] - g["end"] > 120:
                break
            if g["kind"] != "duration":
                continue
            if (
                _prev_word(text, g["start"]).lower() == prep
                and re.search(r"\b(?:and|but|or)\b", text[g["end"] : f["start"]])
                and 0.1 <= f["value"] / (g["value"] or 1e-9) <= 10
            ):
                f["kind"], f["unit"] = "duration", g["unit"]
                f["value_base"], f["base_unit"] = to_base(f["value"], g["unit"])
                f["dimension"] = dimension_of(g["unit"])
            break


def _ordinal_before_rank(text: str, found: list[dict[str, Any]]) -> None:
    """An ordinal before a "number one" rank counts what the rank is of, not "number": "her
    fourth number one album" (album), "the band's second number one on the trot" (none), as
    the developer files read an ordinal before "UK number one single" (round twenty-two)."""
    for a, b in pairwise(found):
        if (
            a["kind"] == "ordinal"
            and a["noun"] == "number"
            and b["kind"] == "ordinal"
            and b["text"].lower().startswith("number")
            and re.fullmatch(r"[ \t\n]+(?:[A-Z][A-Za-z.]*[ \t\n]+)?", text[a["end"] : b["start"]])
        ):
            a["quantity"], a["noun"] = b["quantity"], b["noun"]


#: a poll named in the sentence: its "points" are percentage points (round twenty-two)
_POLL_WORDS = re.compile(r"\b(?i:polls?|polling|pollsters?|opinion[ \t\n]+polls?|surveys?)\b")
#: an index or a market in the sentence: its points are index points, whatever else it names
_INDEX_WORDS = re.compile(
    r"\b(?:(?i:index|indices|indexes|shares|stocks?)|FTSE|Dow|Nasdaq|Nikkei)\b"
)
_POINTS_AFTER = re.compile(r"(?:[ \t\n]+|-)(points?)\b(?![-'’])")
#: what a poll's "N point" may be before: a lead or a move ("a nine point lead"), not a plan's
#: parts ("a five point programme")
_POLL_MOVE = re.compile(
    r"[ \t\n]+(?:(?:swing|lead|gap|margin|advantage|deficit|drop|fall|rise|gain|jump|slide|dip|"
    r"decline|increase|boost|bounce|loss|shift|turnaround|cut|move|slump)s?\b|[.,;:!?)]|$)"
)


#: an index named in the sentence, for a level said in points (round twenty-seven)
_INDEX_NAMED = re.compile(
    r"\b(?:(?i:index|indices|indexes|average|composite)|Nikkei|Dow|FTSE|Footsie|Nasdaq|Hang"
    r"[ \t]+Seng|DAX|CAC|S&P|Topix|All[ \t]+Ordinaries)\b"
)
_LEVEL_BEFORE = re.compile(r"\b(?:at|to|from)[ \t\n]+$")
_MOVE_NOUN_BEFORE = re.compile(
    r"\b(?i:loss|losses|gains?|lead|deficit|margin|advantage|gap|fall|drop|rise|decline)\b"
    r"[^.;:!?]*$"
)


def _index_level_points(text: str, found: list[dict[str, Any]]) -> None:
    """An index's level said in points ("the Nikkei ended at 11,740.6 points", "the index rose
    to 132.8 points from 132.7") is a level with no noun, as a level said bare is ("rose 13.3
    points to 2614.7"): the convention the development gold of two annotators follows; a move
    ("fell 225 points", "a 300 point drop") still counts points. Only after "at", "to" or
    "from", in a sentence naming an index ("slipped to 13 points behind the leaders": a gap)."""
    for f in [f for f in found if f["noun"] == "point"]:
        if f["unit"] or f["per"] or f["kind"] not in ("count", "number"):
            continue
        if not _LEVEL_BEFORE.search(text, max(0, f["start"] - 8), f["start"]):
            continue
        if _MOVE_NOUN_BEFORE.search(text, max(0, f["start"] - 50), f["start"]):
            continue  # "losses extended to 11 points", "cut its lead to 3 points": a move
        start = _clause_start(text, f["start"], 300)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 300)
        sentence = text[start : stop.start() if stop else f["end"] + 300]
        if _INDEX_NAMED.search(sentence) is None:
            continue
        f["quantity"] = f["noun"] = ""
        f["kind"] = "number"


# round twenty-seven: "pupils of 11, 12, 13", "boys of 14": young people of an age
_YOUNG_OF_BEFORE = re.compile(
    r"\b(?i:children|kids|boys|girls|pupils|youngsters|teenagers|youths|schoolchildren)"
    r"[ \t\n]+of[ \t\n]+$"
)
_COUNT_KINDS = frozenset(("count", "number"))
_AGE_LIST_GAP = re.compile(r",?[ \t\n]*(?:,|\bor\b|\band\b)[ \t\n]*")


def _young_of_age(text: str, found: list[dict[str, Any]]) -> None:
    """A bare count after "children/kids/boys/girls/pupils... of" is their age ("boys of 14"),
    and a list of such ("pupils of 11, 12, 13", "pupils of 12 or 13") one age range over the
    list (the lead's decision on two alternatives); under 20, with no noun of its own ("children
    of 12 families" counts families)."""
    if not any(
        f["kind"] in _COUNT_KINDS and not f["quantity"] and 1 < f["value"] < 20 for f in found
    ):
        return
    i = 0
    while i < len(found):
        f = found[i]
        if (
            f["kind"] not in ("count", "number")
            or f["quantity"]
            or f["unit"]
            or not 1 < f["value"] < 20
            or not _YOUNG_OF_BEFORE.search(text, max(0, f["start"] - 30), f["start"])
        ):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(found)
            and found[j + 1]["kind"] in ("count", "number")
            and not found[j + 1]["quantity"]
            and found[j + 1]["value"] == found[j]["value"] + 1
            and _AGE_LIST_GAP.fullmatch(text, found[j]["end"], found[j + 1]["start"])
        ):
            j += 1
        f["kind"], f["unit"], f["base_unit"], f["dimension"] = "age", "year", "s", "duration"
        f["value_base"] = f["value"] * UNITS["year"].factor
        if j > i:
            f["value_high"] = found[j]["value"]
            f["end"] = found[j]["end"]
            f["text"] = text[f["start"] : f["end"]]
            del found[i + 1 : j + 1]
            for k, g in enumerate(found):
                g["n"] = k  # the list's order, as every finding's ``n`` is
        i += 1


# round twenty-seven: the noun a pair of counts says once, after the second ("from 40 to 90
# people", "a few hundred to tens of thousands of servers"), or after a size compound ("3.2 mln
# to 3.6 mln 50-kilo sacks")
_PAIR_GAP = re.compile(r"[ \t\n]+(?:to|and|or)[ \t\n]+")
_NOUN_AFTER_SIZE = re.compile(r"[ \t\n]+([a-z]{3,})\b(?![-'’])")


def _pair_noun(text: str, found: list[dict[str, Any]]) -> None:
    """A count with no noun takes the noun of the count right after it when only "to", "and"
    or "or" stand between ("from 40 to 90 people": people; "a few hundred to tens of thousands
    of servers"), and the noun after a size compound right after it ("3.2 mln to 3.6 mln
    50-kilo sacks": sacks). Not over a unit, a money figure or another noun of its own."""
    for i in [
        i
        for i, f in enumerate(found[:-1])
        if f["kind"] in _COUNT_KINDS and not f["quantity"] and not f["unit"] and not f["per"]
    ]:
        f, g = found[i], found[i + 1]
        if (
            g["kind"] == "count"
            and g["quantity"]
            and not g["unit"]
            and g["value"] > 1  # "an eight to one majority", "a 2.1 to one ratio": a ratio
            and g["quantity"].lower() not in ("times", "time")
            and text[g["end"] : g["end"] + 1] != "-"  # "two and four-door cars"
            and (f["value_high"] != f["value_high"] or f["modifier"] == "vague")  # not "15-40"
            and _PAIR_GAP.fullmatch(text, f["end"], g["start"])
            # the noun said after the pair, not one the second took from its sentence ("overseas
            # debts dropped 300 mln to 18.4 billion")
            and g["quantity"] in text[g["end"] : g["end"] + 40]
        ):
            f["quantity"], f["noun"] = g["quantity"], g["noun"]
            f["kind"] = "count"
            continue
        if (
            g["kind"] == "measure"
            and "-" in g["text"]
            and text[f["end"] : g["start"]].strip(" \t\n") == ""
            and (noun := _NOUN_AFTER_SIZE.match(text, g["end"], min(len(text), g["end"] + 30)))
            and lexicon.is_noun(noun.group(1))
            and noun.group(1) not in STOP
        ):
            f["quantity"], f["noun"] = noun.group(1), singular(noun.group(1))
            f["kind"] = "count"


#: between two vague amounts that share what the second names: "hundreds or even millions of
#: pounds", "thousands, sometimes millions of dollars", "tens to hundreds of millions of euros"
_VAGUE_PAIR_GAP = re.compile(
    r"[ \t\n]*(?:,[ \t\n]*|[ \t\n]+(?:or|to|and)[ \t\n]+|,[ \t\n]*(?:or|and)[ \t\n]+)"
    r"(?:(?:even|sometimes|possibly|perhaps|maybe|potentially|occasionally|at[ \t\n]+times)"
    r"[ \t\n]+)?"
)


def _vague_pair_currency(text: str, found: list[dict[str, Any]]) -> None:
    """A vague count with nothing of its own before a vague money figure it is set beside
    takes its currency: "hundreds or even millions of pounds" (two vague ranges in pounds, the
    lead's decision on the twenty-second sample's readings)."""
    for f, g in pairwise(found):
        if (
            f["kind"] in _COUNT_KINDS
            and f["modifier"] == "vague"
            and not f["unit"]
            and not f["quantity"]
            and g["kind"] == "money"
            and g["modifier"] == "vague"
            and g["unit"]
            and _VAGUE_PAIR_GAP.fullmatch(text, f["end"], g["start"])
        ):
            f["kind"], f["unit"], f["per"] = "money", g["unit"], g["per"]
            f["value_base"], f["base_unit"] = to_base(f["value"], g["unit"])
            f["dimension"] = dimension_of(g["unit"])


# round twenty-seven: "after three quarters of contraction": a stretch of quarters, a duration
_QUARTERS_OF_PROCESS = re.compile(
    r"[ \t\n]+of[ \t\n]+(?:(?:negative|positive|economic|strong|weak|falling|rising|"
    r"declining|slow|slower|sluggish|record|continuous|consecutive)[ \t\n]+)?"
    r"(?i:growth|decline|declines|contraction|expansion|recession|losses|loss|gains|profits?|"
    r"falls|rises|increases|deflation|inflation|slowdown|slump|stagnation|recovery)\b"
)


def _quarters_of_process(text: str, found: list[dict[str, Any]]) -> None:
    """ "three quarters of contraction", "two quarters of growth": a stretch of quarters (the
    convention of the development gold), not three-fourths ("three quarters of voters")."""
    if "quarters of" not in text:
        return
    for f in found:
        if (
            f["kind"] == "fraction"
            and f["text"].lower().endswith("quarters")
            and _QUARTERS_OF_PROCESS.match(text, f["end"], min(len(text), f["end"] + 50))
        ):
            value = round(f["value"] * 4)
            f["kind"], f["value"], f["unit"] = "duration", float(value), "quarter"
            f["base_unit"], f["dimension"] = "s", "duration"
            f["value_base"] = value * 3 * UNITS["month"].factor  # a quarter is three months


#: round twenty-eight: a move of a rate in points, "a one point cut in the key lending rate", "a
#: two point rise in interest rates": percentage points, as a poll's
_RATE_POINT_MOVE = re.compile(
    r"[ \t\n]+(?:cut|rise|increase|reduction|hike|fall|drop|decline|reduction)s?[ \t\n]+in[ \t\n]+"
    r"(?:[A-Za-z-]+[ \t\n]+){0,3}?(?i:rates?)\b"
)


def _poll_points(text: str, found: list[dict[str, Any]]) -> None:
    """A count of points in a sentence that names a poll or a survey is percentage points: "a
    Gallup poll put Labour 9 points ahead", "a two point fall since last week's survey" (the
    guide: percentage points are a unit of their own; a poll's shares are percentages). Not in
    a sentence naming an index, shares or a market ("the survey's index rose 4 points"), and
    never a sentence without a poll ("won by 11 points")."""
    if "oint" not in text:
        return
    for f in found:
        if f["kind"] != "count" or f["unit"] or f["per"]:
            continue
        m = _POINTS_AFTER.match(text, f["end"])
        if m is None and f["noun"] != "point":
            continue
        if m is not None and m.group(1) == "point" and not _POLL_MOVE.match(text, m.end()):
            continue  # "a five point programme": counts parts
        # the sentence by its stops, not the core's split (a wrapped wire line may break it)
        start = _clause_start(text, f["start"], 300)
        stop = _SENTENCE_END.search(text, f["end"], f["end"] + 300)
        sentence = text[start : stop.start() if stop else f["end"] + 300]
        if _INDEX_WORDS.search(sentence) is not None:
            continue
        if _POLL_WORDS.search(sentence) is None and (
            m is None or not _RATE_POINT_MOVE.match(text, m.end(), min(len(text), m.end() + 60))
        ):
            continue
        if m is not None:
            f["end"] = m.end()
            f["text"] = text[f["start"] : f["end"]]
        f["unit"] = f["base_unit"] = "percentage points"
        f["dimension"] = "percent points"
        f["value_base"] = f["value"]
        f["kind"] = "percent"
        f["quantity"] = f["noun"] = ""


def _day_in_words(text: str, f: dict[str, Any]) -> bool:
    """A day of a month written in words ("payable July six", "delayed until May four", "went
    public on October seven"): a date, the timeline's, no figure. Only a bare count (no noun, no
    unit) of 1-31 written in letters right after a capitalised month's name, then a break, a
    year or a preposition ("In March two men were held" counts men, "In March three were
    killed" counts too)."""
    return (
        f["kind"] == "count"
        and not f["noun"]
        and not f["unit"]
        and 1 <= f["value"] <= 31
        and re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)?", f["text"]) is not None
        and _MONTH_NAMED_BEFORE.search(text, max(0, f["start"] - 12), f["start"]) is not None
        and _AFTER_DAY.match(text, f["end"], min(len(text), f["end"] + 12)) is not None
    )


#: a score in words (the lead's decision 2 for round twenty-three): "won by three goals to
#: one", "a 21 points to nil win", "by 12 votes to one"; each side counts the noun
_SCORE_NOUNS = r"goals?|points?|tries|try|runs?|frames?|sets?|games?|wickets?|votes?"
_SCORE_SIDE_WORDS = {"nil": 0.0, "zero": 0.0, "one": 1.0}
_SCORE_IN_WORDS = re.compile(
    r"\b(?i:by|a|an)[ \t\n]+(?P<a>\d{1,3}|[A-Za-z]+)[ \t\n]+(?P<noun>(?i:" + _SCORE_NOUNS + r"))"
    r"[ \t\n]+to[ \t\n]+(?P<b>\d{1,3}|[A-Za-z]+)\b(?![.,]\d|[ \t\n]+(?i:hundred|thousand))"
)


#: "four number ones" counts ``number one`` (the lead's decision 3 for round twenty-three)
_NUMBER_ONES_AFTER = re.compile(r"[ \t\n]+number[ \t\n]+ones\b")
#: a digit named as a symbol (the lead's decision 5 for round twenty-three): "which digit is 7
#: in 4471?", "the digit 7", "find the number 6 in the number 90312", a lone digit
#: in quotation marks ('the "7" key'); the number it is looked for in is no item either
_SYMBOL_DIGIT = re.compile(
    r"\b(?i:digit)[ \t]+(?:(?i:is|was)[ \t]+)?(?P<d>\d)\b(?![.,]\d|[ \t]*(?:%|(?i:per|pct)))"
    r"(?:[ \t]+in[ \t]+(?:(?i:this|the)[ \t]+(?i:number)[ \t]+)?(?P<in>\d+)\b)?"
    r"|\b(?i:number)[ \t]+(?P<n>\d)[ \t]+in[ \t]+(?i:this|the)[ \t]+(?i:number)[ \t]+(?P<m>\d+)\b"
    r"|(?<=[\"\u201c])(?P<q>\d)(?=[\"\u201d])"
)


#: a cheap test before ``_SCORE_IN_WORDS`` on lower-case text: a "to" between spaces, with a
#: score noun right before it (the pattern's own words; the same output, a third of its time)
_SPACED_TO = re.compile(r"[ \t\n]to[ \t\n]")
_SCORE_NOUN_END = re.compile(r"(?:" + _SCORE_NOUNS.lower() + r")[ \t\n]+\Z")


def _score_noun_to(low: str) -> bool:
    """Does lower-case ``low`` hold a score noun before a spaced "to" ("goals to")?"""
    for m in _SPACED_TO.finditer(low):
        if _SCORE_NOUN_END.search(low, max(0, m.start() - 40), m.start() + 1):
            return True
    return False


#: a cheap test before ``_SYMBOL_DIGIT`` (with "digit" in the lower-case text): its other
#: two branches, "number 6 in the number" and a quoted digit
_SYMBOL_DIGIT_HINT = re.compile(r"(?i:number)[ \t]+\d[ \t]|(?<=[\"\u201c])\d(?=[\"\u201d])")
# the same test in two cheaper parts (round twenty-seven): "number N " where the word is in
# the text, and a digit between quotation marks (a match of the literal pattern one character
# earlier is a match of the look-behind's)
_NUMBER_DIGIT_HINT = re.compile(r"(?i:number)[ \t]+\d[ \t]")
_QUOTED_DIGIT_HINT = re.compile(r"[\"\u201c]\d[\"\u201d]")


def _symbol_digit_hint(text: str) -> bool:
    """Whether ``_SYMBOL_DIGIT_HINT`` finds something in ``text``, tested in cheaper parts."""
    if "number" in text.lower() and _NUMBER_DIGIT_HINT.search(text):
        return True
    return ('"' in text or "\u201c" in text) and _QUOTED_DIGIT_HINT.search(text) is not None


def _score_in_words(scanner: _Scanner, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both sides of a score in words count its noun: the second side when the scanner read
    it as another noun's ("a 3 goals to 1 win" counted "win") or not at all ("three goals to
    one." closing the sentence, "to nil"). Only when the first side is a count of that noun, no
    index is named (an index "rose by 3 points to 2614" moves to a level) and the second side
    is a bare whole number up to 200 or "nil"/"zero"/"one"."""
    text = scanner.text
    if " to " not in text or not _score_noun_to(text.lower()):
        return findings
    added = False
    for m in _SCORE_IN_WORDS.finditer(text):
        first = next((f for f in findings if (f["start"], f["end"]) == m.span("a")), None)
        if first is None or first["kind"] != "count" or first["unit"] or first["per"]:
            continue
        noun = singular(m.group("noun").lower())
        if first["noun"] != noun:
            continue
        line_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start())) + 1
        if re.search(
            r"\b(?i:index|indices|average|shares?|stocks?)\b", text[line_start : m.start()]
        ):
            continue
        b_start, b_end = m.span("b")
        side = m.group("b")
        second = next((f for f in findings if f["start"] <= b_start < f["end"]), None)
        if second is not None:
            if (
                (second["start"], second["end"]) == (b_start, b_end)
                and second["kind"] == "count"
                and not second["unit"]
                and second["value"] <= 200
                and second["noun"] != noun
            ):
                second["quantity"], second["noun"] = first["quantity"], noun
            continue
        value = float(side) if side.isdigit() else _SCORE_SIDE_WORDS.get(side.lower())
        if value is None or value > 200:
            continue
        scanner.add(b_start, b_end, value, kind="count", quantity=first["quantity"])
        findings.append(scanner.findings.pop())
        added = True
    if added:
        findings.sort(key=lambda f: (f["start"], f["end"]))
    return findings


#: the output's columns in order, and a getter of their values (one C call a finding)
_COLUMN_NAMES = tuple(COLUMNS)
_columns_of = operator.itemgetter(*_COLUMN_NAMES)


# round twenty-seven: "a quarter point cut" in a rate, "quarter percentage point rises"
_FRACTION_POINT = re.compile(
    r"\b((?i:quarter|half))[ \t\n-]+(?:(percentage)[ \t\n-]+)?(?i:point)\b(?![-'’])"
    r"(?=(?:[ \t\n]+(?:rate[ \t\n]+)?(cut|rise|increase|reduction|hike|fall|drop|decline|"
    r"easing|move|change)s?\b)?)"
)


_FRACTION_POINT_HINTS = (
    "r point", "r-point", "f point", "f-point", "ge point", "ge-point", "f a point",
    "r of a point", "f a percentage point",
)  # fmt: skip
# round twenty-eight: "cut its lending rate by half a point", "raised rates by a quarter of a
# point": a rate's change said with "by" after a rate named earlier in the clause
_BY_FRACTION_POINT = re.compile(
    r"\b(?i:by)[ \t\n]+(?:a[ \t\n]+)?((?i:quarter|half))[ \t\n]+(?:of[ \t\n]+)?a[ \t\n]+"
    r"(?:(percentage)[ \t\n]+)?(?i:point)\b(?![-'’])"
)
_RATE_BEFORE = re.compile(r"\b(?i:rates?)\b")


def _fraction_points(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "a quarter point cut", "quarter percentage point rises", "a half point rise in rates":
    a change of 0.25 or 0.5 percentage points (the development gold of two files), said with
    "percentage" or before a noun of a rate's change; a fraction of a point in a game or an
    index ("half a point", "a half point lead") is not read."""
    added = []
    for m in _FRACTION_POINT.finditer(text):
        if not (m.group(2) or m.group(3)):
            continue
        value = 0.25 if m.group(1).lower() == "quarter" else 0.5
        over = [f for f in findings if f["start"] < m.end() and m.start() < f["end"]]
        if any(f["kind"] != "fraction" or f["value"] != value for f in over):
            continue
        if over:  # "a half point cut": the scanner's fraction "a half" is this change
            findings = [f for f in findings if f not in over]
        added.append(
            {"n": 0, "start": m.start(), "end": m.end(), "text": m.group(), "value": value,
             "value_high": math.nan, "unit": "percentage points", "per": "", "quantity": "",
             "noun": "", "kind": "percent", "modifier": "", "value_base": value,
             "base_unit": "percentage points", "dimension": "percent points"}
        )  # fmt: skip
    for m in _BY_FRACTION_POINT.finditer(text):
        stop = _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 160), m.start())
        clause = text[stop.end() if stop else max(0, m.start() - 160) : m.start()]
        if not _RATE_BEFORE.search(clause) or _INDEX_WORDS.search(clause):
            continue  # "won by half a point", "the index rose by half a point"
        value = 0.25 if m.group(1).lower() == "quarter" else 0.5
        start = m.start(1) - (2 if text[m.start(1) - 2 : m.start(1)].lower() == "a " else 0)
        over = [f for f in findings if f["start"] < m.end() and start < f["end"]]
        if any(f["kind"] != "fraction" or f["value"] != value for f in over):
            continue
        findings = [f for f in findings if f not in over]
        added.append(
            {"n": 0, "start": start, "end": m.end(), "text": text[start : m.end()],
             "value": value, "value_high": math.nan, "unit": "percentage points", "per": "",
             "quantity": "", "noun": "", "kind": "percent", "modifier": "", "value_base": value,
             "base_unit": "percentage points", "dimension": "percent points"}
        )  # fmt: skip
    if not added:
        return findings
    return sorted([*findings, *added], key=lambda f: f["start"])


_SENTENCE_END_BEFORE = re.compile(r"[.!?;][\"'”’)]*[ \t\n]+(?=[^.!?;]*\Z)")
# round twenty-eight: two durations joined by "to", the second in a larger unit, said as one
# span of time ("in 10 days to three weeks' time", "within two hours to a day"): one range in
# the smaller unit (the lead's decision on the twenty-second sample's readings)
_WRITTEN_NUMBER = re.compile(
    r"(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|hundred)\b)"
)
_DURATION_RANGE_GAP = re.compile(r"[ \t\n]+to[ \t\n]+")
_DURATION_RANGE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:in|within|for|after|takes?|took)[ \t\n]+\Z")


#: a story's own short or long tons: "60,700 short tons in January ... mills consumed 29,600
#: tons": the bare "tons" after it are the story's unit (round twenty-eight)
_STORY_TONS = re.compile(r"(?i:\b(short|long)[ \t\n-]+tons?\b)")
_BARE_TONS = re.compile(r"(?<![A-Za-z])(?i:tons?)\Z")


def _story_tons(text: str, found: list[dict[str, Any]]) -> None:
    """A bare "ton(s)" is the tonne (the lead's decision), unless the story said "short tons"
    or "long tons" before it: then it is that unit, as a story keeps one ton throughout. Only
    one kind named in the story; "metric tons" and "tonnes" stay tonnes."""
    named = {m.group(1).lower(): m.start() for m in reversed(list(_STORY_TONS.finditer(text)))}
    if len(named) != 1:
        return
    kind, first = next(iter(named.items()))
    unit = "ton" if kind == "short" else "long ton"
    for f in found:
        if (
            f["unit"] == "t"
            and f["start"] > first
            and _BARE_TONS.search(f["text"])
            and not re.search(r"(?i:metric|short|long)", f["text"])
        ):
            f["unit"] = unit
            f["value_base"], f["base_unit"] = to_base(f["value"], unit)


def _duration_ranges(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "in 10 days to two weeks' time": one duration range, 10-14 days. Only two durations
    with no modifier, the first after "in", "within", "for", "after" or "take(s)", the second
    in a larger unit of at most a hundred times the first; not "from 10 days to two weeks" (a
    change, no "from" is allowed by the preposition test)."""
    drop: list[dict[str, Any]] = []
    for f, g in pairwise(findings):
        if (
            f["kind"] != "duration"
            or g["kind"] != "duration"
            or f["modifier"]
            or g["modifier"] not in ("", "within")
            or f["value_high"] == f["value_high"]
            or g["value_high"] == g["value_high"]
            or f["unit"] not in UNITS
            or g["unit"] not in UNITS
            or not _DURATION_RANGE_GAP.fullmatch(text, f["end"], g["start"])
            or not _WRITTEN_NUMBER.match(text, g["start"])  # "nine months to a year's time"
            or not _DURATION_RANGE_BEFORE.search(text, max(0, f["start"] - 8), f["start"])
        ):
            continue
        small, large = UNITS[f["unit"]].factor, UNITS[g["unit"]].factor
        if not small or large <= small:
            continue
        high = g["value"] * large / small
        if not f["value"] < high <= 100 * f["value"]:
            continue
        f["value_high"] = float(round(high, 6))
        f["end"], f["text"] = g["end"], text[f["start"] : g["end"]]
        drop.append(g)
    if not drop:
        return findings
    return [f for f in findings if not any(f is g for g in drop)]


# round twenty-eight: the pronoun "one" after a determiner and an adjective ("a later one in
# Rio", "the right one, he said"): no figure, as "one of" said alone is none
_ONE_STANDS_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother|[Ee]very|[Ee]ach)[ \t\n]+"
    r"([a-z]{3,})[ \t\n]+\Z"
)
_ONE_STANDS_FOR_AFTER = re.compile(
    r"(?:[ \t\n]*(?:[.,;:!?)]|$)|[ \t\n]+(?:in|at|on|for|from|with|by|to|that|which|who|"
    r"is|was|will|would|has|had|could|can|immediately|again|instead|too|now|then|yet)\b)"
)


def _pronoun_one(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop "one" read as a count where it stands for a noun said before: "a later one",
    "the appropriate one". Not a number word before its noun ("a second one-day match" is
    hyphened; "the only one" and "a single one" are counts of their own by the guide)."""
    keep = []
    for f in findings:
        if f["text"] == "one" and f["kind"] == "count":
            before = _ONE_STANDS_FOR_BEFORE.search(text, max(0, f["start"] - 30), f["start"])
            if (
                before is not None
                and before.group(1) not in ("only", "single", "last", "first", "more", "other")
                and lexicon.is_adjective(before.group(1))
                and not lexicon.is_noun(before.group(1))
                and _ONE_STANDS_FOR_AFTER.match(text, f["end"], min(len(text), f["end"] + 16))
            ):
                continue
        keep.append(f)
    return keep


# round twenty-nine: "World War II", "World War One": the war's numeral is an ordinal of
# ``war``, as "the Second World War" is (the guide's ordinals); a Roman numeral is read only here
_WORLD_WAR = re.compile(r"\bWorld[ \t]+War[ \t]+(I{1,3}|One|Two|Three|[123])(?![\w'’])(?!-\d)")
_WAR_NUMERALS = {"I": 1, "II": 2, "III": 3, "One": 1, "Two": 2, "Three": 3}


_NIL_VS_AFTER = re.compile(r"[ \t]*(?:vs|VS|versus)\b[ \t]+(?:[A-Za-z]+[ \t]+){0,2}")
_VS_NIL_BEFORE = re.compile(r"[ \t]+(?:[A-Za-z]+[ \t]+){0,2}(?:vs|VS|versus)[ \t]+")


def _wire_nil_partner(text: str, found: list[dict[str, Any]], nil_at: frozenset[int]) -> None:
    """A "nil" read as "0" takes the reading of the figure on the other side of its "vs"
    ("Tax nil vs 4.5 mln rand": rand; "sold 79 vans versus nil": vans); with none (both sides
    nil) it keeps what its line gave it ("Shr nil vs nil": per share), a name read as a count."""
    for i, f in enumerate(found):
        if f["start"] not in nil_at:
            continue
        partner = None
        if _NIL_VS_AFTER.match(text, f["end"]):
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is not None and _NIL_VS_AFTER.fullmatch(text, f["end"], nxt["start"]):
                partner = nxt
        elif i > 0:
            prev = found[i - 1]
            partner = prev if _VS_NIL_BEFORE.fullmatch(text, prev["end"], f["start"]) else None
        if partner is not None and partner["start"] not in nil_at:
            for key in ("unit", "per", "quantity", "noun", "kind", "base_unit", "dimension"):
                f[key] = partner[key]
            f["value_base"] = 0.0 if partner["base_unit"] else float("nan")
        elif f["kind"] == "name":
            f["kind"] = "count"


def _api_gravity(text: str, found: list[dict[str, Any]]) -> None:
    """Degrees beside "API" or "gravity" are an oil's API gravity (round twenty-nine): "a 27
    degree gravity blend", "from 23 degrees to 37 degrees API" (one range), "above 40 degrees"
    after "37 degrees API"; read after the scanner, so a range keeps both ends."""
    for f in found:
        if f["unit"] == "deg" and _API_GRAVITY.search(
            text, max(0, f["start"] - 40), min(len(text), f["end"] + 25)
        ):
            f["unit"], f["dimension"] = "°API", dimension_of("°API")
            f["value_base"], f["base_unit"] = to_base(f["value"], "°API")


def _world_war(scanner: _Scanner, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The numeral after "World War" as an ordinal of ``war``, in place of what the scanner
    read there ("Two" as a name after a capitalised word, a Roman numeral not at all)."""
    added = []
    for m in _WORLD_WAR.finditer(scanner.text):
        a, b = m.span(1)
        numeral = m.group(1)
        scanner.add(a, b, float(_WAR_NUMERALS.get(numeral) or int(numeral)), kind="ordinal",
                    quantity="war", modifier="")  # fmt: skip
        added.append(scanner.findings.pop())
    if not added:
        return findings
    kept = [f for f in findings if not any(f["start"] < g["end"] and g["start"] < f["end"]
                                           for g in added)]  # fmt: skip
    return sorted(kept + added, key=lambda f: (f["start"], f["end"]))


def extract_text(text: str, dateline: str = "") -> list[dict[str, Any]]:
    """Findings for a raw string (what :func:`extract` does for an article's text).

    ``dateline`` is the story's dateline when a loader keeps it outside the text ("TORONTO,
    March 3"; Reuters-21578's field); without it a dateline at the start of the text is read.

    ``sentence`` is the index of the finding's sentence in the core's split
    (:func:`newslens.sentences.sentence_spans`, the same as ``Article.sentences``), and
    ``sentence_start``/``sentence_end`` are that sentence's offsets.
    """
    from newslens_numbers.consistency import link_conversions

    if not text:
        return []
    scanner = _Scanner(text)
    findings = [f for f in scanner.run() if not _day_in_words(scanner.text, f)]
    findings = _score_in_words(scanner, findings)
    if "number ones" in text:  # "four number ones": a count of chart-toppers (decision 3)
        for f in findings:
            if f["kind"] == "count" and _NUMBER_ONES_AFTER.match(scanner.text, f["end"]):
                f["quantity"], f["noun"] = "number ones", "number one"
    if ("igit" in text or "number" in text or '"' in text or "\u201c" in text) and (
        _symbol_digit_hint(text) or "digit" in text.lower()
    ):
        symbols = [
            m.span(g)
            for m in _SYMBOL_DIGIT.finditer(scanner.text)
            for g in ("d", "in", "n", "m", "q")
        ]
        symbols = [(s, e) for s, e in symbols if s >= 0]
        findings = [
            f for f in findings if not any(f["start"] < e and s < f["end"] for s, e in symbols)
        ]
    if ";" in text and "&" in text:
        for f in findings:  # a sign read from an entity: the span opens at the entity
            if (
                text[f["start"]] == ";"
                and (amp := text.rfind("&", max(0, f["start"] - 8), f["start"])) >= 0
            ):
                entity = _CURRENCY_ENTITY.match(text, amp)
                if entity is not None and entity.end() == f["start"] + 1:
                    f["start"], f["text"] = amp, text[amp : f["end"]]
    if any(hint in scanner.text for hint in _FRACTION_POINT_HINTS):
        findings = _fraction_points(scanner.text, findings)
    if " to " in text:
        findings = _duration_ranges(scanner.text, findings)
    if "one" in text:
        findings = _pronoun_one(scanner.text, findings)
    if "World War" in text:
        findings = _world_war(scanner, findings)
    if ("API" in text or " api" in text or "gravity" in text) and (
        "°" in text or "deg" in text.lower()
    ):
        _api_gravity(scanner.text, findings)
    spans = sentence_spans(text) if findings else ()
    out: list[dict[str, Any]] = []
    for n, f in enumerate(findings):
        f["n"] = n
        f["sentence"] = sentence_index(text, f["start"])
        f["sentence_start"], f["sentence_end"] = spans[f["sentence"]]
        f["same_as"] = None
        f["consistency"] = ""
        f["deviation"] = float("nan")
        out.append(f)
    # the scanner's copy: line breaks of wrapped wire copy read as spaces, same offsets
    _table_rows(scanner.text, out, scanner.labelled)
    _story_currency(scanner.text, out, dateline)
    _carried_prices(scanner.text, out)
    _stock_quotes(scanner.text, out, dateline)
    _stock_low_high(scanner.text, out, dateline)
    _labelled_amounts(scanner.text, out)
    _share_in_sentence(scanner.text, out)
    _shared_currencies(scanner.text, out, dateline, text)
    _exchange_rates(scanner.text, out)
    _francs(scanner.text, out, dateline)
    _won(scanner.text, out, text)
    _change_to_level(scanner.text, out)
    _vote_tally(scanner.text, out)
    _population(scanner.text, out)
    _shared_noun(scanner.text, out)
    _one_of_noun_before(scanner.text, out)
    _parallel_rate(scanner.text, out)
    _rate_subject(scanner.text, out)
    _shares_said_before(scanner.text, out)
    _exchange_offer(scanner.text, out)
    _continued_measure(scanner.text, out)
    _poll_points(scanner.text, out)
    _index_level_points(scanner.text, out)
    _young_of_age(scanner.text, out)
    _pair_noun(scanner.text, out)
    if "short ton" in text or "long ton" in text or "hort-ton" in text or "ong-ton" in text:
        _story_tons(scanner.text, out)
    if "vague" in [f["modifier"] for f in out]:
        _vague_pair_currency(scanner.text, out)
    _quarters_of_process(scanner.text, out)
    _parallel_duration(scanner.text, out)
    _data_rates(scanner.text, out)
    _substitutes_minutes(scanner.text, out)
    _count_before_top(scanner.text, out)
    _wire_dividend_rate(text, out)
    _tenors(scanner.text, out)
    _death_toll(scanner.text, out)
    _ordinal_before_rank(scanner.text, out)
    if scanner.nil_at:
        _wire_nil_partner(scanner.text, out, scanner.nil_at)
    link_conversions(text, out)
    for f in out:
        f.pop("_decimals", None)
    _converted_rates(scanner.text, out)
    _rate_after_conversion(scanner.text, out)
    return [dict(zip(_COLUMN_NAMES, _columns_of(f), strict=True)) for f in out]


def extract(article: Article) -> list[dict[str, Any]]:
    """The ``numbers.v1`` extractor: one dict per figure in ``article.text``.

    It does not catch errors: an exception (a bug in a rule) reaches the runner, which records
    an error row naming the article and the cause, rather than passing for "no figures".
    """
    dateline = article.extra.get("dateline") if article.extra else None
    return extract_text(article.text, dateline if isinstance(dateline, str) else "")
