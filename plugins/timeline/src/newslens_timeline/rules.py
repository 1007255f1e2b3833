"""The rules: one regular expression per kind of temporal expression (no nested quantifiers, so
matching stays linear), each with its resolver, in the order ties are broken."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from itertools import pairwise

from newslens_timeline.lexicon import (
    _DAY,
    _DAYCARD,
    _DAYREF,
    _DAYWORD,
    _MONTH,
    _NUM,
    _PART,
    _PRE,
    _SPOKEN_YEAR,
    _TIME,
    _UNIT,
    _WEEKDAY,
    _WORDNUM,
    _YEAR,
    ABSOLUTE,
    DAY_CARDINALS,
    FLAGS,
    MONTHS,
    ORDINALS,
    PREVIOUS,
    PUBLISHED,
    UNANCHORED,
    UNIT_CODE,
    _duration,
    _unit,
)
from newslens_timeline.resolvers.bare_plurals import after_verb, time_still_to_run
from newslens_timeline.resolvers.base import (
    _GRAN_OF_UNIT,
    _X,
    Resolved,
    Resolver,
    _mod_of,
    _Override,
    _period,
    _rel,
    _shift_unit,
    group,
    pre_is_preposition,
)
from newslens_timeline.resolvers.clock import _r_time
from newslens_timeline.resolvers.compared_length import compared_months, length_of_compared
from newslens_timeline.resolvers.days import _month_no, _r_day_month, _r_iso, _r_slash
from newslens_timeline.resolvers.durations import (
    _FREQUENCY_ADVERBS,
    _SPEED_BEFORE,
    SEMI_BI_PATTERN,
    _freq_before,
    _is_rate,
    _r_all_unit,
    _r_duration,
    _r_elided_length,
    _r_per_unit,
    _r_set,
    _r_vague_length,
    hyphened_rate,
)
from newslens_timeline.resolvers.habits import month_or_habit, season_or_habit, told_as_habit
from newslens_timeline.resolvers.half_steps import HALF_AGO, half_ago
from newslens_timeline.resolvers.holidays import _r_holiday
from newslens_timeline.resolvers.months import _r_month_year, split_of
from newslens_timeline.resolvers.parts_of_day import _r_deictic, _r_part_of_day, column_header
from newslens_timeline.resolvers.quarters import _r_quarter, _r_the_quarter
from newslens_timeline.resolvers.references import (
    _OF_AFTER,
    _r_next_day,
    _r_ref,
    _r_that_day,
    _r_week_of,
    _r_week_of_month,
)
from newslens_timeline.resolvers.steps import (
    _period_of_figure,
    _r_adj_ago,
    _r_ago,
    _r_same_period,
    _year_before_quarter,
)
from newslens_timeline.resolvers.units import (
    _r_marketing_year,
    _r_same_unit,
    _r_the_unit,
    _r_this_unit,
    _r_unit_before,
    _r_year_end,
)
from newslens_timeline.resolvers.weekdays import _r_weekday
from newslens_timeline.resolvers.year_ranges import SHORT_RANGE_END, _r_short_range_end
from newslens_timeline.resolvers.years import (
    _r_decade,
    _r_fiscal,
    _r_spelled_year,
    _r_year,
    year_in_name,
)
from newslens_timeline.tables import in_results_note
from newslens_timeline.tense import Context
from newslens_timeline.values import Point

# --------------------------------------------------------------------------- rules

#: "earlier"/"later" opening an expression, unless it closes a length ("two days later")
_LEAD = (
    r"(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)(?<!hours\s)(?<!day\s)(?<!week\s)"
    r"(?<!month\s)(?<!year\s)(?<!hour\s)(?:earlier|later)"
)
#: the joint of a range of months: "Jan-Mar", "January/March", "January to March"
_TO = r"\s*(?:[-/\u2013]|-to-|\s+to\s+)\s*"
#: not after an indefinite determiner: "a previous year", "any prior month" is some earlier one
_BARE_PREVIOUS = (
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bsome\s)"
    r"(?<!\bone\s)(?<!\bno\s)(?<!\bthe\s)"
)
_REL = (
    # ("this past weekend", "this coming weekend" are the weekend rule's, which knows that
    # on a Monday this coming weekend is the week's own)
    r"(?P<urel>this(?:\s+(?:past|coming)(?!\s+weekend))?|last|next|the\s+(?:current|present|past|previous|"
    r"prior|preceding|coming|"
    r"following|next|last)|"
    # a table's or a wire's clipped "previous week's quotes", "above previous year levels": the
    # same point as with its article (a count or a plural is a length: the duration rule's;
    # a bare "prior year" heads results notes, "Prior year earnings contain ...", whose year is
    # the reported period's, not publication's: left untagged as before; "dropping its previous
    # fiscal year to May 2" is a former calendar, no year before)
    rf"{_BARE_PREVIOUS}previous(?!\s+(?:fiscal|financial)\b))"
)
#: "last year's third quarter", "the previous year's third quarter", "2010's third quarter"
_YEAR_REF = (
    r"(?:(?P<qrel>this|last|next|the\s+(?:previous|prior|preceding))\s+year'?s|"
    r"(?P<qyear1>1\d{3}|20\d{2})(?:'s)?)"
)

#: after "March first": the ordinal of something else ("the March first round", "in the
#: July to September third quarter", "in June the first of the new stores")
_NOT_A_DAY_AFTER = (
    r"(?![\s-]+(?:quarter|half|round|time|phase|leg|stage|place|day|week|month|year|season|"
    r"term|game|match|test|session|period|issue|edition|reading|ballot|vote|deadline|payment|"
    r"of)s?\b)"
)

#: a count and its comma just before: "one, " in "for one, three or six months", "30, " in
#: "30, 60 or 90 days" (not a year's "1987, "), each width its own look-behind
_LISTED = (
    r"(?:(?<=\d,\s)(?<!\d{4},\s)|(?<=\b(?:one|two|six|ten),\s)|"
    r"(?<=\b(?:four|five|nine),\s)|(?<=\b(?:three|seven|eight),\s)|(?<=\btwelve,\s))"
)

#: an ordinal of a quarter or a half in a list ("the first and second quarters")
_QUARTER_ORD = r"first|second|third|fourth|1st|2nd|3rd|4th"
#: the rest of such a list after one of its ordinals, up to the last one (whose unit is
#: plural: "second and fourth quarters", "first, second and third quarters", "first or
#: second halves")
_QUARTER_LIST_JOINT = (
    rf"(?:\s*,\s*(?:the\s+)?(?:{_QUARTER_ORD}))*\s*,?\s+(?:and|or|&)\s+(?:the\s+)?"
    rf"(?=(?:{_QUARTER_ORD})\b)"
)
_QUARTER_LIST_REST = (
    rf"{_QUARTER_LIST_JOINT}(?:{_QUARTER_ORD})[\s-]+(?:(?:fiscal|calendar)[\s-]+)?"
    r"(?:quarters|halves)\b"
)


#: the joint before the last of coordinated days ("9 and 10", "1, 2 and 3", "15 or 16"): the
#: days between, each a day number alone
_DAY_LIST_JOINT = r"(?:,\s*[0-3]?\d(?![\d:/-]|[.,]\d))*,?\s+(?:and|or)\s+"

#: what follows the last of coordinated days: an end of phrase, or what may follow a range's
#: end and a few more joints of a sentence ("on May 25 and 26 to review", "on March 11 and
#: 12, respectively"); never a unit ("on March 5, 6 and 7 pct" is a list of rates)
_DAY_LIST_END = (
    r"(?=\s*(?:[;:)]|[.,](?!\d)|$)|,?\s+(?:1\d{3}|20\d\d|period|and|in|at|for|with|when|"
    r"while|but|inclusive|the|[a-z]+ed|was|were|is|are|fell|rose|will|would|to|along|"
    r"respectively|last|this|next|among)\b)"
)

#: right after a verb of spending ("spent the afternoon", "will spend the night"): what opens
#: a part of the day the verb's time is spent in
_SPENT = r"(?:(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s)|(?<=\bspending\s))"

#: a term's noun joined to its length by a hyphen ("a 12-year-contract", "10-year-notes",
#: "a 28-day-cycle"): the length is a DURATION as in "a 12-year contract"
_TERM_NOUN_AFTER_HYPHEN = (
    r"(?:contract|note|bond|bill|loan|pact|deal|agreement|lease|term|plan|cycle|"
    r"period|strike|programme|program)s?\b"
)


def _day_list_mid(skipped: int) -> re.Pattern[str]:
    """A middle day of coordinated days after a month's name ("April 1, 2, 3 and 4"): the
    day after the first one and ``skipped`` more, while one more day follows in the list."""
    return re.compile(
        rf"\b(?P<month>{_MONTH})(?![a-z])\s+(?P<d1>[0-3]?\d)(?P<rlist>),\s*"
        rf"(?:[0-3]?\d,\s*){{{skipped}}}"
        r"(?P<day>[0-3]?\d)(?![\d:/-]|[.,]\d)"
        rf"(?={_DAY_LIST_JOINT}[0-3]?\d(?![\d:/-]|[.,]\d){_DAY_LIST_END}"
        r"(?:,?\s+(?P<year>1\d{3}|20\d\d)\b(?![/-]\d))?)",
        FLAGS,
    )


RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b"), _r_iso),
    (
        # "since 9/11", "post-9/11": the attacks' day, once they have happened
        "nine_eleven",
        re.compile(r"(?<![\d/.,])9/11(?![\d/]|\.\d)"),
        lambda m, ctx: _r_nine_eleven(m, ctx),
    ),
    (
        "slash",
        re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{4}|\d{2})(?![\d/])"),
        _r_slash,
    ),
    (
        # a futures table's contract month, month and last digit of the year in capitals
        # ("JUN7", "SEP7", "MAR8"): June 1987, not 7 June
        "contract_month",
        re.compile(
            r"(?<![\w/-])(?P<cmonth>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
            r"(?P<cyd>\d)(?![\w/-]|[.,]\d)"
        ),
        lambda m, ctx: _r_contract_month(m, ctx),
    ),
    (
        # a month and a two-digit year that cannot be a day ("Sept 87", "the Feb 86 figure"):
        # a month of that year, not before a unit ("June 85 pct", "May 40 mln dlrs")
        "month_yy",
        re.compile(
            rf"(?<![\w/-])(?P<month>{_MONTH})(?![a-z])\s?'?(?P<myy>3[2-9]|[4-9]\d)"
            r"(?![\w/]|[.,]\d|\s*(?:%|pct\b|percent|per\b|pc\b|mln|million|billion|dlrs?\b|"
            r"dollars|cents?\b|tonnes|tons\b|points?\b|lbs\b|pounds|yen\b|marks\b|francs|"
            r"shares|barrels|bushels|ounces|units|people|workers|years?\b|months?\b|days?\b))",
            FLAGS,
        ),
        lambda m, ctx: _r_month_yy(m, ctx),
    ),
    (
        # the second day of a range written with its month once ("September 23-30, 1986",
        # "June 2-4"): a DATE of its own, as each end of a range is in TimeML (the first end
        # is the month_day rule's)
        "day_range_end",
        re.compile(
            rf"\b(?P<month>{_MONTH})(?![a-z])\s+(?P<d1>[0-3]?\d)(?:\s*[-\u2013]\s*|"
            # "March 1 through 20", "from April 5 to 8.", "the March 11 to 20 period" (a word
            # joint only before an end of phrase: "rose on March 23 to 3.3 billion", "on
            # April 1 to 15 pct" are amounts)
            r"\s+(?P<rword>to|through|thru|until|till)\s+|"
            # "on March 9 and 10", "on April 1, 2 and 3": the last of coordinated days, each
            # a DATE as the ends of a range are (the middle ones: the day_list_mid rule)
            rf"(?P<rlist>{_DAY_LIST_JOINT}))"
            r"(?P<day>[0-3]?\d)(?![\d:/-]|[.,]\d)"
            r"(?(rword)(?=\s*(?:[;:)]|[.,](?!\d)|$)|,?\s+(?:1\d{3}|20\d\d|period|and|in|at|for|"
            r"with|when|while|but|inclusive|the|[a-z]+ed|was|were|is|are|fell|rose|will|would)\b)|"
            rf"(?(rlist){_DAY_LIST_END}))"
            r"(?:,?\s+(?P<year>1\d{3}|20\d\d)\b(?![/-]\d))?",
            FLAGS,
        ),
        lambda m, ctx: _r_day_range_end(m, ctx),
    ),
    (
        # "April 1, 2 and 3": the first day after the first of three or more coordinated
        # days (a DATE of its own; the last one is the day_range_end rule's)
        "day_list_mid",
        _day_list_mid(0),
        lambda m, ctx: _r_day_range_end(m, ctx),
    ),
    # "May 4, 5, 6, 7 and 8": the third and fourth days of a longer list (one match per
    # month's name and rule, so each middle day past the first has a rule of its own)
    ("day_list_mid2", _day_list_mid(1), lambda m, ctx: _r_day_range_end(m, ctx)),
    ("day_list_mid3", _day_list_mid(2), lambda m, ctx: _r_day_range_end(m, ctx)),
    (
        "day_month",
        re.compile(
            rf"\b{_PRE}(?:(?:the\s+)?(?P<dpart>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?|(?!fourth\s+of\s+july\b){_DAYWORD}\s+(?:day\s+)?of\s+|"
            # "the last day of March": the month's last day (TimeML's ``XXXX-03-31``)
            r"(?P<lastday>(?:last|final)\s+day\s+of\s+))"
            rf"(?P<month>{_MONTH})"
            rf"(?![a-z\d])(?:,?\s+{_YEAR}\b)?"
            r"(?:,?\s+(?:of\s+)?(?P<dmrel>this|last|next)\s+year\b)?",
            FLAGS,
        ),
        _r_day_month,
    ),
    (
        "month_day",
        re.compile(
            rf"\b{_PRE}(?:(?:the\s+)?(?P<dpart>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+)?(?:(?:{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})(?![a-z])"
            # (a day glued to a capitals month is a futures contract's year, "JUN7")
            r"(?:\s+|(?<=\.)|(?<![A-Z]{3})(?<![A-Z]{3}\.)(?<!SEPT)\s*)(?:the\s+)?"
            rf"(?:{_DAY}(?![\d:,.]\d)\b|{_DAYWORD}\b(?!-){_NOT_A_DAY_AFTER})(?:,?\s+{_YEAR}\b)?"
            r"(?:,?\s+(?:of\s+)?(?P<dmrel>this|last|next)\s+year\b)?",
            FLAGS,
        ),
        _r_day_month,
    ),
    (
        # "on March eight", "by August one, 1988": a day as a cardinal word, only after a
        # preposition of a date and before the end of the phrase ("in March two firms" is no
        # day, nor "on March two pct")
        "month_cardinal",
        re.compile(
            r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|"
            r"(?<=\bsince\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bthrough\s)|(?<=\bof\s)|"
            r"(?<=\beffective\s)|"
            # a dividend notice's dates and a period's closing day: "payable April nine to
            # holders", "the half ended June one, and", "holders of record May two"
            r"(?<=\bpayable\s)|(?<=\bended\s)|(?<=\bending\s)|(?<=\brecord\s)|"
            # a term's last day: "the rights expire April Nine", "the notes mature June One"
            r"(?<=\bexpire\s)|(?<=\bexpires\s)|(?<=\bexpired\s)|(?<=\bexpiring\s)|"
            r"(?<=\bmature\s)|(?<=\bmatures\s)|(?<=\blapse\s)|(?<=\blapses\s))"
            rf"(?P<month>{_MONTH})(?![a-z])\s+{_DAYCARD}(?:,?\s+{_YEAR}\b)?"
            r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|when|but|at|with|to|through|until)\b)",
            FLAGS,
        ),
        lambda m, ctx: _r_month_cardinal(m, ctx),
    ),
    (
        # "the base opens July one, adding ...", "dealing should begin November Two.", "Pay
        # June two Record May 19", "will be sent June two to holders": a cardinal day word
        # closing its phrase (a stop, a comma, a colon or a bracket after it, the text's end,
        # a dividend notice's "Record", or the conjunctions and prepositions "month_cardinal"
        # allows) is the day after any word but a determiner ("the April one," is a pronoun's
        # "one") or "in" ("in March two to three pct", "in April one or two firms": counts);
        # a count does not end its phrase there ("March two firms", "March two pct")
        "month_cardinal_closing",
        re.compile(
            r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)"
            r"(?<!\beach\s)(?<!\bevery\s)(?<!\btheir\s)(?<!'s\s)(?<!\u2019s\s)(?<!\bin\s)"
            rf"\b(?P<month>{_MONTH})(?![a-z])\s+{_DAYCARD}(?:,?\s+{_YEAR}\b)?"
            r"(?=\s*[,.;:)]|\s*$|\s+(?:record|and|or|when|but|at|with|to|through|until)\b)",
            FLAGS,
        ),
        lambda m, ctx: _r_month_cardinal(m, ctx),
    ),
    (
        # "Aug One, 1987": a cardinal day word with its year written after it is a date,
        # whatever comes before (a count between a month and a year is no reading); the
        # month starts a word ("xMay One, 1987" is none), as for "month_cardinal_line"
        "month_cardinal_year",
        re.compile(
            rf"\b(?P<month>{_MONTH})(?![a-z])\s+{_DAYCARD},?\s+{_YEAR}\b(?![/\u2013-]\d)",
            FLAGS,
        ),
        lambda m, ctx: _r_month_cardinal(m, ctx),
    ),
    (
        # "Pay March 13 / Record March Two": wire notices write a day under ten as a
        # capitalised word closing a line (month and day word capitalised: "in March two" at
        # a line's end is a count); the month starts a word ("xMay Two" is none), as the
        # windowed scan, which starts only at words, has always read it
        "month_cardinal_line",
        re.compile(
            rf"\b(?P<month>{_MONTH})(?![a-z])[ \t]+(?-i:(?=[A-Z])){_DAYCARD}"
            rf"(?:,?\s+{_YEAR}\b)?(?=[ \t]*(?:\n|$))",
            FLAGS,
        ),
        # a capital month only, as for "month_cardinal" (checked there)
        lambda m, ctx: _r_month_cardinal(m, ctx),
    ),
    (
        "month_year",
        re.compile(
            rf"\b{_PRE}(?P<month>{_MONTH})(?![a-z]),?\s+(?:of\s+)?(?:{_YEAR}|{_SPOKEN_YEAR}|"
            # "Sept. '82", "June '09": a year written with two digits after its month
            r"['\u2019](?P<myy>\d\d)\b(?!['\u2019]|\s*(?:%|percent)))\b",
            FLAGS,
        ),
        _r_month_year,
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?P<prep>in|since|until|by|from|through|during|of)\s+)?\b{_PRE}(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+"
            # "lost the election that November,": the month of the year the text set, closing
            # its clause (not "said that March sales rose", nor Theresa May)
            r"|(?P<mthat>that)\s+(?=(?:January|February|March|April|June|July|August|September|"
            r"October|November|December)\s*[,.;:!?]))?"
            rf"(?P<month>{_MONTH})(?![a-z])(?:,?\s+(?:of\s+)?(?P<myrel>this|last|next)\s+year\b"
            # "in October of that year": one expression, the month of the year the text set
            # (decision on the seventh PolNeAR file's reading), not a month and "that year"
            r"|\s+(?:of\s+)?(?P<mythat>that\s+(?:same\s+)?year)\b(?!['\u2019]))?",
            FLAGS,
        ),
        month_or_habit,
    ),
    (
        "year",
        re.compile(
            rf"\b{_PRE}(?P<lead>(?:the\s+)?(?:(?:(?:full|calendar|crop|marketing|financial|tax)\s+)?"
            rf"year|in|since|of)\s+)?{_YEAR}\b"
            # a split year's second end ("1986/87", "the 2010-11 season"): one expression
            r"(?P<ysplit>[-/\u2013]\d\d(?![\d/:-]|[.,]\d))?",
            FLAGS,
        ),
        _r_year,
    ),
    (
        # "the 1991-95 plan", "prices in 1992-94": a range's second end written with two
        # digits, a DATE of its own completed with the first end's century (the first end is
        # the year rule's)
        "year_range_end",
        SHORT_RANGE_END,
        _r_short_range_end,
    ),
    (
        "short_year",
        re.compile(
            # "in '82", "the summer of '82", "from '98 to '02": a year written with two digits
            r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|"
            r"(?<=\bby\s)|(?<=\bthrough\s)|(?<=\band\s)|(?<=\bto\s)|(?<=\bor\s)|"
            r"(?<=\bin\s)|(?<=\bcirca\s))['\u2019](?P<yy>\d\d)\b(?!['\u2019]|\s*(?:%|percent))",
            FLAGS,
        ),
        lambda m, ctx: _r_short_year(m, ctx),
    ),
    (
        "fiscal",
        re.compile(
            r"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<fy>1\d{3}|20\d{2}|'?\d{2})\b"
            r"(?P<ysplit>[-/\u2013]\d\d(?![\d/:-]|[.,]\d))?|"
            # "the 2014 fiscal year", "its 2012 financial year": the year before its noun
            r"\b(?P<fy2>1\d{3}|20\d{2})\s+(?:fiscal|financial|calendar)\s+year\b",
            FLAGS,
        ),
        _r_fiscal,
    ),
    (
        "spelled_year",
        re.compile(
            rf"\b{_PRE}(?:the\s+year\s+)?(?:nineteen[ -](?P<tail>{_WORDNUM})|"
            rf"(?<=the\syear\s)(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest>{_WORDNUM}))?)\b",
            FLAGS,
        ),
        _r_spelled_year,
    ),
    (
        "decade",
        re.compile(
            # "the last half of the '80s": the article may stand after the modifier too
            rf"(?:\b|(?<=\s)(?='\d0s))(?:the\s+)?{_PRE}(?:(?<=of\s)the\s+)?"
            # ("the 1970's", "the 1970\u2019s": either apostrophe; a possessive year is the year's)
            r"(?:(?P<full>1\d{2}|20\d)0(?:'|\u2019)?s|"
            r"(?:'|\u2019)(?P<short>\d)0s|"
            # "the 80s", "the late 90s": the apostrophe is often dropped (a bare "80s" after
            # anything else is a count or a temperature, so only after these)
            r"(?:(?<=the\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|(?<=mid\s)|"
            # "the 1970s and 80s": the second of two decades, its century written on the first
            r"(?<=[12]\d[1-9]0s\sand\s)|(?<=[12]\d[1-9]0s\sor\s)|(?<=[12]\d[1-9]0s\sto\s)|"
            r"(?<=[12]\d[1-9]0s\sthrough\s))"
            r"(?P<short2>[2-9])0(?:'|\u2019)?s|"
            # "the nineties", "the late eighties", "the mid-seventies"
            r"(?:(?<=the\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|(?<=mid\s))(?P<word>twenties|thirties|forties|fifties|sixties|seventies|"
            r"eighties|nineties))\b",
            FLAGS,
        ),
        lambda m, ctx: _decade_or_year(m, ctx),
    ),
    (
        "century",
        re.compile(
            rf"\b(?:the\s+)?{_PRE}(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|"
            r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
            r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            r"twenty[- ]first)[\s-]+century\b",
            FLAGS,
        ),
        lambda m, ctx: _r_century_words(m, ctx),
    ),
    (
        "quarter",
        re.compile(
            rf"\b{_PRE}(?:(?:the|its)\s+)?(?:{_YEAR_REF}\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
            # (the last ordinal of a list, "second and third", keeps its unit's plural)
            r"(?:(?:(?<=\band\s)|(?<=\bor\s)|(?<=&\s)|(?<=\band\sthe\s)|(?<=\bor\sthe\s))"
            r"(?P<qlisted>))?"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|latter(?=[\s-]+half)|"
            # "sales in the final quarter", "last year's final quarter": the fourth (a bare
            # "the last quarter" is the one before, the relative rule's)
            r"final(?=[\s-]+(?:fiscal[\s-]+)?quarter)|"
            # "the final quarter of 2009", "the last half of 1989": the last one of that year
            r"(?:final|last)(?=[\s-]+(?:fiscal\s+)?(?:quarter|half),?\s+(?:of\s+)?(?:"
            r"(?:fiscal\s+)?(?:1\d{3}|20\d{2})\b|(?:this|last|next)\s+year|"
            # "the final quarter of the year", "the last quarter of its fiscal year"
            r"(?:the|its|their)\s+(?:(?:current|fiscal|financial|calendar)\s+)?year\b)|"
            r"\s+(?:1\d{3}|20\d{2})\s+(?:quarter|half)\b))[\s-]+(?:fiscal\s+)?"
            # "the first 2010 quarter", "the fourth 2009 quarter": wire copy's year inside
            r"(?:(?P<qyear4>1\d{3}|20\d{2})\s+)?"
            # ("its first quarterly profit", "a third quarterly gain": an adjective of frequency;
            # "the third and fourth quarters" keeps its plural, the last quarter of a list
            # whose other ordinals are the list rule's, as TimeBank writes "fourth quarters")
            r"(?P<qunit>quarter|half|halves)(?(qlisted)s?|(?:s(?=,?\s+(?:of\s+)?(?:fiscal\s+)?"
            r"(?:1\d{3}|20\d{2})\b|\s+of\s+(?:this|last|next)\s+year\b))?)(?![a-rt-z])"
            r"(?![\s-]+(?:of\s+(?:a|an|the|its|all|those|these)\b"
            # ("the second quarter of its financial year" is a quarter of a year, no fraction)
            r"(?!\s+(?:(?:current|fiscal|financial|calendar)\s+)?year\b)|point|mile|century|inning|"
            r"percent))"
            rf"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<qyear>1\d{{3}}|20\d{{2}})\b|\s+of\s+(?P<qrel2>this|last|next)"
            # "the first quarter of the year", "of its fiscal year": one expression
            r"\s+year|\s+of\s+(?:the|its|their)\s+(?:(?:current|fiscal|financial|calendar)\s+)?year\b"
            r"(?!['\u2019]s))?",
            FLAGS,
        ),
        lambda m, ctx: _quarter_wrapper(m, ctx),
    ),
    (
        # "in the second and third quarters", "the first, second and third quarters of 1986":
        # each ordinal before the list's last quarter is a quarter of its own (TimeBank's
        # "second" and "fourth quarters"), of the year the last one takes
        "quarter_list_head",
        re.compile(
            rf"\b(?:(?P<lhyear>1\d{{3}}|20\d{{2}})\s+)?(?P<lhord>{_QUARTER_ORD})"
            rf"(?={_QUARTER_LIST_REST})",
            FLAGS,
        ),
        lambda m, ctx: _quarter_list_head(m, ctx),
    ),
    (
        # "the October-December quarter", "the current January/March period": wire copy's
        # name of a calendar quarter by its months, one DATE (before: two months)
        "month_quarter",
        re.compile(
            r"\b(?:the\s+)?(?:(?P<mqcur>current)\s+)?(?:"
            # ("the January-to-March quarter", "the Jan/Mar quarter")
            rf"(?P<mq1>jan(?:uary)?\.?{_TO}mar(?:ch)?|apr(?:il)?\.?{_TO}june?|"
            rf"july?\.?{_TO}sept?(?:ember)?|oct(?:ober)?\.?{_TO}dec(?:ember)?)"
            r"\.?\s+(?:quarter|period)|"
            # "the September quarter": a quarter named by the month it ends in
            r"(?:(?P<mqyear0>1\d{3}|20\d{2})\s+)?(?P<mqend>March|June|September|December)\s+quarter)\b"
            r"(?:,?\s+(?:of\s+)?(?P<mqyear>1\d{3}|20\d{2})\b)?",
            FLAGS,
        ),
        lambda m, ctx: _month_quarter(m, ctx),
    ),
    (
        # "the first two quarters of 1990": a half year, as "the first half of 1990" is
        "two_quarters",
        re.compile(
            rf"\b{_PRE}(?:the\s+)?(?P<hord>first|last|final|second|latter)\s+(?:two|2)\s+"
            r"(?:fiscal\s+)?quarters\s+of\s+(?:(?P<hyear>1\d{3}|20\d{2})\b|"
            r"(?P<hrel>this|last|next)\s+year\b)",
            FLAGS,
        ),
        lambda m, ctx: _r_two_quarters(m, ctx),
    ),
    (
        "q_code",
        re.compile(r"\b(?P<ord>Q[1-4])(?P<qunit>)(?:\s*(?P<qyear>1\d{3}|20\d{2}))?\b"),
        lambda m, ctx: _r_qcode(m, ctx),
    ),
    (
        "the_quarter",
        re.compile(
            r"\b(?:the|this|that)\s+(?:latest\s+|most\s+recent\s+|same\s+|year-(?:ago|earlier)\s+|"
            # "the just-ended quarter", "the recently completed quarter": the latest one
            r"(?:just|recently)[\s-](?:ended|completed)\s+|"
            # "the comparable 1986 period", "the corresponding 2009 quarter": as "the same",
            # before a year only (without one, "the comparable period" is left as it was)
            r"(?:comparable|corresponding)\s+(?=(?:1\d{3}|20\d{2})\s))?"
            # "the 1988 period", "the same 2009 quarter", "the same 2009 month": the period
            # under discussion in that year
            r"(?:(?P<tqyear>1\d{3}|20\d{2})\s+)?"
            # "the quarter-to-quarter comparison" is an adjective of comparison, no quarter
            r"(?P<what>quarter|period|(?<=\d\s)month)\b(?!\s+of|[\s-]+(?:century|mile|final|point|inch|pound)|"
            r"-(?:to|on|over)-)",
            FLAGS,
        ),
        lambda m, ctx: _the_quarter_wrapper(m, ctx),
    ),
    (
        "same_period",
        re.compile(
            r"\b(?:the|that)\s+(?:same|corresponding|comparable|like)\s+"
            r"(?P<spunit>period|quarter|month|week|half)(?P<sptail>\s+(?:of\s+|in\s+)?"
            r"(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
            # ("the same period of 1985/86": a slashed fiscal year, left to the year rule)
            r"a\s+year\s+(?:earlier|ago|before)|(?P<spyear>1\d{3}|20\d{2})(?!/\d))\b)|"
            # "the quarter a year ago", "the first quarter a year earlier": the compared period
            # without "same", one expression as TimeBank tags it (not "the quarter, a year ...")
            r"\b(?:the|that)\s+(?:(?P<spord>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
            r"(?=quarter|half))?"
            # "the late-March period a year ago": a part of a month, a year back (car sales
            # news compares its ten-day periods so)
            rf"(?:(?P<sppart>early|mid|late)(?:-|\s+)(?P<spmonth>{_MONTH})\s+(?=period))?"
            # ("the month a year before the vote" is dated by the vote: no row of this rule)
            r"(?P<spunit3>period|quarter|month|week|half)\s+a\s+year\s+(?:earlier|ago|"
            r"before(?!\s+(?:the|a|an|his|her|its|their)\b))\b|"
            r"\blast\s+year(?:'s|\u2019s)\s+(?:same\s+|comparable\s+|corresponding\s+)?"
            r"(?P<spunit2>quarter|period)\b",
            FLAGS,
        ),
        lambda m, ctx: _same_period_or_length(m, ctx),
    ),
    (
        "season",
        re.compile(
            rf"\b{_PRE}(?:(?P<sdet>the|in)\s+)?(?:(?P<srel>this\s+past|this\s+coming|this|last|next|past|coming)\s+"
            # "retired that summer,": the season of the year the text set, closing its clause
            # (as the month rule's "that November,"; not "said that summer rains were late")
            r"|(?P<mthat>that)\s+(?=(?:spring|summer|autumn|fall|winter)\s*[,.;:!?]))?"
            r"(?P<season>spring|summer|autumn|fall|winter)\b"
            rf"(?:\s+(?:of\s+)?(?:{_YEAR.replace('year', 'syear')}|{_SPOKEN_YEAR}|"
            r"['\u2019](?P<syy>\d\d)\b(?!['\u2019]))"
            # "in the summer of that year": one expression, as "October of that year"
            r"|\s+(?:of\s+)?(?P<mythat>that\s+(?:same\s+)?year)\b(?!['\u2019]))?",
            FLAGS,
        ),
        season_or_habit,
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:the\s+(?P<early>early|small|wee)\s+hours\s+of\s+)?"
            rf"{_PRE}(?:{_LEAD}\s+)?(?:(?P<wrel>last|next|this(?:\s+past|\s+coming)?|coming|on|"
            rf"the\s+(?:previous|preceding|following|next))\s+)?(?P<wd>{_WEEKDAY})"
            # "on Tuesday last week", "Monday next week": the weekday of the week named after
            # it, one DATE (as the Wikinews "December 22, last year" is one)
            rf"(?:\s+{_PART})?(?:\s+(?P<wweek>last|next|this)\s+week\b(?!-))?\b",
            FLAGS,
        ),
        lambda m, ctx: _weekday_wrapper(m, ctx),
    ),
    (
        "deictic",
        re.compile(
            rf"\b{_PRE}(?:{_LEAD}\s+)?(?P<deix>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            rf"today|yesterday|tomorrow|tonight|last\s+night|overnight|this(?=\s+(?:morning|afternoon|evening|night)))"
            rf"(?:'s)?(?:\s+{_PART})?\b",
            FLAGS,
        ),
        _r_deictic,
    ),
    (
        "part_of_day",
        re.compile(
            r"\b(?:(?P<ppre>early|late|mid)[\s-]?(?P<ppart>morning|afternoon|evening)"
            r"(?:\s+(?:on\s+)?(?P<pref>yesterday|today|tomorrow))?|"
            r"(?P<ppart2>morning|afternoon|evening|night)\s+(?P<pref2>yesterday|today)|"
            # "in the evening", "through the evening", "during the afternoon": a part of the
            # day under discussion
            # "spent the afternoon with volunteers": a part of the day named as when, the day's
            # (the lead's decision 4 on the fifth PolNeAR file's readings)
            rf"(?:(?:in|through|throughout|during)\s+the|that|the\s+same|{_SPENT}the)\s+"
            r"(?P<ppart3>morning|afternoon|evening)|"
            rf"(?:that|the\s+same|{_SPENT}the)\s+(?P<ppart4>night))\b(?!\s+of\b)",
            FLAGS,
        ),
        lambda m, ctx: _r_part_of_day(m, ctx),
    ),
    (
        "this_unit",
        re.compile(
            # (wire copy's bare "current qtr", "Current yr loss": the same phrase with its
            # article clipped, read only before the clipped period words; the lead's decision
            # 2 on round seventy-three; "the then-current qtr" is the adjective of a past state)
            rf"\b{_PRE}(?P<lead>{_LEAD}\s+(?:in\s+)?)?(?:{_REL}|(?<!then-)(?<!then\s)(?P<ucur>current))\s+"
            r"(?:(?:fiscal|financial)\s+)?"
            # ("the last quarter of the century" is a fraction of it, no quarter of a year; a
            # year's last quarter is the quarter rule's, "the last quarter of 2009")
            # (a bare "current" before the spelled-out "year", "quarter", "month" only in a
            # results table's note, `_span` tells; the lead's decision 2 on round seventy-four)
            r"(?P<uunit>(?(ucur)(?:qtr|yr|mth|wk|year|quarter|month)|(?:week|month|year|"
            r"quarter(?!\s+of\s+(?:the|a|an|its|this|that)\b)|decade|century|weekend|"
            r"qtr|yr|mth|wk)))\b(?!-)"
            r"(?:\s+or\s+so\b)?",
            FLAGS,
        ),
        _r_this_unit,
    ),
    (
        # "the same year", "that same month": the unit of the time under discussion ("the
        # same month last year", "the same week of 2004" are the compared period, above)
        "same_unit",
        re.compile(
            # ("a year ago the same week" compares; "the same year that ..." is defined by
            # its own clause, not by the time under discussion)
            r"(?<!\bago\s)(?<!\bearlier\s)\b(?:the|that)\s+(?:very\s+)?same\s+"
            r"(?P<suunit>year|month|week)\b(?![\s-]+(?:(?:ago|earlier|before|old|last|next|a\s+year|"
            r"the\s+(?:year|previous|prior)|that|as|when|in\s+which)\b|(?:in|of|for)\s+\d))(?!-)",
            FLAGS,
        ),
        lambda m, ctx: _r_same_unit(m, ctx),
    ),
    (
        "unit_before",
        re.compile(
            r"\bthe\s+(?P<uunit>week|month|year)\s+(?P<ubefore>before|after)"
            # "the week before last", "the year after next": two units from publication
            r"(?:\s+(?P<ufar>(?<=before\s)last|(?<=after\s)next))?(?=\s*[.,;:)\u2014]|\s*$)",
            FLAGS,
        ),
        lambda m, ctx: _r_unit_before(m, ctx),
    ),
    (
        "the_unit",
        re.compile(
            rf"\b{_PRE}(?:{_LEAD}\s+in\s+)?(?:(?P<tdet>the|that|(?:its|their)(?=\s+(?:fiscal|financial)\b))\s+"
            # "the company's financial year", "the banks' fiscal year": a possessive noun
            # (not a year's: "1986's fiscal year" is that year's, left to the year rule)
            r"|(?<=[^\W\d]['\u2019]s\s)(?=(?:fiscal|financial)\s)|(?<=s['\u2019]\s)(?=(?:fiscal|financial)\s))"
            r"(?:(?:latest|fiscal|financial)\s+)*"
            # "by the end of the decade", "the start of the century": an edge of the
            # current one (without "end of", "the decade" is a length or a name, and no DATE)
            r"(?P<tunit>year|month|week|(?<=\sof\sthe\s)(?:decade|century)(?!-))\b"
            # "the year-on-year rise", "the month-over-month change": a comparison, no period
            # ("the month-to-date" is the month so far, as before)
            r"(?!-(?:on|over)-|-to-(?:year|month|week)\b)"
            r"(?![\s-](?:ago|earlier|before|old))(?:\s+(?P<tahead>ahead)\b)?",
            FLAGS,
        ),
        _r_the_unit,
    ),
    (
        "the_weekend",
        re.compile(
            rf"\b{_PRE}(?:the|this(?:\s+past|\s+coming)?|last|next|past|coming)\s+(?P<urel>)"
            r"(?P<uunit>weekend)\b",
            FLAGS,
        ),
        lambda m, ctx: _weekend(m, ctx),
    ),
    (
        "year_end",
        re.compile(
            r"\b(?:(?P<pre>about|around)\s+)?"
            # "at 2009 year end", "the 2009 year-end": that year's end
            # ("at year-end 1986": the year after it, too)
            r"(?:(?:the\s+)?(?:(?P<yeyear>1\d{3}|20\d{2})\s+)?year'?s?[\s-]end"
            r"(?:,?\s+(?P<yeyear2>1\d{3}|20\d{2})\b)?|"
            r"the\s+end\s+of\s+the\s+year|(?P<midyear>mid-?year)|"
            # "by midweek", "since mid-week", "by mid-decade": the week or decade of
            # publication, its middle (as "mid-2011" is 2011 with mod MID); only after a
            # preposition of time ("fares of $600 midweek", "the mid-week slot" are no date)
            r"(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\bsince\s)|(?<=\buntil\s)|"
            r"(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bfrom\s)|(?<=\baround\s))"
            r"(?P<midunit>mid-?(?:week|decade)))\b",
            FLAGS,
        ),
        _r_year_end,
    ),
    (
        "holiday",
        re.compile(
            r"\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New Year's\s+(?:Day|Eve)|Halloween|"
            r"Valentine's\s+Day|Boxing Day|Independence Day|Thanksgiving(?:\s+Day)?|"
            r"Election Day|Memorial Day|Labor Day|Martin Luther King(?:,?\s+Jr\.?)?\s+Day|"
            r"Presidents['\u2019]?\s+Day|Mother['\u2019]s Day|Father['\u2019]s Day|"
            r"(?:Orthodox\s+)?Easter(?:\s+(?:Sunday|Monday))?|Good Friday|"
            r"Black Friday|Cyber Monday|"
            r"Black (?:Monday|Tuesday|Wednesday|Thursday)|"
            # observances on a fixed day of the calendar
            r"St\.? Patrick['\u2019]s Day|Bastille Day|Veterans['\u2019]? Day|Remembrance Day|"
            r"Armistice Day|May Day|Canada Day|Australia Day|Anzac Day|"
            r"World AIDS Day|Earth Day|"
            r"Palm Sunday|Maundy Thursday|Ash Wednesday|Shrove Tuesday|Super Tuesday|"
            r"Holy Saturday|Ascension Day|Pentecost(?:\s+Sunday)?|Whit\s+(?:Sunday|Monday)|Whitsun|"
            r"Fourth of July|July (?:4th|Fourth))(?![\w'])"
            rf"(?:,?\s+{_YEAR}\b)?",
        ),
        lambda m, ctx: _r_holiday(m, ctx),
    ),
    (
        "week_of_month",
        re.compile(
            r"\bthe\s+(?P<wom>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"(?P<womonth>{_MONTH})(?![a-z])(?:,?\s+{_YEAR}\b)?",
            FLAGS,
        ),
        lambda m, ctx: _r_week_of_month(m, ctx),
    ),
    (
        "that_day",
        re.compile(
            rf"\b(?:(?P<tdlead>{_LEAD})\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+day\b"
            r"(?![\s-]+(?:of|before|after)\b)|"
            # "plans for that date", "December 31, the date the law takes effect": the day
            # just named (only after one)
            # (not "the same date in 1997", "that date next year": a day of another year)
            r"\b(?:that(?:\s+same)?|the\s+same)\s+(?P<tddate>date)\b"
            r"(?![\s-]+(?:of|before|after|in\s+(?:1\d{3}|20\d\d)|next|last|a\s+year)\b)|"
            r"(?<=\d,\s)(?P<tddate2>the\s+date)\b(?!\s+(?:was|is|has|had|will|would|of)\b)|"
            # "on Oct. 12, the day before the crash", "Tuesday, the day the talks opened": an
            # apposition to the day just named is that day (the lead's decision, round fifteen)
            r"(?<=[\da-z],\s)(?P<tdday>the\s+day)\b(?!['\u2019]|\s+(?:was|is|has|had|will|would)\b)|"
            rf"\b{_LEAD}\s+in\s+the\s+day\b|"
            # "the day the debate was to be held", "came the day after Republicans closed
            # their convention": a relative clause (a subject, then a verb within four words)
            # names the day under discussion; the extent is "the day", as the gold's
            r"(?<!\bof\s)(?<!\bin\s)(?<!\bduring\s)(?<!\ball\s)\b(?P<tdrel>the\s+day)"
            r"(?=\s+(?:(?:after|before|that|when|on\s+which)\s+)?"
            r"(?:the|a|an|his|her|its|their|our|he|she|they|it|we|I|you|(?-i:[A-Z][a-z]+))\s+"
            r"(?:[\w-]+\s+){0,3}?(?:was|were|is|are|had|has|did|will|would|could|came|went|"
            r"met|began|took|made|won|lost|fell|rose|held|(?-i:[a-z]+ed))\b)|"
            # a market or match report's day: "late in the day", "fell 3% on the day",
            # "closed the day up 2%" (the day under discussion, else publication's)
            r"\b(?P<tdedge>late|early)\s+in\s+the\s+day\b|"
            # "the day's highs", "in the day's trading": the trading day, as TimeBank
            # annotates "the week's most active session"
            r"\b(?P<tdposs>the\s+day)(?=['\u2019]s\b)|"
            # "ended the day only 30 cents higher", "ending the day at $12.40", "finished the
            # day barely changed": a session's close, whatever follows (the guard asks for a
            # market word or a move in the sentence)
            r"(?:(?<=\bended\s)|(?<=\bending\s)|(?<=\bclosed\s)|(?<=\bclosing\s)|"
            r"(?<=\bfinished\s)|(?<=\bfinishing\s))(?P<tdend>the\s+day)\b"
            r"(?!['\u2019]|\s+(?:of|before|after|that|when|on\s+which)\b)|"
            r"(?:(?<=\bon\s)|(?<=\bfor\s)|(?<=\bclosed\s)|(?<=\bended\s)|(?<=\bfinished\s)|"
            r"(?<=\bduring\s))"
            r"(?P<tdmarket>the\s+day)\b(?=\s*[,.;:)]|\s+(?:and|as|but|while|with|at|up|down|"
            # "ended the day 1.2% lower", "finished the day $3 higher"; "volume for the day
            # was light" (the guard asks for the volume before it)
            r"higher|lower|before|was|were|totall?ed|reached)\b|\s+[$\u00a3\u20ac]?\d)",
            FLAGS,
        ),
        lambda m, ctx: _that_day_guard(m, ctx),
    ),
    (
        "next_day",
        re.compile(
            # "the previous business day": the working day before (Friday before a Monday)
            # ("previous day's deals", "versus previous day": a table's or a wire's
            # clipped article, the same day)
            r"\b(?:the\s+(?P<ndrel>next|following|previous|preceding)|"
            rf"{_BARE_PREVIOUS}(?P<ndrel3>previous))"
            r"\s+(?P<ndbiz>(?:business|trading|"
            r"working)\s+(?=day\b))?(?P<ndunit>day|morning|"
            r"afternoon|evening|night)\b|\bthe\s+(?P<ndunit2>day|night|evening|morning|afternoon)\s+"
            r"(?P<ndrel2>before|after)(?=\s*[.,;:)]|$)",
            FLAGS,
        ),
        lambda m, ctx: _r_next_day(m, ctx),
    ),
    (
        "week_of",
        re.compile(
            rf"\bthe\s+week\s+of\s+(?:(?P<wmonth>{_MONTH})\s+(?P<wday>[0-3]?\d)(?!\d)|"
            rf"(?P<wday2>[0-3]?\d)\s+(?P<wmonth2>{_MONTH}))(?![a-z])(?:,?\s+(?P<wyear>1\d{{3}}|20\d{{2}})\b)?",
            FLAGS,
        ),
        lambda m, ctx: _r_week_of(m, ctx),
    ),
    (
        "ago",
        re.compile(
            # "a half-hour later": thirty minutes, as for a length
            rf"\b{_PRE}(?:(?P<num>{_NUM}|half(?=[\s-]hour\b))(?:(?<=half)[\s-]|\s+)|(?P<adj>))"
            rf"(?P<unit>{_UNIT})\s+"
            r"(?:or\s+so\s+)?"
            r"(?P<dir>ago|earlier|later|from\s+now|hence|back(?!\s+(?:to|in|from|on|into)\b)|"
            # "down from 76 cts a year before.": the adverb closing its clause is "earlier"
            # ("a year before the vote" is dated by the vote, no step from the text's time)
            r"before(?=\s*(?:[.,;:)]|$)))\b",
            FLAGS,
        ),
        lambda m, ctx: _ago_guard(m, ctx),
    ),
    # "two and a half years ago", "a year-and-a-half ago": the date reached, at the next
    # smaller unit's grain (resolvers/half_steps.py)
    ("half_ago", HALF_AGO, half_ago),
    (
        # "this time last year", "the same time last year": one expression, the year (month,
        # week) before publication's, as "last year" alone
        "same_time",
        re.compile(
            r"\b(?:this|the\s+same)\s+time\s+(?P<strel>last|next)\s+(?P<stunit>year|month|week)\b",
            FLAGS,
        ),
        lambda m, ctx: _r_same_time(m, ctx),
    ),
    (
        "adj_ago",
        re.compile(
            r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?"
            r"(?P<adj>(?P<num>)(?P<unit>year|month|week|quarter)-(?P<dir>ago|earlier))"
            r"(?P<noun>\s+(?:(?P<aord>first|second|third|fourth)[\s-]+)?(?:quarter|period)|"
            r"\s+(?P<amonths>three|six|nine)\s+months)?\b",
            FLAGS,
        ),
        lambda m, ctx: _adj_ago_or_length(m, ctx),
    ),
    (
        # "the first day of next month", "the last day of this year", "the first day of 2027":
        # the calendar period's first or last day, a DATE as "the last day of March" is
        "period_day",
        re.compile(
            r"\b(?:the\s+)?(?P<pdo>first|last|final)\s+day\s+of\s+(?:(?P<prel>this|next|last)\s+"
            r"(?P<punit>month|year)|(?P<pyear>1\d{3}|20\d{2}))\b(?![/-]\d)",
            FLAGS,
        ),
        lambda m, ctx: _period_day(m, ctx),
    ),
    (
        # "the second day of an offensive", "protests entered their third day", "for a
        # second day": the day a running event has reached, a DATE (TimeBank's 3 of 3)
        "ordinal_day",
        re.compile(
            r"\b(?:the|its|their|his|her|a)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|"
            r"successive)\s+)?day\b(?![\s-]+(?:long|old)\b)(?!-)|"
            # "the last day of the fair": the closing day of an event, a day as the first is
            # ("the last day" alone is the past 24 hours, a length)
            r"(?<!\ba\s)(?:last|final|closing) day(?=\s+of\s))"
            # "the first day of fiscal 1988", "of March", "of next season": a calendar day
            rf"(?!\s+of\s+(?:fiscal\s+|calendar\s+)?(?:1\d{{3}}|20\d{{2}}|{_MONTH}|the\s+(?:month|"
            r"year|quarter|week|season)|next|last|this)\b)",
            FLAGS,
        ),
        lambda m, ctx: _ordinal_day(m, ctx),
    ),
    (
        # "full year earnings", "full-year profit": the (fiscal) year reported on, a DATE as
        # "the full year" is (TimeBank dates it); "a full year" stays a length
        "full_year",
        re.compile(
            r"(?<!\ba\s)(?<!\ban\s)\bfull[\s-]year\b(?!-)(?=\s+[a-z])|"
            # "year-to-date output": the year so far, as "so far this year" is this year
            r"\byear-to-date\b",
            FLAGS,
        ),
        lambda m, ctx: _full_year(m, ctx),
    ),
    (
        # "13- and 26-week bills": the first length, its unit written once after the second
        "elided_length",
        re.compile(
            rf"(?<![\w.,/-])(?P<enum>\d{{1,3}}|{_WORDNUM})(?=-\s*and\s+(?:\d{{1,3}}|{_WORDNUM})"
            # (not ages: "10- and 12-year-olds" are no lengths)
            rf"[\s-]+(?P<eunit>{_UNIT})\b(?![\s-]+olds?\b))",
            FLAGS,
        ),
        _r_elided_length,
    ),
    (
        # "the marketing year", "the new marketing year": a crop's year of the trade's calendar
        # (not "the same marketing year", anaphoric, nor one written with its year: "the
        # 1986/87 marketing year" and "marketing year 1986/87" are the year rule's)
        "marketing_year",
        re.compile(
            r"\b(?:the|this|its|their)\s+(?:(?P<mrel>current|new|next|coming|previous|last|past|"
            r"entire|whole|full)\s+)?marketing\s+year\b(?!\s+(?:of\s+)?(?:1\d{3}|20\d\d))",
            FLAGS,
        ),
        _r_marketing_year,
    ),
    (
        # "the lead she has held all month", "stayed high all year": a whole unit lasted (the
        # lead's decision 3 on the seventh PolNeAR file's doubts); not "all year round" (a
        # habit), nor "all day" and "all night" (TimeBank leaves "held all day" untagged)
        "all_unit",
        re.compile(r"(?<![\w-])all\s+(?P<aunit>week|month|year)\b(?![\s-]*(?:round\b|-))", FLAGS),
        _r_all_unit,
    ),
    (
        "duration",
        re.compile(
            # ("at 0600 hours" is the military clock, a TIME: see _TIME; "the second and third
            # quarters" opens a list of quarters: no "second" of a clock)
            r"\b(?!(?<=\bat\s)(?:[01]\d|2[0-3])[0-5]\d\s+hours\b)"
            rf"(?!(?:the\s+)?second{_QUARTER_LIST_REST})"
            rf"{_PRE}(?:(?P<det>the|its|his|her|their|our|a)\s+)?(?:(?:past|last|"
            r"next|first|previous|coming|following|final|remaining|additional|further|"
            # ("the full fiscal year": the fiscal year reported on, as "the full year")
            r"recent|full|entire|whole|same|latest)\s+(?:(?<=\bthe\sfull\s)(?:fiscal|financial)\s+)?)?"
            # (a count after a listed count and its comma, "for one, three or six months",
            # is one of a list of alternatives: "or" joins no range there)
            rf"(?:{_LISTED}(?P<listed>)|(?!{_LISTED}))"
            rf"(?:(?P<num>{_NUM}|single(?=-(?:day|week|month|year|hour|night|session)\b)|"
            # "the record for a single quarter", "fell 500 points in a single day": one unit,
            # the adjective stressing it (as "a day" is a length, so is "a single day")
            r"(?<=\ba\s)single(?=\s+(?:day|week|month|quarter|year|hour|decade)\b)|"
            # "a half-hour", "a half hour later": thirty minutes
            r"half(?=[\s-]hour\b))"
            # ("a 3-1/2 year contract": wire copy joins the whole and the half by a hyphen)
            # ("seven-and-a-half years": the count and its half may be hyphened together)
            r"(?P<half>\s+and\s+a\s+half|-and-a-half|(?:\s+|-)1/2)?"
            # ("a two- to five-year term": the first count's hyphen before the joint; "three-
            # or six-day repurchases" is two terms to choose from, no range: the suspended
            # "or" joins none)
            r"(?:\s*(?(listed)(?:-\s*to|-|\u2013|to)|(?:-\s*to|-|\u2013|to|or))"
            rf"\s*(?P<num2>\d{{1,4}}|{_WORDNUM})(?=[\s-]))?"
            r"[\s-]+"
            # ("the two previous quarters", "the three preceding months": the count before
            # the adjective, as "the previous two quarters" has it after; only after a
            # determiner, so "March 22 Prior year figures", a table's line, stays a day)
            r"(?:(?:more|additional|further|extra|consecutive|straight|successive|trading|"
            r"business|working)\s+|(?(det)(?P<back>previous|preceding|prior)\s+))?)?"
            rf"(?P<unit>{_UNIT}|weekends?)(?P<half2>\s+and\s+a\s+half\b|-and-a-half\b)?(?:-(?:old|long))?\b"
            # ("a 12-year-contract": wire copy may join the length to a term's noun by a
            # second hyphen too; other hyphens go on, as in "a 30-day-old")
            rf"(?!-(?!{_TERM_NOUN_AFTER_HYPHEN}))"
            r"(?:\s+or\s+so\b|(?<=s)\s+ahead\b)?",
            FLAGS,
        ),
        lambda m, ctx: _duration_guard(m, ctx),
    ),
    (
        # "between six and eight hours", "between two and five years": a range of counts, one
        # length whose count is left open (the duration rule alone would take "eight hours")
        "between_counts",
        re.compile(
            rf"(?<=\bbetween\s)(?P<pre>)(?P<det>)(?P<num>\d{{1,4}}|{_WORDNUM})(?P<half>)"
            rf"\s+and\s+(?P<num2>\d{{1,4}}|{_WORDNUM})\s+(?P<unit>{_UNIT})(?P<half2>)\b(?!-)",
            FLAGS,
        ),
        lambda m, ctx: _duration_guard(m, ctx),
    ),
    (
        # "will be settled in a year or two", "in a week or two": one unit or a few more, a
        # range of counts written after the unit; ahead in a future clause it is a vague
        # future, as "in two to three weeks" is (the duration rule alone takes "a year")
        "unit_or_count",
        re.compile(
            r"(?<=\bin\s)(?P<pre>)(?P<det>)(?P<num>a|one)(?P<half>)\s+"
            r"(?P<unit>day|week|month|year)(?P<half2>)\s+or\s+(?P<num2>two|three)\b(?!-)",
            FLAGS,
        ),
        lambda m, ctx: _duration_guard(m, ctx),
    ),
    (
        "set",
        re.compile(
            # "every fiscal year", "each calendar month": the calendar's unit, as "every year"
            rf"\b(?:(?:every|each)\s+(?:(?P<snum>{_NUM})\s+)?(?:(?:fiscal|financial|calendar)\s+"
            rf"(?=years?\b|months?\b|quarters?\b))?(?P<sunit>{_UNIT})|"
            rf"(?:every|each)\s+(?P<wd_each>{_WEEKDAY})(?:\s+{_PART})?|"
            r"(?:every|each)\s+(?P<mo_each>January|February|March|April|May|June|July|August|"
            r"September|October|November|December)|"
            r"(?:every|each)\s+(?P<se_each>spring|summer|autumn|fall|winter)|"
            # "for the past three summers": the season, year after year (AQUAINT's SET)
            rf"the\s+(?:past|last|previous)\s+(?:{_NUM}|few|several)\s+"
            r"(?P<se_pl>spring|summer|autumn|fall|winter)s|"
            r"(?:every|each)\s+(?P<pt_each>morning|afternoon|evening|night)|"
            r"every\s+other\s+(?P<other>day|week|month|year)|"
            r"(?P<we>(?:every|each)\s+weekend)|"
            rf"(?P<wd_pl>{_WEEKDAY})(?:s|\s+(?P<part_pl>mornings|afternoons|evenings|nights))|"
            # "semi-annually", "bi-weekly", "biennially" (``durations._SEMI_BI_ADVERBS``), read
            # before the adverb inside them
            rf"{SEMI_BI_PATTERN}|"
            # the adverbs of frequency: one table (``durations._FREQUENCY_ADVERBS``)
            rf"{'|'.join(_FREQUENCY_ADVERBS)})\b",
            FLAGS,
        ),
        _r_set,
    ),
    (
        "per_unit",
        re.compile(
            # ("twice-a-week", "three-times-a-year", "a $15-per-hour wage": the rate hyphened
            # whole, after its count or its amount; "a 40-mile-per-hour gale" is a speed,
            # ``durations._SPEED_BEFORE``;
            # "once a decade", "twice-a-quarter": the longer and shorter periods only after a
            # written count, ``durations._COUNTED_ONLY``)
            r"\b(?P<art>a|an|per)(?:\s+|(?<=-a)-|(?<=-an)-|(?<=-per)-)"
            r"(?P<punit>day|week|month|year|hour|minute|fortnight|quarter|decade|century)\b(?!-)",
            FLAGS,
        ),
        _r_per_unit,
    ),
    (
        "vague_length",
        re.compile(
            r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bwithin\s)|(?<=\bquite\s)|(?<!once\sin\s)(?<=\bin\s))"
            r"(?:a\s+(?:little\s+|short\s+|long\s+)?while|some\s+time)\b",
            FLAGS,
        ),
        lambda m, ctx: _r_vague_length(m, ctx),
    ),
    (
        "ref",
        re.compile(
            # ("the then-current rules": current then, a time past, TimeBank's PAST_REF)
            r"\b(?:as\s+(?:soon|early)\s+as\s+possible|right\s+now|now|nowadays|currently|"
            r"(?<!since\s)(?<!until\s)(?<!till\s)(?<!by\s)(?<!from\s)(?<!and\s)(?<!but\s)"
            r"then[\s-]+current|current|at\s+present|presently|"
            # ("at the moment" is left untagged, as TimeBank leaves it and "the moment" is: the
            # lead's decision 7 on the seventh Reuters file's readings)
            r"these\s+days|(?:(?:more|most)\s+)?recently|recent|lately|in\s+the\s+past|"
            # "of late" as "lately" (the lead's decision 5 on round sixty's list), where the
            # clause or a verb follows: not "of late February", "the estate of late Mr X",
            # "of late-type oranges"
            r"(?<!\bas\s)of\s+late(?=\s*(?:[,.;:!?)\u2014\u201d\"]|$)|\s+[-\u2013]\s|\s+(?:as|is|was|are|"
            r"were|has|have|had|and|but|because|when|while)\b)|"
            # "this time of year" meaning the time of writing (decision 5): not "this time of
            # year last year", "this time of the year in 1986"
            r"this\s+time\s+of\s+(?:the\s+)?year(?!\s+(?:last|next|before|in|of|ago)\b)|"
            r"the\s+past|in\s+the\s+future|(?:the\s+)?near\s+future|the\s+future|"
            # "in years past", "in decades past": the past as "in the past" is (the lead's
            # decision 4 on the sixth PolNeAR file's doubts), the adjective after its noun
            r"(?<=\bin\s)(?:years|decades|days|times|seasons)\s+past(?!\s+(?:the|a|an|its|their)\b)|"
            # "in future" (British, no article): the future as "in the future" is; "in future
            # years", "in future talks" are adjectives, no time
            r"(?<=\bin\s)future(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:the|a|an|we|he|she|they|it|I|"
            r"you|there|this|these|those|all|any|such|when|if|and|or|but|will|would|should|"
            r"could|may|might|must|can|be|is|are|was|were|has|have|had|no|not|only|unless|"
            r"its|their|his|her|our|every|each|to)\b)|"
            # "in the distant past", "the not too distant future", "the recent past" ("for the
            # foreseeable future" is left: TimeBank leaves both of its uses out)
            r"the\s+(?:(?:not\s+(?:too\s+|so\s+)?)?distant|recent|immediate)\s+"
            r"(?:past|future)|"
            r"the\s+(?:near|short)\s+term|soon|shortly|"
            # vague times of the guidelines: "for the time being", "at a later date", "at
            # that time" (anaphoric, as "that day" is; "at the time" is as often an idiom for
            # "then", and "at that time of year" names no time of its own)
            r"the\s+time\s+being|a\s+later\s+(?:date|time)|"
            r"(?<=\bat\s)that\s+time(?=\s*[,.;:)\u2014]|\s+(?:[a-z]+ed|was|were|had|"
            r"did|said|says|is|are|he|she|they|it|we|I|there|the|a|an|in|on)\b)|"
            # "said at the time that ...": the time of the saying, then (a fronted "At the
            # time, ..." or "at the time of X" is left, as the annotated sets leave them)
            r"(?:(?<=\bsaid\sat\s)|(?<=\bsaying\sat\s)|(?<=\btold\sat\s)|(?<=\bwrote\sat\s)|"
            r"(?<=\badded\sat\s)|(?<=\bstated\sat\s))the\s+time(?!\s+of\b|\s+being\b|"
            # ("said at the time the bond is priced": a clause of its own, "when")
            r"\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:is|are|will|becomes?|takes?)\b))\b",
            FLAGS,
        ),
        lambda m, ctx: _ref_guard(m, ctx),
    ),
    (
        "time",
        re.compile(
            rf"\b{_PRE}(?:(?P<dayref2>{_WEEKDAY}|yesterday|today|tomorrow)(?:\s+at)?\s+)?{_TIME}"
            # ("at 11 a.m. On Monday, talks resume": a capital "On" after "a.m." opens the next
            # sentence; "at 9 a.m. Tuesday" is one expression)
            rf"(?:,?\s+(?:(?!(?<=\.\s)(?-i:On)\b)on\s+)?{_DAYREF})?",
            FLAGS,
        ),
        _r_time,
    ),
    (
        # "between 10-11 a.m.", "from 9 to 11 a.m.": a clock range's first end, its meridiem
        # written once after the second (the lead's decision 4 on the seventh PolNeAR file's
        # doubts: each end of the range its own TIME)
        "clock_range_start",
        re.compile(
            r"(?:(?<=\bfrom\s)|(?<=\bbetween\s))(?P<crh>1[0-2]|0?[1-9])(?::(?P<crm>[0-5]\d))?"
            r"(?=\s*(?:-|\u2013|to\b|and\b)\s*(?P<crend>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*"
            r"(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)))",
            FLAGS,
        ),
        lambda m, ctx: _r_clock_range_start(m, ctx),
    ),
]

#: each rule's pattern by name (a resolver may read what another rule would find)
RULES_BY_NAME: dict[str, re.Pattern[str]] = {name: pattern for name, pattern, _ in RULES}
#: the rules of a list's middle days, whose resolver reads the list on to its last day
_DAY_LIST_MIDS = frozenset(RULES_BY_NAME[f"day_list_mid{n}"] for n in ("", "2", "3"))


_CENTURY_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
)  # fmt: skip


def possessive_year(m: re.Match[str]) -> bool:
    """ "above 2004's 3.85 mln barrels": a year's possessive, not a decade ("the 1980's",
    "the early 1980's" have an article or a modifier)."""
    text = m.group(0)
    return (
        bool(m["full"])
        and text.endswith(("'s", "\u2019s"))
        and not m["pre"]
        and not re.match(r"the\s", text, re.IGNORECASE)
    )


def _decade_or_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if possessive_year(m):
        y = int(m["full"]) * 10
        return Resolved("DATE", f"{y:04d}", Point(date(y, 1, 1), "Y"), ABSOLUTE)
    return _r_decade(m, ctx)


def _r_century_words(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw = m["nth"].lower().replace(" ", "-")
    words = {w: i + 1 for i, w in enumerate(_CENTURY_WORDS)}
    n = words.get(raw)
    if n is None:
        digits = re.sub(r"\D", "", raw)
        n = int(digits) if digits else 0
    if not 1 <= n <= 30:
        return None
    return Resolved("DATE", f"{n - 1:02d}", Point(date(max((n - 1) * 100, 1), 1, 1), "C"),
                    ABSOLUTE, _mod_of(m))  # fmt: skip


def _r_nine_eleven(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.dct is not None and ctx.dct <= date(2001, 9, 11):
        return None  # before the attacks, "9/11" is a day written the short way
    if year_in_name(ctx.text, m.start()):
        return None  # "Fahrenheit 9/11": a title
    # the name of an event, not the time under discussion: what follows is not anchored on it
    return Resolved("DATE", "2001-09-11", Point(date(2001, 9, 11), "D"), ABSOLUTE, anchors=False)


def _r_clock_range_start(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The first end of "between 10-11 a.m.": the hour on the second end's day, with its
    meridiem (an earlier hour than the second's under "p.m." stays in the morning: "from 11
    to 1 p.m." opens at 11 a.m.)."""
    second = RULES_BY_NAME["time"].match(ctx.text, m.start("crend"))
    if second is None:
        return None
    end = _r_time(second, ctx)
    if end is None or end.type != "TIME" or end.value is None or "T" not in end.value:
        return None
    hour, minute = int(m["crh"]), int(m["crm"] or 0)
    end_hour = int(end.value.rsplit("T", 1)[1][:2])
    if end_hour >= 12 and hour < 12 and hour + 12 <= end_hour:
        hour += 12  # "from 2 to 4 p.m.": the afternoon's 2
    hhmm = f"{hour:02d}:{minute:02d}"
    if end.point is None:
        return Resolved("TIME", end.value.rsplit("T", 1)[0] + f"T{hhmm}", anchor=end.anchor)
    p = Point(end.point.day, "D", hhmm)
    return Resolved("TIME", p.value(), p, end.anchor)


def two_digit_year(yy: int, ctx: Context) -> int:
    """The century of a two-digit year: this one up to ten years ahead of publication (or of
    2000 without a date), else the last."""
    ref = ctx.dct.year if ctx.dct else 2000
    year = ref // 100 * 100 + yy
    return year if year <= ref + 10 else year - 100


def _r_day_range_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "23-30, 1986" after "September": the second day, in the month and year of the range
    (the first day read as the month_day rule reads it, its year shared)."""
    if not m["month"][0].isupper() or int(m["day"]) <= int(m["d1"]):
        return None  # "May 5-3" is a score or a count, not a range of days
    if m["rlist"] is not None:
        # coordinated days go forward one by one ("sold on July 19, and 7 went for 300 euros" is a
        # day and an amount); the middle ones are read up to the last, whichever rule matched
        listed = re.findall(r"\d+", ctx.text[m.start("d1") : m.end()])
        days = [int(d) for d in listed if len(d) <= 2]
        if m.re in _DAY_LIST_MIDS:
            tail = re.match(rf"{_DAY_LIST_JOINT}[0-3]?\d", ctx.text[m.end() :], FLAGS)
            days += [int(d) for d in re.findall(r"\d+", tail.group(0))] if tail else []
        if any(b <= a for a, b in pairwise(days)) or max(days) > 31:
            return None
    keep = {"dpart": None, "dayword": None, "dmrel": None, "pre": None}
    first = _r_day_month(_Override(m, day=m["d1"], **keep), ctx)
    if first is None or first.point is None:
        return None
    if m["year"]:
        return _r_day_month(_Override(m, **keep), ctx)
    return _r_day_month(_Override(m, year=str(first.point.day.year), **keep), ctx)


def _r_contract_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "JUN7": a contract month of a futures table, June of the year ending in 7 that is
    nearest ahead of publication (a contract from a year before up to nine years on)."""
    mo = MONTHS[m["cmonth"].lower()]
    digit = int(m["cyd"])
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{mo:02d}", anchor=UNANCHORED)
    year = next(y for y in range(ctx.dct.year - 1, ctx.dct.year + 9) if y % 10 == digit)
    p = Point(date(year, mo, 1), "M")
    return Resolved("DATE", p.value(), p, ABSOLUTE)


def _r_month_yy(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Sept 87": the month of the year the two digits name (a capital month only: "may 87"
    is a verb and a number)."""
    if not m["month"][0].isupper():
        return None
    if m["month"].isupper() and m.group(0)[len(m["month"])].isspace():
        return None  # an options table's "GM JUN 85": the strike price of a June option
    year = two_digit_year(int(m["myy"]), ctx)
    if ctx.dct is not None and year < ctx.dct.year - 10 and "'" not in m.group(0):
        # a table's "Feb 86" is a recent month; "March 67" in a story of 1987, with no
        # apostrophe, is a slip for a day ("March 6-7"), not a month twenty years back
        return None
    p = Point(date(year, _month_no(m["month"]), 1), "M")
    return Resolved("DATE", p.value(), p, ABSOLUTE)


def _r_month_cardinal(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "on March eight": the day the cardinal word names, as "March 8" (a capital month only:
    "by may one ..." is a verb)."""
    if not m["month"][0].isupper():
        return None
    day = DAY_CARDINALS[re.sub(r"[\s-]+", " ", m["daycard"].lower())]
    return _r_day_month(_Override(m, day=str(day), dayword=None, dpart=None, dmrel=None), ctx)


def _full_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _rel(ctx, lambda d: Point(d, "Y"), "XXXX")


def _r_short_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = two_digit_year(int(m["yy"]), ctx)
    return Resolved("DATE", f"{y:04d}", Point(date(y, 1, 1), "Y"), ABSOLUTE)


#: a market report's move just before "on the day" / "for the day" ("fell 3% on the day")
_MARKET_MOVE = re.compile(
    # "%" stands outside the word boundary: a sign followed by a space has none after it
    r"(?:%|(?:percent|per\s+cent|points?|cents?|pence|"
    # "little changed on the day", "flat on the day"
    r"\b(?:closed|ended|finished|changed|unchanged|flat|steady))\b)[^.;]{0,25}$"
    # a session's volume: "volume for the day was light", "turnover for the day totalled"
    r"|\b(?:volume|turnover)\s+for\s+$",
    re.IGNORECASE,
)


#: a day named just before an apposition ("Oct. 12, 1989, ", "Tuesday, ", "12 March, ")
_DAY_BEFORE_APPOSITION = re.compile(
    rf"(?:(?<![\w.]){_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|"
    rf"\b{_WEEKDAY})(?:,?\s+(?:1\d{{3}}|20\d\d))?,\s$",
)


#: a day named later in the sentence ("the day that it signed (Jan. 3, 1984)")
_DAY_AHEAD = re.compile(rf"(?<![\w.]){_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}")


def _that_day_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "on the day" names a day only in a market report's move ("fell 3% on the day",
    "closed the day up"); elsewhere ("schools shut for the day") annotators leave it. "That
    date" is a day only after one was named; "the day" in apposition ("on Oct. 12, the day
    before the crash") is the day named just before it."""
    if m["tdday"] and not _DAY_BEFORE_APPOSITION.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        return None  # "rose to 1,234, the day's high"; only a day named just before
    if m["tdrel"]:
        # "the day the vote was held": the last day named, in this sentence or the two
        # before; with none, the day is unsaid and annotators leave it ("she recalled the day
        # she met him")
        if ctx.last_day is None:
            return None
        s_start, s_end = ctx.sentence_bounds(m.start())
        if _DAY_AHEAD.search(ctx.text, m.end(), s_end):
            return None  # "on the day that it signed (Jan. 3, 1984)": the clause dates itself
        first = ctx.sentence_of(m.start())
        if ctx.last_day_at < ctx.sentences[max(0, first - 2)][0]:
            return None
        p = Point(ctx.last_day.day, "D")
        return Resolved("DATE", p.value(), p, PREVIOUS)
    if m["tddate"] or m["tddate2"] or m["tdday"]:
        # the day just named, whatever the tense ("will leave by October 31 ... has said it
        # must leave by that date")
        if ctx.last is None or ctx.last.gran != "D":
            return None
        p = Point(ctx.last.day, "D")
        return Resolved("DATE", p.value(), p, PREVIOUS)
    if m["tdmarket"] and not _MARKET_MOVE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "For the day, the index lost 12 points": the move follows a fronted "for the day"
        s_start, s_end = ctx.sentence_bounds(m.start())
        fronted = re.fullmatch(r"\s*for\s", ctx.text[s_start : m.start()], re.IGNORECASE)
        if not (fronted and _MARKET_WORDS.search(ctx.text, m.end(), s_end)):
            return None
    if m["tdedge"] and (
        _STAGE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        or re.match(r"\s+(?:to|for)\b", ctx.text[m.end() : m.end() + 5])
    ):
        return None  # "it is late in the day to change course": a late stage, the idiom
    if m["tdend"] and _CLOSE_MOVE_AFTER.match(ctx.text, m.end()):
        return _r_that_day(m, ctx)  # "platinum ended the day at 565 dollars", as before
    if m["tdedge"] or m["tdposs"] or m["tdend"]:
        # the trading day of a market report ("rallied late in the day"); elsewhere the
        # phrase is as often a stage as a time, and annotators leave it
        s_start, s_end = ctx.sentence_bounds(m.start())
        if not _MARKET_WORDS.search(ctx.text, s_start, s_end):
            return None
    return _r_that_day(m, ctx)


#: a move or a price right after a session's close ("ended the day 1.2% lower", "closed the
#: day up", "finished the day at 0.56"), which needs no market word in its sentence
_CLOSE_MOVE_AFTER = re.compile(
    r"\s*[,.;:)]|\s+(?:and|as|but|while|with|at|up|down|higher|lower|only|just|barely|"
    r"little|slightly|sharply|unchanged|flat|steady|easier|firmer|weaker|stronger|mixed)\b|"
    r"\s+[$\u00a3\u20ac]?\d",
    re.IGNORECASE,
)


_MARKET_WORDS = re.compile(
    r"%|\bpercent\b|\bper\s+cent\b|\bpoints?\b|\bshares?\b|\bstocks?\b|\bindex\b|"
    r"\btrading\b|\btraders?\b|\bmarkets?\b|\bprices?\b|\bcents?\b|\bpence\b|"
    # what a currency, bond or commodity report moves ("the dollar recovered late in the
    # day", "yields rose on the day")
    r"\bdollar\b|\beuro\b|\byen\b|\bsterling\b|\bcurrenc(?:y|ies)\b|\bbonds?\b|\byields?\b|"
    r"\bcrude\b|\bfutures\b|"
    # a commodity's or an index's session ("oil fell late in the day", "the Dow slipped
    # early in the day")
    r"\boil\b|\bgold\b|\bsilver\b|\bcopper\b|\bcommodit(?:y|ies)\b|\bDow\b|\bNasdaq\b",
    re.IGNORECASE,
)


_STAGE_BEFORE = re.compile(
    r"\b(?:is|was|it's|too|very|rather|bit|fairly|pretty|so|be|seems?)\s+$", re.IGNORECASE
)


def _period_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The first or last day of a year named by its number, or of this, next or last month
    or year from publication."""
    month = None
    if m["pyear"]:
        year, anchor = int(m["pyear"]), ABSOLUTE
    elif ctx.dct is None:
        return Resolved("DATE", "XXXX-XX-XX", anchor=UNANCHORED)
    else:
        step = {"this": 0, "next": 1, "last": -1}[m["prel"].lower()]
        year, anchor = ctx.dct.year + step, PUBLISHED
        if m["punit"].lower() == "month":
            months = ctx.dct.year * 12 + ctx.dct.month - 1 + step
            year, month = divmod(months, 12)
            month += 1
    if m["pdo"].lower() == "first":
        day = date(year, month or 1, 1)
    elif month is None:
        day = date(year, 12, 31)
    else:
        day = date(year, month, calendar.monthrange(year, month)[1])
    p = Point(day, "D")
    return Resolved("DATE", p.value(), p, anchor)


def _ordinal_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The day a running event has reached: publication's day, or a past narrative's day,
    which news reports ("it is the second day of the strike", "searched for a second day");
    ahead of it ("on her first day as coach, if hired") the day is unknown."""
    tense = ctx.tense(m.start(), m.end())
    last = re.search(r"(?:last|final|closing) day$", m.group(0))
    if (
        tense == "future"
        or (last and tense in ("", "present_right"))
        or (last and re.match(r"\s+of\s+(?:each|every|any)\b", ctx.text[m.end() : m.end() + 12]))
    ):
        # (an event's last day told with no verb before it, "the last day of the auction is
        # Friday": not publication's, which only a present before it says: "today is the
        # last day of the fair")
        return Resolved("DATE", "XXXX-XX-XX", anchor=None)
    if tense == "past" and ctx.last is not None and ctx.last.gran == "D":
        # a past narrative's day ("On March 3, they marched for a second day"); in the
        # present ("this is the second day running") the day is publication's
        p = Point(ctx.last.day, "D")
        return Resolved("DATE", p.value(), p, PREVIOUS)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-XX-XX", anchor=UNANCHORED)
    p = Point(ctx.dct, "D")
    return Resolved("DATE", p.value(), p, PUBLISHED)


_QUARTER_FIRST = {"jan": 1, "apr": 2, "jul": 3, "oct": 4}


def _month_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A quarter named by its first and last months: the quarter rule's year and tense, as
    for "the fourth quarter" ("the current" quarter is this year's)."""
    if m["mqend"]:
        if not m["mqend"][0].isupper():
            return None  # "march quarter by quarter": no month
        n = {"mar": 1, "jun": 2, "sep": 3, "dec": 4}[m["mqend"][:3].lower()]
    else:
        n = _QUARTER_FIRST[m["mq1"][:3].lower()]
    groups = {"qunit": "quarter", "ord": str(n), "qyear": m["mqyear"] or m["mqyear0"],
              "qrel": "the current" if m["mqcur"] else None}  # fmt: skip
    return _r_quarter(_Override(m, **groups), ctx)  # type: ignore[arg-type]


#: a match report's words: there "the second half", "the fourth quarter" are the game's
_SPORT = re.compile(
    r"\b(?:scor(?:ed|ing)|scores(?!\s+of\b)|touchdowns?|innings?|half-?time|penalty\s+(?:kick|spot|shootout)|"
    r"striker|midfielder|quarterback|referee|equali[sz](?:ed|er)|free[- ]kick|free[- ]throws?|"
    r"field\s+goals?|corner\s+kick|yellow\s+card|red\s+card|three-pointers?)\b",
    re.IGNORECASE,
)


#: the words of a match report (a few of them in an article make it one)
_SPORT_WORDS = re.compile(
    r"\b(goals?|goalkeeper|keeper|scored|scorer|striker|midfielder|defender|referee|half-?time|"
    r"penalty|free-kick|tries|scrum|line-outs?|fly-half|wicket|innings|tie-break|premiership|"
    r"league|fixture|stadium|pitch|squad|match|matches|kick-off|substitute|replacement|"
    r"equaliser|header|touchdown|quarterback|rugby|football|soccer|tennis|cricket|hockey|"
    r"basketball)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)
def _match_report(text: str) -> bool:
    """Whether an article reads as a match report: three different words of sport in it (of
    the 2,225 BBC News articles, 227 of 511 sport ones and 10 of 1,714 others; 3 of 19,771
    Reuters bodies, about sponsors)."""
    return len({w.lower() for w in _SPORT_WORDS.findall(text)}) >= 3


def _quarter_wrapper(m: re.Match[str], ctx: Context) -> Resolved | None:
    gd = m.groupdict()
    if gd.get("qyear4") and not gd.get("qyear"):
        return _r_quarter(_Override(m, qyear=gd["qyear4"], qyear4=None), ctx)  # type: ignore[arg-type]
    if not (gd.get("qyear1") or gd.get("qyear") or gd.get("qrel") or gd.get("qrel2")):
        s, e = ctx.sentence_bounds(m.start())
        if _SPORT.search(ctx.text, s, e):
            return None  # "scored twice in the second half": a half of the match, no date
        if (m["qunit"].lower().startswith("hal") or m["ord"].lower() == "final") and _match_report(
            ctx.text
        ):
            # "we were poor in the first half", "led entering the final quarter" in a match
            # report: the match's half or quarter
            return None
        if _habitual_quarter(m, ctx):
            # "sales usually peak in the fourth quarter", "the third quarter is normally its
            # weakest": every year's quarter, TimeML's SET (TimeBank's "second and fourth
            # quarters" of a habit)
            half = m["qunit"].lower().startswith("hal")
            res = _r_quarter(m, ctx)
            if res is not None and res.value and re.search(r"[QH]\d$", res.value):
                return Resolved("SET", f"XXXX-{'H' if half else 'Q'}{res.value[-1]}")
    if gd.get("qyear1") and not gd.get("qyear"):
        return _r_quarter(_Override(m, qyear=gd["qyear1"]), ctx)  # type: ignore[arg-type]
    if gd.get("qlisted") is not None and not (gd.get("qyear") or gd.get("qrel2") or gd.get("qrel")):
        start = m.start("ord")
        if head := _LIST_YEAR_BEFORE.search(ctx.text, max(0, start - 80), start):
            # "in the 2009 first and second halves": the year before the list is the last one's
            return _r_quarter(_Override(m, qyear=head["lyear"]), ctx)  # type: ignore[arg-type]
    if gd.get("qrel2") and not gd.get("qrel"):
        return _r_quarter(_Override(m, qrel=gd["qrel2"]), ctx)  # type: ignore[arg-type]
    return _quarter_by_its_end(m, ctx) or _r_quarter(m, ctx)


#: a quarter told with the day it ends: "the fourth quarter ended January 31", "the second
#: quarter ending March 31", "its fourth quarter ended December 31, 2008"
_QUARTER_END_AFTER = re.compile(r",?\s+(?:ended|ending)\s+(?:on\s+)?", FLAGS)


def _quarter_by_its_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A quarter without a year told with the day it ends: the quarter of the year that day
    falls in, as TimeBank labels a company's quarter (a fourth quarter ended in August or in
    January is the fourth quarter of the year it ended in), or None (no such day)."""
    if any(group(m, name) for name in ("qyear", "qyear1", "qyear4", "qrel", "qrel2")):
        return None  # "the first quarter of 2010, ended Dec. 27, 2009": its year is said
    end = _QUARTER_END_AFTER.match(ctx.text, m.end())
    day = _day_written_at(ctx, end.end()) if end is not None else None
    if day is None:
        return None
    res = _r_quarter(m, ctx)
    if res is None or res.point is None:
        return res
    p = Point(date(day.point.day.year, res.point.day.month, 1), res.point.gran)  # type: ignore[union-attr]
    return Resolved("DATE", p.value(), p, day.anchor, res.mod)


def _day_written_at(ctx: Context, at: int) -> Resolved | None:
    """The day of a month written at ``at`` ("July 1", "1 July", "January 31, 1987"), resolved
    as its own rule resolves it, or None when there is none or it has no calendar day."""
    for name in ("month_day", "day_month"):
        day_match = RULES_BY_NAME[name].match(ctx.text, at)
        if day_match is not None:
            res = _r_day_month(day_match, ctx)
            if res is None or res.point is None or res.point.gran != "D":
                return None
            return res
    return None


def _habitual_quarter(m: re.Match[str], ctx: Context) -> bool:
    """Whether a quarter without a year is a habit's, every year's ("usually", "normally",
    "typically", "traditionally", "customarily", "tends to" in its clause)."""
    return told_as_habit(ctx, m.start(), m.end())


_LIST_JOINT_RE = re.compile(_QUARTER_LIST_JOINT, FLAGS)
#: a list of quarters opened by its year, up to its last ordinal ("the 2009 first and ")
_LIST_YEAR_BEFORE = re.compile(
    rf"\b(?P<lyear>1\d{{3}}|20\d{{2}})\s+(?:{_QUARTER_ORD})(?:\s*,\s*(?:the\s+)?(?:{_QUARTER_ORD}))*"
    r"\s*,?\s+(?:and|or|&)\s+(?:the\s+)?$",
    FLAGS,
)


def _quarter_list_head(m: re.Match[str], ctx: Context) -> Resolved | None:
    """An ordinal in a list of quarters or halves before the last one ("second" in "the
    second and fourth quarters of 1987"): the quarter it names, of the year (or the habit) the
    list's last quarter is resolved to, so the list's quarters never part."""
    joint = _LIST_JOINT_RE.match(ctx.text, m.end())
    last = RULES_BY_NAME["quarter"].match(ctx.text, joint.end()) if joint else None
    if last is None:
        return None
    res = _quarter_wrapper(last, ctx)
    if res is None or res.value is None:
        return None
    half = last["qunit"].lower().startswith("hal")
    n = ORDINALS[m["lhord"].lower()]
    if n > (2 if half else 4) or not re.search(r"[QH]\d$", res.value):
        return None
    if res.point is None:
        return Resolved(res.type, res.value[:-1] + str(n), anchor=res.anchor, mod=res.mod)
    p = Point(date(res.point.day.year, (n - 1) * (6 if half else 3) + 1, 1), "H" if half else "Q")
    return Resolved(res.type, p.value(), p, res.anchor, res.mod)


def _r_two_quarters(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the first two quarters of 1990" is ``1990-H1``, "the last two quarters of this year"
    the second half: TIMEX3 values a half year, so the two quarters are one DATE."""
    n = 1 if m["hord"].lower() == "first" else 2
    if m["hyear"]:
        y, anchor = int(m["hyear"]), ABSOLUTE
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-H{n}", anchor=UNANCHORED, mod=_mod_of(m))
    else:
        shift = {"this": 0, "last": -1, "next": 1}[m["hrel"].lower()]
        y, anchor = ctx.dct.year + shift, PUBLISHED
    p = Point(date(y, 1 if n == 1 else 7, 1), "H")
    return Resolved("DATE", p.value(), p, anchor, _mod_of(m))


def _r_qcode(m: re.Match[str], ctx: Context) -> Resolved | None:
    n = int(m["ord"][1])
    if m["qyear"]:
        p = Point(date(int(m["qyear"]), (n - 1) * 3 + 1, 1), "Q")
        return Resolved("DATE", p.value(), p, ABSOLUTE)
    return _r_quarter(_Override(m, ord=str(n), qunit="quarter"), ctx)  # type: ignore[arg-type]


def _same_period_or_length(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the same period of last year" after "the first five months": the length (the year
    after "of" is its own expression, ``_span``); else the compared period."""
    if (m["spunit"] or m["spunit2"] or "").lower() == "period":
        length = length_of_compared(m, ctx)
        if length is not None:
            return length
    return _r_same_period(m, ctx)


def _adj_ago_or_length(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year-ago period" after "the first five months": the length; else the period."""
    if m["noun"] and not m["aord"] and m["noun"].lower().endswith("period"):
        length = length_of_compared(m, ctx)
        if length is not None:
            return length
    return _r_adj_ago(m, ctx)


#: "the period from July 1994 to July 1995", "the period between June and August": a stretch
#: bounded where it is written, no period under discussion named before
_PERIOD_BOUNDED = re.compile(
    r"\s+(?:from|between)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?"
    rf"(?:(?P<m1>{_MONTH})\.?(?:\s+[0-3]?\d(?!\d))?,?(?:\s+(?P<y1>1\d{{3}}|20\d\d))?|1\d{{3}}|20\d\d)\b"
    r"(?:\s+(?:to|and|through|until|till)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?"
    rf"(?P<m2>{_MONTH})\.?,?\s+(?P<y2>1\d{{3}}|20\d\d)\b(?![/-]\d))?",
    FLAGS,
)


def _bounded_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the period from July 1994 to July 1995": the length between its two months when both
    carry a year (a DURATION, as "the year to end-June" is), else nothing: the two ends are
    their own DATEs and "the period" names no earlier one."""
    b = _PERIOD_BOUNDED.match(ctx.text, m.end())
    assert b is not None
    if not (b["m1"] and b["y1"] and b["m2"]) or any(
        w in b.group(0).lower() for w in ("early", "mid", "late", "end")
    ):
        return None
    months = (int(b["y2"]) - int(b["y1"])) * 12 + _month_no(b["m2"]) - _month_no(b["m1"])
    if months <= 0:
        return None
    value = f"P{months // 12}Y" if months % 12 == 0 else f"P{months}M"
    return Resolved("DURATION", value)


def _the_quarter_wrapper(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m.group(0).lower()
    if m["what"].lower() == "period" and _PERIOD_BOUNDED.match(ctx.text, m.end()):
        return _bounded_period(m, ctx)
    if (
        m["what"].lower() == "period"
        and not m["tqyear"]
        and re.match(r"\w+\s+(?:same|year-ago|year-earlier)\b", text)
        and (length := length_of_compared(m, ctx)) is not None
    ):
        return length  # "in the same period" after "the first five months": its length
    if "year-ago" in text or "year-earlier" in text:
        return _year_before_quarter(ctx, m)
    if m["tqyear"]:
        # "the 1988 period": the quarter under discussion, in that year
        year = int(m["tqyear"])
        what = m["what"].lower()
        base = ctx.last_quarter
        if what == "month" or (base is None and what == "period"):
            # "in December ... the same 2009 month": the month under discussion in that year
            # (a period with no quarter before it is that month, else that year)
            last = ctx.last
            if last is not None and last.gran == "M":
                p = Point(date(year, last.day.month, 1), "M")
                return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)
            if what == "month":
                return None
            p = Point(date(year, 1, 1), "Y")
            return Resolved("DATE", p.value(), p, ABSOLUTE, anchors=False)
        if base is None:
            # "the same 2009 quarter" with none under discussion: the latest quarter, that year
            res = _r_the_quarter(m, ctx)
            if res is None or res.point is None:
                return res
            p = Point(date(year, res.point.day.month, 1), "Q")
            return Resolved("DATE", p.value(), p, res.anchor, anchors=False)
        if what == "period":
            # "the 1988 period" after "in the first nine months": the figure's period, that
            # year (a half, or the year), as round forty-two reads "a year earlier"
            figure = _period_of_figure(m, ctx, base)
            if figure.gran != "Q":
                p = Point(date(year, figure.day.month, 1), figure.gran)
                return Resolved("DATE", p.value(), p, PREVIOUS, anchors=False)
        p = Point(date(year, base.day.month, 1), "Q")
        return Resolved("DATE", p.value(), p, PREVIOUS, anchors=year == base.day.year)
    quarter = m["what"].lower() == "quarter"
    start = _QUARTER_START_AFTER.match(ctx.text, m.end()) if quarter else None
    # "the quarter beginning July 1": the quarter holding most of its three months
    if start is not None and (res := _quarter_from_its_start(ctx, start.end())) is not None:
        return res
    return _r_the_quarter(m, ctx)


#: a quarter told by the day it starts: "the quarter beginning July 1", "the quarter that
#: began on April 1", "in the quarter starting Oct. 1"
_QUARTER_START_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:began|begins|starts|started|commenced)|beginning|starting|"
    r"commencing)\s+(?:on\s+)?",
    FLAGS,
)


def _quarter_from_its_start(ctx: Context, at: int) -> Resolved | None:
    """The quarter starting on the day written at ``at``, of that day's year (the day resolved
    as its own rule resolves it), or None when no day of a month is written there. A fiscal
    quarter starting within a calendar quarter ("beginning Feb. 1") is the calendar quarter
    holding most of its months, as TimeBank labels fiscal quarters by the calendar's."""
    res = _day_written_at(ctx, at)
    if res is None or res.point is None:
        return None
    first = res.point.day
    middle = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    p = Point(middle, "Q")
    return Resolved("DATE", p.value(), p, res.anchor)


_REL_WORDS = {"this past": "last", "this coming": "next", "past": "last", "coming": "next"}


def _weekday_wrapper(m: re.Match[str], ctx: Context) -> Resolved | None:
    raw = re.sub(r"\s+", " ", (m["wrel"] or "").lower())
    rel = raw.removeprefix("the ")
    if raw == "the next":
        rel = "following"  # "the next Monday": the one after the day under discussion
    if rel == "on":
        return _r_weekday(_Override(m, wrel=None), ctx)  # type: ignore[arg-type]
    if rel in _REL_WORDS or rel in ("previous", "preceding", "following"):
        return _r_weekday(_Override(m, wrel=_REL_WORDS.get(rel, rel)), ctx)  # type: ignore[arg-type]
    return _r_weekday(m, ctx)


def _weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group(0).lower().split()
    rel = {"last": "last", "next": "next", "past": "last", "coming": "next"}.get(
        word[-2] if len(word) > 1 else "", "this"
    )
    if word[-2:-1] == ["the"]:
        rel = "the"  # "the weekend": the tense decides between the last and the next one
    if word[-2:-1] == ["coming"] and ctx.dct is not None and ctx.dct.isoweekday() <= 5:
        rel = "this"  # "this coming weekend" on a weekday is the one of this week
    return _r_this_unit(_Override(m, urel=rel, lead=None), ctx)  # type: ignore[arg-type]


def _r_same_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "this time last year": the unit before (or after) publication's, as "last year" is;
    "this time" is now, so no quarter under discussion moves it."""
    unit = m["stunit"].lower()
    step = -1 if m["strel"].lower() == "last" else 1
    return _rel(ctx, lambda d: _shift_unit(_period(d, unit), step, unit), _X[_GRAN_OF_UNIT[unit]])


def _ago_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dir"].lower() in ("on", "before", "after") and not m["num"]:
        return None
    if not m["num"] and _table_heading(ctx, m.start("unit"), m.end()):
        return None
    if m["dir"].lower() in ("before", "after") and ctx.text[m.end() : m.end() + 1].isalpha():
        return None
    return _r_ago(m, ctx)


def _table_heading(ctx: Context, start: int, end: int) -> bool:
    """Whether a bare "Week ago", "Year ago" (no article, capitalised) heads a column or a row
    of a table ("Today    Week ago    Year ago", "STOCKS  WEEK AGO  YEAR AGO"): a column of
    figures a period back, no event dated. A line with no lower-case letter is a table's
    heading (wire tables write them in capitals); prose writes "a year ago"."""
    text = ctx.text
    if not text[start : start + 1].isupper():
        return False
    if column_header(ctx, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not any(c.islower() for c in line) and text[start:end].isupper()


_AGE_AFTER = re.compile(r"[\s-]*olds?\b|\s+of\s+age\b", re.IGNORECASE)
#: "of" after "quarter(s)" names a whole, unless that whole is a year ("the first three
#: quarters of the year", "two quarters of 2019")
_QUARTER_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?!(?:the|this|last|next|its|their)\s+(?:(?:current|fiscal|calendar)\s+)?year\b|"
    r"(?:fiscal\s+)?(?:1\d{3}|20\d{2})\b|fiscal\b)",
    re.IGNORECASE,
)


#: a rate's point after "a quarter" ("a quarter point", "a quarter percentage point", "a
#: quarter of a percentage point"): the quarter is a fraction of the point, no time
_POINT_AFTER_QUARTER = re.compile(
    r"\s+(?:of\s+a\s+)?(?:(?:percentage|pct|per\s*cent(?:age)?|basis)\s+)?points?\b",
    re.IGNORECASE,
)


#: "months of talks", "years of war", "weeks of haggling produced a truce": a bare plural unit
#: measuring the noun after "of" is a length of no said count (TimeBank annotates its uses so),
#: while "days of the week", "years of age" and a title's "Days of Thunder" are none
_LENGTH_OF = re.compile(
    r"\s+of\s+(?!(?:the|a|this|that|each|every)\s+(?:week|month|year|day)\b|age\b)[a-z]"
)

_MEASURE_UNIT_BEFORE = re.compile(
    r"(?:[\w]-|\b(?:watt|kilowatt|megawatt|gigawatt|man|person|crop|contract|delivery|back|"
    r"front|nearby|deferred|forward|new|old)\s+)$",
    re.IGNORECASE,
)

_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|should|must|shall|'ll)\s+$", re.IGNORECASE
)


#: "one day" between an infinitive's "to" or a subject pronoun and a verb in the present
#: ("to one day run the firm", "hopes she one day returns"): someday; a past verb ("he one day
#: walked in") tells a day of a story, a noun ("in one day the crew ...") a length
_SOMEDAY_BEFORE = re.compile(r"\b(?:to|he|she|they|we|I|you|it)\s+$", re.IGNORECASE)
_SOMEDAY = re.compile(
    r"\s+(?!(?:and|or|of|in|on|at|for|the|a|an|to|after|before|later)\b)"
    r"(?:[a-z]+(?<!ed))\b(?!\s+(?:of|ago)\b)"
)

#: "one day" as someday in three more places: after a hope and before its infinitive
#: ("doctors hope one day to cure it"), opening a clause whose subject a modal follows
#: ("one day it will reach other goods"), and closing a clause with a modal in it ("she can coach
#: the side one day."); a length keeps its word before ("for one day", "will last one day")
_SOMEDAY_HOPE = re.compile(
    r"\b(?:hopes?|hoped|hoping|dreams?|dreamed|wish(?:es|ed)?)\s+$", re.IGNORECASE
)
_SOMEDAY_TO_VERB = re.compile(r"\s+to\s+[a-z]+\b")
_SOMEDAY_OPENING = re.compile(r"(?:^|[.!?:;,\"\u201c]\s*|\n\s*)$")
_SOMEDAY_SUBJECT_MODAL = re.compile(
    r",?\s+(?:it|he|she|they|we|I|you|this|there)\s+(?:will|would|could|may|might|can|shall)\b",
    re.IGNORECASE,
)
_SOMEDAY_CLOSING = re.compile(r"\s*(?:[.,;!?\"\u201d]|\s+and\s)")
_SOMEDAY_MODAL_IN_CLAUSE = re.compile(r"\b(?:will|would|could|may|might|can|shall)\s[^.!?;:\n]*$")
#: the word before "one day" that makes it a length or a day of a count ("for one day", "cut
#: to one day", "will last one day", "on any one day")
_LENGTH_WORD_BEFORE = re.compile(
    r"\b(?:for|in|on|at|to|from|by|than|within|over|after|before|only|just|about|around|"
    r"nearly|almost|least|up|any|each|every|per|of|the|a|last|lasts|take|takes|wait|stay|"
    r"spend|extra|another)\s+$",
    re.IGNORECASE,
)


def _someday(m: re.Match[str], ctx: Context) -> bool:
    """Whether this "one day" is the indefinite "someday" (TimeBank's ``FUTURE_REF``)."""
    text, start, end = ctx.text, m.start(), m.end()
    before = text[max(0, start - 12) : start]
    if _MODAL_BEFORE.search(before):
        return True  # "Islam will one day be ..."
    if _SOMEDAY.match(text, end, end + 30) and _SOMEDAY_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True  # "hopes to one day run", "the hope he one day follows"
    if _SOMEDAY_HOPE.search(before) and _SOMEDAY_TO_VERB.match(text, end, end + 30):
        return True  # "doctors hope one day to cure it"
    if _SOMEDAY_OPENING.search(text, max(0, start - 3), start) and _SOMEDAY_SUBJECT_MODAL.match(
        text, end, end + 30
    ):
        return True  # "..., one day it will reach other goods"
    return bool(
        _SOMEDAY_CLOSING.match(text, end, end + 5)
        and _SOMEDAY_MODAL_IN_CLAUSE.search(text, max(0, start - 80), start)
        and not _LENGTH_WORD_BEFORE.search(text, max(0, start - 12), start)
    )  # "we can run our own clinic one day and ..."


#: a verb of spending or lasting just before "the entire week" ("spent almost the entire week")
_SPENDING_BEFORE = re.compile(
    r"\b(?:spen[dt]s?|spending|last(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+"
    r"(?:(?:almost|nearly|virtually|practically)\s+)?$",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _spent_whole(text: str, start: int, unit: str) -> bool:
    """ "the entire week" after a verb of spending or lasting or after "for": a length (the
    lead's decision 3 on round sixty's list). A month or a year keeps the period under
    discussion ("spent the entire year restructuring", "for the whole year"), as round
    forty-seven has it and "for the full year" is."""
    if unit.lower() != "week":
        return False
    before = text[max(0, start - 30) : start]
    return bool(_SPENDING_BEFORE.search(before) or _FOR_BEFORE.search(before))


#: a named period after "the entire month", "the whole year" ("of May", "of 2009")
_OF_NAMED = re.compile(
    rf"\s+of\s+(?:{_MONTH}|1\d{{3}}\b|20\d{{2}}\b|(?:this|last|next)\s+(?:year|month|week)\b)",
    re.IGNORECASE,
)


def _duration_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    det = (m["det"] or "").lower()
    unit = _unit(m["unit"])
    after = ctx.text[m.end() : m.end() + 8]
    if m.group(0).lower().endswith("-old") or _AGE_AFTER.match(after):
        return None  # "52 years old", "a 136-year-old": an age, not a stretch of time
    if m["num"] and m["num"][0].isupper() and re.match(r"['\u2019]?\s+War\b", after):
        return None  # "the Six-Day War", "the Seven Years' War": a war's name
    if (
        m.group(0)[:2].lower() == "a-"
        and ctx.text[max(0, m.start() - 3) : m.start()].lower() == "in-"
    ):
        # "a once-in-a-decade storm": how rare a thing is, no length and no date, as TimeML
        # leaves "once-in-a-lifetime" (the lead's decision 2 on round seventy-one)
        return None
    if (
        unit == "day"
        and det in ("his", "her", "their", "its", "our")
        and re.match(r"\s+in\s+court\b", ctx.text[m.end() : m.end() + 10])
    ):
        return None  # "his day in court": the idiom, no length of a day
    if (
        m.group(0).lower() == "the days"
        and not m["num"]
        and re.match(r"\s+of\s+(?!the\b|\d|a\b|an\b)[a-z]", ctx.text[m.end() : m.end() + 12])
    ):
        return None  # "the days of cheap money are over": an era, the idiom, no length
    if unit == "quarter" and re.match(
        r"\s+(?:before|past|after|to)\s+\d", ctx.text[m.end() : m.end() + 12]
    ):
        return None  # "a quarter before 11 a.m.": part of a clock time
    if (
        unit == "quarter"
        and (m["num"] or "a").lower() in ("a", "an", "one", "three")
        and _QUARTER_OF_A_WHOLE.match(ctx.text[m.end() : m.end() + 30])
    ):
        return None  # "three quarters of the states", "a quarter of a million": a fraction
    if (
        unit == "quarter"
        and (m["num"] or "a").lower() in ("a", "an", "one", "three")
        and _POINT_AFTER_QUARTER.match(ctx.text, m.end())
    ):
        return None  # "cut by a quarter percentage point": a fraction of a rate's point
    if unit == "quarter" and m["num"] and "-" in m.group(0) and _OF_AFTER.match(after):
        return None  # "three-quarters of its food": a fraction
    counted = (m["num"] or "").lower() not in ("", "a", "an", "one")
    if group(m, "back") and not (det == "the" and counted and m["unit"].lower().endswith("s")):
        # "the two previous quarters" is a length; "a prior year gain", "March 22 Prior
        # year amounts" (a table's line) are no count of years
        return None
    words = m.group(0).lower().split()
    if words[0] in ("a", "an", "per") and _SPEED_BEFORE.search(
        ctx.text[max(0, m.start() - 20) : m.start()]
    ):
        return None  # "20 kilometres an hour" is a speed
    if (
        len(words) == 1
        and words[0].startswith(("a-", "an-"))
        and unit in ("day", "week", "month", "year", "hour")
        and ctx.text[m.start() - 1 : m.start()] == "-"
    ):
        # "a $2-a-day habit", "a 200,000-barrel-a-day refinery": the rate hyphened whole after
        # its amount, as "$2 a day" is; a speed so hyphened ("a 90-mile-an-hour wind") is no
        # row, as "90 miles an hour" is none; with no amount before it, the length below
        if hyphened_rate(ctx.text, m.start()):
            return Resolved("SET", _duration(1, unit))
        if _SPEED_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()]):
            return None
    if (
        len(words) == 2
        and "-" not in m.group(0)  # "a five-year low" is a length, whatever precedes it
        and words[0] in ("a", "an", "per")
        and unit in ("day", "week", "month", "year", "hour")
        and _is_rate(ctx, m.start())
    ):
        return Resolved("SET", _duration(1, unit))  # "$33 million a year" is a rate
    if not m["num"] and m.group(0).lower().endswith("-long") and unit in UNIT_CODE:
        # "the year-long strike", "a decade-long war": a length of one unit (TimeML types an
        # expression by what it denotes, and an adjective of length denotes a duration);
        # "decades-long", "months-long": a plural unit gives no count (``PXY``, ``PXM``)
        amount = None if m["unit"].lower().endswith("s") else 1
        return Resolved("DURATION", _duration(amount, unit), mod=_mod_of(m))
    if not m["num"] and re.fullmatch(
        r"the\s+full\s+(?:fiscal\s+|financial\s+)?year", m.group(0), FLAGS
    ):
        # "sales for the full year": the (fiscal) year reported on, as TimeML dates it
        res = _rel(ctx, lambda d: Point(d, "Y"), "XXXX")
        res.mod = _mod_of(m)
        return res
    whole = re.fullmatch(r"the\s+(?:entire|whole)\s+(year|month|week)", m.group(0), FLAGS)
    if not m["num"] and whole and _OF_NAMED.match(ctx.text, m.end()):
        # "the entire month of May", "the whole year of 2009": the period named after "of",
        # which its own rule values (before: this month, this year)
        return None
    if not m["num"] and whole and _spent_whole(ctx.text, m.start(), whole.group(1)):
        # "spent the entire week", "for the whole week": a length (decision 3, round sixty's list)
        return Resolved("DURATION", _duration(1, whole.group(1).lower()), mod=_mod_of(m))
    if not m["num"] and whole:
        # "prices rose for the entire year": the calendar year (month, week) under
        # discussion, a DATE as "the year" is; "over the entire year" stays a length
        return _r_the_unit(_Override(m, tdet="the", tunit=whole.group(1), tahead=None), ctx)
    if (
        not m["num"]
        and not det
        and m.group(0).lower() == "weekends"
        and re.search(r"\bon\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.IGNORECASE)
    ):
        return Resolved("SET", "XXXX-WXX-WE")  # "open on weekends": every weekend
    if not m["num"]:
        # "the year" is left to the_unit; a bare singular unit is no expression
        if (
            det in ("the", "this", "that", "")
            and not m["unit"].lower().endswith("s")
            and not re.search(
                r"(?:past|last|next|first|previous|coming|final|full|entire|whole)\s",
                m.group(0).lower(),
            )
        ):
            return None
        if det == "" and m["unit"].lower().endswith("s"):
            before = ctx.text[max(0, m.start() - 18) : m.start()].lower()
            if (
                # "within days", "within just days", "for only weeks", 'went on for "years"'
                not re.search(
                    r"\b(?:for|in|within|over|after|of)\s+(?:(?:just|only|mere)\s+)?"
                    r"[\"\u201c]?$",
                    before,
                )
                and not re.search(r"(?:past|last|next|first|recent|coming)\s", m.group(0).lower())
                # "spent months trying", "after spending years in exile": the time spent, a
                # vague length (as "spent the afternoon" is the part of the day in focus)
                and not _SPENT_BEFORE.search(before)
                and not _fronted_plural_before_event(ctx.text, m.end(), before)
                and not time_still_to_run(ctx.text, m.end(), before)
                and not (
                    _LENGTH_OF.match(ctx.text, m.end())
                    # "within weeks or months of the vote": the first unit says it
                    and not re.search(r"s\s+or\s+$", before)
                    # "kilowatt-hours of electricity", "person years of work", "back months
                    # of hog futures": a measure or a contract month, no length
                    and not _MEASURE_UNIT_BEFORE.search(before)
                )
            ):
                return None
    if (
        unit == "day"
        and (m["num"] or "").lower() == "one"
        and m.group(0).lower() == "one day"
        and _someday(m, ctx)
    ):
        # "Islam will one day be ...", "hopes to one day run", "the hope he one day follows":
        # an indefinite future time, not a length of a day
        return Resolved("DATE", "FUTURE_REF", anchor=PUBLISHED if ctx.dct else UNANCHORED)
    if unit in ("second",) and not m["num"]:
        return None
    return _r_duration(m, ctx)


#: a form of "spend" right before a bare plural unit: the time spent ("spent months trying")
_SPENT_BEFORE = re.compile(r"\bspen(?:d|ds|t|ding)\s+$")


#: "Hours after the verdict, ...", "only days before the vote": a bare plural unit before
#: "after" / "before" and what it counts from, at a clause's start or after "just", "only",
#: "mere", "barely" (not "working hours after 5 pm": a noun before it); a line's start only
#: after a blank line (a wire's line breaks fall inside clauses: "new highs in all\nmonths
#: before slipping"); a dash opens a clause too, a dateline's ("WASHINGTON (AP) \u2014 Months
#: after the vote, ...") or a parenthesis's
_EVENT_AFTER = re.compile(r"\s+(?:after|before)\s+(?=\w|[\"\u201c])", re.IGNORECASE)
_PLURAL_FRONTED = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n[ \t]*\n\s*|,\s+|[\u2014\u2013]\s*|\s--?\s+|"
    r"\b(?:just|only|mere|barely)\s+)$"
)


def _fronted_plural_before_event(text: str, end: int, before: str) -> bool:
    """Whether a bare plural unit ending at ``end`` counts from an event after it (a vague
    length, as TimeML tags "A few days later"), its left side ``before`` lower-cased."""
    if not _EVENT_AFTER.match(text, end):
        return False
    return bool(_PLURAL_FRONTED.search(before)) or after_verb(before)


#: a date right after "most recently" / "more recently" ("most recently last spring", "more
#: recently, in 1998", "most recently on Tuesday"): the date says when the latest case was
_DATE_AFTER_LATEST = re.compile(
    r"\s*,?\s*(?:(?:in|on|during|at\s+the\s+end\s+of|early|late|earlier|later)\s+)?"
    rf"(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+"
    rf"(?:week|month|year|spring|summer|fall|autumn|winter|{_MONTH}|{_WEEKDAY})\b|"
    rf"(?:{_MONTH}|{_WEEKDAY})(?![a-z])|yesterday\b|(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


#: after a segue's "now": "for" and the item announced, no verb between ("Now for the scores")
_SEGUE_NOW = re.compile(
    r"\s+for\s+(?!(?:the|a)\s+(?:\w+\s+)?(?:time|moment|while|years?|months?|weeks?|days?)\b)"
    r"(?:a|an|the|some|more|our|your|this|today's|tonight's|this\s+week's)\s",
    re.IGNORECASE,
)
#: before it: the start of a sentence or a line, "And" at most between
_SEGUE_BEFORE = re.compile(r"(?:^|[.!?][\"'”’)\]]?\s+|\n\s*)(?:and\s+)?$", re.IGNORECASE)


#: right before a conjunction's "now that": a sentence's or a line's start, a comma, a dash or
#: a colon, with "and" / "but" / "so" / "yet" / "only" / "even" / "just" at most between
_CLAUSE_START = re.compile(
    r"(?:^|[.!?;:,\u2014\u2013][\"'\u201d\u2019)\]]?\s+|\n\s*|[\"\u201c\u2018(]|\s-+\s+)"
    r"(?:(?:and|but|so|yet|only|even|just)\s+)?\Z",
    re.IGNORECASE,
)


def _ref_guard(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group(0).lower()
    after = ctx.text[m.end() : m.end() + 12].lower()
    if (
        word == "now"
        and after.startswith(" that")
        and _CLAUSE_START.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # "Now that the votes are counted, ...", "..., now that prices fell": the conjunction
        # gives a reason, no time (TimeML); "we know now that" keeps the present
        return None
    if word == "now" and re.match(r"[-\s]*(?:that|defunct|deceased|retired|former|closed)", after):
        return Resolved("DATE", "PRESENT_REF", anchor=PUBLISHED if ctx.dct else UNANCHORED)
    if word in ("soon", "now") and ctx.text[max(0, m.start() - 1) : m.start()] == "-":
        return None  # "Park Won-soon": part of a hyphenated name
    if (
        word == "now"
        and _SEGUE_NOW.match(ctx.text, m.end())
        and _SEGUE_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
    ):
        # "Now for a look at the weather.", "And now for the scores": a presenter's segue to
        # the next item, a discourse marker (TimeML tags no time there), not these days
        return None
    if word.endswith(" recently") and _DATE_AFTER_LATEST.match(ctx.text, m.end()):
        # "three depots burned, most recently last spring": the last of a series, told by
        # the date that follows (AQUAINT leaves the adverb out there); alone, "More
        # recently, ..." is the recent past with its comparative in the extent (TimeBank's)
        return None
    if word.endswith(" time"):
        # "at that time": a past time under discussion, unless the clause looks ahead
        future = ctx.tense(m.start(), m.end()) == "future"
        value = "FUTURE_REF" if future else "PAST_REF"
        return Resolved("DATE", value, anchor=PUBLISHED if ctx.dct else UNANCHORED)
    if word.endswith(("later date", "later time")):
        return Resolved("DATE", "FUTURE_REF", anchor=PUBLISHED if ctx.dct else UNANCHORED)
    if word in ("soon", "shortly") and (
        re.match(r"\s+(?:before|after|afterwards?|thereafter|as)\b", after)
        or re.search(r"\bas\s+$", ctx.text[max(0, m.start() - 4) : m.start()].lower())
    ):
        return None
    if word in ("the past", "in the past") and re.match(
        r"\s+(?:(?:\d+|[a-z]+)?\s*(?:years?|months?|weeks?|days?|decades?|quarters?)|"
        r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
        r"thirty|few|several|couple)\b))",
        ctx.text[m.end() : m.end() + 24].lower(),
    ):
        # "the past three years" is a duration, found by its own rule; "the past two
        # seasons", "the past three summers": "past" counts what follows, no vague past
        return None
    return _r_ref(m, ctx)


# Spans kept out of the findings: a leading preposition belongs to the sentence, not the
# expression ("in September" -> "September"); TimeML spans start at the determiner.
_LEADING = re.compile(
    r"^(?:(?:in|since|until|by|from|through|during|of|on|the\s+year\s+of)\s+)", re.IGNORECASE
)


_POSSESSIVE = re.compile(r"^(?:its|his|her|their|our|my|your)\s+", re.IGNORECASE)
_IN_THE = re.compile(r"^(?:in|through|throughout|during)\s+(?=the\s)", re.IGNORECASE)


#: rules whose expressions name a calendar period: "about" before them is a preposition
#: ("asked about this year's theme"), not an approximation
_ABOUT_IS_PREPOSITION = frozenset({"this_unit", "the_unit", "deictic", "weekday"})


def _preposition_about(m: re.Match[str], name: str) -> bool:
    # (the group looked up by name: ``groupdict`` would build a dict per candidate)
    pre = m["pre"] if "pre" in m.re.groupindex else None
    if (
        name == "year"
        and pre
        and pre.lower() in ("about", "around")
        and m["lead"]
        and m["lead"].split()[0].lower() in ("in", "since", "of")
    ):
        return True  # "around in 1995": "around" goes with the verb, not the year
    return bool(
        name in _ABOUT_IS_PREPOSITION and pre and pre.lower() in ("about", "around", "over")
    )


_LAST_IS_VERB = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|n't|'ll|and|or)\s+$", re.IGNORECASE
)


#: the rules whose extent ``_span`` reads beyond a possessive before the match and an "'s"
#: after it (every ``name`` its conditions test, and the rules "about" may open)
_SPAN_READS_RULE = frozenset(
    {"year", "fiscal", "day_range_end", "per_unit", "weekday", "ref"}
    | {"day_list_mid", "day_list_mid2", "day_list_mid3"}
    | {"same_period"}
    | {"part_of_day", "quarter", "adj_ago", "duration", "decade"}
    | _ABOUT_IS_PREPOSITION
)


#: the spelled-out periods a bare "current" reads whole in a results table's note
_SPELLED_REPORTED = frozenset({"year", "quarter", "month"})


def _span(m: re.Match[str], name: str) -> tuple[int, int]:
    """The TIMEX3 extent of a match: what the rules read around an expression (a preposition,
    a possessive, "earlier in", a determiner before a number, a possessive 's) is context,
    not part of it; the resolvers still see the whole match."""
    start, end = m.start(), m.end()
    if name not in _SPAN_READS_RULE:
        # (the common case, every day and month rule: a leading preposition of a month or a
        # season, then the possessives; a candidate search reads thousands in a dense text)
        extent = m.group(0)
        if (
            name == "set"
            and ((m["sunit"] and not m["snum"]) or " " not in extent)
            and (freq := _freq_before(m)) is not None
        ):
            # "five days each week", "twice monthly": the count is the SET's, as "a week"'s
            start = freq
        if name == "month" or name == "season":
            lead = _LEADING.match(extent)
            if lead:
                start += lead.end()
                extent = m.string[start:end]
        lead = _POSSESSIVE.match(extent)
        if lead:
            start += lead.end()
        if extent.endswith(("'s", "\u2019s")) and end - 2 > start:
            end -= 2
        return start, end
    text = m.group(0)
    if (
        name == "this_unit"
        and m["ucur"]
        and m["uunit"].lower() in _SPELLED_REPORTED
        and not in_results_note(m.string, start)
    ):
        # a bare "current year" in running prose ("the budget tops current year
        # outlays"): no phrase of its own, the adjective's row stands (an empty extent drops
        # the candidate before the overlaps are settled)
        return start, start
    if name in ("year", "fiscal") and m["ysplit"] and split_of(m) is None:
        end = m.start("ysplit")  # "the 1986-88 period": a range, its first end alone here
    if name in ("month", "year", "season"):
        lead = _LEADING.match(text)
        if lead:
            start += lead.end()
    if (
        name == "same_period"
        and m["sptail"]
        and m["spunit"].lower() == "period"
        and compared_months(m.string, m.start()) is not None
    ):
        end = m.start("sptail")  # "the same period | of last year": a length, then its year
    if name in ("day_range_end", "day_list_mid", "day_list_mid2", "day_list_mid3"):
        start = m.start("day")  # the first day is the month_day rule's expression
    if name == "per_unit" and (freq := _freq_before(m)) is not None:
        start = freq  # "twice a week": the frequency is part of the SET's extent
    if name == "weekday" and (m["wrel"] or "").lower() == "on":
        start = m.start("wd") if not m["pre"] else start
    if name in ("ref", "part_of_day"):
        lead = _IN_THE.match(text)  # "in the morning": the preposition is the sentence's
        start += lead.end() if lead else 0
    if _preposition_about(m, name):
        start = m.end("pre")
        while start < end and m.string[start].isspace():
            start += 1
        lead = _LEADING.match(m.string[start:end]) if name == "year" else None
        start += lead.end() if lead else 0
    if (
        name == "quarter"
        and not m["pre"]
        and text[:4].lower() == "the "
        and re.search(r"-(?:quarter|half)$", text, re.IGNORECASE)
    ):
        start += 4  # "the third-quarter results": the determiner belongs to the noun
    if name == "adj_ago" and text[:4].lower() == "the " and not m["noun"]:
        start += 4  # "the year-ago quarter": the determiner belongs to the noun
    if name == "duration" and pre_is_preposition(m):
        start = m.start("num")  # "over a three-year period": the length is the adjective
    if (
        name == "duration"
        and m["det"]
        and m["num"]
        and not m["pre"]
        and not m.string[m.end("det") : m.start("num")].strip()
        and (
            m["det"].lower() not in ("the", "a")
            or (
                m["det"].lower() == "a"
                # ("a single day": the adjective stresses the one unit, the phrase is whole)
                and not re.match(r"few|couple|quarter|half|single", m["num"], FLAGS)
            )
            or "-" in m.string[m.end("num") : m.start("unit")]
        )
    ):
        # "a two-year contract", "the two-year plan": the length is the number; but "the nine
        # months" and "a few days" are noun phrases whose determiner TimeML keeps
        start = m.start("num")
    if (
        name == "duration"
        and not m["det"]
        and not m["pre"]
        and m["num"]
        and m["num"].lower() in ("a", "an")
    ):
        start = m.start("num")  # "following a week-long stay": the adjective is no modifier
    if (
        name == "duration"
        and not m["det"]
        and text[:5].lower() == "last "
        and _LAST_IS_VERB.search(m.string[max(0, start - 12) : start])
    ):
        start += 5  # "expected to last several months": the verb is no part of the length
    if name == "duration" and not m["num"] and text.lower().endswith("-long"):
        start = m.start("unit")  # "the year-long strike": the determiner is the noun's
    extent = m.string[start:end]
    lead = _POSSESSIVE.match(extent)
    if lead:
        start += lead.end()
    if (
        extent.endswith(("'s", "\u2019s"))
        and end - 2 > start
        and (name != "decade" or possessive_year(m))
    ):
        # a possessive's "'s" is the sentence's; a decade's ("the 1980's") is its plural
        end -= 2
    return start, end
