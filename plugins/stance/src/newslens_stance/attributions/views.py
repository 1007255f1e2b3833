"""Attitudes held and attitudes nobody holds: the end of a view's content (:func:`_attitude_end`),
"X sees Y as Z" held by its subject (:func:`_held_view`), and the rows dropped last because no
one holds them (:func:`_no_attitude`: advice, questions, "to" infinitives). Kept apart from the
verbs of saying since a belief has no audience and often no named source."""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import (
    _clause_end,
)
from newslens_stance.attributions.lexicon import (
    _WORD,
    _words,
)
from newslens_stance.attributions.patterns import cue_class
from newslens_stance.attributions.speakers import (
    _np_before,
)
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _strip_span,
)


def _held_view(
    doc: _Doc, c0: int, s0: int, s1: int, a: int
) -> tuple[tuple[int, int], bool, tuple[int, int]] | None:
    """Who holds the view cued at ``c0`` ("see X as Y", "consider X Y") and what it is, from
    the object at ``a``: (speaker, hedged, content), or None when no one holds it or the
    holder is no one's (:data:`_NO_SEER`). A view held in a relative clause takes the
    holder the verbs of saying take (round thirty-one): "Lund, who sees the levy as a tax"
    the antecedent, "farmers who see it as" the pronoun (the antecedent belongs to another
    clause); and "X, who sees Y as Z, left" ends the content at the relative's comma."""
    text = doc.text
    speaker, hedged = _np_before(doc, c0, s0)
    rel = None
    if speaker is None and (rel := _WHO_SEES_END.search(text, max(s0, c0 - 24), c0)):
        speaker, hedged = (
            _np_before(doc, rel.start(), s0) if rel.group("comma") else (rel.span("pron"), False)
        )
    if speaker is None or text[speaker[0] : speaker[1]].lower() in _NO_SEER:
        return None
    a, b = _strip_span(text, a, _clause_end(doc, a, s1))
    b = _attitude_end(text, a, b)  # round nine: the writer's additions
    if rel is not None and rel.group("comma") and (comma := text.find(",", a, b)) > 0:
        b = _strip_span(text, a, comma)[1]
    return speaker, hedged, (a, b)


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
#: round thirty-one: "X, who sees", "farmers who still see" (the relative before a view)
_WHO_SEES_END = re.compile(
    r"(?:(?P<comma>,)\s+|(?<=[a-z])\s+)(?P<pron>who)\s+(?:(?:[a-z]+ly|also|still|now)\s+)?$"
)
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
