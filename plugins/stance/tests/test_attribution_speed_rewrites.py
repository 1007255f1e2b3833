"""The attribution scans rewritten for speed (issue 18, after round eight) find exactly what the
patterns as first written found. The reference patterns below are those first versions; every
text is invented."""

from __future__ import annotations

import re

import pytest
from newslens_stance.attributions.clauses import _CLAUSE_JOIN, _WRITER_ADJUNCT
from newslens_stance.attributions.lexicon import (
    _AGENTLESS_RE,
    _CONTRADICTION,
    _HEDGE_RE,
    _PASSIVE_BY_RE,
    _WEEKDAY_TIME,
    _WORD,
    _aux_starts,
    _contradicts,
    _hedge_matches,
    _matches_at,
)
from newslens_stance.attributions.rules import _PASSIVE_BARE_RE
from newslens_stance.attributions.speakers import _TIME_ENDS
from newslens_stance.attributions.text import _words_before

_CLAUSE_JOIN_BEFORE = re.compile(
    r",\s+but\b|;\s|\s+while\s+|\s+whereas\s+|,\s+with\s+|,\s+and\s+(?!that\b)"
    r'|(?<=,[”"])\s+but\b|(?<=,[”"])\s+and\s+(?!that\b)'
    r"|\s+and\s+(?=(?:(?:has|have|had|also|then|later)\s+)?[a-z]+(?:ed|s)\b)"
    r"|,\s+(?=(?:also\s+|then\s+|later\s+|further\s+|[a-z]{3,}ly\s+)?[a-z]+ing\b)"
    r"|(?<=,[”\"])\s+(?=(?:also\s+|then\s+|later\s+|further\s+|[a-z]{3,}ly\s+)?[a-z]+ing\b)"
    # round ten: a dash before a participle
    r"|\s[—–]\s+(?=(?:also\s+|then\s+|later\s+)?[a-z]+ing\b)"
)
_WRITER_ADJUNCT_BEFORE = re.compile(
    r'(?:,|(?<=,[”"]))\s+(?:both|all|neither|none|each|most|many|some)\s+of\s+(?:which|whom)\b'
    r'|(?:,|(?<=,[”"]))\s+as\s+(?:have|has|had|did|do|does)\b'
    r'|(?:,|(?<=,[”"]))\s+whose\b'
    r'|(?:,|(?<=,[”"]))\s+compared\s+(?:with|to)\s'
    r"|\s[—–-]{1,2}\s+(?:except|noting|adding|saying|though|although)\b"
)

TEXTS = [
    'The mayor said the pier was safe, but engineers disagreed; the council, "for now," '
    "and the port,\u201d but later   while residents whereas others, with help, and that was "
    "all, adding that it was fine,\u201d  adding more and has called for calm and asked, "
    "pointedly adding more,\u201d sharply noting it.",
    "Officials, both of whom spoke, said it, as have others, whose view, compared with 30 "
    'percent, ," all of which \u2014 except that \u2013 noting a rise - saying so -- though, '
    'which, who, whom,\u201d which ,"whom whichever, whose.',
    "It was reported that the ship sank. The plan is said to be ready. It has been claimed "
    "by none. No injuries were reported. Losses were later reported by the firm. The deal "
    "was announced by the University on Monday, as expected. Being thought to be safe, it "
    "is understood that this is it. His 'it' is. Crisis was reportedly averted.",
    "The suspect REPORTEDLY fled, the Alleged leader purportedly said; supposedly, reputedly "
    "Allegedly PURPORTED. The claim is false, wrong, a Lie, no evidence, NOT TRUE, fabricated, "
    "Fake, contrary to fact.",
    # characters that IGNORECASE folds to ASCII letters: dotted and dotless i, the long s,
    # the Kelvin sign
    "The minister reporte\u0131dly left; \u0130t was reported; allegedly; "
    "\u017fupposedly; ALLEGEDLY; mi\u017ftaken; \u212aelvin; fa\u212ae; wrong.",
    "",
    "it",
    "was reported",
    "The plan was criticized — noting a rise; it has been announced, were accused, had been "
    "declared — and is confirmed \u2013 saying so.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_joins_and_adjuncts_as_before(text: str) -> None:
    for new, old in (
        (_CLAUSE_JOIN, _CLAUSE_JOIN_BEFORE),
        (_WRITER_ADJUNCT, _WRITER_ADJUNCT_BEFORE),
    ):
        for a in range(len(text) + 1):
            for end in (len(text), min(len(text), a + 40)):
                got = [(m.span(), m.group()) for m in new.finditer(text, a, end)]
                want = [(m.span(), m.group()) for m in old.finditer(text, a, end)]
                assert got == want, (a, end)


@pytest.mark.parametrize("text", TEXTS)
def test_scans_where_first_words_occur_as_before(text: str) -> None:
    starts = _aux_starts(text)
    for pattern in (_AGENTLESS_RE, _PASSIVE_BY_RE, _PASSIVE_BARE_RE):
        got = [(m.span(), m.groupdict()) for m in _matches_at(pattern, starts, text)]
        want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert got == want
    assert [m.span() for m in _hedge_matches(text)] == [m.span() for m in _HEDGE_RE.finditer(text)]
    for a in range(0, len(text), 5):
        part = text[a : a + 60]
        assert _contradicts(part) == bool(_CONTRADICTION.search(part))


@pytest.mark.parametrize("text", TEXTS)
def test_words_before_as_the_full_window(text: str) -> None:
    for pos in range(len(text) + 1):
        for lo in (0, max(0, pos - 30)):
            for limit in (1, 2, 14):
                want = list(_WORD.finditer(text, max(lo, pos - 200), pos))[-limit:]
                got = _words_before(text, pos, lo, limit)
                assert [m.span() for m in got] == [m.span() for m in want]


def test_time_phrase_ends_in_one_of_its_last_words() -> None:
    text = (
        "Police on Tuesday said, officials late Friday night added, the firm three weeks ago "
        "noted, he later that week said, a day later, two days earlier, this morning, Sundays, "
        "midweek, tonight, next year, more than six months ago, a few hours later."
    )
    for ge in range(len(text) + 1):
        lo = max(0, ge - 40)
        ends = [m for m in _WEEKDAY_TIME.finditer(text, lo, ge) if m.end() == ge]
        if ends:
            assert text.endswith(_TIME_ENDS, lo, ge)
