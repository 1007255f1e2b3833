"""Clause boundaries for content: where a reported clause ends, what follows a cue before its
content, and whether a stretch of text reads as a noun phrase or a clause."""

from __future__ import annotations

import bisect
import re

from newslens_stance.attributions.asked_persons import asked_person_end
from newslens_stance.attributions.lexicon import (
    _ADVERBIAL_PP_WORDS,
    _AUX,
    _CALENDAR,
    _COMMON_SPEAKERS,
    _CUE_SCAN,
    _DETERMINERS,
    _FINITE,
    _HEDGE_RE,
    _MODALS,
    _NOUN_FOLLOWERS,
    _NOUNISH,
    _PAST,
    _POSS_DET,
    _POSSESSIVE_END,
    _PRONOUNS,
    _STOP_BACK,
    _WORD,
    AUDIENCE_LEMMAS,
    CUE_FORMS,
    FORM_TO_LEMMA,
    NAMING_LEMMAS,
    NOUN_FIRST_FORMS,
    OPEN_QUOTES,
    _words,
)
from newslens_stance.attributions.postposed_common_reports import postposed_common_report
from newslens_stance.attributions.postposed_records import postposed_record_phrase
from newslens_stance.attributions.support_amounts import support_as_noun
from newslens_stance.attributions.text import _Doc, _rstrip_pos

#: where a second clause joins a reported one ("X said A, but B", "A while B")
#:
#: Written for speed (issue 18, after round eight): every join begins at a comma, a semicolon
#: or a blank, so that character is read first and each branch then checks, by a look-behind,
#: the join as it was written (", but", '," and', " while", ...). A pattern that opens with a
#: character set lets the regex engine skip to the next such character; one that opens with
#: a branch or a look-behind is tried at every position. The matches are the same, span for
#: span (``,\s+but`` is ``,`` then ``(?<=,)\s+but``; ``(?<=,["])\s+but`` is a blank then
#: ``(?<=,["]\s)\s*but``; ``\s+while`` is a blank then ``(?<=\s)\s*while``).
_CLAUSE_JOIN = re.compile(
    r"[,;\s](?:"
    r"(?<=,)\s+but\b|(?<=;)\s|(?<=\s)\s*while\s+|(?<=\s)\s*whereas\s+|(?<=,)\s+with\s+"
    r"|(?<=,)\s+and\s+(?!that\b)"
    # ('"A," but B', '"A," and B')
    r'|(?<=,[”"]\s)\s*but\b|(?<=,[”"]\s)\s*and\s+(?!that\b)'
    # "said X and called Y", "says X and has called for Y": the speaker's next report
    r"|(?<=\s)\s*and\s+(?=(?:(?:has|have|had|also|then|later)\s+)?[a-z]+(?:ed|s)\b)"
    # (round eleven: or a manner adverb before the participle, ", pointedly adding")
    r"|(?<=,)\s+(?=(?:also\s+|then\s+|later\s+|further\s+|[a-z]{3,}ly\s+)?[a-z]+ing\b)"
    # the comma inside a closing quotation mark: 'that X "was over," adding that ...'
    r"|(?<=,[”\"]\s)\s*(?=(?:also\s+|then\s+|later\s+|further\s+|[a-z]{3,}ly\s+)?[a-z]+ing\b)"
    # round ten: a dash before a participle that reports ("... twice this year — insisting
    # that ...")
    r"|(?<=\s)[—–]\s+(?=(?:also\s+|then\s+|later\s+)?[a-z]+ing\b)"
    r")"
)


#: what the writer adds after a reported clause, never part of it: "..., both of which
#: ...", "..., as have her rivals", "... - except that inflation fell", "..., whose ...",
#: "..., compared with 30 percent who ..." (the writer's comparison); opening with a
#: character set, as :data:`_CLAUSE_JOIN` does, for speed
_AFTER_COMMA = r'(?:(?<=,)\s+|(?<=,[”"]\s)\s*)'
_WRITER_ADJUNCT = re.compile(
    r"[,\s](?:"
    + _AFTER_COMMA
    + r"(?:both|all|neither|none|each|most|many|some)\s+of\s+(?:which|whom)\b"
    r"|" + _AFTER_COMMA + r"as\s+(?:have|has|had|did|do|does)\b"
    r"|" + _AFTER_COMMA + r"whose\b"
    r"|" + _AFTER_COMMA + r"compared\s+(?:with|to)\s"
    r"|(?<=\s)[—–-]{1,2}\s+(?:except|noting|adding|saying|though|although)\b"
    r")"
)


_THAT_BEFORE_QUOTE = re.compile(r"\bthat\s+$")


def _second_that_clause(text: str, a: int, q1: int) -> re.Match[str] | None:
    """A second "that" clause coordinated after a quoted first one, or None.

    Round sixty-nine: 'said that "the pier will stay open," and that the crews would
    return': the two clauses are one report's content. Only when "that" opens the first
    clause too: after a bare quotation "and that" is as often a demonstrative ('"The pier
    is open," and that pleased the crews').
    """
    if _THAT_BEFORE_QUOTE.search(text, max(0, a - 8), a) is None:
        return None
    return _AND_THAT.match(text, q1)


def _whose_inside_subject(text: str, a: int, cut: re.Match[str], end: int) -> bool:
    """Whether a ", whose" relative sits inside the reported clause, not after it.

    Round sixty-nine: "said Mr. Lund, whose quarrel with the mayor filled the papers, is a
    poor judge": the words before the relative are a noun phrase with no verb, and a comma
    closes the relative before the clause's predicate, as round seventeen reads ", who" and
    ", which" ("said the harbour master, who ..., was right"). A relative that closes the
    sentence ("the deal helps Oslo, whose leaders ...") is the writer's, as before.
    """
    if not cut.group().rstrip().endswith("whose"):
        return False
    close = text.find(",", cut.end(), end)
    return close >= 0 and close + 2 < end and not _has_verb(text, a, cut.start())


def _may_hold_adjunct(text: str, a: int, end: int) -> bool:
    """The necessary condition of a :data:`_WRITER_ADJUNCT` match in ``text[a:end]``: a comma
    (up to two characters before ``a`` when a closing quotation mark and a space follow it)
    or a dash. The pattern opens with any space, so it is tried at every space of a content
    that holds neither (round thirty-five)."""
    return (
        text.find(",", max(0, a - 2), end) >= 0
        or text.find("-", a, end) >= 0
        or text.find("—", a, end) >= 0
        or text.find("–", a, end) >= 0
    )


#: the first word of a subject inside a relative clause ("which *he* said", "which *the
#: probe* found", "whom *Lund* called"): a nominative pronoun, a determiner, a name
_RELATIVE_SUBJECT_START = frozenset(
    _words(
        """
        he she they we i you it the a an his her their its our this that these those some
        many most several both at officials critics
        """
    )
)

#: verbs of judgement that are no cue of the lexicon alone but carry one in a relative
#: clause ("which they deemed unfair", "whom he branded a liar")
_REASONING_VERBS = frozenset(
    _words(
        """
        called considered deemed dubbed labeled labelled termed branded blasted slammed
        criticized criticised praised hailed touted derided decried viewed saw regarded
        characterized characterised described thought think thinks believed believes
        feared fears hoped hopes expected expects
        """
    )
)

#: round ninety-one: the forms of "advocate" that are as often or more often the noun
#: ("privacy advocates said", "an advocate of"); see :func:`_advocacy_noun`
_ADVOCACY_NOUN_FORMS = NOUN_FIRST_FORMS
#: the words after which the bare "advocate" is a verb: "to", a modal or "do", a negation, a
#: subject pronoun, a relative word, a quantifier standing alone, an adverb ("they still
#: advocate", "who advocate", "would advocate")
_ADVOCACY_VERB_AFTER = frozenset(
    _words(
        """
        to will would can could may might must should shall do did don't didn't not never
        i we they you who that which both all many some most others few
        still also now often always even generally long once increasingly
        """
    )
)
#: the words before which these forms are nouns (a preposition before a noun phrase), and
#: the words after them that make them nouns (the noun's complement, or the noun as a
#: subject before its verb or an adverb)
_ADVOCACY_NOUN_BEFORE = frozenset(_words("from of for by with among between like as and or"))
_ADVOCACY_NOUN_NEXT_WORDS = frozenset(
    _words("also still have had are were will would could may might over from against about")
)
_ADVOCACY_NOUN_NEXT = re.compile(
    r"[ \t]*(?:[^\w\s“\"‘']|(?:of|for|in|at|on|who|whom|whose|and|or|is|was|are|were|has|"
    r"have|had|said|says|say|told|to|with|like|such)\b)"
)

#: the main clause going on after an embedded relative ("the mayor, who took office in
#: May, would resign"): a comma, then a finite verb or a verb in -ed
_MAIN_CLAUSE_GOES_ON = re.compile(r",\s+[“\"]?(?:[a-z]+ly\s+)?(?P<v>[a-z’']+)\b")


#: a clause going on after a quotation that opened it: a word that is no conjunction,
#: preposition or report ('"of course" the ferry has ...', not '"yes" and left')
_QUOTE_GOES_ON = re.compile(
    r"[ \t]+(?!(?:and|but|or|nor|as|before|after|while|when|because|then|so|in|on|at|to|for|"
    r"with|from|during|by|of|said|says|told|added|he|she|they|it|we|I|is|was)\b)[A-Za-z]"
)


#: round twenty: participles of the speaker's further act that the writer attaches after
#: the reported clause, with no cue of the lexicon ("..., pointing to the new rota",
#: "..., crediting the crews with the rescue", "..., siding with the skippers"), and the
#: writer's own reading of its consequence ("..., meaning the quay stays shut", "..., drawing
#: a reply from the union", "..., putting the port at a standstill")
_SPEAKER_ACT_PARTICIPLES = frozenset(
    _words(
        "pointing slamming advising crediting touting applauding challenging echoing painting "
        "deeming referring siding pressing contrasting mocking lambasting blasting hailing "
        "thanking chiding scolding ridiculing knocking meaning drawing putting"
    )
)
_AND_THAT = re.compile(r",?\s+and\s+that\b")
_AUX_THEN_WORD = re.compile(
    # (round eleven: a manner adverb before a participle, ", pointedly adding")
    r"(?:(?:has|have|had|also|then|later)\s+|[a-z]{3,}ly\s+(?=[a-z]+ing\b))?[^\W_]+"
)

#: a sentence that opens with a subordinate clause ("Although X said A, B"; not "As X
#: said, A", whose content is the main clause). Round nineteen: "As", "Now that", "Just
#: as", "Years after", "A few weeks after" ("As the mayor criticised the tolls, the crews
#: ..."), and after a sentence adverb or a short opening phrase with its comma ("However,
#: while ...", "At the meeting on Monday, as ..."); the clause after the subordinator holds no
#: comma before the cue (checked by the caller)
_FRONTED_SUBORDINATE = re.compile(
    r"[“\"‘']?(?:(?:However|Meanwhile|Still|Instead|Indeed|Now|Then|Today|Yesterday|Later|"
    r"Earlier|(?:In|On|At|During|Last|This)\s+(?:[\w’'.\-]+\s+){0,4}?[\w’'.\-]+),\s+)?"
    r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?P<sub>(?i:While|Whilst|Although|Though|Even\s+as|Even\s+though|"
    r"Even\s+if|Whereas|Because|Since|Despite|If|Unless|Until|Once|After|Before|When|"
    # ("As" the preposition or an adverb: "As part of the deal", "As a result", "As usual")
    r"As(?!\s+(?:part|a|an|such|well|for|of|to|with|in|on|usual|expected|always|ever|per|"
    r"far|much|many|long|soon|noted|reported|said|mentioned)\b)|"
    r"Now\s+that|Ever\s+since|Whenever|"
    r"(?:Even|Just|Only|Shortly|Soon|Right|Long|Moments|Minutes|Hours|Days|Weeks|Months|Years|"
    r"Decades)\s+(?:as|after|before|when|since)|"
    r"(?:A|One|Two|Three|Four|Five|Six|Several)\s+(?:few\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before)))\s"
)
#: "As I said before, A", "As she noted on Monday, A": the comparison "as", whose content is
#: the main clause, with an adverbial after the cue (round nineteen)
_AS_ADVERBIAL = re.compile(
    r"(?:before|earlier|then|again|above|below|here|there|already|often|repeatedly|recently|"
    r"previously|publicly|privately|in|on|at|during|last|yesterday|today|this|that|many|several|"
    r"so|too|also|back|once|twice|time|[a-z]+ly)\b"
)
_QUOTE_MARKS = frozenset('“”"«»„')
_TRAILING_RELATIVE = re.compile(r",\s+(?:who|whom|which)\s")
#: (round nineteen: or a comma inside a closing quotation mark, '... the "best offer," the
#: crews ...')
_CLAUSE_COMMA = re.compile(r",[”\"]?\s+(?!(?:which|who|whom|whose)\b)")


#: round nineteen: a verb coordinated with the cue after an object content ("denied the
#: report and accused Chan of lying", "has proposed new tolls and has gone further"): a verb
#: in -ed or an irregular past before an object, a preposition, a quotation or a name, or any
#: word after "has", "have" or "had"; not an adjective before its noun ("praised the crews
#: and improved roads")
_PAST_ALTERNATION = "|".join(sorted(_PAST, key=len, reverse=True))
_COORDINATED_VERB = re.compile(
    r"\s+and\s+(?:(?:also|then|later|even|again|quickly|[a-z]{3,}ly)\s+)?"
    r"(?:(?:has|had)\s+(?:also\s+|since\s+|[a-z]{3,}ly\s+)?[a-z]{2,}\b"
    r"|have\s+(?:also\s+|since\s+|[a-z]{3,}ly\s+)?[a-z]{2,}ed\b"
    r"|(?:[a-z][a-z\-]{2,}ed|" + _PAST_ALTERNATION + r")"
    r"(?=\s+(?:him|her|them|it|us|me|the|a|an|his|their|its|our|my|your|this|these|those|"
    r"to|on|at|for|with|in|into|from|about|against|over|up|out|off|back|down|as|that|what|"
    r"how|why|whether|if)\b|\s*[“\"]|\s+[A-Z0-9]))"
)


#: a subject pronoun or "that": the content is a clause, whose verb the test may not know
#: ("said they still love ... and had forgiven them")
_CLAUSE_SUBJECTS = frozenset(_words("he she they we i you there that who which"))


_THAT_BEFORE = re.compile(r"\bthat\s*$")


def _has_verb(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a finite verb, an irregular past, a cue form or a word
    in -ed (round seventeen's test for a content with no verb of its own)."""
    return any(
        (lw := w.lower()) in _FINITE
        or lw in _PAST
        or lw in FORM_TO_LEMMA
        or (len(lw) > 4 and lw.endswith("ed"))
        for w in _WORD.findall(text, lo, hi)
    )


def _has_cue(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a reporting cue or a hedge word of its own."""
    if _HEDGE_RE.search(text, lo, hi):
        return True
    for m in _CUE_SCAN.finditer(text, lo, hi):
        w = m.group("w")
        if m.group("cap"):
            continue
        if w is None and m.group().startswith(_ATTITUDE_PHRASE_STARTS):
            continue  # round nine: "would like", "voted for", "hoping for" are no reports
        if w is None or (w in FORM_TO_LEMMA and not _looks_nominal(text, m.start(), w)):
            return True
    return False


#: the first letters of the round-nine attitude phrases of the cue scan (wishes, votes, hopes)
_ATTITUDE_PHRASE_STARTS = ("would ", "vot", "hop")


def _clause_end(doc: _Doc, a: int, sent_hi: int) -> int:
    """Content end from ``a``: the sentence end, extended over a quotation opened inside.

    A second clause joined by "but", "while", ", and", ", with" or a participle stays in the
    content unless it carries an attribution of its own ("..., but AFP reported 32", "while
    the minister wrote ...", ", with officials reporting ...", ", adding ..."): that one is a
    separate report, and the writer's, not the source's, link. A semicolon always ends the
    content.
    """
    text = doc.text
    end = sent_hi
    q = doc.quote_at(a)
    going_on = (
        _QUOTE_GOES_ON.match(text, q[1]) or _second_that_clause(text, a, q[1])
        if q and q[0] == a and q[1] < end
        else None
    )
    if q and q[0] == a and going_on is None:
        return max(q[1], a)
    # ('saying "of course" Clinton has ...': a quotation that opens a clause going on after
    # it is part of that clause, so the content runs to the clause end below)
    # a quotation opened inside the clause and running past the sentence end
    i = bisect.bisect_left(doc.quote_starts, a)
    while i < len(doc.quotes) and doc.quotes[i][0] < end:
        if doc.quotes[i][1] > end:
            end = doc.quotes[i][1]
        i += 1
    for cut in _WRITER_ADJUNCT.finditer(text, a, end) if _may_hold_adjunct(text, a, end) else ():
        if doc.quote_at(cut.start()):
            continue
        if _whose_inside_subject(text, a, cut, end):
            continue
        end = cut.start()  # "..., both of whom are viewed ...": the writer's addition
        break
    for n, cut in enumerate(_CLAUSE_JOIN.finditer(text, a, end)):
        if n >= 6:
            break  # bounded: a long run-on sentence is not scanned join by join
        if doc.quote_at(cut.start()):
            continue
        if cut.group().startswith(";"):
            end = cut.start()
            break
        # a participle join must itself be the cue (", adding ..."), not lead to one
        hi = min(end, cut.end() + 120)
        if cut.group().strip() in {",", "and", "", "—", "–"}:
            # a participle after a comma, a verb after a bare "and" (and its auxiliary): the
            # cue must be that word itself
            w = _AUX_THEN_WORD.match(text, cut.end())
            hi = w.end() if w else cut.end()
        if _has_cue(text, cut.end(), hi) or (
            text[cut.start()] == ","
            and (w := _AUX_THEN_WORD.match(text, cut.end())) is not None
            and w.group().rsplit(None, 1)[-1] in _SPEAKER_ACT_PARTICIPLES
            # (not a parenthetical before the report's next clause: "..., referring to the
            # quay, and that the levy ...")
            and _AND_THAT.search(text, cut.end(), end) is None
        ):
            end = cut.start()
            break
    # (", who", ", which": tried only where "wh" occurs)
    rel = _TRAILING_RELATIVE.search(text, a, end) if text.find("wh", a, end) >= 0 else None
    if (
        rel is not None
        and a < len(text)
        and text[a] not in OPEN_QUOTES
        and "," not in text[rel.end() : end]
        and not doc.quote_at(rel.start())
        # (round twelve: a relative with a report of its own carries the speaker's reasoning:
        # "cited the new rota, which its members called unfair")
        and not _has_cue(text, rel.end(), end)
        # (nor the speaker's own words in it: 'expects a large turnout, which "will settle it"')
        and not any(ch in _QUOTE_MARKS for ch in text[rel.end() : end])
        and not _has_verb(text, a, rel.start())
    ):
        # round seventeen: an object content ends before the writer's non-restrictive
        # relative closing the sentence ("praised the harbour master, who has run the port
        # for years"; not a relative inside the reported clause's subject: "said the harbour
        # master, who ..., was right")
        end = rel.start()
    if a < len(text) and text[a] not in OPEN_QUOTES:
        # round nineteen: an object content ends before a verb coordinated with the cue
        # ("denied the report and accused Chan of lying"), when it has no verb of its own;
        # not a clause after "that" ("clarified that Lund misspoke and meant ...") nor a
        # passive's "as" complement ("is seen as credible and poised to ...": the verb is
        # its subject's)
        # (the pattern opens with a space and "and": tried only where "and" occurs)
        for m in _COORDINATED_VERB.finditer(text, a, end) if text.find("and", a, end) >= 0 else ():
            if (
                not _THAT_BEFORE.search(text, max(0, a - 6), a)
                and not text.startswith("as ", a)
                and not doc.quote_at(m.start())
                and not _has_verb(text, a, m.start())
                and not any(
                    w.lower() in _CLAUSE_SUBJECTS for w in _WORD.findall(text, a, m.start())
                )
            ):
                end = m.start()
            break
    s0 = doc.sentence(a)[0]
    if (
        a < len(text)
        and text[a] not in OPEN_QUOTES
        and (fronted := _FRONTED_SUBORDINATE.match(text, s0, a)) is not None
        and "," not in text[fronted.end() : a]
        and not (fronted.group("sub").lower() == "as" and _AS_ADVERBIAL.match(text, a))
    ):
        # the report sits in a fronted subordinate clause ("Although she said the ferry
        # was safe, the council ..."): its content ends with that clause, at a comma
        for cut in _CLAUSE_COMMA.finditer(text, a, end):
            q = doc.quote_at(cut.start())
            if not q:
                end = cut.start()
                break
            if q[0] >= a and q[1] == cut.start() + 2 and text[cut.start() + 1] in _QUOTE_MARKS:
                end = q[1]  # (round nineteen: the clause closes with its quotation)
                break
    end = _rstrip_pos(text, a, end)
    while end > a and text[end - 1] in ".!?;:, " and not _quote_close_before(text, end):
        end -= 1
    return end


def _quote_close_before(text: str, end: int) -> bool:
    return end > 0 and text[end - 1] in '”"»'


_AFTER_CUE_ADJUNCT = re.compile(
    r"\s*,?\s+(?:"
    r"(?:(?:late|early|earlier|later)\s+)?(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|"
    r"evening|night))?"
    r"|at\s+the\s+time"
    r"|(?:on|via)\s+(?:Twitter|Facebook|Instagram|YouTube|Weibo|Telegram|social\s+media|"
    r"television|radio|(?:its|his|her|their)\s+(?:official\s+)?(?:website|blog|account|page|"
    r"channel))"
    r"|in\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:interview|statement|letter|"
    r"post|tweet|briefing|press\s+conference|news\s+conference|speech|video|broadcast|message)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?"
    r"|to\s+(?:the\s+)?(?:police|authorities)"
    r"|at\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:conference|briefing|"
    r"meeting|rally|event|hearing|summit|ceremony|vigil|session)"
    r"|of\s+(?:[A-Z][\w’'.\-]*\s*){1,4}(?=,)"
    r")(?=[\s,:“\"])(?:\s*,)?"
)


#: a parenthetical between commas, then "that" ("claimed, without evidence, that", "added,
#: however, that", "insisted, as he has for months, that"): the writer's or the frame's, not
#: the content's
_PARENTHETICAL_THAT = re.compile(
    r"\s*,\s+(?!(?:he|she|they|it|we|I)\s+(?:said|says|told|added)\b)[^,;:“”\"\n]{1,40}?,\s*that\b"
)


#: adverbials that end a reported noun phrase (the report's time, place and medium)
_NP_OBJECT_ADJUNCT = re.compile(
    r",?\s+(?:shortly\b|(?:late|early)\s+(?:yesterday|today|last|on|in|this)\b|after\s|before\s|"
    r"during\s|following\s|while\s|at\s+(?:an?|the|its|his|her|their)\s|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook)\b|"
    r"in\s+(?:an?|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:press\s+release|statement|interview|"
    r"tweet|post|video|letter|speech|press\s+conference|news\s+conference|briefing)\b|"
    r"and\s+(?:then\s+)?[a-z]+ed\b|"
    # round six: the report's time and medium, "endorsed the mayor last week", "in late May",
    # "on its website"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|night|spring|summer|fall|"
    r"autumn|winter)\b|"
    r"in\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|"
    r"on\s+(?:its|his|her|their)\s+(?:official\s+)?(?:Facebook|Twitter|Instagram|website|blog)\b|"
    # round thirty-nine: the occasions of a report made more than once ("mentions her in
    # speeches", "in other interviews", "in the last two debates", "on the stump") and a
    # news conference without its article
    r"(?:in|at|during)\s+(?:(?:almost\s+)?every|each|other|several|many|both|the\s+(?:last|"
    r"past|first)(?:\s+(?:two|three|few))?)\s+(?:[\w\-’]+\s+)?(?:debates?|interviews?|"
    r"speech|speeches|rallies|rally|appearances?|(?:news|press)\s+conferences?)\b|"
    r"in\s+(?:debates|interviews|speeches)\b|(?:at|in)\s+(?:news|press)\s+conference\b|"
    r"on\s+(?:the\s+)?(?:stump|campaign\s+trail)\b|"
    # round ninety-one b: its place and time ("endorsed Lund here on Sunday")
    r"(?:here|there)\s+(?:on|in|at|last|this)\b)"
)
#: round ninety-one b: the means of a report, a gerund after "by" with its object or particle
#: ("dismissed the charge by pointing out ...", "defended the fare plan by saying ...";
#: not an adjective, "a breach conducted by competing agencies"); read only after a short
#: object with no verb of its own (:func:`verbs._object_after`)
_BY_GERUND_MEANS = re.compile(
    r",?\s+by\s+[a-z]{3,}ing\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
    r"it|him|them|out|up|to|about|on|for|with)\b"
)
#: words of an object that hold a verb, a clause or a list of their own, after which a "by"
#: phrase is the inner verb's ("accused X of trying to hide the cost by moving ...",
#: "called on the board to help by granting ...", "a theory, that by naming ...")
_OBJECT_WITH_A_VERB = re.compile(
    r"\b(?:[a-z]+ing|[a-z]+ed|to|that|which|who|he|she|they|it|we|i|is|are|was|were|has|have|"
    r"had|will|would|can|could|should|may|might|must|and|or)\b|,",
    re.IGNORECASE,
)


#: the terms on which a source spoke, said of the report, never part of what it says:
#: "confirmed the meeting on condition of anonymity", "denied the charges through a
#: spokeswoman" (round thirty-nine). Not "on condition that": a condition asked or set is
#: content ("asked the court to allow the merger on condition that ..."); not after a verb of
#: speaking of the writer's own clause ("..., said an official who spoke on condition of
#: anonymity": the frame is that clause's, and the content ran on before it)
_REPORT_FRAME = re.compile(
    r"(?<!\bspoke)(?<!\bspeaking)(?<!\btalked)(?<!\btalking)"
    r",?\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity\b"
    r"|,?\s+through\s+(?:an?|his|her|their|its)\s+(?:[a-z]+\s+)?(?:lawyers?|attorneys?|"
    r"spokesman|spokeswoman|spokesperson|spokespeople|representatives?|publicist|aide)\b"
)


# _skip_after_cue: its patterns, compiled once (a pattern string costs a lookup a call)
#: up to ten words, then "that" or a colon ("said on Tuesday that", "said in a statement:")
_UP_TO_THAT_OR_COLON = re.compile(
    r"(?P<pre>(?:\s+[\w’'.\-]+){0,10}?)\s*(?:,\s*)?(?P<sep>that\b(?![’']\w)|:(?!\d))"
)
#: words, then a colon before a quotation ('praised Mendez on Twitter: "..."')
_UP_TO_COLON_BEFORE_QUOTE = re.compile(r"(?:\s+[\w’'.\-]+){1,8}?\s*:\s*(?=[“\"])")
#: an audience with an appositive, then "that" ("the Dhaka Tribune, a local news outlet, that")
_AUDIENCE_APPOSITIVE_THAT = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4},\s+(?:an?|the)\s+[^,;:“”\"]{1,60},"
    r"\s*that\b"
)
#: a programme or publication named in quotation marks inside the audience or the adverbial,
#: then "that" ('told CNN's "State of the Union" that', "said on ''Meet the Press'' Sunday
#: that"): the title is part of the frame, not the content
_TITLE_WORD = r"(?:[A-Z0-9][\w’'.\-]*|of|the|and|a|an|in|on|to|for|with|at|&)"
_AUDIENCE_TITLE_THAT = re.compile(
    r"(?:\s+[\w’'.\-]+){0,4}?\s+(?:“|\"|''|‘)" + _TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r"){0,7}"
    r"(?:”|\"|''|’)(?:\s+[\w’'.\-]+){0,4}?\s*,?\s*that\b"
)
_TIME_AFTER_CUE = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[A-Z][a-z]+ \d{1,2})|"
    r"yesterday|today|last (?:week|night|month|year)|earlier|later)\b(?:\s+(?:morning|"
    r"afternoon|evening|night))?,?"
)
_TO_THE_PRESS = re.compile(r"\s+to\s+(?:the\s+)?(?:journalists|reporters|press|media)\b,?")
#: a prepositional phrase before a quotation ('said on the parliament floor, "..."')
_ADVERBIAL_BEFORE_QUOTE = re.compile(
    r"\s+(?:on|in|at|during|of|from)\s+[^,“\"\n]{1,60}?(?:,|(?<=[A-Z]\w)|(?<=[A-Z])|(?<=programme)|"
    r"(?<=program)|(?<=show)|(?<=broadcast)|(?<=interview))\s*(?=[“\"])"
)
_ON_IN_AT_PHRASE = re.compile(
    r"(?:\s+(?:on|in|at)\s+(?:a |an |the |its |his |her |their )?[\w’'\-]+(?:\s+[A-Z]\w+)*,?)?"
)


#: the person a question is put to (up to eight words, no clause mark) and its wh-word
_ASKED_PERSON = re.compile(
    r"(?:\s+(?!(?:whether|if|how|what|why|who|whom|when|where|which|that|to|and|but|about|"
    r"on|for|in|at|after|before|during)\b)[\w’'.\-]+){1,8}?,?\s+"
    r"(?=(?:whether|if|how|what|why|who|whom|which)\s)"
)


#: the person or group addressed after a cue ("told reporters", "told Paul Rivera of WESH 2
#: news,"); after "tell", "inform", "assure", "brief", "remind" also a group ("told police"),
#: compiled once per variant (a pattern built per call costs a string and a cache lookup)
_AUDIENCE_GROUPS = (
    r"police|investigators|officials|lawmakers|legislators|parliament|court|jury|"
    r"jurors|judges?|supporters|crowds?|audiences?|delegates|colleagues|staff|"
    r"employees|workers|residents|students|viewers|listeners|readers|followers|"
    r"newspaper|paper|broadcaster|agency|station|magazine|website|committee|"
    r"panel|hearing|conference|meeting|rally|summit|assembly|council|senators|"
    r"members|parents|families|fans|people|voters|troops|soldiers|"
)
_TELL_LEMMAS = frozenset(("tell", "inform", "assure", "brief", "remind"))


def _audience_pattern(groups: str) -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}?"
        r"|(?:host|anchor|presenter|interviewer|reporter|journalist|columnist)\s+)?"
        r"(?:[A-Z][\w’'.\-]*\s+)*(?:"
        + groups
        + r"reporters|journalists|the press|media|him|her|them|us|me|[A-Z][\w’'.\-]*)\b"
        # "told Paul Rivera of WESH 2 news,": the audience's affiliation
        r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z0-9][\w’'.\-]*|news))*)?"
    )


_AUDIENCE_AFTER_CUE = {True: _audience_pattern(_AUDIENCE_GROUPS), False: _audience_pattern("")}


#: (not before a subject: "toll line calls that you make ...", a noun "calls" and a relative)
_THAT_FIRST = re.compile(
    r"\s*that\s+(?!(?:i|you|he|she|we|they|there|it|who|which|would|will|could|can|may|might|"
    r"should|must|is|are|was|were|has|have|had|do|does|did)\b)",
    re.IGNORECASE,
)


def _skip_after_cue(doc: _Doc, pos: int, sent_hi: int, lemma: str) -> int:
    """Move from the cue's end to where the reported content starts."""
    text = doc.text
    # adverbials of the report itself: "said late on Tuesday", "announced on Facebook",
    # "told ... in a separate interview,", "reporting at the time"
    for _ in range(4):
        adj = _AFTER_CUE_ADJUNCT.match(text, pos, sent_hi)
        if adj is None or adj.end() <= pos:
            break
        pos = adj.end()
    seg = text[pos:sent_hi]
    if lemma == "ask":
        # "asked the engineers whether ...", "asked former Governor X if ...": the question
        # starts at its wh-word, after the person asked (round eighty-two: tried before
        # "that", which may stand inside the question: "asked X about loans that ...")
        wh = _ASKED_PERSON.match(seg)
        if wh:
            return pos + wh.end()
        # round eighty-two: a person with a preposition in it, or before "about"
        asked_end = asked_person_end(seg, 0, len(seg))
        if asked_end is not None:
            return pos + asked_end
    if lemma in NAMING_LEMMAS and _THAT_FIRST.match(seg):
        # round ninety-six: "would call that a pipe dream": after a naming verb "that" is
        # the object, never a complementizer (a naming takes no that-clause)
        return pos
    # (the five patterns below end in "that" or a colon: none is tried on a sentence without)
    that, colon = "that" in seg, ":" in seg
    parenthetical = _PARENTHETICAL_THAT.match(seg) if that else None
    if parenthetical:
        return pos + parenthetical.end()
    # "said that", "said on Tuesday that", "told reporters in Kabul that", "said in a statement:"
    m = _UP_TO_THAT_OR_COLON.match(seg) if that or colon else None
    if m and (m.group("pre").strip() == "" or lemma in AUDIENCE_LEMMAS or _prep_start(m)):
        return pos + m.end()
    # 'described Day to the BBC in 2002: "..."', 'praised Mendez on Twitter: "..."'
    before_quote = _UP_TO_COLON_BEFORE_QUOTE.match(seg) if colon else None
    if before_quote:
        return pos + before_quote.end()
    titled = _AUDIENCE_TITLE_THAT.match(seg) if that else None
    if titled and (lemma in AUDIENCE_LEMMAS or titled.group().split()[0] in {"on", "in", "to"}):
        return pos + titled.end()
    # an audience with an appositive: "told the Dhaka Tribune, a local news outlet, that"
    ap = _AUDIENCE_APPOSITIVE_THAT.match(seg) if that else None
    if ap and lemma in AUDIENCE_LEMMAS:
        return pos + ap.end()
    if lemma in AUDIENCE_LEMMAS:
        m2 = _AUDIENCE_AFTER_CUE[lemma in _TELL_LEMMAS].match(seg)
        if m2:
            return pos + m2.end()
    t = _TIME_AFTER_CUE.match(seg)
    if t:
        return pos + t.end()
    m5 = _TO_THE_PRESS.match(seg)
    if m5 and lemma not in AUDIENCE_LEMMAS:
        pos, seg = pos + m5.end(), seg[m5.end() :]  # "announced to journalists the mayor ..."
    m4 = _ADVERBIAL_BEFORE_QUOTE.match(seg)
    if m4:
        return pos + m4.end()  # 'said on the parliament floor, "..."'
    m3 = _ON_IN_AT_PHRASE.match(seg)
    return pos + (m3.end() if m3 and m3.group().strip().split()[:1] == ["in"] else 0)


def _prep_start(m: re.Match[str]) -> bool:
    """Whether the words between a cue and "that" open with an adverbial ("said on Tuesday
    that", "told reporters this week that"), not with the reported clause's subject ("this
    pattern may have recurred in the process that ...")."""
    words = m.group("pre").split()
    first = words[0].lower() if words else ""
    if first in {"this", "last", "late", "early"}:
        nxt = words[1].lower() if len(words) > 1 else ""
        return nxt in _ADVERBIAL_PP_WORDS or nxt in {"on", "in", "at"}
    return first in _words(
        """
        on in at during late early last this yesterday today via through after before to
        with earlier later previously over when while under monday tuesday wednesday
        thursday friday saturday sunday
        """
    )


_NUMBER_WORDS = frozenset(
    _words(
        """
        two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred dozen
        """
    )
)
#: documents that "state" things ("the report states", "the law states")
_STATING_NOUNS = frozenset(
    _words(
        """
        report statement law document article letter website constitution rule rules policy
        bill order release study paper filing decision ruling judgment warrant complaint
        indictment lawsuit memo notice guidance guideline guidelines agreement contract
        treaty court
        """
    )
)


#: participles that report right after their subject noun ("voters saying they want ...",
#: "Ryan saying he was encouraged"): with a reported clause after them they are no gerunds
_REPORTING_PARTICIPLES = frozenset(
    _words(
        """
        saying telling arguing claiming insisting suggesting warning noting stating asserting
        declaring predicting alleging contending complaining arguing acknowledging admitting
        """
    )
)
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:that\b|[“\"]|(?:he|she|they|we|i|there)\b|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
    r"\s+(?:is|was|were|are|has|had|have|will|would|could|should|can|did|does)\b"
    # round eleven: "signs saying, "...", "an email saying: ...", "calls saying the pier
    # had flooded": a colon, a quotation after a comma, a lower-case subject and its verb
    r"|(?:[a-z][\w’'\-]*\s+){1,3}(?:is|was|were|are|has|had|have|will|would)\s)"
    r"|,?\s*:\s|,\s*[“\"]"
)


# _looks_nominal: its patterns, compiled once (a pattern string costs a lookup a call)
_ACCORDING_TO_LEAD = re.compile(r"\b[Aa]ccording to (?:the |a |an )?(?:[\w’'\-]+\s+){0,4}$")
_CLAUSE_MARK = re.compile(r"[,;:]")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_NUMERAL = re.compile(r"[\d][\d,.]*")
_WITH_PHRASE_END = re.compile(r"\bwith\s+(?:[\w’'.\-]+\s+){1,5}$")  # ("with Sen. Ann Lund calling")
#: round fifteen: "stopped short of calling for ...", "stops short of fully endorsing": what the
#: subject would not go as far as saying (4 of 5 gold where the shape occurs in PolNeAR train)
_SHORT_OF_END = re.compile(r"\b(?:stop|stops|stopped|stopping)\s+short\s+of\s+(?:[a-z]{3,}ly\s+)?$")
_CLAUSE_MARK_END = re.compile(r"[,;:(–—][”\"’]?\s*$")  # (a comma inside a closing quote too)
_AT_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)$")
_NEXT_TOKEN = re.compile(r"\s*([\w’']+|[^\w\s])")
#: adjective endings of a modifier before "states" ("Western states", "Baltic states")
_STATES_MODIFIER_SUFFIX = re.compile(r"(?:ent|al|ous|ive|ic|ern|ish|ian|ese)$")
#: round ninety-six: what follows a naming "call" after "to" (an object, no particle or
#: preposition: "to call for", "to call on", "to call off", "to call in" are other verbs)
_NAMING_AFTER_CALL = re.compile(
    r"\s+(?!(?:for|on|upon|off|in|out|up|back|into|at|to|from|with|about|over|around)\b)"
    r"[\w“\"‘']"
)
#: adjective endings before a cue noun ("a preliminary report", "the official statement")
_ADJECTIVE_SUFFIX = re.compile(r"(?:ate|ary|al|ous|ive|ic|ful|less|ial)$")
_NEXT_WORD = re.compile(r"\s+([\w’']+)")
_NEXT_ALNUM_WORD = re.compile(r"\s+(\w+)")
_BY_AGENT_AFTER = re.compile(
    r"\s+(?:(?:yet|already|officially|publicly|formally|independently|also)\s+)?by\b"
)
#: "reported (extensively) on the war": journalism, not a report
_REPORTED_ON = re.compile(
    r"\s+(?:\w+ly\s+)?on\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?([\w’']+)"
)
_THAT_COLON_OR_QUOTE = re.compile(r"\bthat\b|[:“\"]")
_TO_WORD = re.compile(r"\s+to\s+(\w+)")


# the word sets of the function below, built once (a set union per call costs microseconds)
_COUNT_WORDS = _NUMBER_WORDS | {"million", "billion"}
_POSS_STOP_OR_PRONOUN = _POSS_DET | _STOP_BACK | set(_PRONOUNS)
_STOP_BACK_BUT_THAT = _STOP_BACK - {"that"}
#: words after "thought"/"thinks" that make it a verb ("thinks he", "thought that")
_THOUGHT_VERB_FOLLOWERS = set(_PRONOUNS) | _POSS_DET | {"that", "there"}


#: words before "show" that make it a programme, not a record showing something
_SHOW_MODIFIERS = frozenset(
    _words(
        """
        the a an his her their its our my your radio talk tv television morning evening
        cable network reality cooking comedy variety fashion late-night weekly nightly
        """
    )
)


#: participles of a stance for or against a party, heading a reduced relative
_STANCE_PARTICIPLES = frozenset(_words("supporting opposing endorsing favoring favouring backing"))
#: round thirty-one: after a stance participle also a party or a candidate in lower case
#: ("a group backing former mayor Lund", "those supporting other candidates")
_STANCE_OBJECT_OPENS = re.compile(
    r"\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|this|that|former|other|presidential|"
    r"individual|both|rival)\s)"
)
#: round ninety-seven: "backed" / "backs" may also take a party as a pronoun ("backed him",
#: "backs them"), not one with a particle after it ("backed it up")
_BACKED_PARTY_OPENS = re.compile(
    _STANCE_OBJECT_OPENS.pattern[:-1]
    + r"|(?:him|them|us|me|it)\b(?!\s+(?:up|down|off|out|into|onto)\b))"
)
_REPORT_AFTER = re.compile(r"\s+(?:said|say|says|told|agreed|disagreed)\b")
_THAT_AFTER = re.compile(r"\s+that\b")
_TANK_AFTER = re.compile(r"[\s\-]+tanks?\b", re.IGNORECASE)
#: the plural subjects of a report after its content ("..., they believe.", "..., analysts
#: fear.")
_PLURAL_PRONOUNS = frozenset(_words("they we i you"))


def _postposed_plural_report(
    text: str, cue_start: int, low: str, pw: str, nw: str, gap: str
) -> bool:
    """Whether a base form that may be a noun ("believe", "fear", "hope", "doubt") is the
    verb of a report after its content: "The levy will fail, his advisers believe." A
    plural subject (a pronoun or a lower-case plural noun) stands right before it, a
    comma before that subject, and punctuation after it; "the voters' fear." has no
    comma-set subject, "the plans." is a plural form.

    Why: the noun test reads "believe." as a noun at the end of a phrase, which lost every
    postposed belief whose holders were not named ("..., the port's engineers believe").
    """
    if low.endswith("s") or gap.strip() or nw not in {".", ",", ";", "—", "–"}:
        return False
    if not (pw in _PLURAL_PRONOUNS or (pw.endswith("s") and not pw.endswith(("’s", "'s", "ss")))):
        return False
    lead = text[max(0, cue_start - 80) : cue_start]
    return "," in lead or "—" in lead


#: round eleven: the -s form of a report after a named source ("Harbour Radio reports that",
#: "..., the Harbour Gazette reports."), read as a verb
_NAMED_SOURCE_VERBS = frozenset(
    _words("reports writes notes claims warns adds argues explains insists suggests tells asks")
)
_NAMED_RUN_END = re.compile(
    r"(?:^|(?P<lead>[,;:.!?”\"]|\b[Tt]he|\b[A-Za-z]+)\s+)"
    r"(?P<run>[A-Z](?:[\w’'\-]|\.(?=\w))*(?:\s+(?:de|of|van|von)?\s*[A-Z](?:[\w’'\-]|\.(?=\w))*)*)"
    r"\s+$"
)
_AFTER_NAMED_REPORT = re.compile(
    r"\s*(?:[.,;:]|that\s+(?:the|a|an|he|she|it|they|we|I|his|her|their|its|[A-Z]))"
)
_POSS_DETERMINERS = frozenset(_words("its his her their our my your"))
_RUN_OPENING_PREPS = frozenset(
    _words("per in for of from by with despite after before amid under as like despite unlike")
)
_PREP_BEFORE_THE = re.compile(r"\b(?:in|of|on|from|to|by|with|for|at|about|into|under)\s+$", re.I)


def _named_source_reports(
    text: str, cue_start: int, low: str, prev: list[re.Match[str]], gap: str
) -> bool:
    """Whether an -s form that may be a plural noun ("reports", "claims", "notes") is the verb
    of a named source: a run of capitalised words, not possessed, then a clause ("that the",
    a colon) or the end of a postposed report ("..., the Gazette reports.").

    Why: the noun test read "Harbour Radio reports that" and "..., the Courier reports." as nouns
    (round ten's tally: the -s forms after a name were a third of its wrong rejections);
    "its Treasury reports.", "Labour claims." and "reports that list the costs" stay nouns.
    """
    if low not in _NAMED_SOURCE_VERBS or gap.strip() or not prev:
        return False
    if not prev[-1].group()[:1].isupper() or _POSSESSIVE_END.search(prev[-1].group()):
        return False
    if _AFTER_NAMED_REPORT.match(text, cue_start + len(low)) is None:
        return False
    m = _NAMED_RUN_END.search(text, max(0, cue_start - 80), cue_start)
    if m is None:
        return False
    lead = (m.group("lead") or "").lower()
    words = m.group("run").split()
    if lead in _POSS_DETERMINERS or words[0].lower() in _RUN_OPENING_PREPS:
        return False  # "its Treasury reports", "Per reports, ...", "Amid Senate claims"
    if lead == "the" and _PREP_BEFORE_THE.search(text, max(0, m.start() - 20), m.start("lead")):
        return False  # "in the Gazette reports, ...": the noun after a preposition
    # a single capitalised word needs "the" or a clause mark before it ("the Courier notes")
    return len(words) >= 2 or lead == "the" or not lead or not lead[:1].isalpha()


#: round nine: what a record does after its content ("..., a new poll shows.")
_RECORD_VERBS = frozenset(_words("show shows find finds indicate indicates suggest suggests"))
_RECORD_NOUNS = frozenset(
    _words(
        """
        poll polls survey surveys data records record documents report reports study studies
        figures numbers results filings estimates analysis polling research tallies
        """
    )
)


def _postposed_record(text: str, cue_start: int, low: str, pw: str, nw: str, gap: str) -> bool:
    """Whether "show(s)", "find(s)" after a record noun is the verb of a postposed finding:
    "Most of the money came in May, new filings show." (a comma before the record, a full
    stop or comma after the verb).

    Why: the noun test reads "shows." as a plural noun at the end of a phrase ("the talk
    shows."); after a record noun and a comma-set clause it is the record's verb.
    """
    if low not in _RECORD_VERBS or gap.strip() or nw not in {".", ",", ";"}:
        return False
    if pw not in _RECORD_NOUNS:
        # round sixty-four: a record's longer phrase (:mod:`postposed_records`)
        return postposed_record_phrase(text, cue_start)
    return "," in text[max(0, cue_start - 80) : cue_start]


#: subject pronouns: a word in -s right after one is a verb ("he writes", "she notes")
_SUBJECT_PRONOUNS = frozenset(_words("he she it who"))
#: a short subject right after a quotation's closing comma ('"...," the mayor ')
_AFTER_QUOTED_COMMA = re.compile(r"[,?!][”\"]\s+(?:[\w’'.\-]+\s+){1,5}$")


_CONTINUE_FORMS = frozenset(_words("continue continues continued continuing"))
#: words that may stand between a verb and its infinitive's "to" ("declined Friday to say")
_TIME_BEFORE_TO = frozenset(
    _words("monday tuesday wednesday thursday friday saturday sunday today yesterday again")
)
#: words before "to" that make the infinitive an attempt, an ability or a plan, not a report
_NOT_REPORTING_INFINITIVE = frozenset(
    _words(
        """
        needless is was are were as try tried tries trying begun began begin begins allowed
        able unable love loves loved like likes liked need needs needed working work works
        fought fight effort efforts decision decisions whether soon hard how care failed
        fail fails seem seems seemed appear appears appeared likely unlikely ready willing
        reluctant eager forced compelled bid move attempt attempts attempted chance ability
        permitted required going got get gets set due about supposed used order refusing
        declining hoping planning seeking wanting continuing pressure push pushed urged
        urging asked asking called calling told telling encouraged
        """
    )
)


#: words in -ly that are adjectives (or nouns) before a noun in -ing ("weekly briefing")
_LY_ADJECTIVES = frozenset(
    _words(
        "family italy ally rally july daily weekly monthly yearly quarterly hourly nightly early "
        "likely unlikely elderly friendly unfriendly lonely costly deadly lovely ugly silly holy "
        "jelly belly bully supply reply apply assembly anomaly monopoly homily timely orderly "
        "kindly lively manly worldly scholarly"
    )
)


#: "reported from Oslo." / "reported from Salem, Ore.; X, from Y.": a byline (the
#: place, then the sentence's end with no "that", colon or quotation)
_BYLINE_FROM = re.compile(
    r"\s+(?:live\s+)?from\s+[A-Z](?:(?!\bthat\b)[^.;:“\"\n]){0,40}?"
    r"(?:\s(?:[A-Z][a-z]{1,4}\.|D\.C\.)(?=[;\s]|$)|[.;](?=\s|$))"
)


#: round thirteen: texts and messages whose participle says what they say
_MESSAGE_NOUNS = frozenset(
    _words(
        """
        statements messages letters tweets posts speech speeches ad ads video videos email
        emails e-mail e-mails memo memos column columns editorial editorials op-ed op-eds
        petition petitions banner banners sign signs commercial commercials mailer mailers
        flyer flyers spot spots note notes poster posters remarks
        report reports resolution resolutions paper papers article articles story stories
        lawsuit lawsuits suit complaint complaints filing filings document documents
        """
    )
)


#: round fourteen: a subject pronoun with its auxiliary contracted ("he's hoping", "they're
#: planning", "I'm backing"): the auxiliary, not a possessive, before the participle
_CONTRACTED_AUX = frozenset(
    p + q + e
    for p, e in (
        ("he", "s"),
        ("she", "s"),
        ("it", "s"),
        ("who", "s"),
        ("they", "re"),
        ("we", "re"),
        ("you", "re"),
        ("i", "m"),
    )
    for q in "'’"
)


#: round fourteen: attitudes after "the state", "each state" (see _looks_nominal), and what
#: follows a noun there instead ("state support for", "the state plan is")
_ATTITUDE_AFTER_NOUN = frozenset(_words("want support hope plan fear doubt believe"))
_NOUN_COMPLEMENT = re.compile(r"\s+(?:for|of|among|from|in|is|was|has|had)\b")


#: round twenty-one: cue words read in another sense (the lead's finding on wire copy). The
#: noun "dispute" of a conflict, by what follows it ("the labour dispute at the port", "a
#: border dispute between", "trade disputes be settled", "disputes that had split the ports");
#: the verb takes an object ("disputed the figures", "disputes that claim").
_DISPUTE_NOUN_AFTER = re.compile(
    r"\s*(?:(?:over|with|between|among|at|in|on|about|to|unless|be|is|was|were|are|has|had|have|"
    r"could|would|will|may|might|and|or|which|involving|erupted|flared|dragged|escalated|"
    r"that\s+(?:has|had|is|was|have|were|are|began|arose|erupted))\b|[,;:)])"
)
#: "contest" of a race, by its object or the noun it qualifies ("will contest the 150-seat
#: assembly", "contested the mayoral race last year", "a contested primary"); the noun phrase
#: ends at the race's noun ("contested the election results" stays a dispute), and no
#: preposition stands before it ("contest the ruling of the council" stays one too). Round
#: twenty-two: the race's noun in any case ("will contest the 90-seat Senate", the stories
#: layer's race list), unless a capitalised name goes on after it (:data:`_NAME_GOES_ON`).
_CONTEST_A_RACE = re.compile(
    r"\s+(?:(?:the|a|an|their|its|his|her|this|next|last)\s+)?"
    r"(?:(?!(?:of|by|on|in|for|from|to|with|against|over|that)\b)[\w\-]+\s+){0,3}?"
    r"(?P<race>(?i:seats?|elections?|races?|polls?|primar(?:y|ies)|runoffs?|by-elections?|caucus(?:es)?|"
    r"nominations?|conventions?|title|ward|districts?|constituenc(?:y|ies)|leadership|"
    r"presidency|governorship|mayoralty|championship|house|senate|parliament|assembly|"
    r"council|congress|chamber))"
    r"(?![\w’'\-])(?!\s+(?!(?:in|for|on|at|as|and|or|against|this|"
    r"next|last|with|of|after|before|since|until|by|from|to|when|while|but|which|where|who|"
    r"that|twice|again|once|later|earlier)\b)[a-z])"
)
#: round twenty-two: after a body's capitalised name, another capitalised word goes on with the
#: name ("contest the House Speaker's ruling": a dispute), save a weekday or a month
_NAME_GOES_ON = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
)
#: the noun "contest(s)", by what follows it ("a two-man contest between", "the state's
#: contest Tuesday", "the next contests, in March", "contests coming up")
_CONTEST_NOUN_AFTER = re.compile(
    r"\s*(?:(?:between|with|among|against|to|for|in|on|at|of|is|are|was|were|will|would|"
    r"could|has|had|have|that|which|where|when|and|or|this|next|last|[a-z]+ing|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|[,.;:)!?]|$)",
    re.IGNORECASE,
)
#: a thing withheld: "denied bail", "were denied entry", "denied them access", "deny smaller
#: lines the right to bid", "the court denied the application" (a refusal, not a denial of a
#: statement)
_WITHHELD = (
    r"(?:bail|entry|access|admission|admittance|permission|visas?|licen[cs]es?|permits?|parole|"
    r"asylum|citizenship|residency|tenure|funding|benefits|treatment|services|help|aid|"
    r"assistance|passage|rights?|chances?|opportunit(?:y|ies)|voice|seats?|place|nomination|"
    r"victory|majority|status|requests?|applications?|motions?|petitions?|appeals?|waivers?|"
    r"exemptions?)(?![\w’'\-])"
)
_NOT_A_MODIFIER = (
    r"(?!(?:reports?|claims?|allegations?|charges?|accusations?|suggestions?|stor(?:y|ies)|"
    r"rumou?rs?|that|this|these|those|it|of|on|in|for|about|to|by|with|from|over|and|or)\b)"
)
#: the thing is no clause's subject: "denied the permit was forged" is a denial (round 23)
_NOT_A_SUBJECT = r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|did|does)\b)"
_DENIED_A_THING = re.compile(
    r"\s+(?:(?:the|a|an|any|its|their|his|her|our|them|him|us|me)\s+)?"
    rf"(?:{_NOT_A_MODIFIER}[\w][\w’'\-]*\s+){{0,2}}?" + _WITHHELD + _NOT_A_SUBJECT
)
#: ... to someone named first: "denied him a seat", "deny Ann Lund the nomination", "denied
#: many small firms the right to bid", "denied it the right to strike", "denied women the
#: vote" (not "denied reports the firm had access": no verb in the recipient, no claim noun;
#: not "denied it the next day": a time after the determiner)
_DENIED_SOMEONE = re.compile(
    r"\s+(?:him|them|us|me|it|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w.\-]*[\w]"
    r"|(?:(?!(?:reports?|claims?|allegations?|charges?|accusations?|suggestions?|stor(?:y|ies)|"
    r"rumou?rs?|that|it|this|these|those|any|all|being|having)\b)[a-z][\w\-]*\s+){0,2}"
    r"(?!(?:reports|claims|allegations|charges|accusations|suggestions|stories|rumou?rs)\b)"
    r"(?:[a-z][\w\-]*s|(?:wo)?men|people|children))\s+(?:the|a|an|any|their|his|her|its|our)\s+"
    r"(?!(?:next|following|same|last|day|week|month|year|morning|afternoon|evening|night)\b)"
    r"(?:[a-z][\w\-]*\s+){0,2}?"
)
#: round twenty-three: a recipient of up to five words before a thing withheld, with or
#: without a determiner ("denied the two reporters access", "denied each reporter a seat",
#: "denied Lund and Chan entry", "denied reporters from the Post access"): no word of the
#: recipient is a claim noun, a pronoun subject, an auxiliary, a verb form in -ed or -ing or
#: a preposition that opens a clause's tail, and the thing is not a clause's subject ("denied
#: the firm's permit was forged": a verb follows)
_RECIPIENT_WORD = (
    r"(?!(?:reports?|claims?|allegations?|charges?|accusations?|suggestions?|stor(?:y|ies)|"
    r"rumou?rs?|statements?|accounts?|remarks?|comments?|assertions?|that|this|these|it|he|she|"
    r"they|we|i|you|had|has|have|was|were|is|are|be|been|being|would|will|could|can|should|"
    r"may|might|must|did|does|do|not|never|ever|of|on|in|for|about|to|by|with|over|at|into|"
    r"against|as|if|whether|what|who|which|when|where|why|how|but|or|because|after|before|"
    r"since|while|until)\b)(?![\w’'\-]*(?:ed|ing)\b)[\w][\w’'.\-]*"
)
_DENIED_SOMEONE_A_THING = re.compile(
    rf"\s+(?:{_RECIPIENT_WORD}\s+){{1,5}}?(?:(?:the|a|an|any|their|his|her|its|our)\s+)?"
    + _WITHHELD
    + _NOT_A_SUBJECT
)
#: "denied to": "an advantage denied to smaller firms" (not the audience of a denial: "denied
#: to reporters that ...", "which he denied to me as false")
_DENIED_TO = re.compile(
    r"\s+to\s+(?P<np>[^,.;:“\"]{0,60}?)(?=\s+(?P<next>that|as|[“\"])\b|[,.;:]|$)"
)
_WEEKDAYS_MONTHS = _CALENDAR - {"on", "in", "at"}
_DENY_FORMS = frozenset(_words("deny denies denied denying"))
_CONTEST_FORMS = frozenset(_words("contest contests contested contesting"))
_OTHER_SENSE_FORMS = _DENY_FORMS | _CONTEST_FORMS | {"dispute", "disputes"}


def _other_sense(text: str, cue_start: int, low: str) -> bool:
    """Whether a cue of dispute or denial is read in another sense (round twenty-one): the
    noun "dispute" of a conflict, "contest" of a race, "denied" of a thing withheld.

    Why: the stories plugin's claims layer dropped such rows of ours one by one ("the labour
    dispute at the port", "will contest the assembly", "an advantage denied to smaller
    firms"); read here, every consumer gains (the attributions, the claims, the stance labels).
    """
    end = cue_start + len(low)
    if low in ("dispute", "disputes"):
        before = text[max(0, cue_start - 4) : cue_start].lower()
        if before.endswith("in ") and low == "dispute":
            return False  # "in dispute is whether ...": what is disputed, kept
        return _DISPUTE_NOUN_AFTER.match(text, end, end + 40) is not None
    if low in _CONTEST_FORMS:
        race = _CONTEST_A_RACE.match(text, end, end + 80)
        if race is not None and not (
            race.group("race")[0].isupper() and _NAME_GOES_ON.match(text, race.end())
        ):
            return True
        if low in ("contest", "contests"):
            prev = text[max(0, cue_start - 12) : cue_start].split()
            pw = prev[-1].lower() if prev else ""
            if pw in _AUX or pw in _MODALS or pw in {"to", "not", "never", "and", "who"}:
                return False  # "will contest it", "to contest in court": the verb
            return _CONTEST_NOUN_AFTER.match(text, end, end + 30) is not None
        return False
    if low in _DENY_FORMS:
        if _DENIED_A_THING.match(text, end, end + 60):
            return True
        if _DENIED_SOMEONE_A_THING.match(text, end, end + 80):
            return True
        m = _DENIED_SOMEONE.match(text, end, end + 80)
        if m is not None:
            first = text[end : m.end()].split()[0].lower()
            if first not in _WEEKDAYS_MONTHS:
                return True
        if low == "denied":
            m = _DENIED_TO.match(text, end, end + 80)
            if m is not None and m.group("next") is None:
                return True
    return False


#: round twenty-one: what follows a verb coordinated with the clause before it ("and call
#: Lund a liar", "and described the levy as a toll", "and tells them", "and pledges to",
#: "and added:"): an object, an infinitive, a clause or the quotation's colon
_COORDINATED_OBJECT = re.compile(
    r"\s*(?:(?:him|her|them|it|me|us|you|himself|herself|themselves|itself|the|a|an|his|its|"
    r"their|that|to|how|why|what|whether)\b|[A-Z]|[“\"]|[:,](?=\s*[“\"]))"
)


_RECORD_LEMMAS = frozenset(_words("show indicate suggest find"))
_ADD_LEMMAS = frozenset(_words("add tweet write post"))
_ADDED_REPORT = re.compile(r"\s*(?:that\b|[“\"]|[:,]\s*[“\"]|:)")


def _coordinated_verb(text: str, cue_start: int, form: str, pw: str, gap: str) -> bool:
    """Whether a cue form that may be a noun is a verb coordinated with the clause before it:
    "and" or "or" before it, an object, an infinitive, a clause or a quotation after it
    ("The mayor praised the crews and called Lund a liar", "She visited the quay and tells
    them the levy will go", "and added: "..."").

    Why: "and" stands in the determiner list of the noun test (for "threats and claims"), so
    every coordinated "call", "described", "added", "tells" after it read as a noun (round
    twenty-one's tally: about twenty gold speech cues in PolNeAR train). "the threats and
    promises of" keeps its noun (no object after it).
    """
    if pw not in ("and", "or") or gap.strip():
        return False
    lemma = CUE_FORMS.get(form.lower(), "")
    if lemma in _RECORD_LEMMAS:
        return False  # "to stand firm and show that the quay is safe": the clause's own verb
    if lemma == "believe" and text.startswith(" me", cue_start + len(form)):
        return False  # "and believe me, ...": an aside
    if lemma in _ADD_LEMMAS:
        # "added: "..."", "adds that": a report; "added a note of his own": an act
        return (
            _ADDED_REPORT.match(text, cue_start + len(form), cue_start + len(form) + 12) is not None
        )
    return (
        _COORDINATED_OBJECT.match(text, cue_start + len(form), cue_start + len(form) + 12)
        is not None
    )


#: round twenty-one: "ruled out", "ruled on the appeal", "ruled in favour of": no ruling reported
#: round seventy: forms of a cue word whose next word shows another sense. "Echo(es, ed, ing)
#: with" is a sound, not words repeated ("the hall echoed with cheers"); "show up" and "show
#: off" are turning up and parading ("few voters showed up", "showing off the new hat"; "polls
#: show up to a third undecided" is left); "found himself" is ending up somewhere ("found
#: herself at the centre of a row"); "tell the difference" is telling apart.
_ECHO_SOUND_AFTER = re.compile(r"\s+with\b")
_SHOW_UP_OFF_AFTER = re.compile(r"\s+(?:up\b(?!\s+to\b)|off\b)")
_FOUND_ONESELF_AFTER = re.compile(
    r"\s+(?:himself|herself|themselves|itself|myself|ourselves|yourself|yourselves)\b"
)
_TELL_APART_AFTER = re.compile(r"\s+the\s+difference\b")
_OTHER_SENSE_BY_NEXT = {
    "echo": _ECHO_SOUND_AFTER,
    "echoes": _ECHO_SOUND_AFTER,
    "echoed": _ECHO_SOUND_AFTER,
    "echoing": _ECHO_SOUND_AFTER,
    **dict.fromkeys(("show", "shows", "showed", "shown", "showing"), _SHOW_UP_OFF_AFTER),
    **dict.fromkeys(("find", "finds", "found", "finding"), _FOUND_ONESELF_AFTER),
    **dict.fromkeys(("tell", "tells", "told", "telling"), _TELL_APART_AFTER),
}
_RULED_ON = re.compile(r"\s+(?:out|on|in|by|against|for|over|from|with)\b")
#: advice reported: "advised the board to wait", "advises that", "advised against the sale"
_ADVICE_GIVEN = re.compile(
    r"\s+(?:(?:[\w’'.\-]+\s+){1,5}?to\s+[a-z]|that\b|against\b)|[:,]?\s*[“\"]"
)


def _report_noun_as_subject(text: str, end: int) -> bool:
    """Whether the word "report" ending at ``end`` is a noun whose verb follows it: "the
    harbour board report said", "A 2019 Coast Guard report found", "the audit report will".

    Why (round forty-one): a determiner's phrase ending in "report" ("the harbour board
    report") read as a subject and the verb "report" gave a row with the phrase's modifier as
    the speaker ("the harbour board") and left the real report, the verb after it, nested or
    without a row. The verb "report" takes a clause or an object, never a finite verb right
    after it: a verb of saying or finding ("said", "found", "shows"), an auxiliary or a modal
    there makes "report" the noun. (Not any -ed word: "firms report increased demand" has an
    adjective there.)
    """
    m = _NEXT_LOWER_WORD.match(text, end, end + 30)
    if m is None:
        return False
    w = m.group(1)
    return (
        w in _FINITE
        or w in _RECORD_VERBS
        or w in _FOUND_OR_SHOWED
        or (w in FORM_TO_LEMMA and w not in _NOUNISH and not w.endswith("ing"))
    )


#: the past of the record verbs, which the cue lexicon lists under other classes
_FOUND_OR_SHOWED = frozenset(_words("found showed concluded indicated suggested"))

#: words before "report(s)" that are no modifier of the noun: a pronoun, an auxiliary's
#: company, a plural or a collective that takes the verb ("many report", "police report")
_NOT_REPORT_MODIFIER = frozenset(
    _words(
        """
        i you we they he she it him her them us me who that which what whom there here
        and or but nor to not also will would could can may might should must shall did do does
        police people staff media crew public press many few both all others most some several
        more such each every one none now then still later often first again already just even
        never always soon today yesterday tonight
        """
    )
)
#: what follows the noun "report(s)" and never the verb: a preposition, a relative, a
#: participle, a time word, the clause's end
_NOUN_COMPANY = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:to|at|of|on|from|in|for|over|with|by|under|into|which|each|every|"
    r"last|this|earlier|later|[a-z]+ed|[a-z]{3,}ing)\b"
)
#: words before "say" that make it the noun ("the final say", "had no say"); round fifty-seven:
#: an article or a possessive ("were granted a say in", "get their say on"), and a size ("a
#: larger say than"): the verb never follows them
_SAY_NOUN_BEFORE = frozenset(
    _words(
        """
        final last no any more greater big little a their his its our your my larger bigger
        equal real direct fair
        """
    )
)
#: a subject's determiner two words back: "the agency reports that" is the verb
_SUBJECT_DETERMINERS = frozenset(_words("the a an this that its his her their our my your"))


def _report_after_modifier(
    text: str, end: int, prev: list[re.Match[str]], gap: str, low: str
) -> bool:
    """Whether "report" or "reports" right after a lower-case singular word is the noun with
    its modifier: "your free credit reports", "a false burglary report", "its quarterly
    report", "relies on user reports", "despite online reports".

    Why (round fifty-seven): a modifier read as a subject made the noun a verb, a row with
    the modifier as its speaker ("credit", "user") and a filing or a document as its content;
    on PolNeAR train such rows match no gold item. A verb "report" agrees with a plural or a
    pronoun ("officials report", "they report"), so a singular word before the base form is
    its modifier; "reports" after a singular noun is the verb only with that noun's
    determiner ("the agency reports that"), left as it was. And only where a noun's company
    follows: a preposition, a relative, a participle, a time or the clause's end ("credit
    reports each year", "user reports to", "local reports revealed"); a clause or an object
    after it is the verb's content ("a security analyst reports drones were seen", "sources
    in the region report delays"), left as it was.
    """
    if gap.strip() or len(prev) < 2 or not _NOUN_COMPANY.match(text, end):
        return False
    pw = prev[-1].group()
    if (
        not pw.isalpha()
        or not pw.islower()
        or pw in _NOT_REPORT_MODIFIER
        or pw in _AUX
        or (pw.endswith("s") and not pw.endswith("ss"))
        or (pw.endswith("ly") and pw not in {"quarterly", "monthly", "weekly", "daily", "yearly"})
    ):
        return False
    return low == "report" or prev[-2].group().lower() not in _SUBJECT_DETERMINERS


#: round ninety-five: what may follow the verb "states" ("the law states that the pier ...",
#: "the ad states, ...", "It states plainly ...", "the charter states no fee may ..."): a
#: mark, a capital or a number, "that" before no verb, a determiner or pronoun, a preposition
#: or an adverb. Any other lower-case word after it shows the plural noun ("swing states
#: matter", "states that vote next week", "the way states select delegates", "future states
#: no matter what")
_STATES_VERB_NEXT = re.compile(
    r"\s*(?:[^\w\s]|$)"
    r"|\s+(?:[A-Z0-9]"
    r"|that\s+(?!(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|should"
    r"|do|does|did|vote|voted)\b)"
    r"|no\b(?!\s+matter\b)"
    r"|(?:the|a|an|his|her|its|their|our|my|your|this|these|those|there|it|he|she|they|we|you"
    r"|in|on|as|what|how|why|whether|if|only|also|not|otherwise|[a-z]+ly)\b)"
)
#: a pronoun before "states" is its subject ("it states", "who states")
_STATES_SUBJECT_PRONOUNS = frozenset(_words("it he she who which one"))


def _states_as_noun(text: str, end: int, pw: str) -> bool:
    """Round ninety-five: "states" as the plural noun, not the verb of a document or a
    person: "Swing states matter more than ever", "win in battleground states that vote next
    week", "the way states select delegates". The noun read as the verb gave a row whose
    speaker was the words before it ("Swing", "The mayor hopes to win in battleground") and
    whose content was the noun's predicate or relative clause; a reported clause after the
    verb ("the report states that the ...", "Her letter states the fee is ...") is left."""
    if pw in _STATES_SUBJECT_PRONOUNS:
        return False
    return _STATES_VERB_NEXT.match(text, end) is None


#: words before a participle that make it an adjective ("the said vessel", "the reported
#: attack", "an estimated 1.15%", "the most reported")
_PARTICIPLE_MODIFIERS = frozenset(
    _words("the a an aforesaid above more less most least well better poorly fully ill")
)
#: round ninety-one: what opens a reported clause or an object after a verb ("most said they
#: were", "Most agreed that", "most told the board"), not a noun a participle modifies ("most
#: reported cases")
_CLAUSE_OPENS_NEXT = re.compile(
    r"[ \t]*(?:[,:“\"‘]|(?:that|they|he|she|it|we|I|you|the|there|this|these|those|a|an|his|"
    r"her|their|its|our|to|with|on)\b)"
)


def _most_as_subject(text: str, prev: list[re.Match[str]], after: int) -> bool:
    """Round ninety-one: "most" (or "more") standing alone as a verb's subject ("; most said
    they were worried", "Most agreed that ...", "More said they would"): the sentence, a
    clause or a coordination opens right before it and a clause or an object follows the verb
    (not "the most reported", "most reported cases")."""
    most = prev[-1]
    if len(prev) >= 2:
        # (a word right before it opens nothing: "earlier than most expected, the Fed ...")
        before = text[prev[-2].end() : most.start()].rstrip()
        opens = (before != "" and before[-1] in '.;:!?,"”') or prev[-2].group().lower() in {
            *("and", "but", "yet", "though", "although", "while", "because", "since", "when")
        }
    else:
        opens = True  # no word in the forty characters before it: a text's or a line's start
    return opens and _CLAUSE_OPENS_NEXT.match(text, after) is not None


def _advocacy_noun(
    text: str, cue_start: int, low: str, prev: list[re.Match[str]], gap: str, pw: str
) -> bool:
    """Round ninety-one: "advocate" or "advocates" used as the noun: a preposition before it
    ("pushback from immigration advocates"), a noun's complement, a punctuation mark, a verb
    or an adverb after it ("an advocate of", "advocates said", "reform advocates also
    believe", "advocates:"), or, for the bare form, no word before it that a verb's bare form
    follows (a plural subject, "to", a modal, a pronoun: "a gun advocate", "Supreme Court
    advocate" are nouns; "to advocate", "they advocate", "Democrats advocate" verbs)."""
    if gap.strip() == "," and low.endswith("s"):
        pw = "(appositive)"  # "Lund, a senator from Oslo, advocates": the subject's comma
    if pw in _ADVOCACY_NOUN_BEFORE or not pw:
        return True
    if _ADVOCACY_NOUN_NEXT.match(text, cue_start + len(low)):
        return True
    nxt = _NEXT_LOWER_WORD.match(text[cue_start + len(low) : cue_start + len(low) + 30])
    if nxt is not None and (
        nxt.group(1) in CUE_FORMS
        or nxt.group(1) in _ADVOCACY_NOUN_NEXT_WORDS
        or nxt.group(1).endswith("ly")
    ):
        return True  # a verb or an adverb after it: "reform advocates believe", "also said"
    if low.endswith("s"):
        return False
    if pw in _ADVOCACY_VERB_AFTER or (pw.endswith("ly") and len(pw) > 4):
        return False
    word = prev[-1].group()
    return not (word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and len(word) > 3)


def _looks_nominal(text: str, cue_start: int, form: str) -> bool:
    """True when a cue word is used as a noun or adjective ("denies claims that", "the
    said vessel") rather than as a reporting verb."""
    prev = list(_WORD.finditer(text, max(0, cue_start - 40), cue_start))
    pw = prev[-1].group().lower() if prev else ""
    lead = text[max(0, cue_start - 60) : cue_start]
    if (
        "ccording to " in lead
        and _ACCORDING_TO_LEAD.search(lead)
        and not (_CLAUSE_MARK.search(lead.rsplit("ccording to", 1)[-1]))
    ):
        return True  # "according to the official WHO report": part of the relayed source
    if (
        form.lower().endswith("ed")
        and (_NUMERAL.fullmatch(pw) or pw in _COUNT_WORDS)
        # (the next word read only here: the two tests before it rarely hold)
        and (
            nxt_low := _NEXT_LOWER_WORD.match(
                text[cue_start + len(form) : cue_start + len(form) + 30]
            )
        )
        is not None
        and nxt_low.group(1) not in _POSS_STOP_OR_PRONOUN
    ):
        return True  # "41 pledged delegates", "1.6 million confirmed cases"
    gap = text[prev[-1].end() : cue_start] if prev else ""
    if gap.strip():
        pw = ""
    low = form.lower()
    if low in _ADVOCACY_NOUN_FORMS and _advocacy_noun(text, cue_start, low, prev, gap, pw):
        return True  # round ninety-one: "privacy advocates said", "a gun advocate"
    if (low in _OTHER_SENSE_FORMS) and _other_sense(text, cue_start, low):
        return True  # round twenty-one: "the labour dispute at", "contest the assembly"
    if low == "report" and _report_noun_as_subject(text, cue_start + len(form)):
        return True  # round forty-one: "the harbour board report said", "a 2019 report found"
    if low in {"report", "reports"} and _report_after_modifier(
        text, cue_start + len(form), prev, gap, low
    ):
        return True  # round fifty-seven: "free credit reports", "a false burglary report"
    if low == "states" and _states_as_noun(text, cue_start + len(form), pw):
        return True  # round ninety-five: "swing states matter", "states that vote next week"
    if low in _OTHER_SENSE_BY_NEXT and _OTHER_SENSE_BY_NEXT[low].match(text, cue_start + len(form)):
        return True  # round seventy: "the hall echoed with cheers", "found himself"
    if support_as_noun(text, cue_start, form, pw):
        return True  # round seventy-one: "draw enough support", "drum up support"
    if low == "ruled" and _RULED_ON.match(text, cue_start + len(form)):
        return True  # round twenty-one: "ruled out a levy", "ruled on the appeal": no report
    if low.startswith("advis") and not _ADVICE_GIVEN.match(text, cue_start + len(form)):
        return True  # round twenty-one: "advises the port on the sale": an act, no report
    if pw == "to" and len(prev) >= 2 and prev[-2].group().lower() in _CONTINUE_FORMS:
        return False  # "polls continue to show", "continued to express doubts": the verb
    if (
        low == "call"
        and pw == "to"
        and not gap.strip()
        and _NAMING_AFTER_CALL.match(text, cue_start + len(form))
    ):
        # round ninety-six: the naming infinitive ("used the speech to call Lee a liar",
        # "took to the radio to call the fee "theft""); the naming's guards judge the name
        return False
    if (
        pw in {"state", "states"}
        and low in _ATTITUDE_AFTER_NOUN
        and len(prev) >= 2
        and (
            prev[-2].group().lower() in _DETERMINERS
            or prev[-2].group().lower() in _COUNT_WORDS
            or _NUMERAL.fullmatch(prev[-2].group())
        )
        and not _NOUN_COMPLEMENT.match(text, cue_start + len(form))
    ):
        # round fourteen: "voters in each state want", "those in the two states support":
        # "state" after its determiner is the noun, not a report of its own
        return False
    if (
        low.endswith("ing")
        and pw not in _AUX
        and pw not in _CONTRACTED_AUX
        and pw not in {"as", "statement", "message", "letter", "tweet", "post", "release"}
        # round thirteen: a text or a message that says something ("ads attacking Lund",
        # "a speech denouncing the levy", "a petition calling on the board"; 58% gold where
        # the shape occurs in PolNeAR train)
        and pw not in _MESSAGE_NOUNS
        # (round forty-one: the same 60 characters as lead, searched only where "with" occurs)
        and not ("with" in lead and _WITH_PHRASE_END.search(lead))
        and not _CLAUSE_MARK_END.search(text[max(0, cue_start - 4) : cue_start])
        and not (
            form[:1].isupper()
            and _AT_SENTENCE_START.search(text[max(0, cue_start - 4) : cue_start])
        )
        and pw not in {"by", "while", "when", "after", "before", "upon", "in", "without", "and"}
        # round twenty-one: "Since announcing his bid", "Besides attacking the levy", "or
        # denouncing him": a participle clause after its subordinator
        and pw not in {"since", "besides", "or"}
        and not (pw == "of" and _SHORT_OF_END.search(text, max(0, cue_start - 40), cue_start))
        # round ten: "firmly urging", "openly mocking": after a manner adverb the -ing
        # word is a verb ("a weekly briefing", "the early warning" keep their adjective)
        and not (len(pw) > 4 and pw.endswith("ly") and pw not in _LY_ADJECTIVES)
        and not (
            low in _REPORTING_PARTICIPLES and _REPORTED_CLAUSE.match(text, cue_start + len(form))
        )
        and not (
            # "skippers supporting Mr. Lund", "a group opposing the levy": a reduced relative
            low in _STANCE_PARTICIPLES
            and pw not in _DETERMINERS
            and _STANCE_OBJECT_OPENS.match(text, cue_start + len(form))
        )
    ):
        return True  # "his financial reporting": a gerund or adjective, not a participle clause
    if low in {"states", "state"}:
        if (
            low == "states"
            and not gap.strip()
            and postposed_common_report(text, cue_start, low, pw)
        ):
            return False  # round eighty-nine b: '"...," the document states.'
        nxt_tok = _NEXT_TOKEN.match(text[cue_start + len(form) :][:30])
        nt = nxt_tok.group(1) if nxt_tok else ""
        ntl = nt.lower()
        if nt in {":", '"', "“"} and pw not in {"united", "member"}:
            return False  # 'The 14th Amendment states: "..."'
        # "member states said", "the United States", "sixteen states." are nouns; "The report
        # states that ...", "The Herald states the jet was ..." are verbs
        after_that = (
            _NEXT_WORD.match(text, cue_start + len(form) + len(nt) + 1) if ntl == "that" else None
        )
        return bool(
            pw in {"united", "member", "gulf", "arab", "baltic", "nation", "city", "island"}
            or pw in _DETERMINERS
            # round seventeen: a number before it ("six states", "a dozen states", "two-dozen
            # states"), a participle or "such" after it ("states voting", "states such as"),
            # a relative "that" with its verb ("states that have voted"): the noun
            or _NUMERAL.fullmatch(pw) is not None
            or pw in _COUNT_WORDS
            or pw.endswith("dozen")
            or (ntl.endswith("ing") and ntl[:1].islower() and len(ntl) > 4)
            or ntl == "such"
            or (
                after_that is not None
                and (
                    (aw := after_that.group(1).lower()) in _AUX
                    or aw in _FINITE
                    or aw in _PAST
                    or (aw.endswith("ed") and len(aw) > 4)
                )
            )
            or ntl in _FINITE
            or ntl in _AUX
            or ntl in _STOP_BACK_BUT_THAT
            or ntl in {"and", "or", "of", "in", "on", "at", "for", "to", "with", "like", "as"}
            or _STATES_MODIFIER_SUFFIX.search(pw) is not None
            or (ntl in FORM_TO_LEMMA and ntl not in _NOUNISH)
            or (ntl.endswith("ed") and ntl[:1].islower())
            or (nt and not nt[0].isalnum() and nt not in {":", '"', "“"})
            or not nt
        )
    if low in {"backed", "backs", "backing"} and not _BACKED_PARTY_OPENS.match(
        text, cue_start + len(form)
    ):
        # "backed down", "backed by", "their backs": a stance needs its object (round
        # forty-seven: also a party in lower case, "a group backing former mayor Lund")
        return True
    if low in {"questioned", "asked"} and _REPORT_AFTER.match(text, cue_start + len(form)):
        return True  # "voters questioned said", "those asked say": a poll's respondents
    if low == "know" and pw in {"you", "please", "ya"}:
        return True  # "you know," a filler; "please know that": an address, no belief
    if low == "think" and _TANK_AFTER.match(text, cue_start + len(form)):
        return True  # "a liberal think tank"
    if (
        low in {"show", "shows"}
        and pw in _SHOW_MODIFIERS
        and not _THAT_AFTER.match(text, cue_start + len(form))
    ):
        return True  # "the radio show", "his talk show", "a TV show": a programme
    if low.endswith(("ed", "told")):
        # (the words before the cue read only for a form that can be a passive participle:
        # "said", "says" and the -ing forms never need them)
        back = [m.group().lower() for m in prev[-4:]][::-1]
        while back and (
            back[0] in {"not", "never", "yet", "also", "already", "still", "n't"}
            or (back[0].endswith("ly") and back[0] not in {"family", "italy", "ally"})
        ):
            back = back[1:]  # "was quickly reported"
        if back and back[0] in {"is", "was", "were", "are", "been", "being", "be"}:
            return True  # passive ("was dismissed"); agentless reports are found separately
    if prev and not gap.strip() and _POSSESSIVE_END.search(prev[-1].group()) and low.endswith("ed"):
        return True  # "Johnson's stated intent"
    if (
        low in _NOUNISH
        and not low.endswith(("ed", "ing"))
        and prev
        and not gap.strip()
        and _ADJECTIVE_SUFFIX.search(pw)
        and len(prev) >= 2
        and prev[-2].group().lower() in _DETERMINERS
    ):
        return True  # "a preliminary report", "the official statement"
    if (
        form.lower() in _NOUNISH or (form.lower().endswith("s") and form.lower() not in {"says"})
    ) and not _coordinated_verb(text, cue_start, form, pw, gap):
        if _named_source_reports(text, cue_start, low, prev, gap):
            return False  # round eleven: "Harbour Radio reports that", ", the Gazette reports."
        if not gap.strip() and postposed_common_report(text, cue_start, low, pw):
            return False  # round eighty-nine b: "..., the editorial board writes."
        if pw in _DETERMINERS or (
            pw in FORM_TO_LEMMA
            and pw not in _AUX
            # "The report stated", "Initial reports stated": a document noun as the subject
            and not (low.endswith("ed") and pw in _NOUNISH and not gap.strip())
            # "county reports show that": a record noun as the subject of its finding
            and not (low in _RECORD_VERBS and pw in _RECORD_NOUNS and not gap.strip())
        ):
            return True
        nxt = _NEXT_TOKEN.match(text[cue_start + len(form) : cue_start + len(form) + 30])
        nw = nxt.group(1) if nxt else ""
        if low.endswith(("ed", "ing", "written")):
            pass
        elif (
            (nw.lower() in _NOUN_FOLLOWERS or (nw and not nw[0].isalnum() and nw not in '“":'))
            and not (
                # '"...," Lee opines.': a verb-only form after a name
                low not in _NOUNISH and prev and not gap.strip() and prev[-1].group()[:1].isupper()
            )
            and not _postposed_plural_report(text, cue_start, low, pw, nw, gap)
            and not _postposed_record(text, cue_start, low, pw, nw, gap)
            # '"...," he writes.', '"...," the mayor notes.': a subject pronoun before it, or
            # a short subject right after a quotation's closing comma, makes it the verb
            and not (pw in _SUBJECT_PRONOUNS and not gap.strip())
            and not _AFTER_QUOTED_COMMA.search(text, max(0, cue_start - 60), cue_start)
        ):
            return True
    if (
        (low.endswith("ed") or low in {"said", "told", "written"})
        and pw in _PARTICIPLE_MODIFIERS
        # (round ninety-one: not "most" as the subject, "; most said they were", "Most agreed")
        and not (pw in {"most", "more"} and _most_as_subject(text, prev, cue_start + len(form)))
    ):
        return True  # "the said vessel", "the reported attack", "an estimated 1.15%"
    if (
        low in _NOUNISH
        and not low.endswith(("ed", "ing"))
        and len(prev) >= 2
        and prev[-1].group()[:1].isupper()
        and prev[-2].group().lower() in {"a", "an"}
    ):
        return True  # "a UN report", "a BBC estimate"
    if (
        low in _NOUNISH
        and not low.endswith(("ed", "ing", "s"))
        and len(prev) >= 2
        and not gap.strip()
        and prev[-1].group().isalpha()
        and prev[-1].group().islower()
        and prev[-2].group().lower() in {"a", "an"}
    ):
        return True  # round twelve: "a simple question", "a bold claim": a bare noun after
        # "a" and a modifier (a verb would agree with its subject: "a team reports")
    if low in _NOUNISH and not low.endswith(("ed", "ing")) and _POSSESSIVE_END.search(pw):
        return True  # "the President's claim would ..."
    if (low in _NOUNISH) and low.endswith("s") and (pw.isdigit() or pw in _NUMBER_WORDS):
        return True  # "sixteen states", "two reports"
    if low in {"suspect", "suspects", "suspected"} and not (
        pw in _PRONOUNS
        or pw in _COMMON_SPEAKERS
        or (pw.endswith("s") and prev and prev[-1].group()[:1].islower())
    ):
        return True  # "the suspect", "a murder suspect": the noun
    if low in {"thought", "thinks"}:
        nt = _NEXT_WORD.match(text[cue_start + len(form) : cue_start + len(form) + 30])
        if not nt or not (
            nt.group(1).lower() in _THOUGHT_VERB_FOLLOWERS or nt.group(1)[:1].isupper()
        ):
            return True  # "without apparent thought as to ...": a noun
    if low == "say" and pw in _SAY_NOUN_BEFORE:
        return True  # "the final say"; round fifty-seven: "a say in", "their say on"

    nxt_word = _NEXT_ALNUM_WORD.match(text[cue_start + len(form) : cue_start + len(form) + 12])
    if (
        low in {"cited", "reported", "described", "quoted", "alleged", "claimed", "listed"}
        and nxt_word
        and (
            nxt_word.group(1) in {"for", "by"}
            or (
                nxt_word.group(1) == "in"
                and prev
                and prev[-1].group()[:1].islower()
                and pw not in _PRONOUNS
                and pw not in _COMMON_SPEAKERS
            )
        )
    ):
        return True  # "factors cited for the drop", "reported by local press"
    if (low.endswith("ed") or low == "told") and _BY_AGENT_AFTER.match(
        text[cue_start + len(form) : cue_start + len(form) + 30]
    ):
        return True  # "sanctions urged by makers", "confirmed yet by the examiner": passives
    if (
        low.endswith("ed")
        and not gap.strip()
        and (
            pw
            in {
                "over",
                "about",
                "of",
                "for",
                "amid",
                "despite",
                "against",
                "without",
                "into",
                "among",
                "amongst",
                "including",
                "regarding",
                "concerning",
            }
            or (
                pw in {"some", "many", "several", "these", "those", "their", "its", "his", "her"}
                and nxt_word is not None
                and nxt_word.group(1).islower()
                and nxt_word.group(1) not in {"that", "to", "the", "a", "an", "he", "she", "it"}
                and nxt_word.group(1) not in {"they", "we", "there", "this", "on", "in"}
            )
        )
    ):
        return True  # "over alleged plots", "Some estimated death tolls": adjectives
    if (
        low in {"believed", "thought", "estimated", "reputed", "rumoured", "rumored", "feared"}
        and nxt_word
        and nxt_word.group(1) == "to"
    ):
        return True  # "36 people believed to have been involved": a reduced passive
    if low.startswith("report") and _BYLINE_FROM.match(text, cue_start + len(form)):
        return True  # round twelve: "Lund reported from Washington.": a byline, no report
    if low.startswith("report"):
        on = _REPORTED_ON.match(text[cue_start + len(form) : cue_start + len(form) + 60])
        if (
            on
            and on.group(1).lower() not in _CALENDAR
            and on.group(1).lower() not in _ADVERBIAL_PP_WORDS
            and not _THAT_COLON_OR_QUOTE.search(text[cue_start : cue_start + 200].split(".")[0])
        ):
            return True  # "reported extensively on the war": journalism, not a report
    if low == "determined" and nxt_word and nxt_word.group(1) == "to":
        return True  # "determined to win": an adjective
    if low.startswith("admit") and nxt_word and nxt_word.group(1) == "to":
        after_to = _TO_WORD.match(text[cue_start + len(form) : cue_start + len(form) + 40])
        if after_to and not after_to.group(1).endswith("ing"):
            return (
                True  # "admitted to the Academy", "admitted to hospital"; not "admitted to lying"
            )
    if low == "accused" and nxt_word and nxt_word.group(1) == "of":
        return True  # "people accused of crimes"
    if pw == "to":  # "declined to comment", "expected to announce"
        back = 2  # "declined Friday to say", "refused again to confirm": the verb before the day
        while len(prev) > back and prev[-back].group().lower() in _TIME_BEFORE_TO:
            back += 1
        pw2 = prev[-back].group().lower() if len(prev) >= back else ""
        # "took to the radio to say", "the first skipper to endorse": an infinitive of
        # purpose reports (its speaker is found by _verb_attribution)
        if pw2 in _CONTINUE_FORMS or (
            pw2 == "as" and len(prev) >= 3 and prev[-3].group().lower() == "far"
        ):
            return False  # "continued to assert that", "went so far as to say"
        return pw2 in CUE_FORMS or pw2 in _AUX or pw2 in _NOT_REPORTING_INFINITIVE
    return False
