"""Results that are always right: a cache key covers everything a result depends on.

Each case here returned a wrong result from the store before the keys covered it: the same
text with another publication date, a claim bound into the analysis, a one-file plugin edited
in place, a store written by the old keys.
"""

from __future__ import annotations

import dataclasses
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("duckdb")

import newslens
from newslens import Analysis, hookimpl
from newslens.keys import analysis_key, distribution_version, source_version
from newslens.schema import articles_from_records
from newslens.store import Store, StoreWarning

MONDAY = "The talks will resume on Monday."


def next_monday(article):
    """Which Monday: a pure function of the text and the publication date."""
    if article.published is None:
        return []
    days = (7 - article.published.weekday()) % 7 or 7
    day = (article.published + pd.Timedelta(days=days)).date().isoformat()
    return [{"day": day}] if "Monday" in article.text else []


MONDAYS = Analysis(
    id="monday.v1",
    title="Monday",
    extract=next_monday,
    columns={"day": "str"},
    requires=("published",),
    version="1",
)


def two_dates() -> pd.DataFrame:
    return articles_from_records(
        [
            {"article_id": "old", "text": MONDAY, "published": "2015-10-08"},
            {"article_id": "new", "text": MONDAY, "published": "2020-03-05"},
        ]
    )


EXPECTED = ["2015-10-12", "2020-03-09"]


def test_same_text_other_date_in_memory(make_plugin_manager):
    results = newslens.analyze(
        two_dates(), [MONDAYS], plugin_manager=make_plugin_manager(), progress=False
    )
    assert results["monday.v1"]["day"].tolist() == EXPECTED


def test_same_text_other_date_through_the_store(make_plugin_manager, tmp_path):
    pm = make_plugin_manager()
    with Store(tmp_path / "s.duckdb") as store:
        assert store.analyze(two_dates(), [MONDAYS], plugin_manager=pm, progress=False) == {
            "monday.v1": 2
        }
        got = store.results([MONDAYS], plugin_manager=pm)["monday.v1"]
    assert got["day"].tolist() == EXPECTED


def test_a_changed_date_is_recomputed_and_never_read_stale(make_plugin_manager, tmp_path):
    pm = make_plugin_manager()
    articles = two_dates().iloc[[0]].reset_index(drop=True)
    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(articles, [MONDAYS], plugin_manager=pm, progress=False)
        moved = articles.assign(published=pd.Timestamp("2020-03-05", tz="UTC"))
        store.put_articles(moved)  # stored, not yet analysed: its old result must not show
        assert store.results([MONDAYS], plugin_manager=pm)["monday.v1"].empty
        assert store.analyze(moved, [MONDAYS], plugin_manager=pm, progress=False) == {
            "monday.v1": 1
        }
        assert store.results([MONDAYS], plugin_manager=pm)["monday.v1"]["day"].tolist() == [
            "2020-03-09"
        ]


@pytest.mark.slow
def test_same_text_other_date_on_dask(make_plugin_manager):
    pytest.importorskip("dask.distributed")
    results = newslens.analyze(
        two_dates(),
        [MONDAYS],
        plugin_manager=make_plugin_manager(),
        progress=False,
        engine="dask",
        workers=1,
    )
    assert results["monday.v1"]["day"].tolist() == EXPECTED


def test_an_undeclared_field_never_reaches_extract(make_plugin_manager):
    """What an analysis does not declare it does not see, so it cannot depend on it."""
    seen = []

    def peek(article):
        seen.append((article.title, article.published, dict(article.extra)))
        return []

    frame = two_dates().assign(title="A title", lang="en")
    plain = Analysis(id="peek.v1", title="p", extract=peek, columns={"n": "int64"})
    newslens.analyze(frame.iloc[[0]], [plain], plugin_manager=make_plugin_manager(), progress=False)
    declared = dataclasses.replace(plain, requires=("title",), reads=("lang", "absent"))
    newslens.analyze(
        frame.iloc[[0]], [declared], plugin_manager=make_plugin_manager(), progress=False
    )
    assert seen == [("", None, {}), ("A title", None, {"lang": "en"})]


def test_claims_bound_into_the_analysis_are_part_of_the_key(tmp_path):
    from newslens_stance.plugin import CLAIMS_ID, claims_analysis

    articles = newslens.load(
        pd.DataFrame(
            {
                "id": ["a"],
                "text": ["Russia's ministry said warships fired 26 missiles at targets in Syria."],
            }
        )
    )
    first, second = "Russia fired missiles at Syria", "The cat sat on the mat"
    assert analysis_key(claims_analysis([first])) != analysis_key(claims_analysis([second]))
    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(articles, [claims_analysis([first])], progress=False)
        assert store.analyze(articles, [claims_analysis([second])], progress=False) == {
            CLAIMS_ID: 1
        }
        rows = store.results([claims_analysis([second])])[CLAIMS_ID]
    assert rows["claim"].tolist() == [second]


PLUGIN_SOURCE = """
from newslens import Analysis, hookimpl

def extract(article):
    return [{{"n": {n}}}]

@hookimpl
def newslens_register_analyses(registry):
    registry.add(Analysis(id="edited.v1", title="E", extract=extract, columns={{"n": "int64"}}))
"""


#: The same plugin with an analysis that pins its own version (a change of its columns'
#: meaning): the registry joins it to the plugin's, so a code change still recomputes.
PINNED_SOURCE = PLUGIN_SOURCE.replace(
    'columns={{"n": "int64"}}', 'columns={{"n": "int64"}}, version="2"'
)


@pytest.mark.parametrize(
    ("source", "prefix"), [(PLUGIN_SOURCE, "source-"), (PINNED_SOURCE, "2+source-")]
)
def test_editing_a_one_file_plugin_recomputes_its_results(tmp_path, monkeypatch, source, prefix):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "edited.py").write_text(source.format(n=1))
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(plugins))
    articles = two_dates()
    with Store(tmp_path / "s.duckdb") as store:
        pm = newslens.get_plugin_manager()
        first_version = pm.analyses()["edited.v1"].version
        assert first_version.startswith(prefix)
        store.analyze(articles, ["edited.v1"], plugin_manager=pm, progress=False)
        (plugins / "edited.py").write_text(source.format(n=2))
        pm = newslens.get_plugin_manager()
        assert pm.analyses()["edited.v1"].version != first_version
        assert store.analyze(articles, ["edited.v1"], plugin_manager=pm, progress=False) == {
            "edited.v1": 2
        }
        assert store.results(["edited.v1"], plugin_manager=pm)["edited.v1"]["n"].tolist() == [
            2,
            2,
        ]


def test_a_notebook_plugin_is_versioned_by_its_source():
    class Cell:
        @hookimpl
        def newslens_register_analyses(self, registry):
            pass

    assert source_version(Cell()).startswith("source-")
    assert source_version(Cell()) == source_version(Cell())


def test_a_store_written_with_the_old_keys_is_rebuilt_with_a_warning(make_plugin_manager, tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """create table articles (article_id varchar primary key, seq bigint,
               content_hash varchar, title varchar, text varchar, raw_text varchar,
               published timestamptz, source varchar, url varchar, path varchar, notes varchar,
               extra varchar);
           create table done (content_hash varchar, analysis_id varchar, version varchar,
               n_findings bigint);
           create table errors (content_hash varchar, analysis_id varchar, version varchar,
               error_type varchar, message varchar);
           create table monday_v1 (content_hash varchar, ord bigint, day varchar);
           insert into done values ('h', 'monday.v1', '1', 1);
           insert into monday_v1 values ('h', 0, '1999-01-04');"""
    )
    con.close()
    with pytest.warns(StoreWarning, match="recomputes"), Store(path) as store:
        assert "monday_v1" not in store.tables()
    pm = make_plugin_manager()
    with warnings.catch_warnings():
        warnings.simplefilter("error", StoreWarning)  # opened again: nothing left to rebuild
        with Store(path) as store:
            store.analyze(two_dates(), [MONDAYS], plugin_manager=pm, progress=False)
            got = store.results([MONDAYS], plugin_manager=pm)["monday.v1"]["day"].tolist()
    assert got == EXPECTED


def test_readme_sql_examples_run(make_plugin_manager, tmp_path):
    """The README's SQL works as written: findings tables carry article_id."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    queries = [line.split('store.sql("', 1)[1].rsplit('")', 1)[0] for line in readme.splitlines()
               if 'store.sql("' in line]  # fmt: skip
    assert queries, "the README shows SQL over the store"
    articles = newslens.load(newslens.sample_path())
    with Store(tmp_path / "corpus.duckdb") as store:
        store.analyze(articles.head(20), progress=False)
        for query in queries:
            frame = store.sql(query)
            assert len(frame.columns), query


class FakeDistribution:
    """What :func:`distribution_version` reads of an installed distribution."""

    def __init__(self, editable: bool) -> None:
        self.version = "1.2.0"
        self.editable = editable

    def read_text(self, name: str) -> str | None:
        if name != "direct_url.json":
            return None
        return json.dumps({"url": "file:///src", "dir_info": {"editable": self.editable}})


def test_an_editable_distribution_is_versioned_by_its_source_too(tmp_path, monkeypatch):
    """A checkout installed with ``pip install -e`` changes without a version bump: its
    analyses' version carries a hash of the package's files, so an edit recomputes."""
    package = tmp_path / "edited_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "rules.py").write_text("WORDS = ['said']\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    installed = distribution_version(FakeDistribution(editable=False), "edited_pkg.plugin")
    assert installed == "1.2.0"
    first = distribution_version(FakeDistribution(editable=True), "edited_pkg.plugin")
    assert first.startswith("1.2.0+src.")
    assert distribution_version(FakeDistribution(editable=True), "edited_pkg:plugin") == first
    (package / "rules.py").write_text("WORDS = ['said', 'told']\n")
    assert distribution_version(FakeDistribution(editable=True), "edited_pkg.plugin") != first


def test_the_built_in_plugins_of_a_checkout_carry_their_source_hash():
    versions = newslens.get_plugin_manager().plugin_table().set_index("name")["version"]
    editable = [v for v in versions if "+src." in str(v)]
    if not editable:
        pytest.skip("the built-in plugins are not installed in editable mode here")
    assert all(len(v.split("+src.")[1]) == 12 for v in editable)


def test_a_changed_sentence_splitter_recomputes_every_result(
    make_plugin_manager, tmp_path, monkeypatch
):
    """``sentence`` in every frame indexes the core splitter's spans: results computed with
    another splitter must not be served from a store."""
    from newslens import keys

    pm = make_plugin_manager()
    before = analysis_key(MONDAYS)
    with Store(tmp_path / "s.duckdb") as store:
        assert store.analyze(two_dates(), [MONDAYS], plugin_manager=pm, progress=False) == {
            "monday.v1": 2
        }
        assert store.analyze(two_dates(), [MONDAYS], plugin_manager=pm, progress=False) == {
            "monday.v1": 0
        }
        monkeypatch.setattr(keys, "splitter_fingerprint", lambda: "another-splitter")
        assert analysis_key(MONDAYS) != before
        assert store.analyze(two_dates(), [MONDAYS], plugin_manager=pm, progress=False) == {
            "monday.v1": 2
        }
