"""The explorer in JupyterLab, in a real Chromium: run explore.ipynb, pick another article, and
check that the highlighted text and every analysis tab follow.

What only a browser shows: the widgets render from the kernel's messages, the picker's change
travels back to Python and the new views come back. Widget state itself is tested headlessly
in tests/test_explorer.py and tests/test_notebooks.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import jlab
import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_PLUGINS = REPO / "docs" / "examples" / "plugins-dir"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OUTER_TAB_JS = """() => {
  const tab = document.querySelector('.newslens-text')
    ?.closest('.jp-OutputArea-output')?.querySelector('.widget-tab');
  if (!tab) return null;
  const contents = tab.querySelector(':scope > .widget-tab-contents');
  return {
    titles: Array.from(tab.querySelectorAll(':scope > .widget-tab-bar .lm-TabBar-tabLabel'))
      .map(e => e.textContent),
    panels: Array.from(contents ? contents.children : []).map(e => e.textContent),
    text: document.querySelector('.newslens-text').textContent,
  };
}"""


def _expected(env: dict[str, str]):
    """The corpus and results the notebook's kernel computes, with the same plugins."""
    import os

    import newslens
    from newslens.manager import get_plugin_manager

    old = os.environ.get("NEWSLENS_PLUGINS_DIR")
    os.environ["NEWSLENS_PLUGINS_DIR"] = env["NEWSLENS_PLUGINS_DIR"]
    try:
        pm = get_plugin_manager()
        articles = newslens.load(newslens.sample_path(), plugin_manager=pm)
        results = newslens.analyze(articles, plugin_manager=pm, progress=False)
    finally:
        if old is None:
            os.environ.pop("NEWSLENS_PLUGINS_DIR")
        else:
            os.environ["NEWSLENS_PLUGINS_DIR"] = old
    return articles, results


def _signature(results, analysis_id: str, article_id: str) -> tuple:
    frame = results[analysis_id]
    if "article_id" not in frame.columns:  # a corpus-level frame: no per-article rows
        return ()
    rows = frame[frame["article_id"] == article_id]
    return tuple(map(str, rows.drop(columns=["article_id"]).itertuples(index=False)))


def test_picking_an_article_updates_text_and_every_tab(browser, screenshots, tmp_path):
    env = {"NEWSLENS_PLUGINS_DIR": str(EXAMPLE_PLUGINS)}
    articles, results = _expected(env)
    ids = list(articles["article_id"])
    first = ids[0]

    # The article whose findings differ from the first one's in the most analyses.
    def differing(article_id: str) -> int:
        return sum(
            _signature(results, a, article_id) != _signature(results, a, first) for a in results
        )

    target = max(range(1, len(ids)), key=lambda i: (differing(ids[i]), -i))
    changed = [
        results.analyses[a].title or a
        for a in results
        if _signature(results, a, ids[target]) != _signature(results, a, first)
    ]
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(REPO / "notebooks" / "explore.ipynb", root / "explore.ipynb")
    with jlab.running_lab(root, tmp_path / "home", env) as lab:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            jlab.run_all(page, lab, "explore.ipynb")
            page.locator(".newslens-text").first.wait_for(timeout=120_000)
            titles = [results.analyses[a].title or a for a in results]
            page.wait_for_function(jlab.KERNEL_READY_JS, timeout=120_000)  # Run All finished
            page.wait_for_function(
                f"(n) => {{ const s = ({OUTER_TAB_JS})(); return s && s.titles.length >= n; }}",
                arg=len(titles),
                timeout=60_000,
            )
            before = page.evaluate(OUTER_TAB_JS)
            assert before["text"] == articles["text"].iloc[0]
            assert before["titles"][: len(titles)] == titles
            page.locator(".newslens-text").first.screenshot(
                path=str(screenshots / "explorer-first-article.png")
            )

            page.locator(jlab.PICKER).first.select_option(index=target)
            expected_text = articles["text"].iloc[target]
            page.wait_for_function(
                f"(t) => {{ const s = ({OUTER_TAB_JS})(); return s && s.text === t; }}",
                arg=expected_text,
                timeout=30_000,
            )
            page.wait_for_function(jlab.KERNEL_READY_JS, timeout=30_000)
            after = page.evaluate(OUTER_TAB_JS)
            assert after["titles"] == before["titles"]
            for index, title in enumerate(after["titles"]):
                if title in changed:
                    assert after["panels"][index] != before["panels"][index], title
            assert changed, "the sample should give the chosen article different findings"
            for index in range(len(after["titles"])):
                page.locator(".widget-tab .lm-TabBar-tab").nth(index).click()
                page.locator(".newslens-text").first.locator(
                    "xpath=ancestor::div[contains(@class,'jp-OutputArea-output')]"
                ).screenshot(path=str(screenshots / f"explorer-tab-{index}.png"))
            outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
            assert not [o for o in outputs if "Traceback (most recent call last)" in o]
        finally:
            page.close()
