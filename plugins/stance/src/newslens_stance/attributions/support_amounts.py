"""Round seventy-one: "support" after a word of amount or a verb's "up" is the noun.

The verb "support" takes the words before it as its subject, so "the ferry plan may never
draw enough support to reach a vote", "friends of the levy worked to drum up support among
dockers" were rows of intention whose holder was "draw enough" or "drum up". A word of
amount or strength right before the bare form ("enough", "significant", "considerable",
"broad", "strong", "little", "much") or the particle "up" of a verb of gathering ("shore
up", "drum up", "pick up", "whip up", "build up", "line up") makes it the noun, support
counted or gathered, with no holder before it: no row. "Most skippers support the levy",
"anglers strongly support it" keep their rows (a quantifier that is itself the subject,
"most", "many", "more", "the public", is not in the list; an adverb in -ly is no adjective).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words

#: adjectives and quantifiers of amount or strength that cannot close a subject before a verb
_AMOUNT_WORDS = frozenset(
    _words(
        """
        enough significant considerable substantial sufficient broad widespread growing
        independent bipartisan strong solid little much overwhelming enthusiastic tepid
        lukewarm scant limited
        """
    )
)

#: the particle of a verb of gathering right before the cue ("shore up", "drummed up")
_GATHERED_UP = re.compile(
    r"\b(?:shore|shores|shored|shoring|drum|drums|drummed|drumming|pick|picks|picked|picking|"
    r"whip|whips|whipped|whipping|build|builds|built|building|line|lines|lined|lining)\s+up\s+$",
    re.IGNORECASE,
)

_SUPPORT_FORMS = frozenset({"support", "Support"})


def support_as_noun(text: str, cue_start: int, form: str, previous_word: str) -> bool:
    """Whether the bare form "support" at ``cue_start`` is the noun after a word of amount
    ("draw enough support") or a gathering verb's "up" ("drum up support"), not a verb."""
    if form not in _SUPPORT_FORMS:
        return False
    if previous_word in _AMOUNT_WORDS:
        return True
    return previous_word == "up" and (
        _GATHERED_UP.search(text, max(0, cue_start - 20), cue_start) is not None
    )
