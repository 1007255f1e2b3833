"""Round fifty: a verb whose plain object is a speech act, and what the act is about.

"Okafor made several sharp comments about the levy", "the mayor made the case that the pier
pays for itself", "she offered her thoughts on the ferry", "the union filed a lawsuit against
the port": the verb (make, offer, give, deliver, file, raise ...) says little, its object
names a statement, and the phrase after the object is what was said. PolNeAR marks the verb
and its object as the cue and that phrase as the content; the speech verbs of the lexicon
never reach them (round forty-six's tally of speech items we miss).

Two entry points, called by :func:`rules._find` after the other cue passes (after
:mod:`speech_acts`), each adding a finding only where no earlier pass took the cue:
:func:`_speech_object_findings` (the shape above) and :func:`_message_put_out_findings` (a
message put out and the participle of saying after it, "published a report detailing the
costs", "sent out a short note reassuring residents that ...", whose participle round eleven's
``_STATEMENT_PUT_OUT`` reads after "issued" and "released" only).

Guards of the first shape, each from rows read on PolNeAR train and the pools:

- the object is a noun of a statement (a comment, a claim, a case, a lawsuit), never a thing
  ("filed the papers", "sent a package");
- each noun takes only the prepositions that open its content ("comments about", "a lawsuit
  against", "references to", "the case that"); "a message to", "views on", "advice to" and
  "a pitch to" name an audience or a platform more often than a content, so they give no row;
- the verb is active, with a subject before it (:func:`speech_acts._subject`: no passive, no
  negation, no participle after a comma).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.lexicon import _inflect, _matches_at, _words
from newslens_stance.attributions.patterns import _word_starts
from newslens_stance.attributions.speech_acts import _TOPIC_END, _subject, _taken
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: the verbs and their lemmas: the regular ones inflected as the lexicon inflects its cues,
#: the irregular forms (and "level"'s doubled ones) written out
_REGULAR_VERBS = _words(
    "offer provide deliver file raise voice issue present share publish post lodge level hurl"
)
_IRREGULAR_FORMS = {
    "make": "make makes made making",
    "give": "give gives gave giving",
    "send": "send sends sent sending",
    "take": "take takes took taken taking",
    "level": "levelled levelling",
}
_VERB_LEMMAS = {form: lemma for lemma in _REGULAR_VERBS for form in _inflect(lemma)} | {
    form: lemma for lemma, forms in _IRREGULAR_FORMS.items() for form in forms.split()
}
_VERB_FORMS = frozenset(_VERB_LEMMAS)

#: the nouns of a statement (singular), each with the prepositions that open its content
_NOUN_PREPS: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split())
    for nouns, preps in (
        ("comment remark statement announcement joke", "about regarding on"),
        ("allegation accusation charge claim", "about against that"),
        ("argument", "about against for that"),
        ("case", "for that"),
        ("point", "that"),
        ("reference", "to"),
        ("promise threat", "to that"),
        ("assessment account defense defence", "of"),
        ("thought opinion", "on about"),
        ("question concern", "about over that"),
        ("detail", "about of"),
        ("hint", "of"),
        ("call plea", "for"),
        ("lawsuit suit complaint", "against"),
        ("testimony", "about"),
        ("apology", "for"),
        ("praise criticism", "for of"),
        ("story letter report op-ed column grievance", "about"),
        ("shot swipe jab dig potshot aim insult", "at"),
    )
    for noun in nouns.split()
}
_PLURALS = {"apology": "apologies", "testimony": "testimony", "praise": "praise",
            "criticism": "criticism", "defense": "defense", "defence": "defence"}  # fmt: skip
#: a verbal attack aimed at its object ("took a swipe at", "hurled insults at") only with
#: these verbs: "made a dig at" is rare, "gave a shot at" is no attack
_AIMED_NOUNS = frozenset(_words("shot swipe jab dig potshot aim insult"))
_AIMING_VERBS = frozenset(_words("take hurl level"))
_NOUN_FORMS = {
    form: noun for noun in _NOUN_PREPS for form in {noun, _PLURALS.get(noun, noun + "s")}
}
_NOUN_WORDS = frozenset(_NOUN_FORMS)
_NOUN_ALT = "|".join(sorted(_NOUN_FORMS, key=len, reverse=True))
_PREPS = sorted({p for ps in _NOUN_PREPS.values() for p in ps}, key=len, reverse=True)

#: verb, an optional determiner, up to three modifiers, the noun, its preposition
_SPEECH_OBJECT_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>(?P<verb>"
    + "|".join(sorted(_VERB_LEMMAS, key=len, reverse=True))
    + r")\s+(?:(?:a|an|the|his|her|their|its|our|my|several|many|some|these|those|similar|"
    r"more|other|no|two|three|[A-Z][\w’'\-]*[’']s)\s+)?"
    r"(?:(?!(?:" + "|".join(_PREPS) + r"|and|or|the|a|an|in|at|with|by|to|from)\b)"
    r"[a-z][\w\-]*,?\s+){0,3}?"
    r"(?P<noun>" + _NOUN_ALT + r"))\s+(?P<prep>" + "|".join(_PREPS) + r")\s+(?P<obj>[\w“\"‘$])"
)
#: adverbs and auxiliaries between a subject and the verb ("has repeatedly made", "will
#: offer", "tried to make")
_SPEECH_OBJECT_PRE = re.compile(
    r"(?:\b(?:has|have|had|will|would|could|can|may|might|should|must|also|then|later|"
    r"repeatedly|recently|publicly|often|again|already|even|just|once|first|quickly|"
    r"(?:is|are|was|were)(?=\s+(?:\w+ly\s+)?\w+ing\b)|tried\s+to|try\s+to|tries\s+to|"
    r"wants?\s+to|wanted\s+to|continued\s+to|went\s+on\s+to|sought\s+to)\s+)+$"
)

#: a preposition right before a verb in -ing: a gerund's phrase, no subject ("without giving
#: details of", "by making the case that")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:without|by|after|before|of|for|in|on|from|about|while|when|despite|since)\s+$",
    re.IGNORECASE,
)
#: a time after "on" is when the act was made, not what about ("made the announcement on
#: Thursday", "issued a statement on Monday night")
_TIME_AFTER_ON = re.compile(
    r"(?:(?:last|this|next|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|the\s+(?:morning|afternoon|evening|"
    r"night|eve|day|weekend|\d)|(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b)|behalf\b|"
    r"(?:the\s+)?(?:radio|television|TV|Twitter|Facebook|Instagram|CNN|Fox|MSNBC|air)\b)"
)

#: "a shot" and "aim" are taken at a party (a name or a possessive), as round thirteen's
#: phrase reads them: "took aim at the target", "took shots at the soldiers" are a gun's
_GUN_OR_WORDS = frozenset({"shot", "aim"})
_PARTY_AIMED_AT = re.compile(r"[A-Z]|(?:his|her|their|its)\s")


def _speech_object_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Append a finding for each verb with a statement as its object (cues not yet used).

    Runs only where a verb and a noun of the shape are among the article's lower-case words
    (``lower_words``), and tries the pattern only where one of the verbs begins."""
    verbs = _VERB_FORMS & lower_words
    if not verbs or not _NOUN_WORDS & lower_words:
        return
    text = doc.text
    for m in _matches_at(_SPEECH_OBJECT_RE, _word_starts(text, verbs), text):
        noun = _NOUN_FORMS[m.group("noun")]
        prep = m.group("prep")
        verb = _VERB_LEMMAS[m.group("verb")]
        if prep not in _NOUN_PREPS[noun] or ((noun in _AIMED_NOUNS) != (verb in _AIMING_VERBS)):
            continue
        if prep == "on" and _TIME_AFTER_ON.match(text, m.start("obj")):
            continue
        if noun in _GUN_OR_WORDS and not _PARTY_AIMED_AT.match(text, m.start("obj")):
            continue  # "took aim at the target", "takes a shot at me": a gun as often as words
        c0, c1 = m.span("cue")
        if m.group("verb").endswith("ing") and _PREPOSITION_BEFORE.search(
            text, max(0, c0 - 12), c0
        ):
            continue
        if any(c0 <= u < c1 for u in used_cues) or _taken(doc, c0, used_cues, findings):
            continue
        s0, s1 = doc.sentence(c0)
        speaker = _subject(doc, c0, s0, _SPEECH_OBJECT_PRE)
        if speaker is None:
            continue
        if prep == "that":
            a, b = _strip_span(text, m.start("prep"), _clause_end(doc, m.start("prep"), s1))
        else:
            c1 = m.end("prep")
            cut = _TOPIC_END.search(text, m.start("obj"), s1)
            a, b = _strip_span(text, m.start("obj"), cut.start() if cut is not None else s1)
        if b - a < 2:
            continue
        lemma = "make the case" if (verb, noun) == ("make", "case") else f"{verb} {noun}"
        if prep == "at":  # the lexicon's phrase ("take aim at", "take swipes at")
            lemma = "take aim at" if noun == "aim" else f"{verb} {noun}s at"
        findings.append(_Finding((c0, c1), lemma, speaker, [(a, b)]))
        used_cues.add(c0)


#: a message put out and the participle of saying after it ("published a report detailing
#: the costs", "sent out a short note reassuring residents that ...", "published an op-ed in the
#: Gazette criticizing the plan"): the participle's object or clause is the content
_MESSAGE_VERBS = frozenset(
    _words(
        """
        publish publishes published publishing send sends sent sending post posts posted
        posting write writes wrote written writing circulate circulated circulates
        """
    )
)
_MESSAGE_PARTICIPLES = (
    "detailing urging saying calling accusing criticizing criticising highlighting arguing "
    "asking warning reassuring claiming demanding condemning denouncing praising attacking "
    "questioning explaining announcing outlining hammering blasting slamming describing "
    "alleging insisting suggesting stating noting defending blaming mocking touting "
    "lamenting decrying rejecting disputing"
)
_MESSAGE_PUT_OUT_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>(?P<verb>"
    + "|".join(sorted(_MESSAGE_VERBS, key=len, reverse=True))
    + r")(?:\s+out)?\s+(?:(?:a|an|the|his|her|their|its|another|several|two|three|"
    r"[A-Z][\w’'\-]*[’']s)\s+)(?:(?!(?:and|or|to|that|which|who)\b)[a-z][\w\-]*\s+){0,3}?"
    r"(?P<noun>reports?|letters?|statements?|stor(?:y|ies)|columns?|op-eds?|editorials?|"
    r"e-?mails?|memos?|messages?|ads?|videos?|tweets?|posts?|articles?|essays?|notes?|"
    r"releases?|blog\s+posts?|pitches)"
    r"(?:\s+(?:in|on|to)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})?"
    r"(?:\s+(?:this|last|on)\s+[A-Z]?[a-z]+)?"
    r",?\s+(?P<part>" + "|".join(_MESSAGE_PARTICIPLES.split()) + r"))\s+(?P<obj>[\w“\"‘$])"
)


_MESSAGE_LEMMAS = {
    **{f: "send" for f in _words("send sends sent sending")},
    **{f: "publish" for f in _words("publish publishes published publishing")},
    **{f: "post" for f in _words("post posts posted posting")},
    **{f: "write" for f in _words("write writes wrote written writing")},
    **{f: "circulate" for f in _words("circulate circulated circulates")},
}

#: a plural ending ("stories", "pitches", "letters")
_SINGULAR = re.compile(r"(?:ies|(?<=ch)es|(?<!s)s)$")


def _message_put_out_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Append a finding for each message put out with its participle of saying."""
    verbs = _MESSAGE_VERBS & lower_words
    if not verbs:
        return
    text = doc.text
    for m in _matches_at(_MESSAGE_PUT_OUT_RE, _word_starts(text, verbs), text):
        c0, c1 = m.span("cue")
        if any(c0 <= u < c1 for u in used_cues) or _taken(doc, c0, used_cues, findings):
            continue
        s0, s1 = doc.sentence(c0)
        speaker = _subject(doc, c0, s0, _SPEECH_OBJECT_PRE)
        if speaker is None:
            continue
        a, b = _strip_span(text, m.start("obj"), _clause_end(doc, m.start("obj"), s1))
        if b - a < 2:
            continue
        noun = _SINGULAR.sub(lambda e: "y" if e.group() == "ies" else "", m.group("noun"))
        findings.append(
            _Finding(
                (c0, c1),
                f"{_MESSAGE_LEMMAS[m.group('verb')]} {noun}",
                speaker,
                [(a, b)],
            )
        )
        used_cues.add(c0)
