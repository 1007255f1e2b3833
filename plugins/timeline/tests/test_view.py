"""The timeline view, headless: by widget state (types, children, values) and escaped HTML."""

from __future__ import annotations

import html
import re

import ipywidgets as widgets
import numpy as np
import pandas as pd
import pytest
from newslens_timeline import view as view_module
from newslens_timeline.extract import COLUMNS, extract_text
from newslens_timeline.plugin import TIMELINE
from newslens_timeline.view import ARTICLE_TABS, MAX_EVENTS, corpus_part, view

from newslens import Article, ViewContext
from newslens.testing import iter_widgets, tiny_corpus, widget_tree

HOSTILE = "<script>alert('x')</script>"


def corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Three articles, extracted for real; one has a hostile title and text."""
    texts = [
        "The air campaign began on 30 September. On Wednesday four warships fired "
        "26 missiles. Talks are planned for next month.",
        f"On 1 October {HOSTILE} officials <b>met</b> & talked. It lasted a week.",
        "A short item with no dates at all.",
    ]
    # the tiny corpus's schema-valid frame, with our ids, texts and metadata
    articles = tiny_corpus().assign(
        article_id=["a", "b", "c"],
        title=["Strikes began", f"Hostile {HOSTILE}", "Nothing dated"],
        text=texts,
        raw_text=texts,
        published=pd.to_datetime(["2015-10-07", "2015-10-08", "2015-10-09"], utc=True),
        source=["BBC", "Wire <i>x</i>", ""],
    )
    rows = []
    for row in articles.itertuples():
        for found in extract_text(row.text, row.published):
            rows.append({"article_id": row.article_id, **found})
    findings = pd.DataFrame(rows, columns=["article_id", *COLUMNS])
    for column in ("date_start", "date_end"):
        findings[column] = pd.to_datetime(findings[column], utc=True)
    return articles, findings


def context(articles: pd.DataFrame, findings: pd.DataFrame, article_id: str | None) -> ViewContext:
    if article_id is None:
        return ViewContext(TIMELINE, findings, None, findings, articles)
    row = articles[articles["article_id"] == article_id].iloc[0]
    mine = findings[findings["article_id"] == article_id].reset_index(drop=True)
    return ViewContext(TIMELINE, mine, Article.from_row(row.to_dict()), findings, articles)


def first_cells(table: str) -> list[str]:
    """The first cell of each body row of an HTML table (the summary's period)."""
    return re.findall(r"<tr>\s*<td>([^<]*)</td>", table)


def all_html(widget: widgets.Widget) -> str:
    return "\n".join(w.value for w in iter_widgets(widget) if isinstance(w, widgets.HTML))


@pytest.fixture(autouse=True)
def fresh_cache():
    view_module._CACHE.clear()
    yield
    view_module._CACHE.clear()


def test_article_view_has_text_table_and_a_lazy_plot() -> None:
    articles, findings = corpus()
    tabs = view(context(articles, findings, "a"))
    assert isinstance(tabs, widgets.Tab)
    assert tabs.titles == ARTICLE_TABS
    assert tabs.selected_index == 0
    first = all_html(tabs.children[0])
    assert '<mark class="newslens-mark"' in first and ">30 September</mark>" in first
    assert "DATE · 2015-09-30" in first  # the mark's title: type and value
    assert "<table" in first and "2015-09-30" in first
    plot = tabs.children[1].children[0]
    assert isinstance(plot, widgets.Image) and len(plot.value) == 0  # drawn only when opened
    corpus_box = tabs.children[2]
    assert corpus_box.children == ()
    tabs.selected_index = 1
    assert bytes(plot.value).startswith(b"\x89PNG")
    tabs.selected_index = 2
    assert len(corpus_box.children) == 1


def test_the_open_tab_is_kept_across_picks() -> None:
    articles, findings = corpus()
    first = view(context(articles, findings, "a"))
    first.selected_index = 1
    second = view(context(articles, findings, "b"))
    assert second.selected_index == 1
    assert bytes(second.children[1].children[0].value).startswith(b"\x89PNG")


def test_a_later_pick_refills_the_same_tabs() -> None:
    """Offered the previous pick's widget, the view shows the new article in it: the text,
    a fresh plot on the open plot tab, and the corpus timeline kept as it was."""
    from dataclasses import replace

    articles, findings = corpus()
    first = view(context(articles, findings, "a"))
    first.selected_index = 2
    corpus_view = first.children[2].children[0]
    first.selected_index = 1
    plot_a = bytes(first.children[1].children[0].value)
    second = view(replace(context(articles, findings, "b"), previous=first))
    assert second is first and second.selected_index == 1
    assert ">30 September</mark>" not in all_html(second.children[0])
    assert html.escape(HOSTILE) in all_html(second.children[0])
    plot_b = bytes(second.children[1].children[0].value)
    assert plot_b.startswith(b"\x89PNG") and plot_b != plot_a
    assert second.children[2].children == (corpus_view,)


def test_corpus_part_is_built_once_per_findings_frame() -> None:
    articles, findings = corpus()
    one = view(context(articles, findings, None))
    two = view(context(articles, findings, None))
    assert one is two
    copy = findings.copy()
    assert view(context(articles, copy, None)) is not one
    # picking articles reuses it too
    tabs = view(context(articles, findings, "a"))
    tabs.selected_index = 2
    assert tabs.children[2].children[0] is one


def test_date_range_filters_events_table_and_plot() -> None:
    articles, findings = corpus()
    root = view(context(articles, findings, None))
    part = corpus_part(findings, articles)
    months = part.controls["months"]
    assert isinstance(months, widgets.SelectionRangeSlider)
    assert months.options[0] <= "2015-09" and months.options[-1] >= "2015-10"
    events = part.controls["events"]
    everything = {value for _, value in events.options}
    dated = findings[findings["type"].isin(["DATE", "TIME"]) & findings["date_start"].notna()]
    assert everything == set(dated.index)
    before = bytes(part.controls["plot"].value)
    assert any(p.startswith("2015-10") for p in first_cells(part.controls["table"].value))
    months.value = ("2015-09", "2015-09")
    kept = {value for _, value in events.options}
    assert kept == set(dated.index[dated["date_start"].dt.strftime("%Y-%m") == "2015-09"])
    assert kept and kept < everything
    assert all(label.startswith("2015-09-") for label, _ in events.options)
    periods = first_cells(part.controls["table"].value)
    assert periods and all(p.startswith("2015-09") for p in periods)
    assert bytes(part.controls["plot"].value) != before
    assert part.controls["errors"].value == ""
    assert ("SelectionRangeSlider", "Mentioned") in widget_tree(root)
    # the header counts the articles with a dated mention ("c" has none)
    assert f"{len(dated)} dated mention(s) in 2 article(s)" in root.children[0].value


def test_click_through_shows_the_sentence_and_its_article() -> None:
    articles, findings = corpus()
    view(context(articles, findings, None))
    part = corpus_part(findings, articles)
    events = part.controls["events"]
    wanted = findings.index[(findings["text"] == "30 September")][0]
    label = next(label for label, value in events.options if value == wanted)
    assert "30 September" in label and "Strikes began" in label
    before = bytes(part.controls["plot"].value)
    events.value = wanted
    detail = part.controls["detail"].value
    assert "The air campaign began on" in detail
    assert ">30 September</mark>" in detail
    assert "Strikes began" in detail and "BBC" in detail and "2015-10-07" in detail
    assert bytes(part.controls["plot"].value) != before  # the point is ringed
    events.value = None
    assert part.controls["detail"].value == ""


def test_hostile_text_is_escaped_everywhere() -> None:
    articles, findings = corpus()
    tabs = view(context(articles, findings, "b"))
    tabs.selected_index = 2
    part = corpus_part(findings, articles)
    hostile = findings.index[findings["article_id"] == "b"]
    dated_hostile = [v for _, v in part.controls["events"].options if v in set(hostile)]
    assert dated_hostile
    part.controls["events"].value = dated_hostile[0]
    page = all_html(tabs) + part.controls["detail"].value
    assert HOSTILE not in page and "<b>met</b>" not in page and "<i>x</i>" not in page
    assert html.escape(HOSTILE) in page
    assert "&lt;b&gt;met&lt;/b&gt;" in page


def test_empty_findings_give_an_empty_but_valid_view() -> None:
    articles, findings = corpus()
    empty = findings.iloc[0:0]
    tabs = view(context(articles, empty, "c"))
    assert isinstance(tabs, widgets.Tab) and len(tabs.children) == 3
    assert "No temporal expression in this article" in all_html(tabs)
    tabs.selected_index = 1
    assert bytes(tabs.children[1].children[0].value).startswith(b"\x89PNG")
    tabs.selected_index = 2
    assert "No dated expression in this corpus" in all_html(tabs.children[2])
    corpus_view = view(context(articles, empty, None))
    assert isinstance(corpus_view, widgets.HTML)


def test_event_list_is_capped() -> None:
    rng = np.random.default_rng(3)
    n = MAX_EVENTS + 50
    starts = pd.Timestamp("2015-09-01", tz="UTC") + pd.to_timedelta(rng.integers(0, 20, n), "D")
    findings = pd.DataFrame(
        {
            "article_id": "a",
            "n": range(n),
            "start": 0,
            "end": 4,
            "text": "then",
            "type": "DATE",
            "value": [f"{d:%Y-%m-%d}" for d in starts],
            "mod": None,
            "anchor": "publication date",
            "date_start": starts,
            "date_end": starts + pd.Timedelta(days=1),
            "sentence": 0,
            "sentence_text": "then it happened",
            "sentence_start": 0,
            "sentence_end": 16,
            "valid": True,
            "note": None,
        }
    )
    articles = pd.DataFrame(
        {
            "article_id": ["a"],
            "title": ["t"],
            "text": ["x"],
            "published": pd.to_datetime(["2015-10-07"], utc=True),
            "source": ["s"],
        }
    )
    view(context(articles, findings, None))
    part = corpus_part(findings, articles)
    assert len(part.controls["events"].options) == MAX_EVENTS
    assert f"the first {MAX_EVENTS} listed" in part.controls["count"].value
    dates = [label[:10] for label, _ in part.controls["events"].options]
    assert dates == sorted(dates)


# ----------------------------------------------------------------------------- wiring


def test_registered_analysis_has_summary_view_and_report(make_plugin_manager) -> None:
    import newslens_timeline.plugin as timeline_plugin

    from newslens.reporting import static_section
    from newslens.runner import analyze

    pm = make_plugin_manager(timeline_plugin)
    articles, _ = corpus()
    results = analyze(articles, ["timeline.v1"], progress=False, plugin_manager=pm)
    analysis = results.analyses["timeline.v1"]
    assert analysis.view is not None and analysis.summarize is not None
    summary = results.summaries["timeline.v1"]
    assert len(summary) and summary["mentions"].sum() >= 2
    assert analysis.report is timeline_plugin.report
    section = static_section(analysis, results, articles).html
    assert section.count('<img class="newslens-figure"') == 2  # corpus, article (no generic)
    assert "The periods mentioned most" in section
    assert "figures failed" not in section
    assert HOSTILE not in section


def test_the_explorer_shows_the_timeline_view(make_plugin_manager) -> None:
    import newslens_timeline.plugin as timeline_plugin

    from newslens.explorer import Explorer
    from newslens.runner import analyze

    pm = make_plugin_manager(timeline_plugin)
    articles, _ = corpus()
    results = analyze(articles, ["timeline.v1"], progress=False, plugin_manager=pm)
    explorer = Explorer(articles, results)
    explorer.select("a")
    tab = explorer.view(0)  # the first analysis tab's view
    assert isinstance(tab, widgets.Tab) and tab.titles == ARTICLE_TABS
    assert ">30 September</mark>" in all_html(tab.children[0])
    explorer.select("b")
    assert "1 October" in all_html(explorer.view(0).children[0])


def test_a_pick_builds_nothing_corpus_sized() -> None:
    """Picking articles on the first tab never builds the corpus part; opening its tab does."""
    articles, findings = corpus()
    view(context(articles, findings, "a"))
    view(context(articles, findings, "b"))
    (entry,) = view_module._CACHE.values()
    assert entry.part is None
    tabs = view(context(articles, findings, "c"))
    tabs.selected_index = 2
    assert entry.part is not None


def test_a_new_range_draws_once_and_clears_the_selection(monkeypatch) -> None:
    articles, findings = corpus()
    view(context(articles, findings, None))
    part = corpus_part(findings, articles)
    events = part.controls["events"]
    events.value = events.options[0][1]
    assert part.controls["detail"].value
    drawn = []
    original = view_module.corpus_timeline
    monkeypatch.setattr(
        view_module, "corpus_timeline", lambda *a, **k: drawn.append(k) or original(*a, **k)
    )
    part.controls["months"].value = ("2015-10", "2015-10")
    assert len(drawn) == 1 and drawn[0]["highlight"] == []
    assert events.value is None and part.controls["detail"].value == ""


def test_click_through_with_repeated_index_labels() -> None:
    articles, findings = corpus()
    findings.index = [7] * len(findings)
    view(context(articles, findings, None))
    part = corpus_part(findings, articles)
    events = part.controls["events"]
    value = next(v for lab, v in events.options if "30 September" in lab)
    events.value = value
    assert ">30 September</mark>" in part.controls["detail"].value
    assert part.controls["errors"].value == ""
