"""A feeling caused in a holder who is the verb's object: "The levy has angered the harbour's
skippers", "That rattled Ode", "a plan that alarms pensioners" (round seventy-eight).

Why: with a verb of causing a feeling (anger, alarm, upset, rattle, worry, ...) PolNeAR marks
the one who feels as the source and what caused the feeling (the subject) as the content: the
object is the holder of a belief or an attitude about the subject. The verb passes read the
subject as the speaker or gave no row. Only the active finite verb with an object of people
is read: a perfect ("has alarmed"), a simple past or present after a noun or a relative
("remarks that rattled voters"), a negated or modal base ("doesn't surprise the analysts",
"might infuriate fans"). Refused: an adjective or participle before a noun ("frustrated
voters", "a worried skipper"), a state after "be / feel / get" ("was angered by"), a personal
pronoun or "it" as the subject ("he worries the vote ...", "it bothers me that"), an object
pronoun ("scares me": in quoted talk, mostly unmarked), a passive or a clause after the verb
("alarmed by", "worried that"), and a cue inside a quotation.
"""

from __future__ import annotations

import re

from newslens_stance.attributions.lexicon import _words
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: each verb's forms (its lemma first, the base of the cue's class)
_VERB_FORMS = {
    "alarm": "alarm alarms alarmed",
    "anger": "anger angers angered",
    "upset": "upset upsets",
    "frustrate": "frustrate frustrates frustrated",
    "rattle": "rattle rattles rattled",
    "horrify": "horrify horrifies horrified",
    "infuriate": "infuriate infuriates infuriated",
    "outrage": "outrage outrages outraged",
    "irritate": "irritate irritates irritated",
    "annoy": "annoy annoys annoyed",
    "frighten": "frighten frightens frightened",
    "spook": "spook spooks spooked",
    "unnerve": "unnerve unnerves unnerved",
    "dismay": "dismay dismays dismayed",
    "delight": "delight delights delighted",
    "thrill": "thrill thrills thrilled",
    "embolden": "embolden emboldens emboldened",
    "bother": "bother bothers bothered",
    "enrage": "enrage enrages enraged",
    "irk": "irk irks irked",
    "baffle": "baffle baffles baffled",
    "startle": "startle startles startled",
    "offend": "offend offends offended",
    "disturb": "disturb disturbs disturbed",
    "sadden": "sadden saddens saddened",
    "disappoint": "disappoint disappoints disappointed",
    "surprise": "surprise surprises surprised",
    "shock": "shock shocks shocked",
    "worry": "worry worries worried",
    "scare": "scare scares scared",
    "excite": "excite excites excited",
}
_FORM_LEMMA = {form: lemma for lemma, forms in _VERB_FORMS.items() for form in forms.split()}
_BASES = frozenset(_VERB_FORMS) | {"upset"}

#: one pattern a form, run only for the forms the document holds (its lower-case words).
#: Speed round (stop fifty): the look-behind reads the character before the form from after
#: it, so the pattern opens with the form's letters and the search skips to them (a pattern
#: that opens with a look-behind is tried at every position; the same matches)
_FORM_RE = {
    form: re.compile(form + rf"(?<![\w’'\-].{{{len(form)}}})(?![\w’'\-])") for form in _FORM_LEMMA
}
#: the verb group before the verb: a perfect or a negated / modal base, adverbs between
_GROUP_BEFORE = re.compile(
    r"(?:\b(?P<aux>has|have|had|doesn’t|doesn't|does\s+not|didn’t|didn't|did\s+not|don’t|"
    r"don't|do\s+not|won’t|won't|will|would|could|might|may|sure\s+to)"
    r"(?:\s+(?:not|never|also|already|clearly|surely|only|deeply|further|really|"
    r"[a-z]+ly))*\s+)$"
)
#: a word right before a bare verb that makes it no finite verb with a subject: an article,
#: a quantifier or possessive (an adjective: "many frustrated voters"), "be / feel / get"
#: (a state: "was angered"), a degree adverb, a preposition, a personal pronoun or "it"
_NOT_BEFORE = frozenset(
    _words(
        """a an the many some most more less few several all any no every each other these those
    this his her their its our my your whose is are was were be been being am get gets got
    getting feel feels felt seem seems seemed look looks looked become became so very too
    how really quite as of with for in on at by from to into about after before without
    i you he she we they it i'm i’m he's he’s she's she’s we're we’re they're they’re
    who not never also just still"""
    )
)
#: the object opens with a word, never an object pronoun, a clause or a preposition (the
#: holder's phrase must then name people, :func:`_holder`)
_OBJECT_START = re.compile(
    r"\s+(?=[\w])(?!(?i:me|us|you|him|them|it|itself|themselves|that|this|what|how|about|by|"
    r"with|at|over|to|for|and|or|in|of|on|as|if|when|there|from|among|against|within|across|"
    r"toward|towards|upon|into|during|after|before)\b)(?!I\b)"
)
#: where the holder's phrase ends: a stop, a relative, a preposition of manner or cause,
#: a subordinating word, an adverb in -ly, a conjunction before a verb
_HOLDER_END = re.compile(
    r"[,;:.!?()\[\]“”\"—–]|\s-\s|\s(?:who|whom|which|that|with|by|because|as|when|while|"
    r"since|after|before|into|than|so|but|[a-z]+ly|is|are|was|were|has|have|had|will|would|"
    r"could|can|may|might|and\s+(?:then|now|has|have|had|is|are|was|"
    r"were|will|would|could|may|might|[a-z]+ed))\b"
)
#: the people a holder's head names (a lower-case phrase must hold one of them)
_PEOPLE_WORDS = frozenset(
    _words(
        """supporters backers critics fans followers voters aides allies advisers opponents
    members residents activists conservatives liberals progressives democrats republicans
    people americans observers analysts economists experts officials leaders workers
    families parents students lawmakers legislators investors donors delegates figures
    establishment party staff base officers allies jews christians muslims evangelicals
    women men insiders strategists operatives governors senators diplomats farmers
    owners customers readers viewers employees teachers unions crews fishermen citizens
    taxpayers consumers everyone anyone many some others colleagues world
    public administration government"""
    )
)
#: where the subject (the content) starts, looking back from the verb group
_SUBJECT_START = re.compile(r"[,;:(“”\"—–]\s*|\s-\s|\b(?:and|but|yet|because)\s+")
_CHUNK_END = frozenset(_words("from in on at for with about among across against to into over"))
_RELATIVES = frozenset(_words("that which what who"))


def _holder(doc: _Doc, start: int, s1: int) -> tuple[int, int] | None:
    """The object phrase of people from ``start`` (at most twelve words), or None."""
    text = doc.text
    end = _HOLDER_END.search(text, start, s1)
    b = end.start() if end else s1
    a, b = _strip_span(text, start, b)
    words = text[a:b].split()
    if not words or len(words) > 12:
        return None
    head_chunk = []  # the words before a preposition other than "of" ("replies from
    for w in words[:6]:  # some at the meeting": "replies", no people)
        if w.lower() in _CHUNK_END:
            break
        head_chunk.append(w.lower().strip("’'"))
    if not words[0][:1].isupper() and not _PEOPLE_WORDS.intersection(head_chunk):
        return None
    return a, b


def _content(doc: _Doc, g0: int, s0: int) -> tuple[int, int] | None:
    """The subject before the verb group at ``g0``: the words back to a clause's opening, or
    the relative pronoun that stands for it ("delays that rattled voters": "that")."""
    text = doc.text
    lo = max(s0, g0 - 160)
    opens = list(_SUBJECT_START.finditer(text, lo, g0))
    last = opens[-1] if opens else None
    a = last.end() if last else lo
    a, b = _strip_span(text, a, g0)
    if b <= a and last is not None and text[last.start()] == ",":
        # an appositive between the subject and its verb ("Lund, for years a skipper, has
        # angered ..."): the subject is the clause's first phrase, up to its comma
        first = text.find(",", s0, last.start())
        a, b = _strip_span(text, s0, first if first >= 0 else last.start())
    if b <= a:
        return None
    words = text[a:b].split()
    if words[-1].lower() in _RELATIVES:
        return b - len(words[-1]), b
    return a, b


def caused_feeling_findings(
    doc: _Doc, lower_words: frozenset[str], findings: list[_Finding], used_cues: set[int]
) -> None:
    """Rows for "X has angered Y": the cue the verb group, the source the object ``Y``, the
    content the subject ``X``; appended to ``findings`` where no earlier row holds the verb
    (a verb row that read the subject as the one who feels is mended)."""
    text = doc.text
    forms = lower_words.intersection(_FORM_LEMMA)
    if not forms:
        return
    matches = sorted(
        (m for form in forms for m in _FORM_RE[form].finditer(text)), key=lambda m: m.start()
    )
    for m in matches:
        v0, v1 = m.span()
        form = m.group()
        obj = _OBJECT_START.match(text, v1)
        if obj is None or doc.quote_at(v0) is not None:
            continue
        s0, s1 = doc.sentence(v0)
        group = _GROUP_BEFORE.search(text, max(s0, v0 - 40), v0)
        if group is not None:
            g0 = group.start()
            if form in _BASES and group.group("aux") in ("has", "have", "had"):
                if form != "upset":
                    continue  # "has worry": not a perfect
            elif form not in _BASES and group.group("aux") not in ("has", "have", "had"):
                continue  # "doesn't worried"
        else:
            g0 = v0
            prev = text[max(s0, v0 - 20) : v0].split()
            if not prev or prev[-1].lower().strip("’'\"“”") in _NOT_BEFORE:
                continue
            if form in _BASES and form != "upset" and prev[-1].lower() not in _RELATIVES:
                continue  # a bare base only after a relative ("a plan that alarms"): else
                # a noun ("drew outrage"), a modal's ("should alarm"), "voters worry it"
            if prev[-1].endswith("ly") and prev[-1][:1].islower():
                continue  # an adjective after an adverb ("a very excited reader")
            if not prev[-1][-1:].isalnum():
                continue  # a comma or a quotation before the verb: no subject next to it
        holder = _holder(doc, obj.end(), s1)
        content = _content(doc, g0, s0)
        if holder is None or content is None:
            continue
        held = [f for f in findings if f.cue[0] < v1 and v0 < f.cue[1]]
        if held:
            # "The memo worried the dock officials": a verb pass read the subject as the one who
            # worries and the object as what; the object is the holder, the subject the content
            f = held[0]
            if (
                len(held) == 1
                and f.cue == (v0, v1)
                and f.speaker is not None
                and f.speaker[1] <= v0
                and f.content
                and f.content[0][0] >= v1
            ):
                f.speaker, f.content = holder, [content]
            continue
        if v0 in used_cues:
            continue
        findings.append(_Finding((g0, v1), _FORM_LEMMA[form], holder, [content]))
        used_cues.add(v0)
