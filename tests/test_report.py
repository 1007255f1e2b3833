"""Static report sections, the offline HTML export and `newslens report`, end to end.

The HTML views are tested by snapshot-like assertions on their markup (escaping, ids, embedded
figures), the export by scanning every src/href of the file it writes.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import sys
import textwrap
import warnings
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from newslens import Analysis, hookimpl
from newslens.report import (
    check_report,
    export_html,
    external_urls,
    parse_parameters,
    report_stats,
)
from newslens.reporting import (
    REPORT_ENV,
    displayable_html,
    figure_html,
    overview,
    report_mode,
    section_id,
    sections,
    static_section,
)
from newslens.runner import analyze
from newslens.testing import tiny_corpus

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
HOSTILE = '<script>alert("x")</script> <img src="http://evil.example/x.png"> 26 missiles'


def figures_extract(article):
    return [
        {"start": m.start(), "end": m.end(), "text": m.group()}
        for m in re.finditer(r"\d[\d,]*|<script>", article.text)
    ]


def figures_summary(findings: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    return findings.groupby("text", as_index=False).size().rename(columns={"size": "mentions"})


FIGURES = Analysis(
    id="figures.v1",
    title="Figures <b>&</b> more",
    extract=figures_extract,
    columns={"start": "int64", "end": "int64", "text": "str"},
    summarize=figures_summary,
    description="Digits in the text, for <tests>.",
)


class _Plugin:
    @hookimpl
    def newslens_register_analyses(self, registry):
        registry.add(FIGURES)


@pytest.fixture
def hostile_results(make_plugin_manager):
    frame = tiny_corpus()
    frame.loc[0, "text"] = HOSTILE
    frame.loc[0, "title"] = "<i>title</i>"
    pm = make_plugin_manager(_Plugin())
    return frame, analyze(frame, ["figures.v1"], plugin_manager=pm, progress=False)


# ----------------------------------------------------------------------------- pure parts


def test_parse_parameters_keeps_literal_types_and_plain_strings():
    values = parse_parameters(["top=5", "claims=['a b', 'c']", "title=Weekly report", "x=None"])
    assert values == {"top": 5, "claims": ["a b", "c"], "title": "Weekly report", "x": None}
    with pytest.raises(ValueError, match="KEY=VALUE"):
        parse_parameters(["novalue"])
    with pytest.raises(ValueError, match="not a valid Python name"):
        parse_parameters(["bad-key=1"])


def test_report_mode_follows_the_environment(monkeypatch):
    monkeypatch.delenv(REPORT_ENV, raising=False)
    assert not report_mode()
    monkeypatch.setenv(REPORT_ENV, "1")
    assert report_mode()
    monkeypatch.setenv(REPORT_ENV, "0")
    assert not report_mode()


def test_static_section_escapes_text_and_embeds_a_figure(hostile_results):
    articles, results = hostile_results
    section = static_section(FIGURES, results, articles).html
    assert f'id="{section_id("figures.v1")}"' in section
    assert "Figures &lt;b&gt;&amp;&lt;/b&gt; more" in section
    assert "for &lt;tests&gt;." in section
    assert "<script>" not in section and "&lt;script&gt;" in section
    assert "<i>title</i>" not in section
    n = len(results["figures.v1"])
    assert f"{n} finding(s) in" in section
    assert "Across the corpus" in section and "mentions" in section
    assert section.count('src="data:image/svg+xml;base64,') == 1
    assert external_urls(section) == []


def test_a_figure_is_an_inert_svg_with_its_text_kept_as_text():
    import base64
    import xml.etree.ElementTree as ElementTree

    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 2), layout="tight")
    axes = figure.subplots()
    axes.barh([0, 1], [3, 5])
    axes.set_title(HOSTILE + " 日本")  # a hostile title, and letters the font lacks
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no glyph warning reaches the report
        tag = figure_html(figure, alt="<b>alt</b>")
    assert tag.startswith('<img class="newslens-figure" alt="&lt;b&gt;alt&lt;/b&gt;"')
    svg = base64.b64decode(tag.split("base64,")[1].split('"')[0]).decode("utf-8")
    root = ElementTree.fromstring(svg)  # well-formed: the title was escaped, not injected
    ns = "{http://www.w3.org/2000/svg}"
    texts = ["".join(t.itertext()) for t in root.iter(f"{ns}text")]
    assert any('<script>alert("x")</script>' in t and "日本" in t for t in texts)
    assert not list(root.iter(f"{ns}script")) and not list(root.iter(f"{ns}image"))
    assert "sans-serif" in svg  # a generic family for browsers without the bundled font
    assert figure_html(_same_figure()) == figure_html(_same_figure())  # no date, no random ids


def _same_figure():
    from matplotlib.figure import Figure

    figure = Figure(figsize=(3, 2))
    figure.subplots().plot([1, 2, 3])
    return figure


def test_section_without_findings_says_so_and_draws_nothing(make_plugin_manager):
    frame = tiny_corpus().iloc[[2]]
    pm = make_plugin_manager(_Plugin())
    results = analyze(frame, ["figures.v1"], plugin_manager=pm, progress=False)
    section = static_section(FIGURES, results, frame).html
    assert "No findings in this corpus" in section
    assert "data:image" not in section


def test_analysis_report_adds_figures_and_survives_failure(hostile_results):
    """``Analysis.report`` adds figures, frames and escaped text to the analysis's section;
    one that raises becomes a visible note and the section is still written."""
    import dataclasses

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    articles, results = hostile_results

    def report(context):
        figure = Figure()
        figure.subplots().plot([1, 2, 3])
        return [figure, context.findings.head(2), "<b>plain & text</b>"]

    analysis = dataclasses.replace(FIGURES, report=report)
    section = static_section(analysis, results, articles).html
    assert section.count("data:image/svg+xml;base64,") == 1  # the plugin's figure, no generic one
    assert "&lt;b&gt;plain &amp; text&lt;/b&gt;" in section

    def broken(context):
        raise RuntimeError("figure <failed>")

    section = static_section(dataclasses.replace(FIGURES, report=broken), results, articles).html
    assert "plugin figures failed" in section and "figure &lt;failed&gt;" in section


def test_report_rows_choose_the_first_findings_table(hostile_results):
    """``Analysis.report_rows`` picks and orders the rows of the section's first table."""
    import dataclasses

    articles, results = hostile_results
    findings = results["figures.v1"]
    assert len(findings) >= 2
    last = findings.iloc[[-1]]
    section = static_section(
        dataclasses.replace(FIGURES, report_rows=lambda frame: frame.iloc[::-1]), results, articles
    ).html
    plain = static_section(FIGURES, results, articles).html
    first_row = re.compile(r"<tbody>\s*<tr>(.*?)</tr>", re.S)
    assert first_row.search(section).group(1) != first_row.search(plain).group(1)
    assert str(last.iloc[0]["text"]) in first_row.search(section).group(1)

    def broken(frame):
        raise ValueError("rows <failed>")

    section = static_section(dataclasses.replace(FIGURES, report_rows=broken), results, articles)
    assert "report_rows failed" in section.html and "rows &lt;failed&gt;" in section.html
    assert first_row.search(section.html).group(1) == first_row.search(plain).group(1)


def test_a_module_level_report_function_is_not_picked_up(hostile_results):
    """Only declared API reaches a report: a function merely named ``report`` beside an
    analysis (the old convention) is ignored."""
    articles, results = hostile_results
    module = ModuleType("newslens_fake_report_plugin")

    def extract(article):
        return figures_extract(article)

    extract.__module__ = module.__name__
    module.extract = extract
    module.report = lambda context: ["should not show"]
    sys.modules[module.__name__] = module
    try:
        analysis = Analysis(id="figures.v1", title="F", extract=extract, columns=FIGURES.columns)
        section = static_section(analysis, results, articles).html
    finally:
        del sys.modules[module.__name__]
    assert "should not show" not in section


def test_plugin_sections_render_escape_and_isolate_failures(hostile_results, make_plugin_manager):
    from newslens.registry import ReportSection
    from newslens.reporting import plugin_sections

    articles, results = hostile_results

    def good(context):
        return [f"claims: {context.options['claims']}", pd.DataFrame({"x": ["<b>"]})]

    def bad(context):
        raise RuntimeError("section <broke>")

    class Sections:
        @hookimpl
        def newslens_register_report_sections(self, registry):
            registry.add(ReportSection(id="demo.good", title="Good <one>", render=good, order=2))
            registry.add(ReportSection(id="demo.bad", title="Bad", render=bad, order=1))
            registry.add(
                ReportSection(id="demo.needs", title="Needs", render=good, needs=("nope.v1",))
            )

    pm = make_plugin_manager(Sections())
    out = [
        s.html for s in plugin_sections(articles, results, {"claims": ["<x>"]}, plugin_manager=pm)
    ]
    assert [re.search(r'id="([^"]+)"', h).group(1) for h in out] == [
        "section-demo-bad",
        "section-demo-good",
        "section-demo-needs",
    ]
    assert "section &lt;broke&gt;" in out[0]
    assert "Good &lt;one&gt;" in out[1] and "&lt;x&gt;" in out[1] and "&lt;b&gt;" in out[1]
    assert "needs nope.v1" in out[2]


def test_displayable_html_handles_repr_methods():
    class Svg:
        def _repr_svg_(self):
            return "<svg></svg>"

    assert "<svg></svg>" in displayable_html(Svg())
    assert displayable_html(42) == "<p>42</p>"


def test_overview_and_sections_name_missing_analyses(hostile_results):
    articles, results = hostile_results
    text = overview(articles, results, title="A <b> title").html
    assert "A &lt;b&gt; title" in text and f"{len(articles)} article(s)" in text
    parts = sections(articles, results, ["figures.v1", "missing.v1"])
    assert [section_id("figures.v1") in parts[0].html, "no plugin registers" in parts[1].html] == [
        True,
        True,
    ]


def test_a_long_load_report_is_counted_per_file_then_listed_in_part(tmp_path):
    """Sixty broken records of one file: one line per file with its count, then the first few."""
    import newslens
    from newslens.reporting import LOAD_ROWS

    lines = [json.dumps({"title": f"t{i}", "text": ""}) for i in range(60)]
    lines.append(json.dumps({"title": "kept", "text": "The council met on Monday."}))
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles = newslens.load(tmp_path / "feed.jsonl")
    assert len(articles) == 1
    text = overview(articles, {}).html
    assert "60 file(s) or record(s) not loaded" in text
    assert re.search(r"feed\.jsonl</td><td>error</td><td><span class=\"num\">60<", text)
    assert f"The first {LOAD_ROWS}:" in text and "and 50 more" in text


def test_report_columns_choose_what_the_first_findings_show(hostile_results):
    """``report_columns`` picks and orders a finding's columns (after the article's title,
    outlet and date); a plugin's ``report`` replaces the raw summary table."""
    articles, results = hostile_results
    chosen = dataclasses.replace(FIGURES, report_columns=("end", "text"))
    section = static_section(chosen, results, articles, figures=False).html
    head = section.split("First findings")[1].split("</thead>")[0]
    assert re.findall(r"<th>([^<]*)</th>", head) == ["article", "outlet", "date", "end", "text"]
    assert "Across the corpus" in section
    own = dataclasses.replace(FIGURES, report=lambda context: ["mine"])
    section = static_section(own, results, articles).html
    assert "Across the corpus" not in section and "<p>mine</p>" in section


def test_overview_says_what_was_not_loaded_skipped_or_warned(tmp_path):
    """A broken file is 'not loaded'; a README met in a folder is a skipped file, not an
    article 'loaded with a warning'."""
    import newslens

    (tmp_path / "a.txt").write_text("Title\n\nThe council met on Monday.", encoding="utf-8")
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    articles = newslens.load(tmp_path)
    text = overview(articles, {}).html
    assert "1 file(s) or record(s) not loaded" in text
    assert "1 other file(s) in the folders skipped" in text
    assert "loaded with a warning" not in text


SECTION_SNAPSHOT = (
    '<section class="newslens-section" id="analysis-figures-v1" data-analysis="figures.v1" da'
    'ta-findings="7"><h2>Figures &lt;b&gt;&amp;&lt;/b&gt; more <small><code>figures.v1</code>'
    '</small></h2><p class="newslens-description">Digits in the text, for &lt;tests&gt;.</p><'
    'p class="newslens-counts">7 finding(s) in 2 of 3 article(s); 0 error(s).</p><h3>First fi'
    'ndings (1 of 7)</h3><table class="newslens-people"><thead><tr><th>article</th><th>outlet'
    "</th><th>date</th><th>text</th></tr></thead><tbody><tr><td>Ministry says 26 missiles hit"
    " 11 targets</td><td>Example Wire</td><td>2015-10-07</td><td>26</td></tr></tbody></table>"
    '<p class="newslens-more">and 6 more</p><h3>Across the corpus</h3><table class="newslens-'
    'people"><thead><tr><th>text</th><th>mentions</th></tr></thead><tbody><tr><td>1,400</td><'
    'td><span class="num">1</span></td></tr><tr><td>1,500</td><td><span class="num">1</span><'
    '/td></tr><tr><td>11</td><td><span class="num">1</span></td></tr><tr><td>26</td><td><span'
    ' class="num">1</span></td></tr><tr><td>30</td><td><span class="num">1</span></td></tr><t'
    'r><td>900</td><td><span class="num">1</span></td></tr><tr><td>930</td><td><span class="n'
    'um">1</span></td></tr></tbody></table></section>'
)


def test_static_section_snapshot(make_plugin_manager):
    """The section's exact markup on the tiny corpus (figures off): a change here is visible."""
    frame = tiny_corpus()
    pm = make_plugin_manager(_Plugin())
    results = analyze(frame, ["figures.v1"], plugin_manager=pm, progress=False)
    section = static_section(FIGURES, results, frame, top=1, figures=False).html
    assert re.sub(r">\s+<", "><", section).strip() == SECTION_SNAPSHOT


# ----------------------------------------------------------------------------- checks


def test_check_report_flags_external_urls_missing_sections_and_figures(tmp_path):
    page = tmp_path / "r.html"
    page.write_text(
        '<section class="newslens-section" id="overview"></section>'
        '<img src="data:image/png;base64,AAAA"><img src="https://cdn.example/x.png">'
        '<script src="//cdn.example/require.js"></script><a href="#top">top</a>'
        '<script src=""></script><link href="assets/missing.css">'
        '<section class="newslens-section" id="analysis-a-v1" data-findings="3"><p>no figure</p>'
        '</section><section class="newslens-section" id="analysis-b-v1" data-findings="0">'
        "</section>",
        encoding="utf-8",
    )
    problems = check_report(page, ["analysis-numbers-v1"])
    assert any("https://cdn.example/x.png" in p and "external" in p for p in problems)
    assert any("//cdn.example/require.js" in p for p in problems)
    assert any("figure not embedded" in p for p in problems)
    assert any("empty URL" in p for p in problems)
    assert "missing local file: assets/missing.css" in problems
    assert "section missing: analysis-numbers-v1" in problems
    assert "no figure in section analysis-a-v1 (3 findings)" in problems
    assert not any("analysis-b-v1" in p for p in problems)
    assert not any("#top" in p for p in problems)


def _notebook_with_widget_state(path: Path) -> Path:
    import nbformat

    book = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("w")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                "application/vnd.jupyter.widget-view+json": {
                    "model_id": "abc",
                    "version_major": 2,
                    "version_minor": 0,
                },
                "text/plain": "IntSlider(value=3)",
            },
        )
    ]
    book.cells = [nbformat.v4.new_markdown_cell("$x^2$ and text"), cell]
    book.metadata["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {
            "version_major": 2,
            "version_minor": 0,
            "state": {},
        }
    }
    nbformat.write(book, path)
    return path


def test_export_copies_local_widget_assets_only_when_widgets_remain(tmp_path):
    import nbformat

    with_widgets = _notebook_with_widget_state(tmp_path / "w.ipynb")
    copied = export_html(with_widgets, tmp_path / "out" / "w.html")
    names = sorted(p.name for p in copied)
    assert "require.js" in names and "embed-amd.js" in names
    assert any(n.startswith("LICENSE") for n in names)
    page = (tmp_path / "out" / "w.html").read_text(encoding="utf-8")
    assert 'src="assets/require.js"' in page and "'assets/embed-amd.js'" in page
    assert "cdnjs" not in page and "jsdelivr" not in page and "unpkg" not in page
    assert check_report(tmp_path / "out" / "w.html") == ["section missing: overview"]

    plain = tmp_path / "p.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("hi")]), plain)
    assert export_html(plain, tmp_path / "out2" / "p.html") == []
    page = (tmp_path / "out2" / "p.html").read_text(encoding="utf-8")
    assert "require.js" not in page and not (tmp_path / "out2" / "assets").exists()
    assert external_urls(page) == []


# ----------------------------------------------------------------------------- end to end

PLUGIN_FILE = """
import re
from newslens import Analysis, hookimpl

def extract(article):
    return [{"start": m.start(), "end": m.end(), "text": m.group()}
            for m in re.finditer(r"\\d[\\d,]*|<script>", article.text)]

@hookimpl
def newslens_register_analyses(registry):
    registry.add(Analysis(id="digits.v1", title="Digits", extract=extract,
                          columns={"start": "int64", "end": "int64", "text": "str"}))
"""


@pytest.mark.slow
def test_newslens_report_on_a_hostile_corpus_opens_offline(tmp_path, monkeypatch):
    """The CLI path: papermill in report mode, offline HTML, checks; article text escaped."""
    from click.testing import CliRunner

    from newslens.cli import cli

    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "digits.py").write_text(textwrap.dedent(PLUGIN_FILE), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text("Evil headline\n\n" + HOSTILE + "\n", encoding="utf-8")
    (corpus / "calm.txt").write_text("Calm headline\n\nOfficials counted 1,400 km.\n")
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(plugins))
    monkeypatch.chdir(tmp_path)  # the corpus is given relative to where the command runs
    out = tmp_path / "report"
    result = CliRunner().invoke(
        cli,
        [
            "report",
            str(NOTEBOOKS / "report.ipynb"),
            "-p",
            "corpus=corpus",
            "-p",
            "title=Hostile <corpus>",
            "-p",
            "claims=['26 missiles']",
            "--out",
            str(out),
            "--check",
            "digits.v1",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    assert (
        check_report(
            out / "report.html", [section_id("digits.v1"), "section-stance-claims", "article"]
        )
        == []
    )
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "Hostile &lt;corpus&gt;" in page
    assert report_stats(out / "report.html")["figures"] >= 1
    executed = json.loads((out / "report.ipynb").read_text(encoding="utf-8"))
    assert "widgets" not in executed["metadata"]  # report mode displayed no widget
    assert html.escape("evil.txt") in page or "Evil headline" in page


@pytest.mark.slow
def test_a_report_whose_corpus_loads_nothing_fails_saying_why(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from newslens.cli import cli

    monkeypatch.chdir(tmp_path)
    args = ["report", str(NOTEBOOKS / "report.ipynb"), "-p", "corpus=no/such/folder"]
    result = CliRunner().invoke(cli, [*args, "--out", "out", "--check", "numbers.v1"])
    assert result.exit_code == 1
    assert "EmptyCorpusError" in result.output and "no/such/folder" in result.output
    allowed = CliRunner().invoke(cli, [*args, "--out", "out", "--allow-empty"])
    assert allowed.exit_code == 0, allowed.output
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "0 article(s)" in page and "no/such/folder" in page


def test_the_highlighted_article_is_one_a_reader_can_take_in(make_plugin_manager):
    """The densest article short enough to show whole; a long one is cut at a paragraph end
    and says how much is left out."""
    from newslens.reporting import ARTICLE_CHARACTERS, article_html

    long_text = "\n".join(f"Paragraph {i} counts 1 and 2 and 3 figures." for i in range(400))
    frame = tiny_corpus().iloc[:2].assign(text=[long_text, "Only 26 and 11 here."])
    pm = make_plugin_manager(_Plugin())
    results = analyze(frame, ["figures.v1"], plugin_manager=pm, progress=False)
    picked = article_html(frame, results).html
    assert "Only <mark" in picked and "Paragraph" not in picked
    # named by outlet and date with a legend of its marks, not by its hash
    assert 'class="nl-legend"' in picked and 'data-layer="figures.v1"' in picked
    assert str(frame["article_id"][1]) not in picked
    cut = article_html(frame, results, frame["article_id"][0]).html
    assert "more characters, not shown" in cut
    assert len(re.sub(r"<[^>]+>", "", cut)) < ARTICLE_CHARACTERS + 500


def test_report_results_from_a_store_equal_a_fresh_run_and_refuse_another_corpus(
    make_plugin_manager, tmp_path
):
    from newslens.reporting import StoreMismatchError, report_results
    from newslens.store import Store

    pm = make_plugin_manager(_Plugin())
    frame = tiny_corpus()
    fresh = report_results(frame, ["figures.v1"], plugin_manager=pm)
    path = tmp_path / "report.duckdb"
    first = report_results(frame, ["figures.v1"], store=path, plugin_manager=pm)
    again = report_results(frame, ["figures.v1"], store=path, plugin_manager=pm)
    for got in (first, again):
        pd.testing.assert_frame_equal(got["figures.v1"], fresh["figures.v1"])
    with Store(path) as db:  # the second report computed nothing: every article was done
        assert db.analyze(frame, ["figures.v1"], plugin_manager=pm, progress=False) == {
            "figures.v1": 0
        }
    with pytest.raises(StoreMismatchError, match="1 article"):
        report_results(frame.iloc[1:], ["figures.v1"], store=path, plugin_manager=pm)


def test_the_report_process_skips_the_iri_grammar_and_still_validates_notebooks():
    import subprocess

    code = textwrap.dedent(
        """
        import sys
        from newslens.report import _skip_iri_grammar
        _skip_iri_grammar()
        import nbformat
        node = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
        nbformat.validate(node)
        node.cells[0]["source"] = 5  # invalid: validation still catches it
        try:
            nbformat.validate(node)
        except nbformat.ValidationError:
            print("invalid caught")
        print("loaded" if sys.modules.get("rfc3987_syntax") else "skipped")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["invalid", "caught", "skipped"]


def test_a_rewritten_report_is_checked_again_not_served_from_the_last_scan(tmp_path):
    page = tmp_path / "report.html"
    page.write_text('<section class="newslens-section" id="overview"></section>'
                    '<img src="https://cdn.example/x.png">', encoding="utf-8")  # fmt: skip
    assert any("external" in p for p in check_report(page))
    assert report_stats(page)["figures"] == 0
    assert report_stats(page)["external_urls"] == 1
    page.write_text('<section class="newslens-section" id="overview"></section>'
                    '<img src="data:image/svg+xml;base64,AAAA">', encoding="utf-8")  # fmt: skip
    assert check_report(page) == []
    assert report_stats(page)["figures"] == 1
    assert report_stats(page)["external_urls"] == 0


def test_figure_drawing_notices_stay_out_of_the_report():
    """Matplotlib's notices while a figure is drawn (a missing glyph, a date axis falling
    back to another tick interval) printed into the report; other warnings still show."""
    from newslens.reporting import quiet_glyphs

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with quiet_glyphs():
            warnings.warn(
                "Glyph 1234 (\\N{CJK UNIFIED IDEOGRAPH-4E2D}) missing from font(s)",
                UserWarning,
                stacklevel=1,
            )
            warnings.warn(
                "AutoDateLocator was unable to pick an appropriate interval",
                UserWarning,
                stacklevel=1,
            )
            warnings.warn("something else", UserWarning, stacklevel=1)
    assert [str(w.message) for w in caught] == ["something else"]


def test_overview_says_why_an_analysis_found_nothing(make_plugin_manager):
    """An analysis that reads a field no article has (claims to check) found nothing because
    it was given nothing to do; the overview says so instead of a bare row of zeros."""

    def check(article):
        return [{"claim": c} for c in (article.extra.get("claims") or [])]

    checker = Analysis(
        id="checks.v1", title="Checks", extract=check, columns={"claim": "str"}, reads=("claims",)
    )

    class Checks:
        @hookimpl
        def newslens_register_analyses(self, registry):
            registry.add(checker)

    pm = make_plugin_manager(Checks())
    plain = tiny_corpus()
    results = analyze(plain, ["checks.v1"], plugin_manager=pm, progress=False)
    assert "no article has a field it reads (claims)" in overview(plain, results).html
    given = plain.assign(claims=[["The council met."]] * len(plain))
    results = analyze(given, ["checks.v1"], plugin_manager=pm, progress=False)
    assert len(results["checks.v1"]) == len(plain)
    assert "no article has a field it reads" not in overview(given, results).html
