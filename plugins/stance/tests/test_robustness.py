"""No input makes the extractors raise; offsets stay valid (timings: benchmarks/attributions.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newslens_stance.attributions import find_attributions
from newslens_stance.claims import score_article

PIECES = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according to",
        "\u201c",
        "\u201d",
        '"',
        ",",
        ".",
        "\n\n",
        " he ",
        " it ",
        "The minister",
        "Russia",
        " denies ",
        " claims ",
        " reportedly ",
        " that ",
        ": ",
        "Ash Carter",
        " the ",
        "was reported",
        " and ",
        "'",
        "\u2019s",
        "!",
        "?",
        "  ",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=80).map("".join))


def valid(text: str, rows: list[dict]) -> None:
    for r in rows:
        assert 0 <= r["start"] <= r["end"] <= len(text)
        assert text[r["start"] : r["end"]] == r["text"]
        assert text[r["cue_start"] : r["cue_end"]] == r["cue"]
        for a, b in r["content_spans"]:
            assert 0 <= a < b <= len(text)
        if r["speaker"] is not None:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_attributions_never_raise(text: str) -> None:
    valid(text, find_attributions(text))


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.text(max_size=60))
def test_claims_never_raise(text: str, claim: str) -> None:
    for row in score_article([claim, "Russia denies it"], text):
        assert row["label"] in {"agree", "disagree", "discuss", "unrelated"}
        for a, b in row["evidence_spans"]:
            assert 0 <= a < b <= len(text)


def test_pathological_inputs() -> None:
    nested = "\u201c" * 200 + "x said y" + "\u201d" * 200
    unbalanced = ('He said "yes. ' * 50) + "\u201c" * 30
    long_sentence = "Officials said that " + "the river rose and " * 550 + "stopped."
    for text in (nested, unbalanced, long_sentence, "\x00\ufffd" * 100, "said" * 1000):
        valid(text, find_attributions(text))
    assert find_attributions("") == []
