"""``timeline.v1`` as newslens sees it: declared, registered, run by the runner with its dtypes."""

from __future__ import annotations

from importlib.metadata import entry_points

import newslens_timeline.plugin as timeline_plugin
import pandas as pd

import newslens
from newslens.testing import run_analysis, tiny_corpus


def test_entry_point_is_declared() -> None:
    names = {ep.name: ep.value for ep in entry_points(group="newslens")}
    assert names.get("timeline") == "newslens_timeline.plugin"


def test_registered_through_the_hook(make_plugin_manager) -> None:
    pm = make_plugin_manager(timeline_plugin)
    assert [a.id for a in pm.analyses()] == ["timeline.v1"]
    table = pm.plugin_table()
    row = table[table["module"] == "newslens_timeline.plugin"].iloc[0]
    assert list(row["analyses"]) == ["timeline.v1"]
    assert timeline_plugin.TIMELINE.requires == ("published",)


def test_entry_point_manager_runs_it() -> None:
    """The default manager, built from installed entry points, finds and runs the plugin."""
    pm = newslens.get_plugin_manager()
    results = newslens.analyze(
        tiny_corpus(), analyses=["timeline.v1"], plugin_manager=pm, progress=False
    )
    assert results.errors.empty
    assert "2015-09-30" in set(results["timeline.v1"]["value"])


def test_runner_casts_declared_dtypes(make_plugin_manager) -> None:
    findings = run_analysis("timeline.v1", plugin_manager=make_plugin_manager(timeline_plugin))
    for column, dtype in timeline_plugin.TIMELINE.columns.items():
        assert str(findings[column].dtype) == dtype, column
    rows = findings[["article_id", "text", "value"]].values.tolist()
    assert rows == [
        ["tiny-1", "Wednesday", "2015-10-07"],  # said on Wednesday, published Wed 2015-10-07
        ["tiny-2", "Thursday", "2015-10-08"],
        ["tiny-2", "30 September", "2015-09-30"],
    ]
    assert (findings["date_start"] < findings["date_end"]).all()
    assert findings["valid"].all()


def test_article_without_date_runs(make_plugin_manager) -> None:
    corpus = tiny_corpus()
    corpus.loc[:, "published"] = pd.NaT
    findings = run_analysis(
        "timeline.v1", articles=corpus, plugin_manager=make_plugin_manager(timeline_plugin)
    )
    assert set(findings["anchor"]) == {"none: no publication date"}
    assert "XXXX-09-30" in set(findings["value"])
