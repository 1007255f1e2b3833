"""Issue 18, round twenty-five: a bare surname's full name through an index of mentions, with
the answers of the walk it replaces, on long inputs too.

Every sentence here was written for these tests; none is taken from a corpus. No test reads a
clock: each checks output.
"""

from __future__ import annotations

import random

from newslens_stance.attributions import find_attributions
from newslens_stance.attributions.resolution import (
    _LEFT_NAME,
    _FullNames,
    _given_names,
    _NameMatcher,
)


def _walk(text: str, short: str, pos: int) -> str:
    """The walk of round twenty-four and before, kept here as the reference."""
    lo = max(0, pos - 5000)
    matcher = _NameMatcher((short,))
    end = pos
    while end > lo:
        i = matcher.last(text, lo, end)
        if i < 0:
            break
        end = i
        if i + len(short) < len(text) and text[i + len(short)] in "’'-":
            continue
        m = _LEFT_NAME.search(text, max(0, i - 80), i)
        if m is None:
            continue
        first = _given_names(m.group(1))
        if first and first[0][:1].isupper():
            return " ".join(first) + " " + short
    return short


def test_the_index_answers_as_the_walk() -> None:
    rng = random.Random(25)
    words = [
        "Vela",
        "Ines",
        "Vela's",
        "Dr.",
        "Mayor",
        "said",
        "the",
        "Vela-Ruiz",
        "VelaVela",
        "Ines Vela",
        "Bo",
        "Vela,",
        "Vela.",
        "Tomas",
        "\n",
        "Velas",
        "aVela",
        "Ve",
    ]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 300)))
        index = _FullNames(text)
        for short in ("Vela", "Ines", "Ve", "Bo", ""):
            for pos in [rng.randint(0, len(text)) for _ in range(10)]:
                assert index.full(short, pos) == _walk(text, short, pos)


def test_the_reach_of_5000_characters_holds_in_a_long_document() -> None:
    text = "Ines Vela said the port was safe. " + "Vela said the pier was safe. " * 400
    index = _FullNames(text)
    for pos in range(0, len(text), 53):
        assert index.full("Vela", pos) == _walk(text, "Vela", pos)
    assert index.full("Vela", 300) == "Ines Vela"
    assert index.full("Vela", len(text)) == "Vela"  # the full name is 11,000 characters back


def test_speakers_resolved_in_a_document_of_many_short_reports() -> None:
    # the full name is met outside any report: each bare "Vela" looks back for it
    text = "The pilot Ines Vela arrived on Monday. " + "Vela said the pier was safe. " * 300
    rows = find_attributions(text)
    assert len(rows) == 300
    names = [r["speaker_resolved"] for r in rows]
    # the first "Vela" is within the reach and takes the full name; since stance 0.23.3 that
    # first speaker's full name is the party's for the whole document (as an earlier speaker
    # quoted in full always was), so past the reach too
    assert names == ["Ines Vela"] * 300
    near = find_attributions("Tomas Ruiz, a pilot, spoke. Later Ruiz said the pier was safe.")
    assert [r["speaker_resolved"] for r in near] == ["Tomas Ruiz"]
    # a possessive is no mention with a name ("Ruiz's"), the walk's rule
    far = find_attributions("Tomas Ruiz's plan was read. Ruiz said the pier was safe.")
    assert [r["speaker_resolved"] for r in far] == ["Ruiz"]


def test_a_pattern_at_the_end_reads_from_its_last_break() -> None:
    import re

    from newslens_stance.attributions import rules
    from newslens_stance.attributions import text as text_module
    from newslens_stance.attributions.text import _Doc, _Tail

    # what a pattern can never consume breaks its window: a comma for a run of words
    gap = _Tail(re.compile(r"\b[a-z]+\s+who\s+(?:also\s+)*$"))
    assert gap.breaks is not None and gap.breaks.match(",") and not gap.breaks.match("w")
    # "anything but" classes: the break is a character they except
    loose = _Tail(re.compile(r"\bon\s+[a-z]+ing\b[^,;]{0,80}$"))
    assert loose.breaks is not None and loose.breaks.match(";") and not loose.breaks.match("x")
    # no window for a back-reference; a pattern not anchored at the end is refused
    assert _Tail(re.compile(r"(\w)\1\s*$")).breaks is None
    try:
        _Tail(re.compile(r"who\s+"))
    except ValueError:
        pass
    else:
        raise AssertionError("a pattern not anchored at the end was taken")

    # every pattern the rules read at the end finds what a whole search finds
    rng = random.Random(2025)
    pieces = [
        "who",
        "which",
        "also",
        "the",
        "dock",
        ",",
        "—",
        "(",
        '"',
        "“",
        "”",
        "’",
        "as",
        "quoted",
        "was",
        "in",
        "with",
        "to",
        "stopped short of",
        "and",
        "but",
        "memo",
        "Vela",
        "people",
        "12%",
        "polled",
        "helped",
        "noting",
        "upon",
        "Monday",
        "\n",
        ".",
        "?",
        "ss",
        "publicly",
        "adding",
        "É",
    ]
    saved = text_module._TAIL_WHOLE
    text_module._TAIL_WHOLE = 0  # every text through the window, short ones too
    try:
        for _ in range(400):
            seps = [" ", "", "  ", ",", "\n"]
            text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(0, 40)))
            doc = _Doc(text)
            s0 = rng.randint(0, len(text))
            c0 = rng.randint(s0, len(text))
            before = text[s0:c0]
            for pattern, tail in rules._TAILS.items():
                a, b = pattern.search(before), tail.search(doc, s0, c0, before)
                assert (a is None) == (b is None)
                if a is not None and b is not None:
                    assert (a.span(), a.groups()) == (b.span(), b.groups())
    finally:
        text_module._TAIL_WHOLE = saved


def test_a_run_on_of_reports_reads_each_report() -> None:
    # one "sentence" of a thousand reports: each is read, with its speaker and its content
    unit = "Vela said the pier is safe and "
    rows = find_attributions((unit * 1000).strip())
    assert len(rows) == 1000
    assert {r["speaker"] for r in rows} == {"Vela"}
    assert rows[500]["content"].startswith("the pier is safe")
    # and an appositive relative far into the run is still read as one
    rows = find_attributions("Vela, who has long said the pier is safe, and " * 300 + "so on.")
    assert rows and all(r["speaker"] == "who" for r in rows)
    assert all(r["speaker_resolved"] == "Vela" for r in rows)
