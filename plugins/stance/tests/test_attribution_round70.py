"""Issue 18, round seventy: cue words read in a sense that reports no one.

"Echoed with" is a sound ("the hall echoed with a band's anthem"); "show up" is turning up
("the invoices would have shown up"); "found himself" is ending up somewhere; "tell the
difference" is telling two things apart. None of these is an attribution; the verbs in their
own sense stay rows.

Every sentence here was written for these tests; none is taken from a corpus. The first four
tests fail on main (0.25.22); ``test_the_verbs_stay`` passes on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def cues(text: str) -> list[str]:
    return [r["cue"] for r in find_attributions(text)]


def test_a_hall_that_echoed_with_a_sound() -> None:
    text = "The old hall echoed with a brass band's anthem."
    assert "echoed" not in cues(text)


def test_letters_that_would_have_shown_up() -> None:
    text = "Had the auditor opened the right drawer, the invoices would have shown up."
    assert "shown" not in cues(text)


def test_found_oneself_somewhere() -> None:
    assert "found" not in cues("He found himself caught up in a row over the harbour levy.")
    text = "Harbour clerks found themselves targeted more and more by angry anglers."
    assert "found" not in cues(text)


def test_telling_two_things_apart() -> None:
    text = "Asked about the two plans, the clerk admitted her inability to tell the difference."
    assert "tell" not in cues(text)


def test_the_verbs_stay() -> None:
    rows = find_attributions("Lund echoed the warning, saying the pier was unsafe.")
    assert ("echoed", "Lund") in [(r["cue"], r["speaker"]) for r in rows]
    rows = find_attributions("Polls show up to a third of voters are still undecided.")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("show", "Polls")]
    rows = find_attributions("The audit found the levy was misspent.")
    assert [(r["cue"], r["content"]) for r in rows] == [("found", "the levy was misspent")]
    rows = find_attributions("Lund told the story of a ferry pilot who lost her job.")
    assert [r["cue"] for r in rows] == ["told"]
