"""Round seventy-five: "responded by saying" -- the verb that frames a report is its cue too.

"The mayor responded by saying the levy would stay", "the guild concluded by noting that ...":
the report is the gerund's, but the clause's verb is the one that frames it, and news marks
the two as one cue (PolNeAR marks "responded", "responded by saying" or "concluded by
implying"; PARC the same). The gerund's row ("saying", its subject the mayor) had a cue that
an annotator's "responded" did not reach; its cue now runs from the framing verb to the
gerund. The framing verbs are the few that order a turn in an exchange or a speech
("respond", "reply", "react", "answer", "counter", "conclude", "close", "open", "begin",
"start", "end", "finish", "continue", "follow up", "interject", "retort"); "learned by
fishing", "grew by selling" are no frames. A passive ("the levy is defended by claiming
...", "can be settled by citing") is no frame either: its subject is no speaker.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.text import _Doc, _Finding

#: a framing verb, any tense, then "by" and the gerund (which the match must end at)
_FRAMED_BEFORE_GERUND = re.compile(
    r"\b(?:(?:respond|react|answer|counter|interject|retort|open|start|end|finish)"
    r"(?:s|es|ed|ing)?|repl(?:y|ies|ied|ying)|(?:conclud|clos|continu)(?:e|es|ed|ing)"
    r"|beg(?:in|ins|an|un|inning)|follow(?:s|ed|ing)?\s+up)\s+by\s+$",
    re.IGNORECASE,
)

#: an auxiliary of the passive right before the framing verb
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+$", re.IGNORECASE)


def widen_framed_gerund_cues(doc: _Doc, findings: list[_Finding]) -> None:
    """A gerund's cue after "responded by" runs back to the framing verb, where the row's
    speaker stands before that verb in its sentence."""
    text = doc.text
    if "by" not in text:
        return
    for f in findings:
        c0, c1 = f.cue
        if f.speaker is None or not text[c0:c1].split(" ")[0].lower().endswith("ing"):
            continue
        m = _FRAMED_BEFORE_GERUND.search(text, max(0, c0 - 30), c0)
        if m is None or f.speaker[1] > m.start():
            continue
        if _BE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue
        if doc.sentence_index(m.start()) != doc.sentence_index(c0):
            continue
        f.cue = (m.start(), c1)
