"""Vocabulary and regular expressions of the number scanner: number words, scales, modifiers,
the words that make a number a date, an id or a list marker, and the anchored patterns looked
for just before and just after each number core."""

from __future__ import annotations

import re

from newslens_numbers.units import (
    CURRENCY_CODES,
    currency_word_pattern,
    unit_pattern,
    word_trie,
)

# --------------------------------------------------------------------------- vocabulary

ONES = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
WORD_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
    "nineth": 9,
}
SCALE_ORDINALS = frozenset({"hundredth", "thousandth", "millionth", "billionth", "trillionth"})
FRACTION_DENOMS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
MODIFIERS = (
    "at least",
    "at most",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "no more than",
    "no fewer than",
    "no less than",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "approx.",
    "roughly",
    "some",
    "over",
    "under",
    "above",
    "below",
    "just over",
    "just under",
    "well over",
    "upwards of",
    "in excess of",
    "an estimated",
    "estimated",
    "exactly",
    "precisely",
    "nearly all",
    "almost all",
    "exceeding",
    "exceed",
    "surpass",
    "~",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# plurals the same as their singular, which the lexicon cannot tell from it ("26 staff")
IRREGULAR_PLURALS = _words(
    "people police personnel cattle sheep fish deer aircraft staff crew data media bacteria "
    "series species offspring livestock militia infantry clergy folk youth poultry swine troops"
)
# words in -s that are no plurals: closed-class words the lexicon lacks, and "news" (which it
# tells from a plural-only noun such as "earnings" by no spelling); it tells the rest
NOT_PLURAL = _words("this his its us thus yes as unless whereas towards news")
#: the months' names, lower case: the one list the rules that tell a month from a noun read
#: ("its March sales" dates the sales; "for January 12 tons"; "March was 3")
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: adjectives that, used as nouns, name people: a count right before one counts ``person``
#: ("50 homeless", "with 2 mln jobless", "the 30 dead"; the lead's decision 2 on round
#: seventy-eight), and a number before one is no model ("left 300 dead")
PEOPLE_ADJECTIVES = _words("dead injured wounded homeless jobless unemployed missing elderly")
STOP = _words(
    "of in on at to from for with by into onto over under about after before during since until "
    "against among between through across per via than as like near off out up down the a an "
    "this that these those its their his her our your my some any each every all both no other "
    "another such and or but nor so yet while because if when where which who whom whose what "
    "whether is are was were be been being am has have had do does did will would shall should "
    "can could may might must said say says told reported ago later earlier more less fewer "
    "most least apiece respectively too also still already only just not even then there here "
    "it they them we he she you i me him us again away back ahead alone each percent cent per "
    "times behind beyond above below within without toward towards upon despite except along "
    "around inside outside"
)
YEAR_PREV = _words(
    "in since by until till during before after early late mid year fiscal from through circa "
    "between spring summer autumn winter fall season class of"
)
# before a 4-digit number of 1950-2035, words that make it a year modifying a noun
YEAR_DETERMINERS = _words("the their its his her our this that last next whose")
# Capitalised words before a number that make it a name or an id ("Apollo 11", "Flight 17").
ID_PREV = _words(
    "no no. nos number flight route highway interstate article section chapter resolution room "
    "gate platform apollo windows channel level page vol volume issue version v grade phase "
    "stage act rule bill amendment paragraph clause item exhibit table figure fig district ward "
    "precinct unit squadron regiment division battalion brigade corps boeing airbus embraer "
    "bombardier antonov ilyushin tupolev sukhoi mig cessna lockheed douglas tu il an"
)
RANK_VERBS = _words("finished finishes finish came comes placed ranked ranks ranking finishing")
CALL_WORDS = _words("call calling dial dialling dialing phone phoning ring ringing text texting")
COMMON_VERBS = _words(
    "came went made took gave got saw found told left became began held brought stood fell rose "
    "ran won lost met led paid sent sold spent built felt kept hit put set cut shot struck fought "
    "caught drove flew grew knew threw wrote spoke broke chose comes goes makes takes gets gives "
    "says sees seems seem appears appear"
)
PREMODIFIERS = _words("more other additional further extra new fewer separate different most")
PRONOUN_PLURALS = _words("others ones these those thousands hundreds dozens millions billions tens")
LOWER_ID_PREV = _words(
    "no. nos category phase stage level week round season grade step gate version band series"
)
ADJECTIVE_ENDINGS = ("-based", "-old", "-long", "-wide", "-high", "-year", "-strong")

# --------------------------------------------------------------------------- regexes

_NUMWORD = "|".join(sorted([*ONES, *TENS, *WORD_SCALES, "dozen"], key=len, reverse=True))
_ORDWORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_TENWORD = "|".join(TENS)
_ONEWORD = "|".join(list(ONES)[1:10])
# the same words as tries for the scanner (``word_trie``: each branch opens with a character
# class the engine tests before entering it, where the alternations above try forty words one
# by one at every candidate word); "(?-i:...)" keeps the classes out of the scanner's
# case-insensitive group, which would test them by lower-casing each character
_NUMWORD_TRIE = "(?-i:" + word_trie([*ONES, *TENS, *WORD_SCALES, "dozen"], ignore_case=True) + ")"
_ORDWORD_TRIE = "(?-i:" + word_trie(ORDINAL_WORDS, ignore_case=True) + ")"
_TENWORD_TRIE = "(?-i:" + word_trie(TENS, ignore_case=True) + ")"

#: Vague quantities ("dozens of people", "tens of thousands of dollars", "a few hundred"):
#: read as the range 2-9 of the unit ("thousands" 2,000-9,999), modifier "vague".
_VAGUE = (
    r"(?P<vague>\b(?i:(?:tens|hundreds|thousands)[ \t]+of[ \t]+(?:thousands|millions|billions)"
    # "several hundred million": the range 2-9 of a hundred millions
    r"|(?:a[ \t]+few|several)[ \t]+hundred[ \t]+(?:thousand|million|billion)"
    r"|(?:a[ \t]+few|several|many)[ \t]+(?:dozen|hundred|thousand|million|billion)"
    r"(?![ \t]+(?:and|hundred|thousand|million|billion)\b)"
    r"|dozens|scores(?=[ \t]+of\b)|hundreds|thousands|millions|billions|trillions"
    r"|multi-?(?:million|billion|trillion))\b)"
)
VAGUE_SCALES = {"dozen": 12.0, "score": 20.0, "ten": 10.0, **{k: v for k, v in WORD_SCALES.items()}}

#: The words a scanner match can start with ("a"/"an" before a scale or fraction, the number,
#: ordinal and fraction words, the vague plurals, the bounding words before "a" + unit). Keep
#: in step with the alternatives of SCANNER below (a test checks every one is covered).
SCANNER_FIRST_WORDS = frozenset(
    {*ONES, *TENS, *WORD_SCALES, *ORDINAL_WORDS, "dozen", "dozens", "a", "an", "half", "quarter"}
    | _words("tens hundreds thousands millions billions trillions several many scores")
    | _words("multi multimillion multibillion multitrillion")
    | _words("within under over than about around nearly almost to least roughly some for")
)

# Every alternative starts at a digit, a "." before one, or one of SCANNER_FIRST_WORDS: the
# look-ahead lets the engine skip the inside of words, and every word that cannot open a
# number ("the", "said", "company"), without trying six alternatives there (the word check
# halves the scanner's time again; the matches are the same). A "." opens only ".5": a full
# stop with no digit after it tries nothing (a fifth of the scanner's time). The first
# look-ahead, one character class that every opening character is in (a digit, a letter or
# "."), turns away spaces and punctuation before the engine enters the alternation of the
# second (the scanner's time less a fifth, round twenty-six; the matches are the same).
# Before both, a look-behind turns away the inside of a lower-case word in one test, where
# the gates above took three: after a lower-case letter only digits can open a match, and
# only after "Rp" or "Rs" (``(?<=\bR[Mps])``), so "p" and "s" stay out of the class (the
# scanner's time less an eighth, round fifty-six; the matches are the same).
SCANNER_LEAD = r"(?<![a-oqrt-z])"
SCANNER = re.compile(
    SCANNER_LEAD
    + r"(?=[\w.])(?=\d|\.\d|\b"
    + word_trie(SCANNER_FIRST_WORDS, ignore_case=True, end="(?![A-Za-z])")
    + r")(?:"
    + _VAGUE
    + r"|(?P<digits>(?:(?<![\w.,/@#\\%])|(?<=[A-Z]{3})|(?<=\bR[Mps]))(?:\d{1,3}(?:,\d{3})+(?!,\d)"
    r"|\d{1,2}(?:,\d{2})+,\d{3}"
    r"|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,]|-\d)"
    r"|\d+)(?:\.\d+)?|(?<![\w.,/@#\\%])\.\d+)"
    rf"|(?P<frac>\b(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ \t-]+"
    r"(?:half|halves|thirds?|quarters?|fourths|(?<=[Oo]ne[ -])fourth|(?<=[Oo]ne - )fourth"
    # "one seventh", "two-sevenths"; not "a seventh time", which ranks
    r"|fifths?|sixths?|sevenths|(?<=[Oo]ne[ -])seventh|eighths?|ninths|(?<=[Oo]ne[ -])ninth"
    r"|tenths?)\b(?!-[a-z])"
    r"|half(?=[ \t]+(?:of|a|an|the|their|its|his|her|our|million|billion|dozen|thousand)\b)"
    r"|(?<=than )half\b|quarter(?=[ \t]+(?:million|billion|of[ \t]+a[ \t]+million)\b)"
    # "half went to a mill and the other half to a bakery": two halves of a whole
    r"|(?<=[Tt]he other )half\b(?!-)"
    r"|(?<!first )(?<!second )(?<!other )half\b(?![ \t-]+(?:time|way|hour|day|term|year|century))"
    r"(?=[^.;\n]{1,120}?\b[Tt]he[ \t]+other[ \t]+half\b)))"
    rf"|(?P<word>\b(?i:(?:(?:a|an)[ \t]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?:{_NUMWORD_TRIE})(?:(?:[ \t]*-[ \t]*|[ \t]+(?:and[ \t]+)?)(?:{_NUMWORD_TRIE})){{0,16}})\b)"
    rf"|(?P<ordw>\b(?i:(?:(?:{_TENWORD_TRIE})[ \t-])?(?:{_ORDWORD_TRIE}))\b)"
    # "within an hour", "under a hectare", "less than a kilometre": after a word that bounds a
    # quantity, "a"/"an" before a unit is the number one (checked against the units in build)
    # the bounding word is part of the match (a literal prefix costs the scanner nothing, a
    # look-behind at every position doubled its time); core_at starts the span at "a"
    # "for a week" too, a time unit only (round fifty-two: the lead's decision 5 on fresh26)
    r"|(?P<aunit>\b(?i:within|under|over|than|about|around|nearly|almost|to|least|roughly|some|for)"
    r"[ \t]+(?i:an|a)(?=[ \t]+[A-Za-z]{3}))"
    r")"
)
_DIGIT_WORD = "zero|nought|naught|oh|one|two|three|four|five|six|seven|eight|nine"
_POINT_DECIMALS = re.compile(rf"[ \t]+(?i:point)((?:[ \t]+(?i:{_DIGIT_WORD})\b)+)")
_POINT_TENS = re.compile(
    rf"[ \t]+(?i:point)[ \t]+((?i:(?:{_TENWORD})(?:[ \t-](?:{_ONEWORD}))?|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b"
    r"(?![ \t-]+(?i:point|hundred))"
)
_ORDINAL_AFTER_WORDS = re.compile(rf"(?:[ \t]*-[ \t]*|[ \t]+(?:and[ \t]+)?)((?i:{_ORDWORD}))\b")
_AND_FRACTION = re.compile(
    r"[ \t-]+(?i:and)[ \t-]+(?i:(a|an|one|two|three|four)[ \t-]+"
    r"(half|thirds?|quarters?|fourths?|fifths?|eighths?|tenths?))\b"
    r"(?:[ \t]+(?i:(dozen|hundred|thousand|million|billion|trillion))\b)?"
)
_FRACTION_OF_SCALE = re.compile(
    r"[ \t]+(?:(?i:of)[ \t]+)?(?:(?i:a|an)[ \t]+)?"
    r"(?i:(dozen|hundred|thousand|million|billion|trillion))\b"
)
_AND_ONES_END = re.compile(r"[ \t-]+(?i:and)[ \t-]+(?i:one|two|three|four)$")
_FRACTION_WORD_AFTER = re.compile(
    r"[ \t-]+(?i:half|thirds?|quarters?|fourths?|fifths?|eighths?|tenths?)\b"
)
_COMPOUND_AFTER_SCALE = re.compile(
    r"[ \t]+(?:(?i:and)[ \t]+)?(\d{1,3}(?![\d,.])|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|"
    r"seven|eight|nine)\b(?![ \t-]+(?i:hundred|thousand|million|billion)))"
)
_NUMWORD_TOKEN = re.compile(rf"\b(?i:and|an|a|{_NUMWORD})\b")
_WS = re.compile(r"[ \t]*")
_MONTH_AFTER = re.compile(rf"[ \t]*(?:(?:st|nd|rd|th)[ \t]+)?(?:of[ \t]+)?(?:{MONTHS})\b\.?")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?[ \t]+(?:the[ \t]+)?$")
_DAY_RANGE_END = re.compile(
    r"[ \t]*(?:-|–|—|to|through|and|until)[ \t]*(\d{1,2})(?![\d:.,]\d)(?!\d)"
)
_DATE_YEAR_AFTER = re.compile(r"(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?!\d)")
_TIME_AFTER = re.compile(
    r"(?::\d{2}(?::\d{2})?(?:[ \t]*(?i:[ap]\.?m\b\.?|h\b|hrs\b|gmt\b|utc\b|bst\b|est\b|edt\b))?"
    r"|[ \t]*(?i:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|[ \t]*(?:GMT|UTC|BST|EST|EDT|CET|CEST|PST|PDT)\b|\.\d{2}[ \t]*(?i:am|pm|a\.m\.|p\.m\.)"
    r"|[ \t]*(?i:o'clock|o’clock)"
    r"|(?<=\d{4})[ \t]+(?i:hours|hrs)\b(?=[ \t]*(?:GMT|local|on\b|,|\.))"
    # a four-digit clock time before "local time" or a city's: "at 1500 London time"
    r"|(?<=\d{4})[ \t]+(?:local|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+time\b)"
)
_ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?!\d)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_YEAR_RANGE = re.compile(r"\d{4}[ \t]*[-–—/][ \t]*(?:\d{4}|\d{2})(?!\d)")
_PHONE = re.compile(
    r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])\d{3,4}[ .-]\d{3,5}(?!\d)"
    r"|\+\d{7,15}(?!\d)"
)
_NUMBER_LIST = re.compile(r"\d{1,4}(?:,\d{1,4}){2,}(?!\d|\.\d)")
_EURO_DECIMAL = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}(?![\d,.]\d|\d)")
_DOTTED = re.compile(r"[\d]+(?:\.\d+){2,}")
_SCALE_AFTER = re.compile(
    r"(?:[ \t]*-?[ \t]*(?P<word>(?i:hundred|thousand|lakhs?|millions?|crores?|billions?|"
    r"trillion|mlns?|blns?|trn|tln|mil))|(?P<abbr>bn|mn|tn|MM|m|k|b|K|M|B)"
    r"|[ \t]+(?P<sabbr>[kKM])(?=[ \t]*(?:[.,;:!?)]|$)))(?![A-Za-z])"
)
_MIXED_FRACTION = re.compile(r"(?:[ \t]+|-)(\d{1,2})/(\d{1,2})(?![\d/])")
_UNIT = unit_pattern()
_CURRENCY_WORD = currency_word_pattern()
_CURRENCY_CODE_AFTER = re.compile(
    r"[ \t]*(?P<mega>M(?=[A-Z]{3}\b))?(?P<code>"
    + word_trie([c for c in CURRENCY_CODES if c != "TRY"], ignore_case=True)
    + r"|TRY)\b"
    r"(?:[ \t]+(?P<scale>(?i:million|billion|trillion|thousand)))?"
)
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>(?:US|U\.S\.|A|AU|C|CA|Can|CDN|NZ|HK|S|R|NT|Mex|MX)\$"
    r"|(?i:us|u\.s\.?|usd|aud|au|cad|ca|c|nzd|nz|hkd|hk|mxn|mex)[ \t]?\$"
    r"|Rs\.?|Y=|RM|Rp|[$£€¥₹₽₩₦₺₪₿])"
    r"|\b(?P<mega>M(?=[A-Z]{3}\b))?"
    r"(?P<code>"
    + word_trie([c for c in CURRENCY_CODES if c != "TRY"], ignore_case=True)
    + r"|TRY))[ \t]?$"
)
_CURRENCY_AFTER_SYMBOL = re.compile(r"[ \t]?([$€£¥₹₡₾₭元]|ரூ)(?![\d$€£¥₹])")
_SYMBOL_AFTER_CODES = {"₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY", "ரூ": "LKR"}
_MINOR_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+)?(\d{1,2}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|"
    r"eight|nine))(?:[ \t]+(?i:cents?|pence|p)\b|(?=[ \t]*(?:[.,;!?](?!\d)|$)))"
)
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,)\]])(?P<sym>[-−])|\b(?P<word>(?i:minus|negative))[ \t]+)$")
_MODIFIER_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<mod>" + word_trie(MODIFIERS, ignore_case=True) + r")[ \t]*$"
)
# "18- to 34-year-olds": a suspended hyphen before "to" joins a range too
_RANGE_JOIN = re.compile(
    r"[ \t]*(?:-to-|-[ \t]+to(?![A-Za-z])|(?:-|–|—|~|to|through|and|or)(?![A-Za-z]))[ \t]*"
)
_CHANGE_BEFORE_FROM = re.compile(
    r"(?i:\b(?:rose|rise|rising|fell|fall|falling|increased?|decreased?|grew|grow|jumped|climbed|"
    r"dropped|declined?|cut|raised|up|down|went|soared|slumped|plunged|reduced|expanded|changed?|"
    r"moved?|shrank|doubled|tripled|lifted|boosted|increasing|raising|growing|cutting|"
    r"reducing|lifting|"
    # round sixty-five: the plain and third-person forms of verbs the list had only in the
    # past ("plans to expand maize land from 2.2 mln to 2.6 mln hectares")
    r"expand|expands|expanding|raise|raises|reduce|reduces|lowered|lowering)\b[^.;]{0,70}"
    # a verb that may also say a span ("the zone extends from 5 to 10 miles") changes only with
    # its object between it and "from": "extend paid leave from six months to nine" (round 39)
    r"|\b(?:extend|extends|extended|extending|lengthen|lengthens|lengthened|lengthening|"
    r"shorten|shortens|shortened|shortening)[ \t]+(?!from\b)[^.;]{1,60}[ \t])from[ \t]+$"
)
# "ranging from N to M", "ranged from": the figures' own range, whatever verb of change comes
# before ("raised wages by amounts ranging from 5 to 8 pct": 5-8 pct; round forty-one)
_RANGING_FROM = re.compile(r"(?i:\brang(?:e|es|ed|ing)[ \t]+from)[ \t]+$")
_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)[ \t]+$")
_BETWEEN_AGES = re.compile(r"(?i:\bbetween[ \t]+(?:the[ \t]+)?ages[ \t]+of)[ \t]+$")
_AGE_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?i:years?|yrs?|months?|weeks?|days?)"
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?i:olds?)\b"
    r"|[ \t]+(?i:(?:years?|months?|weeks?|days?)[ \t]+of[ \t]+age)\b|[ \t]*(?i:yo|y/o)\b"
)
_IN_RATIO = re.compile(r"(?:[ \t]*-[ \t]*|[ \t]+)(?i:in)(?:[ \t]*-[ \t]*|[ \t]+)")
_AND_A_HALF = re.compile(r"[ \t]+(?i:and)[ \t]+(?i:an?)[ \t]+(?i:half)\b")
_GLUED_DEGREES = re.compile(r"(?<=\d)[CF](?![A-Za-z0-9/-])")
#: the second part of a measure written in two units of one dimension ("5ft 9in", "six feet two
#: inches", "12st 4lb", "2 hours 30 minutes", "1m 52.3s"): a number, then its unit (read by the
#: caller); a comma only between parts of a time ("eight minutes, 04.69 seconds")
_SMALLER_PART = re.compile(
    r"(?:(?P<comma>[ \t]*,)[ \t]*|[ \t]+(?:and[ \t]+)?|(?<=[A-Za-z])(?=\d))"
    r"(\d{1,3}(?:\.\d+)?|(?i:[a-z]+(?:-[a-z]+)?))(?=[ \t]*[A-Za-z\"])"
)
#: the smaller units the unit vocabulary leaves out as too ambiguous alone: "9in", "2 in" (a
#: preposition elsewhere), "52.3s", "30m" (metres elsewhere); read only as a second part
_SMALL_UNIT_WORD = re.compile(
    r"[ \t]*(?:(?P<inch>in|inch|inches|\")|(?P<s>s|secs?|seconds?)|(?P<min>m|mins?|minutes?))"
    r"(?![A-Za-z])"
)
#: (larger unit, smaller unit) -> how many of the smaller make one of the larger; the lead's
#: decision: one measure, valued in the smaller unit named, so it is exact (69 in, 172 lb)
SMALLER_UNITS: dict[tuple[str, str], int] = {
    ("ft", "in"): 12,
    ("yd", "ft"): 3,
    ("st", "lb"): 14,
    ("lb", "oz"): 16,
    ("h", "min"): 60,
    ("h", "s"): 3600,
    ("min", "s"): 60,
    ("year", "month"): 12,
    ("week", "day"): 7,
}
#: the units a part may be read in after a comma: a time ("eight minutes, 04.69 seconds") and
#: months after years ("188 months (15 years, 8 months)", a sentence or an age in a court or
#: medical report); no other pair, where a comma more often ends one figure of a list
COMMA_UNITS = frozenset({"h", "min", "s", "month"})
_TEMPERATURE_CONTEXT = re.compile(
    r"(?i:temperature|thermostat|weather|heat|warm|cold|hot|cool|degrees[ \t]+(?:outside|inside))"
)
_PERSON_NOUNS = (
    "man|woman|boy|girl|brother|sister|son|daughter|mother|father|wife|husband|uncle|aunt|"
    "nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|victim|suspect|driver|"
    "teenager|pilot|officer|soldier|student|resident|friend|partner|widow|widower"
)
_APPOSITIVE_AGE = re.compile(
    rf"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*|\b(?:{_PERSON_NOUNS})"
    # a name's suffix: "Lloyd Noland III, 43,", "John Smith Jr., 64,"
    r"|\b[A-Z][a-z]+[ \t]+(?:Jr\.?|Sr\.?|II|III|IV))"
    r"(?:,[ \t]*(?:(?:now|then|both)[ \t]+)?|[ \t]+\()$"
)
_AND_AGE = re.compile(r"[ \t]+and[ \t]+(\d{1,2})(?=[ \t]*[,)])")
_STREET_AFTER = re.compile(
    r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|"
    r"Blvd|Square|Place|Drive|Way|Terrace|Crescent)\b"
)
_WAS_AGE = re.compile(
    r"(?i:\b(?:(?:he|she|who)[ \t]+(?:was|is|had[ \t]+been|would[ \t]+have[ \t]+been|will[ \t]+be)"
    # round seventy-four: "she's 17, has ...", "he’s 19 and": the contraction of "is"
    r"|(?:he|she|who)['\u2019]s"
    # "I am 31.", "I was 12 when": the speaker's age
    r"|I[ \t]+(?:am|was|had[ \t]+been|will[ \t]+be)|I['\u2019]m)"
    r"[ \t]+(?:only[ \t]+|just[ \t]+|still[ \t]+)?)$"
)
# what may follow "he was 86" for it to be an age: the clause ends, or a new one begins
_AFTER_AGE = re.compile(
    r"[ \t]*(?:[.,;]|$|(?:and|but|when|on|next|later|until|"
    # "who is 41 at the end of June" (round twenty-seven)
    r"at[ \t]+the[ \t]+(?:time|end|start|beginning)|in[ \t]+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December))\b)"
)
_DIED_AT = re.compile(
    r"(?i:\b(?:died|dies|dead|passed[ \t]+away|turned|turns|retired|retires)[ \t]+(?:at[ \t]+)?)$"
)
_MAGNITUDE_BEFORE = re.compile(r"(?i:\bmagnitude)(?:[ \t]+(?:was|is|of|at))?[ \t-]+$")
# round thirty-five (the lead's decision 2 on fresh25): a quake's size is a magnitude in every
# wording; "6.1 on the (open-ended) Richter scale", and a decimal read after a quake's verb of
# measuring ("a tremor measuring 5.4", "the quake registered a preliminary reading of 6.5");
# read only in a text that says "magnitude" or "Richter" somewhere
_RICHTER_AFTER = re.compile(r"[ \t]+on[ \t]+(?:the|an?)[ \t]+(?:[\w-]+[ \t]+){0,2}(?i:richter)\b")
_QUAKE_READING_BEFORE = re.compile(
    r"(?i:\b(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?)\b[^.;:\n]{0,30}?"
    r"\b(?:measur(?:ed|ing)|register(?:ed|ing)|read(?:ing)?|of)[ \t]+"
    r"(?:(?:a|an)[ \t]+(?:preliminary[ \t]+)?(?:reading|magnitude)[ \t]+of[ \t]+)?)$"
)
# a line break inside a sentence: after a word, a comma or a currency sign, before a lower-case
# word, a bracket or a figure that starts no list item; the scanner reads it as a space
_SOFT_BREAK_AFTER = (
    r"[ \t]*(?:[a-z(]|\d(?!\d{0,2}[.)][ \t])"
    # a wrapped currency after a figure: "33 mln\nU.S. Dlrs", "12.5 mln\nCanadian dlrs"
    r"|(?:(?<=\d\n)|(?<=[mb]ln\n)|(?<=llion\n))"
    r"(?:U\.S\.|[A-Z][a-z]+)[ \t]+(?i:dlrs?|dollars?|cents|cts|francs?|marks)\b)"
)
_SOFT_BREAK = re.compile(r"(?<=[\w,%$£€])[ \t]*\n(?=" + _SOFT_BREAK_AFTER + ")")
# the same for a text with no blank before a line break (``scan._soft_breaks``), written to
# open with the line break: the pattern above opens with a look-behind, so a search through the
# story tries it at every character, where a literal lets the engine jump from break to break
_SOFT_BREAK_BARE = re.compile(r"\n(?<=[\w,%$£€]\n)(?=" + _SOFT_BREAK_AFTER + ")")
_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:rose|rise|rises|rising|fell|fall|falls|falling|increased?|decreased?|grew|grow|"
    r"jumped|climbed|dropped|declined?|cut|raised|lowered|went|soared|slumped|plunged|reduced|"
    r"expanded|shrank|up|down|gained|lost|eased|added|growing|increasing|decreasing|raising|"
    r"cutting|reducing|lifted|boosted)\b)[^.;]{0,30}$"
)
# more verbs of a move ("had risen 31.6 to 2845.2", "slipped 3/4 to 52-1/4"): a move to a level
# only when the level is over three times the move, since these forms often say a range of the
# change ("has risen by 5 to 15 pct", "will have fallen 20,000 to 40,000 tonnes")
_MOVE_BEFORE = re.compile(
    r"(?i:\b(?:risen|fallen|dipped|slipped|tumbled|surged|advanced|edged|slid|sank)\b)"
    r"[^.;]{0,30}$"
)
# a verb of change's "to" right before the figure, no figure between ("the gap was cut to some
# 40 to 45 mln dlrs"): the verb has its level, so "N to M" after it is a range of that level,
# not a move by N to M (round thirty-seven); not "rose from 5 to 10 to 15" (a figure before)
_VERB_TO_BEFORE = re.compile(
    r"(?<![\d%])[ \t]+(?i:to)[ \t]+(?:(?i:some|about|around|roughly|approximately|nearly|"
    r"almost|an[ \t]+estimated)[ \t]+)?$"
)
_AGED_BEFORE = re.compile(
    r"(?i:\b(?:aged|age|age[ \t]+of))[ \t]+"
    r"(?:(?i:above|over|under|below|about|around|at[ \t]+least|less[ \t]+than|more[ \t]+than"
    r"|just|only)[ \t]+)?$"
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?(?:-[^\W_]+)*")
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*(?:\(?\d{1,3}[.)]|\(\d{1,3}\))[ \t]")
_LETTER_AFTER = re.compile(r"[A-Za-z]")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])")  # wire: "4TH QTR"
_DECADE_SUFFIX = re.compile(r"'?s(?![A-Za-z])")


# "$4 a share", "100,000 barrels per day", "RM79 a month", "$50/barrel", "every year"; not
# "a year ago" or "a year earlier" (a time, not a rate)
# round seventy-three: a takeover's price "cash" before its rate, "14.50 dlrs cash per share",
# "22 dlrs cash a share" (the word says how it is paid, not a new unit); round seventy-four:
# "net" the same way ("31.25 dlrs net per share": after costs, no new unit)
_PER_AFTER = re.compile(
    r"(?:[ \t]+(?i:cash|net)(?=[ \t]+(?i:a|per)[ \t]))?"
    r"(?:[ \t]*/[ \t]*|[ \t]+(?i:a|an|per|every)[ \t]+|[ \t]+(?=(?i:shr)\b))"
    # an exchange rate's base may name its country: "per US dollar", "per U.S. dlr"
    r"(?:(?:U\.S\.|US)[ \t]+(?=(?i:dollar|dlr)))?"
    r"(?P<w>[A-Za-z]+)\b(?![-'’])"
)
# after "a year", "a month": a time, not a rate ("per share before" is still a rate)
_TIME_ADVERB_AFTER = re.compile(
    r"[ \t]+(?i:ago|earlier|later|before|after|since|previously|back)\b"
)
_TIME_WORDS = _words("year years month months week weeks day days decade decades hour hours time")
#: words after "a"/"per" that are no denominator ("a few", "a record", "a third")
# round forty-seven (the lead's decision 1 on the thirtieth sample): a number word is never a
# denominator, ``per`` names a unit and never a number of them: "one trip every two years" is
# a count beside a duration of its own, "40 cars every three days" the same, not ``per`` "two"
NOT_PER = (
    _words(
        "cent centum few lot bit total record result number further new rise fall drop gain loss "
        "high low stake deal half third fourth fifth tenth dozen hundred thousand million billion "
        "trillion little while time times majority minimum maximum row straight similar "
        "combined whole net gross fresh good bad single one"
    )
    | frozenset(ONES)
    | frozenset(TENS)
)
#: how a denominator is reported: abbreviations and Latin spelled out
PER_WORDS = {"annum": "year", "capita": "person", "head": "person", "shr": "share",
             "hr": "hour", "yr": "year", "wk": "week", "mth": "month", "bbl": "barrel",
             "dlr": "dollar", "dlrs": "dollar"}  # fmt: skip
# "a monthly wage of $900", "annual sales of 2m cars", "a daily record of 90 trains": the rate
# an adjective gives the noun the figure measures (same clause, no figure between)
RATE_ADJECTIVES = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
                   "monthly": "month", "quarterly": "quarter", "annual": "year",
                   "annually": "year", "yearly": "year"}  # fmt: skip
_RATE_ADJECTIVE = re.compile(
    r"\b(" + "|".join(RATE_ADJECTIVES) + r")[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
    # "monthly surpluses averaging $1bn": a mean of the rated noun (round thirty-nine)
    r"[ \t]+(?:of|at|to|worth|totall?ing|reaching|averaging|is|was|were|are"
    # "quarterly supply is expected to consist of", "yearly revenue is estimated at"
    r"|(?:is|are|was|were|will[ \t]+be|should[ \t]+be)[ \t]+(?:expected|forecast|estimated|"
    r"projected|put|seen)[ \t]+(?:at|to[ \t]+(?:be|reach|total|consist[ \t]+of)))[ \t]+"
    r"(?:(?:about|around|nearly|almost|some|over|just|only|more[ \t]+than|up[ \t]+to|"
    r"an[ \t]+estimated|approximately|roughly|close[ \t]+to|at[ \t]+least)[ \t]+)*$",
    re.IGNORECASE,
)
# the words a bare figure is compared with the figure before it by ("X from Y", "X vs Y")
_COMPARED_JOIN = re.compile(
    r"\b(from|to|vs\.?|versus|against|compared[ \t]+(?:with|to)|plus|instead[ \t]+of|"
    r"rather[ \t]+than)[ \t]+(?:the[ \t]+)?"
    # "from around 1.25 dlrs": a modifier of the figure compared
    r"(?:(?:around|about|some|roughly|nearly|almost)[ \t]+)?$"
    # "from an initial low of", "against a previous estimate of"
    r"|\b(?:from|against|versus|compared[ \t]+(?:with|to))[ \t]+(?:an?|the)[ \t]+"
    r"(?:[a-z]+[ \t]+){1,2}of[ \t]+$"
    r"|\b(and)[ \t]+$",
    re.IGNORECASE,
)
#: capitalised words before a number that do not make it part of a name
NAME_STOP = _words(
    "the a an in on at by for of from to with without within into onto over under about "
    "around after before since until between among than and but or nor so yet if when while "
    "as that this these those some any each every all both no its his her their our my your "
    "only just nearly almost approximately roughly more less fewer up down another other last "
    "next top total circa mr mrs ms dr sir lord lady st aged age just i we you he she they it "
    "there here then now also still even least most first second third exactly precisely "
    "estimated est some nearly over under just plus minus around approx figure number no"
)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w&.'’-])([A-Za-z&][A-Za-z0-9&.+-]*[A-Za-z&+])[ \t]$")
_CAPITALISED_BEFORE = re.compile(
    r"(?:[A-Z][A-Za-z]*['’]s|[A-Z][A-Za-z]+|[A-Z][a-z]+[ \t]+of)[ \t]+$"
)

# The label of a row of a wire earnings table, at the start of its line ("Shr 58 cts vs 23
# cts", "Net 3,914,000 vs 1,072,000", "Revs 17.6 mln", "Avg shrs 9,481,000"): bare figures
# after a money label are dollars, after "shr" they are per share, after "shrs" shares.
_TABLE_ROW = re.compile(
    r"^[ \t]*(?:(?P<shares>(?i:avg|average)[ \t]+(?i:shrs|shares)(?:[ \t]+(?i:outstanding))?)"
    r"|(?P<per_share>(?i:(?:oper(?:ating)?|primary|fully[ \t]+diluted|diluted)[ \t]+)?"
    # "Shr net basis 12.3p": a UK table's per-share row with its basis named; round
    # seventy-nine: up to three such words, a share class among them ("Shr loss primary",
    # "Shr diluted profit", "Shr Class A loss", 'Shr "B"', "Shr common"); round eighty:
    # "Shr net" too (the lead's decision 1 on round seventy-nine, once the carry was narrowed)
    r"(?i:shr(?:[ \t]+(?:net|profit|loss|earnings|primary|diluted|fully[ \t]+diluted|basic"
    r"|(?:net|nil)[ \t]+basis|common|preferred|class[ \t]+[a-z]|\"[a-z]\")){0,3}))"
    r"|(?i:(?:oper(?:ating)?|pretax|pre-tax|net|total)[ \t]+)?(?i:net|revs|revenues?|sales|backlog|"
    r"profit|loss|turnover|income|earnings|net[ \t]+(?:profit|loss|income)|assets|deposits|loans)"
    r"(?:[ \t]+(?i:profit|loss))?)[ \t]+$",
    re.MULTILINE,
)

_NO_BREAK = str.maketrans({"\u00a0": " ", "\u202f": " "})
# Mojibake the loader's repair can leave (UTF-8 read as Windows-1252/Latin-1: "Â£5m",
# "â‚¬5"): replaced by blanks of the same length in the scanned copy, so "£5m" reads as money
# and every offset still points into the original.
_MOJIBAKE = re.compile(r"Â(?=[£¥°§\u00a0])")
_GROUP_SEPARATORS = str.maketrans("", "", ", \u202f\u00a0")
