"""The DuckDB store: same results as in memory, incremental re-runs, versions, SQL, export."""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

pytest.importorskip("duckdb")

from newslens import Analysis
from newslens.runner import analyze
from newslens.schema import articles_from_records
from newslens.store import Store

CALLS: list[str] = []


def digits(article):
    CALLS.append(article.article_id)
    if "RAISE" in article.text:
        raise ValueError("bad article")
    return [
        {"start": m.start(), "end": m.end(), "text": m.group(), "tags": [m.group()]}
        for m in re.finditer(r"\d+", article.text)
    ]


DIGITS = Analysis(
    id="digits.v1",
    title="Digits",
    extract=digits,
    columns={"start": "int64", "end": "int64", "text": "str", "tags": "object"},
    version="1",
)


def corpus(texts, prefix="a"):
    return articles_from_records(
        [
            {"article_id": f"{prefix}{i}", "text": t, "published": "2020-01-02", "lang": "en"}
            for i, t in enumerate(texts)
        ]
    )


@pytest.fixture
def pm(make_plugin_manager):
    return make_plugin_manager()


def test_store_results_equal_in_memory_results(pm, tmp_path):
    articles = corpus(["1 and 22", "RAISE 3", "none", "4 5 6"])
    expected = analyze(articles, [DIGITS], plugin_manager=pm, progress=False)
    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(articles, [DIGITS], plugin_manager=pm, progress=False)
        got = store.results([DIGITS], plugin_manager=pm)
    pd.testing.assert_frame_equal(got["digits.v1"], expected["digits.v1"])
    pd.testing.assert_frame_equal(got.errors, expected.errors)


def test_rerun_computes_only_new_or_changed_articles(pm, tmp_path):
    path = tmp_path / "s.duckdb"
    articles = corpus([f"text {i}" for i in range(50)])
    with Store(path) as store:
        assert store.analyze(articles, [DIGITS], plugin_manager=pm, progress=False) == {
            "digits.v1": 50
        }
    CALLS.clear()
    changed = articles.copy()
    changed.loc[3, "text"] = "text 3 now 33"
    more = pd.concat([changed, corpus(["brand new 7"], prefix="b")], ignore_index=True)
    with Store(path) as store:
        assert store.analyze(more, [DIGITS], plugin_manager=pm, progress=False) == {"digits.v1": 2}
        results = store.results([DIGITS], plugin_manager=pm)
    assert sorted(CALLS) == ["a3", "b0"]
    assert results["digits.v1"].query("article_id == 'a3'")["text"].tolist() == ["3", "33"]
    assert len(results["digits.v1"]) == 52


def test_version_change_recomputes(pm, tmp_path):
    articles = corpus(["1", "2"])
    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(articles, [DIGITS], plugin_manager=pm, progress=False)
        bumped = dataclasses.replace(DIGITS, version="2")
        assert store.analyze(articles, [bumped], plugin_manager=pm, progress=False) == {
            "digits.v1": 2
        }
        assert store.analyze(articles, [bumped], plugin_manager=pm, progress=False) == {
            "digits.v1": 0
        }
        assert len(store.results([bumped], plugin_manager=pm)["digits.v1"]) == 2


def test_sql_and_parquet_export(pm, tmp_path):
    with Store() as store:
        store.analyze(corpus(["1 2", "3"]), [DIGITS], plugin_manager=pm, progress=False)
        counts = store.sql("select article_id, count(*) n from digits_v1 group by 1 order by n")
        assert counts["n"].tolist() == [1, 2]
        written = store.export_parquet(tmp_path / "export")
    assert {p.name for p in written} >= {"articles.parquet", "digits_v1.parquet", "done.parquet"}


def test_articles_round_trip_with_extras(pm):
    articles = corpus(["1 2", "3"])
    with Store() as store:
        store.put_articles(articles)
        back = store.articles()
    pd.testing.assert_frame_equal(back, articles)


def test_a_store_in_a_folder_not_made_yet_is_created(tmp_path):
    path = tmp_path / "reports" / "week" / "corpus.duckdb"
    with Store(path) as db:
        assert "articles" in db.tables()
    assert path.exists()


def test_a_new_path_is_written_and_drops_nothing(pm, tmp_path):
    # the same folder loaded as "corpus/" and by its absolute path: one article, no recompute
    path = tmp_path / "s.duckdb"
    articles = corpus(["1 2", "3"])
    articles["path"] = ["corpus/a.txt", "corpus/b.txt"]
    moved = articles.copy()
    moved["path"] = ["/home/me/corpus/a.txt", "/home/me/corpus/b.txt"]
    with Store(path) as store:
        store.analyze(articles, [DIGITS], plugin_manager=pm, progress=False)
        assert store.analyze(moved, [DIGITS], plugin_manager=pm, progress=False) == {"digits.v1": 0}
        assert store.articles()["path"].tolist() == list(moved["path"])
        assert len(store.results([DIGITS], plugin_manager=pm)["digits.v1"]) == 3
        edited = moved.copy()
        edited.loc[1, "text"] = "3 4"  # a change of content still drops and recomputes
        assert store.analyze(edited, [DIGITS], plugin_manager=pm, progress=False) == {
            "digits.v1": 1
        }
