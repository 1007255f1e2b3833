"""A naming inside a relative clause whose gapped object is the relative word: "a ferry bill
that critics called unfair", "Moe, who she dubbed "the little mayor."", "what strategists
dub a one-two plan", "the pier, which he declared "a disgrace"", "scenes that critics have
likened to a riot" (round ninety, the lead's decision 1 on round eighty-nine b).

Why: a verb of naming takes an object and a complement ("critics called the bill unfair").
In an object relative the object is gapped: the relative word (or, after "that", the noun
phrase it follows) is what was named, the subject between it and the verb is who named it,
and the complement after the verb is what they called it. The verb passes read a content
after the cue as a clause or an object and found none they could take ("unfair", a quoted
title); round eighty-six's gapped objects (:mod:`gapped_objects`) read verbs with nothing
after them and leave namings out on purpose. PolNeAR marks the relative word ("which",
"who", "what") or, after "that", the antecedent's phrase, and the complement, as the
content, and the subject as the source.

Read only for the verbs of naming (:data:`_NAMING_FORMS`: "call", "dub", "label", "brand",
"term", "declare", "liken ... to", "describe ... as"), outside quotations, where no earlier
pass made a row at the verb, with round eighty-six's subject (a noun phrase filling the whole
gap between the relative word and the verb group, no negation, no passive: "what is called"
names nobody), and a complement that opens right after the verb (after "to" for "liken",
"as" for "describe") with a word that is no particle, preposition or object pronoun ("called
for", "called on", "called her to say": other senses) or an auxiliary ("that kick call was":
a noun), and runs to the clause's end (or to the sentence's own verb after a subject's
relative, "the people who Lund labels a threat | are ...").

Guards found on the pools: a subject that ends in a determiner ("a document that contained
these terms") or holds an auxiliary ("that the skipper was in fact called") is no subject; a
present form's subject is read narrowly ("networks that let people make calls", "which makes
Kora brand products": nouns); a "that" after a noun or verb of report opens a complement
clause ("rumors that Lund called the envoy to the capital": a summons); a complement that is
a bare name ("Okafor, whom everyone called Jim") is a name given, no view (round forty-three).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.gapped_objects import (
    _BE,
    _BE_CONTRACTIONS,
    _INNER_PRONOUN,
    _NEGATION,
    _NO_SUBJECT,
    _ONE_WORD_SUBJECT,
    _PREPOSITION_END,
    _QUESTION_WORDS,
    _agrees,
    _contracted_auxiliary,
    forms_in_order,
    gapped_before,
)
from newslens_stance.attributions.lexicon import CUE_FORMS, _words
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: the naming verbs' forms and their lemmas (the lexicon reads "dub", "label", "brand" and
#: "term" as no cue elsewhere: only here, with a gapped object and a complement)
_NAMING_FORMS = {
    **dict.fromkeys(("call", "calls", "called"), "call"),
    **dict.fromkeys(("dub", "dubs", "dubbed"), "dub"),
    **dict.fromkeys(("label", "labels", "labeled", "labelled"), "label"),
    **dict.fromkeys(("brand", "brands", "branded"), "brand"),
    **dict.fromkeys(("term", "terms", "termed"), "term"),
    **dict.fromkeys(("declare", "declares", "declared"), "declare"),
    **dict.fromkeys(("liken", "likens", "likened"), "liken"),
    **dict.fromkeys(("describe", "describes", "described"), "describe"),
}
#: the word a lemma's complement opens with ("likened to a riot", "described as a farce")
_COMPLEMENT_LEAD = {"liken": "to", "describe": "as"}
#: each naming form as a whole word, found by its letters first (round eighty-six's way in
#: :mod:`gapped_objects`: a pattern that opens with its literal is skipped to fast), run only
#: for the forms the text's lower-case words hold
_FORM_PATTERNS = {
    form: re.compile(re.escape(form) + rf"(?<!\w.{{{len(form)}}})\b") for form in _NAMING_FORMS
}
_FORM_SET = frozenset(_NAMING_FORMS)
#: the words that may stand for the gapped object (one must occur for the pass to run)
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})
#: what a complement never opens with: particles and prepositions of the verbs' other senses
#: ("called for", "called off", "declared on"), object pronouns ("called her to say")
_NOT_COMPLEMENT = frozenset(
    _words(
        """for on off up out in into back over upon at by from with about to as and or but
        him her them me us you it himself herself themselves itself
        is was are were has have had will would can could should may might must do does did be
        been"""
    )
)
#: words a subject never ends with: a determiner wants its noun ("a document that contained
#: these terms": "terms" is the noun, no verb)
_DETERMINER_END = frozenset(
    _words("a an the this that these those his her its their our my your some any no every")
)
_LEAD_RES = {w: re.compile(r"[ \t]+(" + w + r")\b") for w in _COMPLEMENT_LEAD.values()}
#: a participle opening the phrase before "that" ("creating scenes", "killing a bill")
_LEAD_PARTICIPLE = re.compile(r"[a-z]+ing\s+(?=\S)")
#: words no subject holds: auxiliaries and forms of "be" (the subject then runs over a verb)
_CLAUSE_WORDS = frozenset(
    _words(
        """is was are were be been am has have had will would can could should may might must do
        does did"""
    )
)
#: nouns a "that" clause completes (their "that" opens no relative): a report or a belief
#: the lexicon does not read as a cue
_CLAUSE_NOUNS = frozenset(
    _words(
        """rumor rumors rumour rumours allegation allegations fact facts news word sign signs idea
        ideas notion notions speculation charge charges belief beliefs suggestion suggestions
        possibility evidence indication indications assumption impression"""
    )
)
_HEAD_END = re.compile(r"[’'].*$|[^\w]+$")
#: the sentence's own verb after a relative clause in its subject: where a complement ends
_MATRIX_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would)\s")
#: a complement that is a bare name ("whom everyone called Jim"): a name given, no view
_BARE_NAME = re.compile(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*")
#: a complement's first word (or an opening quotation mark)
_FIRST = re.compile(r"[ \t]+(?P<first>[“\"‘']|[\w$][\w’'.\-]*)")
#: where a complement ends: a clause break (a comma, a stop, a colon, a dash, a bracket)
_COMPLEMENT_END = re.compile(r"[,;:.!?()\[\]]|\s[-–—]\s|[—–]|--")


def named_relative_findings(
    doc: _Doc, findings: list[_Finding], used_cues: set[int], lower_words: frozenset[str]
) -> None:
    """Rows for a naming verb whose object is the relative word before its subject: the
    subject is the speaker, the relative word (or the antecedent of "that") and the
    complement the content. ``lower_words`` (the text's lower-case words) skips the pass
    when no naming form or no relative word occurs."""
    text = doc.text
    forms = _FORM_SET & lower_words
    for m in forms_in_order(text, forms, _FORM_PATTERNS, _RELATIVE_WORDS, lower_words):
        c0, c1 = m.span()
        form = m.group()
        lemma = _NAMING_FORMS[form]
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        before = gapped_before(text, s0, c0)
        if before is None or before.group("rel") == "than":
            continue
        group = before.group("group")
        subject = before.group("subject").split()
        if not _agrees(group + _contracted_auxiliary(subject[-1]), form):
            continue
        if _NEGATION.search(group) or _BE.search(group) or subject[-1].endswith(_BE_CONTRACTIONS):
            continue
        if subject[0].lower() in _NO_SUBJECT or (
            len(subject) > 1 and _INNER_PRONOUN.search(" ".join(subject[1:]))
        ):
            continue
        if len(subject) == 1 and not _ONE_WORD_SUBJECT.fullmatch(subject[0]):
            continue
        if subject[-1].lower() in _DETERMINER_END:
            continue
        if not form.endswith("ed") and not _present_subject(subject, form, lemma):
            continue  # "networks that let people make calls", "which makes Panasonic brand"
        if _PREPOSITION_END.search(text, max(s0, before.start() - 12), before.start()):
            continue
        if any(w.lower() in _CLAUSE_WORDS for w in subject):
            continue  # "that the skipper was in fact called": a verb inside the subject
        group_start = before.start("group") if before.group("group") else c0
        speaker, _ = _np_before(doc, group_start, s0)
        if (
            speaker is None
            or speaker[0] != before.start("subject")
            or speaker[1] > group_start
            or text[speaker[1] : group_start].strip()
        ):
            continue
        complement = _complement(doc, c1, s1, lemma)
        if complement is None or _BARE_NAME.fullmatch(text, *complement):
            continue  # "Okafor, whom everyone called Jim": a name given, no view (round 43)
        rel = before.group("rel")
        if rel in _QUESTION_WORDS and any(
            part[0] == before.start("rel") for f in findings for part in f.content
        ):
            continue  # "asked what they call it": another row's question
        head = before.span("rel")
        if rel == "that":
            antecedent, _ = _np_before(doc, before.start("rel"), s0)
            if antecedent is None or (
                _HEAD_END.sub("", text[antecedent[0] : antecedent[1]].split()[-1].lower())
                in _CLAUSE_NOUNS
                or text[antecedent[0] : antecedent[1]].split()[-1].lower() in CUE_FORMS
            ):
                # "said that critics called it", "rumors that Lund called the envoy to the
                # capital": a complement's "that" after a verb or a noun of report, no relative
                continue
            # a participle before the noun phrase is the clause it stands in ("creating scenes
            # that critics likened to"): the phrase from the next word
            lead_word = _LEAD_PARTICIPLE.match(text, antecedent[0], antecedent[1])
            head = (lead_word.end(), antecedent[1]) if lead_word is not None else antecedent
        findings.append(_Finding((c0, c1), lemma, speaker, [head, complement]))
        used_cues.add(c0)


def _present_subject(subject: list[str], form: str, lemma: str) -> bool:
    """Whether a present form's subject is one the verb agrees with, read narrowly: the base
    and the form in -s of these verbs are nouns as often ("make calls", "brand products",
    "these terms"). A form in -s wants "he", "she", "it" or a name ("what it terms", "which
    Lund labels"); the base form "they", "we", "you", "I" or one plural noun ("what
    strategists dub")."""
    if form != lemma:  # the form in -s
        return (len(subject) == 1 and subject[0] in {"he", "she", "it"}) or all(
            w[:1].isupper() for w in subject
        )
    return len(subject) == 1 and (
        subject[0] in {"they", "we", "you", "I"}
        or (subject[0].islower() and subject[0].endswith("s") and not subject[0].endswith("ss"))
    )


def _complement(doc: _Doc, c1: int, s1: int, lemma: str) -> tuple[int, int] | None:
    """The complement after a naming verb: from its first word (after "to" / "as" where the
    lemma wants one) to the clause's end, a quotation whole."""
    text = doc.text
    a = lead_start = c1
    lead = _COMPLEMENT_LEAD.get(lemma)
    if lead is not None:
        lm = _LEAD_RES[lead].match(text, a, s1)
        if lm is None:
            return None
        a, lead_start = lm.end(), lm.start(1)
    first = _FIRST.match(text, a, s1)
    if first is None or first.group("first").lower() in _NOT_COMPLEMENT:
        return None
    start = first.start("first")
    if text[start] in "“\"‘'":
        q = doc.quote_starting(start)
        if q is None:
            return None
        end = q[1]
        # a quotation's closing stop or comma inside the marks goes with it ("“the little
        # mayor.”"); the clause may go on after it ("“a disgrace” for the town")
        nxt = _COMPLEMENT_END.search(text, end, s1)
        tail_end = nxt.start() if nxt is not None else s1
        if text[end:tail_end].strip() and len(text[end:tail_end].split()) <= 6:
            end = tail_end
    else:
        nxt = _COMPLEMENT_END.search(text, start, s1)
        end = nxt.start() if nxt is not None else s1
        verb = _MATRIX_VERB.search(text, start, end)
        if verb is not None:
            end = verb.start()  # "the people who Lund labels a threat | are those who ..."
    span = _strip_span(text, start if lead is None else lead_start, end)
    if span[1] <= span[0]:
        return None
    return span
