"""Speed round of stop fifty (issue 18's speed bar, no change of output): the whole-word scans
for the verb forms of :mod:`gapped_objects` and :mod:`caused_feelings` open with the form's
letters, the word boundary before it read by a look-behind after it, so the engine skips to
those letters instead of trying the boundary (or the look-behind) at every position of the
text. The references below are the patterns as they were; every text is invented. The full
proof is the diff of every column of every row over the annotated sets
(``benchmarks/attributions_same_output.py``)."""

from __future__ import annotations

import re

import pytest
from newslens_stance.attributions import find_attributions
from newslens_stance.attributions.caused_feelings import _FORM_LEMMA, _FORM_RE
from newslens_stance.attributions.gapped_objects import _FORM_PATTERNS, _FORMS

TEXTS = [
    "The union disputes the figure, a point that the harbour board disputes too.",
    "disputes opened the meeting; re-disputes, undisputed_disputes and 4disputes did not.",
    "More than most growers expected, the levy passed; the crews expected-ish results.",
    "The delay has angered skippers and alarmed the mayor, who was angered_by nothing.",
    "Unalarmed, the crews were alarmed; ‘alarmed’ and -alarmed and 'alarmed stood apart.",
    "Lund’s plan surprised the board and worried the council, which the pilots doubted.",
    "éworried émigrés worried, Ǆworried and worried",
]


def _old_gapped(form: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(form) + r"\b")


def _old_caused(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'\-])" + form + r"(?![\w’'\-])")


@pytest.mark.parametrize("text", TEXTS)
def test_gapped_object_forms_match_as_before(text: str) -> None:
    for form in _FORMS:
        old = [m.span() for m in _old_gapped(form).finditer(text)]
        assert [m.span() for m in _FORM_PATTERNS[form].finditer(text)] == old, form


@pytest.mark.parametrize("text", TEXTS)
def test_caused_feeling_forms_match_as_before(text: str) -> None:
    for form in _FORM_LEMMA:
        old = [m.span() for m in _old_caused(form).finditer(text)]
        assert [m.span() for m in _FORM_RE[form].finditer(text)] == old, form


def test_every_form_is_letters_only() -> None:
    # the look-behind after the form stands for the boundary before it only for a form of
    # letters (a fixed width, no word boundary inside it)
    assert all(form.isalpha() for form in _FORMS)
    assert all(form.isalpha() for form in _FORM_LEMMA)


def test_form_scans_open_with_the_form() -> None:
    # a pattern that opens with its literal letters lets the engine skip to them; "\\b" or a
    # look-behind first is tried at every position of the text
    assert all(_FORM_PATTERNS[form].pattern.startswith(form) for form in _FORMS)
    assert all(_FORM_RE[form].pattern.startswith(form) for form in _FORM_LEMMA)


def test_rows_of_gapped_and_caused_sentences() -> None:
    # a guard on the two passes' rows (the same on main's code)
    rows = find_attributions(
        "The new ferry timetable worried some pier officials, who asked for a review. It was "
        "a point that the harbour board disputes."
    )
    cues = {r["cue"]: (r["speaker"], r["content"]) for r in rows}
    assert cues["worried"] == ("some pier officials", "The new ferry timetable")
    assert cues["disputes"][0] == "the harbour board"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "Lund Says Pier Will Reopen\n\nThe harbour master said on Monday the pier was safe.",
        "short\n" + "x" * 10 + "\n" + "y" * 200 + "\n" + "z" * 201 + "\n" + "w" * 9,
        "\n\nPort Chief Slams Levy\r\nCrews Back Plan\n",
        "A line of prose with no newline at all, which no headline scan reads.",
    ],
)
def test_title_lines_are_the_lines_the_pattern_found(text: str) -> None:
    from newslens_stance.attributions.rules import _title_lines

    old = re.compile(r"^[^\n]{10,200}$", re.MULTILINE)
    assert _title_lines(text) == [m.span() for m in old.finditer(text)]
