"""The cue "according to X" (and "according to which"): the source after the
preposition, its end before a time, a medium or a relative clause, and the antecedent of
"which" (:func:`_according_to`). A cue of its own because its source follows the cue and its
content is the clause around it."""

from __future__ import annotations

import re

from newslens_stance.attributions.clauses import (
    _STATING_NOUNS,
    _clause_end,
)
from newslens_stance.attributions.lexicon import (
    _CALENDAR,
    _DISCOURSE,
    _POSS_DET,
    _POSSESSIVE_END,
    FORM_TO_LEMMA,
    _words,
)
from newslens_stance.attributions.names import _has_proper
from newslens_stance.attributions.patterns import _WORD_CHAR
from newslens_stance.attributions.speakers import (
    _BRACKET_ACRONYM,
)
from newslens_stance.attributions.text import (
    _Doc,
    _Finding,
    _strip_span,
)

# _according_to: its patterns, compiled once (a pattern string costs a lookup a call)
#: the source after "according to": up to a clause mark (an initialism's full stop is none)
#: the full stop of a title ("according to Sen. Ann Lund", "Mr. Lund") ends no source
_TITLE_STOP = "".join(
    f"(?<!\\b{t})" for t in _words("Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Jr Sr St")
)
_ACCORDING_TO_SOURCE = re.compile(
    r"\s+((?:[^,;.:“”\"()]|(?<=\b[A-Z])\.|"
    + _TITLE_STOP.replace("(?<!", "(?<=").replace(")(?<=", ")|(?<=").join(("(?:", ")"))
    + r"\.){1,120}?)(?=\s*(?:[,;:()]|[.!?]?[\"”’)]*\s*$|(?<!\b[A-Z])"
    + _TITLE_STOP
    + r"\.\s))"
)
#: a medium and its author ("according to a tweet on Monday by X")
_MEDIUM_BY = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+)?(?:tweet|statement|post|report|letter|message|release|"
    r"interview|filing)\b[^,;]{0,30}?\bby\s+(?=\S)"
)
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)(?=,\s)")
_TRAILING_TIME = re.compile(
    r"\s+(?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|last (?:week|month|year|night))$"
)
_SOURCE_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+[^,;:“”\"]{1,100}(?=,\s)")


#: "signed an accord, according to which the strait ...": the source is the accord, the
#: antecedent (its last phrase behind a determiner), and the content follows "which"
_RELATIVE_SOURCE = re.compile(r"\s+(?:which|whom)\s+", re.IGNORECASE)
_ANTECEDENT_DET = "|".join(sorted(_POSS_DET))
_ANTECEDENT = re.compile(
    rf"\b(?:{_ANTECEDENT_DET})\s+(?:(?!\b(?:{_ANTECEDENT_DET})\s)[^,;:()“”\"])*$",
    re.IGNORECASE,
)


def _according_to_which(
    doc: _Doc, c0: int, c1: int, s0: int, s1: int, lemma: str, rel: re.Match[str]
) -> _Finding | None:
    """ "X, according to which Y": X says Y (nothing before X is content); ``rel`` is the
    relative word after the cue."""
    text = doc.text
    lo = max(s0, c0 - 120)
    before = text[lo:c0].rstrip(" ,")
    ante = _ANTECEDENT.search(before)
    if ante is None:
        return None
    source = _strip_span(text, lo + ante.start(), lo + ante.end())
    end = _clause_end(doc, rel.end(), s1)
    comma = text.find(",", rel.end(), end)  # a relative clause closes at its comma
    content = _strip_span(text, rel.end(), comma if comma > 0 else end)
    if source[1] <= source[0] or content[1] - content[0] <= 2:
        return None
    return _Finding((c0, c1), lemma, source, [content])


def _according_to(
    doc: _Doc, c0: int, c1: int, s0: int, s1: int, lemma: str = "according to"
) -> _Finding | None:
    text = doc.text
    rel = _RELATIVE_SOURCE.match(text, c1, s1)
    if rel is not None:
        return _according_to_which(doc, c0, c1, s0, s1, lemma, rel)
    # the source runs to the first clause mark; an initialism's full stop ("the B.C. Coroners
    # Service") is no clause mark
    m = _ACCORDING_TO_SOURCE.match(text, c1, s1)
    if not m:
        return None
    sp = _strip_span(text, m.start(1), m.end(1))
    if sp[1] <= sp[0]:
        return None
    # "according to a tweet on Monday by X": the medium's author is the source
    by = _MEDIUM_BY.match(text[sp[0] : sp[1]])
    if by and sp[0] + by.end() < sp[1]:
        sp = (sp[0] + by.end(), sp[1])
    np_end = sp[1]
    # "according to the Institute of Volcanology (Phivolcs), the ...": the acronym is no content
    br = _BRACKET_ACRONYM.match(text[np_end : np_end + 14])
    if br:
        np_end += br.end()
    # "according to the town's first selectman, Chris Kervick, there were ...": a name in
    # apposition belongs to the source
    ap = _APPOSITIVE_NAME.match(text[np_end : min(s1, np_end + 60)])
    src_words = text[sp[0] : sp[1]].split()
    if (
        ap
        and not _has_proper(src_words[-1])
        # a singular role with a determiner or possessor ("the town's first selectman"), not
        # a plural or a document ("official statements, Trump, now ...")
        and (src_words[0].lower() in _POSS_DET or any(_POSSESSIVE_END.search(w) for w in src_words))
        and not src_words[-1].lower().endswith("s")
        and src_words[-1].lower() not in _STATING_NOUNS
        and not any(w.lower() in _CALENDAR for w in ap.group(1).split())
    ):
        sp = (sp[0], np_end + ap.end(1))
        np_end = sp[1]
    tm = _TRAILING_TIME.search(text[sp[0] : sp[1]])
    if tm and tm.start() > 0:
        sp = (sp[0], sp[0] + tm.start())  # "according to the WHO report yesterday"
    parts: list[tuple[int, int]] = []
    before = _strip_span(text, s0, c0)
    if before[1] > before[0]:
        dm = _DISCOURSE.match(text[before[0] : before[1]])
        b0 = before[0] + (dm.end() if dm else 0)
        that = _REPORTED_THAT_END.search(text, b0, before[1])
        if before[1] - b0 > 2 and not (that is not None and that.group(1).lower() in FORM_TO_LEMMA):
            # (round ten: "The Herald reported that, according to X, Y": the report before
            # "that" frames the sentence, and this content is only what follows)
            parts.append((b0, before[1]))
    # "According to Agence France-Presse, which cited sources close to the investigation, the
    # man had ...": the relative clause modifies the source and is not content
    rel = _SOURCE_RELATIVE_CLAUSE.match(text[np_end:s1])
    if rel and _WORD_CHAR.search(text[np_end + rel.end() + 1 : s1]):
        np_end += rel.end() + 1
    after0 = np_end
    rest_end = _clause_end(doc, after0, s1)
    after = _strip_span(text, after0, rest_end)
    if after[1] - after[0] > 2:
        parts.append(after)
    if not parts:
        return None
    return _Finding((c0, c1), lemma, sp, parts)


_REPORTED_THAT_END = re.compile(r"\b([a-z]+)\s+that\s*,?$")
