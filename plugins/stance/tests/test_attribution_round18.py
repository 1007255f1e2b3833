"""Issue 18, round eighteen: speakers the lead found wrong (a participle phrase between a
subject and its verb; an adjective after the article of a subject whose verb the clause
finder does not know).

Every sentence here was written for these tests; none is taken from a corpus. Each rule has a
positive and a negative case: the shape the rule reads, and a near shape it leaves alone.
"""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker) of every row that is not nested."""
    return [(r["cue"], r["speaker"]) for r in find_attributions(text) if not r["nested"]]


def test_an_adjective_before_the_subject_of_an_unknown_verb() -> None:
    assert speakers("The old skipper shook her head and said the pier was unsafe.") == [
        ("said", "The old skipper")
    ]
    assert speakers("A tall skipper took the floor and argued the pier was unsafe.") == [
        ("argued", "A tall skipper")
    ]
    # without the adjective, as before
    assert speakers("The skipper shook her head and said the pier was unsafe.") == [
        ("said", "The skipper")
    ]


def test_an_adjective_rule_leaves_a_known_verb_alone() -> None:
    # "nodded" is a verb the clause finder knows: the subject is found as before
    assert speakers("The old skipper nodded and said the pier was unsafe.") == [
        ("said", "The old skipper")
    ]
    # a verb in -ed right after the noun is the verb, not a noun after an adjective
    assert speakers("The skipper raised her hand and said the pier was unsafe.") == [
        ("said", "The skipper")
    ]
