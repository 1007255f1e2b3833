"""Issue 18, round eighty-five: a question left in someone's mind ("left X wondering whether").

After "leave" the one who wonders is the object ("The vote has left many skippers wondering
what she wants") or, in the passive, the subject ("the crews are left wondering whether");
main found no speaker for either and gave no row.

Every sentence here was written for these tests; none is taken from a corpus. The first three
tests fail on main (0.25.43); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r["cue_class"], r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_the_object_of_left_wonders_past_an_aside() -> None:
    text = "The vote has left many skippers, including her allies, wondering what she really wants."
    assert _rows(text) == [("question", "wondering", "many skippers", "what she really wants")]


def test_the_subject_of_are_left_wonders_with_its_first_conjunct() -> None:
    text = (
        "Without Ms. Vale guiding the board, fishermen and Harbour pilots are left wondering "
        "whether the levy will pass."
    )
    assert _rows(text) == [
        ("question", "wondering", "fishermen and Harbour pilots", "whether the levy will pass")
    ]


def test_a_question_in_brackets_ends_at_the_bracket() -> None:
    text = "If the mural (which left you wondering what the painter would do next) moved you, go."
    assert ("question", "wondering", "you", "what the painter would do next") in _rows(text)


def test_guards_no_question_word_no_one_named_or_quoted() -> None:
    assert not [r for r in _rows("The storm left the crews wondering.") if r[1] == "wondering"]
    assert not [
        r
        for r in _rows("The long delay was leaving wondering travellers on the quay.")
        if r[1] == "wondering"
    ]
    text = '"It left me wondering whether they cared," Lund said.'
    assert [r[1] for r in _rows(text)] == ["said"]
