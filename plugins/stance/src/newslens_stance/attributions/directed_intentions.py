"""Round seventy-one: an intention urged on, asked of or allowed to someone is not theirs.

An infinitive after a verb and its object reports for the object ("led Ode to declare",
"persuaded the board to back the pier": the object did declare, does back). A verb of
directing, asking or allowing says only what its subject wants of the object: "urged anglers
to vote for Lund", "spent the spring telling friends to vote for Lund", "a rule that allows a
fisher to vote for every seat" report no plan, wish or support of the anglers, the friends or
the fisher, and PolNeAR marks none of them. So an intention cue right after such a verb,
its object and "to" has no holder and gives no row (the urging, when it is a cue, keeps its
own row with the infinitive in its content). Verbs that report the outcome (lead, persuade,
convince, force, prompt) keep the object as the holder.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words

#: verbs of directing, asking and allowing: their object is asked or let to act, no more
_DIRECTIVE_VERBS = frozenset(
    _words(
        """
        urge urges urged urging tell tells told telling ask asks asked asking encourage
        encourages encouraged encouraging invite invites invited inviting press presses
        pressed pressing pressure pressures pressured pressuring push pushes pushed pushing
        challenge challenges challenged challenging dare dares dared daring allow allows
        allowed allowing permit permits permitted permitting remind reminds reminded
        reminding implore implores implored imploring beg begs begged begging advise advises
        advised advising exhort exhorts exhorted exhorting enable enables enabled enabling
        """
    )
)

#: the word right before a span (the span's start is the end of the searched text)
_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")


def directed_object(text: str, s0: int, holder_start: int) -> bool:
    """Whether the holder found for an infinitive's intention cue (the noun phrase before its
    "to", starting at ``holder_start``) is the object of a verb of directing, asking or
    allowing ("urged anglers | to vote for"), so holds no intention of its own."""
    m = _LAST_WORD.search(text, max(s0, holder_start - 16), holder_start)
    return m is not None and m.group(1) in _DIRECTIVE_VERBS
