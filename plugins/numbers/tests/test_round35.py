"""Issue 17, round thirty-five, on invented sentences: a quake's size is a measure with the
unit ``magnitude`` in every wording (the lead's decision 2 on the twenty-fifth sample), read
only in a text that says "magnitude" or "Richter" somewhere; a count before "of its/the ...
NOUNs" counts that noun through a model name or an "80-odd" (main read it only through plain
adjectives)."""

from __future__ import annotations

import pytest
from newslens_numbers.extract import extract_text


def _found(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A tremor registering 5.4 on the Richter scale shook Varnley on Sunday.", "5.4"),
        ("Officials said the shock measured 6.1 on the open-ended Richter scale.", "6.1"),
        ("Seismologists put the quake at an estimated 7.2 on the Richter scale.", "7.2"),
        (
            "The quake gave a first reading of 6.3 on the Richter scale, the institute said.",
            "6.3",
        ),
        (
            "A quake of 6.0 on the Richter scale hit in May. Officials recalled that a"
            " tremor reading 7.4 hit the valley in 1911.",
            "7.4",
        ),
    ],
)
def test_a_quakes_size_on_the_richter_scale_or_after_its_verb_is_a_magnitude(text, span) -> None:
    found = _found(text)[span]
    assert (found["kind"], found["unit"]) == ("measure", "magnitude")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no "magnitude" or "Richter" in the text: the gate keeps the old reading
        ("The valley was hit by a tremor reading 7.2 in 1904.", "7.2"),
        # not a quake's verb before it, not a decimal
        ("The Richter index rose 4 points to 6 on Monday.", "6"),
    ],
)
def test_a_figure_outside_a_quakes_reading_is_no_magnitude(text, span) -> None:
    assert _found(text)[span]["unit"] != "magnitude"


def test_the_worded_magnitude_keeps_its_reading() -> None:
    for text in ("A magnitude 6.1 quake struck.", "A 6.1-magnitude quake struck."):
        assert [f["unit"] for f in extract_text(text)] == ["magnitude"]


# ------------------------------------------------------ a part of a group named after "of"


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Airbus will supply Norvik Air with up to 40 of its forthcoming A390 jets.", "40", "jet"),
        ("It expects to sell about 300 of its 797-8X freighters by 2030.", "300", "freighter"),
        ("Between 8 and 9 of the 70-odd hotels were damaged.", "8 and 9", "hotel"),
    ],
)
def test_a_count_before_of_its_plural_counts_that_plural(text, span, noun) -> None:
    assert _found(text)[span]["noun"] == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Twelve of the 75 are units of Halvor Corp.", "Twelve"),  # through a figure
        ("Economists said 20,000 of the gain was due to strikes.", "20,000"),  # no plural
        ("The two of them never met again.", "two"),  # a pronoun, no noun
    ],
)
def test_a_count_before_of_without_a_plural_group_keeps_no_noun(text, span) -> None:
    assert _found(text)[span]["noun"] == ""
