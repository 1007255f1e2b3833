"""The plugin is listed, its analyses run through the core, and the views render safely."""

from __future__ import annotations

import pandas as pd
from newslens_stance import plugin
from newslens_stance.plugin import claims_analysis

import newslens
from newslens.schema import articles_from_records
from newslens.testing import run_analysis, widget_tree


def test_plugin_is_listed() -> None:
    table = newslens.plugins()
    row = table[table["name"] == "stance"].iloc[0]
    assert {"stance.attributions.v1", "stance.claims.v1"} <= set(row["analyses"])


def corpus() -> pd.DataFrame:
    return articles_from_records(
        [
            {
                "article_id": "a1",
                "title": "Dam holds",
                "url": "",
                "source": "",
                "notes": (),
                "published": pd.Timestamp("2024-05-01", tz="UTC"),
                "text": "Engineer Lena Park said the dam held. Officials denied reports that the "
                "dam had cracked.",
                "raw_text": "x",
                "claims": ["The dam cracked"],
            },
            {
                "article_id": "a2",
                "title": "Market <b>news</b>",
                "url": "",
                "source": "",
                "notes": (),
                "published": pd.Timestamp("2024-05-02", tz="UTC"),
                "text": "<script>alert(1)</script> Bread prices rose, bakers say.",
                "raw_text": "x",
                "claims": None,
            },
        ]
    )


def test_attributions_run_and_summarize(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    pm = make_plugin_manager(plugin)
    found = run_analysis("stance.attributions.v1", corpus(), plugin_manager=pm)
    assert set(found["article_id"]) == {"a1", "a2"}
    summary = plugin.summarize_attributions(found, corpus())
    assert "Lena Park" in set(summary["party"])


def _rows(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["speaker_resolved", "stance", "article_id"])


def test_a_bare_surname_counts_with_the_one_person_it_names() -> None:
    found = _rows(
        ("Lena Park", "assert", "a1"),
        ("Lena Park", "deny", "a2"),
        ("Park", "assert", "a3"),  # "Engineer Park said", the full name not in a3
        ("Guardian", "report", "a4"),  # a newspaper, and a one-off person of that surname
        ("Tom Guardian", "assert", "a5"),
        ("Vale", "assert", "a6"),  # two people named Vale: no fold
        ("Ann Vale", "assert", "a6"),
        ("Ann Vale", "assert", "a7"),
        ("Rob Vale", "assert", "a7"),
        ("Rob Vale", "assert", "a8"),
    )
    summary = plugin.summarize_attributions(found, corpus()).set_index("party")
    assert summary.loc["Lena Park", "articles"] == 3
    assert summary.loc["Lena Park", "attributions"] == 3 and "Park" not in summary.index
    assert {"Guardian", "Tom Guardian", "Vale"} <= set(summary.index)


def test_claims_from_column_and_factory(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    pm = make_plugin_manager(plugin)
    from_column = run_analysis("stance.claims.v1", corpus(), plugin_manager=pm)
    assert list(from_column["article_id"]) == ["a1"]
    assert from_column["label"].iloc[0] == "disagree"
    bound = run_analysis(claims_analysis(["Bread prices rose"]), corpus(), plugin_manager=pm)
    labels = dict(zip(bound["article_id"], bound["label"], strict=True))
    assert labels["a1"] == "unrelated" and labels["a2"] != "unrelated"


def test_views_escape_article_text(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    from newslens import Article, ViewContext

    pm = make_plugin_manager(plugin)
    frame = corpus()
    for analysis in (plugin.attributions_analysis(), claims_analysis(["Bread prices rose"])):
        found = run_analysis(analysis, frame, plugin_manager=pm)
        art = Article.from_row(frame.iloc[1].to_dict())
        sub = found[found["article_id"] == "a2"]
        ctx = ViewContext(analysis, sub, art, found, frame, analysis.summarize(found, frame))
        tree = widget_tree(analysis.view(ctx))
        html_out = " ".join(v for _, v in tree)
        assert "<script>" not in html_out
        corpus_ctx = ViewContext(
            analysis, found, None, found, frame, analysis.summarize(found, frame)
        )
        assert widget_tree(analysis.view(corpus_ctx))


def _pick(analysis, found, frame, row: int):  # type: ignore[no-untyped-def]
    """The context of a pick of article ``row`` (its findings, the corpus's beside them)."""
    from newslens import Article, ViewContext

    art = Article.from_row(frame.iloc[row].to_dict())
    sub = found[found["article_id"] == art.article_id]
    return ViewContext(analysis, sub, art, found, frame, None)


def test_attributions_view_refills_the_previous_pick(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    """Offered its previous widget, the view shows the new article in the same widgets."""
    from dataclasses import replace

    from newslens import ViewContext

    pm = make_plugin_manager(plugin)
    frame = corpus()
    analysis = plugin.attributions_analysis()
    found = run_analysis(analysis, frame, plugin_manager=pm)

    def context(row: int) -> ViewContext:
        return _pick(analysis, found, frame, row)

    first = analysis.view(context(0))
    before = first.text.value
    second = analysis.view(replace(context(1), previous=first))
    assert "Lena Park" in before and "Bread prices rose" not in before
    assert second is first
    assert "Bread prices rose" in first.text.value and "Lena Park" not in first.text.value
    assert analysis.view(replace(context(1), previous=first.text)) is not first


def test_claims_view_refills_the_previous_pick(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    """The claim picked stays picked on the next article; its sentences are the new ones."""
    from dataclasses import replace

    from newslens import ViewContext

    pm = make_plugin_manager(plugin)
    frame = corpus()
    analysis = claims_analysis(["Bread prices rose", "The dam cracked"])
    found = run_analysis(analysis, frame, plugin_manager=pm)

    def context(row: int) -> ViewContext:
        return _pick(analysis, found, frame, row)

    first = analysis.view(context(0))
    first.picker.value = "The dam cracked"
    assert "Lena Park" in first.text.value
    second = analysis.view(replace(context(1), previous=first))
    assert second is first and first.picker.value == "The dam cracked"
    assert "Bread prices rose" in first.text.value and "Lena Park" not in first.text.value
    assert "The dam cracked" in first.claim.value


def test_bound_claims_pickle_to_workers(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    """The bound extractor (a functools.partial) runs in a process pool like a function."""
    pm = make_plugin_manager(plugin)
    frame = corpus()
    results = newslens.analyze(
        frame,
        [claims_analysis(["Bread prices rose"])],
        workers=2,
        errors="raise",
        progress=False,
        plugin_manager=pm,
    )
    assert len(results["stance.claims.v1"]) == 2


def test_sentence_columns_index_the_core_split(make_plugin_manager) -> None:  # type: ignore[no-untyped-def]
    """``sentence`` is the cue's sentence in ``Article.sentences``: the same split as every
    other analysis, so a story can join frames on it."""
    from newslens import Article

    pm = make_plugin_manager(plugin)
    frame = corpus()
    found = run_analysis("stance.attributions.v1", frame, plugin_manager=pm)
    art = Article.from_row(frame.iloc[0].to_dict())
    for row in found[found["article_id"] == "a1"].itertuples():
        start, end = art.sentences[row.sentence]
        assert (row.sentence_start, row.sentence_end) == (start, end)
        assert start <= row.cue_start < row.cue_end <= end
        assert art.sentence_index(row.cue_start) == row.sentence
    denied = found[(found["article_id"] == "a1") & (found["cue"] == "denied")].iloc[0]
    assert denied["sentence"] == 1


def test_a_rule_bug_is_an_error_row_naming_the_article(make_plugin_manager, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No catch-all (issue 13): a bug in a rule is not reported as "no attributions"."""
    import newslens_stance.attributions as attributions
    from newslens_stance.attributions import rules

    def broken(text: str) -> list:
        raise RuntimeError("rule bug")

    monkeypatch.setattr(attributions, "_find", broken)
    assert rules._find is not broken
    pm = make_plugin_manager(plugin)
    results = newslens.analyze(
        corpus(), ["stance.attributions.v1"], progress=False, plugin_manager=pm
    )
    errors = results.errors
    assert set(errors["article_id"]) == {"a1", "a2"}
    assert (errors["analysis"] == "stance.attributions.v1").all()
    assert (errors["error_type"] == "RuntimeError").all()
    assert errors["message"].str.contains("rule bug").all()
