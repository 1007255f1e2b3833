"""Whether a piece of text can be a clause: it holds a word that can be its verb.

Why: a story's timeline is built from spans cut around dates, and a span without a verb is a
phrase ("a 0.7 pct gain", "its regular council meeting"): it tells no event. (As a filter on
the claims a denial may answer, "the information", it was measured and dropped: blind links
29 of 60 and 28 of 60 against 31 and 28 without it.) No tagger (the
stories layer runs on 210,000 articles within the store's memory bound), so a word list and
two shapes decide: an auxiliary or modal, a common irregular past or present, a past in -ed,
a present in -s after a word ("Hill expects", "the plan calls").
"""

from __future__ import annotations

import re

#: A word that can be a clause's verb: an auxiliary or modal, a past form in -ed, a common
#: irregular past, a common present, a present in -s after a word.
VERBISH = re.compile(
    r"\b(?:is|was|were|are|am|be|been|being|has|have|had|will|would|can|could|may|might|"
    r"shall|should|must|do|does|did|said|says|say|told|tells|made|makes|took|takes|rose|fell|"
    r"sold|bought|cut|set|won|lost|paid|grew|began|went|came|gave|held|left|met|put|ran|saw|"
    r"kept|hit|shut|spent|sent|built|led|struck|brought|fought|became|got|sought|quit|bid|"
    r"fled|froze|wrote|spoke|broke|chose|drove|rode|stood|sank|shot|slid|split|spread|swept|"
    r"tore|threw|withdrew|overtook|undertook|upheld|won't|can't|don't|didn't|isn't|wasn't|"
    r"take|come|go|see|expect|plan|remain|continue|show|need|want|seek|hold|agree|stand|face|"
    r"rise|fall|pay|buy|sell|get|give|keep|meet|run|hit|begin|end|open|close|trade|stay)\b"
    r"|\b(?-i:[a-z]{2,}ed)\b|\b[\w'’]+\s+(?-i:[a-z]{3,}(?<![su])s)\b",
    re.IGNORECASE,
)


def has_verb(text: str) -> bool:
    """Whether ``text`` holds a word that can be a clause's verb (see the module docs)."""
    return VERBISH.search(text) is not None
