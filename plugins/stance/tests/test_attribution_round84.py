"""Issue 18, round eighty-four: an adverb in -ly between the copula and an adjective of attitude.

The lead's decision on round eighty-three's question: "were acutely aware that", "are
surprisingly skeptical of" are read as "were aware that", "are skeptical of". Not "likely" (a
forecast), and not an evidential adverb ("were reportedly concerned", "are apparently sure"),
which puts the attitude at one remove and keeps the row from forming.

Every sentence here was written for these tests; none is taken from a corpus. The first two
tests fail on main (0.25.42); the guards pass on main and here.
"""

from __future__ import annotations

from newslens_stance import find_attributions


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r["cue_class"], r["cue"], r["speaker"], r["content"]) for r in find_attributions(text)]


def test_an_adverb_in_ly_before_aware_that() -> None:
    assert _rows("The harbour crews were acutely aware that the quay would close in March.") == [
        ("belief", "aware", "The harbour crews", "the quay would close in March")
    ]


def test_an_adverb_in_ly_before_skeptical_of() -> None:
    assert _rows("Most skippers are surprisingly skeptical of the new mooring levy.") == [
        ("belief", "skeptical", "Most skippers", "the new mooring levy")
    ]


def test_an_evidential_adverb_keeps_the_row_from_forming() -> None:
    assert [r[1] for r in _rows("The dock workers were reportedly concerned about the crane.")] == [
        "reportedly"
    ]
    for adverb in ("apparently", "allegedly", "seemingly", "supposedly", "ostensibly"):
        text = f"The dock workers were {adverb} sure that the crane would fail."
        assert not [r for r in _rows(text) if r[1] == "sure"], adverb


def test_likely_is_a_forecast() -> None:
    assert not [r for r in _rows("The pier is likely ready to reopen.") if r[1] == "ready"]
