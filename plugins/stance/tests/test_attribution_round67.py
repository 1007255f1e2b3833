"""Issue 18, round sixty-seven: sources PolNeAR marks with a preposition.

"To Ms. Vale, the vote was a betrayal": a person or a group fronted by "To" and a comma holds
the view in the clause after it (a belief, lemma ``view``). Times, purposes and idioms ("To
date,", "To be sure,", "To win the seat,", "To this end,") are no holder, and "For X," is left
out (PolNeAR marks it in about one place in three).

"In a national Harbour Times/Coast University Poll, ...": a poll named with a capital "Poll"
relays the clause after it as the lower-case "poll" did, and a time after its name ("the same
month") belongs to the poll, not to its figures.

Every sentence here was written for these tests; none is taken from a corpus. The first three
tests fail on main (0.25.19); ``test_no_holder`` passes on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def rows_at(text: str, cue: str) -> list[dict]:
    return [r for r in find_attributions(text) if r["cue"] == cue]


def test_a_holder_fronted_by_to() -> None:
    text = "The board met on Friday. To Ms. Vale, the vote was a betrayal of the harbour town."
    (row,) = rows_at(text, "To")
    assert row["speaker"] == "Ms. Vale"
    assert row["content"] == "the vote was a betrayal of the harbour town"
    assert row["cue_class"] == "belief"
    text = "Some call him a clown. But to others, Holt is a careful reformer with a plan."
    (row,) = rows_at(text, "to")
    assert row["speaker"] == "others"
    assert row["content"] == "Holt is a careful reformer with a plan"


def test_a_holder_with_a_relative_clause_or_a_group() -> None:
    text = "To Berg, who has followed the ferry strike for years, the deal was a plain defeat."
    (row,) = rows_at(text, "To")
    assert row["speaker"] == "Berg"
    assert row["content"] == "the deal was a plain defeat"
    text = "To his many supporters, the mayor is the only man who can fix the port."
    (row,) = rows_at(text, "To")
    assert row["speaker"] == "his many supporters"


def test_a_capitalised_poll_with_its_time() -> None:
    text = (
        "The levy was debated again. In a Harbour Times/Coast University Poll the same month, "
        "41 percent of anglers backed the levy."
    )
    (row,) = rows_at(text, "In")
    assert row["speaker"] == "a Harbour Times/Coast University Poll the same month"
    assert row["content"] == "41 percent of anglers backed the levy"


def test_no_holder() -> None:
    for text in (
        "To date, the council has spent four million on the pier.",
        "To be sure, the plan still has critics in the city.",
        "To win the seat, Holt needs the northern wards and the port.",
        "To this end, the board hired two new clerks for the office.",
        "To stop Ann Lund, the party is working around the clock.",
        "For Lund, the mission this time is very different.",
    ):
        assert rows_at(text, "To") == [] and rows_at(text, "For") == [], text
    # a lower-case "to" is an object's preposition unless "But", "And", "Yet" or ", but" opens
    # the frame
    for text in (
        "The chief found the delay costly to her crews, and on Friday she briefed the mayor.",
        "The mayor offered a ''fresh start'' to Mr. Holt, said Ann Berg, a former aide.",
    ):
        assert rows_at(text, "to") == [], text
