"""A report whose object is the relative word before its subject: "a point that the union
disputes.", "a plan which the mayor strongly opposes", "Chan, whom many skippers oppose",
"more votes than most growers expected" (round eighty-six).

Why: in an object relative clause the verb's object is gapped. The relative word ("that",
"which", "who", "whom", "what") or, in a comparison, "than" stands for what was disputed,
opposed or expected, and the subject between it and the verb is the one who disputes,
opposes or expects. The verb passes read a content after the cue (or a sentential "which"
after a comma, ", which he denied", whose content is the clause before it), so a verb with
nothing after it but the clause's end had no content and gave no row. PolNeAR marks the
relative word (or the antecedent) as the content and the subject as the source.

Read only for verbs that take a thing as their object and report a stance or an attitude to
it (:data:`_GAPPED_LEMMAS`; "than" only with verbs of expecting), with a noun phrase subject
that fills the whole space between the relative word and the verb group (a subject relative,
"the plan that angered the mayor", has no such subject), a verb group with no negation (a
negated report is no item), and nothing after the verb but the clause's end, perhaps after
an adverb or a short phrase of time, place or audience ("which he denied on Monday.",
"which the board rejected in May,"). The verb's form must agree with its group ("has
backed", "is backing", "will back"; "the union has support." is a noun), and a verb after "is"
or a contracted "'s" in the past participle is passive. Outside quotations, and only where no
earlier pass made a row at the verb (so ", which he denied" keeps its clause).
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import CUE_FORMS, _words
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc, _Finding

#: verbs whose object a relative clause may gap and whose object is what the stance or
#: attitude is taken on: a stance (deny, dispute, oppose, support, defend, propose), an
#: attitude (want, prefer, fear, expect). Not the plain verbs of saying ("everything he
#: said", "what she wrote", "the things he mentioned": their gapped object names the words
#: themselves, a topic, not a position taken on something), not "claim" ("the seat he
#: claimed"), "know" ("the town we know"), "contest" ("states that host contests": a noun as
#: often), "see" or "call" (namings have their own rules)
_GAPPED_LEMMAS = frozenset(
    _words(
        """
        deny dispute reject dismiss criticize criticise condemn denounce defend mock
        propose promise predict endorse advocate champion
        support oppose back favor favour prefer want fear expect anticipate
        """
    )
)
#: verbs of expecting, the only ones read after "than" ("more than analysts expected")
_EXPECTING = frozenset({"expect", "anticipate", "predict"})

#: the forms of those verbs (the lexicon's forms whose lemma is one of them)
_FORMS = sorted(
    (f for f, lm in CUE_FORMS.items() if lm in _GAPPED_LEMMAS and " " not in f), key=len
)
_FORM_SET = frozenset(_FORMS)
#: what may follow the verb: nothing but the clause's end, perhaps after an adverb or a short
#: phrase of time, place or audience ("on Monday", "to reporters", "in a statement")
_END_AFTER = re.compile(
    r"(?:[ \t]+(?:[a-z]+ly|again|too|then|today|yesterday))?"
    r"(?:[ \t]+(?:on|in|at|to|during|for|since|until|last|this|earlier)[ \t]+[^\s,.;:!?()\"“”]+"
    r"(?:[ \t]+[^\s,.;:!?()\"“”]+){0,3})?"
    r"[ \t]*(?:[.;:!?)\]—–]|,|[ \t]-[ \t]|--|$)"
)
#: the words that may stand for the gapped object (one must occur for the pass to run)
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what", "than"})


#: each verb form as a whole word: a literal search, found fast (round thirty-five's way of
#: guarding a scan by the words it needs), run only for the forms the text holds. Speed round
#: (stop fifty): the boundary before the form is a look-behind after it ("no word character
#: before its first letter"), so the pattern opens with the form's letters and the search
#: skips to them; a pattern that opens with a boundary has no literal prefix and is tried at
#: every position of the text (the same matches: every form is letters only)
_FORM_PATTERNS = {
    form: re.compile(re.escape(form) + rf"(?<!\w.{{{len(form)}}})\b") for form in _FORMS
}


def gapped_before(text: str, sentence_start: int, c0: int) -> re.Match[str] | None:
    """The relative clause's subject and verb group before a verb at ``c0`` whose object the
    relative word stands for (:data:`_GAPPED_BEFORE`), read from the nearest relative word
    back within its sentence and 120 characters, or ``None``."""
    lo = max(sentence_start, c0 - 120)
    for rm in reversed(list(_RELATIVE.finditer(text, lo, c0))):
        before = _GAPPED_BEFORE.match(text, rm.start(), c0)
        if before is not None:
            return before
    return None


def forms_in_order(
    text: str,
    forms: frozenset[str],
    patterns: dict[str, re.Pattern[str]],
    relative_words: frozenset[str],
    lower_words: frozenset[str],
) -> list[re.Match[str]]:
    """The matches of ``forms`` (the pass's verb forms the text's lower-case words hold) by
    their ``patterns``, in text order, for a pass whose verb takes a gapped object: none when
    no form occurs or no relative word stands for the object (the gate that keeps the pass
    off most texts)."""
    if not forms or not relative_words & lower_words:
        return []
    return sorted(
        (m for form in forms for m in patterns[form].finditer(text)), key=lambda m: m.start()
    )


#: the verb group between a subject and its verb: auxiliaries and adverbs
_GROUP = (
    r"(?P<group>(?:(?:has|have|had|is|are|am|was|were|be|been|being|will|would|can|could|"
    r"should|may|might|"
    r"must|did|does|do|also|once|still|long|always|often|repeatedly|later|since|now|already|"
    r"even|then|publicly|privately|openly|[a-z]+ly|not|never|[a-z]+n[’']t)[ \t]+)*)$"
)
#: a relative word (or "than") that may stand for a gapped object
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|what|than)[ \t]")
#: from a relative word to the verb: the word, a subject of one to seven words, the group
_GAPPED_BEFORE = re.compile(
    r"(?P<rel>that|which|who|whom|what|than)[ \t]+(?P<subject>[^\s,.;:!?()\"“”]+"
    r"(?:[ \t]+[^\s,.;:!?()\"“”]+){0,6}?)[ \t]+" + _GROUP
)
#: relative words that also open an embedded question ("asked what she wants", "wondering
#: who they back"): there the clause is another row's content, and no object is gapped
_QUESTION_WORDS = frozenset({"what", "who", "whom", "which"})
#: a negation in the verb group: a negated report is no item
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b")
#: what a subject never opens with: a pronoun of the object case, a word that opens a clause
_NO_SUBJECT = frozenset({"him", "them", "me", "us", "whom", "that", "which", "who", "what", "if"})
#: a preposition right before the relative word: its object is the preposition's ("those
#: about whom he has written"), and the verb has none gapped
_PREPOSITION_END = re.compile(
    r"\b(?:about|of|on|in|at|to|for|with|by|from|over|under|against|upon)[ \t]+$", re.IGNORECASE
)
#: a subject of one word: a pronoun, a name, or a plural noun ("than analysts expected"); a
#: lower-case word in the singular is an adjective or a noun before a noun as often ("that
#: economic promise"), and "his", "its", "this" open a noun phrase
_ONE_WORD_SUBJECT = re.compile(
    r"(?!(?:his|its|this|thus|was|is|has|does|as|us|less|unless|across|perhaps|always)$)"
    r"(?:(?:he|she|they|we|I|you|it)(?:[’'](?:s|d|ll|ve|re|m))?|people|anyone|everyone|"
    r"someone|nobody|everybody|anybody|many|most|some|few|all|both|several|"
    r"[A-Z][\w’'.\-]*|[a-z]+s)"
)
#: a form of "be" in the verb group (or contracted onto the subject, below): before a past
#: participle the verb is passive ("which the council is expected to weigh"), and its subject
#: is no holder
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\b")
#: "be" contracted onto the subject ("which he's expected to win": passive)
_BE_CONTRACTIONS = ("’s", "'s", "’re", "'re", "’m", "'m")
#: a word with a contracted auxiliary or a pronoun inside the subject ("what other plans
#: he'd back", "that late surge everyone had predicted": the relative word's own noun, or
#: "that" as a determiner, and the subject after it)
_INNER_PRONOUN = re.compile(
    r"[’']|\b(?:he|she|they|we|i|you|it|everyone|anyone|someone|everybody|anybody|nobody)\b",
    re.IGNORECASE,
)


def gapped_object_findings(
    doc: _Doc, findings: list[_Finding], used_cues: set[int], lower_words: frozenset[str]
) -> None:
    """Rows for a verb whose object is the relative word (or "than") before its subject:
    the subject is the speaker, the relative word the content. ``lower_words`` (the text's
    lower-case words) skips the pass when no verb form or no relative word occurs."""
    text = doc.text
    forms = _FORM_SET & lower_words
    for m in forms_in_order(text, forms, _FORM_PATTERNS, _RELATIVE_WORDS, lower_words):
        c0, c1 = m.span()
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        if _END_AFTER.match(text, c1, doc.sentence(c0)[1]) is None:
            continue
        lemma = CUE_FORMS[m.group()]
        s0, _ = doc.sentence(c0)
        before = gapped_before(text, s0, c0)
        if before is None:
            continue
        rel = before.group("rel")
        if rel == "than" and lemma not in _EXPECTING:
            continue
        group = before.group("group")
        subject = before.group("subject").split()
        if not _agrees(group + _contracted_auxiliary(subject[-1]), m.group()):
            continue  # "that the union has support.": a noun after the group
        if _NEGATION.search(group) or (
            not m.group().endswith("ing")
            and (_BE.search(group) or subject[-1].endswith(_BE_CONTRACTIONS))
        ):
            continue
        if subject[0].lower() in _NO_SUBJECT or (
            len(subject) > 1 and _INNER_PRONOUN.search(" ".join(subject[1:]))
        ):
            continue
        if len(subject) == 1 and not _ONE_WORD_SUBJECT.fullmatch(subject[0]):
            continue  # "that economic promise": an adjective before a noun, no subject
        if _PREPOSITION_END.search(text, max(s0, before.start() - 12), before.start()):
            continue
        group_start = before.start("group") if before.group("group") else c0
        speaker, _ = _np_before(doc, group_start, s0)
        # the subject fills the whole gap between the relative word and the verb group
        if speaker is None or speaker[0] != before.start("subject") or speaker[1] > group_start:
            continue
        if rel in _QUESTION_WORDS and any(
            part[0] == before.start("rel") for f in findings for part in f.content
        ):
            continue  # "wondering what she wants": another row's question, no relative
        findings.append(_Finding((c0, c1), lemma, speaker, [before.span("rel")]))
        used_cues.add(c0)


#: the auxiliaries that want a past participle, a present participle, or a bare verb after them
_PERFECT = frozenset({"has", "have", "had"})
_PROGRESSIVE = frozenset({"is", "are", "am", "was", "were", "be", "been", "being"})
_BARE = frozenset(
    {"will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do"}
)


def _agrees(group: str, form: str) -> bool:
    """Whether the verb form fits the last auxiliary of its group: "has backed", "is
    backing", "will back"; with no auxiliary, a finite form ("backs", "backed", "back")."""
    auxiliaries = [w for w in group.split() if w in _PERFECT | _PROGRESSIVE | _BARE]
    if not auxiliaries:
        return not form.endswith("ing")
    last = auxiliaries[-1]
    if last in _PERFECT:
        return form.endswith("ed")
    if last in _PROGRESSIVE:
        return form.endswith("ing") or form.endswith("ed")  # (the passive is refused apart)
    return not form.endswith(("ed", "ing")) and not (form.endswith("s") and form[:-1] in CUE_FORMS)


#: an auxiliary contracted onto the subject, as the group reads it ("he's backing", "they've
#: backed", "she'll back"; "'d" is "had" or "would", read as "had" before a participle)
_CONTRACTED = {"s": " is", "re": " are", "m": " am", "ve": " have", "ll": " will"}


def _contracted_auxiliary(word: str) -> str:
    """The auxiliary contracted onto the subject's last word, as a word of the group."""
    for mark in ("’", "'"):
        head, sep, tail = word.rpartition(mark)
        if sep and head and tail in _CONTRACTED:
            return _CONTRACTED[tail]
    return ""
