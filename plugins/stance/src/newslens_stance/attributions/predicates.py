"""Attitudes and beliefs held with no verb of saying, passes 3f and 3i of
:func:`rules._find`: an adjective of attitude after a copula ("the crews are wary of the plan",
"Lund is eager to sail": :func:`_adjective_findings`), and a raising predicate whose belief has
no source in the text ("the fee seems high", "the pier is expected to reopen":
:func:`_raising_findings`)."""

from __future__ import annotations

import re

from newslens_stance.attributions.attitude_adjectives import (
    ANY_LY_ADVERB,
    BARE_CLAUSE_ADJECTIVES,
    BARE_CLAUSE_SUBJECT,
    CONFIDENCE_IN,
    in_open_bracket,
    is_bare_clause,
)
from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.lexicon import _WORD, _occurs, _words
from newslens_stance.attributions.patterns import _NOT_OR_NEVER, _RELATIVE_END
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.subjects import _clause_subject, _leading_subject
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span
from newslens_stance.attributions.views import _attitude_end

#: adjectives of attitude ("confident that", "eager to") and what follows them
_ATTITUDE_ADJECTIVES = (
    "confident|convinced|concerned|worried|eager|skeptical|sceptical|sure|certain|afraid|"
    "hopeful|optimistic|pessimistic|aware|determined|reluctant|willing|unwilling|ready|adamant|"
    "keen|anxious|angry|upset|frustrated|happy|pleased|glad|disappointed|proud|wary|fearful|"
    "doubtful|unsure|uncertain|"
    # round nine: feelings about something ("were thrilled with", "are shocked that")
    "nervous|excited|hesitant|unhappy|furious|alarmed|troubled|satisfied|dissatisfied|"
    "enthusiastic|surprised|shocked|outraged|delighted|thrilled|"
    # round thirteen: "has been critical of the levy" (only with "of": "critical to" is a need)
    "critical"
)
_ADJ_COMPLEMENT = (
    r"\s+(?P<comp>that\b|to\b|about\b|of\b|whether\b|with\b|over\b|in\b|"
    + BARE_CLAUSE_SUBJECT  # round eighty-three: "is not sure she can" (:mod:`attitude_adjectives`)
    + ")"
)
_ADJ_ATTITUDE_RE = re.compile(
    r"\b(?P<cop>is|are|was|were|remains?|remained|seems?|seemed|appears?|"
    r"appeared|has been|have been|had been|be|been|[’']s|[’']re)\s+(?:(?:not|also|still|very|"
    r"so|more|less|increasingly|deeply|clearly|quite|fairly|extremely|particularly|especially|"
    r"now|most|all|both|highly|sharply|openly|publicly|harshly|fiercely|strongly|often|"
    r"frequently|bitterly|"
    + ANY_LY_ADVERB  # round eighty-four: "were acutely aware that" (:mod:`attitude_adjectives`)
    + r")\s+)*(?P<cue>"
    + _ATTITUDE_ADJECTIVES
    + ")"
    + _ADJ_COMPLEMENT
)
#: the scan's necessary condition (:func:`_occurs`): an adjective and its complement
_ADJ_CUT = frozenset(_words("that about of with over in"))
_ADJ_WORDS = frozenset(_ATTITUDE_ADJECTIVES.split("|"))
_ADJ_AFTER = re.compile(_ADJ_COMPLEMENT)
_RAISING_COMPLEMENT = (
    r"\s+(?:(?:very|increasingly|all\s+but|more|less|equally|so|too|quite|rather|somewhat|"
    r"even|almost|clearly|genuinely|visibly|deeply|largely|fairly)\s+)?"
    r"(?P<comp>to\s+[a-z]|(?:un)?likely\b|that\b|certain\b|like\b|as\s+(?:if|though)\b"
    # an adjective: "seemed anxious", "appeared ready", "seems stable" (no adverb in -ly)
    r"|(?![a-z]+ly\b)[a-z]+(?:ed|ful|ous|ive|able|ible|al|ic|ent|ant|less|ary|ile|ady|ppy|"
    r"gry|sy|ble|ure|ear|ong|ak|ain|ious)\b)"
)
_RAISING_RE = re.compile(
    r"\b(?P<cue>seems?|seemed|appears?|appeared|"
    # "is expected to", "isn't expected to", "was originally expected to", "might be expected
    # to", "has been expected to": a negated or qualified expectation is still a belief held
    r"(?:(?:is|are|was|were)(?:n[’']t)?|(?:could|might|may|would|will|can|should|must)"
    r"(?:\s+not|n[’']t)?\s+be|(?:has|have|had)\s+been)"
    r"\s+(?:not\s+)?(?:(?:widely|also|originally|initially|generally|necessarily|still|now|"
    r"already|long)\s+)?expected)" + _RAISING_COMPLEMENT
)
#: the complements of a raising verb that open a clause or an infinitive (else: an adjective)
_RAISING_CLAUSE_LEADS = frozenset(_words("to likely unlikely that certain like"))
#: round thirty: "and" or "but" right before a coordinated "is expected to"
_AND_BUT_RAISED_END = re.compile(r"(?:,\s*)?\b(?:and|but)\s+$")
_RAISING_WORDS = frozenset(("seem", "seems", "seemed", "appear", "appears", "appeared", "expected"))
_RAISING_AFTER = re.compile(_RAISING_COMPLEMENT)
_IT_THERE_END = re.compile(r"\b(?:it|there)\s+$")


def _adjective_findings(
    doc: _Doc,
    text: str,
    lower_words: frozenset[str],
    findings: list[_Finding],
    used_cues: set[int],
) -> None:
    """Add the rows of an adjective of attitude after a copula ("are confident that").

    The subject before the copula holds the attitude; the content is the clause or what the
    attitude is about. A negation between copula and adjective marks the row negated. Not
    "critical to" (a need) nor "sure to" / "certain to" (the writer's forecast).
    """
    # 3f. attitudes as adjectives: "Officials are confident that ...", "X is eager to ..."
    attitude = _occurs(text, _ADJ_WORDS & lower_words, _ADJ_AFTER)
    for m in _ADJ_ATTITUDE_RE.finditer(text) if attitude else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if m.group("cue") == "critical" and m.group("comp") != "of":
            continue  # "is critical to the plan": a need, no attitude
        if m.group("comp") == "in" and m.group("cue") not in CONFIDENCE_IN:
            continue  # round eighty-three: "confident in X" only ("interested in", "ready in May")
        if m.group("cue") in {"sure", "certain"} and m.group("comp") == "to":
            # round fourteen: "the figure is sure to rise", "the plan is certain to be
            # challenged": the writer's forecast about the subject, no belief it holds (7% gold
            # where the shape occurs in PolNeAR train); "sure that", "certain whether" stay
            # beliefs ("ready to", 12% there, stays: unannotated text reads it as willingness)
            continue
        s0, s1 = doc.sentence(c0)
        if is_bare_clause(m.group("comp")) and (
            m.group("cue") not in BARE_CLAUSE_ADJECTIVES or in_open_bracket(text, s0, c0)
        ):
            continue  # round eighty-three: only a belief drops its "that" ("sure she can")
        speaker, hedged = _np_before(doc, m.start("cop"), s0)
        if speaker is None:
            continue
        sp_text = text[speaker[0] : speaker[1]].lower()
        if sp_text in {"it", "there", "this", "that", "which", "what"}:
            continue
        # the content is the clause or what the attitude is about ("about X": X)
        a = m.start("comp") + (len(m.group("comp")) if m.group("comp").lower() in _ADJ_CUT else 0)
        a, b = _strip_span(text, a, _clause_end(doc, a, s1))
        b = _attitude_end(text, a, b)  # round nine: the writer's additions
        if len(_WORD.findall(text[a:b])) >= 2:
            lemma = m.group("cue").lower()
            # "are not confident that", "wasn't sure whether": held against, or in doubt
            negated = _NOT_OR_NEVER.search(text, m.start("cop"), c0) is not None
            findings.append(
                _Finding((c0, c1), lemma, speaker, [(a, b)], hedged=hedged, negated=negated)
            )
            used_cues.add(c0)


def _raising_findings(
    doc: _Doc,
    text: str,
    lower_words: frozenset[str],
    findings: list[_Finding],
    used_cues: set[int],
) -> None:
    """Add the rows of a raising predicate: "X seems to ...", "is expected to ...".

    A belief or an inference with no source named (agentless rows): the subject, when there is
    one, is the content's first part, and a relative pronoun before "is expected" stands for
    it. Read after the headline and question passes, whose cues it skips.
    """
    # 3i. raising predicates, a belief or an inference with no source: "X seems to ...",
    # "the sale is expected to ...", "it appears likely that ..."
    raising = _occurs(text, _RAISING_WORDS & lower_words, _RAISING_AFTER)
    for m in _RAISING_RE.finditer(text) if raising else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        comp = m.group("comp")
        adjective = not (comp[:1] in "tlc" and comp.split()[0] in _RAISING_CLAUSE_LEADS)
        # an adjective keeps its degree word: "seemed increasingly anxious"
        a = c1 if adjective else m.start("comp")
        a, b = _strip_span(text, a, _clause_end(doc, a, s1))
        b = _attitude_end(text, a, b)  # round nine: the writer's additions
        if len(_WORD.findall(text[a:b])) < (1 if adjective else 2):
            continue
        rel = (
            _RELATIVE_END.search(text, max(s0, m.start() - 8), m.start())
            if m.group("cue").endswith("expected")
            else None
        )
        # "the ferry, which is expected to ...": the relative pronoun is the subject (PolNeAR
        # keeps it as the content's first part)
        subj = rel.span(1) if rel is not None else _np_before(doc, m.start(), s0)[0]
        if (
            subj is None
            and rel is None
            and m.group("cue").endswith("expected")
            and (coord := _AND_BUT_RAISED_END.search(text, s0, m.start())) is not None
        ):
            # round thirty: "Lund is moving to Oslo but is expected to keep her seat": the
            # expectation coordinated with a first clause is held of that clause's subject
            subj = _clause_subject(doc, s0, coord.start(), phrases=True) or _leading_subject(
                doc, s0, coord.start()
            )
        if rel is not None and text[s0 : rel.start(1)].rstrip().endswith(","):
            comma = text.find(",", a, b)  # "..., which is expected to X, was": the clause ends
            b = b if comma < 0 else _strip_span(text, a, comma)[1]
        parts = [(a, b)]
        if subj is not None and text[subj[0] : subj[1]].lower() not in {"it", "there", "this"}:
            parts.insert(0, subj)
        elif subj is None and not _IT_THERE_END.search(text[s0 : m.start()]):
            continue
        cue = m.group("cue")
        lemma = "expect" if cue.endswith("expected") else "appear" if "pp" in cue else "seem"
        findings.append(_Finding((c0, c1), lemma, None, parts, agentless=True))
        used_cues.add(c0)
