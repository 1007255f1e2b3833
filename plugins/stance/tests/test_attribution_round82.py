"""Issue 18, round eighty-two: a question put to a person named at some length.

"asked" reports a question after the person asked: four words or more ("asked the former
harbour chief whether"), a preposition inside the person ("asked the city attorney in Salem
whether"), or "about" a topic after a phrase with a determiner ("asked the mayor about the
fees"); a quoted question closed right before "Lund asked the governor." is that
question, as it is before a bare "Lund asked."; and a question put to the subject ("Asked
Tuesday about X, she said") may have a bare day, an adverb or a longer setting before it.

Every sentence here was written for these tests; none is taken from a corpus. The first seven
tests fail on main (0.25.37); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _questions(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r["cue"], r["speaker"], r["content"])
        for r in find_attributions(text)
        if r["cue_class"] == "question"
    ]


def test_a_person_of_four_words_before_whether() -> None:
    assert _questions(
        "The Courier asked the former Green governor whether he would run for the seat again."
    ) == [("asked", "The Courier", "whether he would run for the seat again")]


def test_a_person_with_a_preposition_before_whether() -> None:
    assert _questions(
        "Two councillors earlier asked the city attorney in Salem whether the clerk had lied."
    ) == [("asked", "Two councillors", "whether the clerk had lied")]


def test_about_after_a_person_with_a_determiner() -> None:
    assert _questions("Ode asked the harbour master about the fees he had raised in May.") == [
        ("asked", "Ode", "about the fees he had raised in May")
    ]


def test_about_a_topic_that_holds_that() -> None:
    assert _questions("A young skipper asked Mrs. Lund about several loans that went unpaid.") == [
        ("asked", "A young skipper", "about several loans that went unpaid")
    ]


def test_a_quoted_question_before_the_person_asked() -> None:
    text = 'The ferry was late again. "Why does nobody fix it?" Okafor asked the port chief.'
    assert _questions(text) == [("asked", "Okafor", '"Why does nobody fix it?"')]


def test_a_question_put_to_the_subject_after_a_day_or_an_adverb() -> None:
    assert _questions("Asked Tuesday about the ferry levy, Lund said she had not read it.") == [
        ("Asked", None, "about the ferry levy")
    ]
    assert _questions("Asked specifically what the plan would cost, Ode said nobody knew.") == [
        ("Asked", None, "what the plan would cost")
    ]


def test_a_question_put_to_the_subject_after_a_longer_setting_and_whom() -> None:
    assert _questions(
        "Asked at a briefing Monday in Salem about the mayor's future, the envoy smiled."
    ) == [("Asked", None, "about the mayor's future")]
    assert _questions("When asked whom she backed, Ms. Lund smiled and said nothing.") == [
        ("asked", None, "whom she backed")
    ]


def test_guards_a_participle_a_request_a_statement_and_a_time() -> None:
    # "asked" as a participle after a noun, a request for a thing, a quotation that asks
    # nothing, and "when" after a noun: no new question
    assert _questions("The questions asked at the hearing show why voters stay home.") == []
    assert _questions("She asked the board for money if the fees fell.") == []
    assert _questions('"We must go now." Lund asked the port chief.') == []
    assert _questions("Reporters asked questions when the mayor arrived.") == []
