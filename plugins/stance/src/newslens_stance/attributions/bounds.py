"""Content bounds: where a report's content ends (the next report, a hedge, a coordinated
clause, "as" asides, intentions at a break) and whether what follows a cue is a clause or an
object (:func:`_looks_clause`, :func:`_has_complement`, :func:`_object_np`). Every cue family
cuts its content here, so a new stop goes in one place."""

from __future__ import annotations

import re

from newslens_stance.attributions.asked_persons import asked_person_end
from newslens_stance.attributions.clauses import (
    _CLAUSE_JOIN,
    _clause_end,
    _has_cue,
)
from newslens_stance.attributions.lexicon import (
    _ADVERBIAL,
    _AUX,
    _DISCOURSE,
    _FINITE,
    _LEAD_PREPS,
    _MODALS,
    _NOUNISH,
    _PAST,
    _POSS_DET,
    _PRONOUNS,
    _SUBORDINATORS,
    _WORD,
    FORM_TO_LEMMA,
    OPEN_QUOTES,
    _words,
)
from newslens_stance.attributions.patterns import (
    _INNER_CLASSES,
    _LIST_GOES_ON,
    _NUMBER_WORDS,
    _PORTRAY_LEMMAS,
    _REL_GAP,
    _REQUEST_TURNED_DOWN,
    _SUBJECT_PRONOUNS,
    SPEECH_OR_QUESTION,
    cue_class,
)
from newslens_stance.attributions.speakers import (
    _LEAD_PREP_OR_CALENDAR,
    _PAREN_ADVERBS,
)
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _first_words,
    _Holders,
    _strip_span,
)

_AS_ADVERBIAL = re.compile(r"\bas\s+(?:well|soon|long|much|many|far|if|though|usual)\b")


def _end_before_next_report(doc: _Doc, findings: list[_Finding]) -> None:
    """An unquoted content after its cue ends before a clause with a report of its own: "X
    said A, but Y said B" and "X said A; Y told Z B" give X the content A only.

    Why: the clause end is found without a parser, so a content may run past a conjunction
    into the next speaker's clause; the next report then looks nested in it and a scheme that
    keeps only outermost reports (PolNeAR) loses it. A report right at the content's start
    ("X said that Y told Z ...") is a nested one and is left alone, and so is a content
    before its cue ("A, but Y said B, the Post reported": the closing report frames it all).
    """
    text = doc.text
    holders = _Holders(findings)  # contents only shrink below: each is tested again
    for g in findings:
        if g.speaker is None or g.speaker[1] > g.cue[0]:
            continue
        if (
            cue_class(g.lemma) in _INNER_CLASSES
            and text[g.speaker[0] : g.speaker[1]].lower() in _SUBJECT_PRONOUNS
        ):
            continue  # "X said that, weeks later, he realized B": a belief inside the report
        gs = g.speaker[0]
        hosts = [f for f in holders.at(gs) if f is not g and any(a < gs < b for a, b in f.content)]
        if not hosts:
            continue
        # round ninety-four: a report in a clause of time or concession ("A, after half the
        # board said so", "A when an official reported B", "A, even as X has said B")
        sub = (
            _SUBORDINATE_BEFORE.search(text, max(0, gs - 40), gs)
            if cue_class(g.lemma) in SPEECH_OR_QUESTION  # a belief there is no report of its own
            else None
        )
        if sub is not None and not _subordinate_report(doc, sub, g):
            sub = None
        # where a clause boundary ending at the speaker can begin: the comma or the space
        # before a trailing run of spaces, a word ("and", "but") and spaces (the pattern is
        # anchored at the speaker, so no match begins earlier; searching from the content's
        # start made a sentence of many reports quadratic in its length)
        lo = gs
        while lo > 0 and text[lo - 1].isspace():
            lo -= 1
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
        while lo > 0 and text[lo - 1].isspace():
            lo -= 1
        lo = max(0, lo - 1)
        for f in hosts:
            parts = []
            for a, b in f.content:
                inside = a < g.speaker[0] < b and a >= f.cue[1] and text[a] not in OPEN_QUOTES
                nxt = _NEXT_CLAUSE.search(text, max(a, lo), g.speaker[0]) if inside else None
                if nxt is None and inside and sub is not None and sub.start() > a:
                    nxt = sub
                if nxt is not None and not (
                    # a bare "and" after one or two words joins a subject ("X said she and
                    # her crew called themselves ..."), not two clauses
                    nxt.group().strip() == "and" and len(_WORD.findall(text[a : nxt.start()])) < 3
                ):
                    b = nxt.start()
                    a, b = _strip_span(text, a, b)
                parts.append((a, b))
            parts = [(a, b) for a, b in parts if b > a]
            if parts:
                f.content = parts


#: a clause boundary right before a speaker: ", but ", "; ", ". ", " while "
_NEXT_CLAUSE = re.compile(
    r"(?:[,;]\s+(?:(?:and|but|while|though|although|whereas|yet|so)\s+)?|"
    # the comma inside a closing quotation mark: 'X said "A," and Y said B'
    r'(?<=,[”"])\s+(?:(?:and|but|while|though|although|whereas|yet|so)\s+)?|'
    r"\s+(?:and|but|while|though|although|whereas)\s+)$"
)


#: round ninety-four: a clause of time or concession right before a speaker ("after", "when",
#: "as", "even as", "once"), within a content after its cue. Not "because", "since", "before",
#: "until": PolNeAR keeps a reason or a limit inside the content it qualifies ("said the ferry
#: stayed in port because the crew did not trust the weather", "vowed not to sign until the
#: board agrees to ..."), and train's first version lost more contents there than it mended
_SUBORDINATE_BEFORE = re.compile(
    r"(?P<lead>[,;]\s*|\s+)(?:(?:even|just|particularly|especially)\s+)?"
    r"(?P<sub>after|when|as|once|whereas)\s+$",
    re.IGNORECASE,
)
#: words right before the subordinator that make it no clause of the sentence: a time noun or
#: a measure ("at a time when", "the week when", "hours after", "a year ago when", "on
#: Wednesday when"), a complementiser that opens the reported clause with it ("and that when
#: he is found, ..."), a comparison ("the same as", "as well as", "three times as many", "as
#: long as"), a verb or an adjective whose question "when" opens ("will decide when the mayor
#: should announce the fee")
_SUBORDINATE_NOT_AFTER = frozenset(
    _words(
        """
        time times era day days week weeks month months year years moment moments hour hours
        minute minutes period age point night morning evening decade decades shortly soon ago
        end long far monday tuesday wednesday thursday friday saturday sunday january february
        march april june july august september october november december
        that same such well as so much many more less
        consider considering know knew known decide decided ask asked wonder wondered say
        said tell told see saw explain determine discuss show clear unclear sure certain about
        """
    )
)
#: verbs of saying whose object is a topic, no claim (the lead's decision 1 on round
#: ninety-two): a time clause with one of them belongs to what was said (round fifteen's
#: "Lund said it upset her crew when Chan talked about the levy")
_TOPIC_LEMMAS = frozenset(
    {"talk", "talk about", "speak", "discuss", "mention", "address", "refer", "refer to"}
)
#: an "as" that opens a phrase, not a clause ("as a result of a plan announced ...")
_AS_PHRASE_SPEAKER = re.compile(r"(?:a\s+result|part|a\s+whole|a\s+way)\b", re.IGNORECASE)

#: what closes an "as" aside after its cue: an adverbial at most, then a comma, a dash or the end
_ASIDE_TAIL = re.compile(
    r"(?:\s+(?:(?:in|on|at|last|this|earlier|later|before|again|often|[a-z]+ly)\b"
    r"(?:\s+[\w’'\-]+){0,4}?))?\s*(?:[,.;:!?)—–]|-\s|$)"
)


def _subordinate_report(doc: _Doc, sub: re.Match[str], g: _Finding) -> bool:
    """Whether the report ``g``, whose speaker follows ``sub`` (":data:`_SUBORDINATE_BEFORE`"),
    sits in a clause of time or concession of the sentence and so ends the content it is in
    ("Most skippers say the harbour master is fair, after half said so", "conceded its survey
    was wrong when a ferry pilot reported cracks", "said the ferry will run, even as the union
    has warned that crews will strike").

    Why: round ninety-three's count: the reports swallowed by another row's content sit mostly
    in such clauses, and PolNeAR ends the first content before them; a clause inside the
    content ("that the pier, as the board had said, was safe"), an "as" aside after it (round
    eleven's), a time noun's relative ("at a time when") and a comparison are no such clause.
    """
    text = doc.text
    if g.lemma in _TOPIC_LEMMAS:
        return False  # "said it upset her crew when Chan talked about the levy" (round fifteen)
    prev = [w.lower() for w in _WORD.findall(text, max(0, sub.start() - 30), sub.start())]
    if prev and (prev[-1] in _SUBORDINATE_NOT_AFTER or any(c.isdigit() for c in prev[-1])):
        return False
    if any(a < g.cue[0] for a, _ in g.content):
        return False  # its content is before it: an aside on the content it is in
    first_cue_word = _WORD.match(text, g.cue[0])
    if first_cue_word is not None and first_cue_word.group().lower() in _NOUNISH:
        return False  # "as overseas demand remains firm": a noun read as a verb
    after = [a for a, _ in g.content if a >= g.cue[1]]
    if after and text.startswith("by ", after[0]):
        return False  # "as a result of fare rises announced by the firm": a passive's agent
    if sub.group("sub").lower() == "as":
        if any(w in {"same", "such", "as", "so"} for w in prev[-3:]):
            return False  # "at the same rate as", "as long as": a comparison
        if prev and prev[-1].endswith("ed") and not sub.group("lead").strip():
            return False  # "banks rated as small", "referred to as": "as" opens a phrase
        speaker = text[g.speaker[0] : g.speaker[1]] if g.speaker is not None else ""
        first = speaker.split()[0].lower() if speaker.split() else ""
        if first in {"many", "much", "few", "little"} or _AS_PHRASE_SPEAKER.match(speaker):
            return False  # "three times as many residents said", "as a result of"
        if _ASIDE_TAIL.match(text, g.cue[1]) is not None:
            return False  # "- as the board has said -": an aside (round eleven's reading)
        a, b = g.content[0] if g.content else (g.cue[1], g.cue[1])
        comma = text.find(",", a, b)
        if len(_WORD.findall(text, a, comma if comma != -1 else b)) <= 2:
            return False  # "as it said it would", "as the figures suggest it may": a manner
    return True


# _hedge_clause: its patterns, compiled once (a pattern string costs a lookup a call)
_CLAUSE_BREAK_BEFORE_HEDGE = re.compile(
    r"[,;:–—]\s+|\s+(?:but|and|while|although|though|as)\s+|[“”\"]"
)
_CLAUSE_BREAK_AFTER_HEDGE = re.compile(
    r"[;–—]|:(?!\d)|,\s+(?:but|while|although|though|which|who)\b"
)
_COMMA_SPACE = re.compile(r",\s")


def _hedge_clause(doc: _Doc, h0: int, h1: int, s0: int, s1: int) -> tuple[int, int]:
    """The clause a distancing adverb qualifies: from the last clause break before it to the
    next one after it ("but at least some of its air strikes have reportedly hit civilians")."""
    text = doc.text
    lo = s0
    for m in _CLAUSE_BREAK_BEFORE_HEDGE.finditer(text[s0:h0]):
        lo = s0 + m.end()
    hi = s1
    m2 = _CLAUSE_BREAK_AFTER_HEDGE.search(text, h1, s1)
    if m2:
        hi = m2.start()
    for n, join in enumerate(_CLAUSE_JOIN.finditer(text, h1, hi)):
        if n >= 6:
            break
        if _has_cue(text, join.end(), min(hi, join.end() + 120)):
            hi = join.start()  # ", and the police had said ...": a report of its own
            break
    if text[max(s0, h0 - 2) : h0] == ", ":
        # ", reportedly one Vijayaragavan, saw ...": the hedge qualifies its parenthesis only
        close_m = _COMMA_SPACE.search(text, h1, min(hi, h1 + 80))
        close = close_m.start() if close_m else -1
        if close > 0 and not any(
            w.lower() in _FINITE or w.lower() in _PAST for w in _WORD.findall(text[h1:close])
        ):
            hi = close
    a, b = _strip_span(text, lo, hi, ' \t\n,;:.–—-“”"')
    dm = _DISCOURSE.match(text[a:b])
    return (a + dm.end(), b) if dm else (a, b)


# the word sets of the function below, built once (a set union per call costs microseconds)
_AUX_OR_PRONOUNS = _AUX | set(_PRONOUNS)


def _hedge_parts(text: str, a: int, b: int, h0: int, h1: int) -> list[tuple[int, int]]:
    """The content of an unattributed hedge: its clause with the hedge word cut out.

    Why: the hedge is the cue, and a cue is never inside its content (PARC), so "The fire
    service was reportedly investigating X" has two parts, "The fire service was" and
    "investigating X"; a part that is only auxiliaries ("but has reportedly expanded") carries
    nothing. An adjective ("the alleged death of X was ...") hedges only its noun phrase.
    """
    prev = _WORD.findall(text[max(a, h0 - 30) : h0])
    verb = bool(prev) and prev[-1].lower() in _AUX_OR_PRONOUNS
    if text[h0:h1].lower() in {"alleged", "purported"} and not verb:
        end = h1
        for w in _WORD.finditer(text, h1, b):
            lw = w.group().lower()
            if lw in _FINITE or lw in _SUBORDINATORS or lw in _PAST:
                break
            end = w.end()
        np = _strip_span(text, h1, end)
        return [np] if np[1] > np[0] else []
    parts = []
    for lo, hi in ((a, h0), (h1, b)):
        lo, hi = _strip_span(text, max(a, lo), min(b, hi))
        words = [w.lower() for w in _WORD.findall(text[lo:hi])]
        if not words or all(w in _AUX for w in words):
            continue
        if hi <= h0 and len(words) == 1 and (words[0] in _LEAD_PREPS or words[0].endswith("ing")):
            continue  # "leaving reportedly 15,000 stranded": the hedge qualifies what follows
        parts.append((lo, hi))
    return parts


#: round eleven: ", as X noted": a report in an "as" clause after its content (verbs of
#: saying only: "as X continued to", "as the gulls circled" are a time, not a source)
_COMMA_AS_END = re.compile(r",\s+as\s+$")
_THAT_OR_SEMICOLON = re.compile(r"(?:\bthat\s+|;\s*)")
_JOIN_OPENS = re.compile(r"\s*(?:and|but|or|while|though|although|because|so)\b")
#: what may follow the cue of such a report before a comma or the sentence end: nothing, or
#: an adverbial ("in the Gazette", "on Tuesday", "at the outset", "before")
_AS_TAIL = re.compile(
    r"(?:\s+(?:(?:in|on|at|to|during|last|this|earlier|later|previously|recently|before|after|"
    r"with|from|yesterday|today|again|often|[a-z]+ly)\b(?:\s+[\w’'\-]+){0,6}?))?"
    r"\s*(?P<end>,|[.!?;]|$)"
)


def _as_report(
    doc: _Doc, s0: int, s1: int, c0: int, c1: int, speaker: tuple[int, int], lemma: str
) -> _Finding | None:
    """A report in an "as" clause after (or inside) its content: "The levy is a tax, as Lund
    noted in the Gazette.", "The levy, as Lund puts it, is a tax." The clause before ", as"
    (and, after a closing comma, the clause that goes on) is the content.

    Why: with nothing or only an adverbial after the cue, the verb rule found no content and
    dropped the report (round eleven's tally: 84% of ", as X noted / reported" are reports).
    """
    text = doc.text
    asm = _COMMA_AS_END.search(text, max(s0, speaker[0] - 8), speaker[0])
    if asm is None:
        return None
    tail = _AS_TAIL.match(text, c1, s1)
    if tail is None or any(
        w.lower() in _FINITE or w.lower() in FORM_TO_LEMMA
        for w in _WORD.findall(text, c1, tail.start("end"))
    ):
        return None
    lo = s0
    for m in _THAT_OR_SEMICOLON.finditer(text, s0, asm.start()):
        lo = m.end()  # "she argued that A and that the toll, as she put it, was B"
    a, b = _strip_span(text, lo, asm.start())
    dm = _DISCOURSE.match(text, a, b)
    a = dm.end() if dm is not None else a
    if b <= a or doc.quote_at(asm.start()) is not None:
        return None
    parts = [(a, b)]
    if tail.group("end") == "," and not _JOIN_OPENS.match(text, tail.end(), s1):
        # "The levy, as Lund put it, is a tax", "Weeks ago, as the Gazette reported, the
        # pier closed": the sentence goes on after the aside, and that is said too
        a2, b2 = _strip_span(text, tail.end(), _clause_end(doc, tail.end(), s1))
        if b2 > a2:
            parts.append((a2, b2))
    return _Finding((c0, c1), lemma, speaker, parts)


def _cut_coordinated(
    text: str, pending: tuple[_Finding, int] | None, previous: list[_Finding] | None = None
) -> None:
    """End the first of two coordinated reports before the second ("He claimed X and said
    Y"), once the second is known to be one; a report nested in its content ends there too
    (round ninety-three: "Lee said it was too early to congratulate X but added Y")."""
    if pending is None:
        return
    f, cut = pending
    inner = [g for g in previous or () if g is not f and f.cue[1] <= g.cue[0] < cut]
    for g in (f, *inner):
        if not any(a < cut < b for a, b in g.content):
            continue
        g.content = [_strip_span(text, a, cut) if a < cut < b else (a, b) for a, b in g.content]
        g.content = [(a, b) for a, b in g.content if b > a]


_COMPLEMENT_LEAD = re.compile(
    r"(?:[\w’'\-]+\s+){0,3}?(?:that|to|whether|if|why|how|what|who|when|where|which|about|"
    r"for)\b|(?:[\w’'\-]+\s+){0,3}?[“\"]|[,:]?\s*[“\"]",
    re.IGNORECASE,
)


# _has_complement: its patterns, compiled once (a pattern string costs a lookup a call)
#: an object, then an infinitive ("want every driver on the ring road to be")
_OBJECT_THEN_TO_VERB = re.compile(r"(?:[\w’'\-]+\s+){1,7}?to\s+[a-z]")
_ABOUT_OR_FOR_END = re.compile(r"\b(?:about|for)$", re.IGNORECASE)


def _has_complement(text: str, c1: int, content: list[tuple[int, int]], lemma: str) -> bool:
    """Whether a complement-only cue has one: a quotation anywhere in its content, or a
    content after the cue that opens with a complementiser, "to", a question word or a quote
    within its first words (an audience may come first: "asked reporters whether")."""
    if any(text[a] in OPEN_QUOTES for a, _ in content):
        return True
    after = [a for a, _ in content if a >= c1]
    if not after:
        return lemma not in {"ask", "wonder"} or text[content[-1][1] - 1 : content[-1][1]] in "?"
    lead = text[c1 : after[0] + 12].lstrip(" ,")
    if lemma in {"hope", "expect", "fear"} and _looks_clause(
        text[after[0] : content[-1][1]], lemma
    ):
        return True  # "hopes Iowa will prove ...": a bare clause
    if lemma in {"want", "expect", "prefer", "ask"} and _OBJECT_THEN_TO_VERB.match(
        text[after[0] : content[-1][1]]
    ):
        # "want every driver on the ring road to be fined", "asked the studio
        # to return the fees": an object and what it is wanted or asked to do
        return True
    if lemma in {"decline", "refuse"} and _REQUEST_TURNED_DOWN.match(text, c1):
        # round fourteen: "declined an interview request", "refused multiple requests for
        # comment", "declined a question about the levy": a request turned down (the lead's
        # reading of "declined", found 4 of 4 gold in PolNeAR train, never taken before)
        return True
    if lemma == "ask" and asked_person_end(text, c1, content[-1][1]) is not None:
        return True  # round eighty-two: "asked the former harbour chief whether"
    m = _COMPLEMENT_LEAD.match(lead)
    if m is not None and lemma not in {"ask", "wonder"}:
        # "about" and "for" open a question's topic ("asked about", "asked for"), not the
        # complement of "expected", "planned" ("the expected date for the reopening")
        return not _ABOUT_OR_FOR_END.search(m.group())
    return m is not None


#: -ing words that are nouns or pronouns, not participles
_ING_NOUNS = frozenset(
    _words("nothing something anything everything evening morning building meeting spring thing")
)
#: words that open a subordinate clause, never a reported main clause
_SUBORDINATE_LEADS = frozenset(
    _words("when while whilst after before because since although though once until unless as")
)


#: words after a sentence's opening "to" that make it no infinitive ("To me,", "To date,")
_TO_NOT_VERB = frozenset(
    _words("me us you him her them it this that the a an his its their our my your date")
)


# the word sets of the function below, built once (a set union per call costs microseconds)
_ADVERBIAL_CHUNK_LEADS = _LEAD_PREPS | {"speaking", "writing", "asked", "when", "while", "for"}
#: (round fifty-nine: "Over white wine,", "Inside the hall,", "Beyond the levy," as well)
_MORE_CHUNK_LEADS = frozenset(
    _words(
        "against without regarding concerning over inside beyond outside across throughout aboard"
        " behind"
    )
)


#: round fifty-nine: a fronted phrase of time with no preposition first ("Eight months later",
#: "A week after the vote", "More recently", "Back in 2004", "Soon after the debate", "Every
#: December") or a lone opener ("Overall", "First", "Sure"): the report's frame, never what
#: the source says. "Later", "ago", "recently" only end the chunk ("Three weeks later the pier
#: reopened" is a clause); not "Only after", whose inverted clause goes on past the attribution
#: ("Only after the vote, she said, did ...").
_TIME_LEAD = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a few|a couple of|\d+)\s+(?:(?:full|more|short|long)\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\s+"
    r"(?:(?:later|earlier|ago)$|after\s|before\s)|"
    r"(?:more|most|much|even|only|until|as)\s+recently$|"
    r"back\s+(?:then$|in\s+[^,]{1,30}$)|"
    r"(?:soon|shortly|not\s+long|long|right|just|even|moments?|days?|weeks?|months?|years?)"
    r"\s+(?:after|before)(?:\s|$)|"
    r"every\s+(?:day|week|month|year|spring|summer|autumn|fall|winter|morning|evening|night|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)$|"
    r"(?:overall|first|sure)$)",
    re.IGNORECASE,
)
#: a place's state or country after its town's comma ("in Lorain, Ohio,", "in Ames, Iowa"):
#: one to three capitalised words or a dotted abbreviation ("N.H.")
_PLACE_AFTER_PLACE = re.compile(r"(?:[A-Z][a-z]*\.?(?:[A-Z]\.)*)(?:\s+[A-Z][a-z]+\.?){0,2}")
_CAPITAL_END = re.compile(r"\b[A-Z][\w.]*$")


def _adverbial_chunks(pre: str, long_leads: bool = False) -> bool:
    """True when a lead-in before a speaker is only adverbials and discourse words ("On
    Tuesday, however,", "Later that day, in Paris,"), so it is no reported content.

    ``long_leads`` (round ninety-one b): the cue has words of its own after it, so its
    content follows it; a lone subordinate clause, prepositional or participle phrase, or
    infinitive of purpose before the speaker is then an adverbial at any length ("As a small
    crowd waited for her in the hall of the old ferry terminal, Lund took to Twitter to say
    thanks", "To satisfy the board's wish not to raise the fares of any of the island
    routes, her plan calls for ..."), where a short one always was."""
    chunks = [c.strip() for c in pre.strip().rstrip(",").split(",")]
    if not chunks or len(chunks) > 4:
        return False
    long_lead = long_leads and len(chunks) == 1
    for i, c in enumerate(chunks):
        if not c or len(c) > (240 if long_lead else 90):
            return False
        words = [w.lower() for w in _WORD.findall(c)]
        if words and words[0] in _SUBORDINATE_LEADS:
            continue  # "In 1962, when X was leaving Y, Watts recommended ...": not content
        if (
            words
            and (
                words[0] in _ADVERBIAL_CHUNK_LEADS
                or words[0] in _MORE_CHUNK_LEADS
                # a participle clause: "using his fingers under her clothing in 1993"
                or (words[0].endswith("ing") and len(words[0]) >= 5 and words[0] not in _ING_NOUNS)
                # round ninety-one b: an infinitive of purpose ("To satisfy the board,")
                or (
                    long_lead
                    and words[0] == "to"
                    and len(words) > 1
                    and words[1] not in _TO_NOT_VERB
                )
            )
            and not any(w in _FINITE for w in words)
        ):
            continue  # "In a statement posted to her account before being sworn in,"
        if _TIME_LEAD.match(c):
            continue  # round fifty-nine: "Eight months later,", "Back in 2004,", "Soon after ..."
        if i and _PLACE_AFTER_PLACE.fullmatch(c) and _CAPITAL_END.search(chunks[i - 1]):
            continue  # round fifty-nine: "At a rally in Lorain, Ohio,": a place's state or country
        if len(c) > 45:
            return False
        if c.lower() in _PAREN_ADVERBS or _ADVERBIAL.match(c + ","):
            continue
        dm = _DISCOURSE.match(c + " ")
        if dm and dm.end() >= len(c):
            continue
        return False
    return True


# _looks_clause: its patterns, compiled once (a pattern string costs a lookup a call)
_PRONOUN_CONTRACTION = re.compile(r"(?:it|that|there|he|she|what)[’'](?:s|re|ll)")
#: a present-tense verb in -s ("holds"; not "-ss")
_THIRD_PERSON_VERB = re.compile(r"[a-z]{3,}[^s]s")


# the word sets of the function below, built once (a set union per call costs microseconds)
_MODALS_BUT_HAVE = _MODALS - {"has", "have", "had"}
_POSS_DET_OR_JOIN = _POSS_DET | {"of", "and", "or"}
_POSS_DET_OR_QUANTIFIER = _POSS_DET | {"that", "no", "more", "less"}


def _looks_clause(rest: str, lemma: str) -> bool:
    """A bare complement that reads as a clause ("police have been unable ..."), not an object
    noun phrase ("a further complication"): a finite auxiliary among its first words, or "X as
    Y" after "describe"."""
    if lemma in _PORTRAY_LEMMAS:
        # "portrayed her as a leftover", "cast himself more as a builder" (not "cast a vote",
        # "painted the fence", "as well", "as soon as")
        first = [w.lower() for w in _first_words(rest, 0, len(rest), 8)]
        return "as" in first[1:] and not _AS_ADVERBIAL.search(rest)
    # (capitalised "May", "Will" are a month and a name, not modals)
    words = [
        "_" if w in {"May", "Will"} else w.lower() for w in _first_words(rest, 0, len(rest), 8)
    ]
    if words and words[0] in {"a", "an", "his", "her", "its", "their", "our"}:
        # "suggested a broader inquiry may be needed": a modal before the first comma
        head = []
        for w in _WORD.findall(rest.split(",")[0])[:10]:
            if w.lower() in _SUBORDINATORS:
                break
            head.append(w.lower())
        return any(w in _MODALS for w in head[2:])
    if not words or words[0] in {"yet"}:
        return False
    if words[0].endswith("ly") and len(words) > 1 and words[1] in {"and", "to", "by", "with"}:
        return False  # "responded quickly and found": manner, not a reported clause
    if lemma in {"describe", "characterise", "characterize", "list"}:
        return "as" in [w.lower() for w in _first_words(rest, 0, len(rest), 12)]  # "in March as"
    if words[0] in _NOMINATIVE or _PRONOUN_CONTRACTION.fullmatch(words[0]):
        return len(words) > 1 or "’" in words[0] or "'" in words[0]  # "he won", "it's over"
    if any(
        w in _FINITE
        or w in _PAST
        or w == "cannot"
        or w.endswith(("n't", "n’t"))
        or (w.endswith("ed") and len(w) > 4)
        for w in words[1:6]
    ) or any(w in _MODALS_BUT_HAVE for w in words[6:8]):
        return True  # "any new rules to curb lending should be modest"
    if words[0] in {"the", "this", "these", "those"}:
        for i in range(2, min(5, len(words) - 1)):
            w, nxt = words[i], words[i + 1]
            if (
                _THIRD_PERSON_VERB.fullmatch(w)
                and not w.endswith(("ness", "ics", "ous"))
                and words[i - 1] not in _POSS_DET_OR_JOIN
                and (nxt in _POSS_DET_OR_QUANTIFIER or nxt[:1].isdigit())
            ):
                return True  # "the dam holds 20,000 tonnes": a present-tense verb
        return _looks_clause("a " + rest, lemma)  # "the death toll from the quake would rise"
    return False


# the word sets of the function below, built once (a set union per call costs microseconds)
_LEAD_PREP_CALENDAR_OR_AUX = _LEAD_PREP_OR_CALENDAR | _AUX
_POSS_DET_BUT_THAT = _POSS_DET - {"that"}


def _object_np(rest: str) -> bool:
    """Whether the words after a cue open its object noun phrase ("tells one joke about X",
    "worry about the portrayals"), not an adverbial of the report ("on Friday", "last week",
    "in a statement"): a cue with an object of its own reports that, not the clause before
    its speaker ("In his speech, an upbeat spiel, he tells one joke")."""
    words = _first_words(rest, 0, len(rest), 2)
    if not words:
        return False
    first = words[0].lower()
    if first in {"about", "on", "of"} and len(words) > 1:
        first = words[1].lower()  # "worry about the portrayals", "spoke of his plans"
    elif first in _LEAD_PREP_CALENDAR_OR_AUX or first.endswith("ly"):
        return False
    return first in _POSS_DET_BUT_THAT or first in _NUMBER_WORDS or first[:1].isdigit()


#: subject pronouns: a complement that opens with one is a clause ("noted they lost")
_NOMINATIVE = frozenset(_words("he she they we i there"))
#: a word and a space right before a cue (no comma: a reduced relative's noun)
_WORD_THEN_SPACE_END = re.compile(r"([^\W\d_]+)\s+$")
#: where an intention's content ends: a comma or a dash after its verb phrase
_INTENTION_BREAK = re.compile(r",\s|\s[—–]\s|\s--\s")
#: a restrictive relative right before a cue ("voters who want", "those that oppose")
_RESTRICTIVE_REL = re.compile(r"[^\W\d_]\s+(?:who|that)\s+" + _REL_GAP + r"$")
#: intentions whose content is a noun phrase ("support the levy"), not a clause
_NP_INTENTIONS = frozenset(_words("support oppose endorse favor favour back"))


def _end_intentions_at_a_break(doc: _Doc, findings: list[_Finding]) -> None:
    """An intention's unquoted content after its cue ends at the first comma or dash: "plans
    to roll out the platform before the convention, a supplement to ..." intends the rolling
    out, and "refused to discuss the merger, suggests ..." the discussion.

    Why: what one wants, plans, refuses or supports is a verb phrase or a noun phrase; the
    clause after it belongs to the writer (an appositive, a participle, the main clause a
    relative clause sat in), where a reported statement runs on through its commas.
    """
    text = doc.text
    for f in findings:
        if len(f.content) != 1 or cue_class(f.lemma) != "intention":
            continue
        a, b = f.content[0]
        if a < f.cue[1] or text[a] in OPEN_QUOTES:
            continue
        s0 = doc.sentence(f.cue[0])[0]
        reduced = (
            f.lemma in _NP_INTENTIONS
            and text[f.cue[0] : f.cue[1]].endswith("ing")
            and (prev := _WORD_THEN_SPACE_END.search(text, max(s0, f.cue[0] - 40), f.cue[0]))
            is not None
            and prev.group(1).lower() not in _AUX
        )  # "skippers supporting Mr. Lund met ...": a reduced relative, no comma before it
        if reduced or (
            (text.startswith("to ", a) or f.lemma in _NP_INTENTIONS)
            and _RESTRICTIVE_REL.search(text, max(s0, f.cue[0] - 80), f.cue[0])
        ):
            # "Democrats who want to attend the convention could face ...": the relative
            # clause ends where its noun phrase's own verb comes
            before = ""
            for w in _WORD.finditer(text, a, b):
                lw = w.group().lower()
                if lw in _SUBORDINATORS - {"to"} or doc.quote_at(w.start()) is not None:
                    break
                if (
                    w.start() > a
                    # (round eighty-eight: not an infinitive's "have" or "be" after "to": "who
                    # want to have access to ..." keeps its verb phrase)
                    and before != "to"
                    and (lw in _FINITE or lw in {"said", "says"} or (reduced and lw in _PAST))
                ):
                    f.content = [_strip_span(text, a, w.start())]
                    a, b = f.content[0]
                    break
                before = lw
        for m in _INTENTION_BREAK.finditer(text, a, b):
            if doc.quote_at(m.start()) is not None:
                break
            if _LIST_GOES_ON.match(text, m.end(), b):
                continue  # "to build roads, bridges and schools": a list, not a break
            if len(_WORD.findall(text[a : m.start()])) >= 2:
                f.content = [_strip_span(text, a, m.start())]
            break
