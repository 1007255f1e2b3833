"""The plugin guide's examples run: the one-file plugin via the CLI, the packaged one's tests."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from newslens.cli import cli, main

DOCS = Path(__file__).resolve().parents[1] / "docs"
SEED = Path(__file__).resolve().parents[1] / "seeds"


def test_guide_embeds_the_example_files_verbatim():
    guide = (DOCS / "writing-plugins.md").read_text(encoding="utf-8")
    for path in [
        DOCS / "examples/plugins-dir/quotes.py",
        DOCS / "examples/newslens-exclaim/pyproject.toml",
    ]:
        assert path.read_text(encoding="utf-8") in guide, f"{path.name} differs from the guide"


def test_one_file_plugin_is_listed_and_runs_through_analyze(tmp_path, monkeypatch, capsys):
    plugins_dir = str(DOCS / "examples" / "plugins-dir")
    try:
        main(["--plugins-dir", plugins_dir, "plugins"])
    except SystemExit as exit_:
        assert exit_.code in (0, None)
    listing = capsys.readouterr().out
    assert "quotes" in listing and "analyses: quotes.v1" in listing

    out = tmp_path / "out"
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", plugins_dir)
    result = CliRunner().invoke(cli, ["analyze", str(SEED), "-a", "quotes.v1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    quotes = pd.read_parquet(out / "quotes.v1.parquet")
    assert "“We believe Russia has the wrong strategy,”" in quotes["text"].tolist()
    assert "“the most intense fighting in months”" in quotes["text"].tolist()


def test_packaged_example_registers_through_its_module(make_plugin_manager, newslens_corpus):
    path = DOCS / "examples/newslens-exclaim/src/newslens_exclaim/__init__.py"
    spec = importlib.util.spec_from_file_location("newslens_exclaim", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from newslens.testing import run_analysis

    pm = make_plugin_manager(module)
    frame = newslens_corpus.assign(text=["Calm report.", "What a day! Really.", "None"])
    assert run_analysis("exclaim.v1", frame, pm)["text"].tolist() == ["What a day!"]


def _python_blocks(markdown: str) -> list[str]:
    """The guide's Python blocks in order, except those marked as files not run here."""
    blocks = re.findall(r"(<!-- not run[^>]*-->\n)?```python\n(.*?)```", markdown, re.DOTALL)
    return [code for marker, code in blocks if not marker]


def test_guide_python_blocks_run_verbatim_in_order(monkeypatch):
    """Every Python block of the plugin guide runs as written, one after the other as in a
    notebook (local_plugin, the corpus-level analysis, the report section)."""
    from newslens.manager import get_plugin_manager, local_plugin
    from newslens.reporting import plugin_sections

    monkeypatch.chdir(DOCS.parent)
    namespace: dict[str, object] = {"__name__": "guide"}
    blocks = _python_blocks((DOCS / "writing-plugins.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    for code in blocks:
        exec(compile(code, "writing-plugins.md", "exec"), namespace)
    monkeypatch.setenv("NEWSLENS_REPORT", "1")
    register = namespace["newslens_register_report_sections"]
    plugin = local_plugin(newslens_register_report_sections=register)
    pm = get_plugin_manager(entry_points=False, plugins=[("demo", plugin)])
    articles = namespace["sample"]
    (section,) = plugin_sections(articles, namespace["results"], plugin_manager=pm)
    assert 'id="section-demo-outlets"' in section.html and "Articles per outlet" in section.html
