"""The explorer, tested by widget state."""

from __future__ import annotations

import re

import ipywidgets as widgets
import pytest

from newslens import Analysis, ViewContext, hookimpl
from newslens.explorer import Explorer, explore
from newslens.runner import analyze
from newslens.testing import widget_tree


def digits(article):
    return [
        {"start": m.start(), "end": m.end(), "text": m.group()}
        for m in re.finditer(r"\d[\d,]*", article.text)
    ]


def count_view(context: ViewContext):
    return widgets.HTML(f"{len(context.findings)} figures")


def broken_view(context: ViewContext):
    raise RuntimeError("view exploded")


class Plugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        cols = {"start": "int64", "end": "int64", "text": "str"}
        registry.add(
            Analysis(id="digits.v1", title="Digits", extract=digits, columns=cols, view=count_view)
        )
        registry.add(Analysis(id="plain.v1", title="Plain", extract=digits, columns=cols))
        registry.add(
            Analysis(id="broken.v1", title="Broken", extract=digits, columns=cols, view=broken_view)
        )


@pytest.fixture
def app(make_plugin_manager, newslens_corpus):
    pm = make_plugin_manager(Plugin())
    results = analyze(newslens_corpus, plugin_manager=pm, progress=False)
    return explore(newslens_corpus, results)


def test_opens_on_first_article_with_highlights_and_tabs(app):
    assert isinstance(app, Explorer)
    assert app.picker.value == "tiny-1"
    assert "<mark" in app.text_view.value and ">26</mark>" in app.text_view.value
    assert [app.tabs.get_title(i) for i in range(len(app.tabs.children))] == [
        "Digits",
        "Plain",
        "Broken",
    ]
    assert app.tabs.children[0].value == "4 figures"  # 26, 11, 1,500, 930


def test_picking_another_article_updates_text_and_every_tab(app):
    before = (app.text_view.value, [w.value for w in app.tabs.children])
    app.picker.value = "tiny-3"
    assert "no numbers and no quotes" in app.text_view.value
    assert "<mark" not in app.text_view.value
    assert app.tabs.children[0].value == "0 figures"
    assert (app.text_view.value, [w.value for w in app.tabs.children]) != before


def test_view_exception_is_shown_in_its_tab(app):
    assert "view exploded" in app.tabs.children[2].value


def test_filters_narrow_the_picker(app):
    app.source_filter.value = "Other Daily"
    assert [v for _, v in app.picker.options] == ["tiny-2"]
    assert app.picker.value == "tiny-2"
    app.source_filter.value = "(all)"
    app.title_filter.value = "no figures"
    assert [v for _, v in app.picker.options] == ["tiny-3"]
    app.title_filter.value = "nothing matches this"
    assert app.picker.options == () and "No article matches" in app.heading.value


def test_callback_exceptions_show_in_the_app(app, monkeypatch):
    def fail():
        raise ValueError("callback failed")

    monkeypatch.setattr(app, "_show", fail)
    app.picker.value = "tiny-2"
    assert app.errors_out.layout.display == ""
    assert "callback failed" in "".join(o.get("text", "") for o in app.errors_out.outputs)


def test_article_text_is_escaped(make_plugin_manager, newslens_corpus):
    hostile = newslens_corpus.assign(
        text=["<script>window.__pwned=1</script> 5", "x", "y"],
        title=["<img src=x onerror=alert(1)>", "b", "c"],
    )
    results = analyze(hostile, plugin_manager=make_plugin_manager(Plugin()), progress=False)
    app = explore(hostile, results)
    html = app.text_view.value + app.heading.value + str(widget_tree(app))
    assert "<script>" not in html and "<img" not in html
