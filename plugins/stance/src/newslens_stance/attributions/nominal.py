"""Nominal cues, passes 3l to 3p of :func:`rules._find`: an attitude noun with its clause
("their fear that ..."), a stance noun and what it is for or against ("support for the levy"),
criticism drawn and support or an endorsement won, whose holder is the possessor or the phrase
after "from", "of" or "among" (:func:`_nominal_findings`)."""

from __future__ import annotations

import re

from newslens_stance.attributions.bounds import _looks_clause
from newslens_stance.attributions.clauses import (
    _clause_end,
)
from newslens_stance.attributions.held_stance_subjects import holders_cut, supported_before
from newslens_stance.attributions.lexicon import (
    _AUX,
    _PAST,
    _WORD,
    _matches_at,
    _occurs,
    _words,
)
from newslens_stance.attributions.patterns import (
    _NP_OBJECT_END,
    _OBJECT_END,
    _word_starts,
)
from newslens_stance.attributions.speakers import (
    _np_before,
)
from newslens_stance.attributions.subjects import _clause_subject, _verbish
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _strip_span,
)

#: round nine: nouns of a stance and the preposition of their object (3m)
_NOMINAL_STANCE_RE = re.compile(
    r"(?<![\w’'\-])(?P<cue>[Ss]upport|[Oo]pposition|[Cc]riticism|[Ee]ndorsements?)\s+"
    r"(?P<prep>(?<=support\s)for|(?<=Support\s)for|(?<=pposition\s)to|(?<=riticism\s)of|"
    r"(?<=ndorsement\s)of|(?<=ndorsements\s)of)\s+(?=[\w“\"])"
)
_NOMINAL_STANCE_WORDS = frozenset(_words("support opposition criticism endorsement endorsements"))
_NOMINAL_STANCE_FORMS = _NOMINAL_STANCE_WORDS | {w.capitalize() for w in _NOMINAL_STANCE_WORDS}
_NOMINAL_STANCE_LEMMAS = {"support": "support", "opposition": "oppose", "criticism": "criticism",
                          "endorsement": "endorsement"}  # fmt: skip
#: round eleven: criticism drawn or faced (3n): "drew sharp criticism", "came under criticism"
_CRITICISM_DRAWN_RE = re.compile(
    r"\b(?:faced?|faces|facing|drew|drawn|draws|drawing|sparked|sparks|sparking|attracted|"
    r"attracts|attracting|provoked|provokes|provoking|(?:came|comes?|coming)\s+under)\s+"
    r"(?:(?:sharp|harsh|heavy|intense|fierce|widespread|public|strong|growing|mounting|"
    r"bipartisan|withering|immediate|swift|some|much|stepped-up|renewed|fresh|new|similar|"
    r"scathing|severe|vocal|broad|quick)\s+){0,2}(?P<cue>criticism)\b"
)
_CRITICISM_FROM = re.compile(
    r"\s+from\s+(?P<src>[^,;:.“\"]+?)(?=\s+(?:for|over|about|that|after|because|as|when|"
    r"who|which|on|in)\b|[,;:.“\"]|$)"
)
_SUPPORT_HELD_RE = re.compile(
    r"\b(?P<cue>(?:has|have|had|won|earned|earns|drew|draws|received|receives|enjoys|"
    r"enjoyed|garnered|garners|secured|gained|consolidated)\s+(?:(?:the|strong|stronger|"
    r"strongest|even|overwhelming|full|broad|deep|greatest|great|solid|wide|widespread|"
    r"majority|won|his|her|their|its|the)\s+){0,3}(?:support|backing))\s+(?:of|from|among)\s+"
    r"(?!the\s+(?:polls?|survey|campaign)\b)"
    r"(?P<src>[^,;:.“\"()—–]+?)(?=\s+(?:for|over|about|that|after|because|as|when|who|"
    r"whom|which|while|by|to|since|despite|but|behind|with)\b|\s+in\s+(?:his|her|their|its|"
    r"our|my)\b|\s+-|[,;:.“\"()—–]|$)"
)
#: what follows "support" in every match of :data:`_SUPPORT_HELD_RE` (its necessary
#: condition: the pattern opens with "has", "had", ..., tried wherever they occur)
_SUPPORT_FROM = re.compile(r"\s+(?:of|from|among)\s")
_JOINS = frozenset(_words("and but yet so or nor"))
#: a "subject" that is an auxiliary or a conjunction: the clause's subject stands further back
_AUX_OR_JOINS = _AUX | _JOINS
_HELD_WORDS = frozenset(_words("support backing"))
#: what backs a thing without holding a stance: money, a pledge of it, or proof
_MONEY_OR_PROOF = frozenset(
    _words(
        """
        guarantee guarantees loan loans fund funds funding money cash credit collateral assets
        capital evidence data research studies study
        """
    )
)
_ENDORSEMENT_WON_RE = re.compile(
    r"\b(?:won|wins|received|receives|got|gets|picked\s+up|picks\s+up|has|had|have|earned|"
    r"earns|secured|secures|landed|lands|garnered|gained|collected|scored|"
    # round seventy-four: verbs of winning a set of them ("has locked up endorsements from
    # the unions", "sewn up endorsements of the pastors", "snagged the endorsement of")
    r"(?:locked|locks?|sewn|sewed|sews?|racked|racks?|rung|rang)\s+(?:up|down)|snag(?:s|ged))\s+"
    r"(?:(?:the|an?|his|her|their|its|key|major|coveted|crucial|first|latest|formal|"
    r"official|early|important|another|strong|big|new|powerful|any|single)\s+){0,2}"
    r"(?P<cue>endorsements?)\s+(?:of|from)\s+"
    r"(?P<src>[^,;:“\"()—–]+?)(?=\s+(?:for|over|about|that|after|because|as|when|who|"
    r"whom|which|while|by|to|since|despite|but|with|on|in|last|this|earlier|"
    r"even\s+(?:while|as|though|if|before|after))\b|\s+-|"
    # (a full stop, not a title's: "Gov. Ann Marsh", "Sen. Lee", "J. Lund")
    r"[,;:“\"()—–]|(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bGen)(?<!\bSt)(?<!\b[A-Z])\.|$)"
)
#: round forty-eight: a holder named a supporter or a backer after a copula, "Lund is a
#: longtime supporter of the levy", "the dockers were early backers of Dale": the subject holds
#: the stance, what follows "of" is its object (not "a financial backer of", money; the words
#: between the article and the noun are its modifiers, never "of", a determiner or a
#: preposition: "the son of a supporter of" and "is disliked by supporters of" name no stance
#: of the subject's)
_SUPPORTER_OF_RE = re.compile(
    r"(?<![\w’'\-])(?P<cue>(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|"
    r"remained|became|becomes?)\s+(?:(?:also|still|now|already|long)\s+)?"
    r"(?:(?:an?|among\s+the|one\s+of\s+the)\s+)?"
    r"(?:(?!(?:of|an?|the|his|her|their|its|financial|not|by|to|for|with|in|on|at|from|as|"
    r"among|than)\b)[a-z\-]+\s+){0,3}"
    r"(?:supporters?|backers?))\s+of\s+(?=[\w“\"])"
)
#: a subject that names no holder: a relative's or a dummy's ("which is a supporter of")
_NO_HOLDER = frozenset(_words("it this that which there what"))
#: round forty-eight: support thrown, lent or pledged behind or to its object, "the union
#: threw its support behind Dale", "Lee has lent her backing to the levy": the subject holds
#: the stance (round nine's :data:`_VOICED_END` reads these verbs before "support for" only);
#: no "gave": "gave support to" is as often arms or money as a stance
_SUPPORT_GIVEN_RE = re.compile(
    r"\b(?P<cue>(?:(?:has|have|had|is|are|was|were|will|would)\s+)?"
    r"(?:(?:already|also|quickly|publicly|formally|now|since|all)\s+)?"
    r"(?:threw|throws?|throwing|thrown|lent|lends?|lending|pledged|pledges?|pledging)\s+"
    r"(?:(?:his|her|their|its|our|my|full|strong|public|early|considerable|crucial|tacit|"
    r"formal|unequivocal|enthusiastic|considerable)\s+){1,3}(?:support|backing))\s+"
    r"(?:behind|to)\s+(?=[\w“\"])"
)
#: the stems every match of :data:`_SUPPORT_GIVEN_RE` holds (its necessary condition)
_GIVEN_VERBS = ("threw", "throw", "lent", "lend", "pledg")
_CRITICISM_REASON = re.compile(r"\s+(?:for|over|about|that)\s+")
#: a verb that puts a stance in words or deeds right before its noun ("voiced support for")
_VOICED_END = re.compile(
    r"\b(?:voic|pledg|signal+|offer|lend|lent|threw|throw|gave|give|giv|reaffirm|reiterat|"
    r"declar|announc|express)(?:e|es|ed|ing|s)?\s+(?:(?:his|her|their|its|strong|full|"
    r"new|renewed|public|qualified|tacit|early)\s+){0,2}$"
)
#: round nine: nouns of belief, hope and evidence that take a "that" clause (3l); round
#: twelve: nouns of saying whose "that" clause is a gold report in PolNeAR train at least 40%
#: of the time where the shape occurs (suggestion 57%, assertion 46%, complaint 7 of 7, claim
#: 47%, allegation 40%, warning 89%; not accusation 23%, argument 27%, charge 29%)
_NOMINAL_THAT_RE = re.compile(
    r"(?<![\w’'\-])(?P<cue>concerns?|fears?|beliefs?|hopes?|evidence|expectations?|suspicions?|"
    r"worry|worries|doubts?|assumption|perception|impression|notion|conviction"
    # round twelve: nouns of saying ("his suggestion that", "complaints that")
    r"|suggestions?|assertions?|complaints?|claims?|allegations?|warnings?)\s+(?P<that>that)"
    r"\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|"
    r"does|do|of|in|on|for|to|with)\b)"
)
_GAPPED_RELATIVE = re.compile(
    r"(?:we|they|he|she|I|you|it)\s+(?P<v>[a-z]+)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b"
)
_NOMINAL_THAT_WORDS = frozenset(
    _words(
        """
        concern concerns fear fears belief beliefs hope hopes evidence expectation expectations
        suspicion suspicions worry worries doubt doubts assumption perception impression notion
        conviction suggestion suggestions assertion assertions complaint complaints claim
        claims allegation allegations warning warnings
        """
    )
)
#: a possessor right before a nominal attitude: "their", "the mayor's nagging", "the harbour
#: administration's"
_POSSESSOR_END = re.compile(
    r"(?:^|(?<=[\s(“\"]))((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|(?:(?:the|a|an)\s+)?"
    r"(?:[A-Z][\w.\-]*\s+){0,4}[\w.\-]+[’']s?)\s+(?:(?:[a-z]+ly|deep|growing|nagging|"
    r"widespread|long|strong|firm|new|old|own|real|big|main|private|public|initial|"
    r"early|lingering|persistent|renewed|rising)\s+){0,2}$"
)
#: words that open a relative clause after "that" ("the fear that has gripped ..."), no content
_RELATIVE_CLAUSE_LEADS = frozenset(_words("has have had been being also still never only"))


def _nominal_findings(
    doc: _Doc, text: str, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Passes 3l to 3p of :func:`_find`: a nominal cue (an attitude with its clause, a stance
    and what it is for or against, criticism drawn, support or an endorsement won) whose holder
    is its possessor or the phrase after "from", "of" or "among"; the rows are appended to
    ``findings`` and their cues to ``used_cues``.

    Why a function of its own: the five passes share one shape (a noun cue, its holder, its
    content) and the patterns only they read; they run after the verb pass so that a verb's row
    keeps its noun ("voiced support for" is the verb's).
    """
    # 3l. round nine: a nominal attitude with its clause: "their fear that X", "a belief
    # that X", "the harbour board's hopes that X", "evidence that X"; the possessor is
    # the source, or none is named
    nominal_words = lower_words & _NOMINAL_THAT_WORDS
    for m in (
        _matches_at(_NOMINAL_THAT_RE, _word_starts(text, nominal_words), text)
        if nominal_words
        else ()
    ):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if any(f.cue[0] <= c0 < f.cue[1] + 12 for f in findings):
            continue  # "expressed concern that", "raised fears that": the verb's row has it
        s0, s1 = doc.sentence(c0)
        a = m.end("that")
        a, b = _strip_span(text, a, _clause_end(doc, a, s1))
        words = _WORD.findall(text[a:b])
        if (
            len(words) < 3
            or _verbish(words)
            or words[0].lower() in _RELATIVE_CLAUSE_LEADS
            or not _looks_clause(text[a:b], "believe")
            # round twelve: "the claims that we made were true": a relative with its object
            # gapped, its verb followed by the main clause's
            or (
                (gap := _GAPPED_RELATIVE.match(text, a, b)) is not None
                and (gap.group("v") in _PAST or gap.group("v").endswith("ed"))
            )
        ):
            continue  # "the fear that gripped the town": a relative clause, no content
        poss = _POSSESSOR_END.search(text, max(s0, c0 - 60), c0)
        speaker = _strip_span(text, *poss.span(1)) if poss is not None else None
        # (with no holder named, still asserted: a belief reported, not one distanced from)
        findings.append(_Finding((c0, c1), m.group("cue").lower(), speaker, [(a, b)]))
        used_cues.add(c0)
    # 3m. round nine: a nominal stance and what it is for or against: "support for the
    # levy", "their opposition to the toll", "his criticism of the plan", "her endorsement of
    # Lund"; the possessor is the source, or none is named
    stance_words = {w for w in _NOMINAL_STANCE_FORMS if w in text}  # ("Support for X")
    for m in (
        _matches_at(_NOMINAL_STANCE_RE, _word_starts(text, stance_words), text)
        if stance_words
        else ()
    ):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if any(f.cue[0] <= c0 < f.cue[1] + 12 for f in findings):
            continue  # "called for support for", "voiced support for": the verb's row
        s0, s1 = doc.sentence(c0)
        a = m.end("prep")
        a, b = _strip_span(text, a, _clause_end(doc, a, s1))
        cut = _OBJECT_END.search(text, a, b) or _NP_OBJECT_END.search(text, a, b)
        if cut is not None and cut.start() > a:
            b = _strip_span(text, a, cut.start())[1]
        if len(_WORD.findall(text[a:b])) < 1 or _looks_clause(text[a:b], "support"):
            continue
        voiced = _VOICED_END.search(text, max(s0, c0 - 40), c0)
        poss = None if voiced else _POSSESSOR_END.search(text, max(s0, c0 - 60), c0)
        if voiced is not None:
            # "Lund voiced support for", "the union threw its support behind": the subject
            speaker = _np_before(doc, voiced.start(), s0)[0]
        else:
            speaker = _strip_span(text, *poss.span(1)) if poss is not None else None
        lemma = _NOMINAL_STANCE_LEMMAS[m.group("cue").lower().rstrip("s")]
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)
    # 3n. round eleven: criticism drawn or faced, "The plan drew sharp criticism from the
    # unions", "Lund faced criticism for the levy": its critics (after "from") are the source,
    # what it is for (or, with no reason given, the clause's subject) the content
    for m in _CRITICISM_DRAWN_RE.finditer(text) if "criticism" in lower_words else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        pos = c1
        speaker = None
        src = _CRITICISM_FROM.match(text, pos, s1)
        if src is not None:
            speaker = _strip_span(text, *src.span("src"))
            pos = src.end("src")
        why = _CRITICISM_REASON.match(text, pos, s1)
        if why is not None:
            a, b = _strip_span(text, why.end(), _clause_end(doc, why.end(), s1))
        else:
            subject, _ = _np_before(doc, m.start(), s0)
            if subject is None:
                continue
            a, b = subject
        if b <= a or (speaker is not None and speaker[1] <= speaker[0]):
            continue
        findings.append(_Finding((c0, c1), "criticism", speaker, [(a, b)]))
        used_cues.add(c0)
    # 3o. round fourteen: support won or held, "Lund has the support of the unions", "Chan
    # drew strong support from older voters", "Lund received support among fishermen": the
    # supporters (after "of", "from", "among") are the source, the one supported (the
    # subject) the content (68% gold where the shape occurs in PolNeAR train; not "lacks
    # support", "sought support", "win the support of", a wish)
    # (round forty-eight: "backing" as "support", "Lund has the backing of the unions")
    held_words = lower_words & _HELD_WORDS
    support_held = bool(held_words) and _occurs(text, held_words, _SUPPORT_FROM)
    for m in _SUPPORT_HELD_RE.finditer(text) if support_held else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        sp = holders_cut(text, _strip_span(text, *m.span("src")))
        subject = supported_before(doc, c0, s0)
        if subject is None or sp[1] <= sp[0] or len(_WORD.findall(text[sp[0] : sp[1]])) < 1:
            continue
        if (
            m.group("cue").endswith("backing")
            and _WORD.findall(text[sp[0] : sp[1]])[-1].lower() in _MONEY_OR_PROOF
        ):
            continue  # "had the backing of a state guarantee": money or proof, no party
        # round seventy-four: the verb pass read the noun as a verb ("Lund drew wide support
        # among", its speaker "Lund drew wide"); the held support is the row
        findings[:] = [f for f in findings if not (c0 < f.cue[0] and f.cue[1] <= c1)]
        findings.append(_Finding((c0, c1), "support", sp, [subject]))
        used_cues.add(c0)
    # 3p. round fifteen: an endorsement won or held, "Lund won the endorsement of the dockers'
    # union", "Chan picked up an endorsement from a former rival": the endorsers (after "of",
    # "from") are the source, the one endorsed (the subject) the content (10 of 10 gold where
    # the shape occurs in PolNeAR train; not "sought the endorsement of", a wish)
    for m in _ENDORSEMENT_WON_RE.finditer(text) if "endorsement" in text else ():
        c0, c1 = m.span("cue")
        if doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        # (round seventy-four: a negated one too, "has not received any endorsement from the
        # unions": the unions' stance is withheld, and PolNeAR train marks them as the source,
        # 2 of 2 where the shape occurs; round fifteen had left it out unmeasured)
        sp = holders_cut(text, _strip_span(text, *m.span("src")))
        subject = supported_before(doc, m.start(), s0)
        if subject is not None and text[subject[0] : subject[1]].lower() in _AUX_OR_JOINS:
            subject = _clause_subject(doc, s0, m.start())
        if subject is None or sp[1] <= sp[0]:
            continue
        old = next((f for f in findings if f.cue == (c0, c1)), None)
        if old is not None:
            old.speaker, old.content = sp, [subject]
        elif c0 not in used_cues:
            findings.append(_Finding((c0, c1), "endorsement", sp, [subject]))
            used_cues.add(c0)
    # 3p'. round forty-eight: a supporter or a backer after a copula, "Lund is a longtime
    # supporter of the levy": the subject is the holder, the phrase after "of" the content
    for m in _SUPPORTER_OF_RE.finditer(text) if ("supporter" in text or "backer" in text) else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if any(f.cue[0] <= c0 < f.cue[1] for f in findings):
            continue
        s0, s1 = doc.sentence(c0)
        subject, _ = _np_before(doc, c0, s0)
        if subject is None or text[subject[0] : subject[1]].lower() in _NO_HOLDER:
            continue
        content = _stance_object(doc, m.end(), s1)
        if content is None:
            continue
        findings.append(_Finding((c0, c1), "support", subject, [content]))
        used_cues.add(c0)
    # 3p''. round forty-eight: support thrown, lent or pledged, "the union threw its support
    # behind Dale": the subject is the holder, what follows "behind" or "to" the content
    given = ("support" in text or "backing" in text) and any(v in text for v in _GIVEN_VERBS)
    for m in _SUPPORT_GIVEN_RE.finditer(text) if given else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if any(f.cue[0] <= c0 < f.cue[1] or c0 <= f.cue[0] < c1 for f in findings):
            continue  # a verb's row or round nine's "threw its support for" has it
        s0, s1 = doc.sentence(c0)
        subject = _holder_before(doc, c0, s0)
        if subject is None or text[subject[0] : subject[1]].lower() in _NO_HOLDER:
            continue
        content = _stance_object(doc, m.end(), s1)
        if content is None:
            continue
        findings.append(_Finding((c0, c1), "support", subject, [content]))
        used_cues.add(c0)


def _stance_object(doc: _Doc, a: int, s1: int) -> tuple[int, int] | None:
    """What a noun of stance is for, from ``a`` (round forty-eight's two passes): the clause's
    rest, cut where an object phrase ends; None when no word is left."""
    text = doc.text
    a, b = _strip_span(text, a, _clause_end(doc, a, s1))
    cut = _OBJECT_END.search(text, a, b) or _NP_OBJECT_END.search(text, a, b)
    if cut is not None and cut.start() > a:
        b = _strip_span(text, a, cut.start())[1]
    return (a, b) if _WORD.search(text[a:b]) else None


def _holder_before(doc: _Doc, pos: int, s0: int) -> tuple[int, int] | None:
    """The noun phrase right before ``pos``, or, when that is an auxiliary or a conjunction
    ("... and yet received the endorsement of", "... and has thrown its support behind"), the
    clause's subject (rounds fifteen and forty-eight)."""
    subject, _ = _np_before(doc, pos, s0)
    if subject is not None and doc.text[subject[0] : subject[1]].lower() in _AUX_OR_JOINS:
        return _clause_subject(doc, s0, pos)
    return subject
