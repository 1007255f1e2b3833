"""Issue 18, round sixty-six: speakers we cut short.

"The vast majority of the town council and local historians recognize ...": a coordinated
subject whose first conjunct holds an "of" phrase was longer than round fifteen's five words,
so the speaker was the last conjunct. A head of up to three words and its "of" phrase (a
determiner, a possessive or a quantifier first) now pass the same word tests.

"Right-wing councillors and ordinary anglers raised concern ...": round fifteen's "Lund wins
and" guard read "Right-wing councillors" as a name and a verb in -s. A capitalised compound
with a lower-case part ("Right-wing", "Pro-ferry") is no name.

"The harbour is so narrow that many young skippers and ferry union leaders believe ...": a
coordinated subject after "that" (round thirty-two's openings had no "that"); only a subject
opening with a determiner, a possessive or a quantifier ("that morning and officials said"
keeps "officials").

"Ole Lund, 41, of Lenz found ..." and "Ann Berg, who chairs the harbour board said ...": round
sixty-five's missing closing comma after an age and a town or a relative clause. The subject
is the name opening the sentence with its aside, as the comma-closed form gives.

Every sentence here was written for these tests; none is taken from a corpus. The first four
tests fail on main (0.25.19); `test_guards` passes on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def speakers_at(text: str, cue: str) -> list[str]:
    return [r["speaker"] for r in find_attributions(text) if r["cue"] == cue]


def test_a_first_conjunct_with_an_of_phrase() -> None:
    text = (
        "The vast majority of the town council and local historians recognize the pier for "
        "what it is."
    )
    assert speakers_at(text, "recognize") == [
        "The vast majority of the town council and local historians"
    ]


def test_a_capitalised_compound_opening_a_coordinated_subject() -> None:
    text = "Right-wing councillors and ordinary anglers raised concern that the pier would close."
    assert speakers_at(text, "raised concern") == ["Right-wing councillors and ordinary anglers"]


def test_a_coordinated_subject_after_that() -> None:
    text = (
        "The harbour is so narrow that many young skippers and ferry union leaders believe "
        "it would be easy to close."
    )
    assert speakers_at(text, "believe") == ["many young skippers and ferry union leaders"]


def test_a_name_before_an_open_age_and_town_or_relative() -> None:
    text = "Ole Lund, 41, of Lenz found that the ferry was late again."
    assert speakers_at(text, "found") == ["Ole Lund, 41, of Lenz"]
    text = "Ann Berg, who chairs the harbour board said the pier would close in May."
    assert speakers_at(text, "said") == ["Ann Berg, who chairs the harbour board"]


def test_guards() -> None:
    # two clauses, not a coordinated subject
    text = "The storm hit the coast and officials said the pier would close."
    assert speakers_at(text, "said") == ["officials"]
    # "that" as a determiner
    text = "The ferry left late that morning and officials said the pier would close."
    assert speakers_at(text, "said") == ["officials"]
    # a relative holding a verb of saying: its own speaker
    text = "Ann Berg, who says young skippers believe the pier is safe, will run."
    assert "Ann Berg, who says young skippers" not in speakers_at(text, "believe")
    # a comma after the cue: a parenthetical report
    text = "Ole Lund, 41, of Lenz said, is the new clerk."
    assert "Ole Lund, 41, of Lenz" not in speakers_at(text, "said")
