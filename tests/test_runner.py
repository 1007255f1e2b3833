"""The runner: isolation, time-outs, wrong returns, process pool, requirements, round trip."""

from __future__ import annotations

import re
import time

import pandas as pd
import pytest

import newslens
from newslens import Analysis, hookimpl
from newslens.runner import CHUNK_SIZE, AnalysisError, Results, analyze, chunk_size
from newslens.schema import articles_from_records

SPAN_COLUMNS = {
    "start": "int64",
    "end": "int64",
    "text": "str",
    "value": "float64",
    "tags": "object",
}


def digits(article):
    """Numbers in the text; misbehaves on purpose for marker words."""
    if "RAISE" in article.text:
        raise ValueError(f"cannot handle {article.article_id}")
    if "HANG" in article.text:
        time.sleep(10)
    if "WRONGTYPE" in article.text:
        return "not rows"
    if "BADSPAN" in article.text:
        return [{"start": 0, "end": 3, "text": "zzz", "value": 1.0, "tags": []}]
    if "UNDECLARED" in article.text:
        return [
            {"start": 0, "end": 1, "text": article.text[:1], "value": 1.0, "tags": [], "extra": 1}
        ]
    return [
        {
            "start": m.start(),
            "end": m.end(),
            "text": m.group(),
            "value": float(m.group()),
            "tags": ["n"],
        }
        for m in re.finditer(r"\d+", article.text)
    ]


def words(article):
    return [{"n": len(article.text.split())}]


def dated(article):
    return [{"year": article.published.year if article.published is not None else -1}]


DIGITS = Analysis(id="digits.v1", title="Digits", extract=digits, columns=SPAN_COLUMNS)
WORDS = Analysis(id="words.v1", title="Words", extract=words, columns={"n": "int64"})
DATED = Analysis(
    id="dated.v1", title="Year", extract=dated, columns={"year": "int64"}, requires=("published",)
)


class Plugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        registry.add(DIGITS)
        registry.add(WORDS)


@pytest.fixture
def pm(make_plugin_manager):
    return make_plugin_manager(Plugin())


def corpus(texts):
    return articles_from_records([{"article_id": f"a{i}", "text": t} for i, t in enumerate(texts)])


def test_findings_are_long_form_typed_and_keyed_by_article(pm):
    results = analyze(corpus(["12 and 3", "none", "7"]), plugin_manager=pm, progress=False)
    frame = results["digits.v1"]
    assert list(frame.columns) == ["article_id", *SPAN_COLUMNS]
    assert frame["article_id"].tolist() == ["a0", "a0", "a2"]
    assert frame["value"].tolist() == [12.0, 3.0, 7.0]
    assert str(frame["start"].dtype) == "int64"
    assert results["words.v1"]["n"].tolist() == [3, 1, 1]
    assert results.errors.empty


@pytest.mark.parametrize(
    ("marker", "error_type"),
    [
        ("RAISE", "ValueError"),
        ("WRONGTYPE", "ExtractorOutputError"),
        ("BADSPAN", "ExtractorOutputError"),
        ("UNDECLARED", "ExtractorOutputError"),
    ],
)
def test_one_bad_article_becomes_an_error_row_and_the_run_goes_on(pm, marker, error_type):
    results = analyze(corpus(["1 2", f"{marker} 3", "4"]), plugin_manager=pm, progress=False)
    assert results["digits.v1"]["article_id"].tolist() == ["a0", "a0", "a2"]
    errors = results.errors
    assert errors[["article_id", "analysis", "error_type"]].values.tolist() == [
        ["a1", "digits.v1", error_type]
    ]
    assert errors["plugin"].tolist() == ["Plugin"]  # the error names the plugin to fix
    assert len(results["words.v1"]) == 3  # the other analysis is complete


def test_error_message_names_the_cause(pm):
    results = analyze(corpus(["RAISE"]), plugin_manager=pm, progress=False)
    assert "cannot handle a0" in results.errors.loc[0, "message"]


def test_timeout_becomes_an_error_row(pm):
    results = analyze(corpus(["HANG 1", "2"]), plugin_manager=pm, progress=False, timeout=0.3)
    assert results.errors[["article_id", "error_type"]].values.tolist() == [
        ["a0", "AnalysisTimeout"]
    ]
    assert results["digits.v1"]["article_id"].tolist() == ["a1"]


def test_errors_raise_names_article_and_analysis(pm):
    with pytest.raises(AnalysisError, match=r"digits\.v1 failed on article 'a1'"):
        analyze(corpus(["1", "RAISE"]), plugin_manager=pm, progress=False, errors="raise")


def test_process_pool_gives_identical_results_in_order(pm):
    texts = [f"{i} and {i * 7} RAISE" if i % 17 == 0 else f"{i} x {i * 3}" for i in range(300)]
    local = analyze(corpus(texts), plugin_manager=pm, progress=False)
    pooled = analyze(corpus(texts), plugin_manager=pm, progress=False, workers=2)
    for analysis_id in local:
        pd.testing.assert_frame_equal(local[analysis_id], pooled[analysis_id])
    pd.testing.assert_frame_equal(local.errors, pooled.errors)


def test_missing_required_column_is_reported_per_article(make_plugin_manager):
    frame = corpus(["x", "y"]).drop(columns=["published"])
    frame.insert(4, "published", pd.Series([pd.NaT, pd.NaT], dtype="datetime64[ns, UTC]"))
    ok = analyze(frame, [DATED], plugin_manager=make_plugin_manager(), progress=False)
    assert ok["dated.v1"]["year"].tolist() == [-1, -1]
    with_extra = frame.assign(extra=1)
    assert analyze(
        with_extra, [DATED], plugin_manager=make_plugin_manager(), progress=False
    ).errors.empty


def test_requirement_missing_from_frame():
    needs = Analysis(
        id="needs.v1", title="x", extract=words, columns={"n": "int64"}, requires=("speaker_list",)
    )
    results = analyze(
        corpus(["a", "b"]),
        [needs],
        progress=False,
        plugin_manager=newslens.get_plugin_manager(entry_points=False),
    )
    assert results.errors["error_type"].tolist() == ["MissingColumn", "MissingColumn"]
    assert "speaker_list" in results.errors.loc[0, "message"]


def test_unknown_analysis_lists_available(pm):
    with pytest.raises(KeyError, match=r"Available: digits\.v1, words\.v1"):
        analyze(corpus(["1"]), ["nope.v1"], plugin_manager=pm, progress=False)


def test_extractor_cannot_mutate_the_articles_frame(make_plugin_manager):
    def mutating(article):
        article.extra["x"] = 1  # type: ignore[index]
        return []

    frame = corpus(["a"]).assign(x=0)
    bad = Analysis(id="mutate.v1", title="m", extract=mutating, columns={"n": "int64"})
    analyze(frame, [bad], plugin_manager=make_plugin_manager(), progress=False)
    assert frame["x"].tolist() == [0]


def test_summarize_failure_is_an_error_row_not_a_crash(make_plugin_manager):
    def boom(findings, articles):
        raise RuntimeError("summary broke")

    analysis = Analysis(
        id="sum.v1", title="s", extract=words, columns={"n": "int64"}, summarize=boom
    )
    results = analyze(
        corpus(["a"]), [analysis], plugin_manager=make_plugin_manager(), progress=False
    )
    assert results.errors["message"].str.contains("summary broke").all()
    assert results["sum.v1"]["n"].tolist() == [1]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_results_round_trip(pm, tmp_path, fmt):
    results = analyze(corpus(["12 and 3", "RAISE", "", "x 9"]), plugin_manager=pm, progress=False)
    results.save(tmp_path, fmt)
    back = Results.read(tmp_path)
    assert list(back) == list(results)
    for analysis_id in results:
        pd.testing.assert_frame_equal(back[analysis_id], results[analysis_id])
    pd.testing.assert_frame_equal(back.errors, results.errors)


def test_empty_results_round_trip(pm, tmp_path):
    results = analyze(corpus(["no digits"]), ["digits.v1"], plugin_manager=pm, progress=False)
    results.save(tmp_path, "csv")
    pd.testing.assert_frame_equal(Results.read(tmp_path)["digits.v1"], results["digits.v1"])


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_results(pm):
    pytest.importorskip("dask.distributed")
    texts = [f"{i} and {i * 7} RAISE" if i % 13 == 0 else f"{i} x {i * 3}" for i in range(1200)]
    local = analyze(corpus(texts), plugin_manager=pm, progress=False)
    on_dask = analyze(corpus(texts), plugin_manager=pm, progress=False, engine="dask", workers=2)
    assert list(on_dask) == list(local)
    for analysis_id in local:
        pd.testing.assert_frame_equal(on_dask[analysis_id], local[analysis_id])
    pd.testing.assert_frame_equal(on_dask.errors, local.errors)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_datetime_columns_round_trip(make_plugin_manager, tmp_path, fmt):
    def when(article):
        return [{"when": article.published, "n": 1}, {"when": None, "n": 2}]

    analysis = Analysis(
        id="when.v1",
        title="When",
        extract=when,
        columns={"when": "datetime64[ns, UTC]", "n": "int64"},
        requires=("published",),
    )
    frame = articles_from_records(
        [
            {"article_id": "a", "text": "x", "published": "2015-10-07T14:00+02:00"},
            {"article_id": "b", "text": "y"},
        ]
    )
    results = analyze(frame, [analysis], plugin_manager=make_plugin_manager(), progress=False)
    assert results["when.v1"]["when"].iloc[0] == pd.Timestamp("2015-10-07T12:00Z")
    results.save(tmp_path, fmt)
    pd.testing.assert_frame_equal(Results.read(tmp_path)["when.v1"], results["when.v1"])


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_summary_without_columns_round_trips(make_plugin_manager, tmp_path, fmt):
    """A summary with no columns (nothing to summarise) is written as an empty CSV file."""
    analysis = Analysis(
        id="nothing.v1",
        title="n",
        extract=words,
        columns={"n": "int64"},
        summarize=lambda findings, articles: pd.DataFrame(),
    )
    results = analyze(
        corpus(["a"]), [analysis], plugin_manager=make_plugin_manager(), progress=False
    )
    results.save(tmp_path, fmt)
    back = Results.read(tmp_path)
    assert back.summaries["nothing.v1"].empty
    pd.testing.assert_frame_equal(back["nothing.v1"], results["nothing.v1"])


def test_articles_with_findings_counts_the_articles_a_corpus_row_spans():
    """A per-article frame counts its article ids; a corpus-level frame whose rows list the
    articles they come from (an event told by several outlets) counts those; neither: 0."""
    from newslens.assembly import articles_in

    assert articles_in(pd.DataFrame({"article_id": ["a", "b", "a"]})) == 2
    events = pd.DataFrame({"event": ["x", "y"], "article_ids": [["a", "b"], ["b", "c"]]})
    assert articles_in(events) == 3
    assert articles_in(pd.DataFrame({"story_id": ["s"]})) == 0


def test_out_of_range_date_fails_its_article_not_the_run(make_plugin_manager):
    """'the 13th century' bounded at 1200 does not fit datetime64[ns]: that article gets an
    error row and every other article keeps its findings."""

    def dated(article):
        year = int(article.text)
        return [{"when": pd.Timestamp(year=year, month=1, day=1, tz="UTC")}]

    analysis = Analysis(
        id="dated.v1", title="d", extract=dated, columns={"when": "datetime64[ns, UTC]"}
    )
    results = analyze(
        corpus(["2015", "1200", "1987"]),
        [analysis],
        plugin_manager=make_plugin_manager(),
        progress=False,
    )
    assert results["dated.v1"]["article_id"].tolist() == ["a0", "a2"]
    assert results.errors[["article_id", "error_type"]].values.tolist() == [
        ["a1", "ExtractorOutputError"]
    ]
    assert "1200" in results.errors["message"][0]


def test_a_pool_gets_even_chunks_and_a_large_corpus_the_usual_size():
    assert chunk_size(301, None) == chunk_size(301, 1) == CHUNK_SIZE
    assert chunk_size(301, 2) == 19  # 16 chunks, eight per worker, not 3 against 2
    assert chunk_size(3, 4) == 1
    assert chunk_size(100_000, 2) == CHUNK_SIZE


def test_findings_are_the_same_whether_typed_in_one_frame_or_many(pm, monkeypatch):
    """The collector types rows into a frame every ``FRAME_ROWS`` rows: a corpus that fills
    several frames gives what one frame gives (order, dtypes, values, a list per ``tags``)."""
    from newslens import assembly

    texts = [f"{i} and {i * 7}" if i % 5 else "none" for i in range(200)]
    one = analyze(corpus(texts), plugin_manager=pm, progress=False)
    monkeypatch.setattr(assembly, "FRAME_ROWS", 3)
    many = analyze(corpus(texts), plugin_manager=pm, progress=False)
    for analysis_id in one:
        pd.testing.assert_frame_equal(one[analysis_id], many[analysis_id])
    assert one["digits.v1"]["tags"].tolist()[:2] == [["n"], ["n"]]
    assert len(one["digits.v1"]) == 2 * 160
