"""A relative pronoun as the speaker ("farmers who say ..."): the span stays "who" (PolNeAR
marks it so) and ``speaker_resolved`` is its antecedent's, resolved as a speaker in its place
would be (docs/decisions.md, "A report in a restrictive relative is a report")."""

from __future__ import annotations

import pytest
from newslens_stance.attributions import find_attributions


def _row(text: str, cue: str) -> dict:
    rows = [r for r in find_attributions(text) if r["cue"] == cue]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("text", "cue", "resolved"),
    [
        (
            "Ohio dairy farmers who say the tariff hurts them met the governor on Monday.",
            "say",
            "Ohio dairy farmers",
        ),
        (
            "The mill drew protests from Quebec loggers who claimed that the new quota was unfair.",
            "claimed",
            "Quebec loggers",
        ),
    ],
)
def test_the_antecedent_resolves_a_relative_pronoun(text: str, cue: str, resolved: str) -> None:
    row = _row(text, cue)
    assert row["speaker"] == "who"
    assert row["speaker_resolved"] == resolved


def test_an_antecedent_that_names_no_one_resolves_to_nothing() -> None:
    # as for "Some critics said ...": a bare common noun is no party to group by
    row = _row("The plan has drawn fire from some critics who say that it costs too much.", "say")
    assert row["speaker"] == "who"
    assert row["speaker_resolved"] is None


def test_the_world_health_organization_is_no_relative_pronoun() -> None:
    row = _row("WHO said that the outbreak in the province was over.", "said")
    assert row["speaker_resolved"] != "who"
