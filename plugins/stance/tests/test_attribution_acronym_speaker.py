"""A dotted acronym inside or at the end of an inverted speaker's appositive is one word of
it ("the British envoy to the U.S."), not the appositive's end: the speaker was cut at its
first letter ("... envoy to the U")."""

from __future__ import annotations

import pytest
from newslens_stance.attributions import find_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The talks will resume, said Ann Okafor, the British envoy to the U.S. A second "
            "round is planned for May.",
            "Ann Okafor, the British envoy to the U.S.",
        ),
        (
            "The plan will fail, said Craig Lund, a former C.I.A. officer who lectures at a "
            "college in Ohio.",
            "Craig Lund, a former C.I.A. officer who lectures at a college in Ohio",
        ),
        (
            "Prices will rise, said Mara Quist, an economist on the faculty of M.I.T.",
            "Mara Quist, an economist on the faculty of M.I.T.",
        ),
    ],
)
def test_an_acronym_stays_in_the_speaker(text: str, speaker: str) -> None:
    rows = [r for r in find_attributions(text) if r["cue"] == "said"]
    assert [r["speaker"] for r in rows] == [speaker]


def test_a_plain_appositive_still_ends_at_the_sentence_end() -> None:
    rows = find_attributions("The talks will resume, said Ann Okafor, the envoy. Talks end.")
    assert [r["speaker"] for r in rows] == ["Ann Okafor, the envoy"]
