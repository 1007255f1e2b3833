"""Every notebook in notebooks/ executes on the bundled sample, interactively and as a report.

Interactive runs (no NEWSLENS_REPORT) are checked by the widget state nbclient saves: the
explorer's article list holds every article and it has one tab per analysis. Report runs go through
`newslens.report.run_report` and the same checks CI applies to the HTML.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from newslens.reporting import REPORT_ENV, section_id

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
EXAMPLE_PLUGINS = REPO / "docs" / "examples" / "plugins-dir"

pytestmark = pytest.mark.slow


@pytest.fixture
def example_plugin(monkeypatch):
    """A one-file plugin (docs/examples) so every notebook has at least one analysis to show."""
    if not (EXAMPLE_PLUGINS / "quotes.py").exists():
        pytest.skip(f"example plugin not found: {EXAMPLE_PLUGINS}")
    monkeypatch.setenv("NEWSLENS_PLUGINS_DIR", str(EXAMPLE_PLUGINS))
    monkeypatch.delenv(REPORT_ENV, raising=False)


def _execute(path: Path) -> Any:
    import nbformat
    from nbclient import NotebookClient

    book = nbformat.read(path, as_version=4)
    client = NotebookClient(
        book,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        store_widget_state=True,
    )
    client.execute()
    return book


def _models(book: Any) -> list[dict]:
    state = book.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    return [model["state"] for model in state.get("state", {}).values()]


def _errors(book: Any) -> list[str]:
    return [
        f"{o.get('ename')}: {o.get('evalue')}"
        for cell in book.cells
        for o in cell.get("outputs", [])
        if o.get("output_type") == "error"
    ]


def test_the_three_notebooks_exist():
    assert {p.name for p in NOTEBOOKS} >= {"explore.ipynb", "report.ipynb", "plugin-tour.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_interactively(path, example_plugin):
    import newslens

    book = _execute(path)
    assert _errors(book) == []
    models = _models(book)
    if path.stem == "explore":
        n_articles = len(newslens.load(newslens.sample_path()))
        # the article list (an anywidget table): every article listed, one page shown
        lists = [m for m in models if m.get("selectable") and "rows" in m]
        assert any(m.get("total") == n_articles and m.get("rows") for m in lists)
        tabs = [m for m in models if m.get("_model_name") == "TabModel"]
        assert any("Quotations" in m.get("titles", []) for m in tabs)
        assert any(m.get("description") == "Claim" for m in models)
    if path.stem == "plugin-tour":
        tabs = [m for m in models if m.get("_model_name") == "TabModel"]
        assert any("Questions" in m.get("titles", []) for m in tabs)
    if path.stem == "report":
        # A report notebook shows static HTML even interactively: nothing needs a kernel.
        assert not [m for m in models if m.get("_model_name") == "TabModel"]


@pytest.mark.parametrize("name", ["explore", "plugin-tour"])
def test_notebook_as_offline_report(name, example_plugin, tmp_path):
    from newslens.report import check_report, report_stats, run_report

    result = run_report(REPO / "notebooks" / f"{name}.ipynb", tmp_path)
    expected = [section_id("questions.v1")] if name == "plugin-tour" else [section_id("quotes.v1")]
    if name == "explore":
        expected += ["overview", "article", "section-stance-claims"]
    problems = check_report(result.html, expected)
    if name == "plugin-tour":  # the tour has no corpus overview section, only its plugin's
        problems = [p for p in problems if p != "section missing: overview"]
    assert problems == []
    assert report_stats(result.html)["figures"] >= 1
    assert os.environ.get(REPORT_ENV) is None  # the runner restored the environment


def test_newslens_lab_serves_the_notebooks_on_localhost_with_a_token(tmp_path):
    """`newslens lab` prints a tokened 127.0.0.1 URL that answers, and lists the notebooks."""
    import json
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(
        os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "c"), JUPYTER_RUNTIME_DIR=str(tmp_path / "r")
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "newslens.cli", "lab", str(REPO / "notebooks"), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        lines = [process.stdout.readline() for _ in range(2)]
        url = next(line.split()[-1] for line in lines if "token=" in line)
        assert url.startswith(f"http://127.0.0.1:{port}/lab?token=")
        token = url.split("token=", 1)[1]
        deadline = time.monotonic() + 60
        while True:
            try:
                body = urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/contents?token={token}", timeout=2
                ).read()
                break
            except OSError:
                assert process.poll() is None, "jupyter lab exited"
                assert time.monotonic() < deadline, "jupyter lab did not answer in 60 s"
                time.sleep(0.3)
        names = {item["name"] for item in json.loads(body)["content"]}
        assert {"explore.ipynb", "report.ipynb"} <= names
        with pytest.raises(urllib.error.HTTPError):  # no token, no access
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents", timeout=5)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(15)
