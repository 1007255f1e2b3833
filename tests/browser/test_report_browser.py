"""The offline HTML report in a real Chromium: no request leaves the file, none fails, and
every figure is decoded and visible.

The report is regenerated here from notebooks/report.ipynb (report mode, the example one-file
plugin plus whatever plugins are installed). One variant also keeps a widget in the report, to
prove the vendored widget manager renders saved widget state from local files.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_PLUGINS = REPO / "docs" / "examples" / "plugins-dir"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FIGURES_JS = """() => Array.from(document.images).map(img => {
  const box = img.getBoundingClientRect();
  return {complete: img.complete, width: img.naturalWidth, shown: box.width > 0 && box.height > 0};
})"""


#: Elements wider than the page (a table that would scroll sideways, a figure cut off).
WIDE_JS = """() => {
  const width = document.documentElement.clientWidth;
  return Array.from(document.querySelectorAll('.newslens-section, .newslens-section *'))
    .filter(el => el.getBoundingClientRect().right > width + 1)
    .map(el => el.tagName + '.' + el.className + ' ' + el.getBoundingClientRect().right);
}"""

#: Sections that show nothing but their heading (each should say why in one line).
EMPTY_JS = """() => Array.from(document.querySelectorAll('section.newslens-section'))
  .filter(s => !s.querySelector('table, img, p, pre, .newslens-story'))
  .map(s => s.id)"""


#: Table cells whose text is not left-aligned (numbers sit in a right-aligned ``.num``).
ALIGN_JS = """() => Array.from(document.querySelectorAll('.newslens-people :is(td, th)'))
  .filter(c => getComputedStyle(c).textAlign !== 'left')
  .map(c => c.textContent.slice(0, 40) + ': ' + getComputedStyle(c).textAlign)
  .slice(0, 5)"""


def _open(browser, path: Path, width: int = 1200):
    """Open a local file, recording every request that is not local and every failure."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    outside, failed = [], []
    page.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(("file://", "data:")) else None,
    )
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}"))
    page.goto(path.as_uri())
    page.wait_for_load_state("networkidle")
    return page, outside, failed


def test_offline_report_makes_no_request_and_shows_every_figure(
    browser, screenshots, tmp_path, monkeypatch
):
    from newslens.report import run_report

    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(EXAMPLE_PLUGINS))
    result = run_report(REPO / "notebooks" / "report.ipynb", tmp_path / "report")
    page, outside, failed = _open(browser, result.html, width=1400)
    try:
        assert outside == []
        assert failed == []
        figures = page.evaluate(FIGURES_JS)
        assert figures, "the report should hold at least one figure"
        assert all(f["complete"] and f["width"] > 0 and f["shown"] for f in figures), figures
        assert page.locator("section.newslens-section#overview").is_visible()
        assert page.locator("section#section-stories").is_visible()  # it opens with stories
        assert page.evaluate(WIDE_JS) == []  # nothing wider than the page at 1,400 px
        assert page.evaluate(EMPTY_JS) == []  # no section without content or its note
        assert page.evaluate(ALIGN_JS) == []  # text left-aligned, whatever the theme says
        page.screenshot(path=str(screenshots / "report-sample.png"), full_page=True)
    finally:
        page.close()


def test_widget_left_in_a_report_renders_from_local_assets(browser, screenshots, tmp_path):
    """Safety net: a notebook that displays a widget anyway still shows it offline."""
    import nbformat

    from newslens.report import run_report

    source = tmp_path / "widget.ipynb"
    cell = textwrap.dedent(
        """
        import ipywidgets as widgets
        widgets.HTML("<b id='offline-widget'>rendered from saved state</b>")
        """
    )
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell)]), source)
    result = run_report(source, tmp_path / "out")
    assert {p.name for p in result.assets} >= {"require.js", "embed-amd.js"}
    page, outside, failed = _open(browser, result.html)
    try:
        page.locator("#offline-widget").wait_for(timeout=30_000)
        assert page.locator("#offline-widget").inner_text() == "rendered from saved state"
        assert outside == []
        assert failed == []
        page.screenshot(path=str(screenshots / "report-widget-fallback.png"))
    finally:
        page.close()
