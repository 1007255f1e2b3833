"""Stance and form of each finding: assert, deny, dispute, hedge or report from the cue's
lemma, distancing adverbs and contradiction cues; direct, indirect or mixed from its quotes."""

from __future__ import annotations

import re
from typing import Any

from newslens_stance.attributions.classes import cue_class
from newslens_stance.attributions.lexicon import (
    _NEGATION,
    _QUOTE_CHAR_RE,
    CLOSE_QUOTES,
    DENY_LEMMAS,
    DISPUTE_LEMMAS,
    HEDGE_LEMMAS,
    OPEN_QUOTES,
    REPORT_LEMMAS,
    _contradicts,
)
from newslens_stance.attributions.resolution import _aliases, _last_mention, _name_pattern
from newslens_stance.attributions.speakers import _agrees
from newslens_stance.attributions.text import _Doc, _Finding

# --------------------------------------------------------------------------- stance

#: intentions against the content (issue 18): stance "deny"
_REJECTING_ATTITUDES = frozenset(
    {"oppose", "refuse", "decline", "come out against", "distance from", "balk at", "shrug off"}
)
#: round fourteen: beliefs in doubt ("doubts the levy will pass", "is skeptical that",
#: "unsure whether"): the holder neither asserts nor denies the content, stance "hedge"; negated
#: ("has no doubt", "does not doubt that"), the content is held, stance "assert"
_DOUBTING_ATTITUDES = frozenset(
    {"doubt", "skeptical", "sceptical", "doubtful", "unsure", "uncertain"}
)
_NO_DOUBT_END = re.compile(
    r"(?:\b(?:no|not|never|without|any|little)|n[’']t)\s+(?:(?:real|serious|shred\s+of|"
    r"reasonable|much)\s+)?$",
    re.IGNORECASE,
)
_RECORD_HEADLINE_SOURCES = frozenset({"poll", "polls", "report", "reports", "survey", "study"})


# _set_stance: its patterns, compiled once (a pattern string costs a lookup a call)
_RESPONSIBILITY_OR_CREDIT = re.compile(r"\W*(?:full\s+)?(?:responsibility|credit)\b")
_OPEN_QUESTION = re.compile(r"\W*(?:whether|if|what|which|who|whom|how|when|where|why)\b", re.I)
_LEADING_THEY = re.compile(r"\W*(?:they|their)\b", re.IGNORECASE)


def _set_stance(
    doc: _Doc,
    f: _Finding,
    all_findings: list[_Finding],
    parties: list[tuple[str, Any]] | None = None,
) -> None:
    """``f.stance`` and ``f.stance_target`` from the cue, the hedges and the content.

    ``parties`` are the document's resolved speakers with their matchers, longest name
    first (:func:`_parties`); given once per document, they are not rebuilt per finding.
    """
    text = doc.text
    content = " ".join(text[a:b] for a, b in f.content)
    if f.agentless:
        f.stance = "hedge"
        return
    if f.lemma in _DOUBTING_ATTITUDES:
        # "there is no doubt that", "few are in any real doubt that": held, not doubted
        held = f.negated or _NO_DOUBT_END.search(text, max(0, f.cue[0] - 24), f.cue[0])
        f.stance = "assert" if held else "hedge"
        return
    if f.negated:
        # "doesn't know whether ...", "has not decided which ...": an open question, hedge;
        # "does not think A", "doesn't want to B": the source holds against the content, deny
        f.stance = "hedge" if _OPEN_QUESTION.match(content) else "deny"
        return
    if f.lemma in DENY_LEMMAS or f.lemma in _REJECTING_ATTITUDES:
        f.stance = "deny"  # "refused to", "opposes the plan": the source rejects the content
        return
    if cue_class(f.lemma) == "question":
        f.stance = "hedge"  # "asked whether ...": the content is put in doubt, not asserted
        return
    if parties is None:
        parties = _parties(all_findings)
    others = [(name, pat) for name, pat in parties if name != f.speaker_resolved]
    target = None
    for name, pat in others:
        if pat.search(content):
            target = name
            break
    if f.lemma in DISPUTE_LEMMAS:
        f.stance, f.stance_target = "dispute", target
        return
    if f.lemma == "claim" and (f.claims_act or _RESPONSIBILITY_OR_CREDIT.match(content)):
        f.stance = "assert"  # "claimed responsibility" is an idiom, not distancing
        return
    if f.lemma in HEDGE_LEMMAS or f.hedged:
        f.stance = "hedge"
        return
    if f.lemma in REPORT_LEMMAS or (
        # round thirteen: "Poll: Lund leads", "Report: ...": a headline relays a record, as
        # "according to" does
        f.lemma == ":"
        and f.speaker is not None
        and text[f.speaker[0] : f.speaker[1]].lower() in _RECORD_HEADLINE_SOURCES
    ):
        f.stance = "report"
        return
    contradicts = _contradicts(content)
    # "They continue to hit targets that are not IS": a negated claim about another party
    # (not when "they" can be the speaker itself: "the agency confirmed they were not ...")
    other_subject = any(
        _LEADING_THEY.match(text[a:b]) and _NEGATION.search(text[a:b]) for a, b in f.content
    ) and not (f.speaker is not None and _agrees("they", text[f.speaker[0] : f.speaker[1]]))
    if (contradicts and (target or f.speaker)) or other_subject:
        f.stance = "dispute"
        if target is None and other_subject:
            target = _last_mention(
                [(n, "org", pat) for n, pat in others],
                text,
                f.cue[0],
                "org",
            )
        f.stance_target = target
        return
    f.stance = "assert"


# _form: its patterns, compiled once (a pattern string costs a lookup a call)
_PARAGRAPH_QUOTE_OPEN = re.compile(r"\n\s*[“\"«„]")


def _form(text: str, parts: list[tuple[int, int]]) -> str:
    quoted = 0
    unquoted = False
    for a, b in parts:
        seg = text[a:b]
        if seg[:1] in OPEN_QUOTES and seg[-1:] in CLOSE_QUOTES + "”":
            inner = _PARAGRAPH_QUOTE_OPEN.sub("\n", seg[1:-1])  # paragraph-continued quote
            if not _QUOTE_CHAR_RE.search(inner):
                quoted += 1
                continue
        if _QUOTE_CHAR_RE.search(seg):
            return "mixed"
        unquoted = True
    if quoted and unquoted:
        return "mixed"
    return "direct" if quoted else "indirect"


def _parties(findings: list[_Finding]) -> list[tuple[str, Any]]:
    """The resolved speakers of a document with their matchers, longest name first (ties in
    name order, so a stance target never depends on the order of a set). A person's matcher
    takes the surname too: "Donald Trump" is the target of "... that Trump had lied"."""
    names = {f.speaker_resolved for f in findings if f.speaker_resolved}
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return [(n, _name_pattern(tuple(_aliases(n)))) for n in ordered]
