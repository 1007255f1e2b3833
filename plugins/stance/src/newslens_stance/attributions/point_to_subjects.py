"""Round sixty-four: the bare "point to" as a verb of evidence after its subject.

"pointed to", "points to" and "pointing to" are cues of evidence whose object is the content
("the mayor pointed to her record"). The bare "point to" fell to the lemma of "point out",
which reports a clause only, so "Activists point to a number of factors" and "The findings
point to growing support" had no row, though PolNeAR marks them. The bare form is as often
the noun ("at one point to the crowd's delight", "the pivot point to make him change"): it is
read as the verb only after a word that can close a plural subject or open a verb group: a
plural noun, a plural pronoun, a relative pronoun, a modal or auxiliary, "to", or an adverb.
"""

from __future__ import annotations

import re

#: the word before a bare "point to" that makes it a verb
_VERB_POINT_BEFORE = re.compile(
    r"(?:\b[A-Za-z]{2,}[^s\W]s|\b(?:they|we|you|i|who|that|would|could|can|will|may|might|"
    r"should|must|do|did|don[’']t|didn[’']t|to|also|often|still|now|here)|\b[a-z]+ly)\s+$",
    re.IGNORECASE,
)


def bare_point_to_is_verb(text: str, c0: int) -> bool:
    """Whether the bare "point to" at ``c0`` follows a plural subject, a pronoun, a modal or
    an adverb ("critics point to", "they would point to"), not a determiner or a singular
    noun ("one point to", "the pivot point to")."""
    return _VERB_POINT_BEFORE.search(text, max(0, c0 - 30), c0) is not None
