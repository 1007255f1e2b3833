"""Helpers for driving JupyterLab in Debian's Chromium with Playwright (tests and benchmarks).

Why these details (found in ../shared/recipes/jupyterlab): Chromium stalls on a closed network
without the networking flags; the toolbar says "idle" before a kernel exists, so readiness
waits for an ipykernel name too; JupyterLab 4.6 leaves off-screen cells without DOM unless
windowing is "none"; all Jupyter state lives in a temporary folder so runs never share it.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROME_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

KERNEL_READY_JS = """() => {
  const p = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!p) return false;
  const k = p.querySelector('.jp-Toolbar-kernelName');
  const s = p.querySelector('.jp-Notebook-ExecutionIndicator');
  return !!k && /ipykernel/.test(k.textContent) && !!s && s.dataset.status === 'idle';
}"""


def missing_browser() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if not os.path.exists(CHROMIUM):
        return (
            f"Chromium not found at {CHROMIUM}: install Debian's package "
            "(apt-get update && apt-get install -y chromium) or set CHROMIUM"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[browser]'"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Lab:
    """A running JupyterLab: its base URL, token and server process."""

    base: str
    token: str
    process: subprocess.Popen
    log: Path

    def url(self, notebook: str) -> str:
        return f"{self.base}/lab/tree/{notebook}?reset&token={self.token}"


@contextmanager
def running_lab(root: Path, home: Path, env: Mapping[str, str] | None = None) -> Iterator[Lab]:
    """Start ``jupyter lab`` on 127.0.0.1 over ``root``; stop its process group afterwards."""
    token = secrets.token_hex(16)
    port = free_port()
    environment = dict(os.environ)
    environment.update(env or {})
    environment.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        JUPYTERLAB_SETTINGS_DIR=str(home / "settings"),
        MPLBACKEND="module://matplotlib_inline.backend_inline",
    )
    environment.pop("NEWSLENS_REPORT", None)
    tracker = home / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True, exist_ok=True)
    (tracker / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    labconfig = home / "config" / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    (labconfig / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}})
    )
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = home / "jupyter.log"
    with open(log, "w") as handle:
        process = subprocess.Popen(
            command,
            env=environment,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_ready(process, f"http://127.0.0.1:{port}/api/status?token={token}", log)
        yield Lab(f"http://127.0.0.1:{port}", token, process, log)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # our own session: server and kernels
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _wait_ready(process: subprocess.Popen, url: str, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"jupyter lab exited early:\n{log.read_text()[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.25)
    raise TimeoutError(f"jupyter lab did not answer in {timeout} s:\n{log.read_text()[-2000:]}")


@contextmanager
def chromium() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright (no downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def run_all(page: Any, lab: Lab, notebook: str) -> Any:
    """Open ``notebook``, wait for a real kernel, Run All Cells; returns the notebook panel."""
    page.goto(lab.url(notebook))
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
    panel.locator(".jp-Cell").first.wait_for(timeout=60_000)
    page.wait_for_function(KERNEL_READY_JS, timeout=90_000)
    dialog = page.locator(".jp-Dialog")
    if dialog.count():
        dialog.locator(".jp-mod-accept").click()
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator("li.lm-Menu-item[data-command='runmenu:run-all']").click()
    return panel


# The explorer's parts in the page (an ipywidgets Select, HTML and Tab).
PICKER = ".widget-select select"
TEXT = ".newslens-text"
