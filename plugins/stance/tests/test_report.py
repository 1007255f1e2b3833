"""The attributions section of the offline report: the parties quoted most, by stance."""

from __future__ import annotations

import newslens_stance.plugin as stance_plugin
import pandas as pd
from newslens_stance.report import TOP_PARTIES, report

from newslens import ViewContext
from newslens.testing import tiny_corpus


def _context(findings: pd.DataFrame) -> ViewContext:
    return ViewContext(
        analysis=stance_plugin.attributions_analysis(),
        findings=findings,
        article=None,
        all_findings=findings,
        articles=tiny_corpus(),
    )


def test_the_section_shows_the_parties_quoted_most_with_their_stances():
    rows = []
    for i in range(TOP_PARTIES + 5):
        for stance in ("assert", "deny"):
            rows.append({"article_id": f"a{i}", "speaker_resolved": f"Party {i}", "stance": stance})
    rows += [
        {"article_id": f"b{j}", "speaker_resolved": "Ministry", "stance": "deny"} for j in range(4)
    ]
    figure, line, table = report(_context(pd.DataFrame(rows)))
    assert hasattr(figure, "savefig")
    assert (
        line.startswith("The parties quoted in the most articles") and str(TOP_PARTIES + 6) in line
    )
    assert len(table) == TOP_PARTIES
    top = table.iloc[0]
    assert (top["party"], top["articles"], top["deny"]) == ("Ministry", 4, 4)


def test_a_corpus_without_named_parties_says_so():
    empty = pd.DataFrame(columns=["article_id", "speaker_resolved", "stance"])
    assert report(_context(empty)) == ["No named party is quoted in this corpus."]
