"""What a speaker's words are: name-like words, canonical names, and person vs organisation."""

from __future__ import annotations

import re
from functools import lru_cache

from newslens_stance.attributions.lexicon import (
    _COMMON_SPEAKERS,
    _DETERMINERS,
    _ORG_WORDS,
    _PERSON_ROLES,
    _PRONOUNS,
    _TITLE_WORDS,
    _words,
)

_SPOKES = frozenset(
    _words(
        """
        spokesman spokeswoman spokesperson spokespeople member members head representative
        representatives researcher researchers professor lecturer director manager owner
        """
    )
)
_ROLE_WORDS = frozenset(
    _words(
        """
        prime attorney press engineer doctor witness resident activist analyst lawyer expert
        co-author author co-founder ecologist biologist physicist chemist astronomer
        teacher farmer economist researcher scientist manager coach player actor author
        survivor nurse pilot engineer historian professor student worker owner founder
        founder reporter correspondent journalist editor columnist constable detective
        """
    )
)
_NAME_PARTICLE = re.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|du|la|le|der|bint)(?:-|$)")


def _name_like(word: str) -> bool:
    return word[:1].isupper() or bool(_NAME_PARTICLE.match(word))


# _canonical: its patterns, compiled once (a pattern string costs a lookup a call)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_BRACKET_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,9}\)$")
_POST_NOMINAL_LETTERS = re.compile(r"\s+(?:QC|KC|MP|MEP|OBE|MBE|CBE|Jr\.?|Sr\.?|PhD)$")
_ORG_POSSESSIVE_BEFORE_NAME = re.compile(
    r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?[’']s\s+(?=[A-Z]\w+\s+[A-Z])"
)
_PERSON_OF_PLACE = re.compile(
    r"(?:^|\s)([A-Z][\w’'\-]+(?: (?:[A-Z][\w’'\-]+|dela|de|del|van|von|bin|al|da|du)){1,3}) "
    r"(?:of|from|at)\s"
)

#: an unnamed spokesperson, whose party is the organisation spoken for: "a spokesman for Save
#: Kestrel Bay", "a senior spokeswoman for the Department of Justice", "A Brightwater
#: Shipping spokeswoman", "Brightwater's spokesman" (docs/decisions.md: a spokesperson without
#: a name is the organisation's voice; a named one, "spokeswoman Helen Marsh", is the person)
#: a capitalised name of one or more words, "of" / "for" / "the" / "and" inside ("Centre for
#: Aviation", "Department of Justice")
_PROPER_RUN = r"[A-Z][\w&.\-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z][\w&.\-]*)*"
_SPOKESPERSON_FOR = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}spokes(?:man|woman|person|people|men|women)\s+for\s+"
    r"(?:the\s+)?(?P<org>[A-Z].*)"
)
_ORG_SPOKESPERSON = re.compile(
    rf"(?P<org>{_PROPER_RUN})(?:[’']s)?"
    r"\s+(?:(?:senior|chief|top|deputy|press|official|former|acting|longtime|principal)\s+){0,2}"
    r"spokes(?:man|woman|person|people|men|women)"
)


#: a proper possessor before the document or channel it speaks through: "Trump's statement",
#: "The Centre for Aviation's database of air carriers", "Stardom's official statement": the
#: party is the possessor. Only such artefacts: "Trump's critics" or "Lee's family" are other
#: parties, and "BBC's Jonathan Marcus" (a capital after) is the person.
_POSSESSOR_OF_THING = re.compile(
    rf"(?P<owner>{_PROPER_RUN})[’']s?"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:statements?|website|site|database|reports?|(?:press\s+)?release"
    r"|announcement|account|tweets?|posts?|letter|filing|blog|page|newsletter|bulletin|memo"
    r"|documents?|data|figures|records|notice|communiqu[eé])(?:\s+(?:of|on|from|about)\s+.*)?"
)
#: an age before a name: "Fourteen-year-old Zoe", "the 62-year-old Ann Lee"
_AGE_BEFORE_NAME = re.compile(r"(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)-year-old\s+(?=[A-Z])")
#: what trails a name in a speaker's phrase but is no part of the party: a participle of
#: speaking or appearing ("Kyriakos Mitsotakis speaking to a think tank", "analyst Ann Lee
#: having"), a floating quantifier ("Durbin and Schiff both"). Only after a capitalised word:
#: "the group monitoring the war" is a description, not a name with a tail.
_TRAILING_AFTER_NAME = re.compile(
    r"\b(?P<name>[A-Z][\w’'.-]*)\s+(?:speaking|writing|talking|testifying|appearing|addressing"
    r"|responding|reacting|commenting|tweeting|posting|having|laughing|both|alike)\b.*$"
)


def spokesperson_party(name: str) -> str | None:
    """The organisation an unnamed spokesperson speaks for, or None."""
    if "spokes" not in name:
        return None  # (the common case, without two searches)
    name = _LEADING_ARTICLE.sub("", " ".join(name.split())).strip(" .,")
    m = _SPOKESPERSON_FOR.fullmatch(name) or _ORG_SPOKESPERSON.fullmatch(name)
    return m.group("org") if m else None


# the word sets of the function below, built once (a set union per call costs microseconds)
_TITLE_OR_ROLE_WORDS = _TITLE_WORDS | _ROLE_WORDS
#: titles, roles and person roles: a definite name with one is a person's
_PERSON_WORDS = _TITLE_OR_ROLE_WORDS | _PERSON_ROLES


@lru_cache(maxsize=4096)
def _canonical(name: str) -> str:
    """A speaker's name without leading determiners and titles ("US Defence Secretary Ash
    Carter" -> "Ash Carter"), for resolution and the parties list."""
    name = " ".join(name.split())  # wrapped lines: "Federal Statistics\nOffice"
    tail = _TRAILING_AFTER_NAME.search(name)
    if tail is not None:
        name = name[: tail.end("name")]
    party = spokesperson_party(name)
    if party is not None:
        return _canonical(party)
    if "'" in name or "’" in name:
        bare = _LEADING_ARTICLE.sub("", name.strip()).strip(" .,")
        owner = _POSSESSOR_OF_THING.fullmatch(bare)
        if owner is not None:
            return _canonical(owner.group("owner"))
    if "-year-old" in name:
        name = _AGE_BEFORE_NAME.sub("", name, count=1)
    # "the National Conference of State Legislatures": a definite article before a
    # capitalised run makes it an institution's name, never "a person of a place"
    definite = _LEADING_ARTICLE.match(name.strip()) is not None
    name = _LEADING_ARTICLE.sub("", name.strip()).strip(" .,")
    # "British Transport Police (BTP)": the acronym is an alias, not part of the name
    name = _TRAILING_BRACKET_ACRONYM.sub("", name)
    # post-nominal letters: "Judge Durham Hall QC"
    name = _POST_NOMINAL_LETTERS.sub("", name)
    # "BBC's Jonathan Marcus": an organisation's person is the person
    poss = _ORG_POSSESSIVE_BEFORE_NAME.match(name)
    if poss:
        name = name[poss.end() :]
    words = name.split()
    if len(words) < 2:
        return name
    person_of = _PERSON_OF_PLACE.search(name)
    if person_of is not None and definite and person_of.start(1) == 0:
        person_of = None
    lead = name[: person_of.start(1)].split() if person_of else []
    core = person_of.group(1).split() if person_of else []
    while core and core[0].lower() in _TITLE_OR_ROLE_WORDS:
        lead.append(core.pop(0))  # "President Hassan Rouhani of Iran"
    if (
        len(core) >= 2
        and not _is_org(" ".join(core))
        and not any(w.lower() in _TITLE_WORDS for w in core)
        and all(w[:1].islower() or w.lower() in _TITLE_OR_ROLE_WORDS for w in lead)
    ):
        return " ".join(core)  # "study co-author Ted Scambos of CU Boulder's ..."
    run = 0
    for w in reversed(words):
        lw = w.lower().strip(".")
        if (
            _name_like(w)
            and lw not in _TITLE_WORDS
            and lw not in _ROLE_WORDS
            and "’s" not in w
            and "'s" not in w
        ):
            run += 1
        else:
            break
    lead_low = [w.lower().strip(".") for w in words[:-run]] if run else []
    if (
        run >= 3
        and lead_low
        and lead_low[-1] in {"of", "to", "for"}
        and any(w in _TITLE_WORDS for w in lead_low)
    ):
        run -= 1  # "Ambassador to Germany Richard Grenell": "Germany" is the title's object
        if not _is_org(" ".join(words[-run:])):
            return " ".join(words[-run:])
    if 0 < run < len(words) and not _is_org(" ".join(words[-run:])):
        before = words[-run - 1]
        if run >= 2 and before.lower() in {"of", "to"} and any(w in _TITLE_WORDS for w in lead_low):
            return " ".join(words[-run:])  # "Secretary of State Mike Pompeo"
        if before.lower() in {"of", "for", "and", "de", "du", "on", "in", "at", "the", "to"}:
            return name  # inside an organisation's name: "Observatory for Human Rights"
        if (
            before.lower().strip(".") in _TITLE_OR_ROLE_WORDS
            or (before[:1].islower())
            or before.lower() in _TITLE_WORDS
        ):
            return " ".join(words[-run:])
    return name


def two_titled_people(name: str) -> tuple[str, str] | None:
    """ "Opposition leader Ines Varro and committee chair Tomas Brek": two parties, each
    without the title, where ``_canonical`` alone keeps the last name; None unless both sides
    are a title before a person's name of two words or more."""
    left, found, right = name.partition(" and ")
    if not found or " and " in right:
        return None
    people = []
    for side in (left, right):
        person = _canonical(side)
        if (
            # a title went ("committee chair"), not merely an article ("the Times")
            person == _LEADING_ARTICLE.sub("", side.strip()).strip(" .,")
            or len(person.split()) < 2
            or not all(_name_like(w) for w in person.split())
            or _is_org(person)
        ):
            return None
        people.append(person)
    return people[0], people[1]


def _is_org(name: str) -> bool:
    low = [w.lower().strip("’'s.") for w in name.split()]
    return any(w in _ORG_WORDS for w in low)


# the word sets of the function below, built once (a set union per call costs microseconds)
#: titles only a person bears (not "US", "foreign", "defence")
_PERSONAL_TITLE_WORDS = _TITLE_WORDS - {"us", "uk", "eu", "un", "foreign", "defence", "defense"}


@lru_cache(maxsize=4096)
def _kind(name: str) -> str:
    """'person', 'org' or 'plural' for a named speaker, by shape (no gazetteer)."""
    words = name.split()
    low = [w.lower().strip(".,") for w in words]
    if low and low[-1].endswith("s") and not words[-1][:1].isupper():
        return "plural"  # "Syrian officials", "police sources"
    canon = _canonical(name)
    definite = bool(low) and low[0] in {"the", "a", "an"}
    titled = any(w in _TITLE_OR_ROLE_WORDS for w in low)
    head = canon.split()[-1] if canon.split() else ""
    if (
        canon != name.strip()
        and len(canon.split()) >= 2
        and not _is_org(canon)
        and (titled or not definite)
        # "Trump's White House staff": a common noun's head is no person's name
        and not (head[:1].islower() and head.lower() not in _PERSON_WORDS)
    ):
        return "person"  # "Harbour Authority chief Tom Reyes" -> Tom Reyes
    if low and low[0] in {"the", "a", "an"} and not any(w in _PERSON_WORDS for w in low):
        return "org"  # "The Taliban", "the Levant": a definite name is no person's
    if _is_org(name):
        return "org"
    caps = [w for w in words if w[:1].isupper()]
    if any(w in _PERSONAL_TITLE_WORDS for w in low):
        return "person"
    if len(caps) >= 2 and len(caps) == len(words) and "’s" not in name and "'s" not in name:
        return "person"
    return "org"


# _has_proper: its patterns, compiled once (a pattern string costs a lookup a call)
_HYPHENATED_PARTICLE = re.compile(r"(?:al|el|bin|ibn|van|von|de)-[A-Z]")


# the word sets of the function below, built once (a set union per call costs microseconds)
_DETERMINERS_OR_PRONOUNS = _DETERMINERS | set(_PRONOUNS)


@lru_cache(maxsize=4096)
def _has_proper(s: str) -> bool:
    words = s.split()
    if words and _HYPHENATED_PARTICLE.match(words[0]):
        return True  # "al-Eryani"
    if words and words[0].lower() in _COMMON_SPEAKERS:
        # "Officials said" at a sentence start is no name; "Officials at the UN" names one
        return any(w[:1].isupper() for w in words[1:])
    return any(w[:1].isupper() for w in words[1:]) or (
        bool(s) and s[:1].isupper() and words[0].lower() not in _DETERMINERS_OR_PRONOUNS
    )


def _clear_name_caches() -> None:
    """Forget the names of the previous document.

    Why per document: :func:`_canonical`, :func:`_kind` and :func:`_has_proper` are pure and
    resolution asks them about the same few speakers again and again (four calls per name and
    finding); cached within a document, that costs one call each. Kept across documents the
    caches would also serve names that recur from article to article, but a benchmark that reads
    the same texts several times would then time the caches, not the rules.
    """
    _canonical.cache_clear()
    _kind.cache_clear()
    _has_proper.cache_clear()
