"""Words around a number: number words parsed to a value ("two and a half million"), sentence
starts (from the core's one splitter), and the counted noun a figure refers to ("26
missiles", "1,500 of the refugees")."""

from __future__ import annotations

import functools
import re

from newslens.sentences import sentence_index, sentence_spans
from newslens_numbers import lexicon
from newslens_numbers.fixed_phrases import outside_modifies
from newslens_numbers.patterns import (
    _GROUP_SEPARATORS,
    _NUMWORD_TOKEN,
    _WORD,
    _WS,
    ADJECTIVE_ENDINGS,
    COMMON_VERBS,
    IRREGULAR_PLURALS,
    MONTH_NAMES,
    NOT_PLURAL,
    ONES,
    PREMODIFIERS,
    PRONOUN_PLURALS,
    STOP,
    TENS,
    WORD_SCALES,
    _words,
)
from newslens_numbers.units import CURRENCY_WORD_TO_CODE


def _float(digits: str) -> float:
    return float(digits.translate(_GROUP_SEPARATORS))


def _decimals(digits: str) -> int:
    return len(digits.split(".", 1)[1]) if "." in digits else 0


def parse_number_words(words: str) -> tuple[float, int] | None:
    """Value of a run of number words ("two hundred and five", "a dozen", "twenty-six").

    Returns (value, length of the prefix that forms one number) or None. A new number starts
    where English would not continue one ("one two three" is three numbers), so the caller
    re-scans from the returned length.
    """
    total = 0.0
    current = 0.0
    last_scale = 0.0
    tail = 0.0  # the ones and tens since the last "hundred" ("two" in "three hundred and two")
    last = ""  # kind of the last token: one, teen, ten, hundred, scale, a
    consumed = 0
    seen = False
    for m in _NUMWORD_TOKEN.finditer(words):
        w = m.group().lower()
        if w in ("a", "an"):
            if seen:
                break
            current = 1.0
            last = "a"
            continue
        if w == "and":
            continue
        if w in ONES:
            v = ONES[w]
            kind = "one" if v < 10 else "teen"
            if last in ("one", "teen") or (last == "ten" and kind == "teen") or last == "a":
                break
            current += v
            tail += v
            last = kind
        elif w in TENS:
            if last in ("one", "teen", "ten", "a"):
                break
            current += TENS[w]
            tail += TENS[w]
            last = "ten"
        elif w == "dozen":
            if last == "scale":
                break
            if last in ("one", "teen", "ten") and current > tail:
                current = current - tail + tail * 12  # "three hundred and two dozen": 324
            else:
                current = (current or 1.0) * 12
            last = "hundred"
        elif w == "hundred":
            if last == "hundred":
                break
            current = (current or 1.0) * 100
            tail = 0.0
            last = "hundred"
        else:
            scale = WORD_SCALES[w]
            if last == "scale" and current == 0 and total and scale > last_scale:
                total *= scale  # "three lakh crore": a scale of the scale before
                last_scale = scale
                consumed = m.end()
                continue
            last_scale = scale
            total += (current or 1.0) * scale
            current = tail = 0.0
            last = "scale"
        seen = True
        consumed = m.end()
    if not seen:
        return None
    return total + current, consumed


#: singulars the lexicon gives otherwise: the guide's "people" -> "person"; "leaves" is a leaf
#: more often than a leave
IRREGULAR_SINGULARS = {"people": "person", "leaves": "leaf"}
#: round seventy-four: nouns in "-che" the lexicon lacks, whose plural the "-ches" ending would
#: cut to "-ch" ("three tranches" -> "tranch")
_CHE_NOUNS = frozenset(
    ("tranche", "niche", "cache", "avalanche", "headache", "moustache", "creche", "cliche",
     "quiche", "microfiche", "psyche", "attache")
)  # fmt: skip


KEEP_S = ("ss", "us", "is")


def singular(noun: str) -> str:
    """The counted noun as ``numbers.v1`` reports it: singular, lower case ("Missiles" ->
    "missile", "people" -> "person", "MPs" -> "mp"); also the folding key of the summary."""
    low = noun.lower().strip()
    if _ACRONYM_PLURAL.fullmatch(noun.strip()):  # "MPs", "CDs", "SUVs"
        return low[:-1]
    if low in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[low]
    if low in DEMONYM_PLURALS and low != "tories":
        return low[:-1]  # "Iraqis" -> "iraqi", "Swedes" -> "swede"
    if "-" in low:  # "sea-based" stays; "half-sisters" folds its last part
        head, _, last = low.rpartition("-")
        if last[:-1].isdigit() and last.endswith("s"):
            return f"{head}-{last[:-1]}"  # "under-18s": an age group, "under-18"
        return f"{head}-{singular(last)}" if last else low
    lemma = lexicon.noun_lemma(noun.strip())
    if lemma:  # the lexicon's noun: "children" -> "child", "crises" -> "crisis", "news"
        return lemma
    if low.endswith("ches") and low[:-1] in _CHE_NOUNS:
        return low[:-1]  # "tranches" -> "tranche", not "tranch"
    for suffix, repl in (
        ("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", ""),
    ):  # fmt: skip
        if len(low) > len(suffix) + 2 and low.endswith(suffix) and not low.endswith(KEEP_S):
            return low[: -len(suffix)] + repl
    return low


# capitalised plurals of peoples and parties the endings below miss (they end in -ons, -s
# after a consonant, -is): counted nouns, not proper names
DEMONYM_PLURALS = frozenset(
    (
        "britons",
        "brits",
        "scots",
        "kurds",
        "serbs",
        "croats",
        "arabs",
        "turks",
        "poles",
        "czechs",
        "slovaks",
        "greeks",
        "thais",
        "iraqis",
        "pakistanis",
        "israelis",
        "somalis",
        "saudis",
        "kuwaitis",
        "omanis",
        "yemenis",
        "qataris",
        "bangladeshis",
        "nepalis",
        "afghans",
        "kiwis",
        "swedes",
        "danes",
        "finns",
        "celts",
        "jews",
        "muslims",
        "sikhs",
        "hindus",
        "sunnis",
        "shias",
        "tories",
        "dems",
        "lib-dems",
        "saxons",
        "basques",
        "uzbeks",
        "tajiks",
        "kazakhs",
        "tutsis",  # round twenty-two: peoples whose plural ends like a place's ("Tunis")
        "hutus",
    )
)


def _is_plural(word: str) -> bool:
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # "MPs", "CDs", "SUVs"
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if low in NOT_PLURAL:
        return False
    if word[:1].islower() and (known := lexicon.plural_noun(word)) is not None:
        return known  # the lexicon: "women", "missiles"; not "always", "business"
    if len(low) < 3 or not low.endswith("s"):
        return False
    if word[0].isupper() and low in DEMONYM_PLURALS:
        return True  # "four Britons", "two Iraqis": a people's plural counts its people
    if low.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    if word[0].isupper():  # proper nouns (Texas, Paris); demonyms and groups are plural
        return low.endswith(
            ("ans", "ers", "ists", "ites", "ese", "ards", "crats", "ices", "ors", "ents", "ives")
        )
    return True


#: "-ing" forms of five letters or fewer, never nouns (the length test keeps "thing", "swing")
_SHORT_ING_VERBS = frozenset(
    ("using", "being", "doing", "going", "lying", "dying", "vying", "suing", "tying", "owing")
)


def _verbish(word: str) -> bool:
    """A word that ends a noun phrase: a function word, an "-ed" or "-ing" form ("killed", also
    "noted": an adjective reading proves nothing after a noun, "one trader noted"; "one
    official attending"), or an adverb in "-ly" that the lexicon knows as no noun ("only"; not
    "rally", "family"; a word it lacks by the ending alone)."""
    low = word.lower()
    if "-" in low:  # "sea-based", "long-range": compound adjectives, never the verb
        return False
    if low in STOP:
        return True
    if low.endswith("ed") and len(low) >= 4 and not low.endswith("eed"):
        return True  # an adjective reading ("noted", "used") proves nothing after a noun
    if low in _SHORT_ING_VERBS:
        return True  # "the first pop single using a choir" (round twenty-two)
    return (low.endswith("ing") and len(low) > 5) or (
        low.endswith("ly") and len(low) > 4 and not lexicon.is_noun(low)
    )


#: "one" and one lower-case word after it, right before the word asked about: "one plan" in
#: "one plan calls for"; not an ordinal ("the first corn boats"), "one of", "one or more"
_ONE_THEN_NOUN = re.compile(r"[^A-Za-z]?[Oo]ne[ \t]+(?!of\b|or\b)[a-z]+[ \t]+")


def _verb_after_one(text: str, low: str, end: int, limit: int) -> bool:
    """A word in "-s" the lexicon knows as a verb and as a plural noun, after "one" and one
    noun, before a function word: "one plan calls for cuts", "one option banks can take"
    (round seventy-five); not after an ordinal ("the first annual results since"). A plural
    cannot be the head a count of one counts, so the word begins the predicate; "one car
    parts maker" (a noun after it) keeps the compound."""
    if not low.endswith("s") or low.endswith("ss"):
        return False
    word_classes = lexicon.classes(low)
    if "VERB" not in word_classes or low in word_classes.get("NOUN", (low,)):
        return False  # "news", "series", "means": a noun whose form ends in "s"
    nxt = _NEXT_WORD.match(text, end, limit)
    return nxt is not None and nxt.group(1).lower() in STOP


def _only_verb(low: str) -> bool:
    """A word the lexicon knows only as a verb, no participle ("dominate", "follows"): after
    a single thing's noun it begins the predicate ("has seen one club dominate", "the first
    tranche matures"), so it is never the head of the counted phrase (round thirty-six)."""
    if low.endswith(("ed", "ing")):
        return False  # a participle may qualify the noun ("one listed company")
    word_classes = lexicon.classes(low)
    return bool(word_classes) and set(word_classes) <= {"VERB", "AUX"}


# patterns tried for most counts, compiled once
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_COUNTED_ADJECTIVES = {
    "legged": "leg", "wheeled": "wheel", "sided": "side", "headed": "head", "engined": "engine",
    "storeyed": "storey", "bedroomed": "bedroom", "roomed": "room", "seated": "seat",
    "doored": "door", "pronged": "prong", "tiered": "tier", "masted": "mast", "hulled": "hull",
    "bladed": "blade", "footed": "foot", "handed": "hand", "eyed": "eye", "horned": "horn",
}  # fmt: skip
_HYPHEN_NOUN = re.compile(r"-([a-z][a-z]+)\b(?!-)")
_TIMES_AFTER = re.compile(r"[ \t]+times\b|-times\b")
_TICKER = re.compile(r"<[A-Z.]{1,8}>(?=[ \t])")
_CODE_NAME = re.compile(
    r"(?:[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}|\d{1,4}[A-Z]{1,2}\d{0,4}|\d{3}-\d00)(?=[ \t])"
)  # "A380", "7E7", "737-800" (a model and its variant)


# an acronym of capitals (with dots or not) before the counted noun: "US", "U.S.", "EU"
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}(?![\w'’.-])")
# what may stand between "of" and a second number or its noun: a determiner, a possessive, an
# order adjective ("three of their last 12 games", "13 of Spain's 350 deputies")
_OF_DETERMINER = re.compile(
    r"[ \t]+(?:(?i:the|its|their|these|those|his|her|our|all|both)\b"
    r"(?:[ \t]+[A-Za-z]+['’]s\b)?|[A-Z][A-Za-z]+['’]s(?=[ \t]))"
    r"(?:[ \t]+(?:last|first|next|past|previous|top|final|remaining|other|original)\b)?"
)
# a modifier written after the number, before its noun: "500 or so delegates", "50 or fewer
# shares" (decision 8 keeps it as the modifier; the noun is still the counted one)
_POSTPOSED_MODIFIER = re.compile(
    r"[ \t]+or[ \t]+(?:so|more|fewer|less|thereabouts)(?=[ \t]+[A-Za-z])"
)
# a capitalised plural (a prize, a product): "Grammys", "Oscars"; not "Texas", "Paris", "Jones'"
_CAPITAL_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?<![sui])s")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# a size before the counted noun: "50-kg", "5,000-tonne", "10-minute" (a lower-case word after)
_SIZE_ADJECTIVE = re.compile(r"\d[\d,.]*-[a-z]+(?=[ \t]+[a-z])")
# a word read as a noun where a verb could stand: end of clause or a preposition follows
_NOUN_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$|(?:of|in|at|and|but|or|with|for|on)\b)")
# what follows a one-thing noun that could be a verb ("set", "cut") and shows it was the noun:
# an adverb in "-ly", a past form in "-ed" (not "-eed"), an auxiliary, or a set's score
_PREDICATE_AFTER = re.compile(
    r"[ \t]+(?:[a-z]{3,}ly|(?![a-z]*eed\b)[a-z]{2,}ed|was|were|is|are|had|has|will|would"
    r"|\d{1,2}[-–]\d{1,2}(?![\d-]))\b"
)


# "-ing" words that follow a noun without being one: "the third week running", "the two
# items remaining"
_POSTPOSED_ING = frozenset(
    (
        "running",
        "remaining",
        "outstanding",
        "pending",
        "following",
        "ending",
        "starting",
        "beginning",
        "including",
        "excluding",
        "concerning",
        "regarding",
        "involving",
        "according",
        "during",
    )
)


# adjectives a noun phrase opens with, by their ending, for words the lexicon lacks
_ADJECTIVE_SUFFIXES = ("al", "ic", "ive", "ous", "ful", "less", "ary", "ble", "ern", "ese")


def _adjective_like(word: str) -> bool:
    if not word[:1].islower() or _is_plural(word):
        return False
    got = lexicon.classes(word)
    if got:  # the lexicon: "public", "long", "regional" can be adjectives
        return "ADJ" in got
    low = word.lower()  # a word it lacks: by its ending
    return len(low) > 4 and low.endswith(_ADJECTIVE_SUFFIXES)


_LIST_MEMBER_AFTER = re.compile(r"[ \t]*(?:,|(?:and|or)[ \t]+(?:one|two|three|four|five|\d))")


# participles that are adjectives before a noun ("one wounded soldier"); "un-...-ed" words too
_PARTICIPLE_ADJECTIVES = frozenset(
    (
        "injured",
        "wounded",
        "armed",
        "retired",
        "elected",
        "skilled",
        "suspected",
        "detained",
        "jailed",
        "accused",
        "registered",
        "qualified",
        "trained",
        "vaccinated",
        "infected",
        "displaced",
        "licensed",
        "married",
        "disabled",
        "named",
    )
)
_NEXT_NOUNISH = re.compile(r"[ \t]+([a-z][a-z-]+)\b")

#: "last week", "next year", "this season" after a noun: an adverb of time, not the noun
_TIME_DEICTICS = frozenset(("last", "next", "this", "that", "every", "each"))
_TIME_WORD_AFTER = re.compile(
    r"[ \t]+(?i:week|weekend|month|year|season|night|morning|afternoon|evening|quarter|"
    r"spring|summer|autumn|winter|term|time|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)
_AND_ADJECTIVE = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?:(?:most|least|more|less)[ \t]+)?([a-z][a-z-]+)\b"
)
_AND_ADJECTIVE_PLURAL = re.compile(
    r"[ \t]+(?:and|or)[ \t]+([A-Za-z][a-z-]+)[ \t]+([a-z][a-z-]+s)\b(?![-'’])"
)


_MODAL_AFTER = re.compile(r"[ \t]+(?:could|would|will|may|might|should|must|can|is|was)\b")


def _gerund_closes(text: str, end: int, limit: int) -> bool:
    """Whether an "-ing" noun ending at ``end`` closes its phrase or a noun follows it (the
    lexicon's: "one working day", "its first accounting period"): not an object ("the", "64mb",
    "fresh talks") or a verb ("being checked")."""
    if _NOUN_END.match(text, end, limit) or _MODAL_AFTER.match(text, end, limit):
        return True  # "a second hearing might follow": the subject before its verb (round 22)
    nxt = _NEXT_NOUNISH.match(text, end, limit)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word not in STOP and lexicon.is_noun(word) and not _verbish(word)


_ADVERB_ADJECTIVE = re.compile(r"[ \t]+([a-z]{3,})\b(?!-)")
_JOINERS = frozenset(("and", "or"))
#: function words after an acronym that leave it no noun to modify; not the joiners ("the
#: first EU and NATO summit") nor a currency's words ("one US cent")
_NOT_AFTER_ACRONYM_HEAD = frozenset(("and", "or", "cent", "percent", "per", "nor"))
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _acronym_heads(text: str, acronym: re.Match[str], limit: int) -> bool:
    """Whether an acronym of capitals after a count of one or an ordinal is the phrase's head
    ("the third Liberal MP to resign", "one CEO said", "its first IPO since"): no dots (a
    country's "U.S." modifies), and a function word or a reporting verb right after it, where
    main read it as a modifier of a noun that never comes ("two US firms" keeps it one)."""
    if "." in acronym.group():
        return False
    nxt = _NEXT_WORD.match(text, acronym.end(), limit)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word.islower() and word in STOP and word not in _NOT_AFTER_ACRONYM_HEAD


_COUNT_JOINED_AFTER = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d)"
)


def _participle_qualifies(
    text: str, word: re.Match[str], limit: int, value: float, after_noun: bool
) -> bool:
    """Whether an "-ing" participle inside a counted phrase qualifies the head after it rather
    than beginning a clause: after a count of one or an ordinal, a singular noun the lexicon
    knows follows it and closes the phrase ("his first speaking part in", "one leading
    bank."), not an object the verb takes: a plural or a function word ends it, and after a
    noun of the phrase, where the participle may open a clause ("one factor shaping demand."),
    the noun after it must have no verb reading ("its first night shopping hour");
    after a count above one, adjectives joined by "and" or "or" lead on to a plural head
    ("25 promising junior and senior riders"; a plural right after it is main's reading)."""
    low = word.group().lower()
    if not low.endswith("ing") or len(low) <= 5 or low in _POSTPOSED_ING or low in STOP:
        return False
    if word.group()[:1].isupper():
        return False
    if value <= 1:
        nxt = _ADVERB_ADJECTIVE.match(text, word.end(), limit)
        if nxt is None:
            return False
        noun = nxt.group(1)
        return (
            noun not in STOP
            and lexicon.is_noun(noun)
            and lexicon.noun_lemma(noun) == noun
            and not _verbish(noun)
            and not _is_plural(noun)
            and not (after_noun and "VERB" in lexicon.classes(noun))
            and _NOUN_END.match(text, nxt.end(), limit) is not None
            # "one rolling fund and two closed fund classes": a modifier of a noun elided
            and _COUNT_JOINED_AFTER.match(text, nxt.end(), limit) is None
        )
    i = word.end()
    joined = False
    for _ in range(4):
        nxt = _ADVERB_ADJECTIVE.match(text, i, limit)
        if nxt is None:
            return False
        got = nxt.group(1)
        if got in _JOINERS:
            joined = True
        elif _is_plural(got) and not got.endswith(ADJECTIVE_ENDINGS):
            return joined and not _verbish(got)
        elif got in STOP or "ADJ" not in lexicon.classes(got):
            return False
        i = nxt.end()
    return False


def _graded_adjective(text: str, adverb: re.Match[str], limit: int) -> int | None:
    """The end of an adverb in "-ly" and the adjective or participle it grades, inside a noun
    phrase that goes on to its plural head within three words ("two potentially lucrative oil
    contracts", "20 newly built homes", "two highly promising gas drilling licences"), or None
    ("two only", "five really said", "three largely because ...": no plural noun follows)."""
    low = adverb.group().lower()
    if not (low.endswith("ly") and len(low) > 4) or lexicon.is_noun(low) or low in STOP:
        return None
    if text[max(0, adverb.start() - 2) : adverb.start()] in ("' ", "’ "):
        return None  # "the two nations' generally harmonious ties": the possessive is counted
    adj = _ADVERB_ADJECTIVE.match(text, adverb.end(), limit)
    if adj is None:
        return None
    word = adj.group(1)
    if word in STOP or not (
        lexicon.is_adjective(word) or word.endswith(("ing", "ed")) or _participle_adjective(word)
    ):
        return None
    i = adj.end()
    for _ in range(3):
        nxt = _ADVERB_ADJECTIVE.match(text, i, limit)
        if nxt is None or nxt.group(1) in STOP:
            return None
        if _is_plural(nxt.group(1)) and not nxt.group(1).endswith(ADJECTIVE_ENDINGS):
            return adj.end()
        i = nxt.end()
    return None


def _participle_adjective(low: str) -> bool:
    return low in _PARTICIPLE_ADJECTIVES or (
        low.startswith("un") and low.endswith("ed") and len(low) > 6
    )


# a share class written between a count and its noun: "Class A", "series B", "Class B-2"
_SHARE_CLASS = re.compile(r"(?:[Cc]lass|[Ss]eries)[ \t]+[A-Z](?:-?\d)?(?=[ \t])")


# a singular noun between a count and the noun it modifies, written without its hyphen: "the
# 25 nation bloc", "a four well program", "a 26 point lead" (round sixteen; as "ten-storey")
_SPACED_COMPOUND = re.compile(r"[ \t]+([a-z]{3,})[ \t]+([A-Za-z][a-z]*|[A-Z]{2,})\b(?!-)")
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
_NEXT_NAME_OR_NOUN = re.compile(r"[ \t]+([a-z]{3,}|[A-Z]{2,})\b(?!-)")
#: the nouns of a move in points after "the N point" ("the 275 point decline"; round 27)
_POINT_MOVES = frozenset(
    ("drop", "fall", "rise", "gain", "jump", "slide", "dip", "decline", "increase", "loss",
     "plunge", "slump", "surge", "lead", "swing", "advance", "climb", "tumble", "crash")
)  # fmt: skip
# the phrase opens just before the count: "a 26", "the newly enlarged 25", "its 568,000"
_DETERMINER_BEFORE = re.compile(
    r"\b(?i:(an?)|the|its|their|his|her|our|this|that)[ \t]+((?:[a-z]+[ \t]+){0,2})$"
)
# a possessive fills the determiner's slot before a scaled count: "the union's 2.1 mln member
# base", "Brazil's 15 mln bag crop" (the lead's decision 3 on round eighty; round eighty-one)
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![A-Za-z'\u2019])[A-Za-z][A-Za-z.&-]*(?:'s|\u2019s|s'|s\u2019)"
    r"[ \t]+((?:[a-z]+[ \t]+){0,2})$"
)
_CURRENCY_SINGULARS = frozenset((
    "mark", "pound", "dollar", "dlr", "franc", "yen", "crown", "lira", "guilder", "peso", "euro",
    "rand", "rupee", "rouble", "ruble", "yuan", "won", "riyal", "cent", "penny", "schilling",
    "punt",
))  # fmt: skip
_NOT_COMPOUND_BEFORE = frozenset((
    "chapter", "section", "article", "rule", "form", "flight", "route", "room", "page", "for",
    "to", *MONTH_NAMES,
))  # fmt: skip


#: nouns an amount or a change stands before with its own unit elided ("a 120,000 gain",
#: "a 25 stake", "a 4,000,000 provision"): no compound's counted noun
_AMOUNT_HEADS = frozenset(
    ("gain", "increase", "rise", "fall", "drop", "decline", "rate", "stake", "provision", "loss",
     "profit", "charge", "jump", "cut", "deficit", "surplus", "fee", "bid", "offer", "price",
     "cost", "sum", "total", "margin", "lead", "share")
)  # fmt: skip


def spaced_compound(text: str, start: int, end: int, value: float, scaled: bool = False) -> str:
    """The counted noun of a compound written with a space after a count that has no noun, or
    "": a singular noun the lexicon knows (not a number word), followed by a noun that is no
    plural or by a name, and then by no plural ("24 member countries" and "14 money center
    banks" have their head later); the count opens its phrase after a determiner, a word that
    may be a verb counts only after "a"/"an" ("the two share power"), and one that may be an
    adjective or a gerund never ("the 173 commercial coffee growers"). Not a year or a model
    number ("the 1948 income tax treaty"), a decimal, a label's number ("chapter 11"), a date
    or a ratio ("one for five reverse split"). A ``scaled`` count ("the 12 mln bag target",
    round eighty) takes a word that may be a verb after any determiner: no clause's subject is
    a scaled number before a bare verb and a noun."""
    written = text[start:end]
    if value <= 1 or not float(value).is_integer() or re.fullmatch(r"\d{4,}", written):
        return ""  # a year or a model number ("the 1948 income tax treaty", "a 7480 tape")
    if _prev_word(text, start).lower() in _NOT_COMPOUND_BEFORE:
        return ""  # "chapter 11 bankruptcy", "a march 5 earthquake", "one for five reverse split"
    det = _DETERMINER_BEFORE.search(text, max(0, start - 40), start)
    if det is not None and det.group(2) and any(w in STOP for w in det.group(2).split()):
        # the nearest determiner opens the phrase: "and that the 15 mln bag export figure"
        # (round eighty; the search above stops at the first, "that")
        det = _DETERMINER_BEFORE.search(text, det.start(2), start)
    article = det is not None and det.group(1) is not None
    if scaled and det is None:
        det = _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
    between = "" if det is None else det.groups()[-1]
    if det is None or any(w in STOP for w in between.split()):
        return ""  # "a choice of 2.5 to 7.5 annual ...": the determiner is another phrase's
    limit = min(len(text), end + 60)
    m = _SPACED_COMPOUND.match(text, end, limit)
    if m is None or m.group(2).lower() in STOP:
        # "a 48 strike at dawn", "begins a 48 strike.": "a" before a count above one and a
        # singular noun is a compound that dropped its unit word, a count of that noun (the
        # lead's decision 3, written with a space; round twenty-two)
        alone = _NEXT_LOWER.match(text, end, limit)
        word = alone.group(1) if alone else ""
        if (
            article
            and not between
            and re.fullmatch(r"\d{1,3}", written)  # "A Five spokesman", "a 50,000 increase"
            and word not in _AMOUNT_HEADS
            and word
            and word not in STOP
            and text[alone.end() : alone.end() + 1] != "-"  # type: ignore[union-attr]
            and lexicon.noun_lemma(word) == word
            and "ADJ" not in lexicon.classes(word)
            and not _is_plural(word)
            and word not in CURRENCY_WORD_TO_CODE
            and word not in _CURRENCY_SINGULARS
            and word.lower() not in ONES
            and word.lower() not in TENS
        ):
            return word
        return ""
    first, second = m.group(1), m.group(2)
    if first in STOP or lexicon.noun_lemma(first) != first or _is_plural(first):
        return ""
    if any(w.lower() in ONES or w.lower() in TENS for w in (first, second)):
        return ""
    if scaled and first != "share" and first in _AMOUNT_HEADS:
        return ""  # "a 2.4 billion deficit a year ago": an amount, not a count of deficits
    if first in CURRENCY_WORD_TO_CODE or first in _CURRENCY_SINGULARS:
        return ""  # "a record five mark bonus", "a four billion mark issue": money, not a count
    readings = lexicon.classes(first)
    if "ADJ" in readings or first.endswith("ing"):
        return ""  # "a 2,500 original margin", "a remake of 10 taking his part"
    if (
        "VERB" in readings
        and not scaled
        and not article
        and not (first == "point" and second in _POINT_MOVES)
    ):
        return ""  # (but "the 275 point decline" counts points, as "a 275 point decline")
    third = _NEXT_LOWER.match(text, m.end(), limit)
    if third is not None and third.group(1) not in STOP and _is_plural(third.group(1)):
        return ""
    if second[:1].isupper():
        return first if second.isupper() or lexicon.is_noun(second) else ""
    if (
        scaled
        and second not in STOP
        and "ADJ" in lexicon.classes(second)
        and (after := _NEXT_NAME_OR_NOUN.match(text, m.end(), limit)) is not None
        and (after.group(1).isupper() or lexicon.is_noun(after.group(1)))
        and not _is_plural(after.group(1))
    ):
        return first  # "a 60 mln bag world ICO quota": an adjective, then the head
    if second in STOP or not lexicon.is_noun(second) or _is_plural(second):
        return ""
    return first


def _verb_after_noun(before: str, word: str, text: str, pos: int, value: float) -> bool:
    """Whether ``word`` (in -s) after the singular noun ``before`` is the clause's verb: the
    lexicon knows it only as a verb, ``before`` as a noun (and no adjective), and what follows
    is what a verb takes, an article, a pronoun or a word that is no verb ("computer evokes
    fond memories", "one girl realises that"); not "two comedy acts." nor "comedy acts
    played", where the lexicon merely lacks the noun reading of "acts". After a count of one
    or an ordinal the phrase is singular, so any such word is the verb ("one buyer acquires
    over", "its first airline expands in")."""
    got = lexicon.classes(word)
    if not got or "NOUN" in got or "VERB" not in got:
        return False
    prev = lexicon.classes(before)
    if not before[:1].islower() or "NOUN" not in prev or "ADJ" in prev:
        return False
    if value <= 1:
        return True
    at = text.find(" " + word, pos)
    nxt = _NEXT_LOWER.match(text, at + 1 + len(word)) if at >= 0 else None
    if nxt is None:
        return False
    after = nxt.group(1)
    if after in ("the", "a", "an", "that", "this", "his", "her", "its", "their", "our", "it"):
        return True
    return after not in STOP and "VERB" not in lexicon.classes(after) and not _verbish(after)


#: a count standing as a subject, read back from its end: "The five", ", 100 million"
_SUBJECT_COUNT_BEFORE = re.compile(
    r"(?:\A|[,;:.!?\"“]|(?<![A-Za-z])(?i:the|these|those|all|both|its|their|our|his|her))"
    r"[ \t\n]+(?:[\d.,]+|[A-Za-z]+)(?:[ \t\n]+(?:million|billion|thousand|hundred))?\Z"
)


_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+\b")


def _in_capital_name(text: str, start: int, end: int, words: list[str]) -> bool:
    """Is the capitalised number word at ``start:end`` inside a name that runs on in the
    noun phrase ("Six Nations", "Formula One", round thirty-one): a capitalised word before
    it in the phrase, or one right after it, and a lowercase word later still."""
    before = bool(words) and words[-1][:1].isupper()
    after = _CAPITAL_WORD_AFTER.match(text, end, min(len(text), end + 30))
    if not (before or after):
        return False
    rest = after.end() if after else end
    return re.match(r"[ \t]+[a-z]{3,}", text[rest : rest + 30]) is not None


_SUCH_AS = re.compile(r"[ \t]+(?:as|that)\b")


#: the words that open a noun phrase as its determiner before a count ("the three men's cars")
_PHRASE_DETERMINERS = frozenset(
    ("the", "these", "those", "their", "its", "his", "her", "our", "my", "your")
)


def _determiner_opens(text: str, pos: int) -> bool:
    """True when a determiner stands right before the count ending at ``pos`` ("the three",
    "their four"). The lead's decision on the twenty-eighth sample: a count before a plural
    possessive then counts the possessor ("the two firms' bids": firm), since the determiner
    shows the count's phrase ends there; without one, the possessive modifies the head noun
    ("two US critics' associations": association)."""
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return _prev_word(text, start).lower() in _PHRASE_DETERMINERS


#: the heads of a titled event or award a count or an ordinal counts ("the 77th Academy Awards",
#: "the 55th Harbour Film Festival", "two Laurel Prizes")
_TITLE_HEADS = frozenset(("award", "awards", "prize", "prizes", "festival", "festivals"))
#: the fields that name a titled award's or festival's kind ("Music Awards", "Film Festival",
#: "Book Prize"): the counted noun keeps them (the lead's decision on the thirty-first sample);
#: a giver, a place or a person ("Academy Awards", "Berlin ... Festival", "Olivier Awards")
#: names no kind and is left out, as before
_TITLE_KINDS = frozenset(
    ("music", "film", "comedy", "book", "jazz", "theatre", "theater", "television", "drama",
     "dance", "poetry", "art", "arts", "fashion", "design", "science", "peace", "literature",
     "media", "sports", "radio", "opera", "folk", "blues", "documentary", "animation",
     "photography", "architecture", "literary", "games")
)  # fmt: skip


def counted_noun(text: str, pos: int, value: float, *, count: bool = False) -> str:
    """The head noun of what a count counts, read from the words after ``pos`` (see
    ``_counted_head``), with a titled award's or festival's kind kept before its head: "the
    first Northern Pop Music Awards" counts "Music Awards", "the 55th Harbour Film Festival"
    "Film Festival" (the lead's decision on the thirty-first sample: the title names one kind
    of event an analyst counts); "the 77th Academy Awards" still counts "Awards".

    A ``count`` of a named award keeps the whole name ("won three Grammy Awards": "Grammy
    Awards", "two Laurel Prizes": "Laurel Prizes"; the lead's decision 1 on the thirty-third
    sample): what is counted is that award, where an ordinal ranks the ceremony."""
    head = _counted_head(text, pos, value)
    if count and (named := _named_award(text, pos, head)):
        return named
    if head[:1].isupper() and head.lower() in _TITLE_HEADS:
        at = text.find(head, pos, pos + 120)
        kind = _prev_word(text, at) if at > 0 else ""
        if kind[:1].isupper() and kind.lower() in _TITLE_KINDS:
            gap = at
            while text[gap - 1] in " \t":
                gap -= 1
            return text[gap - len(kind) : at + len(head)]
    return head


#: the heads of a named award a count keeps whole (a festival is not an award won)
_AWARD_HEADS = frozenset(("award", "awards", "prize", "prizes"))


def _named_award(text: str, pos: int, head: str) -> str:
    """The award's name and head when ``head`` (the counted noun read after ``pos``) ends in a
    capitalised "Award(s)"/"Prize(s)" with capitalised words before it, back to the count:
    "three Grammy Awards", "eight posthumous Golden Globe Awards"; else ""."""
    last = head.rpartition(" ")[2]
    if not last[:1].isupper() or last.lower() not in _AWARD_HEADS:
        return ""
    at = text.find(last, pos, pos + 120)
    start = at
    while start > pos and (word := _prev_word(text, start))[:1].isupper():
        start = text.rfind(word, pos, start)
    if start == at:
        return ""
    return " ".join(text[start : at + len(last)].split())


def _shared_modifiers(first: str, second: str, plural: str) -> bool:
    """True where ``first`` and ``second``, joined by "and"/"or" before ``plural``, are two
    modifiers of it: each a singular noun or an adjective the lexicon knows, the second may be
    a participle in -ing ("connecting"), and the plural a plural noun. A plural first word is a
    head of its own ("two cars and truck drivers")."""
    low, low2 = first.lower(), second.lower()
    if low in STOP or low2 in STOP or lexicon.plural_noun(plural) is not True:
        return False
    one = lexicon.classes(low)
    two = lexicon.classes(low2)
    if not one or not two or lexicon.plural_noun(low) or lexicon.plural_noun(low2):
        return False
    if low in _NOT_MODIFIERS or low2 in _NOT_MODIFIERS:
        return False  # "from 60,000 now and lifting costs", "last year and total sales"
    modifier = {"NOUN", "ADJ"}
    # "nonstop and connecting routes", "two mining and refining affiliates"
    joined = bool(modifier & set(two)) or (low2.endswith("ing") and "VERB" in two)
    return bool(modifier & set(one)) and joined


#: words that end a count's phrase before "and" rather than modify a plural after it: times
#: ("down from 4.1 billion last year and total sales of")
_NOT_MODIFIERS = frozenset(
    ("year", "month", "week", "day", "time", "quarter", "season", "night", "morning", "now")
)


def _counted_head(text: str, pos: int, value: float) -> str:
    """The head noun of what a count counts, read from the words after ``pos``.

    "26 sea-based cruise missiles" -> "missiles"; "four of the missiles" -> "missiles";
    "one Syrian soldier died" -> "soldier". Without a tagger we take the first plural word of
    the noun phrase (counts above one), else its last word before a verb-like word.
    """
    limit = min(len(text), pos + 120)
    if text[pos : pos + 4] == "-odd" and not text[pos + 4 : pos + 5].isalpha():
        pos += 4  # "40-odd calls", "the 80-odd resorts": about so many; the noun follows
    compound = _HYPHEN_NOUN.match(text[pos : pos + 30])
    if (
        compound is not None
        and compound.group(1) not in STOP
        and "-" + compound.group(1) not in ADJECTIVE_ENDINGS
    ):
        # "two-legged robots", "a four-wheeled cart": the adjective counts its noun
        return _COUNTED_ADJECTIVES.get(compound.group(1), compound.group(1))
        # "a 20-storey building", "a 15-member crew"
    if _TIMES_AFTER.match(text[pos : pos + 7]):
        return "times"  # "four times more": a multiplier counts times
    i = pos
    postposed = _POSTPOSED_MODIFIER.match(text, pos, limit)
    if postposed is not None:
        i = postposed.end()  # "100 or so delegates": the noun follows the modifier
    words: list[str] = []
    hop_of = True
    while len(words) < 5 and i < limit:
        ws = _WS.match(text, i, limit)
        j = ws.end() if ws else i
        c = text[j : j + 1]
        if c in "CcSs" and (share_class := _SHARE_CLASS.match(text, j, limit)):
            i = share_class.end()  # "412,500 Class A shares", "3 mln series B preferred shares"
            continue
        if words and (c.isdigit() or c.isupper()) and (code := _CODE_NAME.match(text, j, limit)):
            i = code.end()  # "10 Airbus A380 superjumbo jets", "its forthcoming 7E7 planes"
            continue
        if (
            not words
            and hop_of
            and c.isdigit()
            and (sized := _SIZE_ADJECTIVE.match(text, j, limit))
        ):
            i = sized.end()  # "12 mln 50-kg sacks", "three 5,000-tonne barges": a size
            continue
        m = _WORD.match(text, j, limit)
        if m is None and text[j : j + 1] in "\"“‘'" and text[j + 1 : j + 2].isalpha():
            i = j + 1  # '1,500 "safety whistleblowers"'
            continue
        ticker = _TICKER.match(text[j : j + 10]) if m is None else None
        if ticker is not None:
            i = j + ticker.end()  # "10 mln ATT <T> shares": a wire ticker
            continue
        if m is None:
            # allow "of 57 air strikes": a number after "of" keeps the hunt going
            if words == [] and not hop_of:
                d = re.match(r"[\d,.]+", text[j:limit])
                if d:
                    i = j + d.end()
                    continue
            code = _CODE_NAME.match(text[j:limit])
            if code is not None and words:  # "two separate Amazon S3 buckets": a name
                i = j + code.end()
                continue
            break
        w = m.group()
        low = w.lower()
        acronym = _ACRONYM.match(text, j, limit)
        if acronym is not None and text[acronym.end() : acronym.end() + 1] == " ":
            if value <= 1 and _acronym_heads(text, acronym, limit):
                return acronym.group()  # "the third Liberal MP to resign": the head
            i = acronym.end()  # "two US firms", "one U.S. trade official": a modifier
            continue
        if not words and not hop_of and (low in ONES or low in TENS):
            i = m.end()  # "six of the country's eight capitals"
            continue
        if not words and hop_of and low in ("of", "out"):
            hop_of = False
            i = m.end()
            if low == "out":
                of = re.match(r"[ \t]+of\b", text[i:limit])
                if of is None:
                    break
                i += of.end()
            # optional determiner after "of" ("of the", "of Spain's", "of their last")
            det = _OF_DETERMINER.match(text, i, limit)
            if det:
                i = det.end()
            continue
        if low in PREMODIFIERS and not words:
            i = m.end()  # "ten more people", "five other victims", "two new cases"
            continue
        if low == "outside" and outside_modifies(text, m.end(), limit):
            i = m.end()  # "the nine former outside directors": an adjective (round sixty-six)
            continue
        if low == "such" and not words and not _SUCH_AS.match(text, m.end(), limit):
            i = m.end()  # "one such robot", "two such cases" (round thirty-nine); not "such as"
            continue
        if value > 1 and (graded := _graded_adjective(text, m, limit)) is not None:
            i = graded  # "two potentially lucrative contracts", "five highly paid executives"
            continue
        if (
            value <= 1
            and not words
            and (
                (low in COMMON_VERBS and not _verbish(w))
                # "its first meeting of"; not "the first asking how" (a participle)
                or (low.endswith("ing") and (lexicon.is_noun(low) or not lexicon.known(low)))
            )
            and _NOUN_END.match(text, m.end(), limit)
        ):
            words.append(w)  # "the second set.", "the first cut of": the noun, not the verb
            break
        if (
            value <= 1
            and not words
            and low in COMMON_VERBS
            and lexicon.is_noun(low)
            and (
                _PREDICATE_AFTER.match(text, m.end(), limit)
                or ((nxt0 := _NEXT_WORD.match(text, m.end(), limit)) and nxt0[1] in COMMON_VERBS)
            )
        ):
            # "won the second set easily", "after the first cut was made", "the second set paid
            # off": an adverb, a past form or an auxiliary after the word shows it was the noun
            # (round fifty-two)
            words.append(w)
            break
        if (
            value <= 1
            and words
            and low.endswith("ing")
            and len(low) > 5
            and low not in _POSTPOSED_ING
            and all(_adjective_like(x) for x in words)
            and _NOUN_END.match(text, m.end(), limit)
        ):
            # "just one long meeting.", "its first public offering of": a gerund after
            # adjectives, closing the phrase, is its noun ("one factor shaping" is a verb)
            words.append(w)
            break
        if (
            value <= 1
            and _participle_adjective(low)
            and (nxt1 := _NEXT_NOUNISH.match(text, m.end()))
            and nxt1.group(1).lower() not in STOP
            and not _verbish(nxt1.group(1))
        ):
            i = m.end()  # "one unvaccinated person", "one wounded soldier": an adjective
            continue
        if (
            not words
            and value > 1
            and w.islower()
            and not low.endswith(("ed", "ing", "s"))
            and (word_classes := lexicon.classes(low))
            and set(word_classes) <= {"VERB", "AUX"}
            and low in word_classes.get("VERB", ())  # a base form ("comprise"), not "sold"
            # the count a subject: after a determiner or at a clause's start, not after a
            # preposition ("with eight surround sound speakers", "from up to 18 remote units")
            and _SUBJECT_COUNT_BEFORE.search(text, max(0, pos - 60), pos)
        ):
            break  # "the five comprise ministers": a verb right after the count ends it
        # a capitalised "-ing" word inside the phrase is a name ("70 Boeing planes"), no verb;
        # an "-ing" word right after the number that the lexicon knows as a noun is one ("its
        # first meeting.", "one working day"), unless an object follows ("first meeting the
        # criteria", "one offering 64mb", "one backing fresh talks")
        gerund_noun = (
            not words
            and low.endswith("ing")
            and low not in _POSTPOSED_ING
            and lexicon.is_noun(low)
            and _gerund_closes(text, m.end(), limit)
        )
        if (
            _verbish(w)
            and not gerund_noun
            and not (w[0].isupper() and low.endswith("ing"))
            and not _participle_qualifies(text, m, limit, value, bool(words))
        ) or low in COMMON_VERBS:
            nxt = (
                _WORD.match(text, m.end() + 1, limit)
                if text[m.end() : m.end() + 1] == " "
                else None
            )
            later = (
                _WORD.match(text, nxt.end() + 1, limit)
                if nxt is not None and text[nxt.end() : nxt.end() + 1] == " "
                else None
            )
            in_phrase = nxt is not None and nxt.group().lower() not in STOP
            if not (
                low not in STOP
                and value > 1
                and in_phrase
                and (
                    _is_plural(nxt.group())  # type: ignore[union-attr]
                    or (
                        later is not None
                        and _is_plural(later.group())
                        and not _verbish(later.group())
                    )
                )
            ):
                break  # "22 sold units": a participle inside the noun phrase is no verb
        if low in ONES or low in TENS or low in WORD_SCALES:
            if w[:1].isupper() and not w.isupper() and _in_capital_name(text, j, m.end(), words):
                # "five Six Nations referees", "40 Formula One teams": a name's number word,
                # passed with the name's capitalised words after it (round thirty-one)
                i = m.end()
                while cap := _CAPITAL_WORD_AFTER.match(text, i, limit):
                    i = cap.end()
                continue
            break
        if words and low in _TIME_DEICTICS and _TIME_WORD_AFTER.match(text, m.end(), limit):
            break  # "one album last week": an adverb of time closes the phrase (round 22)
        if (
            value > 1
            and low.endswith(("'s", "’s"))
            and _is_plural(w[:-2])
            and _determiner_opens(text, pos)
        ):
            words.append(w[:-2])  # "the three men's cars": the possessor is counted
            break
        if "'" in w or "’" in w or w == "I":  # "I've", "they're": a clause has begun
            break
        if low in ("anyone", "everyone", "someone", "anybody", "everybody", "somebody", "nobody"):
            break  # "the first time anyone ran": a clause has begun
        if value <= 1 and words and w.islower() and _only_verb(low):
            break  # "saw one team dominate the league": a verb after the noun ends the phrase
        if (
            len(words) == 1
            and w.islower()
            and _ONE_THEN_NOUN.fullmatch(text, max(0, pos - 4), m.start())
            and _verb_after_one(text, low, m.end(), limit)
        ):
            break  # "one plan calls for cuts", "one version runs on phones" (round 75)
        words.append(w)
        i = m.end()
        and_adj = _AND_ADJECTIVE.match(text, i, limit)
        if and_adj and lexicon.is_adjective(w) and "ADJ" in lexicon.classes(and_adj.group(1)):
            i = and_adj.start(1)  # "the first mayoral and municipal polls":
            continue  # adjectives joined before one noun, no head among them
        shared = _AND_ADJECTIVE_PLURAL.match(text, i, limit)
        if (
            shared
            and "ADJ" in lexicon.classes(w)
            and "ADJ" in lexicon.classes(shared.group(1))
            and not _is_plural(w)
            and lexicon.plural_noun(shared.group(2))
        ):
            # "17 Asian and African nations", "five red and blue cars": two adjectives that
            # may be nouns too, joined before a plural, share it (round twenty-two)
            i = shared.start(1)
            continue
        if shared and value > 1 and _shared_modifiers(w, shared.group(1), shared.group(2)):
            # "450 business and union leaders", "ten police and fire officials", "12 nonstop
            # and connecting routes": two modifiers, nouns or a participle, joined before a
            # plural share it (round sixty-nine; round sixty-six's pool kind)
            i = shared.start(1)
            continue
        if text[i : i + 2] in ('" ', "” ", "’ ") and words and not _is_plural(w):
            i += 1  # 'the first "lightweight" portable computers': a quoted modifier
            continue
        if text[i : i + 2] in ("' ", "’ ") and _is_plural(w):
            if _determiner_opens(text, pos):
                break  # "the two firms' bids": the possessor is counted (the lead's decision)
            words.pop()  # "two US critics' associations": a possessive plural modifies
            i += 1
            continue
        if text[i : i + 1] not in (" ", "\t", "-"):
            break
    if not words:
        return ""
    if words[0].lower() in PRONOUN_PLURALS:
        return ""  # "the 45 others": a pronoun, not a counted thing
    for k, w in enumerate(words):
        if (
            value > 1
            and not any(_is_plural(x) for x in words[k + 1 :])  # "30 Japanese lenders"
            and w[:1].isupper()
            and w[1:].islower()
            and len(w) > 5
            and w.endswith("ese")
            and not re.match(r"[ \t]+(?:and|or)\b|,", text[text.find(w, pos) + len(w) :][:6])
        ):
            return w  # "90 million Japanese watch": a people in -ese, plural as written
        if k and _is_plural(w) and _verb_after_noun(words[k - 1], w, text, pos, value):
            del words[k:]  # "the Acme 64 computer evokes": a verb, not the plural
            break
        if _is_plural(w) and not w.lower().endswith(ADJECTIVE_ENDINGS):
            later = words[k + 1] if k + 1 < len(words) else ""
            if later and _is_plural(later) and (lexicon.is_noun(later) or not lexicon.known(later)):
                # a plural noun modifying the next: "police officers", "customs officers"; not
                # a verb the lexicon knows as no noun ("a poll of 900 voters suggests")
                w = later
            return w  # a hyphenated plural is one noun: "e-mails", "front-runners"
    if value > 1 and hop_of and (capital := _capital_plural(text, pos, words)):
        return capital  # "four Grammys", "two wheel-based Robos": a capitalised plural
    if value == 1 or value < 1:
        lower = [k for k, w in enumerate(words) if w[:1].islower()]
        if lower and lower[-1] < len(words) - 1:
            del words[lower[-1] + 1 :]  # "second seed Ana Ruiz": the name after the noun
        if len(words) > 1 and set(lexicon.classes(words[-1].lower())) == {"ADV"}:
            del words[-1]  # "one character throughout", "one house abroad": an adverb after
        head = words[-1]
        if len(head) <= 2:
            return ""
        if head[0].isupper() and head.upper() != head and len(words) == 1:
            low_head = head.lower()
            people = low_head + "s" in DEMONYM_PLURALS or (
                low_head.endswith(("ian", "ean")) and len(low_head) > 5
            )
            # "one Peruvian", "one Briton": a people's singular is counted; not a member of an
            # elliptic list, where it qualifies a noun said before ("four engineers, three
            # Swiss and one Canadian,"; "two inquiries, one Dutch and one by the insurers")
            end = text.find(head, pos) + len(head)
            if people and not _LIST_MEMBER_AFTER.match(text, end, min(len(text), end + 12)):
                return head
            return ""
        return head
    return ""


#: bare currency names a capitalised plural may be ("12.40 Marks a tonne"): no noun
_CURRENCY_PLURALS = _words(
    "marks francs guilders australs rands pesos liras ecus crowns pounds dollars euros"
)


def _capital_plural(text: str, pos: int, words: list[str]) -> str:
    """The capitalised plural that is the counted noun of the phrase after a count ("four
    Grammys last year", "two wheel-based Robos"), or "": only hyphenated adjectives before it
    and no plural after it ("two Wales players" counts players); not a name: no title around
    the number ("The 39 Steps"), no place after a plain adjective ("coastal Texas"), no table
    row ("Minorities 1.2 mln"), no currency ("Marks")."""
    k = 0
    while k < len(words) and "-" in words[k]:
        k += 1
    first = k
    # a name of two or three capitalised words whose last is the plural: "two Silver Bears"
    # (counts "silver bear"), read only when nothing lower-case follows in the phrase
    while (
        k < len(words) - 1
        and k - first < 2
        and _TITLE_WORD.fullmatch(words[k])
        and not _CAPITAL_PLURAL.fullmatch(words[k])
    ):
        k += 1
    if k == len(words) or not _CAPITAL_PLURAL.fullmatch(words[k]):
        return ""
    if any(_is_plural(w) for w in words[k + 1 :]):
        return ""
    if k > first and k + 1 < len(words):
        return ""
    word = words[k]
    low = word.lower()
    if low in _CURRENCY_PLURALS or low in CURRENCY_WORD_TO_CODE:
        return ""
    end = text.find(word, pos) + len(word)
    if re.match(r"\s*[\d(]", text[end : end + 6]):
        return ""  # a row label before its figures, a name before a bracket
    if k > first and text[end : end + 1] in ("'", "’"):
        return ""  # "Harbour Airways' shares": a name's possessive, not the counted noun
    start = pos  # back over the number to the word before it
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    if _prev_word(text, start)[:1].isupper():
        return ""  # "The 39 Steps", "Ode To 40 Poets", a score "Italy 8-38 Wales": names
    return " ".join(words[first : k + 1]) if k > first else word


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


@functools.lru_cache(maxsize=1024)
def _prev_word(text: str, pos: int) -> str:
    """The word (ASCII letters and dots, starting with a letter) just before ``pos``, past blanks
    and within 30 characters; "" when something else stands there. A backward scan: this runs
    for most numbers, and the regex form of it cost a tenth of the extractor's time.

    Cached (round fifty-eight): the rules ask it about three times at each place they ask it
    (9,230 calls for 2,776 places over the speed benchmark's bodies), and the answer depends on
    the text and the place alone; a text's hash is computed once and kept by the string."""
    lo = max(0, pos - 30)
    end = pos
    while end > lo and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > lo and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end]


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether only blanks and opening quotes or brackets stand between the start of the
    sentence holding ``pos`` (the core's split, :mod:`newslens.sentences`) and ``pos``."""
    first, _ = sentence_spans(text)[sentence_index(text, pos)] if text.strip() else (0, 0)
    return text[first:pos].strip(" \t\n\"'“‘(") == ""
