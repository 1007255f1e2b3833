"""Reports in the passive, passes 1 to 2b of :func:`rules._find`: agentless ("X is said
to", "it was reported that"), with an agent after "by", and a report verb with no agent whose
subject is the content ("the plan was criticized for its cost"): :func:`_passive_findings`.
Their source follows the verb or is missing, so they are read before the verbs of saying."""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import (
    _clause_end,
)
from newslens_stance.attributions.first_reports import first_reported_findings
from newslens_stance.attributions.judged_passives import (
    AS_ONLY_VERBS,
    JUDGED_VERBS,
    agent_within_line,
    judged_party,
    reason_after_agent,
    rejected_claim,
)
from newslens_stance.attributions.lexicon import (
    _AGENTLESS_RE,
    _COMMON_SPEAKERS,
    _DISCOURSE,
    _PASSIVE_BY_RE,
    _TITLE_WORDS,
    _WORD,
    CUE_FORMS,
    FORM_TO_LEMMA,
    _aux_starts,
    _matches_at,
    _words,
)
from newslens_stance.attributions.restrictive_stance_passives import (
    restrictive_stance_passive_findings,
)
from newslens_stance.attributions.speakers import (
    _np_before,
)
from newslens_stance.attributions.summing_appositives import summing_appositive_findings
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _strip_span,
)

# _find: its patterns, compiled once (a pattern string costs a lookup a call)
_AGENTLESS_VERB = re.compile(
    r"(said|reported|alleged|believed|thought|claimed|rumou?red|understood|"
    r"purported)"
)
_BY = re.compile(r"\bby\b")
#: a negative word ("no", "none", "nothing", "neither", "nobody", "not", "never", "n't")
_NEGATIVE_WORD = re.compile(
    r"\b(?:no|none|nothing|neither|nobody|not|never)\b|n[’']t\b", re.IGNORECASE
)
#: round ten: reports in the passive with no agent (section 2b of :func:`_find`); verbs whose
#: passive is a report where they occur in PolNeAR train ("was criticized", 6 of 7; "was
#: announced", 7 of 10), not those whose passive is mostly an act ("was charged", "was
#: dismissed", "was called", "the offers were rejected")
_PASSIVE_BARE_WORDS = frozenset(
    _words(
        "criticized criticised condemned denounced accused announced declared confirmed "
        "revealed described mentioned deemed"
    )
)
_PASSIVE_BARE_RE = re.compile(
    r"\b(?P<aux>(?:is|was|were|are|has\s+been|have\s+been|had\s+been))\s+"
    r"(?:(?:not|never|widely|also|publicly|repeatedly|officially|formally|first|later|"
    r"sharply|roundly|quickly)\s+)?"
    r"(?P<verb>" + "|".join(sorted(_PASSIVE_BARE_WORDS)) + r")\b(?!\s+(?:by|to)\b)"
)
#: the complement of such a passive: "for its cost", "of lying", "as a threat"
_PASSIVE_BARE_TAIL = re.compile(r"(?:\s+(?:on|last|this|in)\s+\w+)?\s+((?:for|of|as)\s)")
_DECLARED_TAIL = re.compile(r"\s+((?:the|a|an)\s)")
#: round thirty: the complement of "was deemed" ("invalid", "a risk", "“top secret”", "to be
#: safe"), not an agent or a time
_DEEMED_TAIL = re.compile(r"\s+(?!by\b|on\b|in\b|last\b|this\b)((?:to\s+be\s+)?[“\"'‘]?[\w])")
_RELATIVE_PRONOUN_END = re.compile(r"[\w,]\s+(who|which|that)\s+$")
_NEGATED_SUBJECT = re.compile(r"(?:no|none|nothing|neither)\b", re.IGNORECASE)
_AS_OR_TO = re.compile(r"\s+as\s+|\s+(?=to\s)")
_AS_NEXT = re.compile(r"\s+as\s")
_TO_END = re.compile(r"\bto\s+$")
#: a preposition right before a phrase: the phrase is the tail of a longer one
_PREP_BEFORE = re.compile(
    r"\b(?:of|on|in|for|with|at|about|from|over|into|against)\s+(?:[a-z\-]+\s+(?:and|or)\s+)?$"
)
#: round sixty-five: the verbs of judgement whose passive takes a reason after "for" ("was
#: criticized by the skippers for the delay"); a verb of saying's "for" is as often the
#: agent's own phrase ("was confirmed by a spokesman for the port"). Round seventy-three
#: widened them (:mod:`judged_passives`).
_JUDGED_FOR_REASON = JUDGED_VERBS
#: "for" or "over" and a lower-case word inside an agent: the reason or the matter, no part
#: of the party ("by the skippers over the delay"; not "over 50 members", a number)
_REASON_IN_AGENT = re.compile(r"\s+(for|over)\s+(?=[a-z])")
#: the heads whose "for" phrase names whom they speak for ("a spokesman for the port")
_SPEAKS_FOR_HEADS = frozenset(
    _words(
        "spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys "
        "advocate advocates representative representatives official officials"
    )
)


#: round forty-seven: a stance in the passive ("the levy is opposed by the unions"), whose
#: agent may be a share of a party ("was backed by 40 percent of anglers", "by overwhelming
#: majorities of both parties"), as a poll reports it
#: (their lemmas: the attitude lexicon's, which the report lexicon lacks; "oppose" a "deny")
_STANCE_PASSIVES = {"supported": "support", "opposed": "oppose", "backed": "back"}
_SHARE_OF_PARTY = re.compile(
    r"(?:(?:about|nearly|almost|roughly|only|just|some|over|more\s+than)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|in\s+\d+\b)|"
    r"(?:(?:large|wide|big|huge|overwhelming|slim|narrow)\s+)?majorit(?:y|ies)\b|"
    r"(?:most|half|many)\s+of\b)"
)
#: the last "that", "whether" or "if" of a stance passive's subject, or a fronted phrase
#: before a comma ("According to Lee, the rebels are backed by ...", "In Elmton, Dale was
#: supported by ..."): the stance's subject is what follows, so a report around it keeps it
#: inside its content
_LAST_THAT = re.compile(
    r".*\b(?:that|whether|if)\s+|"
    r"(?:[Aa]ccording\s+to|[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Ss]ince|[Ll]ast|[Tt]his|"
    r"[Ww]hile|[Ww]hen|[Bb]ut|[Yy]et|[Ss]o|[Aa]nd)\b[^,]{0,80},\s+",
    re.DOTALL,
)
#: round forty-seven: a stance in a reduced passive after a comma ("the ferry bill, opposed
#: by the unions, never became law"); "backed by" and "supported by" after a comma are as
#: often arms, money or evidence ("troops, backed by air strikes"), so "opposed" alone
_REDUCED_OPPOSED_RE = re.compile(
    r"(?P<comma>,)\s+(?:\w+ly\s+)?(?P<verb>opposed)\s+by\s+"
    r"(?P<agent>(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'.\-]*|[a-z]+)(?:\s+(?:of|for|the|and|"
    r"[A-Z][\w’'.\-]*|[a-z]+)){0,7}?)(?=\s*[,.;:!?]|\s*$)"
)

# the word sets of the function below, built once (a set union per call costs microseconds)
_TITLE_WORDS_AND_SENIOR = _TITLE_WORDS | {"senior"}
_SPEAKER_OR_PRESS_HEADS = _COMMON_SPEAKERS | {"police", "media", "press", "outlets", "newspapers"}


def _agent_before_reason(text: str, agent: tuple[int, int], verb: str) -> tuple[int, int]:
    """Round sixty-five: the agent of "was criticized by the skippers for the delay" or "by the
    skippers over the delay" ends before the reason: the agent pattern runs on over lower-case
    words to the clause's end, so the reason was read as part of the party. "for" is cut only
    after a verb of judgement (whose passive takes a reason) and not after a head that speaks
    for someone ("by a spokesman for the port"); "over" before a lower-case word after any verb
    ("by the board over the weekend"), never before a number ("by over 50 members")."""
    for cut in _REASON_IN_AGENT.finditer(text, agent[0], agent[1]):
        before = text[agent[0] : cut.start()].split()
        if not before or (before[0].lower() in {"the", "a", "an"} and len(before) == 1):
            continue
        if cut.group(1) == "for" and (
            verb not in _JUDGED_FOR_REASON or before[-1].lower() in _SPEAKS_FOR_HEADS
        ):
            continue
        return _strip_span(text, agent[0], cut.start())
    return agent


def _passive_findings(
    doc: _Doc, text: str, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Passes 1 to 2b of :func:`_find`: reports in the passive, with no agent ("X is said to",
    "it was reported that"), with one after "by", or a report verb with no agent whose subject
    is the content ("the plan was criticized for its cost"); rows are appended to ``findings``,
    cues to ``used_cues``.

    Why a function of its own: the passive's source follows its verb or is missing, so it is read
    before the verbs of saying, which look for a subject before the cue.
    """
    # 1. agentless passives: "X is said to", "it was reported that"
    aux_starts = _aux_starts(text)
    for m in _matches_at(_AGENTLESS_RE, aux_starts, text):
        verb = _AGENTLESS_VERB.search(m.group())
        if verb is None:
            continue
        c0 = m.start() + verb.start()
        c1 = m.start() + verb.end()
        s0, s1 = doc.sentence(c0)
        if m.group("bare") and (
            doc.quote_at(c0) is not None
            or _BY.search(text[c1 : min(s1, c1 + 50)])
            or _NEGATIVE_WORD.search(text[s0 : m.start()] + " " + m.group())
        ):
            continue  # an agent comes later, or a negated report: "No injuries were reported"
        lemma = FORM_TO_LEMMA.get(verb.group(), verb.group().rstrip("d").rstrip("e"))
        if verb.group() in {"thought", "rumoured", "rumored", "understood"}:
            lemma = {"thought": "think", "understood": "understand"}.get(verb.group(), "rumour")
        a, b = _strip_span(text, s0, _clause_end(doc, s0, s1))
        a = a + (_DISCOURSE.match(text[a:b]).end() if _DISCOURSE.match(text[a:b]) else 0)  # type: ignore[union-attr]
        if b > a:
            findings.append(_Finding((c0, c1), lemma, None, [(a, b)], hedged=True, agentless=True))
            used_cues.add(c0)
    # 2. passives with an agent: "The death was announced by the University"
    for m in _matches_at(_PASSIVE_BY_RE, aux_starts, text):
        c0, c1 = m.span("verb")
        s0, s1 = doc.sentence(c0)
        if doc.quote_at(c0) is not None:
            continue
        sp = _agent_before_reason(text, agent_within_line(text, m.span("agent")), m.group("verb"))
        agent = text[sp[0] : sp[1]]
        stance = m.group("verb") in _STANCE_PASSIVES
        if m.group("verb") in AS_ONLY_VERBS and not _AS_NEXT.match(text, m.end(), s1):
            continue  # round seventy-three: "dismissed by a judge" is a ruling, no judgement
        if not (
            agent[:1].isupper()
            or agent.split()[0].lower() in {"the", "a", "an"}
            # "by former Governor Ann Lee", "by senior aides"
            or (agent.split()[0].lower() in _TITLE_WORDS_AND_SENIOR and len(agent.split()) > 1)
            or agent.lower() in _COMMON_SPEAKERS
            or agent.split()[-1].lower() in _SPEAKER_OR_PRESS_HEADS
            or (stance and _SHARE_OF_PARTY.match(agent))
            # round seventy-three: "rebuked by opponents", "scolded by her uncle"
            or (m.group("verb") in JUDGED_VERBS and judged_party(text, sp))
        ):
            continue  # "reported by midday"
        subj = _strip_span(text, s0, m.start("aux"))
        if m.group("verb") in JUDGED_VERBS:
            # round seventy-three: the one judged is the phrase before the verb, or a relative
            # pronoun as written, as pass 2b reads it ("when he was accused by", "a guild,
            # which was rebuked by"), not the sentence up to it
            rel = _RELATIVE_PRONOUN_END.search(text, max(s0, m.start("aux") - 8), m.start("aux"))
            judged = rel.span(1) if rel is not None else _np_before(doc, m.start("aux"), s0)[0]
            if judged is None and _TO_END.search(text, max(s0, m.start("aux") - 4), m.start("aux")):
                continue  # "he claimed to have been accused by X": the claim's content
            if judged is None:
                judged = subj  # "lost the vote and was criticized by": the clause, as before
            for _ in range(2):
                # "the proposed levy on | oils and fats was criticised", "an offer from |
                # Hutton was rejected": the phrase scan stopped at a preposition inside the
                # subject; the phrase before it heads the subject
                prep = _PREP_BEFORE.search(text, max(s0, judged[0] - 30), judged[0])
                head = _np_before(doc, prep.start(), s0)[0] if prep is not None else None
                if head is None:
                    break
                judged = (head[0], judged[1])
            subj = judged
            if m.group("verb") == "rejected" and not rejected_claim(text, subj, s0):
                continue  # "the offer was rejected by the board": a decision, as in the active
        if stance:
            if _RELATIVE_PRONOUN_END.search(text, subj[0], m.start("aux")):
                continue  # "the pier, which is backed by the board": the antecedent's row
            # "a poll shows that Dale was backed by ...": the stance's subject is the clause's
            that = _LAST_THAT.match(text, subj[0], subj[1])
            if that is not None:
                subj = (that.end(), subj[1])
        if _NEGATED_SUBJECT.match(text[subj[0] : subj[1]]):
            continue  # "No deaths were reported by ...": a negated report has no content
        dm = _DISCOURSE.match(text[subj[0] : subj[1]])
        subj = (subj[0] + (dm.end() if dm else 0), subj[1])
        if subj[1] - subj[0] < 2 or sp[1] <= sp[0]:
            continue
        parts = [subj]
        reason = reason_after_agent(doc, sp[1], s1) if m.group("verb") in JUDGED_VERBS else None
        tail = _AS_OR_TO.match(text[m.end() : s1]) if reason is None else None
        if reason is not None:
            # round seventy-three: "was rebuked by opponents for his vote": the reason too
            parts.append(reason)
        elif tail:
            a2, b2 = _strip_span(text, m.end() + tail.end(), _clause_end(doc, m.end(), s1))
            if b2 > a2:
                parts.append((a2, b2))
        lemma = _STANCE_PASSIVES.get(m.group("verb")) or FORM_TO_LEMMA.get(
            m.group("verb"), m.group("verb")
        )
        findings.append(_Finding((c0, c1), lemma, sp, parts, claims_act=lemma == "claim"))
        used_cues.add(c0)
    # 2a. round forty-seven: "the ferry bill, opposed by the unions, never became law": the
    # agent holds the stance, the noun phrase before the comma is what it is against
    for m in _REDUCED_OPPOSED_RE.finditer(text) if "opposed" in lower_words else ():
        c0, c1 = m.span("verb")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, _ = doc.sentence(c0)
        sp = _strip_span(text, *m.span("agent"), punct=" \t\n,;:.")
        agent = text[sp[0] : sp[1]]
        if not (agent[:1].isupper() or agent.split()[0].lower() in {"the", "a", "an"}):
            continue  # "opposed by many" names no party
        target, _ = _np_before(doc, m.start("comma"), s0)
        if target is None or sp[1] <= sp[0]:
            continue
        findings.append(_Finding((c0, c1), "oppose", sp, [target]))
        used_cues.add(c0)
    # 2a'. round seventy-five: "the remarks, first reported by the Courier, ..."
    first_reported_findings(doc, lower_words, findings, used_cues)
    # 2a''. round eighty-nine b: "..., a move criticized by the union"
    summing_appositive_findings(doc, lower_words, findings, used_cues)
    # 2a'''. round ninety-seven: "a levy opposed by the unions", "rebels backed by Freedonia"
    restrictive_stance_passive_findings(doc, lower_words, findings, used_cues)
    # 2b. round ten: a report in the passive with no agent: "the plan was criticized for its
    # cost", "he was accused of lying", "the pier's sale was announced on Monday"; the
    # subject (and the complement after "for", "of", "as") is the content, no source
    for m in (
        _matches_at(_PASSIVE_BARE_RE, aux_starts, text) if lower_words & _PASSIVE_BARE_WORDS else ()
    ):
        c0, c1 = m.span("verb")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        rel = _RELATIVE_PRONOUN_END.search(text, max(s0, m.start("aux") - 8), m.start("aux"))
        # (a relative pronoun is the subject, as PolNeAR marks it: "a judge who was named")
        subj = rel.span(1) if rel is not None else _np_before(doc, m.start("aux"), s0)[0]
        if subj is None:
            continue
        words = _WORD.findall(text[subj[0] : subj[1]])
        if (
            not words
            or _NEGATED_SUBJECT.match(text[subj[0] : subj[1]])
            or _NEGATIVE_WORD.search(m.group())
            or any(f.cue[0] < c0 < max(b for _, b in f.content) for f in findings if f.content)
        ):
            continue  # "Nothing was announced"; a clause too long to be one subject
        parts = [subj]
        tail = _PASSIVE_BARE_TAIL.match(text, m.end(), s1)
        if tail is None and m.group("verb") == "declared":
            tail = _DECLARED_TAIL.match(text, m.end(), s1)  # "was declared the winner"
        if m.group("verb") == "deemed":
            # round thirty: "the ballots were deemed invalid": the judgement is the complement
            tail = _DEEMED_TAIL.match(text, m.end(), s1)
            if tail is None:
                continue
        if tail:
            a2, b2 = _strip_span(text, tail.start(1), _clause_end(doc, tail.start(1), s1))
            by = _BY.search(text, a2, b2)
            b2 = _strip_span(text, a2, by.start())[1] if by is not None else b2
            if b2 > a2:
                parts.append((a2, b2))
        verb = m.group("verb")
        lemma = FORM_TO_LEMMA.get(verb, CUE_FORMS.get(verb, verb))  # ("deemed": "deem")
        findings.append(_Finding((c0, c1), lemma, None, parts, agentless=True))
        used_cues.add(c0)
