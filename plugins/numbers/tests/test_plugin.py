"""The plugin as newslens sees it: registered, run by the runner, summarized, viewed."""

from __future__ import annotations

from dataclasses import replace
from importlib.metadata import entry_points

import newslens_numbers.plugin as numbers_plugin
import pandas as pd
import pytest
from newslens_numbers.extract import extract_text
from newslens_numbers.summary import summarize
from newslens_numbers.view import ALL, view

from newslens import Article, ViewContext
from newslens.testing import run_analysis, tiny_corpus, widget_tree


@pytest.fixture
def findings(make_plugin_manager) -> pd.DataFrame:
    return run_analysis("numbers.v1", plugin_manager=make_plugin_manager(numbers_plugin))


def test_entry_point_is_declared() -> None:
    names = {ep.name: ep.value for ep in entry_points(group="newslens")}
    assert names.get("numbers") == "newslens_numbers.plugin"


def test_runs_through_the_runner_with_declared_dtypes(findings: pd.DataFrame) -> None:
    assert findings["article_id"].tolist().count("tiny-1") == 5
    assert str(findings["same_as"].dtype) == "Int64"
    assert findings["value"].dtype == "float64"
    tiny2 = findings[findings["article_id"] == "tiny-2"]
    assert tiny2["text"].tolist() == ["1,400 km", "900 miles"]  # not "30" of 30 September
    assert set(tiny2["consistency"]) == {"consistent"}


def test_summary_compares_across_articles(findings: pd.DataFrame) -> None:
    summary = summarize(findings, tiny_corpus())
    length = summary[summary["key"] == "length"]
    assert sorted(length["source"]) == ["Example Wire", "Other Daily"]
    assert set(length["articles"]) == {2}
    assert not length["agree"].any()  # 1,500 km against about 1,400 km
    assert length["spread_pct"].iloc[0] == pytest.approx(100 * 100 / 1400, abs=0.05)
    missiles = summary[summary["key"] == "missiles"]
    assert missiles["figures"].tolist() == ["26"] and bool(missiles["agree"].iloc[0])


def test_summary_agrees_when_every_report_has_the_figure() -> None:
    rows = []
    for i, text in enumerate(["It fired 26 missiles.", "In all 26 missiles and 4 ships."]):
        for f in extract_text(text):
            rows.append({"article_id": f"a{i}", **f})
    articles = pd.DataFrame(
        {"article_id": ["a0", "a1"], "source": ["BBC", "Reuters"], "title": ["", ""]}
    )
    summary = summarize(pd.DataFrame(rows), articles)
    missiles = summary[summary["key"] == "missiles"]
    assert missiles["articles"].tolist() == [2, 2] and missiles["agree"].all()
    assert missiles["shared"].iloc[0] == "26"
    assert summarize(pd.DataFrame(), articles).empty


def _context(findings: pd.DataFrame, article_id: str | None) -> ViewContext:
    corpus = tiny_corpus()
    article = None
    rows = findings
    if article_id is not None:
        record = corpus[corpus["article_id"] == article_id].iloc[0].to_dict()
        article = Article.from_row(record)
        rows = findings[findings["article_id"] == article_id]
    return ViewContext(
        analysis=numbers_plugin.NUMBERS,
        findings=rows,
        article=article,
        all_findings=findings,
        articles=corpus,
    )


def _find(widget, type_name: str, description: str):
    from newslens.testing import iter_widgets

    for w in iter_widgets(widget):
        if type(w).__name__ == type_name and getattr(w, "description", "") == description:
            return w
    raise AssertionError(f"no {type_name} {description!r}")


def _open(widget, index: int):
    """Open inner tab ``index`` as an analyst would (a page is filled when it is opened)."""
    widget.selected_index = index
    return widget.children[index]


def test_view_filters_highlights_and_compares(findings: pd.DataFrame) -> None:
    widget = view(_context(findings, "tiny-1"))
    titles = [widget.get_title(i) for i in range(len(widget.children))]
    assert titles == ["Findings", "Text", "Conversions", "Across articles"]
    tree = widget_tree(widget)
    assert ("Label", "5 of 5 findings") in tree
    kind = _find(widget, "Dropdown", "kind")
    assert kind.options == (ALL, *sorted(set(findings["kind"].astype(str)) - {"name"}))
    kind.value = "measure"
    assert ("Label", "2 of 5 findings") in widget_tree(widget)
    table = widget.children[0].children[2].value
    assert "1,500km" in table and "warships" not in table
    noun = _find(widget, "SuggestBox", "counted noun")
    kind.value = ALL
    noun.value = "targets"
    assert ("Label", "1 of 5 findings") in widget_tree(widget)
    noun.value = ""  # an emptied box selects everything again
    assert ("Label", "5 of 5 findings") in widget_tree(widget)
    text_html = _open(widget, 1).value
    assert text_html.count("<mark") == 5
    conversions = _open(widget, 2).value
    assert "1,500km" in conversions and "consistent" in conversions
    across = _open(widget, 3).value
    assert "Example Wire" in across and "Other Daily" in across and "differ" in across


def test_view_escapes_article_text() -> None:
    text = "<script>alert(1)</script> fired 26 <b>missiles</b> 1,500km (930 miles)"
    rows = [{"article_id": "x", **f} for f in extract_text(text)]
    findings = pd.DataFrame(rows)
    articles = pd.DataFrame(
        {"article_id": ["x"], "text": [text], "source": ["<i>evil</i>"], "title": [""]}
    )
    context = ViewContext(
        analysis=numbers_plugin.NUMBERS,
        findings=findings,
        article=Article(article_id="x", text=text),
        all_findings=findings,
        articles=articles,
    )
    widget = view(context)
    for index in range(1, len(widget.children)):
        value = _open(widget, index).value
        assert "<script>" not in value and "<i>evil" not in value
    assert "&lt;script&gt;" in widget.children[1].value


def test_a_later_pick_updates_the_view_in_place(findings: pd.DataFrame) -> None:
    """Offered its previous widget, the view fills it for the new article (no new widget
    tree); the filters keep their choices and value (the corpus's, so a pick changes no form
    control); a page opened earlier and hidden now shows the new article when reopened,
    never the old one."""
    first = view(_context(findings, "tiny-1"))
    _find(first, "Dropdown", "kind").value = "measure"
    before = {
        name: list(_find(first, kind, name).options)
        for kind, name in (
            ("Dropdown", "kind"),
            ("SuggestBox", "unit"),
            ("SuggestBox", "counted noun"),
        )
    }
    assert "1,500km" in _open(first, 1).value
    _open(first, 0)
    other = findings[findings["article_id"] == "tiny-2"]
    assert len(other) and "1,500km" not in set(other["text"])
    context = replace(_context(findings, "tiny-2"), previous=first)
    second = view(context)
    assert second is first
    kind = _find(second, "Dropdown", "kind")
    assert list(kind.options) == before["kind"]
    assert list(_find(second, "SuggestBox", "unit").options) == before["unit"]
    assert list(_find(second, "SuggestBox", "counted noun").options) == before["counted noun"]
    assert kind.value == "measure"
    shown = int((other["kind"] == "measure").sum())
    assert ("Label", f"{shown} of {len(other)} findings") in widget_tree(second)
    text_html = _open(second, 1).value
    assert "1,500km" not in text_html
    assert text_html.count("<mark") == len(other)
    # a view offered something else (another analysis's widget) builds its own
    stranger = view(replace(_context(findings, "tiny-2"), previous=first.children[0]))
    assert stranger is not first


def test_corpus_view_without_article(findings: pd.DataFrame) -> None:
    widget = view(_context(findings, None))
    titles = [widget.get_title(i) for i in range(len(widget.children))]
    assert titles == ["Findings", "Conversions", "Across articles"]
    table = widget.children[0].children[2]
    corpus = tiny_corpus()
    assert "<th>article</th>" in table.value and corpus["title"].iloc[0] in table.value
    assert "tiny-1" not in table.value  # titles, not ids
    assert table.layout.max_height and table.layout.overflow == "auto"  # scrolls in a box


def test_an_article_table_has_no_article_column(findings: pd.DataFrame) -> None:
    widget = view(_context(findings, "tiny-1"))
    table = widget.children[0].children[2].value
    assert "<th>article" not in table and "tiny-1" not in table


def test_filters_offer_the_corpus_values_most_frequent_first(findings: pd.DataFrame) -> None:
    """Unit and counted noun are type-ahead boxes over every value of the corpus, the most
    frequent first (the first suggestions); the article view offers the same choices."""
    figures = findings[findings["kind"] != "name"]
    units = figures["unit"].dropna().astype(str)
    units = units[units != ""].value_counts()
    assert len(units) > 1
    corpus = view(_context(findings, None))
    article = view(_context(findings, "tiny-2"))
    for widget in (corpus, article):
        offered = list(_find(widget, "SuggestBox", "unit").options)
        assert sorted(offered) == sorted(units.index)
        counts = [units[u] for u in offered]
        assert counts == sorted(counts, reverse=True)
    noun = _find(article, "SuggestBox", "counted noun")
    assert set(figures["quantity"].dropna().astype(str)) - {""} == set(noun.options)


def test_names_stay_in_the_frame_but_out_of_the_figure_views() -> None:
    """'Windows 95' is kept as kind ``name`` and left out of the table, the text marks and the
    comparison; the label says how many were left out."""
    text = "Windows 95 ran on 40 computers."
    rows = [{"article_id": "x", **f} for f in extract_text(text)]
    findings = pd.DataFrame(rows)
    assert findings["kind"].tolist() == ["name", "count"]
    articles = pd.DataFrame({"article_id": ["x"], "text": [text], "source": ["S"], "title": [""]})
    context = ViewContext(
        analysis=numbers_plugin.NUMBERS,
        findings=findings,
        article=Article(article_id="x", text=text),
        all_findings=findings,
        articles=articles,
    )
    widget = view(context)
    assert ("Label", "1 of 1 findings (1 numbers inside names not shown)") in widget_tree(widget)
    assert _open(widget, 1).value.count("<mark") == 1
    assert set(summarize(findings, articles)["key"]) == {"computers"}


def test_summary_leaves_out_durations_and_counts_unknown_sources_once() -> None:
    rows = []
    texts = ["It took three days and 26 missiles.", "It took 20 years and 26 missiles."]
    for i, text in enumerate(texts):
        for f in extract_text(text):
            rows.append({"article_id": f"a{i}", **f})
    articles = pd.DataFrame({"article_id": ["a0", "a1"], "source": ["", ""], "title": ["", ""]})
    summary = summarize(pd.DataFrame(rows), articles)
    assert "duration" not in set(summary["kind"])
    assert summary["sources"].tolist() == [1, 1]  # both without a source: one "unknown"
