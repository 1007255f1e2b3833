"""Issue 18, round fifty-three: an event, a force or a state of affairs holds no intention or
belief.

Where such a thing stands as the subject of a cue of intention or belief ("The crash raised
new doubts about ...", "a season expected to ...", "such strife is reason enough to oppose ..."),
the row stands with no speaker, as PolNeAR marks it; a record or a document ("the audit
concluded", "the bill seeks") keeps its speaker (PolNeAR marks it as the source), and so do a
person, a body and a phrase's object that a later step joins to its head ("a witness to the
launch believes").

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
dropped holder fail on main (0.25.0: the thing is the speaker); the guards pass on main and
here.
"""

from __future__ import annotations

from collections.abc import Callable


def row_of(got: Callable, text: str, cue: str) -> tuple[str | None, str]:
    return next((spk, content) for c, spk, content in got(text) if c == cue)


def test_an_event_raising_doubts_holds_no_belief(got: Callable) -> None:
    speaker, content = row_of(
        got,
        "The crash raised new doubts about when the ferry line will run again.",
        "raised new doubts about",
    )
    assert speaker is None
    assert content.startswith("when the ferry line")


def test_a_period_expected_to_holds_no_belief(got: Callable) -> None:
    speaker, content = row_of(
        got,
        "In a fishing season expected to bring record catches, the co-op hired four more hands.",
        "expected",
    )
    assert speaker is None
    assert content.startswith("to bring record catches")


def test_a_state_of_affairs_holds_no_intention(got: Callable) -> None:
    speaker, _ = row_of(
        got,
        "Such strife is reason enough to oppose the ferry levy.",
        "oppose",
    )
    assert speaker is None


def test_records_persons_and_joined_heads_keep_their_speaker(got: Callable) -> None:
    assert row_of(got, "The audit concluded that the pier was unsafe.", "concluded")[0] == (
        "The audit"
    )
    assert row_of(got, "The bill seeks to raise the mooring fee.", "seeks")[0] == "The bill"
    assert (
        row_of(
            got,
            "Meanwhile, a witness to the launch also believes the whole race was staged.",
            "believes",
        )[0]
        == "a witness to the launch"
    )
    assert (
        row_of(got, "Many Harborites clamoring for lower fees support the levy.", "support")[0]
        == "Many Harborites clamoring for lower fees"
    )
