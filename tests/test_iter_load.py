"""iter_load: the streaming loader gives what load() gives, in bounded batches."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import newslens
from newslens.loading import iter_load, load_report


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(5):
        rows = [
            {"id": f"a{i}" if i != 3 else "dup", "title": f"T{n}-{i}", "text": f"Body {n} {i}."}
            for i in range(4)
        ]
        (folder / f"part{n}.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (folder / "broken.jsonl").write_text('{"text": "ok one"}\n{not json\n')
    (folder / "empty").mkdir()
    (folder / "empty" / "notes.md").write_text("no articles here")
    return folder


def test_batches_concatenate_to_what_load_gives(corpus):
    whole = newslens.load(str(corpus))
    batches = list(iter_load(str(corpus), batch_size=6))
    assert all(len(b) <= 6 + 4 for b in batches)  # a batch closes after the file that fills it
    assert len(batches) > 1
    streamed = pd.concat(batches, ignore_index=True)
    pd.testing.assert_frame_equal(streamed, whole)
    reports = [load_report(b) for b in batches]
    report = pd.concat([r for r in reports if len(r)], ignore_index=True)
    pd.testing.assert_frame_equal(report, load_report(whole))


def test_ids_repeated_across_batches_are_renamed_as_load_renames_them(corpus):
    ids = pd.concat(list(iter_load(str(corpus), batch_size=1)))["article_id"]
    assert ids.is_unique
    assert {"dup", "dup~2", "dup~5", "a0~5"} <= set(ids)


def test_a_folder_without_articles_is_reported(corpus):
    report = pd.concat([load_report(b) for b in iter_load(str(corpus / "empty"))])
    assert report["cause"].str.contains("folder holds no articles").any()


def test_nothing_loadable_still_yields_one_empty_valid_frame(tmp_path):
    batches = list(iter_load(str(tmp_path / "missing.txt")))
    assert len(batches) == 1 and batches[0].empty
    newslens.validate_articles(batches[0])
    assert "no such file" in load_report(batches[0])["cause"].iloc[0]
