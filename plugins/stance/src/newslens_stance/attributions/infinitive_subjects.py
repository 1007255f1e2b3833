"""Round fifty-two: the subject an infinitive takes with "for" ("rare for a mayor to campaign").

"It is rare for a sitting mayor to campaign for a rival", "It has become common for local
papers to portray the race as ...": the noun phrase between "for" and "to" is the
infinitive's own subject, so it speaks, not the clause's subject (an empty "it" as often as
not). A span of time or an event after "for" is no subject ("argued for years to ...").
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _AUX, _PAST, FORM_TO_LEMMA, _words
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.subjects import _thing_as_subject
from newslens_stance.attributions.text import _Doc

#: heads after "for" that measure time, not a party ("for the first time to", "for once")
_TIME_WORDS = frozenset(_words("time times once now while long ever good"))


#: what "for" follows when its noun phrase is an infinitive's subject: an adjective after a
#: form of "be" or "become" or after "too" / "so" ("it is not right for", "too late for", "has
#: become rare for"), a noun after a determiner ("a fine chance for", "the time for"), "in time"
#: (not a verb's own "for": "I deserve for a jury to ...", "pressed for Lund to ...")
_ADJECTIVE_OR_NOUN_FOR = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|become|becomes|became|seems|seemed|too|so|very|"
    r"more|most|less)|[’']s)\s+(?:(?:not|[a-z]+ly)\s+)*[a-z]+\s+for$"
    r"|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Nn]o|[Aa]ny|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+"
    r"(?:[a-z]+\s+)?[a-z]+\s+for$"
    r"|\bin\s+time\s+for$"
)


def _verb_before(word: str) -> bool:
    """Whether the word before "for" is a verb, whose "for" opens its own object ("reached for
    a metaphor to describe ...", "looking for lessons to learn": the clause's subject speaks),
    not an adjective or a noun."""
    lw = word.lower()
    return lw in _PAST or lw.endswith(("ed", "ing")) or lw in FORM_TO_LEMMA or lw in _AUX


def for_subject(doc: _Doc, s0: int, to_pos: int, lemma: str) -> tuple[int, int] | None:
    """The noun phrase right before an infinitive's "to" at ``to_pos`` when "for" opens it,
    or None."""
    text = doc.text
    np, _ = _np_before(doc, to_pos, s0)
    if np is None or np[1] > to_pos:
        return None
    before = doc.words_before(np[0], s0, 2)
    if len(before) < 2 or before[-1].group() != "for" or _verb_before(before[0].group()):
        return None
    lo = max(s0, before[-1].start() - 60)
    if _ADJECTIVE_OR_NOUN_FOR.search(text, lo, before[-1].end()) is None:
        return None
    words = text[np[0] : np[1]].split()
    if not words or words[-1].lower() in _TIME_WORDS or _thing_as_subject(text, np, lemma):
        return None
    return np


#: verbs whose object is the subject of the infinitive after it ("led the mayor to declare",
#: "forced the board to concede", "leaving the old guard to wonder"; "leave" only in -ing:
#: "the umpire leaves his seat to check the line" is a purpose)
_OBJECT_CONTROL_VERBS = frozenset(
    _words(
        """
        led lead leads leading prompted prompt prompts prompting forced force forces forcing
        pushed push pushes pushing pressed press presses pressing urged urge urges urging
        encouraged encourage encourages encouraging spurred spur spurs spurring caused cause
        causes causing invited invite invites inviting inspired inspire inspires inspiring
        persuaded persuade persuades persuading convinced convince convinces convincing
        challenged challenge challenges challenging dared dare dares daring leaving asked ask
        asks asking told tell tells telling
        """
    )
)


def object_subject(doc: _Doc, s0: int, to_pos: int, lemma: str) -> tuple[int, int] | None:
    """The object of a verb of control right before an infinitive's "to" at ``to_pos`` ("The
    narrow win led harbour master Ole Lund to declare ...": Lund declares), or None.

    The object is the whole stretch between the verb and "to" when it reads as one noun
    phrase (the backwards scan alone runs over a verb it does not know: "The win led Lund")."""
    text = doc.text
    lo = max(s0, to_pos - 80)
    controls = [
        m for m in _CONTROL_VERB.finditer(text, lo, to_pos) if m.group(1) in _OBJECT_CONTROL_VERBS
    ]
    if not controls:
        return None
    verb = controls[-1]
    if _noun_not_verb(doc, s0, verb):
        return None
    np, _ = _np_before(doc, to_pos, verb.end())
    if np is None or np[0] != verb.end() or text[np[1] : to_pos].strip():
        return None
    if _thing_as_subject(text, np, lemma):
        return None
    return np


_CONTROL_VERB = re.compile(r"\b([a-z]+)\s+")
_DETERMINERS = frozenset(
    _words("a an the this that these those its his her their our my your no any some every")
)


def _noun_not_verb(doc: _Doc, s0: int, verb: re.Match[str]) -> bool:
    """Whether a control word is a noun or a noun's modifier ("a press conference to", "the
    White House press secretary to"): after a determiner, or in its plain form after a
    capitalised word (a name's verb in its plain form is rare without a modal before it)."""
    prev = doc.words_before(verb.start(1), s0, 1)
    if not prev:
        return False
    word = prev[-1].group()
    if word.lower() in _DETERMINERS:
        return True
    plain = not verb.group(1).endswith(("ed", "s", "ing")) and verb.group(1) not in _IRREGULAR
    return plain and word[:1].isupper()


#: past forms of the verbs above not in -ed
_IRREGULAR = frozenset(_words("led told"))
