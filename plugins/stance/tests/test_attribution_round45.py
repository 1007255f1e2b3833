"""Issue 18, round forty-five: intention cues the lexicon lacked.

From the tally of PolNeAR train's missed intention items: verbs of advocacy ("campaign for /
against", "lobby for / against"), their object the content (``lexicon.EFFORT_PHRASE_LEMMAS``).
The bare "campaign" and "lobby" are mostly nouns: the bare form is a cue only after "to", a
modal or "do". The round's "focus on" / "concentrate on" and "embrace" were dropped by the
lead at the merge (at or under break-even on train and the pool; a dev drop): no row for them.

Every sentence here was written for these tests; none is taken from a corpus. The tests of the
new cues fail on main (0.23.3: no row); the guards pass on main and here (no row either way).
"""

from __future__ import annotations

from collections.abc import Callable


def test_attention_and_acceptance_verbs_give_no_row(got: Callable) -> None:
    """The lead's decision at the merge: "focus on" and "embrace" stay no cues."""
    assert got("The mayor focused on the harbour levy.") == []
    assert got("The council has embraced the harbour levy.") == []


def test_a_verb_of_advocacy_is_an_intention(classed: Callable, got: Callable) -> None:
    rows = classed("Lund has campaigned for a second ferry since 2019.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("campaigned for", "Lund", "intention")]
    assert rows[0][2].startswith("a second ferry")
    rows = classed("The fishers lobbied against the new levy.")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("lobbied against", "The fishers", "the new levy", "intention")
    ]
    assert got_none("Her campaign for mayor began in May.")
    assert got("The skippers will lobby against the pier.") == [
        ("lobby against", "The skippers", "the pier")
    ]


def got_none(text: str) -> bool:
    from newslens_stance.attributions import find_attributions

    return not find_attributions(text)
