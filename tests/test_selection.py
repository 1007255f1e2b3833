"""Facets, sorting and export without widgets: pure functions over the frames."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newslens import Analysis
from newslens.export import articles_export, findings_export, read_back, to_bytes
from newslens.selection import CorpusIndex, Filters, categorical_columns, label_column, page_of

COLUMNS = {
    "start": "int64",
    "end": "int64",
    "text": "str",
    "speaker": "str",
    "speaker_start": "int64",
    "stance": "str",
    "note": "str",
    "sentence": "int64",
}


def _extract(article):  # never run: the frame below stands in for its output
    return []


ANALYSIS = Analysis(id="said.v1", title="Said", extract=_extract, columns=COLUMNS)


class FakeResults(dict):
    def __init__(self, frames, analyses):
        super().__init__(frames)
        self.analyses = analyses
        self.summaries = {}
        self.errors = pd.DataFrame(columns=["article_id", "analysis", "error"])


@pytest.fixture
def corpus(newslens_corpus):
    findings = pd.DataFrame(
        {
            "article_id": ["tiny-1", "tiny-1", "tiny-2", "elsewhere"],
            "start": [0, 4, 0, 0],
            "end": [3, 12, 4, 1],
            "text": ["The", "defence ", "“We ", "x"],
            "speaker": ["Ann", "Bob", "Ann", "Cy"],
            "speaker_start": [0, 0, 0, 0],
            "stance": ["deny", "assert", "deny", "assert"],
            "note": [
                "a long explanation that reads like prose rather than a category at all",
            ]
            * 4,
            "sentence": [0, 0, 0, 0],
        }
    )
    results = FakeResults({"said.v1": findings}, {"said.v1": ANALYSIS})
    return CorpusIndex(newslens_corpus, results, results.analyses)


def test_categorical_columns_skip_span_text_and_prose(corpus):
    frame = corpus.results["said.v1"]
    assert categorical_columns(ANALYSIS, frame) == ["stance"]  # not text, speaker, note
    assert label_column(ANALYSIS, frame) == "stance"


def test_identifier_columns_are_neither_facets_nor_labels(corpus):
    frame = corpus.results["said.v1"].assign(claim_id=["c1", "c2", "c1", "c2"])
    analysis = Analysis(
        id="said.v1",
        title="Said",
        extract=_extract,
        columns={**COLUMNS, "claim_id": "str"},
    )
    assert categorical_columns(analysis, frame) == ["stance"]  # two values, short: yet a key


def test_facets_map_values_to_articles(corpus):
    assert [f.key for f in corpus.facets] == ["said.v1:*", "said.v1:stance"]
    stance = corpus.facet("said.v1:stance")
    assert stance.values["deny"].tolist() == [0, 1]
    assert stance.values["assert"].tolist() == [0]  # the row of an unknown article is dropped
    assert stance.counted() == [("deny (2)", "deny"), ("assert (1)", "assert")]
    assert corpus.counts["said.v1"].tolist() == [2, 1, 0]


def test_filters_combine(corpus):
    assert corpus.positions(Filters(facets={"said.v1:stance": "assert"})).tolist() == [0]
    assert corpus.positions(Filters(facets={"said.v1:*": "yes"}, query="officials")).tolist() == [1]
    assert corpus.positions(Filters(outlets=("Other Daily", "Example Wire"))).tolist() == [0, 1]
    assert corpus.positions(Filters(date_to=pd.Timestamp("2015-10-07"))).tolist() == [0]


def test_sort_and_page(corpus):
    every = np.arange(3)
    assert corpus.sort(every, "findings", descending=True).tolist() == [0, 1, 2]
    assert corpus.sort(every, "outlet").tolist() == [2, 0, 1]  # "" < example < other
    assert corpus.sort(every, "date", descending=True).tolist() == [1, 0, 2]
    assert page_of(list(range(45)), 9, 20) == (list(range(40, 45)), 2, 3)


def test_findings_rows_name_articles_not_ids(corpus):
    frame = corpus.findings_frame("said.v1")
    rows = corpus.findings_rows("said.v1", frame)
    assert rows[0]["cells"][:4] == [
        "2015-10-07",
        "Example Wire",
        "Ministry says 26 missiles hit 11 targets",
        "1",
    ]
    assert rows[0]["open"] == {
        "article_id": "tiny-1",
        "start": 0,
        "end": 3,
        "sentence": 0,
        "analysis": "said.v1",
    }


def test_articles_export_has_citations_and_counts(corpus):
    frame = articles_export(corpus.articles, [1, 0], corpus.counts)
    assert frame["article_id"].tolist() == ["tiny-2", "tiny-1"]
    assert frame["findings_said.v1"].tolist() == [1, 2]
    assert str(frame["date"].dtype).startswith("datetime64")


def test_findings_export_cites_the_sentence(corpus, tmp_path):
    frame = corpus.findings_frame("said.v1")
    out = findings_export(
        corpus.articles, ANALYSIS, frame.drop(columns="_position"), frame["_position"]
    )
    assert out.columns[:6].tolist() == ["analysis", "article_id", "outlet", "date", "title", "url"]
    assert out["sentence_text"].iloc[0].startswith("The defence ministry said on Wednesday")
    assert out["stance"].tolist() == ["deny", "assert", "deny"]
    for fmt in ("csv", "json", "parquet"):
        path = tmp_path / f"x.{fmt}"
        path.write_bytes(to_bytes(out, fmt))
        back = read_back(path)
        assert back["article_id"].tolist() == ["tiny-1", "tiny-1", "tiny-2"]
        assert back["start"].astype(int).tolist() == [0, 4, 0]
    with pytest.raises(ValueError, match="Available: csv, json, parquet"):
        to_bytes(out, "xlsx")


def test_findings_export_can_be_cancelled(corpus):
    frame = pd.concat([corpus.findings_frame("said.v1")] * 100, ignore_index=True)
    with pytest.raises(InterruptedError):
        findings_export(
            corpus.articles,
            ANALYSIS,
            frame.drop(columns="_position"),
            frame["_position"],
            cancelled=lambda: True,
        )
