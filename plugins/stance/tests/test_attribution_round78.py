"""Issue 18, round seventy-eight: a feeling caused in the verb's object.

"The toll has angered the town's crews": with a verb of causing a feeling (anger, alarm,
rattle, worry, surprise, ...) PolNeAR's source is the one who feels, the verb's object, and
the content is what caused it, the subject. Read in a perfect, a simple past or present after
a noun or a relative, and a negated or modal base; an object of people only. Not a state
("was angered by"), an adjective before a noun ("frustrated voters"), an intransitive "worries"
with a clause, an object pronoun, or a quotation's own words.

Every sentence here was written for these tests; none is taken from a corpus. The tests of
the new rows fail on main (0.25.32); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_a_perfect_of_a_feeling_gives_the_object_as_holder() -> None:
    assert ("has angered", "the town's crews", "The harbour toll") in _rows(
        "The harbour toll has angered the town's crews, who want it scrapped."
    )


def test_a_past_after_a_subject_and_after_a_relative() -> None:
    assert _rows("Her remarks about the ferry rattled Mayor Ivo Brandt, but he kept quiet.") == [
        ("rattled", "Mayor Ivo Brandt", "Her remarks about the ferry")
    ]
    assert _rows("It was a string of delays at the depot that frustrates many commuters.") == [
        ("frustrates", "many commuters", "that")
    ]


def test_a_negated_base_and_a_subject_before_an_appositive() -> None:
    assert _rows("That plan doesn't surprise veteran analysts of the port.") == [
        ("doesn't surprise", "veteran analysts of the port", "That plan")
    ]
    assert ("has offended", "some farmers in the valley", "Ode") in _rows(
        "Ode, for years a member of the board, has offended some farmers in the valley."
    )


def test_a_verb_row_that_read_the_subject_as_the_one_who_worries() -> None:
    assert ("worried", "some dock officials", "The memo") in _rows(
        "The memo worried some dock officials, who asked for a second review."
    )


def test_states_adjectives_clauses_and_pronouns_are_not_caused_feelings() -> None:
    for text in (
        "The council was angered by the toll.",
        "Many frustrated voters stayed at home on Tuesday.",
        "It bothers me a great deal, she admitted later.",
        "Ode wants to reassure investors before the vote.",
    ):
        assert not any(
            cue.split()[-1] in {"angered", "frustrated", "bothers", "reassure"}
            for cue, _, _ in _rows(text)
        ), text
    assert _rows("He worries the vote will fail.") == [("worries", "He", "the vote will fail")]
