"""Round thirty-six: verbs and nouns of saying whose cue no other pass takes, each shape
counted on PolNeAR train before it was written (``docs/plugins/stance-rounds.md``, "round
thirty-six").

One entry point, :func:`_speech_act_findings`, called once by :func:`rules._find` after the
other cue passes (after :mod:`attitudes`); it adds a finding only where no earlier pass took
the cue.

- *An answer given in one word* ("46 percent of the anglers said yes", "the clerk said no",
  "a third said so in May"): the verb's content is the word. Not inside a quotation ('"I
  have to say yes," she said': the quoted speaker's own words, nested in her report).
- *Respondents more likely to say* ("Older voters were more likely to say the fee is fair"):
  the subject of "likely" is the speaker, the clause after the verb the content.
- *A party attacked* ("Lund attacked Okafor during the debate", "she has attacked him
  repeatedly"): a verbal attack when its object is a party that speaks in the article (the
  speaker of another report, by name) or a personal pronoun; round eight's "attacked X for
  Y" keeps its own rule. Not the passive, not a place or a force attacked ("the rebels
  attacked Bergen": Bergen says nothing in the article).
- *Attacks of a party on another* ("his attacks on Okafor", "the mayor's sharp attacks on the
  levy"): the possessor is the speaker, the object of "on" / "against" the content. Not an
  armed attack ("its rocket attacks on the port", "the group's attacks on troops").
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import (
    _FINITE,
    _PAST,
    CUE_FORMS,
    FORM_TO_LEMMA,
    _matches_at,
    _words,
)
from newslens_stance.attributions.patterns import _word_starts
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: "said yes", "say no", "says so" (not "say so-and-so", "said no one", "said no more")
_ONE_WORD_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>said|says|say)\s+(?P<word>yes|no|so)(?=\s*(?:[.,;!?)]|\s+(?:in|on|at"
    r"|when|after|before|because|while|publicly|again|too|then|last|this|compared)\b))"
)
_ONE_WORD_ANSWERS = tuple(f"{v} {w}" for v in ("said", "say") for w in ("yes", "no", "so"))
#: auxiliaries and adverbs between a subject and the verb ("would say so", "all said yes")
_ONE_WORD_PRE = re.compile(
    r"(?:\b(?:would|will|could|can|might|may|should|did|do|does|all|both|also|then|later|"
    r"quickly|simply|flatly)\s+)+$"
)
#: "(are|were) (slightly) more likely to say": raising, the subject of "likely" speaks
_LIKELY_RE = re.compile(
    r"\b(?P<be>are|were|is|was)\s+(?:[a-z]+ly\s+)?(?:more|less|much\s+more|far\s+more)\s+"
    r"likely\s+(?:than\s+[^,.;]{1,40}?\s+)?to\s+(?P<cue>say|describe|call|cite|name)\b"
)
#: "attacked" before its object (round eight's "attacked X for Y" is the verb pass's)
_ATTACKED_RE = re.compile(r"(?<![\w\-’'])(?P<cue>attacked)\s+(?P<obj>\S)")
_ATTACKED_PRE = re.compile(
    r"(?:\b(?:has|have|had|also|then|later|repeatedly|relentlessly|publicly|sharply|again|"
    r"often|first|once|even|openly|directly|personally|frequently|harshly|fiercely)\s+)+$"
)
#: the word before the verb that makes it a passive, a negation or no finite verb
_NOT_ACTIVE_BEFORE = re.compile(
    r"\b(?:is|was|were|are|be|been|being|not|never|get|got|gets|n’t|n't)\s*$", re.IGNORECASE
)
_PRONOUN_SUBJECT = re.compile(r"[Hh]e|[Ss]he|[Tt]hey")
#: a personal pronoun as the whole object ("attacked her", not "attacked her record")
_PERSONAL_OBJECT = re.compile(r"him|her|them")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’']*\b")
#: present forms that end an object when its attack is a subject ("his attacks on X seem")
_VERB_S = frozenset({"seem", "seems", "appear", "appears", "show", "shows", "remain", "remains"})
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'\-]*")
#: "his attacks on", "Lund's sharp attacks against", "her attack on" (at most three words
#: between the possessor and the noun)
_ATTACKS_ON_RE = re.compile(
    r"(?:(?P<pron>\b(?:[Hh]is|[Hh]er|[Tt]heir))|(?P<poss>[’']s))\s+"
    r"(?P<mods>(?:(?!(?:and|or|to|the|a|an|of|in|for|with|on|by|at)\b)[a-z][\w\-]*,?\s+){0,3}?)"
    r"(?:(?P<cue>attacks?)\s+(?:on|against)\s+(?P<obj>\S)"
    r"|(?P<pledge>promises?|pledges?|vows?)\s+(?P<to>to\s+[a-z“\"]))"
)
#: a sentence's opening word before a possessor ("But Lund’s attacks", "And the mayor’s")
_OPENER = re.compile(r"(?:But|And|Yet|So|Or|Still|Now|Then|Also|Even|As|While|When|After)\s+")
#: the possessor before "’s": a run of capitalised words and titles ("Mr. Sanders’s"), or a
#: short phrase opened by "the" ("the front-runner’s")
_POSSESSOR = re.compile(
    r"(?:(?:[A-Z][\w\-]*\.?|[A-Z]\.)\s+){0,3}[A-Z][\w\-]*$|\b[Tt]he\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*$"
)
#: an armed attack: its modifiers ("rocket attacks", "the suicide attack") or its target
_ARMED_MODIFIER = re.compile(
    r"\b(?:terror|terrorist|suicide|rocket|missile|air|drone|military|armed|militant|bomb|"
    r"chemical|gun|knife|cyber|heart|shark|insurgent|mortar|artillery|deadly|fatal|violent|"
    r"alleged|physical|sexual|brutal|vicious|acid|arson|bloody)\b",
    re.IGNORECASE,
)
_ARMED_TARGET = re.compile(
    r"(?:[\w’'\-]+\s+){0,3}?(?:troops|forces|soldiers|civilians|police|officers|positions|"
    r"bases?|targets?|convoys?|towns?|cities|city|villages?|ships?|vessels?|embassy|"
    r"embassies|checkpoints?|churches|mosques?|schools?|hospitals?|airports?|buildings?|"
    r"homes?|camps?|army|militants|fighters|rebels|insurgents|pilgrims|tourists|the\s+port)\b"
)
#: where an attack's object ends: a punctuation mark, or a phrase of time, place, manner or
#: reason after it ("attacked Lund during the debate", "attacks on Chan in Bergen")
_OBJECT_END = re.compile(
    r"[,;:!?()“”\"—–]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<![A-Z])\.(?!\w)|\s-\s|\s(?:during|in|at|on|after|before|while|when|as|because|since|"
    r"over|by|with|from|throughout|again|repeatedly|relentlessly|today|yesterday|last|just|"
    r"this|who|which|that|but|than)\b|\s(?:and|or)\s+(?![A-Z]|him\b|her\b|them\b)"
)


#: "spoke at the harbour on Tuesday about the levy", "talked openly to reporters about",
#: "has spoken out in favour of": a topic or a side spoken of, with an audience, a place, a
#: time or a manner between the verb and its preposition (at most seven words, no comma)
_SPOKE_ABOUT_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>(?P<verb>spoke|speaks|spoken|talked|talks)(?:\s+out)?"
    r"(?:\s+(?!(?:about|against|that|and|but|or|who|which|because|when|while|if)\b)"
    r"[\w’'.\-]+){0,7}?(?<!\sto)(?<!\swith)(?<!\sfor)\s+(?:about|against|in\s+favou?r\s+of))\s+"
    r"(?P<obj>[\w“\"‘$])"
)
#: where a topic spoken of ends: a punctuation mark or a clause of time, reason or contrast
#: (a topic runs over its prepositions and relatives: "rights that had been denied to X")
_TOPIC_END = re.compile(
    r"[,;:!?()“”\"—–]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<![A-Z])\.(?!\w)|\s-\s|"
    r"\s(?:because|when|while|after|before|since|although|though|but|until|if|as)\s"
)
#: "talks" is a verb after a name or a pronoun ("Lund talks to X about"), else the noun
#: ("had talks with the unions about", "in tough talks")
_TALKS_SUBJECT = re.compile(r"(?:[A-Z][\w’'\-]*|he|she|it|who)\s+$")
#: "called upon X to", "called Wednesday for", "calls again for": a call made, with a time or
#: an adverb between the verb and its preposition (the adjacent "called for" and "called on"
#: are the lexicon's phrases)
_CALLED_FOR_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>call(?:ed|s)\s+(?:upon|(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|again|once\s+again|today|yesterday|repeatedly|publicly|"
    r"also|previously|first|this\s+week|last\s+week)\s+(?:for|on|upon)))\s+(?P<obj>[\w“\"‘$])"
)
#: a record and a participle of saying after it ("a letter urging the council to act", "911
#: calls saying shots were fired", "ads attacking Lund"), a time phrase allowed between
_RECORD_SAYING_RE = re.compile(
    r"\b(?P<noun>memo|e-?mail|letter|statement|message|post|tweet|ad|video|note|sign|banner|"
    r"poster|release|calls?|posts|tweets|messages|e-?mails|letters|ads|videos|signs|banners|"
    r"posters|notes|op-ed|column|speech|editorial|petition|leaflets?|flyers?|mailers?)"
    r"(?:\s+(?:on|last|this|late|early|earlier)\s+\w+)?,?\s+"
    r"(?P<cue>saying|explaining|urging|calling|telling|inviting|asking|claiming|accusing|"
    r"warning|announcing|describing|criticizing|criticising|attacking|denouncing|promising|"
    r"demanding|blaming|praising|insisting|arguing|touting|questioning|mocking|reading)\s+"
    r"(?P<obj>[\w“\"‘$])"
)
#: the participles of :data:`_RECORD_SAYING_RE` (its necessary words)
_RECORD_PARTICIPLES = frozenset(
    _words(
        """
        saying explaining urging calling telling inviting asking claiming accusing warning
        announcing describing criticizing criticising attacking denouncing promising
        demanding blaming praising insisting arguing touting questioning mocking reading
        """
    )
)
#: the record nouns of :data:`_RECORD_SAYING_RE`, and the words of its time phrase
_RECORD_NOUNS = frozenset(
    _words(
        """
        memo e-mail email letter statement message post tweet ad video note sign banner
        poster release call calls posts tweets messages e-mails emails letters ads videos
        signs banners posters notes op-ed column speech editorial petition leaflet leaflets
        flyer flyers mailer mailers
        """
    )
)
#: the lower-case runs of the record nouns ("e-mail" is "e" and "mail"; "op-ed", "ed")
_RECORD_NOUN_RUNS = frozenset(w for n in _RECORD_NOUNS for w in n.split("-"))
_RECORD_TIME_WORDS = frozenset({"on", "last", "this", "late", "early", "earlier"})
_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those", "one",
     "another", "several", "our", "my", "your"}
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([\w’'\-]+)\s+$")
#: the verbs that put a record out, before it ("posted a message", "sent a letter", "placed
#: ads", "carrying signs"): their subject is the record's source
_PUT_OUT = re.compile(
    r"\b(?:post(?:s|ed|ing)?|sen(?:t|ds|ding)|issu(?:e|es|ed|ing)|wr(?:ote|ites|iting)|"
    r"plac(?:ed|es|ing)|r(?:an|uns|unning)|releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?|"
    r"sign(?:s|ed|ing)|air(?:s|ed|ing)|tweet(?:s|ed|ing)|carr(?:ied|ies|ying)|hold(?:s|ing)|"
    r"held|deliver(?:s|ed|ing)|gave|unveil(?:s|ed|ing)|launch(?:es|ed|ing)|circulated|"
    r"distributed|penned|drafted|authored|filed|bankrolled|funded|produced|shared|emailed|"
    r"put\s+out|read(?:s|ing)?)\s+$"
)
#: verbs of judging whose content is their object ("ads attacking Lund"), not a clause
_JUDGING_PARTICIPLES = frozenset(
    {"attacking", "criticizing", "criticising", "denouncing", "praising", "mocking",
     "blaming", "accusing", "questioning", "touting"}
)  # fmt: skip
#: the lemmas of the participles above that the cue lexicon does not list
_ING_LEMMAS = {"reading": "read", "attacking": "attack", "asking": "ask", "questioning": "question"}
#: "about 30 minutes", "about a dozen", "speaks volumes about": no topic spoken of
_NOT_A_TOPIC = re.compile(
    r"(?:\d|(?:a|an|one|two|three|four|five|ten|twenty|half)\s+(?:dozen|hour|hours|minute|"
    r"minutes|half|third|quarter|hundred|thousand|week|weeks|day|days)\b)"
)


#: the necessary words of the shapes (:func:`_speech_act_findings` reads them first)
_ANSWERS = frozenset({"yes", "no", "so"})
_SAY_FORMS = frozenset({"said", "say", "says"})
_SPOKE_FORMS = frozenset({"spoke", "speaks", "spoken", "talked", "talks"})
_CALL_FORMS = frozenset({"called", "calls"})
_POSSESSED_NOUNS = frozenset(
    {"attack", "attacks", "promise", "promises", "pledge", "pledges", "vow", "vows"}
)


def _speech_act_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Append the findings of this module's shapes to ``findings`` (cues not yet used).

    Each shape runs only when its necessary words are among the article's lower-case words
    (``lower_words``, :func:`lexicon._lower_words`): a set lookup, so an article without them
    costs nothing more.
    """
    text = doc.text
    if _ANSWERS & lower_words and _SAY_FORMS & lower_words:
        _one_word_answers(doc, findings, used_cues)
    if "likely" in lower_words:
        _likely_to_say(doc, findings, used_cues)
    if _SPOKE_FORMS & lower_words:
        _spoke_about(doc, findings, used_cues)
    if _CALL_FORMS & lower_words:
        _called_for(doc, findings, used_cues)
    participles = _RECORD_PARTICIPLES & lower_words
    if participles and _RECORD_NOUN_RUNS & lower_words:
        _record_saying(doc, findings, used_cues, participles)
    if "attacked" in lower_words:
        _attacked_party(doc, findings, used_cues, _speaking_names(text, findings))
    nouns = _POSSESSED_NOUNS & lower_words
    if nouns:
        _attacks_on(doc, findings, used_cues, nouns)


def _near(
    pattern: re.Pattern[str], text: str, words: frozenset[str] | set[str], before: int, after: int
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives (leftmost, not overlapping), read only in windows
    around the occurrences of ``words`` (its necessary words: a match holds one of them, at
    most ``before`` characters after its start and ``after`` before its end).

    Why: the patterns open with a long alternation ("memo|e-mail|letter|..."), which the
    engine would try at every position of every article; the necessary words are found by
    ``str.find``, and most articles hold none of them.
    """
    found: dict[tuple[int, int], re.Match[str]] = {}
    n = len(text)
    for i in _word_starts(text, words):
        for m in pattern.finditer(text, max(0, i - before), min(n, i + after)):
            found.setdefault(m.span(), m)
    out: list[re.Match[str]] = []
    end = -1
    for span in sorted(found):
        if span[0] >= end:
            out.append(found[span])
            end = span[1]
    return out


def _taken(doc: _Doc, c0: int, used_cues: set[int], findings: list[_Finding]) -> bool:
    """The cue is used, inside a quotation, or inside another report's content or cue."""
    return (
        c0 in used_cues
        or doc.quote_at(c0) is not None
        or any(f.cue[0] <= c0 < f.cue[1] for f in findings)
    )


def _subject(doc: _Doc, c0: int, s0: int, pre: re.Pattern[str]) -> tuple[int, int] | None:
    """The subject before a verb at ``c0`` (over the auxiliaries and adverbs ``pre`` takes);
    None for a passive, a negated verb or a bare object pronoun."""
    text = doc.text
    m = pre.search(text, max(s0, c0 - 60), c0)
    lead = m.start() if m is not None else c0
    if _NOT_ACTIVE_BEFORE.search(text, max(s0, lead - 12), lead):
        return None
    if text[s0:lead].rstrip().endswith((",", "(", "-", "—", "–")):
        return None  # ", also attacked X": a participle or an aside, no subject here
    speaker, _ = _np_before(doc, lead, s0)
    if speaker is None or text[speaker[0] : speaker[1]].lower() in {"him", "her", "them"}:
        return None
    return speaker


def _one_word_answers(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    for m in _matches_at(_ONE_WORD_RE, _word_starts(text, {"said", "say"}), text):
        c0, c1 = m.span("cue")
        if _taken(doc, c0, used_cues, findings):
            continue
        s0, _s1 = doc.sentence(c0)
        speaker = _subject(doc, c0, s0, _ONE_WORD_PRE)
        if speaker is None:
            continue
        findings.append(_Finding((c0, c1), "say", speaker, [m.span("word")]))
        used_cues.add(c0)


def _likely_to_say(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    for m in _near(_LIKELY_RE, text, {"likely"}, 40, 60):
        c0, c1 = m.span("cue")
        if _taken(doc, c0, used_cues, findings):
            continue
        s0, s1 = doc.sentence(c0)
        speaker, _ = _np_before(doc, m.start("be"), s0)
        if speaker is None:
            continue
        a, b = _strip_span(text, c1, s1, " \t\n,;:–—-.")
        if text.startswith("that ", a):
            a += 5
        if b - a < 3:
            continue
        lemma = m.group("cue")
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)


def _speaking_names(text: str, findings: list[_Finding]) -> frozenset[str]:
    """The capitalised words of the speakers found so far: the parties that speak."""
    names: set[str] = set()
    for f in findings:
        if f.speaker is not None:
            names.update(_CAPITAL_WORD.findall(text, f.speaker[0], f.speaker[1]))
    names -= {"The", "A", "An", "He", "She", "They", "It", "We", "I", "Mr", "Mrs", "Ms"}
    return frozenset(names)


def _object(text: str, a: int, s1: int) -> tuple[int, int]:
    """An attack's object: from ``a`` to its end (:data:`_OBJECT_END`), the sentence's, or
    the verb of the clause the attack is subject of ("his attacks on the levy drew cheers")."""
    cut = _OBJECT_END.search(text, a, s1)
    b = cut.start() if cut is not None else s1
    for w in _LOWER_WORD.finditer(text, a, b):
        word = w.group()
        if w.start() > a and (
            word in _FINITE
            or word in _PAST
            or word in _VERB_S
            or (word in FORM_TO_LEMMA and not word.endswith("ing"))
        ):
            b = w.start()
            break
    return _strip_span(text, a, b)


def _attacked_party(
    doc: _Doc,
    findings: list[_Finding],
    used_cues: set[int],
    speakers: frozenset[str],
) -> None:
    text = doc.text
    for m in _matches_at(_ATTACKED_RE, _word_starts(text, {"attacked"}), text):
        c0, c1 = m.span("cue")
        if _taken(doc, c0, used_cues, findings):
            continue
        s0, s1 = doc.sentence(c0)
        a, b = _object(text, m.start("obj"), s1)
        if b <= a:
            continue
        personal = _PERSONAL_OBJECT.fullmatch(text, a, b) is not None
        named = set(_CAPITAL_WORD.findall(text, a, b))
        if not personal and not (named and named & speakers and text[a].isupper()):
            continue  # "attacked Bergen", "attacked the convoy": no party that speaks
        speaker = _subject(doc, c0, s0, _ATTACKED_PRE)
        if speaker is None:
            continue
        who = set(_CAPITAL_WORD.findall(text, speaker[0], speaker[1]))
        if not (who & speakers or _PRONOUN_SUBJECT.fullmatch(text, speaker[0], speaker[1])):
            continue  # "Okafor said ... the suspect attacked her": an assailant who says nothing
        findings.append(_Finding((c0, c1), "attack", speaker, [(a, b)]))
        used_cues.add(c0)


#: the verb group between a subject and a possessive pronoun ("has stepped up his attacks",
#: "on Monday escalated her attacks"); a preposition or "to" in it keeps the pronoun ("in his
#: attacks", "needs to temper her attacks")
_VERB_GROUP_END = re.compile(r"(?:\b(?!(?:he|she|they|we|it|i|you)\b)[a-z][\w’'\-]*\s+){1,4}$")
_KEEPS_PRONOUN = frozenset(
    {"to", "in", "with", "of", "for", "by", "about", "from", "despite", "after", "before",
     "during", "on", "at", "over", "against", "amid", "and", "but", "or", "that", "which",
     "who", "as", "if", "than"}
)  # fmt: skip


def _pronoun_holder(doc: _Doc, pron: int, s0: int) -> tuple[int, int]:
    """Who attacks in "his attacks on X": the subject of the verb before the pronoun ("Lund
    stepped up his attacks": Lund, as PolNeAR marks it), else the pronoun itself ("in his
    attacks on X")."""
    text = doc.text
    own = (pron, pron + (3 if text[pron : pron + 3].lower() in {"his", "her"} else 5))
    group = _VERB_GROUP_END.search(text, max(s0, pron - 50), pron)
    if group is None or any(w in _KEEPS_PRONOUN for w in group.group().split()):
        return own
    speaker, _ = _np_before(doc, group.start(), s0)
    return speaker if speaker is not None else own


#: where a promise's infinitive ends: a punctuation mark (a quotation inside it stays:
#: 'to be "neutral" in the talks'), a clause of time, reason or contrast
_PLEDGE_END = re.compile(
    r"[,;:!?()—–]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<![A-Z])\.(?![\w”\"])|\s-\s|"
    r"\s(?:because|when|while|after|before|since|although|though|but|until|if|as)\s"
)
_PLEDGE_LEMMAS = {"promise": "promise", "pledge": "pledge", "vow": "vow"}


def _attacks_on(
    doc: _Doc, findings: list[_Finding], used_cues: set[int], words: frozenset[str]
) -> None:
    text = doc.text
    for m in _near(_ATTACKS_ON_RE, text, words, 60, 30):
        pledge = m.group("pledge") is not None
        c0, c1 = m.span("pledge" if pledge else "cue")
        if _taken(doc, c0, used_cues, findings):
            continue
        if not pledge and (
            _ARMED_MODIFIER.search(m.group("mods")) or _ARMED_TARGET.match(text, m.start("obj"))
        ):
            continue  # "rocket attacks on", "attacks on troops": an armed attack
        s0, s1 = doc.sentence(c0)
        if m.group("pron") is not None:
            speaker: tuple[int, int] | None = _pronoun_holder(doc, m.start("pron"), s0)
        else:
            own = _POSSESSOR.search(text, max(s0, m.start("poss") - 60), m.start("poss"))
            if own is None:
                continue
            lead = _OPENER.match(text, own.start(), own.end())
            speaker = (lead.end() if lead is not None else own.start(), own.end())
        if pledge:
            # "his promise to build a pier": the infinitive to a punctuation mark or a clause
            cut = _PLEDGE_END.search(text, m.start("to"), s1)
            a, b = _strip_span(text, m.start("to"), cut.start() if cut is not None else s1)
            for w in list(_LOWER_WORD.finditer(text, a, b))[2:]:
                if w.group() in _FINITE or w.group() in _PAST or w.group() in _VERB_S:
                    a, b = _strip_span(text, a, w.start())  # "... were about more than X"
                    break
        else:
            a, b = _object(text, m.start("obj"), s1)
        if b - a < 2:
            continue
        lemma = _PLEDGE_LEMMAS[text[c0:c1].rstrip("s")] if pledge else "attack"
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)


def _possessor_speaks(text: str, f: _Finding) -> bool:
    """Whether ``f`` is an attack named by a noun whose possessor speaks ("Lund’s attacks on",
    "his attacks on"): that possessor is the whole speaker, which the speaker refinement of
    :func:`rules._find` must not widen to the phrase before it."""
    return (
        f.lemma == "attack"
        and f.speaker is not None
        and text[f.cue[0] : f.cue[1]] in {"attack", "attacks"}
        and (
            text[f.speaker[1] : f.speaker[1] + 2] in {"’s", "'s"}
            or text[f.speaker[0] : f.speaker[1]].lower() in {"his", "her", "their"}
        )
    )


def _spoke_about(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    starts = _word_starts(text, {"spoke", "speaks", "talked", "talks"})
    for m in _matches_at(_SPOKE_ABOUT_RE, starts, text):
        c0, c1 = m.span("cue")
        if any(c0 <= u < c1 for u in used_cues) or _taken(doc, c0, used_cues, findings):
            continue
        if "volumes" in m.group("cue") or _NOT_A_TOPIC.match(text, m.start("obj")):
            continue  # "speaks volumes about", "spoke for about 30 minutes"
        s0, s1 = doc.sentence(c0)
        if m.group("verb") == "talks" and not _TALKS_SUBJECT.search(text, max(s0, c0 - 30), c0):
            continue  # "had talks with the unions about": the noun
        cut = _TOPIC_END.search(text, m.start("obj"), s1)
        a, b = _strip_span(text, m.start("obj"), cut.start() if cut is not None else s1)
        if b - a < 2:
            continue
        speaker = _subject(doc, c0, s0, _ATTACKED_PRE)
        if speaker is None:
            continue
        lemma = "talk" if m.group("verb").startswith("talk") else "speak"
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)


def _called_for(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    for m in _matches_at(_CALLED_FOR_RE, _word_starts(text, {"call"}), text):
        c0, c1 = m.span("cue")
        if any(c0 <= u < c1 for u in used_cues) or _taken(doc, c0, used_cues, findings):
            continue
        s0, s1 = doc.sentence(c0)
        cut = _TOPIC_END.search(text, m.start("obj"), s1)
        a, b = _strip_span(text, m.start("obj"), cut.start() if cut is not None else s1)
        speaker = _subject(doc, c0, s0, _ATTACKED_PRE)
        if b - a < 2 or speaker is None:
            continue
        lemma = "call for" if m.group("cue").endswith("for") else "call on"
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)


def _record_saying(
    doc: _Doc, findings: list[_Finding], used_cues: set[int], participles: frozenset[str]
) -> None:
    text = doc.text
    for m in _record_saying_matches(text, participles):
        c0, c1 = m.span("cue")
        if _taken(doc, c0, used_cues, findings) or text.startswith("to be", m.start("obj")):
            continue  # ("a video claiming to be from the storm": what it is, no report)
        s0, s1 = doc.sentence(c0)
        p0, put = _record_start(text, s0, m.start("noun"))
        speaker: tuple[int, int] | None
        if put is not None:
            if text[max(s0, put.start() - 3) : put.start()] == "to ":
                continue  # "led the board to issue a statement urging": the board, far back
            speaker = _subject(doc, put.start(), s0, _ATTACKED_PRE)
        else:
            speaker = _strip_span(text, p0, m.end("noun"))
        if speaker is None or speaker[1] <= speaker[0]:
            continue
        if m.group("cue") in _JUDGING_PARTICIPLES:
            a, b = _object(text, m.start("obj"), s1)
        else:
            cut = _TOPIC_END.search(text, m.start("obj"), s1)
            if text[m.start("obj")] in '“"‘':
                q = doc.quote_starting(m.start("obj"))
                cut = None if q is None else _TOPIC_END.search(text, q[1], s1)
            a, b = _strip_span(text, m.start("obj"), cut.start() if cut is not None else s1)
        if b - a < 2:
            continue
        form = m.group("cue")
        lemma = CUE_FORMS.get(form) or _ING_LEMMAS.get(form, form[:-3])
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)


def _record_start(text: str, s0: int, n0: int) -> tuple[int, re.Match[str] | None]:
    """Where the record's phrase before its noun at ``n0`` starts ("a two-page memo", "the
    Trump release", "911 calls": at most three words, up to a determiner), and the verb that
    puts it out right before it, if any ("posted a message", "placed national ads")."""
    p0 = n0
    for _ in range(4):
        put = _PUT_OUT.search(text, max(s0, p0 - 30), p0)
        if put is not None:
            return p0, put
        w = _WORD_BEFORE.search(text, max(s0, p0 - 30), p0)
        if w is None:
            break
        p0 = w.start()
        if w.group(1).lower() in _DETERMINERS:
            return p0, _PUT_OUT.search(text, max(s0, p0 - 30), p0)
    return n0, None


def _record_saying_matches(text: str, participles: frozenset[str]) -> list[re.Match[str]]:
    """The matches of :data:`_RECORD_SAYING_RE`, found from its participles: the word before
    a participle (or the third before, over a time phrase) must be a record noun, and only
    there is the pattern tried (a participle of saying is common; a record before it rare)."""
    found: list[re.Match[str]] = []
    end = -1
    for i in _word_starts(text, participles):
        if i < end or (i > 0 and text[i - 1].isalnum()):
            continue
        toks = text[max(0, i - 40) : i].split()
        if not toks:
            continue
        noun = toks[-1].rstrip(",")
        if noun not in _RECORD_NOUNS:
            if len(toks) < 3 or toks[-3] not in _RECORD_NOUNS or toks[-2] not in _RECORD_TIME_WORDS:
                continue
            noun = toks[-3]
        at = text.rfind(noun, max(0, i - 40), i)
        m = _RECORD_SAYING_RE.match(text, at) if at >= 0 else None
        if m is not None and m.start("cue") == i:
            found.append(m)
            end = m.end()
    return found
