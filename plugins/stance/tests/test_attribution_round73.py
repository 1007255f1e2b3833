"""Issue 18, round seventy-three: a judgement in the passive, its agent a party.

Pass 2 of the passives reads "X was criticized by Y" with Y as the source, for a list of verbs
and an agent that looks like a named or determined party. Verbs that judge a person or a
proposal (accused, rebuked, berated, derided, mocked, ...) report their agent's
words as surely, and their agent is a party when it opens with a possessive, a quantifier or
a share ("by her uncle", "by several of her rivals", "by 58 percent of voters") or is a bare
plural ("by opponents"). The one judged is the phrase before the verb (or a relative pronoun,
as written), the reason after the agent ("for his vote", "of hiding its books") part of the
content. Verbs that portray or dismiss are read only with the "as" that names the judgement;
"was rejected" only where a claim was (a rejected offer is a decision, as in the active).
An agent ends at a sentence's line break or a bare relative pronoun.

Every sentence here was written for these tests; none is taken from a corpus. Six tests fail
on main (0.25.28: no row, or an agent that runs into the next line or a relative clause); the
guards (a court's dismissal, a physical attack, an agent that is a time) pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_a_judgement_whose_agent_opens_with_a_quantifier() -> None:
    text = "Lund was criticized by several of her rivals for skipping the pier vote."
    assert _rows(text) == [
        ("criticized", "several of her rivals", "Lund … for skipping the pier vote")
    ]


def test_a_rebuke_by_a_bare_plural_and_its_reason() -> None:
    text = "Ode has been rebuked by opponents for his plan to close the harbour to trawlers."
    assert _rows(text) == [
        ("rebuked", "opponents", "Ode … for his plan to close the harbour to trawlers")
    ]


def test_a_rejected_claim_by_a_share_of_voters_and_a_rejected_offer() -> None:
    text = "The mayor's account of the fire was rejected by 58 percent of voters."
    assert _rows(text) == [("rejected", "58 percent of voters", "The mayor's account of the fire")]
    # round eleven's reading of the active: a rejected offer is a decision, no report
    assert _rows("The ferry firm's offer was rejected by the harbour board.") == []


def test_an_accusation_in_a_relative_clause_names_the_pronoun() -> None:
    text = (
        "The dockers' guild, which has been accused by the port board of hiding its books, "
        "denied it."
    )
    rows = [row for row in _rows(text) if row[0] == "accused"]
    assert rows == [("accused", "the port board", "which … of hiding its books")]


def test_a_dismissal_with_as_is_a_judgement() -> None:
    text = "Ode was quickly dismissed by the press and the guild as a novice."
    assert _rows(text) == [("dismissed", "the press and the guild", "Ode … a novice")]


def test_an_agent_ends_at_a_sentence_line_break() -> None:
    text = "The pier plan was first reported by the Elmstead Courier.\n\nHarbour staff said little."
    rows = [row[:2] for row in _rows(text) if row[0] == "reported"]
    assert rows == [("reported", "the Elmstead Courier")]


def test_acts_and_times_are_no_judged_agents() -> None:
    assert _rows("The case against the ferry firm was dismissed by a judge on Monday.") == []
    assert _rows("The old fort was attacked by raiders in the spring of 1066.") == []
    assert _rows("The claim was rejected by midday, the clerk noted.")[0][0] != "rejected"
