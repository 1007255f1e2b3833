"""The stance plugin's "claims checked" report section, registered through the core's hook."""

from __future__ import annotations

import pandas as pd
import pytest
from newslens_stance.claim_check import NO_CLAIM, claim_matches, claim_stance, render

import newslens
from newslens.assembly import Results
from newslens.registry import ReportContext
from newslens.reporting import plugin_sections

ARTICLES = newslens.load(
    pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "title": ["Warships fire missiles", "Ministry denies strikes", "Football results"],
            "text": [
                "Russia's defence ministry said four warships fired 26 cruise missiles at 11 "
                "targets in Syria.",
                "The ministry denied that its missiles hit civilians in Syria. It called the "
                "report false.",
                "The home side won 2-1 after a late goal on Saturday.",
            ],
        }
    )
)


def test_claim_matches_ranks_by_shared_words():
    findings = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": ["Missiles hit 11 targets", "Nothing relevant here", "missiles were fired"],
            "stance": ["agree", "unrelated", "discuss"],
        }
    )
    results = Results(findings={"stance.claims.v1": findings}, errors=pd.DataFrame())
    matches = claim_matches(results, "Four warships fired missiles at 11 targets")
    assert list(matches["article_id"]) == ["a", "c"]
    assert list(matches["stance"]) == ["agree", "discuss"]
    assert matches["score"].iloc[0] > matches["score"].iloc[1] > 0
    assert claim_matches(results, "").empty


def test_claim_stance_runs_the_claims_model_and_drops_unrelated_articles():
    results = newslens.analyze(ARTICLES, progress=False)
    table = claim_stance(ARTICLES, results, "Russian warships fired cruise missiles at Syria")
    assert "c" not in set(table["article_id"])  # the football report is unrelated
    assert "a" in set(table["article_id"])
    assert set(table["label"]) <= {"agree", "disagree", "discuss"}
    assert table.loc[table["article_id"] == "a", "title"].item() == "Warships fire missiles"


def test_claim_stance_falls_back_to_shared_words_without_the_claims_analysis():
    results = newslens.analyze(ARTICLES, ["stance.attributions.v1"], progress=False)
    table = claim_stance(ARTICLES, results, "ministry missiles civilians")
    assert "analysis" in table.columns and set(table["analysis"]) == {"stance.attributions.v1"}


def test_section_without_claims_says_how_to_give_one_and_escapes_claims(monkeypatch):
    monkeypatch.setenv("NEWSLENS_REPORT", "1")  # a report run: static HTML, no widget
    results = newslens.analyze(ARTICLES, progress=False)
    assert render(ReportContext(ARTICLES, results, {})) == [NO_CLAIM]
    html = "".join(
        s.html
        for s in plugin_sections(ARTICLES, results, {"claims": ["<b>missiles</b> hit Syria"]})
        if "stance.claims" in s.html
    )
    assert 'id="section-stance-claims"' in html
    assert "&lt;b&gt;missiles&lt;/b&gt;" in html and "<b>missiles" not in html


def test_in_jupyterlab_the_section_is_a_claim_box(monkeypatch):
    from newslens.testing import widget_tree

    monkeypatch.delenv("NEWSLENS_REPORT", raising=False)
    results = newslens.analyze(ARTICLES, progress=False)
    (box,) = [
        s
        for s in plugin_sections(
            ARTICLES, results, {"claims": ["missiles hit Syria"], "background": False}
        )
        if not hasattr(s, "html")
    ]
    tree = widget_tree(box)
    kinds = [kind for kind, _ in tree]
    assert "Text" in kinds and "IntProgress" in kinds and "Button" in kinds  # progress, Cancel
    table = box.children[3]
    assert "Warships fire missiles" in table.value  # the check ran and its table shows
    assert any(kind == "Label" and text.endswith("related article(s)") for kind, text in tree)


def test_the_claim_check_reports_progress_and_can_be_cancelled():
    from newslens_stance import claim_check

    seen = []
    findings = claim_check.claim_findings(
        ARTICLES, "missiles hit Syria", progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (3, 3) and len(findings) == 3
    with pytest.raises(InterruptedError):
        claim_check.claim_findings(ARTICLES, "missiles hit Syria", cancelled=lambda: True)
