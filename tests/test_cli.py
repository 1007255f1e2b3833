"""The command line: load, analyze, plugins, info."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from newslens.cli import cli
from newslens.runner import Results

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_load_prints_articles_and_writes_parquet(tmp_path):
    out = tmp_path / "articles.parquet"
    result = run("load", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "loaded 1 article(s)" in result.output
    frame = pd.read_parquet(out)
    assert frame.loc[0, "source"] == "BBC News"


def test_load_exits_non_zero_when_nothing_loads_and_says_why(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("load", str(tmp_path))
    assert result.exit_code == 1
    assert "nothing could be loaded" in result.output
    assert "empty.txt" in result.output


def test_load_with_column_map(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame(
        {"headline": ["H"], "body": ["Some body text here."], "day": ["2020-01-02"]}
    ).to_csv(path, index=False)
    result = run("load", str(path), "--map", "body=text", "--map", "day=published")
    assert result.exit_code == 0, result.output
    assert "loaded 1 article(s)" in result.output and "2020-01-02" in result.output


def test_bad_map_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["load", str(SEEDS), "--map", "nonsense"])
    assert result.exit_code == 2


def test_analyze_unknown_analysis_lists_available(tmp_path):
    result = CliRunner().invoke(
        cli, ["analyze", str(SEEDS), "-a", "nope.v1", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "unknown analysis nope.v1" in result.output


def test_analyze_writes_files_that_read_back(tmp_path):
    result = run("analyze", str(SEEDS), "--out", str(tmp_path), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.output
    results = Results.read(tmp_path)
    assert results.n_articles == 1
    assert (tmp_path / "errors.csv").exists()


def test_plugins_json_lists_builtins():
    result = run("plugins", "--json")
    rows = json.loads(result.output)
    names = {row["name"] for row in rows}
    assert {"newslens.readers", "newslens.cleaners"} <= names


def test_info_markdown_has_versions():
    result = run("info", "--markdown")
    assert "| newslens |" in result.output and "| pandas |" in result.output


def test_analyze_with_store_recomputes_nothing_the_second_time(tmp_path, monkeypatch):
    examples = Path(__file__).resolve().parents[1] / "docs" / "examples" / "plugins-dir"
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(examples))
    store = tmp_path / "corpus.duckdb"
    first = run("analyze", str(SEEDS), "--store", str(store), "-a", "quotes.v1")
    assert "quotes.v1: computed 1 new" in first.output
    assert first.exit_code == 0, first.output
    second = run(
        "analyze",
        str(SEEDS),
        "--store",
        str(store),
        "--out",
        str(tmp_path / "out"),
        "-a",
        "quotes.v1",
    )
    assert second.exit_code == 0, second.output
    computed = [line for line in second.output.splitlines() if "computed" in line]
    assert computed and all("computed 0 new" in line for line in computed)
    assert Results.read(tmp_path / "out").n_articles == 1


def test_analyze_needs_out_or_store():
    result = CliRunner().invoke(cli, ["analyze", str(SEEDS)])
    assert result.exit_code == 2 and "--out" in result.output


@pytest.mark.parametrize("workers", ["1", "2"])  # 2: one pool reused across the batches
def test_analyze_into_a_store_streams_batches_and_matches_the_in_memory_run(
    tmp_path, monkeypatch, workers
):
    examples = Path(__file__).resolve().parents[1] / "docs" / "examples" / "plugins-dir"
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(examples))
    from newslens import loading

    batches = []
    real_iter_load = loading.iter_load

    def small_batches(*sources, **options):
        for batch in real_iter_load(*sources, **{**options, "batch_size": 2}):
            batches.append(len(batch))
            yield batch

    monkeypatch.setattr(loading, "iter_load", small_batches)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"a{n}.txt").write_text(f'Head {n}\n\n"We will win {n}," the minister said.\n')
    store = str(tmp_path / "s.duckdb")
    streamed = run(
        "analyze", str(corpus), "--store", store, "-a", "quotes.v1", "--workers", workers
    )
    assert streamed.exit_code == 0, streamed.output
    assert "quotes.v1: computed 3 new" in streamed.output
    assert batches == [2, 1]
    run("analyze", str(corpus), "--out", str(tmp_path / "mem"), "-a", "quotes.v1")
    run(
        "analyze", str(corpus), "--store", str(tmp_path / "s.duckdb"), "--out", str(tmp_path / "st")
    )
    in_memory, from_store = Results.read(tmp_path / "mem"), Results.read(tmp_path / "st")
    pd.testing.assert_frame_equal(in_memory["quotes.v1"], from_store["quotes.v1"])
    assert len(in_memory["quotes.v1"]) == 3


CORPUS_PLUGIN = """
from newslens import Analysis, hookimpl

def words(article):
    return [{"n": len(article.text.split())}]

def total(inputs, articles):
    import pandas as pd
    return pd.DataFrame({"words": [int(inputs["words.v1"]["n"].sum())]})

@hookimpl
def newslens_register_analyses(registry):
    registry.add(Analysis(id="words.v1", title="W", extract=words, columns={"n": "int64"}))
    registry.add(Analysis(id="total.v1", title="T", combine=total, inputs=("words.v1",),
                          columns={"words": "int64"}))
"""


def test_a_corpus_level_analysis_pulls_in_its_inputs_from_the_cli(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "totals.py").write_text(CORPUS_PLUGIN)
    runner = CliRunner()
    base = ["--plugins-dir", str(plugins)]
    listing = runner.invoke(cli, [*base, "plugins"]).output
    assert "total.v1 (inputs: words.v1)" in listing
    store = tmp_path / "s.duckdb"
    result = runner.invoke(
        cli, [*base, "analyze", str(SEEDS), "-a", "total.v1", "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    assert "words.v1: computed 1" in result.output
    from newslens.store import Store

    with Store(store) as db:
        (stored,) = db.sql("select words from total_v1")["words"]
        (counted,) = db.sql("select n from words_v1")["n"]
    assert stored == counted > 100
    out = tmp_path / "out"
    result = runner.invoke(cli, [*base, "analyze", str(SEEDS), "-a", "total.v1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert pd.read_parquet(out / "total.v1.parquet")["words"].tolist() == [stored]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked on Linux only")
def test_before_corpus_level_steps_the_streamed_phase_runs_in_a_child(tmp_path):
    """Its memory goes back whole before the corpus-level steps (newslens.memory); what it
    reports (the load report, the counts) still reaches the command's output."""
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    pids = tmp_path / "pids.txt"
    (plugins / "totals.py").write_text(
        "import os\n"
        + CORPUS_PLUGIN.replace(
            "def words(article):",
            f"def words(article):\n    open({str(pids)!r}, 'a').write(str(os.getpid()))",
        )
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Head\n\nSome words here.\n")
    (corpus / "broken.json").write_text("{not json")
    store = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        cli,
        ["--plugins-dir", str(plugins), "analyze", str(corpus), "-a", "total.v1",
         "--store", str(store), "--workers", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert int(pids.read_text()) != os.getpid()
    assert "load report (1 item(s))" in result.output and "broken.json" in result.output
    assert "words.v1: computed 1 new" in result.output


def test_claims_from_the_command_line_reach_the_claims_analysis(tmp_path):
    claims = tmp_path / "claims.txt"
    claims.write_text("Russia fired cruise missiles at Syria\n\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "analyze", str(SEEDS), "-a", "stance.claims.v1", "--claim", "Warships fired 26 missiles",
        "--claims-file", str(claims), "--out", str(out),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = pd.read_parquet(out / "stance.claims.v1.parquet")
    assert rows["claim"].tolist() == [
        "Warships fired 26 missiles",
        "Russia fired cruise missiles at Syria",
    ]
    assert set(rows["label"]) <= {"agree", "discuss", "disagree"}


def test_files_that_are_no_article_are_listed_only_with_verbose(tmp_path):
    (tmp_path / "story.txt").write_text("Council votes\n\nThe council voted on Monday.\n")
    (tmp_path / "LICENSE.md").write_text("# Licence\n")
    quiet = run("load", str(tmp_path))
    assert "LICENSE.md" not in quiet.output and "1 file(s) skipped" in quiet.output
    loud = run("-v", "load", str(tmp_path))
    assert "info:" in loud.output and "LICENSE.md" in loud.output


@pytest.mark.slow
def test_out_of_core_dask_run_reads_back_like_an_in_memory_one(tmp_path):
    pytest.importorskip("dask.distributed")
    import newslens

    articles = newslens.load(newslens.sample_path()).head(40)
    source = tmp_path / "corpus.parquet"
    articles.drop(columns=["notes"]).to_parquet(source)
    out = tmp_path / "out"
    result = run(
        "analyze", str(source), "--engine", "dask", "--workers", "1", "-a", "numbers.v1",
        "--out", str(out),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "analysis" in result.output and "numbers.v1" in result.output
    back = Results.read(out)
    expected = newslens.analyze(newslens.load(source), ["numbers.v1"], progress=False)
    pd.testing.assert_frame_equal(back["numbers.v1"], expected["numbers.v1"])
    assert back.errors.empty and back.n_articles == 40


CORPUS_STEP_PLUGIN = """
import pandas as pd
from newslens import Analysis, hookimpl


def per_article(inputs, articles):
    counts = inputs["numbers.v1"].groupby("article_id").size()
    frame = articles[["article_id", "title"]].copy()
    frame["figures"] = [int(counts.get(a, 0)) for a in frame["article_id"]]
    return frame


@hookimpl
def newslens_register_analyses(registry):
    registry.add(Analysis(
        id="figures_per_article.v1", title="Figures per article", combine=per_article,
        inputs=("numbers.v1",), columns={"article_id": "str", "title": "str", "figures": "int64"},
    ))
"""


@pytest.mark.slow
def test_out_of_core_dask_run_computes_corpus_level_steps(tmp_path):
    """A corpus-level step runs after the partitions, on the articles and its input's parts
    read back, and its frame is read back with the rest."""
    pytest.importorskip("dask.distributed")
    import newslens

    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "figures_per_article.py").write_text(CORPUS_STEP_PLUGIN, encoding="utf-8")
    articles = newslens.load(newslens.sample_path()).head(30)
    source = tmp_path / "corpus.parquet"
    articles.drop(columns=["notes"]).to_parquet(source)
    out = tmp_path / "out"
    result = run(
        "--plugins-dir", str(plugins), "analyze", str(source), "--engine", "dask",
        "--workers", "1", "-a", "figures_per_article.v1", "--out", str(out),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "in 1 partition(s)" in result.output
    back = Results.read(out)
    numbers = newslens.analyze(newslens.load(source), ["numbers.v1"], progress=False)
    pd.testing.assert_frame_equal(back["numbers.v1"], numbers["numbers.v1"])
    totals = back["figures_per_article.v1"]
    assert len(totals) == 30 and totals["figures"].sum() == len(numbers["numbers.v1"])
    expected = numbers["numbers.v1"].groupby("article_id").size()
    assert all(
        row.figures == expected.get(row.article_id, 0) for row in totals.itertuples(index=False)
    )
    assert not (out / "_articles").exists()  # the kept articles are removed after the step


def test_plugins_dir_leaves_the_environment_as_it_was(tmp_path, monkeypatch):
    import os

    monkeypatch.delenv("NEWSLENS_PLUGINS_DIR", raising=False)
    (tmp_path / "empty_plugin.py").write_text("from newslens import hookimpl\n")
    assert run("--plugins-dir", str(tmp_path), "plugins").exit_code == 0
    assert "NEWSLENS_PLUGINS_DIR" not in os.environ
