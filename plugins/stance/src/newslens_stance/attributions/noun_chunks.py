"""Round eighty-one: a small noun-phrase chunker over the words before a speaker.

The speaker scan reads a phrase back from its cue and stops where a surface test tells it to;
a coordinated subject ("the dock's owners and officials said", "Ann Berg, Ole Lund and other
skippers said") is where those tests stop short, at the last conjunct, because the words
before "and" can as well end another clause ("the levy failed and officials said") or be the
object of a verb ("fined the owners and officials said"). Which one it is shows in the
phrases before "and": a coordination is a run of noun phrases back to a clause's start.

So this module cuts the words before "and" into chunks, right to left, with closed-class
lists alone (no tagger): a chunk is a run of words with no determiner, possessive or
quantifier inside it (they only open one), no preposition but "of" before its own noun
phrase, no pronoun, auxiliary, modal, irregular past or verb of saying, and no lower-case word
in "-ed" or "-ing" (a verb as often as an adjective). Chunks are joined by "and", "or" and
commas. The run counts only when it reaches a clause's start: the sentence's start, a word
that opens a clause ("that", "though", "while", "what" ...), or a comma after words that are
no chunk (an opening adverbial: "On Sunday, owners and officials said").

It answers two questions of the speaker scan, and nothing else: :func:`coordination_start`,
where a coordination that ends in the words right before a position starts; and
:func:`head_before_preposition`, where the noun phrase starts whose prepositional phrase the
scan took for the speaker ("A review by | the Courier shows", "other advisers to | the
board said"). Each answers None unless the chunks run back to a clause's start. The callers
ask only where a speaker right after "and" / "or" or a preposition was found, so the chunker
reads few cues' words (through the document's cache of ``words_before``: the per-sentence
record round seventy-six proposed was measured and not built in round seventy-seven).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import (
    _AUX,
    _PAST,
    _WORD,
    CUE_FORMS,
    NOUN_FIRST_FORMS,
    _words,
)
from newslens_stance.attributions.text import _Doc

#: words that open a noun phrase and end a chunk read right to left
_OPENERS = frozenset(
    _words(
        """
        the a an this these those his her its their our my your some many most several all
        both each every other any no few various numerous two three four five six seven
        eight nine ten dozens hundreds thousands millions
        """
    )
)

#: words after which a clause starts (the coordination may open right after them)
_CLAUSE_OPENERS = frozenset(
    _words(
        """
        that though although while whereas because if when whether what where but unless
        """
    )
)

#: words no chunk holds: pronouns, auxiliaries and modals, prepositions (but "of", read
#: with its phrase), relative words, negations, particles, verbs whose past is their base
#: form ("The firm cut jobs and ..."), and the openers above
_NOT_IN_CHUNK = (
    frozenset(
        _words(
            """
            he she it they we i you him them us me who whom which whose there here
            in on at to from with by for into about over under after before during against
            between without within amid despite through across than like not no nor also
            among amongst toward towards via upon along around behind beyond unlike onto
            as such since until so then up down out off back away and or according
            cut let quit hurt cost shut spread bet bid beat read
            it's it’s that's that’s there's there’s what's what’s here's here’s let's let’s
            he's he’s she's she’s who's who’s
            """
        )
    )
    | _AUX
    | _PAST
    | _CLAUSE_OPENERS
)

#: words that open a sentence's adverbial before its subject
_OPENING_ADVERBIAL = frozenset(
    _words(
        """
        in on at from after before during following under with within amid despite by since
        meanwhile however still yet instead earlier later now then also last this of among
        overall
        """
    )
)

#: a pronoun or a noun with its verb ("you're", "it'll", "we've"): no chunk's word
_CONTRACTIONS = ("’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "n’t", "n't", "’m", "'m")

#: a capitalised participle (at a sentence's start: "Writing to ...", "Turning to ...")
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing$")

_LOWER_VERBISH = re.compile(r"[a-z][a-z-]*(?:ed|ing)$")
_NUMBER = re.compile(r"\d[\d.,]*%?$")

#: round eighty-eight b: words of :data:`_AUX` that are adjectives inside a noun chunk ("an
#: earlier report", "a later statement")
_ADJECTIVE_AUX = frozenset(_words("earlier later first last"))

#: round ninety-eight: one word before a comma that is a sentence's adverbial, not a list's
#: first item ("Meanwhile, owners and officials said", "Today, ...", "Separately, ...")
_ADVERBIAL_WORD = re.compile(
    r"(?i:[a-z]+ly|meanwhile|however|still|yet|instead|now|then|today|tonight|yesterday|"
    r"tomorrow|later|earlier|elsewhere|here|there|thus|therefore|again|indeed|nonetheless|"
    r"nevertheless|afterwards?|overall|moreover|furthermore|besides|otherwise|hence|so|also|"
    r"first|second|third|finally|lastly|next|previously|recently|since|anyway|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)$"
)

#: round ninety-eight: a year, the end of a date before a comma
_YEAR = re.compile(r"(?:19|20)\d\d$")

#: round ninety-eight: titles written with a period before a name ("Mrs. Lund", "Gov. Berg")
_TITLES = frozenset(_words("Mr Mrs Ms Dr Prof Gen Col Lt Sgt Capt Gov Sen Rep Rev Hon"))

#: the longest coordination read back (words)
_MAX_WORDS = 16
#: the longest single conjunct (words)
_MAX_CHUNK = 8


def _chunk_word(word: str) -> bool:
    """Whether a word may stand inside a noun chunk (right of its opener)."""
    lw = word.lower()
    if (
        lw in _NOT_IN_CHUNK
        or (lw in CUE_FORMS and lw not in NOUN_FIRST_FORMS)
        or lw.endswith(_CONTRACTIONS)
    ):
        return False
    return not (word[:1].islower() and _LOWER_VERBISH.match(word) and not lw.endswith("ling"))


def coordination_start(doc: _Doc, pos: int, sent_lo: int) -> int | None:
    """Where the coordination of noun phrases ending right before ``pos`` (which follows
    "and" / "or") starts, when it runs back to a clause's start; else None."""
    text = doc.text
    words = doc.words_before(pos, sent_lo, _MAX_WORDS + 2)
    if len(words) < 2 or words[-1].group().lower() not in {"and", "or"}:
        return None
    if text[words[-1].end() : pos].strip():
        return None
    k = len(words) - 2
    # ", and": another clause's end as often as a list's ("the vote was close, and aides
    # said"); a list of three or more is read, its items joined by commas
    joint = text[words[k].end() : words[-1].start()].strip()
    if joint not in {"", ","}:
        return None  # "(D-Md.) and", "unfair” and", "-- and": no list of noun phrases
    serial = joint == ","
    # the start of the phrase after the last comma read, and the chunks read since: a comma
    # after words that are no chunk closes an opening adverbial ("On Sunday, owners and ...")
    after_comma: int | None = None
    chunks_right = 0
    chunks = 1  # (our speaker is a chunk)
    skip_to = -2  # the word before the last comma read
    while True:
        chunk_lo, k = _chunk_back(text, words, k)
        if chunk_lo is None and after_comma is not None and k >= 1 and k == skip_to:
            # the word before a list's comma is no chunk's ("The engineering, construction
            # and ..."): read on from the word before it, as before round ninety-eight
            chunk_lo, k = _chunk_back(text, words, k - 1)
        if chunk_lo is None:
            return _after_opening(text, sent_lo, after_comma, chunks_right)
        chunks += 1
        if serial and chunks == 2 and (k < 0 or text[words[k].end() : chunk_lo].strip() != ","):
            return None  # no list comma before the item before ", and"
        if k < 0:
            return chunk_lo if _opens_sentence(text, sent_lo, chunk_lo) else None
        w = words[k]
        between = text[w.end() : chunk_lo].strip()
        lw = w.group().lower()
        if not between:
            if lw in {"and", "or"}:
                k -= 1
                continue  # "Ohio and Iowa and": the list goes on
            if _opens_clause(words, k):
                return chunk_lo
            # a verb or a preposition before it: an object, or an adverbial's phrase
            return _after_opening(text, sent_lo, after_comma, chunks_right)
        if between == ",":
            after_comma, chunks_right = chunk_lo, chunks
            # round ninety-eight: the word before the comma is the next chunk's last word (it
            # was skipped, so a list's one-word first item was lost: "Berg, Lund and Holm
            # said"); one word that opens a sentence's adverbial is no item ("Meanwhile,")
            if (
                _ADVERBIAL_WORD.match(w.group())
                and (
                    w.group()[:1].islower()  # "Most recently,", "Only last week,"
                    or k == 0
                    or text[words[k - 1].end() : w.start()].strip()
                )
            ):
                return _after_opening(text, sent_lo, after_comma, chunks_right)
            if _YEAR.match(w.group()):
                # a date's year ends an opening adverbial ("On 3 May, 2015, A, B and C said")
                first = _WORD.search(text, sent_lo, after_comma)
                opening = first is not None and first.group().lower() in _OPENING_ADVERBIAL
                return after_comma if opening and chunks_right >= 2 else None
            skip_to = k
            continue  # a list's comma, or an opening adverbial's (read on)
        if between in {":", ";", "—", "--", "–", "("}:
            return chunk_lo
        return None


#: prepositions after a noun that open a phrase of that noun ("a report in a paper", "advisers
#: to the governor", "my editor at the time at the weekly")
_NOUN_PREPOSITIONS = frozenset(_words("in at of for to with from on about by"))


#: what a noun phrase after "to" opens with: a capital, a number, a determiner or a possessive
_PHRASE_AFTER_TO = re.compile(
    r"(?:[A-Z0-9]|(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|"
    r"all|both|each|every|other|several|most)\b)"
)


def head_before_preposition(doc: _Doc, pos: int, sent_lo: int) -> int | None:
    """Where the noun phrase starts whose prepositional phrase ends in the words from ``pos``
    ("An earlier report in | a local paper said", "other advisers to | the governor
    said"), when that phrase opens a clause; else None. Two prepositions at most."""
    text = doc.text
    words = doc.words_before(pos, sent_lo, _MAX_WORDS + 2)
    k = len(words) - 1
    if words and words[-1].group().lower() == "to" and not _PHRASE_AFTER_TO.match(text, pos):
        return None  # "has yet to sign the deal", "a plan to trim": "to" and a verb
    right = pos  # the start of the phrase read last
    prepositions: set[str] = set()
    for _ in range(2):
        if k >= 0:
            prepositions.add(words[k].group().lower())
        if (
            k < 1
            or words[k].group().lower() not in _NOUN_PREPOSITIONS
            or text[words[k].end() : right].strip()
            or text[words[k - 1].end() : words[k].start()].strip() not in {"", "%"}
        ):
            return None  # (round ninety-nine: a share's per cent sign, "61% of | nurses")
        chunk_lo, k = _chunk_back(text, words, k - 1, report_head=True)
        if chunk_lo is None:
            return None
        if k < 0:
            return chunk_lo if _opens_sentence(text, sent_lo, chunk_lo) else None
        w = words[k]
        between = text[w.end() : chunk_lo].strip()
        if between:
            # round eighty-eight b: after a colon or a semicolon a clause starts ("One
            # sign: skippers in the north say", "Note: An earlier draft of this notice
            # said"); not "with" ("Review: Part Two with a pilot saying": a
            # participle's subject) or "to" ("X: The Courier points to a video": a verb's)
            if (
                between in {":", ";"}
                and not prepositions & {"with", "to"}
                and text[w.end() : chunk_lo].startswith((": ", "; ", ":\n", ";\n"))
            ):
                return chunk_lo
            return None
        lw = w.group().lower()
        if _opens_clause(words, k) or (
            lw in {"and", "or"}
            and w.group()[0].isupper()
            and _opens_sentence(text, sent_lo, w.start())
        ):
            return chunk_lo  # (a sentence opening with "And": "And surveys of voters ...")
        if lw in {"and", "or"}:
            # round ninety-nine: the phrase is a coordination's last conjunct ("61% of nurses
            # and 40% of | doctors say", "the chair and other advisers to | the governor")
            return coordination_start(doc, chunk_lo, sent_lo)
        right = chunk_lo  # a second phrase: "my editor at the time at | the weekly"
    return None


def _opens_clause(words: list[re.Match[str]], k: int) -> bool:
    """Whether ``words[k]`` opens a clause: a word of :data:`_CLAUSE_OPENERS`, but "that" only
    after a word no chunk holds ("said that", not the relative "the clerk that runs the quay")."""
    lw = words[k].group().lower()
    if lw not in _CLAUSE_OPENERS:
        return False
    return lw != "that" or k == 0 or not _chunk_word(words[k - 1].group())


def _after_opening(text: str, sent_lo: int, after_comma: int | None, chunks: int) -> int | None:
    """The coordination after a comma that closes an opening adverbial ("On Sunday, owners
    and officials said", "Meanwhile, growers and ..."): two chunks at least after it, and the
    sentence opening with a preposition or an adverb, with no other comma before it."""
    if after_comma is None or chunks < 2:
        return None
    first = _WORD.search(text, sent_lo, after_comma)
    if first is None or "," in text[sent_lo:after_comma].rstrip()[:-1]:
        return None
    lw = first.group().lower()
    return after_comma if lw in _OPENING_ADVERBIAL or lw.endswith("ly") else None


#: round eighty-eight b: nouns of a report or a record that are also cue forms (verbs as
#: often: "the board reports", "the video shows"), read as a chunk's head after a determiner
_REPORT_NOUNS = frozenset(
    _words(
        """
        report reports claim claims comment comments remark remarks statement statements
        promise promises vow vows pledge pledges estimate estimates forecast forecasts poll
        polls survey surveys study studies review reviews analysis memo letter note notes post
        posts tweet tweets complaint complaints threat threats warning warnings
        """
    )
)


def _report_noun(lw: str) -> bool:
    """Whether a lower-case cue form may be a noun heading a chunk ("An earlier report in")."""
    return lw in _REPORT_NOUNS


def _chunk_back(
    text: str, words: list[re.Match[str]], k: int, report_head: bool = False
) -> tuple[int | None, int]:
    """The start of the noun chunk that ends with ``words[k]`` (None when that word is no
    chunk's), and the index of the word before it.

    ``report_head`` (round eighty-eight b, for :func:`head_before_preposition`): the chunk's
    last word may be a noun of saying that is also a verb form ("An earlier report in",
    "the claims of"), when a determiner opens the chunk; and "earlier" / "later" /
    "first" / "last" may stand inside it as adjectives."""
    n = 0
    lo: int | None = None
    needs_opener = False
    while k >= 0:
        w = words[k]
        word = w.group()
        lw = word.lower()
        # (round ninety-eight: a title's period is no break, "Mrs. Lund", "Sen. Holm"; round
        # ninety-nine: nor a number's percent sign, "45% of growers")
        gap = text[w.end() : lo].strip() if lo is not None else ""
        if gap and not ((gap == "." and word in _TITLES) or (gap == "%" and word[-1:].isdigit())):
            break  # punctuation: the chunk ends at it
        if lw in _OPENERS:
            return w.start(), k - 1  # a determiner or a quantifier opens the chunk
        if lw == "of":
            if n == 0 or k == 0:
                return None, k
        elif report_head and (
            (n == 0 and lw in CUE_FORMS and _report_noun(lw)) or (n > 0 and lw in _ADJECTIVE_AUX)
        ):
            needs_opener = True  # (a verb form as often: only after a determiner)
        elif lo is not None and (lead := _share_lead(text, words, k, lo)) is not None:
            # round ninety-nine: "About 45% of growers", "more than 40 percent", "at least 12%":
            # the words before a share open its chunk (not "employs over 200 pilots and")
            return lead
        elif lo is not None and (
            lw == "in" and k > 0 and _IN_TEN.match(text, words[k - 1].start())
        ):
            pass  # round ninety-nine: "four in 10 pilots", "one in five"
        elif not (
            _chunk_word(word)
            or _NUMBER.match(word)
            or (
                # round ninety-eight: a capitalised cue form inside a name ("United States")
                word[:1].isupper()
                and lw in CUE_FORMS
                and k > 0
                and words[k - 1].group()[:1].isupper()
                and not text[words[k - 1].end() : w.start()].strip()
            )
        ):
            break
        elif _OPENING_PARTICIPLE.match(word) and (
            k == 0 or "." in text[words[k - 1].end() : w.start()]
        ):
            break  # "Writing to the board, ...", "Turning to the levy ...": a participle, no noun
        lo = w.start()
        n += 1
        k -= 1
        if n > _MAX_CHUNK:
            return None, k
    if needs_opener or (lo is not None and text.startswith("of ", lo)):
        return None, k
    return lo, k


#: round ninety-nine: a share written "four in 10" / "one in five" (its "in" is no preposition)
_IN_TEN = re.compile(
    r"(?i:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?i:\d+|ten|five|four|three)\b"
)

#: round ninety-nine: what opens a share's phrase before its number ("About 45% of growers",
#: "around 40 percent", "over half"), and the pairs that do ("more than 30%", "up to 40%"; "at
#: least 12%", whose "least" a chunk holds)
_SHARE_LEADS = frozenset(_words("about around over under"))
_SHARE_PAIRS = {"than": frozenset(_words("more less fewer")), "to": frozenset({"up"})}
_SHARE_START = re.compile(r"\d|half\b|least\s+(?:\d|one\b|half\b)")


def _share_lead(
    text: str, words: list[re.Match[str]], k: int, lo: int
) -> tuple[int | None, int] | None:
    """Where the chunk starts when ``words[k]`` (or it and the word before) open the share the
    chunk reads from ``lo`` ("About | 45% of growers", "more than | 40 percent", "at | least
    12%"), and the index of the word before them; None when they open none."""
    if not _SHARE_START.match(text, lo):
        return None
    w = words[k]
    lw = w.group().lower()
    if text.startswith("least", lo):
        return (w.start(), k - 1) if lw == "at" else None
    if lw in _SHARE_LEADS:
        return w.start(), k - 1
    pair = _SHARE_PAIRS.get(lw)
    if pair is None or k < 1 or text[words[k - 1].end() : w.start()].strip():
        return None
    return (words[k - 1].start(), k - 2) if words[k - 1].group().lower() in pair else None


def _opens_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether the words from ``hi`` open the sentence: no word between ``lo`` and ``hi``, and
    before them (past quotation marks and spaces) the text's start or a sentence's end."""
    if _WORD.search(text, lo, hi):
        return False
    i = hi
    while i > 0 and text[i - 1] in " \t\n\xa0\"'“”‘’«»„":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n" or text[i:hi].count("\n") > 0


#: round eighty-eight b: the relative words a subject's restrictive clause opens with
_RELATIVES = frozenset(_words("who that"))
#: what the relative clause's first word is: an auxiliary or modal, a past, or a verb in
#: "-s" / "-ed" ("who watched", "that run", "who has", "who'd")
_RELATIVE_VERB = re.compile(r"[a-z]+(?:ed|s)$")
#: the most words read between the relative word and the speaker's end
_MAX_RELATIVE_WORDS = 9


def head_before_relative(doc: _Doc, s0: int, s1: int, sent_lo: int) -> int | None:
    """Where the noun phrase starts whose restrictive relative clause holds the speaker
    ``(s0, s1)`` ("Skippers who watched | the regatta said", "growers who | favour
    the levy agree", "Anyone who has met | the harbour master knows"), when that phrase
    opens a clause (as :func:`head_before_preposition` reads it; one prepositional phrase
    after its noun at most); else None."""
    text = doc.text
    words = doc.words_before(s1, sent_lo, _MAX_RELATIVE_WORDS + _MAX_WORDS + 2)
    # the relative word: the nearest "who" / "that" before the speaker's end, with no
    # punctuation from it to the speaker's end (a restrictive clause, read whole)
    k = len(words) - 1
    read = 0
    while k >= 0 and words[k].group().lower() not in _RELATIVES:
        read += 1
        k -= 1
        if read > _MAX_RELATIVE_WORDS:
            return None
    if k < 1 or words[k].start() >= s0 or k + 1 >= len(words):
        return None  # (the speaker is the relative word or opens before it)
    rel = words[k]
    inside = text[rel.end() : s1]
    if any(c in inside for c in ',;:()—–"“”') or "--" in inside:
        return None
    if any(
        w.group().lower() in _CLAUSE_WORDS or (i and w.group().lower() in _SAYING_FORMS)
        for i, w in enumerate(words[k + 1 :])
    ):
        # "who were pilots when | these ferries", "who spoke on Monday said | the
        # skippers": another clause or report between the relative and the speaker
        return None
    first = words[k + 1].group()
    lf = first.lower()
    if lf in _NOT_A_VERB or not first[:1].islower():
        return None
    if rel.group().lower() == "that" and not (
        lf in _AUX
        or lf in _PAST
        or lf.endswith("ed")
        or (
            _RELATIVE_VERB.match(first)
            and words[k - 1].group().lower() not in CUE_FORMS
            and words[k - 1].group().lower() not in _CONTENT_NOUNS
            and k + 2 < len(words)
            and (
                words[k + 2].group()[0].isupper() or words[k + 2].group().lower() in _OBJECT_STARTS
            )
        )
    ):
        # "said that officials in | Oslo said", "Rumours that | the growers are planning", "a
        # note from Oslo that | pilots doubt": "that" opens a complement clause; a
        # verb in "-s" after it takes an object ("a group that includes | Ann Lund")
        return None
    if rel.group().lower() == "that" and not _chunk_word(words[k - 1].group()):
        return None  # "said that ...": a complement clause, not a relative
    if text[words[k - 1].end() : rel.start()].strip():
        return None  # ", who": an appositive relative (its antecedent is read elsewhere)
    chunk_lo, k = _chunk_back(text, words, k - 1)
    if chunk_lo is None:
        return None
    if (
        k >= 1
        and words[k].group().lower() in _NOUN_PREPOSITIONS
        and not text[words[k].end() : chunk_lo].strip()
        and not text[words[k - 1].end() : words[k].start()].strip()
    ):
        # "Skippers in the north who ...": the noun the phrase hangs on
        lo2, k2 = _chunk_back(text, words, k - 1, report_head=True)
        if lo2 is not None:
            chunk_lo, k = lo2, k2
    if k < 0:
        return chunk_lo if _opens_sentence(text, sent_lo, chunk_lo) else None
    w = words[k]
    between = text[w.end() : chunk_lo].strip()
    if between:
        return chunk_lo if text[w.end() : chunk_lo].startswith((": ", "; ")) else None
    if _opens_clause(words, k) or (
        w.group().lower() in {"and", "or"}
        and w.group()[0].isupper()
        and _opens_sentence(text, sent_lo, w.start())
    ):
        return chunk_lo
    return None


#: words that open another clause inside the relative ("who were pilots when ...")
_CLAUSE_WORDS = _CLAUSE_OPENERS | frozenset(_words("who whom which and or unless until since"))
#: finite verbs of saying that open a report of their own inside the clause ("who spoke on
#: Monday said | the skippers")
_SAYING_FORMS = frozenset(
    _words("said says told tells added asked reported stated announced argued claimed wrote")
)
#: what opens a verb's object or adjunct after "that" and a verb in "-s" ("a club that
#: includes | the mayor", "the band that plays | at", "the club that names | itself")
_OBJECT_STARTS = (
    _OPENERS
    | _NOUN_PREPOSITIONS
    | frozenset(_words("into through under over him her them it us me itself himself herself"))
)
#: nouns a "that" clause completes ("rumours that the growers are ..."): no relative's antecedent
_CONTENT_NOUNS = frozenset(
    _words("rumors rumours rumor rumour news word fact idea hopes fears signs sign reports")
)

#: words in "-s" that are no verb after a relative word ("that this", "who his")
_NOT_A_VERB = frozenset(
    _words(
        """
        this his its hers ours yours theirs us as the a an these those their her our my your
        he she it they we i you
        """
    )
)
