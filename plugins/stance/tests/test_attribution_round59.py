"""Issue 18, round fifty-nine: a fronted phrase of time or place is not a report's content.

A sentence that opens with the report's time ("Eight months later,", "More recently,", "Back
in 2004,", "A few minutes later,"), with a lone opener ("Overall,"), a setting ("Over coffee,")
or a place whose state follows its town's comma ("At a rally in Lorain, Ohio,") before "X verb
...": the content is what follows the cue, and the
opening phrase is the writer's frame, never what the source said.

Every sentence here was written for these tests; none is taken from a corpus. The first three
tests fail on main (0.25.5); the guards pass on main and here.
"""

from __future__ import annotations

from collections.abc import Callable


def row(got: Callable, text: str, cue: str) -> tuple[str | None, str]:
    return next((spk, content) for c, spk, content in got(text) if c == cue)


def test_a_fronted_time_phrase_is_no_content(got: Callable) -> None:
    text = "Back in 2004, Lund expressed admiration for the mayor's budget skills."
    assert row(got, text, "expressed") == ("Lund", "admiration for the mayor's budget skills")
    text = "Eight months later, when Okafor won two primaries, the publisher agreed to reprint it."
    assert row(got, text, "agreed") == ("the publisher", "to reprint it")
    text = "More recently, the harbour master pledged to reopen the quay by June."
    assert row(got, text, "pledged") == ("the harbour master", "to reopen the quay by June")
    text = 'A few minutes later, Marsh added, "The levy will not pass this year."'
    assert row(got, text, "added") == ("Marsh", '"The levy will not pass this year."')


def test_a_fronted_opener_or_setting_is_no_content(got: Callable) -> None:
    text = "Overall, the county reported spending $4 million on the ferry."
    assert row(got, text, "reported") == ("the county", "spending $4 million on the ferry")
    text = "Over coffee and cake, Lund touched on the ferry deal and the pier."
    assert row(got, text, "touched on") == ("Lund", "the ferry deal and the pier")
    text = "Every spring, the Gazette announces who it thinks deserves the prize."
    assert row(got, text, "announces")[1].startswith("who it thinks")


def test_a_fronted_place_with_its_state_is_no_content(got: Callable) -> None:
    text = "At a rally in Lorain, Ohio, on Friday, Senator Vale endorsed Dale for governor."
    spk, content = row(got, text, "endorsed")
    assert spk == "Senator Vale"
    assert content.startswith("Dale")


def test_a_reported_clause_before_the_speaker_stays(got: Callable) -> None:
    text = "Three weeks later the pier reopened, the harbour master said."
    assert row(got, text, "said") == ("the harbour master", "Three weeks later the pier reopened")
    text = "Voters in Lorain, Ohio, want a new bridge, the mayor said."
    assert row(got, text, "said")[1].startswith("Voters in Lorain")
    text = "Over the years the pier has decayed, Lund said."
    assert row(got, text, "said") == ("Lund", "Over the years the pier has decayed")
    text = "Only after the vote, Lund said, did the pier close."
    assert row(got, text, "said")[1] == "Only after the vote … did the pier close"
