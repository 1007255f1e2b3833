"""Bad input: every file and row is loaded or reported with its cause; nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import newslens
from newslens.cli import cli

from .bad_corpus import make_bad_corpus


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    expect = make_bad_corpus(folder)
    yield folder, expect
    (folder / "unreadable.txt").chmod(0o644)


@pytest.fixture(scope="module")
def loaded(bad):
    folder, _ = bad
    articles = newslens.load(str(folder))
    return articles, newslens.load_report(articles)


def test_every_file_is_loaded_or_reported(bad, loaded):
    _folder, expect = bad
    articles, report = loaded
    loaded_from = {Path(p).name for p in articles["path"]}
    reported = {Path(p).name for p in report["path"]}
    for name in expect:
        assert name in loaded_from or name in reported, f"{name} neither loaded nor reported"


def test_expected_counts(bad, loaded):
    _, expect = bad
    articles, _ = loaded
    counts = articles["path"].map(lambda p: Path(p).name).value_counts()
    for name, expected in expect.items():
        if expected is not None:
            assert counts.get(name, 0) == expected, name


def test_causes_are_specific(loaded):
    _, report = loaded
    causes = dict(zip(report["path"].map(lambda p: Path(p).name), report["cause"], strict=False))
    assert "empty" in causes["empty.txt"].lower()
    assert "binary" in causes["binary.txt"].lower()
    assert "unknown.xyz" in causes and ".xyz" in causes["unknown.xyz"]
    broken = report[report["path"].str.endswith("broken.jsonl")]
    assert broken["line"].astype(int).tolist() == [2]
    assert "text" in causes["no-text-column.csv"].lower()


def test_duplicate_ids_are_kept_apart(loaded):
    articles, _ = loaded
    ids = articles.loc[articles["path"].str.endswith("dup-ids.jsonl"), "article_id"].tolist()
    assert len(set(ids)) == 2 and ids[0] == "same"


def test_frame_is_schema_valid(loaded):
    articles, _ = loaded
    newslens.validate_articles(articles)


def test_analyze_completes_on_bad_input(tmp_path):
    """Every analysis over every kind of bad file (without the 70 MB of big files: those are
    the slow test below)."""
    folder = tmp_path / "bad"
    make_bad_corpus(folder, big=False)
    result = CliRunner().invoke(cli, ["analyze", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    errors = newslens.Results.read(tmp_path / "out").errors
    assert isinstance(errors, pd.DataFrame)


@pytest.mark.slow
def test_analyze_completes_on_big_bad_input(bad, tmp_path):
    folder, _ = bad
    result = CliRunner().invoke(cli, ["analyze", str(folder), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    results = newslens.Results.read(tmp_path)
    errors = results.errors
    assert isinstance(errors, pd.DataFrame)
