"""Attributions at the scope of PolNeAR-style news (issue 18): cue classes, beliefs,
intentions, evidence, questions, typewriter quotes, split and multi-sentence quotations.

Every sentence here was written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

from newslens_stance.attributions import find_attributions


def one(rows: list[dict], cue: str) -> dict:
    (row,) = [r for r in rows if r["cue"] == cue]
    return row


def test_typewriter_double_quotes_are_quotations() -> None:
    text = (
        "''The ferry will sail at noon,'' Ms. Okafor said. ''Nobody should worry.''\n\n"
        "''It is a long winter,'' said Paul Verne, a farmer from the valley."
    )
    rows = find_attributions(text)
    first = rows[0]
    assert first["speaker"] == "Ms. Okafor"
    assert first["content"] == "''The ferry will sail at noon,'' … ''Nobody should worry.''"
    assert first["form"] == "direct"
    second = [r for r in rows if r["speaker"] and r["speaker"].startswith("Paul Verne")]
    assert second and second[0]["content"] == "''It is a long winter,''"
