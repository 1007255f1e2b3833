"""Round thirty-two B: shapes of the classes beside speech, each counted on PolNeAR train
before it was written (``docs/plugins/stance.md``, "round thirty-two B").

One entry point, :func:`_attitude_findings`, called once by :func:`rules._find` after the
other cue passes; it adds a finding only where no earlier pass took the cue.

- *An appointment or a choice made by naming* ("the board named Okafor its treasurer", "the
  mayor later named her to the harbour panel", "a third of the readers named Bergen"): a
  decree, as PolNeAR's guidelines count appointments; the subject is the source, the object
  and its complement the content. Only the active with an object; not the passive ("was named
  the winner"), not a reduced relative ("a baker named Lund", "recently named the chief"),
  not a name given after something ("named after", "named for").
- *A record released* ("the ministry released its findings", "the club released a statement
  in support of the coach", "Lund released a radio ad that mocks the levy"): evidence, as
  PolNeAR counts a document put out; the subject is the source, the record and what follows
  it in the clause the content. Only with a determiner and a record noun after the verb, and
  not where a cue after it already reports the record ("released a statement saying ...",
  "a report showing ...", "a statement on Friday, describing ...": that cue's row stands);
  a participle of saying after the record with no row of its own starts the content.
- *A clause and a colon before a quotation* ("She went on: "..."", "The letter makes the
  case plainly: "..."", "The rally had one message: "...""): the quotation is the content,
  the clause's subject the source, the predicate and the colon the cue (class ``other``, as
  PolNeAR classes it). Only
  when the sentence has no other cue, the clause is a subject and a finite verb (not "For
  example:", "From the report:"), and the subject is no empty "it" or "there".
"""

from __future__ import annotations

import bisect
import re

from newslens_stance.attributions.clauses import _clause_end
from newslens_stance.attributions.lexicon import (
    _DISCOURSE,
    _FINITE,
    _PAST,
    FORM_TO_LEMMA,
    _matches_at,
    _words,
)
from newslens_stance.attributions.patterns import _word_starts
from newslens_stance.attributions.speakers import _np_before
from newslens_stance.attributions.text import _Doc, _Finding, _strip_span

#: "named" after an optional adverb or perfect auxiliary ("later named", "has named"), before
#: an object that opens with a pronoun, a determiner, a number or a capital (or a quotation)
_NAMED_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>named)\s+"
    r"(?=(?:him|her|them|me|us|the|a|an|his|its|their|our|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|[“\"‘]|\d|[A-Z]))(?!(?:after|for)\b)"
)
_NAMED_PRE = re.compile(
    r"(?:\b(?:still|later|also|first|then|recently|officially|quickly|publicly|eventually|"
    r"formally|already|just|once|has|have|had)\s+)+$"
)
_RELEASED_RE = re.compile(
    r"(?<![\w\-’'])(?P<cue>releas(?:ed|es|ing))\s+(?P<obj>(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?:statement|report|memo|ad|advertisement|findings|list|letter|"
    r"data|poll|survey|study|analysis|video)s?)\b"
)
_RELEASED_PRE = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|also|later|first|publicly|just|then|quickly|"
    r"formally|officially)\s+)+$"
)
#: a participle after the record and a time phrase ("a statement on Friday night, describing")
_RECORD_PARTICIPLE = re.compile(
    r"(?:\s+(?:on|late|early|this|last|that)?\s*(?:\w+day|morning|afternoon|evening|night|"
    r"week|month)){0,3},?\s+(\w+ing)\b\s+"
)
#: a relative clause of saying on the record ("a statement which read, in part, ...", "a
#: video that accuses X of ...")
_RECORD_RELATIVE = re.compile(
    r"(?:\s+(?:on|late|early|this|last|that)?\s*(?:\w+day|morning|afternoon|evening|night|"
    r"week|month)){0,3},?\s+(?:which|that)\s+(\w+)\b(?:,?\s+in\s+part,)?\s+"
)
#: a clause of time or reason closing what a record says ("... before the vote was held")
_TIME_OR_REASON = re.compile(r"\s(?:because|since|although|though|while|when|after|before)\b")
_OPEN = "“\"‘'"
#: the word before the verb that is no subject of a finite release ("to release", "in
#: releasing", "after releasing")
_NOT_FINITE_BEFORE = re.compile(
    r"\b(?:to|in|of|for|after|before|by|without|from|while|since|when)\s*$", re.IGNORECASE
)
_WORD_RE = re.compile(r"[\w’'\-]+")
#: a colon right before a quotation
_COLON_BEFORE_QUOTE = re.compile(r":[ \t]*[“\"]")
#: subjects that name no source ("it gets better:", "there was one rule:")
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "here", "what", "which"})
#: a quotation mark or a dash in the clause before the colon: a headline's title or kicker
_QUOTE_OR_DASH = re.compile(r"[“”\"‘]|\s[-–—]|[-–—]\s|—|–")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: words that open no subject: prepositions, question words, conjunctions
_NOT_SUBJECT_OPENERS = frozenset(
    _words(
        """
        in on at for from with by after before during like as of about into over under why
        how when where who what whether if because though although while since until unless
        so and but or yet then here
        """
    )
)
#: adverbs between a subject and its verb ("She then went on:", "Lund has since said:")
_ADVERBS = frozenset(
    {"then", "also", "later", "once", "since", "again", "still", "just", "soon", "even"}
)
#: the word before the verb that makes it a passive or a negated participle ("was named",
#: "be named", "not named")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|was|were|are|be|been|being|not|never|newly|so|get|got|gets)\s*$", re.IGNORECASE
)
#: the last determiner of the phrase before "named" (no relative pronoun or clause between):
#: an indefinite one with a name after the verb is a name given, not a choice ("a baker
#: named Lund", "a 40-year-old clerk from Bergen named Okafor")
_LAST_DETERMINER = re.compile(
    r"\b(a|an|the|this|that|these|those|his|her|its|their|our)\s"
    r"(?:(?!(?:who|which|that|a|an|the|this|these|those|his|her|its|their|our)\b)"
    r"[\w’'.\-]+,?\s+){0,6}$",
    re.IGNORECASE,
)
#: a subject in the object case: the verb is a passive small clause ("saw her named ...")
_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "me", "us"})
#: a thing or a person and the name given it: "named their son Ole", "named the dog Rex"
_NAME_GIVEN = re.compile(
    r"(?:the|a|an|his|her|its|their|our|my|your)\s+"
    r"(?:(?!(?:to|as|of|in|on|for|at|with|from|by|the|a|an)\b)[a-z][\w\-’']*\s+){1,3}[A-Z]"
)
#: a quotation opened after the object's first character: a name given ("named it “x”")
_QUOTED_NAME = re.compile(r"[“\"‘]")
#: where the choice ends: a comma (not inside a number or before a closing quote), a clause
#: of reason or time
_NAMED_END = re.compile(
    r",(?![\d”\"’'])|\s(?:which|because|since|although|though|while|when|after|before)\b"
)


def _attitude_findings(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    """Append the findings of this module's shapes to ``findings`` (cues not yet used)."""
    text = doc.text
    if "named" in text:
        _named(doc, findings, used_cues)
    if "releas" in text:
        _released(doc, findings, used_cues)
    if ":" in text:
        _clause_colon(doc, findings, used_cues)


def _named(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    for m in _matches_at(_NAMED_RE, _word_starts(text, {"named"}), text):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        pre = _NAMED_PRE.search(text, max(s0, c0 - 60), c0)
        lead = pre.start() if pre is not None else c0
        before = text[max(s0, lead - 12) : lead]
        if _PASSIVE_BEFORE.search(before) or before.rstrip().endswith((",", "(", "-")):
            continue  # "was named", "not named"; ", recently named the chief": a participle
        obj_start = m.end()
        det = _LAST_DETERMINER.search(text, max(s0, lead - 60), lead)
        if (
            det is not None
            and det.group(1).lower() in {"a", "an"}
            and (text[obj_start] in '“"‘' or text[obj_start].isupper())
        ):
            continue  # "a baker named Lund", "an account named “x”": a name given
        speaker, _ = _np_before(doc, lead, s0)
        if speaker is None or text[speaker[0] : speaker[1]].lower() in _OBJECT_PRONOUNS:
            continue  # (an object pronoun: "saw her named the player of the year")
        a, b = _strip_span(text, obj_start, _clause_end(doc, obj_start, s1))
        cut = _NAMED_END.search(text, a, b)
        if cut is not None:
            a, b = _strip_span(text, a, cut.start())
        if b - a < 2 or _QUOTED_NAME.search(text, a + 1, b) or _NAME_GIVEN.match(text, a, b):
            continue  # a name given: "named the ferry “Sable”", "named their son Ole"
        findings.append(_Finding((c0, c1), "name", speaker, [(a, b)]))
        used_cues.add(c0)


def _released(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    cues = sorted(f.cue[0] for f in findings)
    for m in _matches_at(_RELEASED_RE, _word_starts(text, {"releas"}), text):
        c0, c1 = m.span("cue")
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        s0, s1 = doc.sentence(c0)
        pre = _RELEASED_PRE.search(text, max(s0, c0 - 60), c0)
        lead = pre.start() if pre is not None else c0
        if _NOT_FINITE_BEFORE.search(text, max(s0, lead - 12), lead):
            continue
        speaker, _ = _np_before(doc, lead, s0)
        if speaker is None or text[speaker[0] : speaker[1]].lower() in _OBJECT_PRONOUNS:
            continue
        a = m.start("obj")
        b = _clause_end(doc, a, s1)
        i = bisect.bisect_left(cues, c1)
        if i < len(cues) and cues[i] < b:
            continue  # "released a statement saying ...": the report's own cue has it
        if any(
            c1 <= f.cue[0] < s1
            and f.speaker is not None
            and f.speaker[0] < speaker[1]
            and speaker[0] < f.speaker[1]
            for f in findings
        ):
            continue  # "..., describing the plan as ...": the participle's row, same source
        a, b = _strip_span(text, a, b)
        part = _RECORD_PARTICIPLE.match(text, m.end("obj"), b) or _RECORD_RELATIVE.match(
            text, m.end("obj"), b
        )
        if part is not None and part.group(1).lower() in FORM_TO_LEMMA:
            # "released a statement on Friday, describing the plan as ...", "a statement
            # which read, ...": the record's participle or relative of saying carries it (to a
            # clause of time or reason, when it is no quotation)
            a, b = _strip_span(text, part.end(), b)
            tail = _TIME_OR_REASON.search(text, a, b) if text[a : a + 1] not in _OPEN else None
            if tail is not None:
                a, b = _strip_span(text, a, tail.start())
        else:
            cut = _NAMED_END.search(text, m.end("obj"), b)
            if cut is not None:
                a, b = _strip_span(text, a, cut.start())
        if b - a < 2:
            continue
        findings.append(_Finding((c0, c1), "release", speaker, [(a, b)]))
        used_cues.add(c0)


def _finite_verb(word: str) -> bool:
    """A finite verb, roughly: an auxiliary, a past form, a verb of saying, an -ed or -es."""
    w = word.lower()
    return (
        w in _FINITE
        or w in _PAST
        or w in FORM_TO_LEMMA
        or (len(w) > 4 and w.endswith(("ed", "es")))
        or w in {"goes", "gets", "makes", "reads", "continues", "says"}
    )


def _clause_colon(doc: _Doc, findings: list[_Finding], used_cues: set[int]) -> None:
    text = doc.text
    cues = sorted(f.cue[0] for f in findings)
    for c in _COLON_BEFORE_QUOTE.finditer(text):
        c0 = c.start()
        if c0 in used_cues or doc.quote_at(c0) is not None:
            continue
        q = doc.quote_starting(c.end() - 1)
        if q is None or len(_WORD_RE.findall(text[q[0] : q[1]])) < 3:
            continue
        s0, _s1 = doc.sentence(c0)
        i = bisect.bisect_left(cues, s0)
        if i < len(cues) and cues[i] <= c0 + 1:
            continue  # a cue of its own in the clause ("Lund said: ..."): that row has it
        if any(a <= c0 < b for f in findings for a, b in f.content):
            continue  # inside another report's content
        before = text[s0:c0]
        if (
            len(_WORD_RE.findall(before)) > 16
            or _QUOTE_OR_DASH.search(before)
            or not (before.rstrip()[-1:].isalnum() or before.rstrip().endswith(")"))
        ):
            continue  # a title or a dash in the clause, or a colon after a sentence's end
        subject = _colon_subject(text, s0, c0)
        if subject is None:
            continue
        verb = [w for w in _WORD_RE.finditer(text, subject[1], c0) if not _adverb(w.group())]
        words = [w.group().lower() for w in verb]
        if len(words) > 1 and words[0] in _BE and words[1].endswith("ed"):
            continue  # "Lund was asked:": the quotation is put to the subject
        # the cue: the predicate and the colon ("went on:", "had one message:"), as PolNeAR
        # marks it; the class is the colon's (``other``)
        findings.append(_Finding((verb[0].start(), c0 + 1), ":", subject, [q]))
        used_cues.add(c0)


def _colon_subject(text: str, s0: int, c0: int) -> tuple[int, int] | None:
    """The subject of the clause before a colon: the words before its first finite verb (at
    most eight), opening with a capital, a pronoun or a determiner and not with a
    preposition or a question word; None when no finite verb follows one."""
    dm = _DISCOURSE.match(text[s0:c0])
    lo = s0 + dm.end() if dm is not None else s0
    words = list(_WORD_RE.finditer(text, lo, c0))
    for k, w in enumerate(words[:9]):
        if k >= 1 and _finite_verb(w.group()):
            break
    else:
        return None
    subj = words[:k]
    while subj and _adverb(subj[-1].group()):
        subj = subj[:-1]
    if not subj:
        return None
    first = subj[0].group().lower()
    if (
        first in _NOT_SUBJECT_OPENERS
        or (len(subj) == 1 and first in _EMPTY_SUBJECTS)
        or not (subj[0].group()[:1].isupper() or first in {"he", "she", "they", "we", "i"})
    ):
        return None
    return subj[0].start(), subj[-1].end()


def _adverb(word: str) -> bool:
    w = word.lower()
    return w in _ADVERBS or (len(w) > 4 and w.endswith("ly") and w not in {"family", "supply"})
