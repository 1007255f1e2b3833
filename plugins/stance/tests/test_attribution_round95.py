"""Issue 18, round ninety-five: the plural noun "states" is no verb of saying.

- "states" followed by a lower-case word that opens no reported clause (a verb, "that" before
  a verb, "no matter") is the plural noun ("Swing states matter more than ever", "battleground
  states that vote next week", "the way states select delegates", "future states no matter
  what"): no row, where main gave one whose speaker was the words before the noun.
- Guards: the verb of a document or a rule keeps its row when a reported clause, a mark, a
  capital, a determiner or an adverb follows ("The report states that the pier ...", "Her
  letter states the fee is ...", "The charter states no fee may ...", "The law states: ...",
  "It states plainly that ...").

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.56); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _cues(text: str) -> list[str]:
    return [r["cue"] for r in find_attributions(text)]


def _rows(text: str) -> list[tuple[str | None, str, str]]:
    return [(r["speaker"], r["cue"], r["content"]) for r in find_attributions(text)]


def test_states_before_a_verb_is_the_plural_noun() -> None:
    assert "states" not in _cues("Swing states matter more than ever this year.")
    assert "states" not in _cues("The way states select delegates works against Lee.")


def test_states_before_a_relative_or_no_matter_is_the_plural_noun() -> None:
    assert "states" not in _cues(
        "The mayor hopes to win in battleground states that vote next week."
    )
    assert "states" not in _cues("Lee campaigned in future states no matter what happened.")


def test_the_verb_states_keeps_its_reported_clause() -> None:
    assert ("The report", "states", "the pier is unsafe") in _rows(
        "The report states that the pier is unsafe."
    )
    assert ("Her letter", "states", "the fee is unlawful") in _rows(
        "Her letter states the fee is unlawful."
    )
    assert ("The charter", "states", "no fee may be charged") in _rows(
        "The charter states no fee may be charged."
    )
    assert ("The rule", "states", "all boats must dock") in _rows(
        "The rule states that all boats must dock."
    )
    assert ("The law", "states", "no fishing") in _rows("The law states: no fishing.")
    assert "states" in _cues("It states plainly that the pier is shut.")
