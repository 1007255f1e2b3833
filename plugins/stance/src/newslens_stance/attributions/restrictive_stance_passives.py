"""Round ninety-seven: a side taken, in a reduced passive that restricts its noun ("a levy
opposed by the harbour unions", "rebels backed by Freedonia", "a plan favoured by the
Harbour Party").

The participle of a side verb right after a noun, with no comma and no auxiliary before it,
and "by" and a party after it, says that the party takes a side for or against what the noun
names: the agent is the source and the noun phrase the content, as in the full passive ("the
levy is opposed by the unions", round forty-seven) and as PolNeAR marks it. Round forty-seven
read the reduced passive only after a comma and only for "opposed", since "backed by" and
"supported by" are as often money, arms or evidence ("a loan backed by a state guarantee",
"troops supported by air strikes", "a claim supported by the data"); here the agent must name
a party (a capitalised name, or a plural noun of people or bodies that take sides), and a
noun of money, arms or proof is no content.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.text import _Doc, _Finding

#: the participles as the patterns below read them, and their lemmas
_SIDE_FORMS = r"(?:opposed|backed|supported|favou?red)"
_SIDE_PARTICIPLES = {
    "opposed": "oppose",
    "backed": "back",
    "supported": "support",
    "favored": "favor",
    "favoured": "favor",
}
#: lower-case heads of an agent that takes sides ("the unions", "most voters")
_PARTY_HEADS = frozenset(
    _words(
        """
        unions union parties party voters donors lawmakers legislators officials leaders
        activists conservatives liberals progressives moderates critics groups members
        establishment administration allies rivals delegates councillors councilors senators
        governors mayors states residents growers farmers workers
        employers investors shareholders businesses campaigners environmentalists countries
        nations governments
        """
    )
)
#: what a name's arms, money or proof are after it ("backed by U.S. airstrikes", "supported
#: by state funds", "backed by Harbour Board data"): no party takes a side
_MEANS = (
    r"(?:air\s*strikes?|airstrikes?|warplanes?|planes?|jets?|aircraft|drones?|helicopters?|"
    r"troops|forces|artillery|tanks|weapons|arms|air|naval|military|special|funds?|funding|"
    r"money|cash|loans?|guarantees?|grants?|subsidies|data|evidence|research|figures|records|"
    r"documents|polls?|surveys?)"
)
#: "NOUN (adverb) PARTICIPLE by AGENT": no comma or auxiliary before the participle (group
#: ``pre`` the word before it); the agent is an article or a quantifier, up to two lower-case
#: modifiers and either a capitalised name (with a possessive's party after it: "Mayor Lund's
#: allies") or a party noun of :data:`_PARTY_HEADS`
_PARTY = (
    r"(?:"
    + "|".join(sorted(_PARTY_HEADS | {"allies", "aides", "supporters", "backers"}, key=len)[::-1])
    + r")"
)
_RESTRICTIVE_SIDE = re.compile(
    r"(?P<pre>\b[A-Za-z][\w’'\-]*)\s+(?:(?:[a-z]{2,}ly|long|also)\s+)?"
    r"(?P<cue>" + _SIDE_FORMS + r")\s+by\s+"
    r"(?P<agent>(?:(?:the|most|many|some|both)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:[A-Z][\w.&\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w.&\-]*)*"
    # a possessive's party ("Lund's allies"), a party noun after a name ("Latin countries"),
    # or the name's end (not a shorter name inside a longer one: "the U.S. Energy | Department")
    r"(?:(?:’s|'s)\s+(?:[a-z][\w\-]*\s+)?"
    + _PARTY
    + r"|\s+(?:[a-z][\w\-]*\s+)?"
    + _PARTY
    + r"(?![\w’'])|(?![’'\w.&\-])(?!\s+[A-Z])(?!\s+"
    + _MEANS
    + r"\b))"
    r"|" + _PARTY + r"(?![\w’'])))"
)
#: the participle and "by", where the pattern above is tried
_SIDE_BY = re.compile(r"\b" + _SIDE_FORMS + r"\s+by\s")
#: the word before the participle (and an adverb), right before it
_PRE_END = re.compile(r"\b[A-Za-z][\w’'\-]*\s+(?:(?:[a-z]{2,}ly|long|also)\s+)?$")
#: words before the participle that make it a verb of a clause or leave no noun before it
_NOT_A_NOUN = frozenset(
    _words(
        """
        is was were are be been being has have had not never get got gets become became
        remain remained remains seem seemed and or but nor who which that whom he she they we i
        you it this these those there to also by of in on at for with from as than then when
        if whether strongly widely heavily less more most least so too very well much
        """
    )
)
#: a word of the sentence before the noun phrase: a preposition, a conjunction, a verb form
_NP_STOP = frozenset(
    _words(
        """
        of in on at for with from to by and or but nor as than about against over under into
        is was were are be been being has have had seen saw see sees do does did that which
        who whom what when where while if because after before since until
        """
    )
)
#: a determiner opens the noun phrase
_NP_OPENERS = frozenset(
    _words("the a an this these those that its his her their our my your some many most")
)
_NP_TOKEN = re.compile(r"[\w’'\-.&]+|[^\w\s]")


def _noun_phrase_before(text: str, s0: int, head0: int, head1: int) -> tuple[int, int]:
    """The noun phrase that ends with the word at ``head0:head1``: the words before it back to
    a determiner (kept), a preposition, a verb or a mark (not kept), six words at most ("the
    mainstream parties", "establishment-friendly candidates", not "the field of ...")."""
    start = head0
    tokens = list(_NP_TOKEN.finditer(text, max(s0, head0 - 80), head0))
    for tok in reversed(tokens[-5:]):
        word = tok.group().lower()
        if not tok.group()[:1].isalnum() or word in _NP_STOP:
            break
        start = tok.start()
        if word in _NP_OPENERS:
            break
    return (start, head1)


#: nouns of money, arms or proof that a party backs with no side taken
_NO_SIDE_NOUNS = frozenset(
    _words(
        """
        loan loans bond bonds debt debts security securities mortgage mortgages note notes
        currency currencies deposit deposits offensive attack attacks strike strikes raid
        raids claim claims finding findings figures data view theory estimate estimates
        program programs programme programmes project projects research study studies fund
        funds scheme schemes
        """
    )
)


def restrictive_stance_passive_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Rows for "NOUN PARTICIPLE by AGENT" of a side verb: the agent takes the side."""
    if "by" not in lower_words or lower_words.isdisjoint(_SIDE_PARTICIPLES):
        return
    text = doc.text
    for cue in _SIDE_BY.finditer(text):
        # (the participle and "by" first, then the word before it: a scan of every word of
        # the text for the whole pattern cost a pass over it)
        pre = _PRE_END.search(text, max(0, cue.start() - 40), cue.start())
        m = _RESTRICTIVE_SIDE.match(text, pre.start()) if pre is not None else None
        if m is None or m.start("cue") != cue.start():
            continue
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if m.group("pre").lower() in _NOT_A_NOUN:
            continue
        s0, _ = doc.sentence(c0)
        target = _noun_phrase_before(text, s0, m.start("pre"), m.end("pre"))
        head = text[target[0] : target[1]].split()[-1].lower()
        if m.group("cue") in {"backed", "supported"} and head in _NO_SIDE_NOUNS:
            continue  # "the bonds backed by the Treasury": a guarantee, no side
        a, b = m.span("agent")
        if text[b - 1] == "." and "." not in text[a : b - 1].split()[-1]:
            b -= 1  # "by Freedonia.": the sentence's stop, not an initial ("the C.I.A.")
        findings.append(
            _Finding(
                (c0, c1), _SIDE_PARTICIPLES[m.group("cue")], (a, b), [target], no_antecedent=True
            )
        )
        used_cues.add(c0)
