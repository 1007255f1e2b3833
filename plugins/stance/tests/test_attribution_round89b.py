"""Issue 18, round eighty-nine b: gold attributions we gave no row, in four shapes of news
English.

- A coordinated subject of a report set after its content ("The pier will close, she and
  another pilot said.", '"...," the senator and candidate said in a statement.'): the
  conjuncts after the content's comma are the subject; not a list that opens the sentence
  ("Her sisters, friends and aides spoke about ..."), a headline's "Pride, cheers and a call
  for", or a name before its role after a quotation.
- A report in -s after a determiner's common noun, set after its content ("..., the
  editorial board writes.", '"...," the narrator in the ad states.'): the verb, not a plural
  noun; "claims", "notes", "reports", "states" only after a noun that writes or rules.
- A warning or an urging inverted after a closed quotation ('"...," warned Lund.').
- A noun phrase summing up its clause, judged by a party in a reduced passive ("..., a move
  criticized by the union.", "... - an allegation rejected by two inquiries."): the agent
  speaks, the noun phrase is the content, and a report before it ends at its comma or dash.

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.49); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _outer(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r["cue"], r["speaker"], r["content"]) for r in find_attributions(text) if not r["nested"]
    ]


def test_a_coordinated_subject_after_the_content() -> None:
    assert _outer("The ferry will not run on Sunday, she and another pilot said.") == [
        ("said", "she and another pilot", "The ferry will not run on Sunday")
    ]
    assert _outer(
        '"The pier is unsafe and the board knows it," the senator and candidate said in a '
        "statement."
    ) == [("said", "the senator and candidate", '"The pier is unsafe and the board knows it,"')]
    rows = _outer(
        "Support for the levy is strongest among older skippers, pilots and union officials "
        "told the Courier."
    )
    assert rows == [
        (
            "told",
            "pilots and union officials",
            "Support for the levy is strongest among older skippers",
        )
    ]


def test_a_common_nouns_report_in_s_after_the_content() -> None:
    assert _outer("The harbour fee is far too high, the editorial board writes.") == [
        ("writes", "the editorial board", "The harbour fee is far too high")
    ]
    assert _outer(
        "The lack of moorings fell hardest on the small growers, the lawsuit alleges."
    ) == [("alleges", "the lawsuit", "The lack of moorings fell hardest on the small growers")]
    rows = _outer('"The levy must go," the narrator in the ad states. "It hurts the pier."')
    assert [(c, s) for c, s, _ in rows] == [("states", "the narrator in the ad")]


def test_a_warning_inverted_after_a_quotation() -> None:
    assert _outer('"The pier will not last another winter," warned Lund.') == [
        ("warned", "Lund", '"The pier will not last another winter,"')
    ]
    rows = _outer('"Do not sell the quay," urged the union\'s chief, Ann Ode.')
    assert [(c, s) for c, s, _ in rows] == [("urged", "the union's chief, Ann Ode")]


def test_a_summing_appositive_judged_by_an_agent() -> None:
    rows = _outer("The board raised the harbour fee again, a move criticized by the pilots' union.")
    assert ("criticized", "the pilots' union", "a move") in rows
    rows = _outer(
        "The mayor said the inquiry had been blocked - an allegation rejected by two inquiries."
    )
    assert rows == [
        ("said", "The mayor", "the inquiry had been blocked"),
        ("rejected", "two inquiries", "an allegation"),
    ]
    rows = _outer(
        "The figure came from the campaign - a point later confirmed by the harbour office."
    )
    assert rows == [("confirmed", "the harbour office", "a point")]


def test_the_guards() -> None:
    # a list that opens the sentence, or follows an opening adverbial, keeps its first item
    assert _outer("Her sisters, friends and aides spoke warmly about her work.")[0][1] == (
        "Her sisters, friends and aides"
    )
    rows = _outer("At the dinner, her sisters, friends and aides spoke warmly about her work.")
    assert rows[0][1] == "her sisters, friends and aides"
    # an intention's words after it are its object, not a postposed report
    rows = _outer("The governor, the councillors and most senators support Lund.")
    assert rows[0][1] == "The governor, the councillors and most senators"
    # a headline's noun cue and its article give no coordinated speaker
    rows = _outer("The parade: pride, cheers and a call for change")
    assert all(c != "call for" or s is None for c, s, _ in rows)
    # plural nouns in -s after a modifier stay nouns
    assert _outer("It covers pay, the pension rules.") == []
    assert _outer("It won in the north, the southern states.") == []
    # "reads" only after a double quotation
    rows = _outer("'We urge all pilots to stay, with their boats and crews,' the statement reads.")
    assert all(c != "reads" for c, _, _ in rows)
    # no summing noun phrase: a clause inside it
    assert all(c != "rejected" for c, _, _ in _outer("Here, a levy that was rejected by many."))
    # a warning with its subject before it keeps the object reading
    assert _outer('"The pier is unsafe," she warned Lund.')[0][1] == "she"
    # a name before its role after a quotation is no coordinated subject of its own
    rows = _outer('"Net earnings will rise," Ann Lee, chair and chief executive officer said.')
    assert all(s != "chair and chief executive officer" for _, s, _ in rows)
