"""Nouns of speech with their holder, pass 3l' of :func:`rules._find` (round forty-nine): "Lund's
assertion on Monday that ...", "claims by the auditors that ...", "his statement that ...".

Why a pass of its own: round nine's 3l reads a noun with its "that" clause right after it and
takes a possessor if there is one; a noun of speech names its holder in two more shapes that
3l does not read (a time or an occasion between the noun and "that", and the holder after
"by"), and nouns of saying that round twelve left out of 3l because, with no holder named, their
"that" clause is as often a relative ("the statement that was read out") are reports as often as
not once a possessor names who made them. Every row here has a holder; a noun with no holder
is left to 3l (or to no row).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.bounds import _looks_clause
from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.lexicon import (
    _FINITE,
    _MODALS,
    _PAST,
    _WORD,
    _matches_at,
    _words,
)
from newslens_stance.attributions.nominal import _holder_before
from newslens_stance.attributions.patterns import _word_starts
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: nouns of saying that take a "that" clause of what was said; the first group is round
#: twelve's (3l reads them with no holder too), the second only with a holder
_SPEECH_NOUNS = (
    r"suggestions?|assertions?|complaints?|claims?|allegations?|warnings?"
    r"|statements?|announcements?|arguments?|accusations?|insistence|admissions?|predictions?"
    r"|promises?|pledges?|vows?|contentions?|declarations?|boasts?|charges?|denials?"
)
_SPEECH_NOUN_WORDS = frozenset(
    _words(
        """
        suggestion suggestions assertion assertions complaint complaints claim claims
        allegation allegations warning warnings statement statements announcement announcements
        argument arguments accusation accusations insistence admission admissions prediction
        predictions promise promises pledge pledges vow vows contention contentions
        declaration declarations boast boasts charge charges denial denials
        """
    )
)
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: an occasion of speech after "in", "on", "at" or "during" ("during the debate")
_OCCASIONS = (
    r"debate|interview|speech|hearing|rally|statement|letter|tweet|post|posting|"
    r"(?:news|press)\s+conference|conference|op-ed|column|address|remarks|testimony|filing|"
    r"lawsuit|complaint|memo|broadcast|appearance|town\s+hall|meeting|book|campaign"
)
#: a time or an occasion between the noun and "that": "on Wednesday", "in November", "last
#: week", "earlier this year", "during the debate", "in a recent interview"
_ADJUNCT = (
    r"(?:\s+(?:(?:on|last|late|early|this|next)\s+)?(?:" + _WEEKDAYS + r"|yesterday|today)"
    r"(?:\s+(?:morning|evening|afternoon|night))?"
    r"|\s+(?:in|last|this|since|in\s+early|in\s+late|in\s+mid-)\s*(?:" + _MONTHS + r"|\d{4})"
    r"|\s+(?:last|this|earlier\s+this|earlier\s+in\s+the|later\s+that)\s+"
    r"(?:week|month|year|spring|summer|fall|autumn|winter|morning|day)"
    r"|\s+(?:in|on|at|during)\s+(?:(?:a|an|the|his|her|their|its|Monday's|Sunday's|"
    r"Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|last|this|recent|televised|"
    r"radio|television|TV|weekend|campaign|court|primary|presidential|Republican|"
    r"Democratic|GOP|first|second|third|final|recent|earlier|an?)\s+){0,3}(?:" + _OCCASIONS + r")"
    r"){1,2}"
)
#: a possessor right before the noun, with up to three modifiers ("Lund's recent
#: evidence-free assertion", "their repeated claims")
_HOLDER_POSSESSOR = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<holder>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|"
    r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.\-]*\s+){0,4}[\w.\-]+[’']s?)\s+"
    r"(?:(?:[a-z]+ly|[a-z]+-[a-z]+|deep|growing|nagging|widespread|long|strong|firm|new|old|"
    r"own|real|big|main|private|public|initial|early|lingering|persistent|renewed|rising|"
    r"recent|earlier|latest|repeated|frequent|false|baseless|unfounded|unsubstantiated|"
    r"controversial|disputed|dubious|bold|bogus|explosive|wild|sweeping|stark|dire|grim|"
    r"central|key|chief|core|basic|fundamental|latest|first|last|previous|prior|"
    r"unproven|infamous|famous|startling|surprising|striking|provocative|inflammatory)\s+)"
    r"{0,3}$"
)
#: the noun, then (with a possessor) an adjunct, or (with none) "by" and its holder, then "that"
_POSSESSED_RE = re.compile(
    r"(?<![\w’'\-])(?P<cue>" + _SPEECH_NOUNS + r")(?P<adj>" + _ADJUNCT + r")?,?\s+(?P<that>that)\s+"
    r"(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|"
    r"does|do|of|in|on|for|to|with|been|being)\b)"
)
_BY_HOLDER_RE = re.compile(
    r"(?<![\w’'\-])(?P<cue>" + _SPEECH_NOUNS + r")\s+(?:made\s+)?by\s+"
    r"(?P<holder>(?:(?:the|a|an|his|her|their|its|some|several|two|three|many|other|"
    r"[A-Z][\w.’'\-]*|[a-z][\w\-]*)\s+){0,7}?[\w.’'\-]+)"
    r"(?P<adj>" + _ADJUNCT + r")?,?\s+(?P<that>that)\s+"
    r"(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|"
    r"does|do|of|in|on|for|to|with|been|being)\b)"
)
#: a verb that makes or repeats a statement right before its noun ("Lund made the claim
#: that", "has repeated the false allegation that"): its subject holds the noun
_MADE_END = re.compile(
    r"\b(?:made|makes|making|make|repeated|repeats|repeating|repeat|reiterated|reiterates|"
    r"renewed|renews|leveled|levelled|levels|lodged|lodges|voiced|voices|floated|floats|"
    r"issued|issues)\s+(?:(?:the|a|an|his|her|their|its|same|similar|false|baseless|"
    r"unfounded|unsubstantiated|repeated|several|many|new|earlier|public|explicit)\s+){0,3}$"
)
#: a holder that is a thing, not a party: "the report's claim that", "the ad's promise that"
_THING_HOLDERS = frozenset(
    _words(
        """
        report report's reports study study's poll poll's survey survey's ad ad's ads bill
        bill's law law's plan plan's article article's book book's video video's memo memo's
        letter letter's website website's site site's paper paper's story story's document
        document's headline headline's title title's film film's it its this that which what
        """
    )
)
_NO_CONTENT_LEADS = frozenset(_words("has have had been being also still never only"))
_GAPPED_RELATIVE = re.compile(
    r"(?:we|they|he|she|I|you|it)\s+(?P<v>[a-z]+)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b"
)


def _speech_noun_findings(
    doc: _Doc, text: str, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Pass 3l': a noun of speech with its holder and its "that" clause; the rows are appended
    to ``findings`` and their cues to ``used_cues``."""
    nouns = lower_words & _SPEECH_NOUN_WORDS
    if not nouns or "that" not in lower_words:
        return
    # (both patterns open with the noun: tried only where one begins, :func:`_matches_at`)
    starts = sorted(set(_word_starts(text, nouns)))
    for rx in (_POSSESSED_RE, _BY_HOLDER_RE):
        for m in _matches_at(rx, starts, text):
            c0, c1 = m.span("cue")
            noun = m.group("cue").lower()
            if doc.quote_at(c0) is not None:
                continue
            s0, s1 = doc.sentence(c0)
            possessed = rx is _POSSESSED_RE
            poss = _HOLDER_POSSESSOR.search(text, max(s0, c0 - 70), c0) if possessed else None
            if any(f.cue[0] <= c0 < f.cue[1] + 12 for f in findings):
                # "made the claim that" read by 3c, "voiced concern that": a verb's row; 3l's
                # own row with no holder takes the possessor its modifiers hid ("Lund's recent
                # baseless assertion that")
                old = next((f for f in findings if f.cue == (c0, c1)), None)
                if old is not None and old.speaker is None and poss is None and possessed:
                    made = _MADE_END.search(text, max(s0, c0 - 50), c0)
                    subject = _holder_before(doc, made.start(), s0) if made else None
                    if subject is not None and not _thing(text, subject):
                        old.speaker = subject  # "Lund made the claim that": the maker
                elif old is not None and old.speaker is None and poss is not None:
                    holder = _holder_span(text, poss)
                    if not _thing(text, holder):
                        old.speaker = holder
                        if _opens_sentence(text, s0, holder[0]) and len(old.content) == 1:
                            a, b = old.content[0]
                            old.content = [(a, _subject_clause_end(text, a, b))]
                continue
            if c0 in used_cues:
                continue
            if rx is _POSSESSED_RE:
                if poss is None:
                    continue
                holder = _holder_span(text, poss)
            else:
                holder = _strip_span(text, *m.span("holder"))
            if _thing(text, holder):
                continue
            a = m.end("that")
            a, b = _strip_span(text, a, _clause_end(doc, a, s1))
            clause = _WORD.findall(text[a:b])
            if (
                len(clause) < 3
                or clause[0].lower() in _NO_CONTENT_LEADS
                or _gapped(clause)
                or not (_looks_clause(text[a:b], "believe") or _finite_after_det(clause))
                or (
                    (gap := _GAPPED_RELATIVE.match(text, a, b)) is not None
                    and (gap.group("v") in _PAST or gap.group("v").endswith("ed"))
                )
            ):
                continue
            if _opens_sentence(text, s0, min(holder[0], c0)):
                b = _subject_clause_end(text, a, b)
            findings.append(_Finding((c0, c1), noun, holder, [(a, b)]))
            used_cues.add(c0)


#: a sentence's opening word before a possessor ("Despite Lund's claims"), not the holder's
_LEAD_WORDS = frozenset(
    _words(
        """
        despite after before amid in on for with from over about against under since and but
        yet so or while although though because as when then also still even
        """
    )
)


def _holder_span(text: str, poss: re.Match[str]) -> tuple[int, int]:
    """The possessor, without a capitalised preposition or conjunction that opens the sentence
    before it ("Despite Mr. Lund's" -> "Mr. Lund's")."""
    a, b = _strip_span(text, *poss.span("holder"))
    first = _WORD.match(text, a)
    if first is not None and first.group().lower() in _LEAD_WORDS and first.end() < b:
        a = _strip_span(text, first.end(), b)[0]
    return a, b


def _thing(text: str, holder: tuple[int, int]) -> bool:
    """Whether a holder is a thing ("the report's", "the ad's") or a relative or a dummy, not
    a party."""
    words = _WORD.findall(text[holder[0] : holder[1]].lower())
    return not words or words[-1] in _THING_HOLDERS or words[0] in _THING_HOLDERS


_DET_SUBJECT = frozenset(_words("his her its their our my the a an this these those"))


def _finite_after_det(words: list[str]) -> bool:
    """A clause whose subject opens with a determiner and whose verb is finite in its first
    words ("his fortune exceeded", "a county judge can't be fair"), which round nine's
    :func:`_looks_clause` reads only with a modal."""
    low = [w.lower() for w in words[:8]]
    return (
        bool(low)
        and low[0] in _DET_SUBJECT
        and any(
            w in _FINITE
            or w in _MODALS
            or w in _PAST
            or (w.endswith("ed") and len(w) > 4)
            or w.endswith(("n't", "n’t"))
            for w in low[2:7]
        )
    )


_PREPOSITIONS = frozenset(
    _words(
        """
        to of in on for with from by at about against over after before despite amid
        following into under than as like since during among between through without
        """
    )
)
_AFTER_CLAUSE = frozenset(_FINITE | _MODALS)
#: "that X is playing a card and would ...": a second verb of the clause, not the main one
_COORDINATORS = frozenset(_words("and or but nor"))


def _opens_sentence(text: str, s0: int, pos: int) -> bool:
    """Whether the noun phrase at ``pos`` is the sentence's subject: no verb and no preposition
    before it ("Lund's claim that X was false", "And a recent statement by Lund that X was
    seen as ...", not "He rejected Lund's claim that X" nor "after Lund's claim that X")."""
    for w in _WORD.findall(text[s0:pos]):
        low = w.lower()
        if (
            low in _AFTER_CLAUSE
            or low in _PAST
            or low in _PREPOSITIONS
            or (len(low) > 4 and low.endswith(("ed", "ing")))
        ):
            return False
    return True


def _subject_clause_end(text: str, a: int, b: int) -> int:
    """Where a "that" clause inside the sentence's subject ends: before the main clause's
    verb, the first auxiliary after the clause's own verb ("Lund's claim that the dam leaked
    | was false"); ``b`` when there is none."""
    seen_verb = False
    prev = ""
    for w in _WORD.finditer(text, a, b):
        low = w.group().lower()
        if seen_verb and low in _AFTER_CLAUSE and prev not in _COORDINATORS:
            return _strip_span(text, a, w.start())[1]
        prev = low
        if low in _AFTER_CLAUSE or low in _PAST or (low.endswith("ed") and len(low) > 4):
            seen_verb = True
    return b


def _gapped(words: list[str]) -> bool:
    """A relative clause with its object gapped, its verb right before the main clause's
    ("the statement that the committee approved was read out", "the claim that his aides
    made was false"), not a clause of what was said."""
    low = ["", *(w.lower() for w in words[:8])]
    return any(
        (w in _PAST or w.endswith("ed")) and nxt in _FINITE and before not in _BE
        for before, w, nxt in zip(low, low[1:], low[2:], strict=False)
    )


#: "that every bid would be turned down is ...": a passive, its subject not gapped
_BE = frozenset(_words("be been being is are was were am"))
