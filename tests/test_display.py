"""HTML rendering: escaping, layered highlighting and fixed colours, by snapshot."""

from __future__ import annotations

import re

import pandas as pd

from newslens.display import (
    PALETTE,
    Span,
    assign_colours,
    highlight_html,
    layer_colours,
    legend_html,
    spans_from_findings,
    table_html,
)

HOSTILE = '<script>window.__pwned=1</script> & "quotes" <img src=x onerror=alert(1)>'


def test_highlight_escapes_text_and_marks_spans():
    text = "Russia fired 26 missiles <b>today</b>."
    html = highlight_html(text, [Span(13, 15, "26 missiles", "numbers.v1")], style="")
    colour = layer_colours("numbers.v1")
    assert html == (
        '<div class="newslens-text" style="">Russia fired '
        '<mark class="newslens-mark" data-layer="numbers.v1" data-f="" '
        'title="numbers.v1: 26 missiles" '
        f'style="background:{colour.fill};background-clip:content-box;color:inherit;'
        f"border-bottom:2px solid {colour.line};"
        'padding:0 0 1px 0">26</mark>'
        " missiles &lt;b&gt;today&lt;/b&gt;.</div>"
    )


def test_hostile_text_never_reaches_html_unescaped():
    html = highlight_html(HOSTILE, [Span(0, 8, "<script>", '"><script>', '"><img src=x>', 3)])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_overlapping_spans_nest_one_mark_per_layer():
    html = highlight_html("abcdef", [Span(0, 4, "", "a"), Span(2, 6, "", "b")], style="")
    assert html.count("<mark") == 4  # ab: a; cd: a and b; ef: b
    assert html.count("<mark") == html.count("</mark>")
    middle = re.search(r"((?:<mark[^>]*>)+)cd", html).group(1)
    assert re.findall(r'data-layer="(\w)"', middle) == ["b", "a"]  # outermost: deepest line
    pads = re.findall(r"padding:0 0 (\d+)px", middle)
    assert int(pads[0]) > int(pads[1])  # each layer's underline at its own depth


def test_sentences_wrap_pieces_and_findings_are_numbered():
    text = "One here. Two there."
    html = highlight_html(
        text, [Span(10, 13, "", "x", finding=7)], sentences=[(0, 9), (10, 20)], style=""
    )
    assert '<span class="nl-seg" data-s="0">One here. </span>' in html
    assert re.search(r'<span class="nl-seg" data-s="1"><mark[^>]*data-f="7"[^>]*>Two</mark>', html)


def test_layer_colours_are_fixed_and_assign_keeps_them_distinct():
    assert layer_colours("stance.attributions.v1:deny") == layer_colours(
        "stance.attributions.v1:deny"
    )
    keys = [f"a.v1:{i}" for i in range(len(PALETTE))]
    colours = assign_colours(keys)
    assert len({c.line for c in colours.values()}) == len(PALETTE)
    assert assign_colours(reversed(keys)) == colours  # order of discovery does not matter
    html = highlight_html("xy", [Span(0, 1, "", "a.v1", "a.v1:3")], colours=colours)
    assert colours["a.v1:3"].line in html


def test_legend_escapes_names():
    html = legend_html([("x.v1", "<b>bold</b>")])
    assert "<b>" not in html and "&lt;b&gt;bold" in html


def test_out_of_range_spans_are_clipped():
    html = highlight_html("abc", [Span(1, 99, "", "x")], style="")
    assert ">bc</mark>" in html


def test_spans_from_findings_skips_rows_without_offsets():
    frame = pd.DataFrame({"start": [0, None], "end": [2, None], "unit": ["km", "mi"]})
    assert spans_from_findings(frame, "n", ["unit"]) == [Span(0, 2, "km", "n", "n", 0)]


def test_spans_from_findings_layer_per_label_value():
    frame = pd.DataFrame({"start": [0, 3, 5], "end": [2, 4, 6], "kind": ["a", "", "b"]})
    spans = spans_from_findings(frame, "g.v1", layer_column="kind")
    assert [s.key for s in spans] == ["g.v1:a", "g.v1", "g.v1:b"]
    assert [s.finding for s in spans] == [0, 1, 2]


def test_table_escapes_cells_and_truncates():
    frame = pd.DataFrame({"text": [HOSTILE] * 3})
    html = table_html(frame, max_rows=2)
    assert "<script>" not in html and "1 more rows not shown" in html
