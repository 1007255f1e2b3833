"""Round thirty-five (issue 18, speed): each search now tried from where a match can open, or only
when its necessary text occurs, finds what the search over the whole window found. The
references below are the code as it was; every text is invented. The full proof is the diff of
every column of every row over the annotated sets (``benchmarks/attributions_same_output.py``)."""

from __future__ import annotations

import re

import pytest
from newslens_stance.attributions.clauses import _WRITER_ADJUNCT, _may_hold_adjunct
from newslens_stance.attributions.headlines import _PROSE_WORD, _THREE_PROSE_WORDS
from newslens_stance.attributions.lexicon import (
    _AGENTLESS_RE,
    _CUE_PHRASE_AT,
    _PASSIVE_BY_RE,
    _PHRASE_START_SCAN,
    _PHRASE_STARTS,
    _aux_starts,
    _matches_at,
)
from newslens_stance.attributions.resolution import _NameMatcher
from newslens_stance.attributions.speakers import _BOTH_AND_END, _NAME_LIST_END, _ends_in_and
from newslens_stance.attributions.verbs import (
    _AND_BUT_END,
    _APPOSITIVE_BEFORE_CUE,
    _BE_OR_GET_AUX_END,
    _PREP_GERUND_BEFORE_CUE,
    _RELATIVE_BEFORE_CUE,
    _search_short,
)

TEXTS = [
    "Harbour master Ann Lund, who has long opposed the levy, said on Monday the quay was safe.",
    "The board, the port's owner, later said the pier would reopen; it was reported that crews "
    "had been told to wait, and Lund has been said to favour it.",
    "A memo which the council had previously endorsed was said to be lost, per officials.",
    "Lund - a former skipper - on Tuesday argued, as she put it, that the plan was “a mistake.”",
    "The crews, and then quietly on Friday, but now, were not sharply got; isn't being, then",
    "In making the case for the levy, Chan went on to say the crews (and the owners) agreed.",
    "Both the union and the council have called for calm, percent of those polled who said so.",
    "Okafor, Marsh, and Lund and Chan was seen island-hopping; this isn't what he has said.",
    "The fishermen who live near the pier, three in 10 who say so, then quietly noted it.",
    "Residents while speaking to reporters about leaving the quay, “the tide” said nothing.",
    "It is said that the ferry, it was reported, had been announced by the Harbour Board.",
]


def _tails(text: str) -> list[str]:
    """Every text before a position of ``text`` (a cue may stand anywhere)."""
    return [text[:i] for i in range(len(text) + 1)]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@pytest.mark.parametrize("text", TEXTS)
def test_phrase_starts_are_the_word_starts_of_every_start(text: str) -> None:
    before = sorted(
        {
            i
            for start in _PHRASE_STARTS
            for i in (m.start() for m in re.finditer(re.escape(start), text))
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")
        }
    )
    assert [m.start() for m in _PHRASE_START_SCAN.finditer(text)] == before
    # and a phrase is matched where it was
    assert [bool(_CUE_PHRASE_AT.match(text, i)) for i in before] == [
        bool(_CUE_PHRASE_AT.match(text, m.start())) for m in _PHRASE_START_SCAN.finditer(text)
    ]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "pattern",
    [
        _APPOSITIVE_BEFORE_CUE,
        _PREP_GERUND_BEFORE_CUE,
        _RELATIVE_BEFORE_CUE,
        _AND_BUT_END,
        _BE_OR_GET_AUX_END,
    ],
)
def test_a_tail_read_from_its_opening_is_the_whole_search(
    text: str, pattern: re.Pattern[str]
) -> None:
    for before in _tails(text):
        assert _same(_search_short(pattern, before), pattern.search(before)), before


@pytest.mark.parametrize("text", TEXTS)
def test_the_and_endings_are_necessary(text: str) -> None:
    for before in _tails(text):
        if not _ends_in_and(before):
            assert _BOTH_AND_END.search(before) is None
            assert _NAME_LIST_END.search(before) is None


@pytest.mark.parametrize("text", TEXTS)
def test_the_adjunct_condition_is_necessary(text: str) -> None:
    for a in range(len(text)):
        for end in range(a, len(text) + 1, 7):
            if not _may_hold_adjunct(text, a, end):
                assert next(_WRITER_ADJUNCT.finditer(text, a, end), None) is None


@pytest.mark.parametrize("text", TEXTS)
def test_three_prose_words_in_one_search(text: str) -> None:
    for a in range(0, len(text), 3):
        third = _PROSE_WORD.search(text, a)
        if third is not None:
            third = _PROSE_WORD.search(text, third.end())
            if third is not None:
                third = _PROSE_WORD.search(text, third.end())
        assert (third is not None) == (_THREE_PROSE_WORDS.search(text, a) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_passives_tried_at_whole_auxiliaries_only(text: str) -> None:
    starts = _aux_starts(text)
    for pattern in (_AGENTLESS_RE, _PASSIVE_BY_RE):
        assert [m.span() for m in _matches_at(pattern, starts, text)] == [
            m.span() for m in pattern.finditer(text)
        ]


def _last_by_walk(aliases: tuple[str, ...], text: str, lo: int, hi: int) -> int:
    """The walk the index replaced: ``rfind`` back from ``hi`` to a whole-word occurrence."""
    best = -1
    for a in aliases:
        end = hi
        while (i := text.rfind(a, lo, end)) >= 0:
            j = i + len(a)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
                best = max(best, i)
                break
            end = j - 1
    return best


def test_the_name_index_answers_as_the_walk() -> None:
    text = " ".join(TEXTS) + " Lundberg met Lund; Ann Lund's crew and Lund."
    aliases = ("Ann Lund", "Lund", "Lund Lund", "")
    matcher = _NameMatcher(aliases)
    for hi in range(len(text) + 1):
        for lo in (0, max(0, hi - 40), max(0, hi - 5000)):
            assert matcher.last(text, lo, hi) == _last_by_walk(aliases[:3], text, lo, hi)
    assert matcher.search("the crew of Ann Lund") and not matcher.search("Lundberg")


@pytest.mark.parametrize(
    "line",
    [
        "Port Chief Says Pier Will Reopen After Storm",
        "Port chief says the pier will reopen after the storm",
        "Lund Slams Levy, Calls It a Mistake for the Fleet",
        "Harbour Board: 3 New Berths by May",
        "Lund and the Board Agree on a plan",
        "A Ferry, A Pier",
        "",
    ],
)
def test_a_title_case_line_as_the_whole_count(line: str) -> None:
    from newslens_stance.attributions.lexicon import _WORD
    from newslens_stance.attributions.patterns import _TITLE_SMALL
    from newslens_stance.attributions.rules import _in_title_case

    words = _WORD.findall(line)
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    before = not (len(content) < 4 or sum(w[:1].isupper() for w in content) < 0.8 * len(content))
    assert _in_title_case(words) == before
