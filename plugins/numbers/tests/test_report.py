"""The numbers section of the offline report: a figure, the quantities reported most, and the
conversions checked, from the frames the runner returned."""

from __future__ import annotations

import newslens_numbers.plugin as numbers_plugin
import pandas as pd
import pytest
from newslens_numbers.extract import extract_text
from newslens_numbers.report import conversions, report, reported_most
from newslens_numbers.summary import summarize

from newslens import ViewContext
from newslens.testing import run_analysis, tiny_corpus


@pytest.fixture
def findings(make_plugin_manager) -> pd.DataFrame:
    return run_analysis("numbers.v1", plugin_manager=make_plugin_manager(numbers_plugin))


def test_the_section_holds_a_figure_and_one_row_per_quantity(findings):
    corpus = tiny_corpus()
    items = report(
        ViewContext(
            analysis=numbers_plugin.NUMBERS,
            findings=findings,
            article=None,
            all_findings=findings,
            articles=corpus,
        )
    )
    assert any(hasattr(item, "savefig") for item in items)  # a matplotlib figure
    tables = [item for item in items if isinstance(item, pd.DataFrame)]
    quantities = tables[0]
    assert quantities["quantity"].is_unique
    length = quantities[quantities["quantity"] == "length"].iloc[0]
    # 1,500 km in one article, about 1,400 km in the other: the range spans both articles
    assert (length["articles"], length["outlets"]) == (2, 2)
    assert length["lowest"] < length["highest"]


def test_conversions_count_pairs_once_and_list_the_mismatched():
    rows = []
    for i, text in enumerate(
        ["The road runs 100km (62 miles).", "The lake is 10km (20 miles) long."]
    ):
        rows += [{"article_id": f"a{i}", **f} for f in extract_text(text)]
    frame = pd.DataFrame(rows)
    line, table = conversions(frame)
    assert (
        line.startswith("Conversions checked: 2 pair(s)") and "1 consistent, 1 mismatched" in line
    )
    assert table[["stated", "converted"]].values.tolist() == [["10km", "20 miles"]]
    assert table["deviation %"].iloc[0] > 50


def test_a_corpus_without_figures_says_so():
    empty = pd.DataFrame(columns=["article_id", "kind"])
    context = ViewContext(
        analysis=numbers_plugin.NUMBERS,
        findings=empty,
        article=None,
        all_findings=empty,
        articles=tiny_corpus(),
    )
    assert report(context) == ["No figure in this corpus."]
    assert reported_most(summarize(empty, tiny_corpus())).empty
