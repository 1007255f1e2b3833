"""Issue 18, round eighty-seven: speakers the scan did not find for cues it already reads.

- A gerund of saying after "spend" and a span of time, or after "take turns" ("the mayor spent
  much of the week attacking the levy", "the skippers took turns denouncing the fee"): the
  subject of "spend" or "take" speaks, as after "began" (round twenty-six).
- An adverb of frequency before the first verb in -s ("Lund often takes credit for X, and has
  promised that ..."): the clause's subject is found, so the coordinated report has one.
- A headline's "Name to verb" ("Harbour Board to call for an inquiry"): the name before "to"
  speaks.
- A fronted "in", "after" or "while" and a gerund after a conjunction or a linking adverb
  ("But in describing the levy as X, the pilots ..."): the main clause's subject speaks, as
  when the preposition opens the sentence.

Every sentence here was written for these tests; none is taken from a corpus. The first seven
tests fail on main (0.25.45); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r["cue_class"], r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_a_gerund_after_spent_and_a_span_of_time() -> None:
    text = "Marta Lund spent much of the week attacking the harbour board for its fees."
    assert _rows(text) == [("speech", "attacking", "Marta Lund", "the harbour board for its fees")]


def test_a_gerund_after_has_spent_and_a_number_of_months() -> None:
    text = "Lund has spent months urging the board to cut the levy."
    assert _rows(text) == [("speech", "urging", "Lund", "the board to cut the levy")]


def test_a_gerund_after_took_turns() -> None:
    text = "The skippers took turns denouncing the new fee at the meeting."
    assert [r[:3] for r in _rows(text)] == [("speech", "denouncing", "The skippers")]


def test_a_gerund_after_spent_a_weekday() -> None:
    text = "The mayor spent Thursday discussing the ferry timetable with pilots."
    assert [r[:3] for r in _rows(text)] == [("speech", "discussing", "The mayor")]


def test_a_coordinated_report_after_an_adverb_of_frequency() -> None:
    text = (
        "Marta Lund often takes credit for the new ferry line, and has promised that she "
        "would build a second pier."
    )
    # round one hundred: "takes credit for" is a report of its own since stance 0.25.62
    assert _rows(text) == [
        ("speech", "takes", "Marta Lund", "the new ferry line"),
        ("speech", "promised", "Marta Lund", "she would build a second pier"),
    ]


def test_a_headline_name_to_verb() -> None:
    text = "Harbour Board to call for an inquiry into fees.\n\nThe board met on Tuesday."
    assert _rows(text) == [("speech", "call for", "Harbour Board", "an inquiry into fees")]


def test_a_fronted_gerund_after_but_in() -> None:
    text = "But in describing the levy as a short-term tax, the pilots are missing the point."
    assert ("speech", "describing", "the pilots", "the levy as a short-term tax") in _rows(text)
    text = "Now, after arguing that the vote narrowed the race, her team met the board."
    assert ("speech", "arguing", "her team", "the vote narrowed the race") in _rows(text)


def test_guards_money_spent_and_spans_with_no_time() -> None:
    # money spent: what it buys speaks, not its buyer
    assert _rows("The union has spent $2 million attacking the mayor.") == []
    assert _rows("The union is spending millions attacking the mayor.") == []
    # a gerund that is no report after a span of time
    assert _rows("The town spent the summer building a new pier.") == []
    # a verb of beginning keeps its subject, as before
    assert _rows("The mayor began urging the board to act.") == [
        ("speech", "urging", "The mayor", "the board to act")
    ]


def test_guards_infinitives_in_running_text_and_headline_openings() -> None:
    def cues(text: str) -> list[tuple[str, str | None]]:
        return [(r[1], r[2]) for r in _rows(text)]

    # "According to" and "Ready to" open no subject
    assert cues("According to the board, the pier is safe.") == [("According to", "the board")]
    assert cues("Ready to back Lund, the pilots met on Friday.") == []
    # an infinitive after a verb and its object keeps the object as its speaker
    assert cues("The union asked Lund to back the levy.") == [("asked", "The union")]
    # a line that goes on after its sentence is running text, not a headline
    assert ("call for", "Harbour Board") not in cues(
        "Harbour Board to call for an inquiry. It met on Tuesday."
    )
    # an infinitive after a verb in -s and its object is the object's act
    assert cues("It also requires firms to disclose whether their boats are insured.") == []
    # "now as" is no verb in -s after an adverb of frequency
    assert ("claimed", "a harbour ally") not in cues(
        "Berg stays a harbour ally now as in May, and claimed the levy was fair."
    )
