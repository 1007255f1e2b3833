"""Resolution of pronouns, short names and definite descriptions ("he", "Carter", "the
minister", "the Observatory") to the last fitting named speaker, with bracketed aliases."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from newslens_stance.attributions.lexicon import (
    _CALENDAR,
    _ORG_WORDS,
    _PERSON_ROLES,
    _POSSESSIVE_END,
    _PRONOUNS,
    _TITLE_WORDS,
    _words,
)
from newslens_stance.attributions.names import (
    _ROLE_WORDS,
    _canonical,
    _has_proper,
    _is_org,
    _kind,
    _name_like,
    spokesperson_party,
    two_titled_people,
)
from newslens_stance.attributions.text import _Doc, _Finding

# --------------------------------------------------------------------------- resolution


@lru_cache(maxsize=4096)  # cleared per document with the names' caches (rules._find)
def _name_part(speaker: str) -> str:
    """Of "The Vice President, Mike Pence" the part that is a name ("Mike Pence")."""
    parts = [p.strip() for p in speaker.split(",") if p.strip()]
    if len(parts) < 2:
        return speaker
    for part in parts:
        words = part.split()
        while len(words) > 2 and words[0].lower().strip(".") in {"dr", "mr", "mrs", "ms", "prof"}:
            words = words[1:]  # "Dr Ali bin Tamim": an honorific before a name
        if (
            len(words) >= 2
            and all(_name_like(w) for w in words)
            and not any(w.lower() in _TITLE_WORDS for w in words)
            and not _is_org(part)
        ):
            return " ".join(words)
    if not any(w[:1].isupper() for w in parts[0].split()[1:]):
        for part in parts[1:]:
            if _has_proper(part):
                return part  # "One of these groups, the Syrian Democratic Forces"
    return parts[0]


def _aliases(name: str) -> list[str]:
    canon = _canonical(name)
    out = {canon}
    words = canon.split()
    if _kind(name) == "person" and len(words) >= 2 and spokesperson_party(name) is None:
        out.add(words[-1])  # a surname; an unnamed spokesperson's organisation has none
    return sorted(out, key=len, reverse=True)


def _full_name(canon: str, named: list[tuple[str, str, list[str]]]) -> str:
    """A short name's full form from an earlier person ("Blumenthal" -> "Richard
    Blumenthal"), so one party is counted once."""
    if " " in canon:
        return canon
    for full, kind, _ in named:
        if full == canon:
            continue
        if kind == "person" and canon in full.split()[1:]:
            return full  # "Rosselló" -> "Ricardo Rosselló Nevares"
        if kind == "org" and full.startswith(canon + " "):
            return full  # "Ford" -> "Ford Motor Company"
        if (
            full.startswith(canon + " ")
            and len(full.split()) <= 3
            and all(_name_like(w) for w in full.split())
        ):
            # "Brightwater" -> "Brightwater Shipping", a company whose two capitalised words
            # look like a person's name by shape; not "Sanders fans" or a headline's words
            return full
        if kind == "org" and canon.isupper() and _acronym(full) == canon:
            return full  # "BTP" -> "British Transport Police"
    return canon


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# _resolve: its patterns, compiled once (a pattern string costs a lookup a call)


def _resolve(doc: _Doc, findings: list[_Finding]) -> None:
    """Resolve pronouns and definite descriptions to the last fitting named speaker.

    "Last" is by mention: the latest occurrence before the pronoun of any named speaker's name
    (so "Russia's decision to attack what it claims" resolves "it" to Russia even when another
    party spoke in between).
    """
    text = doc.text
    full_names = _FullNames(text)
    named: list[tuple[str, str, list[str]]] = []  # (canonical, kind, aliases)
    seen: set[str] = set()
    spoken_for: set[str] = set()  # organisations an unnamed spokesperson spoke for
    for f in findings:
        if not f.speaker or f.no_antecedent:
            continue
        span = (
            _named_antecedent(text, f.antecedent, text[f.speaker[0] : f.speaker[1]])
            if f.antecedent
            else _head_phrase(text, f.speaker)
        )
        s = text[span[0] : span[1]]
        first = s.split()[0].lower() if s.split() else ""
        if not s or first in _PRONOUNS or (first in {"the", "a", "an"} and not _has_proper(s)):
            continue
        part = _name_part(s)
        if " and " in part and (pair := two_titled_people(part)) is not None:
            # two people, each a party later text may name ("Brek", "he")
            for person in pair:
                if person.lower() not in seen and _full_name(person, named) == person:
                    seen.add(person.lower())
                    named.append((person, "person", _aliases(person)))
            continue
        canon = _canonical(part)
        if " " not in canon and not canon.isupper():
            # a bare surname first quoted ("Trump said") whose full name the text gave
            # ("Donald Trump") is that person, not an organisation by its one-word shape
            fuller = full_names.full(canon, span[0])
            if " " in fuller:
                canon = part = fuller
        if _full_name(canon, named) != canon:
            continue  # "Blumenthal" after "Richard Blumenthal": an alias, not a new party
        if spokesperson_party(part) is not None:
            spoken_for.add(canon)  # "the spokesman" later may be this organisation's
        if canon.lower() not in seen and _has_proper(canon):
            seen.add(canon.lower())
            named.append((canon, _kind(part), _aliases(part)))
    patterns = [(canon, kind, _name_pattern(tuple(al))) for canon, kind, al in named]
    aliases = _bracket_aliases(text) if "(" in text else {}
    genders: dict[str, str] | None = None
    for f in findings:
        if not f.speaker:
            continue
        speaker = (
            _named_antecedent(text, f.antecedent, text[f.speaker[0] : f.speaker[1]])
            if f.antecedent
            else _head_phrase(text, f.speaker)
        )
        s = text[speaker[0] : speaker[1]]
        if s in _RELATIVE_PRONOUNS:
            # "Ann Lee, who said ...": resolved as its antecedent would be in its place
            antecedent = _antecedent(doc, speaker[0])
            if antecedent is None:
                f.speaker_resolved = None
                continue
            speaker = antecedent
            s = text[speaker[0] : speaker[1]]
        words = s.split()
        first = words[0].lower() if words else ""
        if first in _PRONOUNS and len(words) == 1:
            want = _PRONOUNS[first]
            if first in {"i", "we", "you"}:
                f.speaker_resolved = None
                continue
            if first in _GENDERED:
                # "she" is not the last-named man: a person's gender as the text marks it
                # (an honorific or a gendered role word with the name), never guessed
                if genders is None:
                    genders = _genders(text, named, findings)
                other = _GENDERED[first]
                pool = [p for p in patterns if genders.get(p[0]) != other]
                f.speaker_resolved = _last_mention(pool, text, speaker[0], want)
            else:
                f.speaker_resolved = _last_mention(patterns, text, speaker[0], want)
        elif first in {"the", "this", "that"} and not _has_proper(s):
            head = _POSSESSIVE_END.sub("", words[-1].lower())
            owner = (
                _POSSESSIVE_END.sub("", words[-2].lower())
                if head.startswith("spokes") and len(words) > 2
                else ""
            )
            if owner in _ORG_WORDS:
                # "the health ministry's spokesman": the organisation spoken for, as an
                # unnamed spokesperson's party is (``names.spokesperson_party``); "the
                # congressman's spokesman" stays a person's spokesman
                head = owner
            best = None
            best_pos = -1
            for canon, kind, pat in patterns:
                if (
                    head in canon.lower()
                    or (head in _PERSON_ROLES and kind == "person")
                    or (head.startswith("spokes") and canon in spoken_for)
                ):
                    last = pat.last(text, 0, speaker[0])
                    if last >= 0 and last > best_pos:
                        best, best_pos = canon, last
            f.speaker_resolved = best
        elif _has_proper(s):
            part = _name_part(s)
            if " and " in part and (pair := two_titled_people(part)) is not None:
                f.speaker_resolved = " and ".join(_full_name(p, named) for p in pair)
                continue
            canon = _full_name(_canonical(part), named)
            if canon in aliases:
                canon = aliases[canon]
            elif " " not in canon and not canon.isupper():
                canon = full_names.full(canon, speaker[0])
            f.speaker_resolved = canon
        else:
            f.speaker_resolved = None


#: a relative inside a speaker's span ("Two pilots who know the Harbour Master", round
#: eighty-eight b's widening; "Lund, who said in May that ..."): the relative word after a
#: lower-case letter (and a comma for "who", "whom", "which"); "that" only
#: before a verb (an auxiliary or a word in -s / -ed: "a group that owns", "a poll that has"),
#: not a complement clause's "that" ("... and that fees would rise")
_RELATIVE_INSIDE = re.compile(
    r"(?<=[a-z])(?:,? (?:who|whom|which) (?=[a-z])| that (?=(?:has|have|had|is|are|was|were|will"
    r"|would|can|could|may|might|should|must|does|did|do|[a-z]+s|[a-z]+ed)\b))"
)


def _head_phrase(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The part of a speaker span a party is resolved from: the noun phrase before a
    restrictive relative clause inside it, not a name in the clause ("Two pilots who know the
    Harbour Master" names no party; "Supporters of Lund who ..." is resolved from "Supporters
    of Lund"); the span itself where it holds no relative (round eighty-nine, the lead's
    decision on round eighty-eight b)."""
    s0, s1 = span
    if s1 - s0 < 12 or (text.find(" wh", s0, s1) < 0 and text.find(" that ", s0, s1) < 0):
        return span  # (the quick test: most speakers hold no relative word)
    m = _RELATIVE_INSIDE.search(text, s0, s1)
    return span if m is None else (span[0], m.start())


#: a gendered pronoun and the gender it excludes
_GENDERED = {"he": "f", "him": "f", "his": "f", "she": "m", "her": "m"}
#: words that mark a person's gender beside their name: honorifics before it ("Mrs Marsh"),
#: role words in the speaker's phrase ("spokeswoman Helen Marsh", "his wife, Ann")
_MALE_WORDS = frozenset(
    _words(
        """
        mr mr. sir lord king prince duke spokesman chairman congressman businessman actor
        father husband son brother uncle nephew grandfather boyfriend
        """
    )
)
_FEMALE_WORDS = frozenset(
    _words(
        """
        mrs mrs. ms ms. miss dame lady queen princess duchess spokeswoman chairwoman
        congresswoman businesswoman actress mother wife daughter sister aunt niece
        grandmother girlfriend
        """
    )
)
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")


def _genders(
    text: str, named: list[tuple[str, str, list[str]]], findings: list[_Finding]
) -> dict[str, str]:
    """ "m" or "f" for the named persons whose gender the text marks, and only those: an
    honorific before any of their names ("Mrs Marsh"), or a gendered role word in a speaker
    phrase that resolves to them ("spokeswoman Helen Marsh"). A person marked both ways, or
    not at all, has no entry (no given-name list: a guess would be a bias, not a reading)."""
    marks: dict[str, set[str]] = {}
    for canon, kind, names in named:
        if kind != "person":
            continue
        for name in names:
            for start in _whole_word_starts(text, name):
                m = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
                if m is not None:
                    word = m.group(1).lower()
                    marks.setdefault(canon, set()).add(
                        "f" if word in {"mrs", "ms", "miss", "dame", "lady"} else "m"
                    )
    for f in findings:
        if f.speaker is None or not f.speaker_resolved:
            continue
        span = f.antecedent or f.speaker
        words = {w.lower().strip(",.") for w in text[span[0] : span[1]].split()}
        if words & _MALE_WORDS:
            marks.setdefault(f.speaker_resolved, set()).add("m")
        if words & _FEMALE_WORDS:
            marks.setdefault(f.speaker_resolved, set()).add("f")
    return {canon: next(iter(g)) for canon, g in marks.items() if len(g) == 1}


#: a description after a name and its comma ("Ilse Varga, a tax adviser, who ..."): the
#: phrase before the relative pronoun is the appositive, the party the name before it
_DESCRIPTION = re.compile(r"(?:a|an|the)\s+[a-z]")
_NAME_AND_COMMA_END = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*),\s*$")
#: a full name (two to four words on one line: not "Sun.\n\nHowever"), its appositive and the
#: preposition inside it that stopped the antecedent's walk ("Ilse Varga, a tax adviser at
#: Hobart Partners in | Lenz"); no mark inside the appositive
_NAME_APPOSITIVE_PREPOSITION_END = re.compile(
    r"((?:[A-Z][\w’'\-]*|[A-Z]\.)(?: (?:[A-Z][\w’'\-]*|[A-Z]\.)){1,3}),\s+(?:a|an|the)\s+[a-z]"
    r"[^,;:()\"“”]{0,60}?\s(?:in|at|of|for|with|from|on)\s+$"
)
#: capitalised words that open a sentence's adverbial, not a name ("On Monday, a clerk who")
_NOT_NAME_WORDS = _CALENDAR | frozenset(
    _words("on in at but and the a an last this since after before when while as yesterday today")
)


def _named_antecedent(text: str, span: tuple[int, int], pronoun: str) -> tuple[int, int]:
    """A relative pronoun's antecedent with the name an appositive describes ("Ilse Varga, a
    tax adviser"), so the party is the name (``_name_part`` takes it from the phrase); the
    antecedent itself when no name and comma stand right before a description.

    "who" also reaches past a preposition inside the appositive: in "Ilse Varga, a tax adviser
    in Lenz, who said" the antecedent's walk stops at "in" and finds the place, but "who" is
    the person the appositive describes ("which" after such a phrase may be the place or the
    firm, and is left as found)."""
    if pronoun == "who":
        before = _NAME_APPOSITIVE_PREPOSITION_END.search(text, max(0, span[0] - 120), span[0])
        if before is not None and _is_name(before.group(1)):
            return (before.start(), span[1])
    if not _DESCRIPTION.match(text, span[0]):
        return span
    before = _NAME_AND_COMMA_END.search(text, max(0, span[0] - 60), span[0])
    if before is None or not _is_name(before.group(1)):
        return span
    return (before.start(), span[1])


def _is_name(words: str) -> bool:
    """Capitalised words that are a name, not a sentence's opening adverbial ("On Monday")."""
    return not any(w.lower() in _NOT_NAME_WORDS or not _name_like(w) for w in words.split())


#: a relative pronoun PolNeAR marks as the speaker ("officials who said ..."): the span stays,
#: and ``speaker_resolved`` is its antecedent's, resolved as a speaker in its place would be
#: (``docs/decisions.md``). Lower case only: "WHO" is the World Health Organization.
_RELATIVE_PRONOUNS = frozenset({"who", "which"})


def _antecedent(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``pos`` hangs on: "business leaders who ...",
    "Ann Lee, who ..." (a closing relative's comma skipped).

    Why a walk of its own rather than the speaker's phrase scan: that scan looks for a subject
    before a verb of saying and runs back over verbs and prepositions ("echoing some
    commentators who", "the ire of lawmakers who"); the antecedent is the shortest phrase:
    the words back to a determiner (kept), a preposition, conjunction or verb (left out), a
    mark, or six words (read with the document's cached ``words_before``)."""
    text = doc.text
    lo = doc.sentence(pos)[0]
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ",":
        end -= 1
    start = end
    taken = 0
    for word in reversed(doc.words_before(end, lo, limit=7)):
        if text[word.end() : start].strip() or taken == 6:
            break  # a mark between this word and the phrase
        w = word.group().lower()
        if w in _NOT_IN_PHRASE or (w[:1].islower() and w.endswith(("ing", "ed"))):
            break
        start = word.start()
        taken += 1
        if w in _ANTECEDENT_OPENERS:
            break
    return (start, end) if taken else None


#: words that close an antecedent phrase on the left, and are left out of it
# fmt: off
_NOT_IN_PHRASE = frozenset({
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "among", "like", "about",
    "against", "between", "than", "as", "and", "or", "but", "nor", "that", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "said", "says", "say", "told", "tells", "asked",
})
#: words that open an antecedent phrase, kept in it (narrower than lexicon._DETERMINERS, which
#: holds prepositions and adjectives a speaker phrase may open with)
_ANTECEDENT_OPENERS = frozenset({
    "the", "a", "an", "this", "these", "those", "some", "many", "most", "all", "his", "her",
    "their", "its", "our", "my", "your", "several", "both", "each", "every",
})
# fmt: on


_BRACKET_ALIAS = re.compile(
    r"([A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|on|de|[A-Z][\w’'\-]*)){0,8})\s+"
    r"\(([A-Z][A-Za-z.&]{1,9})\)"
)
#: what every match of :data:`_BRACKET_ALIAS` ends with
_BRACKETED_SHORT_FORM = re.compile(r"\s\([A-Z][A-Za-z.&]{1,9}\)")


def _bracket_aliases(text: str) -> dict[str, str]:
    """Short forms introduced in brackets: "Philippine Institute of Volcanology and Seismology
    (Phivolcs)" makes a later "Phivolcs" that institute."""
    out: dict[str, str] = {}
    if _BRACKETED_SHORT_FORM.search(text) is None:
        return out  # (no bracket the pattern ends with: its scan from every capital is skipped)
    for m in _BRACKET_ALIAS.finditer(text):
        full = _canonical(m.group(1))
        if len(full.split()) >= 2:
            out.setdefault(m.group(2), full)
    return out


# the word sets of the function below, built once (a set union per call costs microseconds)
_NOT_GIVEN_NAMES = _ORG_WORDS | _ROLE_WORDS | _CALENDAR


def _given_names(left: str) -> list[str]:
    """The given names among the capitalised words right before a surname (``_LEFT_NAME``'s
    group): titles, organisation and role words, calendar words and function words out, and
    nothing before a possessive ("CBS2's Stacey Butler" gives Stacey)."""
    words = left.split()
    owned = [j for j, w in enumerate(words) if w.endswith(("’s", "'s"))]
    words = words[owned[-1] + 1 :] if owned else words
    return [
        w
        for w in words
        if w.lower().strip(".") not in _TITLE_WORDS
        and w.lower() not in _NOT_GIVEN_NAMES
        and w.lower() not in _FUNCTION_WORDS
    ]


#: closed-class words that open a sentence capitalised before a surname ("While Trump
#: spoke", "Is Cruz ready", "For Sanders, ..."): never a given name
_FUNCTION_WORDS = frozenset(
    _words(
        """
    a an the and or but nor so yet for if when while as since because although though unless
    until whether where after before once than then also even only just still now here there
    is are was were be been am do does did has have had will would can could shall should may
    might must not no yes in on at by of to from with without into onto over under about
    between among against during through across around behind beyond within upon like unlike
    this that these those his her its their our my your who whom whose which what why how
    all both each every either neither some many most much few several other another such
    dear says said asked told according
    """
    )
)


def _full_from_text(text: str, short: str, pos: int) -> str:
    """A bare surname's full form from its last earlier mention in the text ("Hotak" after
    "Sharif Hotak, of the provincial council, described ..."), so that a party first named
    outside any attribution is still one party. Titles are left out.

    One question; :class:`_FullNames` answers many on one text through an index of mentions,
    with the same answers (round twenty-five)."""
    return _FullNames(text).full(short, pos)


#: how far back a bare surname looks for its full name (characters)
_FULL_NAME_REACH = 5000


class _FullNames:
    """:func:`_full_from_text` for every mention of a document, through an index of mentions.

    The walk it replaces read back over up to 5,000 characters at every mention of a bare
    surname, testing each earlier mention of it for given names before it: a document of
    thousands of short reports on one person read its last 5,000 characters again for each.
    Here each surname's whole-word mentions are found once (sorted), each mention is tested
    once, and the first mention that passes along the walk's own chain is remembered, so a
    question costs a bisection. The answers are the walk's: from the last mention ending at
    or before the position, the walk visits the last mention ending at or before the start
    of the one it visited, and stops at the first with given names before it, or at the
    first that starts before the reach (no name then)."""

    __slots__ = ("_by_short", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_short: dict[str, _Mentions] = {}

    def full(self, short: str, pos: int) -> str:
        if not short:
            return short  # no mention of an empty name (the walk's matcher drops it)
        mentions = self._by_short.get(short)
        if mentions is None:
            mentions = self._by_short[short] = _Mentions(self.text, short)
        return mentions.full(pos)


class _Mentions:
    """One surname's whole-word mentions in a text and, per mention, the first mention along
    the walk's chain from it that has given names before it (see :class:`_FullNames`)."""

    __slots__ = ("_answer", "_names", "short", "starts", "text")

    def __init__(self, text: str, short: str) -> None:
        self.text, self.short = text, short
        self.starts = _whole_word_starts(text, short)
        self._names: dict[int, str | None] = {}  # mention index -> its full name, or None
        self._answer: dict[int, int] = {}  # mention index -> the chain's first named, or -1

    def _name_at(self, k: int) -> str | None:
        if k in self._names:
            return self._names[k]
        text, short, i = self.text, self.short, self.starts[k]
        out = None
        if not (i + len(short) < len(text) and text[i + len(short)] in "’'-"):
            m = _LEFT_NAME.search(text, max(0, i - 80), i)
            if m is not None:
                first = _given_names(m.group(1))
                if first and first[0][:1].isupper():
                    out = " ".join(first) + " " + short
        self._names[k] = out
        return out

    def _first_named(self, k: int) -> int:
        walked: list[int] = []
        found = -1
        while k >= 0:
            if k in self._answer:
                found = self._answer[k]
                break
            if self._name_at(k) is not None:
                found = k
                break
            walked.append(k)
            # the next mention the walk visits ends at or before this one's start
            k = bisect_right(self.starts, self.starts[k] - len(self.short)) - 1
        for w in walked:
            self._answer[w] = found
        return found

    def full(self, pos: int) -> str:
        k = bisect_right(self.starts, pos - len(self.short)) - 1
        if k < 0:
            return self.short
        found = self._first_named(k)
        if found < 0 or self.starts[found] < max(0, pos - _FULL_NAME_REACH):
            return self.short
        return self._names[found] or self.short


#: given names (and a particle) right before a surname
_LEFT_NAME = re.compile(r"((?:[A-Z][\w’'\-]+ ){1,2}(?:(?:bin|ibn|al|el|de|dela|van|von|da) )?)$")


class _NameMatcher:
    """The last whole-word occurrence of any of a name's aliases before a position.

    Why not a regex per name: every article brings new names, so compiled patterns are never
    reused and compiling them cost more than all the attribution rules together; ``str.find``
    with a word-boundary check does the same work without compiling.

    ``last`` is asked many times about one document (every pronoun, every party of its kind):
    each alias's whole-word occurrences are found once, in order, and a question costs a
    bisection (round thirty-five; the backward ``rfind`` walk it replaces read up to 5,000
    characters again per question, with the same answers). ``search`` asks once about a text
    of its own and walks back with ``rfind``, stopping at the last occurrence."""

    __slots__ = ("_starts", "_text", "aliases")

    def __init__(self, aliases: tuple[str, ...]) -> None:
        self.aliases = tuple(a for a in aliases if a)
        self._text: str | None = None
        self._starts: list[list[int]] = []

    def last(self, text: str, lo: int, hi: int) -> int:
        """The largest start ``i >= lo`` of a whole-word alias ending at or before ``hi``."""
        if text is not self._text:
            self._text = text
            self._starts = [_whole_word_starts(text, a) for a in self.aliases]
        best = -1
        for a, starts in zip(self.aliases, self._starts, strict=True):
            k = bisect_right(starts, hi - len(a)) - 1
            if k >= 0 and starts[k] >= lo and starts[k] > best:
                best = starts[k]
        return best

    def search(self, text: str) -> bool:
        for a in self.aliases:
            end = len(text)
            while True:
                i = text.rfind(a, 0, end)
                if i < 0:
                    break
                j = i + len(a)
                if (i == 0 or not _wordish(text[i - 1])) and (
                    j >= len(text) or not _wordish(text[j])
                ):
                    return True
                end = i + len(a) - 1
        return False


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` as a whole word (no word character on either side),
    ascending; occurrences may overlap."""
    starts: list[int] = []
    n, size = len(text), len(word)
    i = text.find(word)
    while i >= 0:
        j = i + size
        if (i == 0 or not _wordish(text[i - 1])) and (j >= n or not _wordish(text[j])):
            starts.append(i)
        i = text.find(word, i + 1)
    return starts


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_"


def _name_pattern(aliases: tuple[str, ...]) -> _NameMatcher:
    return _NameMatcher(aliases)


def _last_mention(patterns: list[Any], text: str, pos: int, want: str) -> str | None:
    best = None
    best_pos = -1
    for canon, kind, pat in patterns:
        fits = want == kind or (want == "plural" and kind in {"org", "plural"})
        if not fits:
            continue
        last = pat.last(text, max(0, pos - 5000), pos)
        if last >= 0 and last > best_pos:
            best, best_pos = canon, last
    return best
