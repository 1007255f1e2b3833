"""Attitudes held and attitudes nobody holds: passes 3j to 3k of :func:`rules._find` ("see X
as Y", "consider X Y", "is seen as", "known as", "in his view": :func:`_view_findings`), the end
of a view's content (:func:`_attitude_end`), "X sees Y as Z" held by its subject
(:func:`_held_view`), and the rows dropped last because no one holds them
(:func:`_no_attitude`: advice, questions, "to" infinitives). Kept apart from the
verbs of saying since a belief has no audience and often no named source."""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import (
    _clause_end,
)
from newslens_stance.attributions.lexicon import (
    _DISCOURSE,
    _WORD,
    _matches_at,
    _occurs,
    _words,
)
from newslens_stance.attributions.patterns import _RELATIVE_END, _word_starts, cue_class
from newslens_stance.attributions.speakers import (
    _np_before,
)
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _strip_span,
)
from newslens_stance.attributions.view_holders import clause_holder

_KNOWN_AS_RE = re.compile(r"(?<![\w’'])(?P<cue>known)\s+(?P<as>as|for)\s+(?=[\w“\"‘'])")
#: a degree or time adverb right before "known" belongs to the cue ("best known for")
_KNOWN_ADVERB_END = re.compile(
    r"\b(?:now|also|best|well|widely|locally|formally|officially|commonly|better|once|long|"
    r"still)\s+$"
)


def _held_view(
    doc: _Doc, c0: int, s0: int, s1: int, a: int, cue: str | None = None
) -> tuple[tuple[int, int], bool, tuple[int, int]] | None:
    """Who holds the view cued at ``c0`` ("see X as Y", "consider X Y") and what it is, from
    the object at ``a``: (speaker, hedged, content), or None when no one holds it or the
    holder is no one's (:data:`_NO_SEER`). A view held in a relative clause takes the
    holder the verbs of saying take: the pronoun, "farmers who see it as" and (round eighty,
    as PolNeAR marks it; round thirty-one took the antecedent) "Lund, who sees the levy as a
    tax"; and "X, who sees Y as Z, left" ends the content at the relative's comma. Round
    eighty: a participle after a comma or a verb after "and / but" takes its clause's
    subject (:func:`view_holders.clause_holder`)."""
    text = doc.text
    speaker, hedged = _np_before(doc, c0, s0)
    rel = None
    if speaker is None or text[speaker[0] : speaker[1]] == "that":
        rel = _WHO_SEES_END.search(text, max(s0, c0 - 24), c0)
        if rel is not None and rel.group("pron2") == "that" and cue not in _THAT_SEES:
            rel = None  # "said that views of X as Y are common": a noun after a conjunction
        # round eighty: "who" (and "that" after a noun), as the verbs of saying take them
        if rel is not None:
            speaker, hedged = rel.span("pron" if rel.group("pron") else "pron2"), False
    if speaker is None and cue is not None:
        speaker = clause_holder(doc, c0, cue, s0)  # round eighty: ", seeing", "but views"
    if speaker is None or (rel is None and text[speaker[0] : speaker[1]].lower() in _NO_SEER):
        return None
    a, b = _strip_span(text, a, _clause_end(doc, a, s1))
    b = _attitude_end(text, a, b)  # round nine: the writer's additions
    if rel is not None and rel.group("comma") and (comma := text.find(",", a, b)) > 0:
        b = _strip_span(text, a, comma)[1]
    return speaker, hedged, (a, b)


def _view_findings(
    doc: _Doc, text: str, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Passes 3j to 3k of :func:`_find`: a view held by the subject ("voters see X as Y",
    "she considers him honest"), by nobody named or its agent ("is widely seen as", "known as"),
    or by a possessor ("in his view"); rows are appended to ``findings``, cues to ``used_cues``.

    Why a function of its own: these are beliefs with no audience, read by the patterns of
    :mod:`views` and no other pass.
    """
    # 3j. a belief about something: "voters see X as Y", "she views the plan as a mistake"
    seeing = _occurs(text, _SEE_WORDS & lower_words, _SEE_AFTER)
    for m in _SEE_AS_RE.finditer(text) if seeing else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        if _SEE_PASSIVE.search(text, max(s0, c0 - 40), c0):
            continue  # "is seen as", "was widely viewed as": no source here
        held = _held_view(doc, c0, s0, s1, m.start("obj"), m.group("cue"))
        if held is None:
            continue
        speaker, hedged, (a, b) = held
        if len(_WORD.findall(text[a:b])) >= 3:
            lemma = _SEE_LEMMAS[m.group("cue")[:3].lower()]
            findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)], hedged=hedged))
            used_cues.add(c0)
    # 3j-bis. round thirty-one: a judgement held with "consider" and a complement, "voters
    # consider Okafor honest", "he considers himself a farmer first" (a pronoun or a name as
    # the object, then an adjective or a noun phrase; not a deliberation: "consider Lund as a
    # running mate", "consider him for the post", "considering a bid")
    for m in _CONSIDER_RE.finditer(text) if "consider" in text else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if m.group("comp").lower() in _CONSIDER_NOT_COMPLEMENT:
            continue
        if m.group("obj") == "her" and not m.group("det"):
            continue  # "considered her best work": a possessive, not an object
        if text[m.end("obj") : m.end("obj") + 1] in "’'":
            continue  # "considered Lund's offer": a possessive
        s0, s1 = doc.sentence(c0)
        if _SEE_PASSIVE.search(text, max(s0, c0 - 40), c0):
            continue  # "is considered": the passives are round nine's
        held = _held_view(doc, c0, s0, s1, m.start("obj"))
        if held is None:
            continue
        speaker, hedged, (a, b) = held
        if len(_WORD.findall(text[a:b])) >= 2:
            findings.append(_Finding((c0, c1), "consider", speaker, [(a, b)], hedged=hedged))
            used_cues.add(c0)
    # 3j'. round nine: the passive of a view, a belief with no source or its agent: "the
    # levy is widely seen as a mistake", "the plan was seen by some as a retreat"
    seen_words = lower_words & _SEEN_WORDS
    for m in _matches_at(_SEEN_AS_RE, _word_starts(text, seen_words), text) if seen_words else ():
        aux = _SEEN_AUX_END.search(text, max(0, m.start() - 40), m.start())
        if aux is None:
            continue
        c0, c1 = aux.start(), m.end("verb")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        if c0 <= s0:
            continue
        rel = _RELATIVE_END.search(text, max(s0, c0 - 8), c0)
        subj = rel.span(1) if rel is not None else _np_before(doc, c0, s0)[0]
        if subj is None or text[subj[0] : subj[1]].lower() in {"it", "there", "this"}:
            continue
        a, b = _strip_span(text, m.start("as"), _clause_end(doc, m.start("as"), s1))
        b = _attitude_end(text, a, b)  # round nine: the writer's additions
        if rel is not None and text[s0 : rel.start(1)].rstrip().endswith(","):
            comma = text.find(",", a, b)  # "..., which is seen as X, was": the clause ends
            b = b if comma < 0 else _strip_span(text, a, comma)[1]
        if len(_WORD.findall(text[a:b])) < 2:
            continue
        agent = _strip_span(text, *m.span("agent")) if m.group("agent") else None
        lemma = _SEEN_LEMMAS.get(m.group("verb").split()[0], "see")
        findings.append(_Finding((c0, c1), lemma, agent, [subj, (a, b)], agentless=agent is None))
        used_cues.add(c0)
    # 3j''. round nine: a name or a reputation held by people at large: "a tax known as the
    # levy", "the firm is best known for its ferries", "X, now known as Y"
    for m in (
        _matches_at(_KNOWN_AS_RE, _word_starts(text, {"known"}), text)
        if ("known" in lower_words)
        else ()
    ):
        c0, c1 = m.span("cue")
        adv = _KNOWN_ADVERB_END.search(text, max(0, c0 - 14), c0)
        c0 = adv.start() if adv is not None else c0
        aux = _SEEN_AUX_END.search(text, max(0, c0 - 40), c0)
        if aux is not None:
            c0 = aux.start()
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        lead = text[max(s0, c0 - 2) : c0]
        end = c0 - 2 if lead == ", " else c0  # "X, known as Y": the name before the comma
        subj = _np_before(doc, end, s0)[0] if end > s0 else None
        if subj is None or text[subj[0] : subj[1]].lower() in {"it", "there", "this"}:
            continue
        a, b = _strip_span(text, m.start("as"), _clause_end(doc, m.start("as"), s1))
        if aux is None:
            comma = text.find(",", a, b)  # a reduced relative ends at its comma
            b = b if comma < 0 else _strip_span(text, a, comma)[1]
        if len(_WORD.findall(text[a:b])) < 2:
            continue
        findings.append(_Finding((c0, c1), "know", None, [subj, (a, b)], agentless=True))
        used_cues.add(c0)
    # 3k. a view held: "In his view, the levy is a mistake", "X, in the mayor's opinion, is Y"
    in_view = _occurs(text, lower_words & _VIEW_WORDS, _VIEW_WORD_AFTER)
    for m in _IN_VIEW_RE.finditer(text) if in_view else ():
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        parts = []
        before = _strip_span(text, s0, m.start())
        if len(_WORD.findall(text[before[0] : before[1]])) >= 2:
            dm = _DISCOURSE.match(text[before[0] : before[1]])
            parts.append((before[0] + (dm.end() if dm else 0), before[1]))
        after = _strip_span(text, m.end(), _clause_end(doc, m.end(), s1))
        if len(_WORD.findall(text[after[0] : after[1]])) >= 2:
            parts.append(after)
        if len(parts) == 0 or (len(parts) == 1 and parts[0][0] < c0 and m.end() < s1 - 2):
            continue  # the view's clause must follow it, or close the sentence before it
        findings.append(_Finding((c0, c1), "view", m.span("source"), parts))
        used_cues.add(c0)


def _no_attitude(text: str, f: _Finding) -> bool:
    """Round fourteen: a belief or an intention row that no one holds.

    - asked of the addressee ("Do you support Lund?", "What do you think of the plan?",
      "Would you vote for her?"): a question put to a reader or a guest (9% gold where the
      shape occurs in PolNeAR train);
    - advice in the writer's voice ("Lund may want to check her figures", "investors might
      want to think twice"): no wish of the subject's (10% gold).
    """
    if f.speaker is None or cue_class(f.lemma) not in {"belief", "intention"}:
        return False
    lo = max(0, f.speaker[0] - 12)
    if text[f.speaker[0] : f.speaker[1]].lower() == "you" and _INVERTED_AUX_END.search(
        text, lo, f.speaker[0]
    ):
        return True
    return f.lemma == "want" and bool(
        _ADVICE_MODAL_END.search(text, max(0, f.cue[0] - 30), f.cue[0])
        and _TO_AFTER.match(text, f.cue[1])
    )


_ADVICE_MODAL_END = re.compile(r"\b(?:may|might)\s+(?:(?:also|well|just|still|[a-z]+ly)\s+)?$")
_TO_AFTER = re.compile(r"\s+to\b")
_INVERTED_AUX_END = re.compile(r"\b(?i:do|does|did|will|would|can|could|should)\s+$")
_VIEW_WORDS = frozenset(_words("view opinion estimation judgment judgement"))
#: what follows the noun in every match of :data:`_IN_VIEW_RE` (its necessary condition)
_VIEW_WORD_AFTER = re.compile(r"\s*[,.;—–)]")
#: "in his view", "in Professor Lee's opinion": a belief held by the possessor, set off by
#: commas or opening the sentence (the noun phrase "their view of the levy" is no cue)
_IN_VIEW_RE = re.compile(
    r"(?:^|(?<=[,—–(])\s*|(?<=[.!?])\s+|(?<=\n))[Ii]n\s+(?P<source>his|her|their|its|our|my|your|"
    r"(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}(?:[A-Z][\w.\-]*|[a-z]+)[’']s)\s+(?:own\s+)?"
    r"(?P<cue>view|opinion|estimation|judgment|judgement)(?=\s*[,.;—–)])"
)
#: "X sees Y as Z": a belief (see, view, regard) whose content is "Y as Z"
#: (round thirty-one: a title's point in the object's first word, "sees Mrs. Okafor as")
_SEE_OBJECT_AS = (
    r"\s+(?P<obj>(?!as\b)(?:[\w’'\-]+|(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.)"
    r"(?:\s+(?!as\b)[\w’'\-.]+){0,7}?)\s+as\s+(?=[\w“\"])"
)
_SEE_AS_RE = re.compile(
    r"\b(?P<cue>sees?|saw|seeing|views?|viewed|viewing|regards?|regarded|regarding)"
    + _SEE_OBJECT_AS
)
_SEE_AFTER = re.compile(_SEE_OBJECT_AS)
_SEE_WORDS = frozenset(
    _words("see sees saw seeing view views viewed viewing regard regards regarded regarding")
)
_SEE_LEMMAS = {"see": "see", "saw": "see", "vie": "view", "reg": "regard"}
_SEE_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
#: round nine: the passive of a view ("is widely seen as", "was regarded by many as"); the
#: auxiliary before it is checked by :data:`_SEEN_AUX_END`
_SEEN_AS_RE = re.compile(
    r"(?<![\w’'])(?P<verb>seen|viewed|regarded|perceived|thought\s+of)"
    r"(?:\s+by\s+(?P<agent>(?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+))?\s+(?P<as>as)\s+"
    r"(?!(?:if|though|well|late|early|long|much|many|soon|far|recently|often)\b)"
)
_SEEN_WORDS = frozenset(_words("seen viewed regarded perceived thought"))
_SEEN_AUX_END = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|be|been|being)\s+(?:not\s+)?"
    r"(?:(?:[a-z]+ly|also|still|now|long|often|once)\s+)?$"
)
_SEEN_LEMMAS = {"seen": "see", "viewed": "view", "regarded": "regard", "perceived": "perceive",
                "thought": "think"}  # fmt: skip
#: round thirty-one: "X, who sees", "farmers who still see" (the relative before a view)
_WHO_SEES_END = re.compile(
    r"(?:(?P<comma>,)\s+(?P<pron>who)|(?<=[a-z])\s+(?P<pron2>who|that))\s+"
    r"(?:(?:[a-z]+ly|also|still|now|once)\s+)?$"
)
#: round thirty-one: "X considers Y Z": a pronoun or a name as the object, then its complement
_CONSIDER_RE = re.compile(
    r"\b(?P<cue>considers|considered|consider)\s+(?P<obj>him|her|them|himself|herself|"
    r"themselves|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
    r"\s+(?P<det>(?:a|an|the|too|so|very|[a-z]+ly)\s+)?(?P<comp>[a-z][\w’'\-]+)"
)
_CONSIDER_NOT_COMPLEMENT = frozenset(
    _words(
        """as for to and or but if in on at of by with from about after before because when
        while since until over into that than this who which will would could should can may
        might must is are was were be been has have had do does did not never also again now
        then there here today yesterday tomorrow last next"""
    )
)
#: round eighty: the forms of seeing that are no noun, after a relative "that" ("groups that
#: still regarded the quota as"; "that views ..." may open a clause with the noun "views")
_THAT_SEES = frozenset(_words("see sees saw viewed regarded"))
#: pronouns and relatives that see nothing themselves ("it sees", "there")
_NO_SEER = frozenset(_words("it there this that which what"))


_ATTITUDE_CONTENT_END = re.compile(
    # (round eleven: a participle after a manner adverb, ", sharply saying")
    r'\s[—–]\s|\s--?\s|(?:,|(?<=,[”"]))\s+(?=[a-z]{3,}ly\s+[a-z]{3,}ing\b|(?:even|though|although|'
    r"while|whereas|as|but|and|"
    r"which|despite|after|before|when|because|since|less|more|saying|adding|arguing|calling|in|"
    r"on|at)\b)|\s+and\s+who\b|,\s+(?=[a-z]+ing\s)"
)  # (the noun-phrase object's end, _OBJECT_END, and two more)


def _attitude_end(text: str, a: int, b: int) -> int:
    """The end of a belief's content at ``a``..``b``: before the writer's additions ("they
    see her as a risk, buying radio spots against her", "who are expected to win and who ..."),
    kept only when two words of content stay."""
    cut = _ATTITUDE_CONTENT_END.search(text, a, b)
    # round thirty-one: a spaced hyphen is a dash when it is the content's only one ("sees
    # her as ready for the post - with 60 percent saying so"), not one of a pair around an
    # aside ("the harbour - and the pier - as assets")
    while cut is not None and cut.group().strip() == "-" and text.count(" - ", a, b) > 1:
        cut = _ATTITUDE_CONTENT_END.search(text, cut.end(), b)
    if cut is not None and len(_WORD.findall(text[a : cut.start()])) >= 2:
        return _strip_span(text, a, cut.start())[1]
    return b
