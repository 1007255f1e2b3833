"""A thing's property in a relative clause is no report when the thing is an artefact that
carries no information of its own (round eighty-nine, the lead's decision on round
eighty-eight): "toy robots, which tell children when to sleep", "the new ferries, which tell
passengers that the sea is rough", "a machine that shows the tide".

The relative pronoun's antecedent names a toy, a machine, a device, a vehicle or a product: the
verb describes what the thing does, and nobody's claim, belief or evidence is reported. A closed
list of such heads; records that carry information stay sources of evidence ("an index, which
predicts growth", "the poll, which shows", "a study that found", "the report, which says"), as
do media and bodies that speak ("the radio, which reported", "the firm, which said"), and a
word that names a party as well as a thing ("monitor", "speaker", "sign", "radio",
"instrument") is left out.
"""

from __future__ import annotations

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.text import _Finding

#: artefacts that carry no information of their own (singular; plurals derived below)
_ARTEFACT_SINGULARS = _words(
    """
    toy doll gadget gizmo machine device appliance robot drone vehicle car truck lorry bus van
    tractor motorcycle bicycle bike scooter boat ferry ship yacht plane airplane aeroplane
    aircraft jet helicopter locomotive product gun rifle pistol weapon missile rocket engine
    phone smartphone handset laptop computer tablet console camera headset smartwatch clock
    thermostat alarm sensor printer battery chip kit app
    """
)


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


_ARTEFACTS = frozenset(_ARTEFACT_SINGULARS) | frozenset(_plural(w) for w in _ARTEFACT_SINGULARS)
#: the relative pronouns a thing takes
_THING_RELATIVES = frozenset(["which", "that"])


def artefact_relative(text: str, f: _Finding) -> bool:
    """Whether a row's speaker is a relative pronoun ("which", "that") whose antecedent's head
    is an artefact of :data:`_ARTEFACTS`, or a toy ("toy robots"); the row is then dropped."""
    if f.antecedent is None or f.speaker is None:
        return False
    if text[f.speaker[0] : f.speaker[1]].lower() not in _THING_RELATIVES:
        return False
    words = [w.lower().strip(",.;:") for w in text[f.antecedent[0] : f.antecedent[1]].split()]
    # (a toy's head may be any thing's noun: "toy robots", "toy soldiers")
    return bool(words) and (words[-1] in _ARTEFACTS or "toy" in words[:-1])
