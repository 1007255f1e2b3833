"""Issue 18, round ninety-four: reports swallowed by a clause of time or concession.

- A report of speech or asking in a clause of time or concession inside another report's
  content after its cue ("after", "when", "as", "even as", "once", "whereas") gets its own
  outermost row, and the host's content ends before the clause ("Six in ten residents say
  the harbour master is fair, after half said so", "The harbour board conceded its survey
  was wrong when a ferry pilot reported cracks", "The council said the ferry will run, even
  as the union has warned that crews will strike").
- Guards: a reason or a limit stays in the content ("because", "before", "until": PolNeAR
  keeps them there); a time noun's relative ("at a time when"), a comparison ("the same as
  officials said", "three times as many skippers said"), an aside ("that the pier, as the
  board had said, was safe", "- as the board has said -"), a belief or an intention in the
  clause ("as its crews seek to ..."), "as" before a phrase ("as long as", "as a result of
  a plan announced by ..."), a question's "when" ("will decide when the mayor should
  announce the fee"), a noun read as a verb ("as overseas demand remains firm") and a
  clause of manner ("as the union said they would") are no such clause.
- A phrase after "after" / "during" heads a clause of its own when the phrase before it is
  a verb's or a preposition's object ("The board closed the pier after the auditor said
  ..."): the speaker is the auditor, not the pier; a subject before it stays the speaker
  ("Kipchoge after the run said", "so busy that Lee after a regatta thanked"), and "at",
  "during" open no clause ("a short line at the foot saying").

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.55); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(r["cue"], r["speaker"], r["content"], r["nested"]) for r in find_attributions(text)]


def test_a_report_after_after_gets_its_own_row() -> None:
    rows = _rows("Most skippers say the harbour master is fair, after half said so last spring.")
    assert ("say", "Most skippers", "the harbour master is fair", False) in rows
    assert ("said", "half", "so", False) in rows


def test_a_report_after_when_gets_its_own_row() -> None:
    rows = _rows(
        "The harbour board conceded its survey was wrong when a ferry pilot reported cracks in"
        " the pier."
    )
    assert ("conceded", "The harbour board", "its survey was wrong", False) in rows
    assert ("reported", "a ferry pilot", "cracks in the pier", False) in rows


def test_a_report_after_even_as_gets_its_own_row() -> None:
    rows = _rows(
        "The council said the ferry will run, even as the union has warned that crews will strike."
    )
    assert ("said", "The council", "the ferry will run", False) in rows
    assert ("warned", "the union", "crews will strike", False) in rows


def test_the_subject_after_after_when_an_object_precedes() -> None:
    rows = _rows("The board closed the pier after the auditor said it was unsafe.")
    assert ("said", "the auditor", "it was unsafe", False) in rows
    rows = _rows(
        "The ferry firm barred its crews from the island after the union and two other groups"
        " called for the ban."
    )
    assert ("called for", "the union and two other groups", "the ban", False) in rows


def test_guards_reasons_limits_time_nouns_comparisons() -> None:
    text = "Lee said the fee was unfair because the auditor said it was too high."
    assert ("said", "the auditor", "it was too high", True) in _rows(text)
    text = "The mayor said the pier will reopen before the board announced its new fees."
    assert ("announced", "the board", "its new fees", True) in _rows(text)
    text = "Lee said fares rose at a time when the board said costs were falling."
    assert ("said", "the board", "costs were falling", True) in _rows(text)
    text = "Lee said the fare rise was the same as officials said last year."
    assert ("said", "Lee", "the fare rise was the same as officials said last year", False) in (
        _rows(text)
    )
    text = "The ferry firm said the crews were tired, as three times as many skippers said so."
    assert ("said", "many skippers", "so", True) in _rows(text)


def test_guards_phrases_questions_nouns_and_manner() -> None:
    text = "Lee said as long as the ferry keeps its licence, the town sets the fares."
    assert (
        "said",
        "Lee",
        "as long as the ferry keeps its licence, the town sets the fares",
        False,
    ) in (_rows(text))
    text = "The firm said fees will rise as a result of a plan announced by the board."
    assert (
        "said",
        "The firm",
        "fees will rise as a result of a plan announced by the board",
        False,
    ) in (_rows(text))
    text = "Lee said the board will decide when the mayor should announce the new fee."
    assert ("announce", "the mayor", "the new fee", True) in _rows(text)
    text = "The bakery said trade was brisk as overseas demand remains firm."
    assert ("said", "The bakery", "trade was brisk as overseas demand remains firm", False) in (
        _rows(text)
    )
    text = "They said fares may rise, as the union said they would, and the board agreed."
    assert next(r for r in _rows(text) if r[1] == "They")[2].startswith("fares may rise, as")


def test_guards_asides_and_beliefs_and_subjects() -> None:
    text = "The mayor said that the pier, as the board had said, was safe."
    assert ("said", "The mayor", "the pier, as the board had said, was safe", False) in (
        _rows(text)
    )
    text = "Lee said the pier is safe - as the board has said - and the fees will stay."
    rows = _rows(text)
    assert next(r for r in rows if r[0] == "said" and r[1] == "Lee")[2].endswith("will stay")
    text = "The council said the pier will stay shut as its crews seek to repair it."
    assert (
        "said",
        "The council",
        "the pier will stay shut as its crews seek to repair it",
        False,
    ) in (_rows(text))
    assert ("said", "Kipchoge", "he was tired", False) in _rows(
        "Kipchoge after the run said he was tired."
    )
    assert ("thanked", "Lee", "its members", False) in _rows(
        "The pier club has grown so busy that Lee after a regatta thanked its members."
    )
    assert ("saying", "a short line", "the fee was dropped", False) in _rows(
        "The notice carries a short line at the foot saying the fee was dropped."
    )
