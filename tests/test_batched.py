"""Corpus-level analyses batched by a group key (``Analysis.batch_by``).

A batched step is called once per batch of whole groups, with its inputs and the articles
restricted to them; its results equal the unbatched step's row by row on every engine (in
memory, the store, Dask in memory and out of core), and a failing batch is an error row.
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

import newslens
import newslens.assembly
from newslens import Analysis
from newslens.assembly import group_batches
from newslens.schema import articles_from_records

CALLS: list[int] = []


def corpus(n: int) -> pd.DataFrame:
    return articles_from_records(
        [
            {"article_id": f"a{i:03d}", "text": f"word {i} " * (i % 5 + 1), "source": f"S{i % 3}"}
            for i in range(n)
        ]
    )


def words(article):
    return [{"word": m.group()} for m in re.finditer(r"\w+", article.text)]


def groups(inputs, articles):
    """Groups of uneven sizes; every seventh article is in group "" (missing in the frame)."""
    ids = articles["article_id"].astype(str)
    number = ids.str[1:].astype(int)
    group = [f"g{(k * k) % 23:02d}" if k % 7 else None for k in number]
    return pd.DataFrame({"article_id": ids.to_numpy(), "group": group})


def per_group(inputs, articles):
    """Per article of a group: its words, the group's words and its rank in the group."""
    CALLS.append(len(articles))
    keys = inputs["groups.v1"].dropna(subset=["group"])
    counted = inputs["words.v1"].groupby("article_id").size()
    frame = keys.copy()
    frame["words"] = frame["article_id"].map(counted).fillna(0).astype("int64")
    frame["group_words"] = frame.groupby("group")["words"].transform("sum").astype("int64")
    frame["rank"] = frame.groupby("group")["words"].rank(method="first").astype("int64")
    frame["sources"] = frame["article_id"].map(articles.set_index("article_id")["source"])
    return frame.sort_values(["group", "rank"]).reset_index(drop=True)


WORDS = Analysis(id="words.v1", title="Words", extract=words, columns={"word": "str"})
GROUPS = Analysis(
    id="groups.v1",
    title="Groups",
    combine=groups,
    inputs=("words.v1",),
    columns={"article_id": "str", "group": "str"},
)
PER_GROUP = Analysis(
    id="per_group.v1",
    title="Per group",
    combine=per_group,
    inputs=("groups.v1", "words.v1"),
    batch_by="group",
    columns={
        "article_id": "str",
        "group": "str",
        "words": "int64",
        "group_words": "int64",
        "rank": "int64",
        "sources": "str",
    },
)
UNBATCHED = dataclasses.replace(PER_GROUP, batch_by="")


@pytest.fixture
def chain(make_plugin_manager, monkeypatch):
    class Plugin:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            for analysis in (WORDS, GROUPS, PER_GROUP):
                registry.add(analysis)

    monkeypatch.setattr(newslens.assembly, "BATCH_ARTICLES", 10)
    CALLS.clear()
    return make_plugin_manager(Plugin())


@pytest.fixture
def expected(make_plugin_manager):
    """The unbatched result: one call over the whole corpus."""

    class Plugin:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            for analysis in (WORDS, GROUPS, UNBATCHED):
                registry.add(analysis)

    results = newslens.analyze(
        corpus(120), ["per_group.v1"], plugin_manager=make_plugin_manager(Plugin()), progress=False
    )
    CALLS.clear()
    return results


def assert_same(results, expected):
    for analysis_id in ("words.v1", "groups.v1", "per_group.v1"):
        pd.testing.assert_frame_equal(results[analysis_id], expected[analysis_id])
    pd.testing.assert_frame_equal(results.errors, expected.errors)


def test_batches_are_whole_groups_in_key_order():
    keys = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(9)],
            "g": ["b", "a", "c", "b", None, "a", "c", "c", "d"],
        }
    )
    batches = [list(b) for b in group_batches(keys, "g", 3)]
    assert batches == [["a1", "a5", "a0", "a3"], ["a2", "a6", "a7"], ["a8"]]
    assert [list(b) for b in group_batches(keys, "g", 100)] == [
        ["a1", "a5", "a0", "a3", "a2", "a6", "a7", "a8"]
    ]


def test_in_memory_batched_equals_unbatched(chain, expected):
    results = newslens.analyze(corpus(120), ["per_group.v1"], plugin_manager=chain, progress=False)
    assert len(CALLS) > 3 and max(CALLS) < 120  # batched: several calls, none over the corpus
    assert_same(results, expected)
    # whatever the batch size, the same rows
    for size in (1, 37, 10_000):
        run_plan = newslens.plan.plan(["per_group.v1"], [WORDS, GROUPS, PER_GROUP])
        frame = newslens.assembly.assemble(
            run_plan, {"words.v1": results["words.v1"]}, [], corpus(120), batch_size=size
        )["per_group.v1"]
        pd.testing.assert_frame_equal(frame, expected["per_group.v1"])


def test_the_store_batched_equals_unbatched_and_streams_into_its_table(chain, expected, tmp_path):
    from newslens.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(corpus(120), ["per_group.v1"], plugin_manager=chain, progress=False)
        computed = store.results(["per_group.v1"], plugin_manager=chain, collect=False)
        assert "words.v1" not in computed.findings and "per_group.v1" not in computed.findings
        assert computed.rows["per_group.v1"] == len(expected["per_group.v1"])
        assert len(CALLS) > 3
        CALLS.clear()
        stored = store.results(["per_group.v1"], plugin_manager=chain)  # from its table
        assert not CALLS
        counts = store.counts(["per_group.v1"], plugin_manager=chain)
    assert_same(stored, expected)
    assert counts.set_index("analysis").loc["per_group.v1", "findings"] == len(
        stored["per_group.v1"]
    )


def test_a_failing_batch_is_an_error_row_and_nothing_is_kept(
    make_plugin_manager, tmp_path, monkeypatch
):
    from newslens.store import Store

    def fails_late(inputs, articles):
        if "g18" in set(inputs["groups.v1"]["group"]):
            raise RuntimeError("batch broke")
        return per_group(inputs, articles)

    class Plugin:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(WORDS)
            registry.add(GROUPS)
            registry.add(dataclasses.replace(PER_GROUP, combine=fails_late))

    monkeypatch.setattr(newslens.assembly, "BATCH_ARTICLES", 10)
    pm = make_plugin_manager(Plugin())
    in_memory = newslens.analyze(corpus(120), ["per_group.v1"], plugin_manager=pm, progress=False)
    assert in_memory["per_group.v1"].empty
    assert in_memory.errors["message"].str.contains("batch broke").all()
    with Store(tmp_path / "s.duckdb") as store:
        store.analyze(corpus(120), ["per_group.v1"], plugin_manager=pm, progress=False)
        computed = store.results(["per_group.v1"], plugin_manager=pm, collect=False)
        assert "batch broke" in computed.errors["message"].iloc[-1]
        assert store.sql("select count(*) as n from per_group_v1")["n"][0] == 0
        assert store.sql("select * from corpus_done where step = 'combine:per_group.v1'").empty


def test_batch_by_needs_a_corpus_level_analysis_with_inputs_and_a_known_column(
    make_plugin_manager,
):
    with pytest.raises(ValueError, match="batch_by"):
        Analysis(id="x.v1", title="X", extract=words, columns={"word": "str"}, batch_by="g")
    with pytest.raises(ValueError, match="batch_by"):
        Analysis(id="x.v1", title="X", combine=per_group, batch_by="g")

    class Plugin:
        @newslens.hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(WORDS)
            registry.add(GROUPS)
            registry.add(dataclasses.replace(PER_GROUP, batch_by="story"))

    results = newslens.analyze(
        corpus(20), ["per_group.v1"], plugin_manager=make_plugin_manager(Plugin()), progress=False
    )
    assert "batch_by='story' names no column" in results.errors["message"].iloc[-1]


@pytest.mark.slow
def test_dask_in_memory_and_out_of_core_batched_equal_unbatched(chain, expected, tmp_path):
    pytest.importorskip("dask.distributed")
    from newslens.assembly import Results
    from newslens.dask_engine import analyze_parquet

    on_dask = newslens.analyze(
        corpus(120), ["per_group.v1"], plugin_manager=chain, progress=False, engine="dask",
        workers=2,
    )  # fmt: skip
    assert_same(on_dask, expected)
    parts = tmp_path / "corpus"
    parts.mkdir()
    articles = corpus(120)
    for index, begin in enumerate(range(0, 120, 50)):
        articles.iloc[begin : begin + 50].to_parquet(parts / f"part-{index}.parquet", index=False)
    CALLS.clear()
    out = tmp_path / "out"
    counts = analyze_parquet(
        sorted(str(p) for p in parts.glob("*.parquet")), [WORDS, GROUPS, PER_GROUP], out,
        workers=1,
    )  # fmt: skip
    assert len(CALLS) > 3
    assert counts["per_group.v1"].sum() == len(expected["per_group.v1"])
    assert len(list((out / "per_group.v1").glob("part-corpus-*.parquet"))) > 1  # one per batch
    back = Results.read(out)
    for analysis_id in ("words.v1", "groups.v1", "per_group.v1"):
        pd.testing.assert_frame_equal(back[analysis_id], expected[analysis_id])
