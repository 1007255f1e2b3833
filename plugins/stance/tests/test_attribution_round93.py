"""Issue 18, round ninety-three: reports swallowed by another row (PolNeAR train's speech items).

- A past or perfect report verb after "and" / "but" goes with the first report of its
  sentence when the report nearest before the conjunction is a present, bare or infinitive
  verb inside the first report's content ("Lee said residents want X and warned that Y",
  "Lee has said she wants X and has expressed support for Y", "Lee said it was too early
  to congratulate X but added that Y"): the second report is the first's speaker's, the
  first report's content ends before the conjunction, and so does the nested report's.
- Guards: a bare verb under a modal stays in the reported clause ("Lee said the mayor
  wants X and will call a vote"); two past reports with nothing nested between them are
  cut as before ("The union said X and added that Y"); a quotation keeps its own verbs
  ("Pim said: 'When the ferry docked I felt tired but walked to the quay and told my
  brother ...'").

Every sentence here was written for these tests; none is taken from a corpus. The first
tests fail on main (0.25.54); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(r["cue"], r["speaker"], r["content"], r["nested"]) for r in find_attributions(text)]


def test_a_past_verb_past_a_present_nested_report() -> None:
    rows = _rows("The mayor said residents want the pier closed and warned that fees would rise.")
    assert ("said", "The mayor", "residents want the pier closed", False) in rows
    assert ("warned", "The mayor", "fees would rise", False) in rows


def test_a_perfect_verb_after_a_perfect_report() -> None:
    rows = _rows(
        "Lee has said she wants a new pier and has also expressed support for a wider levy."
    )
    assert ("said", "Lee", "she wants a new pier", False) in rows
    assert ("expressed", "Lee", "support for a wider levy", False) in rows
    rows = _rows("The union has said members want a new pier and has called for a strike.")
    assert ("called for", "The union", "a strike", False) in rows


def test_a_past_verb_past_an_infinitive_report() -> None:
    rows = _rows(
        "Ann Lee said it was too early to congratulate the winners but added that the result"
        " was clear."
    )
    assert ("said", "Ann Lee", "it was too early to congratulate the winners", False) in rows
    assert ("congratulate", "Ann Lee", "the winners", True) in rows
    assert ("added", "Ann Lee", "the result was clear", False) in rows


def test_guards_a_modal_and_a_past_nested_report() -> None:
    rows = _rows("Lee said the mayor wants a new pier and will call a vote.")
    assert ("said", "Lee", "the mayor wants a new pier and will call a vote", False) in rows
    rows = _rows("The union said the plan was unfair and added that it would strike in May.")
    assert ("said", "The union", "the plan was unfair", False) in rows
    assert ("added", "The union", "it would strike in May", False) in rows


def test_guard_a_quotation_keeps_its_own_verbs() -> None:
    rows = _rows(
        "Pim said: 'When the ferry docked I felt tired but walked to the quay and told my"
        " brother about the new fee.'"
    )
    assert ("told", "I", "my brother about the new fee.'", True) in rows
