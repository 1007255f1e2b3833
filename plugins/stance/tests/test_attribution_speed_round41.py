"""Round forty-one (issue 18, speed): a search tried only when the text ends as every match of
its pattern does (or holds the pattern's literal word) finds what the search always tried
found, and the auxiliaries' start scan finds the starts it found. Every text is invented; the
patterns' own strings are sampled too (their parse tree walked at random), so a word missing
from a list of endings fails here. The full proof is the diff of every column of every row
over the annotated sets (``benchmarks/attributions_same_output.py``)."""

from __future__ import annotations

import random
import re
from re import _constants as _C
from re import _parser as _sre_parse

import pytest
from newslens_stance.attributions.clauses import _WITH_PHRASE_END
from newslens_stance.attributions.lexicon import _AUX_START
from newslens_stance.attributions.speakers import _SUBJECT_PREP, _SUBJECT_PREP_WORDS
from newslens_stance.attributions.verbs import (
    _QUOTE_THEN_NP_PREP,
    _QUOTE_THEN_NP_PREP_WORDS,
    _SUBORDINATE_BEFORE_SPEAKER,
    _SUBORDINATE_LAST_WORDS,
    _TAIL_ENDINGS,
    _search_short,
)

#: the scan as it was before this round
_AUX_START_BEFORE = re.compile(r"\b(?:i[st]|was|were|are|ha(?:s|d|ve)|being|It)\b")

TEXTS = [
    "It is this island's harbour master, Ann Lund, who has long opposed the levy; it's hers.",
    "The board, the port's owner, later said the pier would reopen; crews were told to wait.",
    "Lund - a former skipper - on Tuesday argued, as she put it, that the plan was a mistake.",
    '"We will not sell," a skipper in the room said, and Chan was quoted in the Herald as '
    "saying the quay, which also ",
    "Officials who stopped short of publicly backing it, when the union, even though ",
    "Residents with Sen. Ann Okafor calling, the mayor's aides from the port, and then "
    "quietly on Friday, but now, isn't being got; x_is 3was Island has been, had, have ",
    "“The tide is late,” the crew said, adding, further, “it is”, and later, and also — ",
]


def _tails(text: str) -> list[str]:
    """Every text before a position of ``text`` (a cue may stand anywhere)."""
    return [text[:i] for i in range(len(text) + 1)]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize("text", TEXTS)
def test_aux_start_finds_the_same_starts(text: str) -> None:
    assert [m.span() for m in _AUX_START.finditer(text)] == [
        m.span() for m in _AUX_START_BEFORE.finditer(text)
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_search_short_with_endings_is_the_search(text: str) -> None:
    for pattern in _TAIL_ENDINGS:
        for before in _tails(text):
            assert _span(_search_short(pattern, before)) == _span(pattern.search(before)), (
                pattern.pattern[:40],
                before[-40:],
            )


# --------------------------------------------------------------------------- sampled matches

_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789é_"
_SPACES = " \t\n\u00a0"
_MARKS = ".,;:!?\"'“”’‘()-—–%/&"
_ALL = _WORD_CHARS + _SPACES + _MARKS
_CATEGORY_CHARS = {
    _C.CATEGORY_WORD: _WORD_CHARS,
    _C.CATEGORY_UNI_WORD: _WORD_CHARS,
    _C.CATEGORY_SPACE: _SPACES,
    _C.CATEGORY_UNI_SPACE: _SPACES,
    _C.CATEGORY_DIGIT: "0123456789",
    _C.CATEGORY_UNI_DIGIT: "0123456789",
    _C.CATEGORY_NOT_WORD: _SPACES + _MARKS,
    _C.CATEGORY_UNI_NOT_WORD: _SPACES + _MARKS,
}


def _in_set(items: list, ch: str) -> bool:
    negate = found = False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            found |= ord(ch) == av
        elif op is _C.RANGE:
            found |= av[0] <= ord(ch) <= av[1]
        elif op is _C.CATEGORY:
            found |= ch in _CATEGORY_CHARS.get(av, "")
    return found != negate


def _sample(tree: list, rng: random.Random, out: list[str]) -> None:
    """Append a random string the parsed pattern may match (look-arounds are ignored: the
    caller keeps only the strings the pattern does match)."""
    for op, av in tree:
        if op is _C.LITERAL:
            out.append(chr(av))
        elif op is _C.NOT_LITERAL:
            out.append(rng.choice([c for c in _ALL if ord(c) != av]))
        elif op is _C.ANY:
            out.append(rng.choice(_ALL))
        elif op is _C.IN:
            out.append(rng.choice([c for c in _ALL if _in_set(av, c)] or [" "]))
        elif op is _C.CATEGORY:
            out.append(rng.choice(_CATEGORY_CHARS[av]))
        elif op is _C.BRANCH:
            _sample(rng.choice(av[1]), rng, out)
        elif op is _C.SUBPATTERN:
            _sample(av[3], rng, out)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, high, sub = av
            for _ in range(rng.randint(low, min(high, low + 3))):
                _sample(sub, rng, out)


def _matches(pattern: re.Pattern[str], full: bool = False, n: int = 3000) -> list[str]:
    """Strings the pattern matches (as a search, or whole), sampled from its own parse."""
    rng = random.Random(41)
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    found = []
    for _ in range(n):
        out: list[str] = []
        _sample(tree, rng, out)
        text = rng.choice(["", "Lund ", "the board, ", "x"]) + "".join(out)
        if (pattern.fullmatch(text) if full else pattern.search(text)) is not None:
            found.append(text)
    return found


@pytest.mark.parametrize("pattern", list(_TAIL_ENDINGS), ids=lambda p: p.pattern[:24])
def test_every_sampled_match_ends_as_listed(pattern: re.Pattern[str]) -> None:
    found = _matches(pattern)
    assert len(found) > 100
    for text in found:
        assert text.rstrip().endswith(_TAIL_ENDINGS[pattern]), text[-40:]
        assert _span(_search_short(pattern, text)) == _span(pattern.search(text))


@pytest.mark.parametrize(
    ("pattern", "endings", "full"),
    [
        (_SUBJECT_PREP, _SUBJECT_PREP_WORDS, True),
        (_SUBORDINATE_BEFORE_SPEAKER, _SUBORDINATE_LAST_WORDS, False),
        (_QUOTE_THEN_NP_PREP, _QUOTE_THEN_NP_PREP_WORDS, False),
    ],
    ids=["subject-prep", "subordinate", "quote-np-prep"],
)
def test_the_call_sites_guards_hold_for_every_sampled_match(
    pattern: re.Pattern[str], endings: tuple[str, ...], full: bool
) -> None:
    found = _matches(pattern, full)
    assert len(found) > 100
    for text in found:
        assert text.rstrip().endswith(endings), text[-40:]
        assert not full or text[-1:].isspace()


def test_a_with_phrase_holds_with() -> None:
    found = _matches(_WITH_PHRASE_END)
    assert len(found) > 100
    assert all("with" in text for text in found)
