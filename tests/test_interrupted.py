"""An interrupted `newslens analyze --store` leaves a consistent store; the re-run finishes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytest.importorskip("duckdb")

from newslens.store import Store

SLOW_PLUGIN = textwrap.dedent(
    """
    import time
    from newslens import Analysis, hookimpl

    def extract(article):
        time.sleep(0.004)
        return [{"start": 0, "end": 4, "text": article.text[:4]}] * (len(article.text) % 3)

    @hookimpl
    def newslens_register_analyses(registry):
        registry.add(Analysis(id="slow.v1", title="Slow", extract=extract, version="1",
                              columns={"start": "int64", "end": "int64", "text": "str"}))
    """
)


@pytest.fixture
def setup(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "slow.py").write_text(SLOW_PLUGIN)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as handle:
        for i in range(1500):
            handle.write(
                json.dumps({"id": f"n{i}", "title": f"T{i}", "text": f"body {i} " * (i % 5 + 1)})
                + "\n"
            )
    return plugins, corpus, tmp_path / "store.duckdb"


def _command(plugins, corpus, store):
    return [
        sys.executable,
        "-m",
        "newslens.cli",
        "--plugins-dir",
        str(plugins),
        "analyze",
        str(corpus),
        "-a",
        "slow.v1",
        "--store",
        str(store),
    ]


def _check_consistent(store_path) -> int:
    """Every done article has exactly its recorded findings; nothing is stored for undone ones."""
    with Store(store_path) as store:
        tables = store.tables()
        if "slow_v1" not in tables:
            return 0
        bad = store.sql(
            """select d.article_id from done d left join
                 (select article_id, count(*) n from slow_v1 group by 1) f using (article_id)
               where coalesce(f.n, 0) <> d.n_findings"""
        )
        orphans = store.sql("select count(*) n from slow_v1 f anti join done d using (article_id)")[
            "n"
        ][0]
        assert bad.empty, f"done rows disagree with findings: {len(bad)}"
        assert orphans == 0, "findings stored for articles not marked done"
        return int(store.sql("select count(*) n from done")["n"][0])


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_killed_run_leaves_consistent_store_and_rerun_completes(setup, sig):
    plugins, corpus, store = setup
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        _command(plugins, corpus, store), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    time.sleep(4.0)
    process.send_signal(sig)
    process.wait(timeout=60)
    done_before = _check_consistent(store)
    assert done_before < 1500 or process.returncode == 0

    rerun = subprocess.run(
        _command(plugins, corpus, store), env=env, capture_output=True, text=True, timeout=120
    )
    assert rerun.returncode == 0, rerun.stderr
    distinct = 1500  # every text is different
    assert f"slow.v1: computed {distinct - done_before} new or changed" in rerun.stdout
    assert _check_consistent(store) == distinct
