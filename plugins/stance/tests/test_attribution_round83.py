"""Issue 18, round eighty-three: a belief's clause with no "that" after an adjective.

An adjective of belief or doubt after a copula may take its clause with no "that" after a
subject pronoun ("is not sure she can", "were certain they would"), and "confident in X" names
what is trusted ("are less confident in the harbour board"). Not an adjective of
feeling before a pronoun ("was happy they came"), not a noun phrase ("was certain the
morning after"), not "in" after another adjective ("happy in Salem", "ready in May"), and not a
pronoun's clause inside a bracketed aside.

Every sentence here was written for these tests; none is taken from a corpus. The first three
tests fail on main (0.25.39); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r["cue_class"], r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_sure_with_a_clause_after_a_pronoun() -> None:
    rows = _rows("Councillor Ada Lund is not sure she can back the levy in its present form.")
    assert (
        "belief",
        "sure",
        "Councillor Ada Lund",
        "she can back the levy in its present form",
    ) in rows
    row = next(
        r
        for r in find_attributions("Councillor Ada Lund is not sure she can back it.")
        if r["cue"] == "sure"
    )
    assert row["stance"] in {"deny", "hedge"}


def test_certain_and_hopeful_with_a_clause_after_a_pronoun() -> None:
    assert ("belief", "certain", "Most growers", "they would vote for the levy") in _rows(
        "Most growers were certain they would vote for the levy."
    )
    assert (
        "belief",
        "hopeful",
        "Some growers",
        "they can win the county seat next spring",
    ) in _rows("Some growers are hopeful they can win the county seat next spring.")


def test_confident_in_names_what_is_trusted() -> None:
    assert _rows("Some of the same growers are less confident in the harbour board.") == [
        ("belief", "confident", "Some of the same growers", "the harbour board")
    ]


def test_the_guards() -> None:
    # a feeling before a pronoun, a noun phrase with no "that", a bracketed aside
    assert _rows("The board was happy they came to the meeting on Monday.") == []
    assert _rows("The vote was certain the morning after.") == []
    # "in" after another adjective: a field, a time
    assert _rows("The skippers were happy in Salem last summer.") == []
    assert _rows("The new ferry will be ready in May.") == []
    text = (
        "Lund was seen tying up the boat (we're sure she checked the knots) as the harbour "
        "master tells visitors that the quay is closed."
    )
    assert [r[1] for r in _rows(text)] == ["tells"]
