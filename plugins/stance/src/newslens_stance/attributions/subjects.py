"""Subjects of a cue: the noun phrase before a verb of saying, through relative clauses,
appositives, roles before names, fronted participles and inverted openings
(:func:`_clause_subject`, :func:`_leading_subject`, :func:`_subject_with_relative`, ...). The
speaker pass in :mod:`speakers` refines what these find."""

from __future__ import annotations

import re
from itertools import islice

from newslens_stance.attributions.bounds import _looks_clause
from newslens_stance.attributions.clauses import (
    _clause_end,
    _skip_after_cue,
)
from newslens_stance.attributions.lexicon import (
    _ADVERBIAL,
    _AUX,
    _COMMON_SPEAKERS,
    _DETERMINERS,
    _DISCOURSE,
    _FINITE,
    _LEAD_PREPS,
    _NP_INNER,
    _PAST,
    _POSS_DET,
    _PRONOUNS,
    _STOP_BACK,
    _WORD,
    CLAUSE_ONLY_LEMMAS,
    FORM_TO_LEMMA,
    NAMING_LEMMAS,
    NP_OBJECT_LEMMAS,
    OPEN_QUOTES,
    _words,
)
from newslens_stance.attributions.patterns import (
    _GROUP_ADVERBS,
    _LY_NOT_ADVERBS,
    _NUMBER_WORDS,
    _QUOTE_ONLY_LEMMAS,
    _SUBJECT_PRONOUNS,
)
from newslens_stance.attributions.speakers import (
    _ROLE_NOUNS,
    _np_before,
    _np_before_comma,
)
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _first_words,
    _strip_span,
)

#: how a relative clause may end before the main verb without being over ("who lost and")
_REL_OPEN_END = re.compile(r"(?:\b(?:and|or|but|to|not|never)|n[’']t)\s*$")
_RELATIVE_WORDS = frozenset(_words("who whom which that"))
#: nouns whose "that" opens their content, not a relative clause ("the fact that ...")
_THAT_NOUNS = frozenset(
    _words(
        """
        fact case extent idea notion assumption sense hope belief news point way time day moment
        year claim view argument reality possibility chance risk evidence sign message word
        """
    )
)
#: subordinators that show a clause of another kind inside the words before the cue
_REL_CLAUSE_BREAKS = frozenset(
    _words("because when if while although though since so before after until unless whether what")
)
_REL_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|should|could|can|may|might|must|also|"
    r"then|later|previously|long|still|now|[a-z]{3,}ly))+$"
)


def _subject_with_relative(text: str, s0: int, m: re.Match[str]) -> tuple[int, int] | None:
    """The subject of "NP who/whose/that ... CUE" opening a sentence, or None.

    Why: the backward phrase scan stops at the relative clause's verb ("The port officials
    whose permits were withdrawn | say"); the subject is the noun phrase before the
    pronoun, written with its relative clause (PARC: the whole phrase as written). Only when
    the noun phrase has no verb of its own and the relative clause has one, so the cue is the
    main clause's verb, not the relative's ("The woman who said ...")."""
    np_words = _WORD.findall(m.group("np"))
    low = [w.lower() for w in np_words]
    if not low or low[0] in _LEAD_PREPS or low[0] in _REL_NOT_LEAD:
        return None
    if not (
        np_words[0][:1].isupper()
        or low[0] in _DETERMINERS
        or low[0] in _POSS_DET
        # round fifty-one: a bare plural after a lead conjunction ("But harbour unions that
        # have backed him say"): the sentence's subject, lower-case as written
        or (
            m.start("np") > 0
            and text[s0 : s0 + m.start("np")].strip(" “\"‘'")[:1].isupper()
            and len(low) <= 3
            and low[-1].endswith("s")
            and not low[-1].endswith("ss")
            and all(w.isalpha() and w not in _PRONOUNS for w in low)
        )
    ):
        return None
    if any(
        w in _FINITE
        or w in _PAST
        or w in FORM_TO_LEMMA
        or (w in _STOP_BACK and i > 0)
        or (w.endswith(("ed", "ing")) and np_words[i][:1].islower())
        for i, w in enumerate(low)
    ):
        return None
    if low[0] in _SUBJECT_PRONOUNS or (m.group("pron") == "that" and low[-1] in _THAT_NOUNS):
        return None  # "They know that ...", "the fact that ...", "a case that ..."
    rel = m.group("rel")
    tail = _REL_TAIL.search(rel)
    core = rel[: tail.start()] if tail is not None else rel
    if _REL_OPEN_END.search(core):
        return None  # "who lost and | said", "crews that haven't | asked"
    rel_words = [w.lower() for w in _WORD.findall(core)]
    if (
        not rel_words
        or all(w in _AUX for w in rel_words)  # "A skipper who has | accused": the relative's verb
        or rel_words[-1] in _SUBJECT_PRONOUNS  # "... were crews we | hired"
        or rel_words[-1] in _RELATIVE_WORDS  # "... was upheld by the court who | said"
        or any(w in _REL_CLAUSE_BREAKS for w in rel_words)  # "... when the levy has | shown"
    ):
        return None
    if m.group("pron") == "whose":
        rel_words = rel_words[1:]  # "whose laws were ...": the verb after its noun
    if not any(
        w in _FINITE or w in _PAST or w in FORM_TO_LEMMA or w.endswith("ed") for w in rel_words
    ):
        return None
    return (s0 + m.start("np"), s0 + m.start("rel") + len(core))


#: words that open no subject noun phrase before a relative clause
_REL_NOT_LEAD = frozenset(
    _words(
        """
        it there this what how why where when if while although though because as so for to of
        now especially
        """
    )
)


# the word sets of the function below, built once (a set union per call costs microseconds)
_FINITE_PAST_OR_BE = _FINITE | _PAST | {"be", "been"}


def _verbish(words: list[str]) -> bool:
    """Whether a clause opens with a verb (no subject of its own): "was due to ...", "left
    some experts disappointed"."""
    w = words[0] if words else ""
    lw = w.lower()
    return bool(w) and (lw in _FINITE_PAST_OR_BE or (w.islower() and lw.endswith("ed")))


# _role_before_name: its patterns, compiled once (a pattern string costs a lookup a call)
_LEADING_ROLE_COMMA = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?|[A-Z][\w’'.\-]*)\s[^,;:“”\"()]{0,80}?)\s*,\s*"
)


def _role_before_name(doc: _Doc, s0: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """ "A member of the Tunisian Parliament, Samir Dilou said": a role phrase that opens the
    sentence and names its holder after a comma (the closing comma left out) is the speaker's
    appositive, not reported content."""
    text = doc.text
    name = text[speaker[0] : speaker[1]].split()
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return speaker
    m = _LEADING_ROLE_COMMA.fullmatch(text[s0 : speaker[0]])
    if m is None:
        return speaker
    words = [w.lower() for w in _WORD.findall(m.group(1))]
    if any(w in _ROLE_NOUNS for w in words[:4]) and not any(
        w in _FINITE or w in _PAST or w in FORM_TO_LEMMA for w in words
    ):
        return s0 + m.start(1), speaker[1]
    return speaker


_MODIFIER_WORDS = frozenset(
    _words(
        """
        other key early overall genuine new big main real whole next only first last tight
        close tough nominating voting general primary presidential national public popular
        grassroots financial political military strong broad own
        """
    )
)


# _modifier_last: its patterns, compiled once (a pattern string costs a lookup a call)
_MODIFIER_SUFFIX = re.compile(r"(?:al|ive|ous|ful|ic|ing|ed|-way|-needed)$")


def _modifier_last(phrase: str) -> bool:
    """Whether a would-be speaker ends in a modifier, not a noun: the cue word after it is
    then that phrase's head noun ("the 2016 contest", "key states", "much-needed support")."""
    words = phrase.split()
    last = words[-1] if words else ""
    low = last.lower()
    return bool(last) and (
        last[:1].isdigit()
        or low in _MODIFIER_WORDS
        or (low in _NUMBER_WORDS and len(words) > 1)  # "the three states", "all nine states"
        or low in _POSS_DET
        or (
            last.islower()
            and len(words) > 1
            and _MODIFIER_SUFFIX.search(low) is not None
            and low not in _COMMON_SPEAKERS
            and low not in _POLL_PARTICIPLES
        )
    )


#: participles after a poll's respondents ("the anglers polled support X"): no modifier
_POLL_PARTICIPLES = frozenset(_words("polled surveyed questioned interviewed asked sampled"))


#: words that open a clause or an adverbial, never a subject noun phrase
_NOT_SUBJECT_LEAD = frozenset(
    _words(
        """
        if while although though when whenever as after before since because unless once
        until whether even but and or so yet in on at from by with for during following under
        within amid despite without about into over than then still now here there this that
        it what how why where who which not no yes like unlike
        """
    )
)
_CLAUSE_WORDS = frozenset(_words("that which who whom whose because if when than be been not"))
_SUBORDINATE_LEAD = frozenset(
    _words("if while although though when whenever as after before since because unless once")
)


# _subject_before_appositives: its patterns, compiled once (a pattern string costs a lookup a call)
_COMMA_OR_DASH = re.compile(r",|\s[—–]\s")


# the word sets of the function below, built once (a set union per call costs microseconds)
_SUBORDINATE_LEAD_OR_EVEN = _SUBORDINATE_LEAD | {"even"}


def _subject_before_appositives(doc: _Doc, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of "S, <appositives and relative clauses>, said" when the nearest phrase
    before the cue is no speaker: the sentence's first noun phrase (after a leading
    subordinate clause), with every appositive up to the cue.

    Why: PolNeAR and PARC sources carry long descriptions ("Jason Lee, the founder of a
    group that encourages libertarians to move, said", "insiders in two states — Nevada and
    South Carolina — said"), and the backward scan stops at their first verb or comma. The
    chunks between the subject and the cue may hold verbs (relative clauses), but none may
    open with a pronoun (a clause of its own: "X won, he said" has a speaker already).
    """
    text = doc.text
    if c0 - s0 > 400:
        return None
    lead_q = doc.quote_at(s0)
    if lead_q is not None and lead_q[0] == s0 and lead_q[1] < c0 and text[lead_q[1] - 2] == ",":
        # round twelve: '"...," a harbour source, a skipper, told ...': the subject follows
        # the quotation that opens the sentence
        s0 = lead_q[1]
    cuts = [
        m.start()
        for m in _COMMA_OR_DASH.finditer(text[s0:c0])
        if doc.quote_at(s0 + m.start()) is None
    ]
    if not cuts:
        return None
    bounds = [s0] + [s0 + c for c in cuts]
    chunks = []
    for i, a in enumerate(bounds):
        b = bounds[i + 1] if i + 1 < len(bounds) else c0
        a2, b2 = _strip_span(text, a + (0 if i == 0 else 1), b, " \t\n,;:–—-")
        chunks.append((a2, b2))
    if chunks and chunks[-1][1] > chunks[-1][0]:
        return None  # words between the last comma and the cue: not this pattern
    chunks = [c for c in chunks if c[1] > c[0]]
    first = 0
    lead = _first_words(text, chunks[0][0], chunks[0][1], 2) if chunks else []
    if lead and lead[0].lower() in _SUBORDINATE_LEAD_OR_EVEN and len(chunks) >= 3:
        first = 1  # "Even if Clinton loses, insiders in two states — A and B — said"
    if len(chunks) - first < 2:
        return None
    a, b = chunks[first]
    dm = _DISCOURSE.match(text[a:b])
    a += dm.end() if dm else 0
    words = _WORD.findall(text[a:b])
    if not 1 <= len(words) <= 10 or any(ch in text[a:b] for ch in '“”"()'):
        return None
    lw = [w.lower() for w in words]
    if lw[0] in _NOT_SUBJECT_LEAD or lw[0] in _AUX or _ADVERBIAL.match(text[a:b] + ","):
        return None
    if not (
        words[0][:1].isupper()
        or words[0][:1].isdigit()
        or lw[0] in _POSS_DET
        # round twelve: "the historian Bo Chan, once an aide, wrote", "state Rep. Ann
        # Lund, a pilot for years, recalled": a role before a name
        or (len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper())
    ):
        return None
    if any(
        (w in _FINITE or w in _PAST or w in FORM_TO_LEMMA or w in _CLAUSE_WORDS)
        # (round twelve: a capitalised word inside a name is none: "Rosa Lin May", "state
        # Rep." is a title before a name)
        and not (i > 0 and words[i][:1].isupper() and words[i - 1][:1].isupper())
        and not (i + 1 < len(words) and words[i + 1][:1].isupper() and w == "state")
        for i, w in enumerate(lw)
    ):
        return None  # a clause: "Clinton won the race, ..."
    for a2, b2 in chunks[first + 1 :]:
        nxt = _first_words(text, a2, b2, 1)
        if not nxt or nxt[0].lower() in _PRONOUNS or nxt[0].lower() in {"there", "this"}:
            return None
    return a, chunks[-1][1]


# _fronted_participle: its patterns, compiled once (a pattern string costs a lookup a call)
_QUOTATION_TO_END = re.compile(r"[“\"].+[”\"]$")


def _opening_inverted(doc: _Doc, c0: int, c1: int, s1: int, lemma: str) -> _Finding | None:
    """An inverted report that opens its sentence: "Said the mayor, "We will not raise it."",
    "Added Ann Lund, who chairs the board: the levy stays."

    Why: the inverted speaker is read only after a quotation or a comma ('"...," said X'); a
    feature writer's "Said X, ..." puts the report first, its speaker after the verb and the
    content after the speaker's comma or colon (or in the first quotation after it).
    """
    text = doc.text
    m = _OPENING_SPEAKER.match(text, c1, s1)
    if m is None:
        return None
    sp = m.span(1)
    after = m.end()
    cut = _OPENING_SPEAKER_TAIL.search(text, sp[0], sp[1])
    if cut is not None:
        sp = (sp[0], cut.start())  # "Wrote Lund in her memoir, ...": the speaker is Lund
    # the first quotation after the speaker, or the clause after its comma or colon
    for i in range(after, min(s1, after + 200)):
        q = doc.quote_starting(i)
        if q is not None:
            return _Finding((c0, c1), lemma, sp, [q])
    mark = _OPENING_MARK.match(text, after, s1)
    if mark is None:
        return None
    a, b = _strip_span(text, mark.end(), _clause_end(doc, mark.end(), s1))
    if len(_WORD.findall(text, a, b)) < 3:
        return None
    return _Finding((c0, c1), lemma, sp, [(a, b)])


#: the comma or colon right after an opening inverted report's speaker
_OPENING_MARK = re.compile(r"\s*[,:]\s*")
#: the speaker of an opening inverted report, up to its comma or colon, and a phrase of place
#: or time at its end
_OPENING_SPEAKER = re.compile(r"\s+((?:(?:the|a|an)\s+|(?=[A-Z]))[^,:;.!?“”\"]{1,80}?)\s*(?=[,:])")
_OPENING_SPEAKER_TAIL = re.compile(r"\s+(?:in|on|at|during|after|before|to|with)\s")


#: a quotation's own tag after its subject ('"...," Lund said.'): no main clause of a participle
_QUOTE_TAG_AFTER = re.compile(
    r"\s+(?:said|says|added|adds|noted|notes|wrote|writes|told\s+\w+)\s*(?:[.,;:!?]|$)"
)


def _fronted_participle(doc: _Doc, c0: int, c1: int, s1: int, lemma: str) -> _Finding | None:
    """A participle clause that opens the sentence: "Citing the animal's size, officials
    estimated ...", "Saying "...", the president added ...".

    Why: the speaker is the subject of the main clause after the participle clause (the first
    comma outside a quotation), and the content is the participle's own complement.
    """
    text = doc.text
    comma = -1
    main = 0  # where the main clause opens: after the comma, or after a quotation it closes
    for i in range(c1, min(s1, c1 + 400)):
        if text[i] != ",":
            continue
        q = doc.quote_at(i)
        if q is None:
            comma, main = i, i + 1
            break
        if q[1] == i + 2 and q[0] > c1:
            # round seventy-five: 'Citing "a clash with the regatta," the aide told ...': the
            # participle clause closes with a quotation, its comma inside the closing mark,
            # where the main clause opens with its subject right after the mark
            sp = _clause_subject(doc, i + 2, s1)
            if (
                sp is not None
                and not text[i + 2 : sp[0]].strip()
                and not _QUOTE_TAG_AFTER.match(text, sp[1], s1)
            ):
                comma, main = i, i + 2
                break
    if comma < 0:
        return None
    speaker = _clause_subject(doc, main, s1)
    if (
        speaker is None
        or text[main : speaker[0]].strip()
        or text[speaker[0] : speaker[1]].lower() in {"which", "who", "that"}
    ):
        return None  # the main clause must open with its subject
    a, b = _strip_span(
        text, _skip_after_cue(doc, c1, comma, lemma), comma if main == comma + 1 else main
    )
    rest = text[a:b]
    if len(_first_words(rest, 0, len(rest), 2)) < (1 if lemma in NP_OBJECT_LEMMAS else 2):
        return None
    if (
        lemma in CLAUSE_ONLY_LEMMAS
        and rest[:1] not in OPEN_QUOTES
        and not _looks_clause(rest, lemma)
    ):
        return None  # "Writing in the journal, ..." reports nothing
    if lemma in NAMING_LEMMAS and not _QUOTATION_TO_END.search(rest):
        return None
    if lemma in {"continue", "praise", *_QUOTE_ONLY_LEMMAS} and rest[:1] not in OPEN_QUOTES:
        return None  # "Continuing a trend from earlier months, ...": no report
    return _Finding((c0, c1), lemma, speaker, [(a, b)])


# _clause_subject: its patterns, compiled once (a pattern string costs a lookup a call)
#: a name, an appositive, then a verb ("The mayor of London, Sadiq Khan, gave")
_NAME_APPOSITIVE_VERB = re.compile(r"([^,;“”\"]{2,80}),\s+([^,;“”\"]{2,80}),\s+[a-z]")
_LETTER_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_REFLEXIVE = re.compile(r"\s*(?:itself|himself|herself|themselves)\b")


#: round eighteen: a lower-case word (the verb) and an object's determiner after it ("shook her")
_VERB_BEFORE_OBJECT = re.compile(r"\s+([a-z]{3,})\s+(?:her|his|their|its|the|a|an|my|our)\s")
#: a sentence's first word and the word after it
_LEAD_WORDS = re.compile(
    r"[\s“\"‘']*(?:(?:The|A|An)\s+(?=[a-z]+\s+[a-z]))?([A-Za-z][\w’'.\-]*)"
    r"((?:\s+[A-Z][\w’'.\-]*){0,4})\s+([a-z]+)\b"
)


def _leading_subject(doc: _Doc, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of a sentence whose first verb the clause finder does not know ("Lund
    shook her head and said ..."): a pronoun or a capitalised name opening the sentence and
    followed by a lower-case word that is no function word, for a cue coordinated after it.
    """
    text = doc.text
    m = _LEAD_WORDS.match(text, s0, c0)
    if m is None:
        return None
    first, nxt = m.group(1), m.group(3)
    if nxt in _STOP_BACK or nxt in _AUX or nxt in _NP_INNER or nxt in _LEAD_PREPS:
        return None
    if first[:1].islower() and not m.group(2):
        # round eighteen: an adjective after the article ("The old skipper shook her head and
        # said"): the verb is the next lower-case word that takes an object's determiner;
        # the noun before it ends the subject
        later = _VERB_BEFORE_OBJECT.match(text, m.end(3), c0)
        if (
            later is not None
            and nxt not in _PAST
            and not nxt.endswith("ed")
            and first not in _STOP_BACK
            and first not in _AUX
            and later.group(1) not in _STOP_BACK
            and later.group(1) not in _AUX
            and later.group(1) not in _NP_INNER
            and later.group(1) not in _LEAD_PREPS
        ):
            sp, _ = _np_before(doc, later.start(1), s0)
            if sp is not None and sp[0] == m.start(0) + len(m.group(0)) - len(
                m.group(0).lstrip(" \t\n“\"‘'")
            ):
                return sp
    if not m.group(2) and first.lower() in {"he", "she", "they", "we", "i"}:
        return m.span(1)
    if (
        first.lower() in _DETERMINERS
        or first.lower() in _PRONOUNS
        or first.lower() in _LEAD_PREPS
        or first.lower() in _STOP_BACK
        or _DISCOURSE.match(first)
    ):
        return None
    sp, _ = _np_before(doc, m.start(3), s0)
    if sp is None or sp[0] != m.start(0) + len(m.group(0)) - len(m.group(0).lstrip(" \t\n“\"‘'")):
        return None
    return sp


def _subject_with_phrases(
    doc: _Doc, lo: int, prep: int, end: int, verb: int
) -> tuple[int, int] | None:
    """Round twenty-seven: a subject whose head opens the clause and takes phrases after it
    ("Bakers from the north of the valley grumbled about it and said ...": the noun phrase
    before the verb follows "of", but the clause opens with a noun, not a preposition), or None.
    Up to three phrases, no comma, the head a plain noun phrase at ``lo``, the clause's verb
    a lower-case word that is no auxiliary ("The prospect of X had been ..." is left alone);
    read for a verb coordinated with that clause's ("... and said") only."""
    text = doc.text
    first = _LETTER_WORD.search(text, lo, prep)
    if (
        first is None
        or first.group().lower() in _LEAD_PREPS
        or first.group().lower() in _STOP_BACK
        or first.group().lower() in _PRONOUNS
        or _DISCOURSE.match(first.group())
        or any(ch in text[lo:verb] for ch in ',;:()“”"—–')
        or (v := _WORD.match(text, verb)) is None
        or v.group().lower() in _AUX
        or not v.group()[:1].islower()
    ):
        return None
    for _ in range(3):
        head, _ = _np_before(doc, prep, lo)
        if head is None:
            return None
        if head[0] <= first.start():
            return (head[0], end) if head[0] == first.start() else None
        before = doc.words_before(head[0], lo, 1)
        if not before or before[0].group().lower() not in _LEAD_PREPS | {"of", "for", "to"}:
            return None
        prep = before[0].start()
    return None


def _clause_subject(
    doc: _Doc, s0: int, c0: int, phrases: bool = False, frequency: bool = True
) -> tuple[int, int] | None:
    """The subject of the clause a participle or coordinated cue hangs on (``frequency``:
    whether a verb in -s after an adverb of frequency is read as the clause's verb, round
    eighty-seven; an infinitive's reader leaves it out, below).

    Why: "In the filing itself Ford also made this point, writing ..." — the first noun
    phrase is inside a fronted prepositional phrase; the subject is the next one.
    """
    text = doc.text
    lo = s0
    # round ten: a sentence opening with a discourse or time adverb ("Later, the port put
    # out a statement saying ..."): the subject comes after it
    dm = _DISCOURSE.match(text[s0:c0])
    if dm is not None:
        lo = s0 + dm.end()
    # round ten: a name and a short aside before the verb ("Lund, visibly tired, answered
    # by ..., saying")
    aside = _NAME_ASIDE_VERB.match(text, lo, c0)
    if aside is not None:
        return aside.span(1)
    # round fifteen: a subject and its relative clause between commas before the main verb
    # ("Lund, who has run the port for years, went to the quay, saying ...", "The mayor,
    # whose term ends in May, took to the radio to argue ..."); the verb after the comma
    # is finite: an auxiliary, a past form or a verb in -s
    rel = _SUBJECT_RELATIVE_ASIDE.match(text, lo, c0)
    if rel is not None:
        verb = rel.group("verb")
        lv = verb.lower()
        if (
            lv in _AUX
            or lv in _PAST
            or lv in FORM_TO_LEMMA
            or (len(lv) > 4 and lv.endswith(("ed", "es")))
            or (len(lv) > 3 and lv.endswith("s") and not lv.endswith("ss"))
        ) and lv not in _NOT_VERBS_IN_S:
            return rel.span(1)
    for _ in range(4):
        pos = _first_verbish(text, lo, c0, frequency)
        if pos <= lo:
            # "The mayor of London, Sadiq Khan, gave ..., adding": name, appositive, verb
            m = _NAME_APPOSITIVE_VERB.match(text[lo:c0])
            if m:
                return _np_before_comma(doc, lo + m.end(2), lo)
            return None
        sub, _ = _np_before(doc, pos, lo)
        if sub is None:
            # a cue-like noun ("In the report itself") or a bare adverb: look further on
            w = _WORD.match(text, pos)
            lo = w.end() if w else pos + 1
            continue
        late = _TIME_AFTER_NP.match(text, sub[1], c0)
        if late is not None and _TIME_NOUN_END.search(text, sub[0], sub[1]):
            lo = late.end()  # "Days later, Lee ...", "a week later, she ...": a time
            continue
        prev = doc.words_before(sub[0], lo, 1)
        if prev and prev[0].group().lower() in _LEAD_PREPS:
            if phrases and (chain := _subject_with_phrases(doc, lo, prev[0].start(), sub[1], pos)):
                return chain
            # a fronted prepositional phrase: look for the clause after it
            nxt = _LETTER_WORD.search(text, sub[1], c0)
            lo = sub[1]
            reflexive = _REFLEXIVE.match(text[lo:c0])
            if reflexive:
                lo += reflexive.end()
            elif nxt is None:
                return None
            continue
        return sub
    return None


_NAME_ASIDE_VERB = re.compile(
    r"\s*([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}),\s+[a-z][^,;:]{0,40},\s+"
    r"(?:also\s+|then\s+|later\s+)?[a-z]{3,}(?:ed|s)\b"
)
#: words in -s after a relative aside that are no verb ("Lund, who ..., perhaps the ...")
_NOT_VERBS_IN_S = frozenset(
    _words("this thus perhaps across whereas unless news its various famous previous serious")
)
_SUBJECT_RELATIVE_ASIDE = re.compile(
    r"\s*[“\"]?(?:(?:But|And|Yet|So|Still)\s+)?"
    r"((?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"(?:\s+[a-z][\w’'\-]*){1,3}),\s+(?:who|whose|which)\s[^,;:()“”\"]{3,160},\s+"
    r"(?P<verb>[a-z][\w’'\-]+)\b"
)
_TIME_AFTER_NP = re.compile(r"\s+(?:later|earlier|ago)\b,?")
_TIME_NOUN_END = re.compile(
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?|time)$", re.IGNORECASE
)
#: heads that name an event, a natural force, a state of affairs, a market quantity or a span
#: of time: word classes, not speakers (records and texts, which PolNeAR and the project's
#: guide read as sources, are not here)
_THING_HEADS = frozenset(
    _words(
        """
        storm storms hurricane typhoon cyclone tornado flood floods fire fires wildfire
        wildfires blaze quake earthquake tsunami drought heatwave snow rain wind winds weather
        virus disease outbreak pandemic epidemic infection
        move moves step steps vote votes election elections caucus caucuses visit trip tour
        crash blast explosion accident collapse war conflict battle clash clashes strife game match
        season show
        ceremony event events incident
        turmoil tone mood atmosphere tension tensions unrest chaos crisis uncertainty
        volatility slump recession boom growth decline rise fall drop surge shift change
        changes trend trends rarity absence silence success failure
        day days week weeks month months year years decade decades morning night evening
        weekend period era
        price prices rate rates profit profits sale sales cost costs share shares stock
        stocks market markets economy inflation demand output
        """
    )
)
#: records and methods whose comparison is a measurement, not a likening
_RESEARCH_HEADS = frozenset(
    _words("study studies research trial trials experiment experiments analysis analyses test")
)
#: "-ity" words that name people or bodies, not a quality
_ITY_BODIES = frozenset(
    _words(
        """
        authority authorities community communities majority minority minorities university
        universities charity charities city cities society societies celebrity celebrities
        personality personalities fraternity sorority county plurality pluralities
        """
    )
)
#: "-ness" nouns that name a person or a body ("a witness", "the business")
_NESS_PARTIES = frozenset(_words("witness eyewitness business"))
#: "-ing" nouns that name a person ("a king", "her sibling")
_ING_PERSONS = frozenset(_words("king kings viking vikings sibling siblings darling underling"))


def _thing_as_subject(text: str, speaker: tuple[int, int], lemma: str) -> bool:
    """Whether a speaker phrase is headed by a lower-case noun of an event, a force, a state
    of affairs (by the lexicon above or by an abstract noun's suffix) or, for "compare", a
    study: an act of a party needs a party."""
    head = _HEAD_CHUNK.match(text, speaker[0], speaker[1])
    words = _WORD.findall(head.group() if head is not None else text[speaker[0] : speaker[1]])
    if not words or not words[-1][:1].islower():
        return False
    w = words[-1].lower()
    # (round fifty-three: "Many Mainers clamoring for": a participle after a name is the
    # name's, not a gerund at the head)
    after_name = len(words) > 1 and words[-2][:1].isupper() and not words[-2].isupper()
    return (
        w in _THING_HEADS
        or (lemma == "compare" and w in _RESEARCH_HEADS)
        or (
            len(w) > 5
            and w.endswith("ing")
            and "-" not in w
            and w not in _ING_PERSONS
            and not after_name
        )
        or (len(w) > 5 and w.endswith(("ness", "ism")) and w not in _NESS_PARTIES)
        or (len(w) > 5 and w.endswith("ity") and w not in _ITY_BODIES)
    )


#: a speaker phrase's head chunk: up to a comma, a bracket, a dash, a relative pronoun or a
#: preposition
_HEAD_CHUNK = re.compile(
    r"[^,(—–]*?(?=\s*[,(—–]|\s(?:who|which|that|whose|of|for|at|in|from|with|on|to|and|or)\s|$)"
)


#: round eighty-seven: adverbs of frequency that stand between a subject and its verb in -s
#: ("often takes", "always says", "also hosts"; the word after them is the verb)
_FREQUENCY_BEFORE_VERB = frozenset(
    _words("often always usually sometimes also still now rarely seldom never even frequently")
)


def _first_verbish(text: str, s0: int, c0: int, frequency: bool = True) -> int:
    """Where the main clause's verb starts (best effort): after the sentence's first NP."""
    after_ly = False
    after_frequency = False
    for m in _WORD.finditer(text, s0, c0):
        lw = m.group().lower()
        was_ly, after_ly = (
            after_ly,
            (
                m.start() > s0
                and m.group()[:1].islower()
                and len(lw) > 4
                and lw.endswith("ly")
                and lw not in _LY_NOT_ADVERBS
            ),
        )
        was_frequency, after_frequency = (
            after_frequency,
            (m.start() > s0 and m.group() in _FREQUENCY_BEFORE_VERB),
        )
        if was_ly and m.group()[:1].islower() and lw.endswith("s") and not lw.endswith("ss"):
            return m.start()  # round seventeen: "The code plainly protects ..."
        if (
            frequency
            and was_frequency
            and m.group()[:1].islower()
            and len(lw) > 3
            and lw.endswith("s")
            and not lw.endswith(("ss", "ous"))
            and lw not in _NOT_VERBS_IN_S
            and lw not in _AUX
        ):
            # round eighty-seven: an adverb of frequency before a verb in -s ("Lund often
            # takes ...", "the mayor also hosts ...") as an adverb in -ly is (round
            # seventeen); a coordinated report after it ("... and has promised that") then
            # finds the clause's subject
            return m.start()
        if (
            # (round seventeen: an auxiliary proper, not the adverbs of a verb group: "Then
            # Lund went ...", "She, too, is ..." have their verb later)
            (lw in _AUX and lw not in _GROUP_ADVERBS)
            or lw == "am"
            or lw in FORM_TO_LEMMA
            or (m.group()[:1].islower() and lw.endswith(("ed", "ted")) and m.start() > s0)
            or (lw in _PAST and m.start() > s0)
        ):
            return m.start()
    return s0


#: where a later clause of a sentence may open: after a comma, or after "and" / "but" (not a
#: subordinator or a relative: "Lund apologized after the posts surfaced, saying ...", "Lund
#: attacked the plan that Chan backed, saying ...": the main clause's subject speaks)
_LATER_CLAUSE_OPENING = re.compile(r",\s+|\s(?:and|but)\s+")
#: what may stand between a clause's subject and its finite verb: a contracted "'s" or a
#: manner adverb ("she's turned", "he quietly conceded")
_SUBJECT_VERB_GAP = re.compile(
    r"(?:[’']s)?\s*(?:(?:[a-z]{2,}ly|also|then|later|still|now|just|already|first|again|once)\s+)*"
)
#: words that open a verb's object, which tell a verb in -s from a plural noun ("Lund faults
#: the levy", not "Pilot unions say")
_OBJECT_OPENING = frozenset(
    _words("the a an his her their its our my this that these those him them us me")
)


#: modifiers before an adjective in -ed ("two seasoned pilots", "the embattled mayor")
_MODIFIERS = (
    _DETERMINERS
    | _POSS_DET
    | _NUMBER_WORDS
    | frozenset(_words("many some most few several all both more less other"))
)
#: words after a past verb in -ed (an object's opening, a preposition, a particle)
_AFTER_PAST_VERB = (
    _OBJECT_OPENING
    | _LEAD_PREPS
    | _STOP_BACK
    | frozenset(_words("more up out off back down in himself herself themselves itself"))
)
#: cue forms that are nouns as often, which may open a subject ("reports", "claims")
_NOUNS_AS_CUES = frozenset(_words("reports report claims claim statements statement comments"))
#: a name or a number closing the words before "and": a list of subjects ("Derry and four
#: other towns", "Lee (R-Md.) and Chan")
_LIST_MEMBER_END = re.compile(r"(?:\b[A-Z][\w’'.\-]*|\b\d[\d,.]*|\))\s*$")
_LOWER_WORD = re.compile(r"\b[a-z][\w’'\-]*")
#: an expletive subject's verbs ("it appears that ...", "there is ...")
_RAISING_OR_BE = frozenset(_words("appears seems is was are were appeared seemed remains"))
#: times that open a clause as an adverb, not its subject ("Lund, 47, yesterday answered")
_TIME_SUBJECTS = frozenset(
    _words(
        """
        yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday
        later earlier now then meanwhile
        """
    )
)
#: words that open no subject of a clause
_NOT_SUBJECT_OPENING = _RELATIVE_WORDS | _LEAD_PREPS | _STOP_BACK | _AUX


def _may_open_subject(word: str) -> bool:
    """Whether a word may open a clause's subject: no function word, verb or participle."""
    lw = word.lower()
    if lw in _NOT_SUBJECT_OPENING:
        return False
    return not (
        word[:1].islower()
        and (
            lw in _PAST
            or lw.endswith(("ed", "ing"))
            or (lw in FORM_TO_LEMMA and lw not in _NOUNS_AS_CUES)
        )
    )


def _verb_word(word: str) -> bool:
    """Whether a lower-case word inside a subject shows a verb ("please send", "Lund turned
    himself")."""
    return (
        word in _PAST
        or word in _FINITE
        or word == "please"
        or (word in FORM_TO_LEMMA and word not in _NOUNS_AS_CUES and not word.endswith("ing"))
    )


def _finite(word: str, next_word: str, prev_word: str) -> bool:
    """Whether a lower-case word after a subject is its finite verb (a verb in -s only before
    an object's opening word, a verb in -ed after a modifier only before one)."""
    return (
        word in _FINITE
        or word in _PAST
        or word.endswith(("n’t", "n't"))
        or (
            # an -ed word after a modifier and before a noun is an adjective ("two seasoned
            # pilots", not "Lund rallied the crews")
            len(word) > 4
            and word.endswith("ed")
            and (
                not next_word
                or next_word in _AFTER_PAST_VERB
                or next_word.endswith("ly")
                or not (
                    prev_word in _MODIFIERS or prev_word.endswith("ly") or prev_word[:1].isdigit()
                )
            )
        )
        or (word in FORM_TO_LEMMA and not word.endswith("ing") and word not in _NOUNS_AS_CUES)
        or (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith("ss")
            and next_word in _OBJECT_OPENING
        )
    )


def _nearest_clause_subject(
    doc: _Doc, s0: int, c0: int, opening_pattern: re.Pattern[str] = _LATER_CLAUSE_OPENING
) -> tuple[int, int] | None:
    """Round forty-four: the subject of the clause nearest before a participle ("When Lund
    noted the cost, Chan pounced on the figure, repeating ...": Chan repeats; "In a note to
    the board, Lund faults the levy, arguing ...": Lund argues), or None.

    Why: :func:`_clause_subject` reads the sentence's first clause, which is a fronted
    clause or phrase as often as the clause the participle hangs on. A later clause counts
    only when it opens with its subject (a noun phrase of up to six words) and its finite
    verb follows at once.
    """
    text = doc.text
    openings: list[tuple[int, int, str]] = [(s0, s0, "")] if doc.sentence(s0)[0] == s0 else []
    openings += [(m.start(), m.end(), m.group()) for m in opening_pattern.finditer(text, s0, c0)]
    for start, lo, opening in reversed(openings):
        if lo >= c0:
            continue
        # (the sentence's own opening: its first words, after an opening quotation mark)
        lo += len(text[lo:c0]) - len(text[lo:c0].lstrip(" “\"‘'")) if not opening else 0
        words = list(islice(_WORD.finditer(text, lo, c0), 8))
        if not words or words[0].start() != lo or not _may_open_subject(words[0].group()):
            continue
        if opening.strip() in ("and", "but") and (
            _first_verbish(text, s0, start) == s0
            or _LIST_MEMBER_END.search(text, s0, start) is not None
        ):
            continue  # "Lee (R-Md.) and Chan (D-Ore.) wrote ...": a list of subjects
        if (
            opening.startswith(",")
            and words[0].group() in ("a", "an")
            and (prev := doc.words_before(start + 1, s0, 1))
            and prev[0].group()[:1].isupper()
        ):
            continue  # "Ann Lund, a pilot retired from the port, ...": an appositive
        for i, w in enumerate(words[1:7], start=1):
            lw = w.group().lower()
            if not w.group()[:1].islower() or lw in _NP_INNER:
                continue
            nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
            if not _finite(lw, nxt, words[i - 1].group().lower()):
                continue
            sub, _ = _np_before(doc, w.start(), lo)
            if (
                sub is not None
                and sub[0] == lo
                and _SUBJECT_VERB_GAP.fullmatch(text, sub[1], w.start())
                and not any(map(_verb_word, _LOWER_WORD.findall(text, sub[0], sub[1])))
                and not (text[sub[0] : sub[1]].lower() in ("it", "there") and lw in _RAISING_OR_BE)
                and text[sub[0] : sub[1]].lower() not in _TIME_SUBJECTS
            ):
                return sub
            break
    return None
