"""Issue 18, round eighty-one: a small noun-phrase chunker finds where a coordinated subject
starts.

"Local tenants, shop owners, and other residents said ...": the speaker scan stopped at the
last conjunct; the chunker (``noun_chunks``) reads the words before "and" as noun chunks and
widens the speaker when they run back to a clause's start. Words before "and" that end
another clause or are a verb's object leave the speaker as it was.

The same chunker finds the head of a subject whose preposition's object the scan took for the
speaker ("A review by the Courier shows ...": the review, not the Courier; "other advisers to
the harbour board ..., saying ...": the advisers).

Every sentence here was written for these tests; none is taken from a corpus. The tests of
the widened speakers and of the chunker fail on main (0.25.37); the guards pass on main and
here.
"""

from __future__ import annotations

from newslens_stance import find_attributions
from newslens_stance.attributions.text import _doc


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_a_list_of_three_with_a_serial_comma_is_the_speaker() -> None:
    assert _rows(
        "Local tenants, shop owners, and other residents said the rents were too high."
    ) == [("said", "Local tenants, shop owners, and other residents", "the rents were too high")]


def test_a_group_of_listed_people_is_the_speaker() -> None:
    text = (
        "A group of 40 Dutch painters, sculptors, poets and architects this week called on "
        "the council to save the old mill."
    )
    assert [r["speaker"] for r in find_attributions(text)] == [
        "A group of 40 Dutch painters, sculptors, poets and architects"
    ]


def test_an_or_coordination_after_a_determiner_is_the_speaker() -> None:
    assert _rows("No city or county agency confirmed the tenant's account.") == [
        ("confirmed", "No city or county agency", "the tenant's account")
    ]
    assert [
        r["speaker"] for r in find_attributions("One or more tenants decided to hire a lawyer.")
    ] == ["One or more tenants"]


def test_another_clause_before_and_is_not_part_of_the_speaker() -> None:
    assert _rows("The vote was close, and officials said the count would be repeated.") == [
        ("said", "officials", "the count would be repeated")
    ]
    assert _rows("The board fined the owners and officials said the fine was fair.") == [
        ("said", "officials", "the fine was fair")
    ]


def test_the_chunker_answers_only_at_a_clause_start() -> None:
    from newslens_stance.attributions.noun_chunks import coordination_start  # (new this round)

    text = "Prices rose in March and analysts said the trend would last."
    doc = _doc(text)
    assert coordination_start(doc, text.index("analysts"), 0) is None
    text = "Ann Berg, Ole Lund and other skippers said the quay was unsafe."
    assert coordination_start(_doc(text), text.index("other"), 0) == 0


def test_the_head_before_a_preposition_is_the_speaker() -> None:
    assert _rows("A review by The Courier shows most of the trips were for the campaign.") == [
        ("shows", "A review by The Courier", "most of the trips were for the campaign")
    ]
    text = (
        "But other advisers to the harbour board have been urging the mayor to sell, "
        "saying the debt was too large."
    )
    assert [r["speaker"] for r in find_attributions(text) if r["cue"] == "saying"] == [
        "other advisers to the harbour board"
    ]


def test_a_fronted_phrase_of_time_or_place_is_not_the_speakers() -> None:
    assert _rows("In March the mayor said the fees would rise.") == [
        ("said", "the mayor", "the fees would rise")
    ]
    assert _rows("After the vote in Lenz the mayor said the fees would rise.") == [
        ("said", "the mayor", "the fees would rise")
    ]
