"""Hostile text through every view and the report, in a real Chromium: nothing executes.

An article made of script payloads is analysed by every installed analysis; the explorer's
HTML (text, heading, every tab) and the offline report are opened in Chromium. The payloads
would set ``window.__pwned``; it must stay unset, and the payload must show as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAYLOADS = (
    "<script>window.__pwned = 1</script>",
    '<img src="x" onerror="window.__pwned = 2">',
    '<svg onload="window.__pwned = 3"></svg>',
    '<a href="javascript:window.__pwned = 4" id="evil-link">click</a>',
    '<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe>',
    '"><script>window.__pwned = 6</script>',
)
HOSTILE_TEXT = (
    "Officials said 26 missiles were fired on 30 September, reportedly.\n\n"
    + "\n\n".join(f"The minister said {p} about 1,500km away." for p in PAYLOADS)
)


@pytest.fixture
def hostile_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "<script>window.__pwned=7</script> headline\n\n" + HOSTILE_TEXT
    )
    (corpus / "evil.meta.json").write_text(
        '{"source": "<img src=x onerror=window.__pwned=8>", "published": "2015-10-07"}'
    )
    (corpus / "calm.txt").write_text("Calm headline\n\nOfficials counted 1,400 km on Monday.\n")
    return corpus


def _assert_inert(browser, html: str, path: Path | None = None) -> None:
    page = browser.new_page()
    try:
        if path is not None:
            page.goto(path.as_uri())
        else:
            page.set_content(html)
        page.wait_for_timeout(300)
        links = page.locator("#evil-link")
        if links.count():
            links.first.click()
            page.wait_for_timeout(100)
        assert page.evaluate("() => window.__pwned") is None
        assert "window.__pwned = 1" in page.inner_text("body")
    finally:
        page.close()


def test_explorer_views_render_payloads_as_text(browser, hostile_corpus):
    import newslens
    from newslens.testing import iter_widgets

    articles = newslens.load(str(hostile_corpus))
    results = newslens.analyze(articles, progress=False)
    app = newslens.explore(articles, results, lazy_views=False)  # every view built
    evil = articles.loc[articles["path"].str.endswith("evil.txt"), "article_id"].iloc[0]
    app.select(evil)
    parts = [getattr(w, "value", "") for w in iter_widgets(app) if type(w).__name__ == "HTML"]
    parts.append(app.text_view.html)  # the highlighted text (tables write cells as text)
    html = "<html><body>" + "\n".join(str(p) for p in parts) + "</body></html>"
    assert len(app.tabs.children) == len(results)
    _assert_inert(browser, html)


def test_offline_report_renders_payloads_as_text(browser, hostile_corpus, tmp_path):
    from newslens.report import run_report

    result = run_report(
        REPO / "notebooks" / "report.ipynb", tmp_path / "report", {"corpus": str(hostile_corpus)}
    )
    _assert_inert(browser, "", result.html)
