"""The per-article error contract, and corpus-level analyses with declared inputs.

Every article that goes in comes out with results or an error row naming it; a bad value fails
its own article only; a corpus-level step that fails is an error row and the rest stands; the
same results come from the local engine, the process pool, Dask and the store.
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

import newslens
from newslens import Analysis, PlanError
from newslens.plan import plan
from newslens.schema import articles_from_records


def corpus(texts: list[str]) -> pd.DataFrame:
    return articles_from_records(
        [
            {"article_id": f"a{i}", "text": t, "source": f"Outlet {i % 2}"}
            for i, t in enumerate(texts)
        ]
    )


def counts(article):
    """Misbehaves on purpose: "many" for an int64 column, a missing count, a stray NaN."""
    if "MANY" in article.text:
        return [{"n": "many", "word": "many"}]
    if "MISSING" in article.text:
        return [{"word": "missing"}]
    if "NAN" in article.text:
        return [{"n": float("nan"), "word": "nan"}]
    return [{"n": len(m.group()), "word": m.group()} for m in re.finditer(r"\w+", article.text)]


COUNTS = Analysis(
    id="counts.v1", title="Counts", extract=counts, columns={"n": "int64", "word": "str"}
)


@pytest.mark.parametrize(
    ("marker", "column", "value"),
    [("MANY", "n", "'many'"), ("MISSING", "n", "missing"), ("NAN", "n", "nan")],
)
def test_a_value_that_does_not_fit_its_column_fails_its_article_only(
    make_plugin_manager, marker, column, value
):
    texts = [f"word {i}" for i in range(150)]
    texts[70] = f"{marker} here"
    results = newslens.analyze(
        corpus(texts), [COUNTS], plugin_manager=make_plugin_manager(), progress=False
    )
    errors = results.errors
    assert errors[["article_id", "analysis", "error_type"]].values.tolist() == [
        ["a70", "counts.v1", "ExtractorOutputError"]
    ]
    message = errors["message"][0]
    assert f"'{column}'" in message and value in message and "int64" in message
    frame = results["counts.v1"]
    assert frame["article_id"].nunique() == 149 and str(frame["n"].dtype) == "int64"


def test_nullable_columns_take_missing_values_and_cast_numbers(make_plugin_manager):
    def loose(article):
        return [{"n": 3.0, "x": None, "flag": None, "when": "2015-10-07", "label": 5}, {"n": 1}]

    analysis = Analysis(
        id="loose.v1",
        title="L",
        extract=loose,
        columns={
            "n": "int64",
            "x": "float64",
            "flag": "boolean",
            "when": "datetime64[ns, UTC]",
            "label": "str",
        },
    )
    frame = newslens.analyze(
        corpus(["x"]), [analysis], plugin_manager=make_plugin_manager(), progress=False
    )["loose.v1"]
    assert frame["n"].tolist() == [3, 1]
    assert frame["label"].tolist() == ["5", ""]
    assert frame["when"].iloc[0] == pd.Timestamp("2015-10-07", tz="UTC")
    assert pd.isna(frame["x"]).all() and frame["flag"].isna().all()


# --------------------------------------------------------------------------- corpus level


def per_source(inputs, articles):
    """How many words each outlet printed: reads counts.v1's frame, never its code."""
    words = inputs["counts.v1"].merge(articles[["article_id", "source"]], on="article_id")
    table = words.groupby("source", as_index=False).size()
    return table.rename(columns={"size": "words"})


def busiest(inputs, articles):
    table = inputs["per_source.v1"]
    return table.sort_values("words", ascending=False).head(1).reset_index(drop=True)


PER_SOURCE = Analysis(
    id="per_source.v1",
    title="Per source",
    combine=per_source,
    inputs=("counts.v1",),
    columns={"source": "str", "words": "int64"},
)
BUSIEST = Analysis(
    id="busiest.v1",
    title="Busiest",
    combine=busiest,
    inputs=("per_source.v1",),
    columns={"source": "str", "words": "int64"},
)


class Chain:
    @newslens.hookimpl
    def newslens_register_analyses(self, registry):
        for analysis in (BUSIEST, PER_SOURCE, COUNTS):  # registration order is not run order
            registry.add(analysis)


@pytest.fixture
def chain(make_plugin_manager):
    return make_plugin_manager(Chain())


TEXTS = ["one two three", "four five", "six", "seven eight nine ten"]


def test_selecting_a_corpus_level_analysis_pulls_in_its_inputs_in_order(chain):
    results = newslens.analyze(corpus(TEXTS), ["busiest.v1"], plugin_manager=chain, progress=False)
    assert list(results) == ["counts.v1", "per_source.v1", "busiest.v1"]
    assert results["per_source.v1"].to_dict("list") == {
        "source": ["Outlet 0", "Outlet 1"],
        "words": [4, 6],
    }
    assert results["busiest.v1"].to_dict("list") == {"source": ["Outlet 1"], "words": [6]}
    assert results.errors.empty


def test_a_cycle_is_an_error_naming_the_analyses():
    a = Analysis(id="a.v1", title="a", combine=busiest, inputs=("b.v1",), columns={})
    b = Analysis(id="b.v1", title="b", combine=busiest, inputs=("a.v1",), columns={})
    with pytest.raises(
        PlanError, match=r"cycle: (a\.v1 -> b\.v1 -> a\.v1|b\.v1 -> a\.v1 -> b\.v1)"
    ):
        plan(None, [a, b])


def test_a_missing_input_is_an_error_row_naming_the_plugin_and_the_input(make_plugin_manager):
    class OnlyCombine:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(PER_SOURCE)
            registry.add(BUSIEST)

    pm = make_plugin_manager(OnlyCombine())
    results = newslens.analyze(corpus(TEXTS), plugin_manager=pm, progress=False)
    rows = results.errors[["analysis", "plugin", "error_type"]].values.tolist()
    assert rows == [
        ["per_source.v1", "OnlyCombine", "MissingInput"],
        ["busiest.v1", "OnlyCombine", "MissingInput"],
    ]
    assert "'counts.v1'" in results.errors["message"][0]
    assert results["busiest.v1"].empty and list(results["busiest.v1"]) == ["source", "words"]


def test_a_failing_combine_is_an_error_row_and_the_rest_stands(make_plugin_manager):
    def broken(inputs, articles):
        raise RuntimeError("combine <broke>")

    class Broken:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(COUNTS)
            registry.add(dataclasses.replace(PER_SOURCE, combine=broken))
            registry.add(BUSIEST)

    results = newslens.analyze(
        corpus(TEXTS), plugin_manager=make_plugin_manager(Broken()), progress=False
    )
    assert len(results["counts.v1"]) == 10
    assert results.errors[["article_id", "analysis", "error_type"]].values.tolist() == [
        ["", "per_source.v1", "RuntimeError"],
        ["", "busiest.v1", "MissingInput"],
    ]
    assert "combine <broke>" in results.errors["message"][0]


def test_a_combine_breaking_its_columns_is_an_error_row(make_plugin_manager):
    def wrong(inputs, articles):
        return pd.DataFrame({"source": ["x"], "words": ["lots"]})

    class Wrong:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(COUNTS)
            registry.add(dataclasses.replace(PER_SOURCE, combine=wrong))

    results = newslens.analyze(
        corpus(TEXTS), plugin_manager=make_plugin_manager(Wrong()), progress=False
    )
    assert results.errors["error_type"].tolist() == ["ExtractorOutputError"]
    assert "'lots'" in results.errors["message"][0]


def test_same_results_on_the_pool_the_store_and_dask(chain, tmp_path):
    from newslens.store import Store

    texts = [f"word {i} " * (i % 4 + 1) for i in range(300)]
    texts[17] = "MANY things"
    local = newslens.analyze(corpus(texts), ["busiest.v1"], plugin_manager=chain, progress=False)
    pooled = newslens.analyze(
        corpus(texts), ["busiest.v1"], plugin_manager=chain, progress=False, workers=2
    )
    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(corpus(texts), ["busiest.v1"], plugin_manager=chain, progress=False)
        stored = store.results(["busiest.v1"], plugin_manager=chain)
        again = store.results(["busiest.v1"], plugin_manager=chain)  # from the corpus cache
    for other in (pooled, stored, again):
        assert list(other) == list(local)
        for analysis_id in local:
            pd.testing.assert_frame_equal(other[analysis_id], local[analysis_id])
        pd.testing.assert_frame_equal(other.errors, local.errors)


def test_the_corpus_cache_is_keyed_by_the_articles(chain, tmp_path):
    from newslens.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(corpus(TEXTS), ["busiest.v1"], plugin_manager=chain, progress=False)
        before = store.results(["busiest.v1"], plugin_manager=chain)["busiest.v1"]
        more = corpus([*TEXTS, "a b c d e f g h i j k"])
        store.analyze(more, ["busiest.v1"], plugin_manager=chain, progress=False)
        after = store.results(["busiest.v1"], plugin_manager=chain)["busiest.v1"]
    assert before["words"].tolist() == [6] and after["words"].tolist() == [15]
    assert after["source"].tolist() == ["Outlet 0"]


@pytest.mark.slow
def test_dask_gives_the_same_results_and_isolates_summaries(make_plugin_manager):
    pytest.importorskip("dask.distributed")

    def boom(findings, articles):
        raise RuntimeError("summary broke")

    class Plugin:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(dataclasses.replace(COUNTS, summarize=boom))
            registry.add(PER_SOURCE)

    pm = make_plugin_manager(Plugin())
    texts = [f"word {i}" for i in range(600)]
    local = newslens.analyze(corpus(texts), plugin_manager=pm, progress=False)
    on_dask = newslens.analyze(
        corpus(texts), plugin_manager=pm, progress=False, engine="dask", workers=2
    )
    for analysis_id in local:
        pd.testing.assert_frame_equal(on_dask[analysis_id], local[analysis_id])
    pd.testing.assert_frame_equal(on_dask.errors, local.errors)
    assert on_dask.errors["message"].str.contains("summary broke").all()
