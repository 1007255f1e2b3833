"""The explorer, tested by widget state (no browser): list, search, facets, legend,
click-through, export. The same flows in Chromium: tests/browser/test_explorer_browser.py."""

from __future__ import annotations

import re

import ipywidgets as widgets
import numpy as np
import pandas as pd
import pytest
import traitlets

from newslens import Analysis, ViewContext, hookimpl
from newslens.explorer import Explorer, explore
from newslens.export import read_back
from newslens.runner import analyze
from newslens.testing import iter_widgets, widget_tree

WORDS = {"missiles": "weapon", "warships": "weapon", "civilians": "people", "officials": "people"}


def digits(article):
    return [
        {
            "start": m.start(),
            "end": m.end(),
            "text": m.group(),
            "sentence": article.sentence_index(m.start()),
        }
        for m in re.finditer(r"\d[\d,]*", article.text)
    ]


def words(article):
    """Known words, with a category: a label column the explorer should colour by."""
    pattern = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.IGNORECASE)
    return [
        {"start": m.start(), "end": m.end(), "text": m.group(), "kind": WORDS[m.group().lower()]}
        for m in pattern.finditer(article.text)
    ]


def clauses(article):
    """Whole sentences that hold a digit: they overlap the digits' marks."""
    return [
        {"start": a, "end": b, "text": article.text[a:b]}
        for a, b in article.sentences
        if re.search(r"\d", article.text[a:b])
    ]


def count_view(context: ViewContext):
    return widgets.HTML(f"{len(context.findings)} figures")


def broken_view(context: ViewContext):
    raise RuntimeError("view exploded")


SPAN = {"start": "int64", "end": "int64", "text": "str"}


class Plugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        registry.add(
            Analysis(
                id="digits.v1",
                title="Digits",
                extract=digits,
                columns={**SPAN, "sentence": "int64"},
                view=count_view,
            )
        )
        registry.add(
            Analysis(id="words.v1", title="Words", extract=words, columns={**SPAN, "kind": "str"})
        )
        registry.add(Analysis(id="clauses.v1", title="Clauses", extract=clauses, columns=SPAN))
        registry.add(
            Analysis(
                id="broken.v1",
                title="Broken",
                extract=_digits_without_sentence,
                columns=SPAN,
                view=broken_view,
            )
        )


def _digits_without_sentence(article):
    return [{k: v for k, v in row.items() if k != "sentence"} for row in digits(article)]


@pytest.fixture
def results(make_plugin_manager, newslens_corpus):
    pm = make_plugin_manager(Plugin())
    return analyze(newslens_corpus, plugin_manager=pm, progress=False)


@pytest.fixture
def app(results, newslens_corpus, tmp_path):
    return explore(newslens_corpus, results, export_dir=tmp_path / "exports", background=False)


def listed(app) -> list[str]:
    return app.list.row_keys()


def test_opens_on_first_article_with_highlights_and_tabs(app):
    assert isinstance(app, Explorer)
    assert app.list.selected == "tiny-1"
    assert "<mark" in app.text_view.value and ">26</mark>" in app.text_view.value
    assert [app.tabs.get_title(i) for i in range(len(app.tabs.children))] == [
        "Digits",
        "Words",
        "Clauses",
        "Broken",
    ]
    assert app.view(0).value == "4 figures"  # 26, 11, 1,500, 930


def test_list_has_counts_per_article_sorts_and_pages(results, newslens_corpus, tmp_path):
    app = explore(newslens_corpus, results, page_size=2, background=False)
    assert app.list.total == 3 and app.list.pages == 2
    assert listed(app) == ["tiny-1", "tiny-2"]  # by date; undated last
    header = [c["key"] for c in app.list.columns]
    assert header[:3] == ["date", "outlet", "title"] and header[-1] == "findings"
    first = app.list.rows[0]["cells"]
    assert first[0] == "2015-10-07" and first[1] == "Example Wire"
    assert first[header.index("digits.v1")] == "4"
    app.list.sort_key, app.list.sort_desc = "findings", True
    assert listed(app)[0] == "tiny-1"
    app.list.sort_key, app.list.sort_desc = "date", True
    assert listed(app) == ["tiny-2", "tiny-1"]
    app.list.page = 1
    assert listed(app) == ["tiny-3"]  # no date: last either way
    app.list.page = 7
    assert app.list.page == 1  # clamped


def test_picking_another_article_updates_text_and_every_tab(app):
    before = (app.text_view.value, app.view(0).value)
    app.select("tiny-3")
    assert "no numbers and no quotes" in app.text_view.value
    assert "<mark" not in app.text_view.value
    assert app.view(0).value == "0 figures"
    assert app.article_findings.rows == []
    after = (app.text_view.value, app.view(0).value)
    assert after != before


def test_view_exception_is_shown_in_its_tab(app):
    assert "view exploded" in app.view(3).value


def shown(app, index):
    """What tab ``index`` holds now (its slot holds a view or a placeholder)."""
    return app.tabs.children[index].children[0]


def test_a_view_is_built_when_its_tab_is_opened(app):
    slots = app.tabs.children
    assert "opening" in shown(app, 1).value  # not built on the pick
    app.tabs.selected_index = 1
    built = shown(app, 1)
    assert "opening" not in getattr(built, "value", "")
    app.select("tiny-2")  # the open tab shows the new article (its widget refilled)
    assert "opening" in shown(app, 0).value  # the others wait
    assert shown(app, 1) is app.view(1)
    assert "Officials" in built.value and "missiles" not in app.view(1).value
    assert app.tabs.children == slots  # the tabs themselves stay put


def reusing_view(context: ViewContext):
    """A view that updates the widget it is offered, as the numbers view does."""
    widget = context.previous if isinstance(context.previous, widgets.HTML) else widgets.HTML()
    widget.value = f"{len(context.findings)} figures"
    return widget


class ReusePlugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        for aid, view in (("reused.v1", reusing_view), ("rebuilt.v1", count_view)):
            registry.add(
                Analysis(
                    id=aid,
                    title=aid,
                    extract=digits,
                    columns={**SPAN, "sentence": "int64"},
                    view=view,
                )
            )


def test_a_view_may_update_its_previous_widget_and_the_rest_is_closed(
    make_plugin_manager, newslens_corpus
):
    pm = make_plugin_manager(ReusePlugin())
    app = explore(
        newslens_corpus,
        analyze(newslens_corpus, plugin_manager=pm, progress=False),
        lazy_views=False,
        background=False,
    )
    reused, rebuilt = app.view(0), app.view(1)
    assert reused.value == rebuilt.value == "4 figures"
    app.select("tiny-3")
    assert app.view(0) is reused and reused.value == "0 figures"
    assert reused.comm is not None  # kept open: it is on show
    assert app.view(1) is not rebuilt and app.view(1).value == "0 figures"
    assert rebuilt.comm is None  # closed: its model would live on in the browser


def test_the_default_table_view_is_refilled(app):
    """Words has no view of its own: the table widget stays, with the new article's rows."""
    app.tabs.selected_index = 1
    table = app.view(1)
    assert "missiles" in table.value
    app.select("tiny-3")
    assert app.view(1) is table and "missiles" not in table.value


def test_results_read_back_from_disk_open_with_the_installed_analyses(
    make_plugin_manager, newslens_corpus, tmp_path
):
    """Saved results carry frames, not analyses: the explorer takes views and titles from
    the installed analyses of the same ids (else it would show no tab at all)."""
    from newslens import Results

    pm = make_plugin_manager(Plugin())
    analyze(newslens_corpus, plugin_manager=pm, progress=False).save(tmp_path / "out")
    read = Results.read(tmp_path / "out")
    assert read.analyses == {}
    app = explore(newslens_corpus, read, plugin_manager=pm, background=False)
    assert app.tabs.titles[:4] == ("Digits", "Words", "Clauses", "Broken")
    assert app.view(0).value == "4 figures"  # the analysis's own view, not the default


def test_eager_views(results, newslens_corpus):
    app = explore(newslens_corpus, results, lazy_views=False, background=False)
    assert not [w for w in app.tabs.children if "opening" in getattr(w.children[0], "value", "")]


def test_search_matches_title_and_body_words_and_prefixes(app):
    app.search.value = "warships"  # only in the body of tiny-1
    assert listed(app) == ["tiny-1"] and "<b>1</b> of 3" in app.count.value
    app.search.value = "distance"  # only in the title of tiny-2
    assert listed(app) == ["tiny-2"]
    app.search.value = "defence secr"  # words AND, the last one a prefix
    assert listed(app) == ["tiny-2"]
    app.search.value = "defence -warships"
    assert listed(app) == ["tiny-2"]
    app.search.value = "nothing matches this"
    assert listed(app) == [] and "no article matches" in app.count.value
    assert app.list.selected == "tiny-1"  # the reading pane keeps what is being read


def test_a_keystroke_redraws_the_list_at_once_and_the_corpus_table_when_typing_pauses(
    results, newslens_corpus
):
    """In a kernel (an event loop runs) the table below the fold waits for a pause."""
    import asyncio

    from newslens.explorer import SETTLE_S

    async def typing() -> None:
        app = explore(newslens_corpus, results)
        before = app.corpus_findings.total
        for typed in ("m", "mi", "missiles"):
            app.search.value = typed
        assert listed(app) == ["tiny-1"]
        assert app.corpus_findings.total == before  # not yet
        await asyncio.sleep(SETTLE_S * 3)
        assert 0 < app.corpus_findings.total < before

    # a thread of its own: an earlier test (Playwright's sync API) may leave a loop running here
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, typing()).result()


def test_search_hits_are_a_layer_of_the_text(app):
    app.search.value = "missiles"
    assert not any(layer["key"] == "search" for layer in app.text_view.layers)  # not per key
    app.list.activate("tiny-1")  # a click on the article shown: the hits are marked
    assert any(layer["key"] == "search" for layer in app.text_view.layers)
    assert 'data-layer="search"' in app.text_view.html


def test_outlet_and_date_facets(app):
    app.source_filter.value = "Other Daily"
    assert listed(app) == ["tiny-2"]
    app.source_filter.value = "(all)"
    app.date_from.value = pd.Timestamp("2015-10-08").date()
    assert listed(app) == ["tiny-2"]  # undated articles are out once a date is asked for
    app.date_from.value = None
    app.date_to.value = pd.Timestamp("2015-10-07").date()
    assert listed(app) == ["tiny-1"]
    app.clear_filters()
    assert app.list.total == 3


def test_signal_facets_come_from_the_frames_generically(app):
    keys = set(app.facet_controls)
    assert {"digits.v1:*", "words.v1:*", "words.v1:kind", "clauses.v1:*"} <= keys
    assert "words.v1:text" not in keys  # a span's own text is no category
    app.facet_controls["words.v1:kind"].value = "people"  # civilians, officials
    assert listed(app) == ["tiny-1", "tiny-2"]
    app.facet_controls["words.v1:kind"].value = "weapon"
    assert listed(app) == ["tiny-1"]
    app.facet_controls["words.v1:kind"].value = ""
    app.facet_controls["digits.v1:*"].value = True  # has findings
    assert listed(app) == ["tiny-1", "tiny-2"]
    options = dict(app.facet_controls["words.v1:kind"].options)
    assert options["people (2)"] == "people"


def test_only_the_open_fold_of_signal_facets_is_in_the_page(app):
    folds = app.signals.children
    assert all(not box.children for box in folds)  # all closed: no form control rendered
    kind = app.facet_controls["words.v1:kind"]
    index = next(i for i, box in enumerate(folds) if app.signals.get_title(i) == "Words")
    app.signals.selected_index = index
    assert kind in folds[index].children
    assert sum(bool(box.children) for box in folds) == 1
    kind.value = "weapon"
    app.signals.selected_index = (index + 1) % len(folds)
    assert not folds[index].children and kind.value == "weapon"  # closed, still filtering
    assert listed(app) == ["tiny-1"]


def test_a_facet_with_many_values_is_a_type_ahead_box_that_accepts_only_its_values(
    results, newslens_corpus, tmp_path, monkeypatch
):
    from newslens import selection
    from newslens.explorer_widgets import SuggestBox

    monkeypatch.setattr(selection, "MAX_DROPDOWN_VALUES", 1)  # "people", "weapon": many
    app = explore(newslens_corpus, results, export_dir=tmp_path, background=False)
    box = app.facet_controls["words.v1:kind"]
    assert isinstance(box, SuggestBox)
    assert box.options == ["people", "weapon"]  # most articles first
    box.value = "weapon"
    assert listed(app) == ["tiny-1"]
    with pytest.raises(traitlets.TraitError):
        box.value = "weap"  # not a value of the column: refused, the filter unchanged
    assert box.value == "weapon" and listed(app) == ["tiny-1"]
    box.value = ""
    assert app.list.total == 3


def test_label_column_colours_each_kind_and_the_legend_lists_it(app):
    assert app.corpus.labels["words.v1"] == "kind"
    keys = {layer["key"] for layer in app.text_view.layers}
    assert {"words.v1:weapon", "words.v1:people", "digits.v1", "clauses.v1"} <= keys
    colours = {layer["key"]: layer["line"] for layer in app.text_view.layers}
    assert len(set(colours.values())) == len(colours)  # distinct per layer
    weapon = colours["words.v1:weapon"]
    app.select("tiny-2")
    app.select("tiny-1")
    assert {layer["key"]: layer["line"] for layer in app.text_view.layers} == colours
    assert weapon in app.text_view.html


def test_hidden_layers_survive_a_pick(app):
    app.text_view.hidden = ["clauses.v1"]
    app.select("tiny-2")
    assert app.text_view.hidden == ["clauses.v1"]


def test_overlapping_marks_are_all_kept(app):
    html = app.text_view.html
    # "26" sits inside a clause: both layers' marks wrap it, nested
    run = re.search(r'<span class="nl-seg"[^>]*>((?:<mark[^>]*>)+)26</mark>', html)
    assert run, html
    layers = set(re.findall(r'data-layer="([^"]+)"', run.group(1)))
    assert {"clauses.v1", "digits.v1"} <= layers
    assert html.count("<mark") == html.count("</mark>")


def test_a_finding_row_focuses_its_sentence_in_the_text(app):
    rows = app.article_findings.rows
    opposition = next(r for r in rows if r["cells"][2] == "civilians")
    app.article_findings.activate(opposition["key"])
    focus = app.text_view.focus
    assert focus["sentence"] == 1 and focus["finding"] >= 0
    assert f'data-f="{focus["finding"]}"' in app.text_view.html or re.search(
        rf'data-f="[^"]*\b{focus["finding"]}\b', app.text_view.html
    )


def test_corpus_rows_show_title_outlet_date_and_open_the_article(app):
    app.corpus_analysis.value = "digits.v1"
    rows = app.corpus_findings.rows
    assert app.corpus_findings.total == 7  # 26, 11, 1,500, 930; 1,400, 900, 30
    titles = {r["cells"][2] for r in rows}
    assert "Officials report 1,400 km strike distance" in titles
    assert not any("tiny-" in cell for r in rows for cell in r["cells"])  # no ids
    target = next(r for r in rows if r["cells"][1] == "Other Daily")
    app.corpus_findings.activate(target["key"])
    assert app.list.selected == "tiny-2"
    focus = app.text_view.focus
    assert focus["finding"] >= 0 and focus["nonce"] >= 1
    assert focus["sentence"] == int(target["cells"][3]) - 1


def test_corpus_rows_follow_the_selection(app):
    app.corpus_analysis.value = "digits.v1"
    app.source_filter.value = "Example Wire"
    assert app.corpus_findings.total == 4
    assert {r["cells"][1] for r in app.corpus_findings.rows} == {"Example Wire"}


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_articles_rows_equal_the_selection(app, fmt):
    app.source_filter.value = "Other Daily"
    app.export("articles", "selection", fmt)
    frame = read_back(app.last_export)
    assert frame["article_id"].tolist() == listed(app) == ["tiny-2"]
    assert {"outlet", "date", "title", "url"} <= set(frame.columns)
    assert frame["url"].tolist() == ["https://example.org/2"]


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_findings_carry_their_citation(app, fmt):
    app.export("digits.v1", "selection", fmt)
    frame = read_back(app.last_export)
    assert len(frame) == 7
    assert {"outlet", "date", "title", "url", "sentence", "sentence_text", "start", "end"} <= set(
        frame.columns
    )
    first = frame.iloc[0]
    assert first["text"] == "26" and int(first["sentence"]) == 0
    assert str(first["sentence_text"]).startswith("The defence ministry said")
    assert first["title"] == "Ministry says 26 missiles hit 11 targets"


def test_export_of_the_article_shown(app):
    app.select("tiny-2")
    app.export("words.v1", "article", "csv")
    frame = read_back(app.last_export)
    assert set(frame["article_id"]) == {"tiny-2"} and frame["text"].tolist() == ["Officials"]


def test_cancelled_export_writes_nothing(app, monkeypatch):
    monkeypatch.setattr(app.tasks._cancelled, "is_set", lambda: True)
    app.export("digits.v1", "selection", "csv")
    assert app.last_export is None and "cancelled" in app.tasks.label.value


def test_long_work_runs_in_a_thread_and_can_be_cancelled(results, newslens_corpus):
    import threading

    app = explore(newslens_corpus, results, background=True)
    started, release = threading.Event(), threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            release.wait(0.01)
        raise InterruptedError

    app.run_task("waiting", work, lambda result: None)
    assert started.wait(5) and app.tasks.busy
    assert app.tasks.cancel.layout.display == ""
    app.tasks.cancel.click()
    app.tasks.wait(5)
    assert not app.tasks.busy and app.tasks.label.value == "waiting: cancelled"


def test_an_extra_filter_and_pane_plug_in(app):
    seen = {}

    class Pane:
        widget = widgets.HTML()

        def show_article(self, explorer, article):
            seen["article"] = article.article_id if article else None

        def show_selection(self, explorer, positions):
            seen["selection"] = [explorer.articles["article_id"].iat[p] for p in positions]

    story = widgets.Dropdown(options=["all", "strikes"], value="all")
    members = app.articles["article_id"].isin(["tiny-2"]).to_numpy()
    app.add_filter("story", story, lambda v: None if v == "all" else members, empty="all")
    app.add_pane(Pane())
    assert seen == {"article": "tiny-1", "selection": ["tiny-1", "tiny-2", "tiny-3"]}
    story.value = "strikes"
    assert listed(app) == ["tiny-2"] and seen["selection"] == ["tiny-2"]
    app.select("tiny-2")
    assert seen["article"] == "tiny-2"
    app.clear_filters()
    assert story.value == "all"


def test_sentence_comes_from_offsets_when_the_frame_has_none(make_plugin_manager, newslens_corpus):
    class Bare:
        @hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(
                Analysis(id="bare.v1", title="Bare", extract=_digits_without_sentence, columns=SPAN)
            )

    results = analyze(newslens_corpus, plugin_manager=make_plugin_manager(Bare()), progress=False)
    app = explore(newslens_corpus, results, background=False)
    row = next(r for r in app.article_findings.rows if r["cells"][2] == "11")
    assert row["cells"][1] == "1"  # shown 1-based
    app.article_findings.activate(row["key"])
    assert app.text_view.focus["sentence"] == 0


def test_callback_exceptions_show_in_the_app(app, monkeypatch):
    def fail():
        raise ValueError("callback failed")

    monkeypatch.setattr(app, "_show", fail)
    app.select("tiny-2")
    assert app.errors_out.layout.display == ""
    assert "callback failed" in "".join(o.get("text", "") for o in app.errors_out.outputs)


def test_article_text_is_escaped(make_plugin_manager, newslens_corpus):
    hostile = newslens_corpus.assign(
        text=["<script>window.__pwned=1</script> 5 missiles", "x", "y"],
        title=["<img src=x onerror=alert(1)>", "b", "c"],
        source=['<b onmouseover="x()">wire</b>', "", ""],
        url=["javascript:alert(1)", "", ""],
    )
    results = analyze(hostile, plugin_manager=make_plugin_manager(Plugin()), progress=False)
    app = explore(hostile, results, background=False)
    app.corpus_analysis.value = "words.v1"
    html = app.text_view.html + app.heading.value + str(widget_tree(app))
    assert "<script>" not in html and "<img" not in html and "<b " not in html
    assert "javascript:" not in app.heading.value  # not a link
    # tables carry plain strings (the browser writes them with textContent)
    cells = [c for w in iter_widgets(app) for r in getattr(w, "rows", []) for c in r["cells"]]
    assert "<img src=x onerror=alert(1)>" in cells


def test_index_is_built_once_per_explorer(app, monkeypatch):
    from newslens import search

    calls = []
    monkeypatch.setattr(search.SearchIndex, "build", lambda *a, **k: calls.append(1))
    for query in ("m", "mi", "mis", "missiles"):
        app.search.value = query
    assert calls == []
    assert isinstance(app.corpus.search.mask("missiles"), np.ndarray)
