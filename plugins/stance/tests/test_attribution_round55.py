"""Issue 18, round fifty-five: phrases of news at large that report what a party said or holds.

Cues every outlet uses, which the lexicon lacked (their gold items sat in the class ``other``):
a matter opened up about, touched on or made no secret of; a critique, a defence, a tirade or a
message delivered (a speech or an address alone is an event, no row); remarks stood by; a
matter shrugged off or balked at (stance ``deny``); a record trumpeted or a deal heralded; and
the present of "as X put it", "as X puts it".

Every sentence here was written for these tests; none is taken from a corpus. The first six
tests fail on main (0.25.4); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def row(got: Callable, text: str, cue: str) -> tuple[str | None, str]:
    return next((spk, content) for c, spk, content in got(text) if c == cue)


def test_opened_up_about_and_touched_on(classed: Callable) -> None:
    rows = classed("Singer Tova Brandt opened up about her years of stage fright on Sunday.")
    assert rows[0][:2] == ("opened up about", "Singer Tova Brandt")
    assert rows[0][2].startswith("her years of stage fright")
    assert rows[0][3] == "speech"
    rows = classed("Councillor Ivo Marsh opened up to Radio Norte about his decision to quit.")
    assert rows[0][:3] == (
        "opened up to Radio Norte about",
        "Councillor Ivo Marsh",
        "his decision to quit",
    )
    rows = classed("During the interview she touched on the ferry contract and the pier.")
    assert rows[0][:3] == ("touched on", "she", "the ferry contract and the pier")


def test_made_no_secret_of(got: Callable) -> None:
    text = "Marsh has made no secret of his dislike for the toll."
    assert row(got, text, "made no secret of") == ("Marsh", "his dislike for the toll")


def test_a_critique_or_a_message_delivered(got: Callable) -> None:
    text = "Mayor Lund delivered a sharp critique of the port authority on Tuesday."
    assert row(got, text, "delivered a sharp critique of") == (
        "Mayor Lund",
        "the port authority",
    )
    text = 'Councillor Ivo Marsh delivered a terse message to the board: "Fix the pier or go."'
    spk, content = row(got, text, "delivered a terse message to")
    assert spk == "Councillor Ivo Marsh"
    assert "Fix the pier or go." in content


def test_comments_stood_by(got: Callable) -> None:
    text = "Marsh stood by his comments about the ferry operator."
    assert row(got, text, "stood by") == ("Marsh", "his comments about the ferry operator")


def test_shrugged_off_and_balked_at_reject(classed: Callable) -> None:
    rows = classed("The port authority shrugged off the criticism on Monday.")
    assert rows[0][:2] == ("shrugged off", "The port authority")
    assert rows[0][3:] == ("speech", "deny")
    rows = classed("Several councillors balked at the cost of the new pier.")
    assert rows[0][:3] == ("balked at", "Several councillors", "the cost of the new pier")
    assert rows[0][3:] == ("intention", "deny")


def test_trumpeted_heralded_and_puts_it(got: Callable) -> None:
    text = "Lund is trumpeting his record on harbour safety."
    assert row(got, text, "trumpeting") == ("Lund", "his record on harbour safety")
    text = "The premier heralded the deal as a breakthrough."
    assert row(got, text, "heralded")[0] == "The premier"
    text = "The levy is, as the Ledger's Mara Quist puts it, a tax on the poor."
    spk, content = row(got, text, "puts it")
    assert spk == "the Ledger's Mara Quist"
    assert "a tax on the poor" in content


def test_guards_events_nouns_and_senses(got: Callable) -> None:
    for text in (
        "Lund delivered a speech at the harbour on Tuesday.",  # an event, not its words
        "Her husband stood by her side.",  # no remarks stood by
        "The crews are putting the finishing touches on the new pier.",  # the noun
        "It was a much-heralded rally.",  # a compound adjective
        "The band played trumpets at the parade.",  # the noun
        "She puts it on the table every night.",  # no as-clause, no quotation
    ):
        assert got(text) == [], text
