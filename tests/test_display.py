"""HTML rendering: escaping and highlighting, by snapshot."""

from __future__ import annotations

import pandas as pd

from newslens.display import Span, highlight_html, spans_from_findings, table_html

HOSTILE = '<script>window.__pwned=1</script> & "quotes" <img src=x onerror=alert(1)>'


def test_highlight_escapes_text_and_marks_spans():
    text = "Russia fired 26 missiles <b>today</b>."
    html = highlight_html(text, [Span(13, 15, "26 missiles", "numbers.v1")], style="")
    assert html == (
        '<div class="newslens-text" style="">Russia fired '
        '<mark class="newslens-mark" data-groups="numbers.v1" title="numbers.v1: 26 missiles" '
        'style="background:#ffe08a;padding:0 1px">26</mark>'
        " missiles &lt;b&gt;today&lt;/b&gt;.</div>"
    )


def test_hostile_text_never_reaches_html_unescaped():
    html = highlight_html(HOSTILE, [Span(0, 8, "<script>", '"><script>')])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_overlapping_spans_are_cut_not_nested():
    html = highlight_html("abcdef", [Span(0, 4, "", "a"), Span(2, 6, "", "b")], style="")
    assert html.count("<mark") == 3
    assert 'data-groups="a b"' in html
    assert html.count("<mark") == html.count("</mark>")


def test_out_of_range_spans_are_clipped():
    html = highlight_html("abc", [Span(1, 99, "", "x")], style="")
    assert ">bc</mark>" in html


def test_spans_from_findings_skips_rows_without_offsets():
    frame = pd.DataFrame({"start": [0, None], "end": [2, None], "unit": ["km", "mi"]})
    assert spans_from_findings(frame, "n", ["unit"]) == [Span(0, 2, "km", "n")]


def test_table_escapes_cells_and_truncates():
    frame = pd.DataFrame({"text": [HOSTILE] * 3})
    html = table_html(frame, max_rows=2)
    assert "<script>" not in html and "1 more rows not shown" in html
