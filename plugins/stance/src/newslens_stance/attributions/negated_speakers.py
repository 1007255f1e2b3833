"""Round fifty-eight: a negated party is a speaker ("None of the four unveiled a budget").

:func:`speakers._prune` dropped every row whose speaker opens with "no", "none", "nobody" or
"neither", after PARC's reading that "No organization claimed credit" reports nothing. PolNeAR
marks such a party as the source of its cue ("neither side would say so", "none of her rivals
criticised her over the toll", "nobody has said"), and train's speech items we never found held
a dozen of them. A negated phrase that names no party is still dropped: "no longer", "no
doubt", "no such praise", "no clear path" are a negated verb, an adverb or a thing, read as a
speaker by the scan. So is "no" with a noun ("No organization claimed credit"): the two
annotations disagree on it (the Wikinews files, PARC's, leave it out; PolNeAR marks it), and
it is left as it was.

Used by :func:`speakers._prune` only: :func:`_negated_party` says whether a negated speaker
names a party, so that its row stays.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _ORG_WORDS, _PERSON_ROLES, _WORD, _words

#: a negated party standing alone ("Nobody said", "None has offered", "Neither would say")
_ALONE = frozenset({"nobody", "none", "neither", "no one", "no-one"})
#: the nouns of a party a negated phrase may end in (singular; a plural's "s" is read off),
#: beside the lexicon's roles and bodies
_PARTY_NOUNS = (
    _PERSON_ROLES
    | _ORG_WORDS
    | frozenset(
        _words(
            """
            one side candidate rival member lawmaker legislator voter delegate person people
            men women republican democrat conservative liberal campaign expert analyst critic
            aide adviser advisor source supporter nominee contender ally activist lawyer
            attorney economist scientist doctor resident citizen player coach rebel militant
            """
        )
    )
)
#: what a "none of" / "neither of" phrase may end in beside a party noun: a pronoun or a
#: number ("none of them", "neither of us", "none of those three")
_OF_ENDS = frozenset(
    _words("them us you these those both two three four five six seven eight nine ten")
)


def _negated_party(text: str, speaker: tuple[int, int], quoted: bool) -> bool:
    """Whether a negated speaker phrase names a party (its row stays) rather than a negated
    verb, an adverb or a thing (its row is dropped), outside a quotation.

    A quotation's "no one should have to feel this" generalises in the quoted speaker's
    voice; the rows there are dropped as before.
    """
    if quoted:
        return False
    words = [w.lower() for w in _WORD.findall(text[speaker[0] : speaker[1]])]
    if not words:
        return False
    if " ".join(words) in _ALONE:
        return True
    last = re.sub(r"[’']s?$", "", words[-1])
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    if len(words) >= 3 and words[0] in {"none", "neither"} and words[1] == "of":
        return last in _OF_ENDS or singular in _PARTY_NOUNS or last in _PARTY_NOUNS
    if words[0] != "neither" or len(words) > 5:
        # ("no" and a noun, "No organization claimed credit", is PARC's example of a report
        # nobody makes: the Wikinews files hold it so, PolNeAR marks it; left as it was)
        return False
    return singular in _PARTY_NOUNS or last in _PARTY_NOUNS
