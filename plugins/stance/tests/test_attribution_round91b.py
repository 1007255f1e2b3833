"""Issue 18, round ninety-one b: rows whose content is wrong (PolNeAR train's speech items).

- A long lone adverbial before the speaker (a subordinate clause, a participle or
  prepositional phrase, an infinitive of purpose, longer than the 90 characters a fronted
  adverbial was read at) is no content when the cue has two words or more of its own after
  it: the content follows the cue ("As a crowd ... waited ..., Lee proposed closing ...").
- A noun phrase object ends before the report's means, a gerund after "by" ("dismissed the
  charge by pointing out ..."; not after an object with a verb of its own, "accused the board
  of trying to hide the cost by moving ..."), and before "here on Sunday".

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.51); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(r["cue"], r["speaker"], r["content"], r["nested"]) for r in find_attributions(text)]


def test_a_long_fronted_adverbial_is_no_content() -> None:
    rows = _rows(
        "As a small crowd of ferry pilots waited for her in the hall of the old ferry terminal "
        "on the quay, Ann Lee proposed closing the old pier for good."
    )
    assert ("proposed", "Ann Lee", "closing the old pier for good", False) in rows


def test_a_fronted_infinitive_of_purpose_is_no_content() -> None:
    rows = _rows(
        "To satisfy the board and its wish not to raise the fares of any of the island "
        "routes, her plan calls for rates that rise with distance."
    )
    assert ("calls for", "her plan", "rates that rise with distance", False) in rows


def test_a_long_participle_phrase_is_no_content() -> None:
    rows = _rows(
        "Standing at the gates of the old ferry terminal with the pilots of the northern islands "
        "and their families, the mayor proposed cutting the levy on the night crossings."
    )
    assert ("proposed", "the mayor", "cutting the levy on the night crossings", False) in rows


def test_a_noun_phrase_object_ends_before_its_means_and_place() -> None:
    rows = _rows("Lund dismissed the charge by pointing out that the pier had been closed.")
    assert ("dismissed", "Lund", "the charge", False) in rows
    rows = _rows("Officials defended the fare plan by saying that the pier was safe.")
    assert ("defended", "Officials", "the fare plan", False) in rows
    rows = _rows("Ann Lee formally endorsed Lund here on Sunday.")
    assert ("endorsed", "Ann Lee", "Lund", False) in rows


def test_guards_of_round_ninety_one_b() -> None:
    # one word after the cue: the older reading stands, and so does the row
    rows = _rows(
        "After suggesting on Wednesday that he regretted the insults he had thrown at the "
        "mayor last month, Lund only occasionally disagreed with him."
    )
    assert any(r[0] == "disagreed with" and r[1] == "Lund" for r in rows)
    # a reported clause before the speaker is still the content
    rows = _rows(
        "The old pier was closed for good and the ferries were moved, Lund said on Monday."
    )
    content = "The old pier was closed for good and the ferries were moved"
    assert ("said", "Lund", content, False) in rows
    # an adjective in -ing after "by" is no means of the report
    rows = _rows("The board announced a breach that was conducted by competing agencies.")
    content = "a breach that was conducted by competing agencies"
    assert ("announced", "The board", content, False) in rows
    # a report set inside its statement keeps the fronted clause ("Although A, he said, B")
    rows = _rows(
        "Although initiatives such as the new rota and the extra ferry could help remove some of "
        "the strain, he said, life at the harbour was likely to be hard for years."
    )
    assert any(r[0] == "said" and r[2].startswith("Although initiatives") for r in rows)
    # a "by" phrase inside an object with a verb of its own is the inner verb's
    rows = _rows("Lund accused the board of trying to hide the cost by moving the levy.")
    content = "the board of trying to hide the cost by moving the levy"
    assert ("accused", "Lund", content, False) in rows
    # a short fronted phrase was never content, and a quotation after it still is
    rows = _rows('On Tuesday, Lund said: "The pier is safe."')
    assert any(r[0] == "said" and r[2] == '"The pier is safe."' for r in rows)
