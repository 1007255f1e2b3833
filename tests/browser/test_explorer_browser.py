"""The explorer in JupyterLab, in a real Chromium: search, each facet, legend and toggles,
click-through to the sentence, export, overlapping marks, hostile text, keyboard, and a pick
updating the text and every tab.

One notebook runs once for the module (25 sample articles plus a hostile one, every installed
analysis); each test drives the page and compares it with a headless explorer over the same
frames (the oracle: widget state, tests/test_explorer.py), then puts the page back as it was.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jlab
import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.browser, pytest.mark.slow]

HOSTILE_TITLE = "<img src=x onerror=window.__pwned=8> Zanzibar ferry"
HOSTILE_TEXT = (
    "Officials said 26 missiles were fired on 30 September, reportedly.\n\n"
    "The minister said <script>window.__pwned = 1</script> about 1,500km away.\n\n"
    'A witness said <img src="x" onerror="window.__pwned = 2"> it was 4 p.m.\n'
)

SETUP = """
import newslens
from pathlib import Path
sample = newslens.load(newslens.sample_path()).iloc[:25]
hostile = newslens.load(CORPUS)  # the same path as the oracle's: ids come from it
articles = __import__("pandas").concat([sample, hostile], ignore_index=True)
results = newslens.analyze(articles, progress=False)
explorer = newslens.explore(articles, results, export_dir="exports")
explorer
"""

ROWS_JS = """(name) => Array.from(document.querySelectorAll(
  `.nl-table-widget[data-name="${name}"] tr.nl-row`)).map(r => r.dataset.key)"""


def _corpus(root: Path) -> None:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(HOSTILE_TITLE + "\n\n" + HOSTILE_TEXT)
    (corpus / "evil.meta.json").write_text(
        json.dumps(
            {"source": "<b onmouseover=window.__pwned=9>Evil Wire</b>", "published": "2019-02-01"}
        )
    )


@pytest.fixture(scope="module")
def session(browser, tmp_path_factory):
    """(page, oracle explorer) with the notebook run once."""
    import nbformat
    import pandas as pd

    import newslens

    tmp = tmp_path_factory.mktemp("explorer")
    root = tmp / "root"
    root.mkdir()
    _corpus(root)
    setup = f"CORPUS = {str(root / 'corpus')!r}\n" + SETUP.strip()
    book = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(setup)])
    book.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(book, root / "explorer.ipynb")
    sample = newslens.load(newslens.sample_path()).iloc[:25]
    hostile = newslens.load(str(root / "corpus"))
    articles = pd.concat([sample, hostile], ignore_index=True)
    results = newslens.analyze(articles, progress=False)
    oracle = newslens.explore(articles, results, export_dir=tmp / "oracle", background=False)
    with jlab.running_lab(root, tmp / "home") as lab:
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
        # a kernel round trip on a loaded two-core CI machine once took over Playwright's 30 s
        # default; a wait returns as soon as its condition holds, so a longer one costs nothing
        page.set_default_timeout(90_000)
        try:
            jlab.run_all(page, lab, "explorer.ipynb")
            page.locator(".nl-textbox .newslens-text").first.wait_for(timeout=240_000)
            page.wait_for_function(jlab.KERNEL_READY_JS, timeout=240_000)
            yield page, oracle, root
        finally:
            page.close()
            shutil.rmtree(root / "exports", ignore_errors=True)


@pytest.fixture(autouse=True)
def _reset_oracle(request):
    """Each test starts from an oracle with no filter (a failed test may leave one)."""
    yield
    if "session" in request.fixturenames:
        request.getfixturevalue("session")[1].clear_filters()


def rows(page, name: str = "articles") -> list[str]:
    return page.evaluate(ROWS_JS, name)


def wait_rows(page, expected: list[str], name: str = "articles") -> None:
    page.wait_for_function(
        f"([n, e]) => JSON.stringify(({ROWS_JS})(n)) === JSON.stringify(e)",
        arg=[name, expected],
        timeout=90_000,
    )


def settle(page) -> None:
    page.wait_for_function(jlab.KERNEL_READY_JS, timeout=60_000)


def choose(page, description: str, label: str) -> None:
    """Pick an option (by its label) of the ipywidgets Dropdown with this description."""
    select = page.locator(f".widget-dropdown:has(label:text-is('{description}')) select")
    select.first.select_option(label=label)


def label_of(dropdown, value) -> str:
    return next(label for label, v in dropdown.options if v == value)


def heading(page) -> str:
    return page.locator(".jp-OutputArea-output h3").first.inner_text()


def focused_nonce(page) -> str:
    """The nonce of the last focus the text view applied ('' before any)."""
    return page.evaluate("() => document.querySelector('.nl-textview')?.dataset.focused || ''")


def wait_focus_changed(page, before: str) -> None:
    """Wait until the text view applied a *new* focus. An earlier test's focus leaves its
    nonce on the element, so waiting for "any nonce" returns before the new text is flashed."""
    page.wait_for_function(
        "(b) => (document.querySelector('.nl-textview')?.dataset.focused || '') !== b",
        arg=before,
    )


def test_search_box_finds_a_body_word(session):
    page, oracle, _ = session
    word = "Shoigu"  # in the first article's body, in no title
    oracle.search.value = word
    expected = oracle.list.row_keys()
    assert expected and len(expected) < len(oracle.articles)
    box = page.locator("input.nl-search")
    box.click()
    page.keyboard.type(word, delay=15)  # keystrokes coalesce; the last value wins
    wait_rows(page, expected)
    settle(page)
    assert "of 26 articles" in page.locator(".jp-OutputArea-output").first.inner_text()
    table = page.locator('.nl-table-widget[data-name="articles"]')
    table.locator("tr.nl-row").first.click()  # (re)open it: the hits are marked
    page.wait_for_function(
        "() => document.querySelector('.nl-textbox mark[data-layer=\"search\"]')"
    )
    settle(page)
    marks = page.locator('.nl-textbox mark[data-layer="search"]')
    assert marks.count() >= 1 and marks.first.inner_text().lower() == word.lower()
    box.fill("")
    oracle.search.value = ""
    wait_rows(page, oracle.list.row_keys())
    settle(page)


def test_outlet_facet(session):
    page, oracle, _ = session
    oracle.source_filter.value = "BBC News"
    expected = oracle.list.row_keys()
    choose(page, "Outlet", label_of(oracle.source_filter, "BBC News"))
    wait_rows(page, expected)
    choose(page, "Outlet", "(all)")
    oracle.source_filter.value = "(all)"
    wait_rows(page, oracle.list.row_keys())
    settle(page)


def test_date_facets(session):
    import datetime as dt

    page, oracle, _ = session
    oracle.date_from.value = dt.date(2019, 1, 10)
    oracle.date_to.value = dt.date(2019, 1, 20)
    expected = oracle.list.row_keys()
    assert 0 < len(expected) < 26
    start = page.locator(".widget-datepicker:has(label:text-is('From')) input")
    end = page.locator(".widget-datepicker:has(label:text-is('To')) input")
    start.fill("2019-01-10")
    end.fill("2019-01-20")
    wait_rows(page, expected)
    start.fill("")
    end.fill("")
    oracle.date_from.value = oracle.date_to.value = None
    wait_rows(page, oracle.list.row_keys())
    settle(page)


def test_signal_facets(session):
    page, oracle, _ = session
    accordion = page.locator(".jp-OutputArea-output .widget-accordion, .lm-Accordion").first
    accordion.locator("text=Attributions").first.click()
    oracle.facet_controls["stance.attributions.v1:stance"].value = "deny"
    expected = oracle.list.row_keys()
    assert 0 < len(expected) < 26
    choose(page, "stance", label_of(oracle.facet_controls["stance.attributions.v1:stance"], "deny"))
    wait_rows(page, expected)
    choose(page, "stance", "any")
    oracle.facet_controls["stance.attributions.v1:stance"].value = ""
    wait_rows(page, oracle.list.row_keys())
    settle(page)
    # "has findings" (a checkbox) and a type-ahead facet (many values)
    accordion.locator("text=Numbers").first.click()
    box = page.locator(".widget-checkbox:has-text('has findings')").first
    box.locator("input").check()
    oracle.facet_controls["numbers.v1:*"].value = True
    wait_rows(page, oracle.list.row_keys())
    box.locator("input").uncheck()
    oracle.facet_controls["numbers.v1:*"].value = False
    wait_rows(page, oracle.list.row_keys())
    unit = page.locator(
        ".nl-suggest:has(label:text-is('unit')) input, "
        ".widget-dropdown:has(label:text-is('unit')) select"
    ).first
    control = oracle.facet_controls["numbers.v1:unit"]
    value = next(v for v in (o[1] if isinstance(o, tuple) else o for o in control.options) if v)
    is_box = unit.evaluate("e => e.tagName") == "INPUT"
    control.value = value
    expected = oracle.list.row_keys()
    if is_box:
        unit.fill(value)
        unit.press("Enter")
    else:
        unit.select_option(label=label_of(control, value))
    wait_rows(page, expected)
    control.value = ""
    if is_box:
        unit.fill("")
        unit.press("Enter")
    else:
        unit.select_option(label="any")
    wait_rows(page, oracle.list.row_keys())
    settle(page)


def test_legend_colours_and_toggles(session):
    page, oracle, _ = session
    items = page.locator(".nl-legend [data-layer]")
    assert items.count() >= 3
    key = items.first.get_attribute("data-layer")
    colours = oracle.corpus.colours[key]
    swatch = items.first.locator(".nl-swatch")
    assert swatch.evaluate("e => getComputedStyle(e).borderBottomColor") == _rgb(colours.line)
    mark = page.locator(f'.nl-textbox mark[data-layer="{key}"]').first
    assert mark.evaluate("e => getComputedStyle(e).borderBottomColor") == _rgb(colours.line)
    items.first.locator("input").uncheck()
    page.wait_for_function(
        '(k) => getComputedStyle(document.querySelector(`.nl-textbox mark[data-layer="${k}"]`))'
        ".borderBottomColor === 'rgba(0, 0, 0, 0)'",
        arg=key,
    )
    items.first.locator("input").check()
    page.wait_for_function(
        '(k) => getComputedStyle(document.querySelector(`.nl-textbox mark[data-layer="${k}"]`))'
        ".borderBottomColor !== 'rgba(0, 0, 0, 0)'",
        arg=key,
    )
    settle(page)


def test_overlapping_marks_are_all_visible(session, screenshots):
    page, _, _ = session
    nested = page.evaluate(
        """() => {
      const inner = Array.from(document.querySelectorAll('.nl-textbox mark mark'))
        .find(m => m.parentElement.dataset.layer !== m.dataset.layer);
      if (!inner) return null;
      const outer = inner.parentElement;
      const s = (e) => getComputedStyle(e);
      const r = (e) => e.getBoundingClientRect();
      return {inner: inner.dataset.layer, outer: outer.dataset.layer,
              innerLine: s(inner).borderBottomColor, outerLine: s(outer).borderBottomColor,
              innerPad: parseFloat(s(inner).paddingBottom),
              outerPad: parseFloat(s(outer).paddingBottom),
              innerBottom: r(inner).bottom, outerBottom: r(outer).bottom,
              innerWidth: r(inner).width};
    }"""
    )
    assert nested, "the first sample article has a date inside an attribution"
    assert nested["innerLine"] != nested["outerLine"]
    assert nested["outerPad"] > nested["innerPad"]
    assert nested["outerBottom"] > nested["innerBottom"]  # both underlines show, stacked
    assert nested["innerWidth"] > 0
    page.locator(".nl-textbox").first.screenshot(path=str(screenshots / "explorer-overlaps.png"))


def test_click_on_a_corpus_finding_opens_its_sentence(session, screenshots):
    page, oracle, _ = session
    table = page.locator('.nl-table-widget[data-name="corpus-findings"]')
    current = heading(page)
    target = None
    for index, key in enumerate(oracle.corpus_findings.row_keys()):
        spec = oracle._corpus_open[key]
        if spec["article_id"] != oracle.picked and spec["start"] is not None:
            target = (index, key, spec)
            break
    assert target, "a finding of another article on the first page"
    index, key, spec = target
    oracle.corpus_findings.activate(key)
    expected_sentence = oracle.text_view.focus["sentence"]
    before = focused_nonce(page)
    table.locator("tr.nl-row").nth(index).click()
    title = oracle.articles.loc[oracle.articles["article_id"] == spec["article_id"], "title"]
    page.wait_for_function(
        "(t) => document.querySelector('.jp-OutputArea-output h3')?.textContent === t",
        arg=str(title.iloc[0]),
    )
    assert heading(page) != current
    wait_focus_changed(page, before)
    flashed = page.evaluate(
        """() => {
      const box = document.querySelector('.nl-textbox');
      const mark = box.querySelector('mark.nl-flash');
      const seg = (mark || box.querySelector('.nl-flash-sentence')).closest('.nl-seg');
      const b = box.getBoundingClientRect(), r = (mark || seg).getBoundingClientRect();
      return {sentence: Number(seg.dataset.s), mark: !!mark,
              inView: r.top >= b.top - 1 && r.bottom <= b.bottom + 1};
    }"""
    )
    assert flashed["mark"] and flashed["inView"]
    assert flashed["sentence"] == expected_sentence
    page.locator(".nl-textbox").first.screenshot(path=str(screenshots / "explorer-flash.png"))
    settle(page)


def test_click_on_an_article_finding_flashes_it(session):
    page, _oracle, _ = session
    table = page.locator('.nl-table-widget[data-name="article-findings"]')
    before = focused_nonce(page)
    table.locator("tr.nl-row").last.click()
    wait_focus_changed(page, before)
    assert page.locator(".nl-textbox .nl-flash-sentence").count() >= 1
    settle(page)


def test_export_file_rows_equal_the_selection(session):
    from newslens.export import read_back

    page, oracle, _ = session
    choose(page, "Outlet", "(all)")
    choose(page, "Export", label_of(oracle.export_what, "numbers.v1"))
    choose(page, "as", "csv")
    settle(page)
    with page.expect_download(timeout=60_000) as download:
        page.locator("button:has-text('Export')").last.click()
    saved = Path(str(download.value.path())).with_name(download.value.suggested_filename)
    download.value.save_as(saved)
    got = read_back(saved)
    expected = oracle.export_frame("numbers.v1", "selection")
    assert got["article_id"].tolist() == expected["article_id"].tolist()
    assert got["start"].tolist() == expected["start"].astype(int).tolist()
    assert {"outlet", "date", "title", "url", "sentence", "sentence_text"} <= set(got.columns)
    choose(page, "Export", "articles")
    settle(page)


def test_hostile_text_stays_inert(session):
    page, oracle, _root = session
    box = page.locator("input.nl-search")
    box.fill("Zanzibar")
    oracle.search.value = "Zanzibar"
    expected = oracle.list.row_keys()
    assert len(expected) == 1
    wait_rows(page, expected)
    page.locator('.nl-table-widget[data-name="articles"] tr.nl-row').first.click()
    page.wait_for_function(
        "() => document.querySelector('.jp-OutputArea-output h3')?.textContent.includes('Zanzibar')"
    )
    settle(page)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    text = page.locator(".nl-textbox").first.inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert "<img src=x onerror=window.__pwned=8>" in heading(page)
    listed = page.locator('.nl-table-widget[data-name="articles"]')
    # a long cell is cut (with "…"); its whole text is the cell's title, as text
    assert "<b onmouseover=window.__pwned=9>E…" in listed.inner_text()
    titles = listed.locator("td").evaluate_all("cells => cells.map(c => c.title)")
    assert "<b onmouseover=window.__pwned=9>Evil Wire</b>" in titles
    assert listed.locator("b").count() == 0
    box.fill("")
    oracle.search.value = ""
    wait_rows(page, oracle.list.row_keys())
    settle(page)


def test_keyboard_picks_from_the_list(session):
    page, oracle, _ = session
    first = page.locator('.nl-table-widget[data-name="articles"] tr.nl-row').first
    first.click()
    settle(page)
    first.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    second = oracle.list.row_keys()[1]
    page.wait_for_function(
        "(k) => document.querySelector('.nl-table-widget[data-name=articles] tr.nl-selected')"
        "?.dataset.key === k",
        arg=second,
    )
    settle(page)
    # focus order: the search box, then the outlet filter
    page.locator("input.nl-search").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.tagName") == "SELECT"


def test_picking_an_article_updates_text_and_every_tab(session, screenshots):
    """The open tab's view shows the new article at once (refilled in place or rebuilt); each
    other tab's when it is opened."""
    page, oracle, _ = session
    keys = oracle.list.row_keys()
    table = page.locator('.nl-table-widget[data-name="articles"]')
    tabs = page.locator(".nl-views > .lm-TabBar .lm-TabBar-tab")
    panel_js = """() => {
      const tab = document.querySelector('.nl-views');
      const open = tab.querySelector(':scope > .widget-tab-contents > :not(.lm-mod-hidden)');
      return open ? open.textContent : '';
    }"""

    def every_tab() -> list[str]:
        texts = []
        for index in range(tabs.count()):
            tabs.nth(index).click()
            page.wait_for_function(
                "() => !document.querySelector('.nl-views > .widget-tab-contents > "
                ":not(.lm-mod-hidden) .nl-pending, .nl-views > .widget-tab-contents > "
                ".nl-pending:not(.lm-mod-hidden)')"
            )
            settle(page)
            texts.append(page.evaluate(panel_js))
        tabs.nth(0).click()
        settle(page)
        return texts

    table.locator("tr.nl-row").nth(0).click()
    settle(page)
    before_text = page.locator(".nl-textbox").inner_text()
    before = every_tab()
    oracle.select(keys[2])
    table.locator("tr.nl-row").nth(2).click()
    page.wait_for_function(
        "(t) => document.querySelector('.nl-textbox').textContent === t", arg=oracle.article.text
    )
    settle(page)
    after = every_tab()
    assert page.locator(".nl-textbox").inner_text() != before_text
    assert len(after) == len(before) >= 4
    assert sum(a != b for a, b in zip(after, before, strict=True)) >= 3, (before, after)
    assert not [t for t in after if "opening…" in t]
    outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
    assert not [o for o in outputs if "Traceback (most recent call last)" in o]
    page.screenshot(path=str(screenshots / "explorer.png"), full_page=True)


def test_a_pick_keeps_the_explorers_height(session):
    """Articles of every length and findings count leave the explorer as tall as before: the
    page below does not jump, and JupyterLab does not re-lay out the notebook on a pick."""
    page, oracle, _ = session
    table = page.locator('.nl-table-widget[data-name="articles"]')
    height_js = """() => Math.round(document.querySelector('.nl-textbox')
      .closest('.jp-OutputArea-output').getBoundingClientRect().height)"""
    keys = oracle.list.row_keys()
    # the shortest article on the page, the longest, and one between
    length = {k: len(oracle.articles.loc[oracle.corpus.position[k], "text"]) for k in keys}
    by_length = sorted(range(len(keys)), key=lambda i: length[keys[i]])
    heights, texts = [], set()
    for index in (by_length[0], by_length[-1], by_length[len(keys) // 2]):
        oracle.select(keys[index])
        table.locator("tr.nl-row").nth(index).click()
        page.wait_for_function(
            "(t) => document.querySelector('.nl-textbox').textContent === t",
            arg=oracle.article.text,
        )
        settle(page)
        texts.add(oracle.article.text)
        heights.append(page.evaluate(height_js))
    assert len(texts) == 3
    assert len(set(heights)) == 1, heights


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_story_picker_and_its_three_panes(session, screenshots):
    """The stories plugin's picker narrows the list to one story; its panes show the
    disputed figures, the claims and denials, and the events; a figure opens its sentence."""
    page, oracle, _ = session
    picker = oracle.children[0]
    story = next(v for label, v in picker.options if "Kestrel Bay" in label)
    picker.value = story
    expected = oracle.list.row_keys()
    pane = oracle._panes[-1]
    assert len(expected) == 5 and pane.figure_table.rows and pane.claim_table.rows
    choose(page, "Story", label_of(picker, story))
    wait_rows(page, expected)
    for name, table in (
        ("story-figures", pane.figure_table),
        ("story-claims", pane.claim_table),
        ("story-timeline", pane.event_table),
    ):
        wait_rows(page, [r["key"] for r in table.rows], name=name)
    figures = page.locator('.nl-table-widget[data-name="story-figures"]')
    assert "differ" in figures.inner_text() and "2,000 tonnes" in figures.inner_text()
    claims = page.locator('.nl-table-widget[data-name="story-claims"]')
    assert "deny" in claims.inner_text()
    page.locator('.nl-table-widget[data-name="story-figures"]').screenshot(
        path=str(screenshots / "explorer-story-figures.png")
    )
    key = pane.figure_table.rows[0]["key"]
    article_id, _sentence = pane._open[key]
    pane.figure_table.activate(key)
    expected_sentence = oracle.text_view.focus["sentence"]
    before = focused_nonce(page)
    figures.locator("tr.nl-row").first.click()
    title = oracle.articles.loc[oracle.articles["article_id"] == article_id, "title"].iloc[0]
    page.wait_for_function(
        "(t) => document.querySelector('.jp-OutputArea-output h3')?.textContent === t",
        arg=str(title),
    )
    wait_focus_changed(page, before)
    sentence = page.evaluate(
        """() => Number(document.querySelector('.nl-textbox .nl-flash-sentence')
             ?.closest('.nl-seg')?.dataset.s)"""
    )
    assert sentence == expected_sentence
    choose(page, "Story", "(all stories)")
    oracle.clear_filters()
    wait_rows(page, oracle.list.row_keys())
    settle(page)
