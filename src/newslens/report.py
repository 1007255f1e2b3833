"""``newslens report``: execute a notebook with parameters, export HTML that opens offline.

Why not plain ``papermill`` + ``jupyter nbconvert``: nbconvert's HTML loads require.js, the
widget manager, MathJax and Mermaid from CDNs, so offline every widget is silently blank. Here:

1. the notebook runs under papermill with ``NEWSLENS_REPORT=1`` in the kernel's environment,
   so newslens notebooks display static HTML tables and embedded SVG figures (see
   :mod:`newslens.reporting`) instead of widgets;
2. the HTML uses the ``newslens_offline`` nbconvert template (``newslens/templates``): no
   MathJax, no Mermaid, and, only if some widget state was saved anyway, the vendored
   ``require.js`` and ``@jupyter-widgets/html-manager`` (``newslens/report_assets``) copied
   into ``OUT/assets/`` and referenced by relative paths.

:func:`check_report` is what CI runs on the result: every expected section present, every
figure embedded, no external URL in any ``src``/``href``.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from newslens.reporting import REPORT_ENV

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE / "templates"
ASSETS = PACKAGE / "report_assets"
ASSET_FILES = ("require.js", "embed-amd.js")
TEMPLATE = "newslens_offline"


@dataclass
class ReportResult:
    """What a report run wrote, and how long each step took (seconds)."""

    notebook: Path
    html: Path
    assets: list[Path] = field(default_factory=list)
    execute_seconds: float = 0.0
    export_seconds: float = 0.0


def parse_parameters(pairs: Sequence[str]) -> dict[str, Any]:
    """``["top=5", "claims=['a', 'b']", "title=My report"]`` -> typed values.

    A value that reads as a Python literal (number, bool, None, list, dict, quoted string)
    keeps its type; anything else stays a string, so ``-p title=Weekly report`` just works.
    """
    parameters: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValueError(f"parameter {pair!r}: expected KEY=VALUE, e.g. title=Weekly")
        key, raw = pair.split("=", 1)
        key = key.strip()
        if not key.isidentifier():
            raise ValueError(f"parameter {key!r}: not a valid Python name")
        try:
            value: Any = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            value = raw
        parameters[key] = value
    return parameters


def _kernel_manager_class() -> Any:
    """A kernel manager talking to the kernel over local IPC sockets, not TCP.

    Why: the report's kernel is a child process on the same machine; over TCP the kernel warns
    on every run that it "is running over TCP without encryption", a warning a report's reader
    cannot act on. IPC sockets (in the temporary directory, removed at shutdown) need no port
    and no such warning.
    """
    import tempfile
    import uuid

    from jupyter_client.manager import KernelManager

    class LocalKernelManager(KernelManager):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = os.path.join(tempfile.gettempdir(), f"newslens-kernel-{uuid.uuid4().hex}")

    return LocalKernelManager


@contextmanager
def _report_env() -> Iterator[None]:
    """Set NEWSLENS_REPORT=1 for the kernel papermill starts (it inherits our environment)."""
    old = os.environ.get(REPORT_ENV)
    os.environ[REPORT_ENV] = "1"
    # Headless figures, whatever the user's matplotlib configuration says.
    old_backend = os.environ.get("MPLBACKEND")
    os.environ["MPLBACKEND"] = "Agg"
    try:
        yield
    finally:
        for key, value in ((REPORT_ENV, old), ("MPLBACKEND", old_backend)):
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _skip_iri_grammar() -> None:
    """Keep jsonschema from importing ``rfc3987-syntax`` in this process, if not yet imported.

    Why: jupyter-events pulls it in through jsonschema's format extras, and it builds a parser
    grammar at import: 0.5-2 s in every process that imports nbformat (papermill and nbconvert
    here), for an "iri" string format that no notebook schema uses. jsonschema treats it as
    optional (it skips that format check when the import fails), so a ``None`` in
    ``sys.modules`` makes the import fail fast. Nothing changes if jsonschema is loaded already.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def execute(
    notebook: str | Path,
    output: str | Path,
    parameters: Mapping[str, Any] | None = None,
    *,
    kernel_name: str = "python3",
    timeout: float | None = 600,
    cwd: str | Path | None = None,
) -> Path:
    """Run ``notebook`` with papermill in report mode and write the executed copy to ``output``.

    The kernel runs in ``cwd`` (default: the caller's working directory), so a relative path
    given as a parameter (``-p corpus=news/``) means what it means where the command was typed.
    """
    _skip_iri_grammar()
    import papermill

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with _report_env():
        papermill.execute_notebook(
            str(notebook),
            str(output),
            parameters=dict(parameters or {}),
            kernel_name=kernel_name,
            progress_bar=False,
            execution_timeout=timeout,
            cwd=str(cwd or Path.cwd()),
            kernel_manager_class=_kernel_manager_class(),
            # every cell has run and its outputs are saved: nothing in the kernel is left to
            # keep, and a graceful shutdown waited half a second for it to wind down
            shutdown_kernel="immediate",
        )
    return output


def export_html(
    executed: str | Path, html_path: str | Path, *, show_code: bool = False
) -> list[Path]:
    """Convert an executed notebook to offline HTML; returns the asset files copied (if any)."""
    _skip_iri_grammar()
    import nbformat
    from nbconvert import HTMLExporter

    html_path = Path(html_path)
    node = nbformat.read(str(executed), as_version=4)
    hide = not show_code
    exporter = HTMLExporter(
        template_name=TEMPLATE,
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=hide,
        exclude_input_prompt=hide,
        exclude_output_prompt=hide,
    )
    resources = {"newslens_assets_url": "assets"}
    body, _ = exporter.from_notebook_node(node, resources=resources)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(body, encoding="utf-8")
    copied: list[Path] = []
    if "widgets" in node.metadata:
        target = html_path.parent / "assets"
        target.mkdir(exist_ok=True)
        for name in (*ASSET_FILES, *sorted(p.name for p in ASSETS.glob("LICENSE*"))):
            copied.append(Path(shutil.copy2(ASSETS / name, target / name)))
    return copied


def run_report(
    notebook: str | Path,
    out: str | Path,
    parameters: Mapping[str, Any] | None = None,
    *,
    kernel_name: str = "python3",
    timeout: float | None = 600,
    show_code: bool = False,
) -> ReportResult:
    """Execute ``notebook`` into ``OUT/<name>.ipynb`` and export ``OUT/<name>.html``."""
    notebook = Path(notebook)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    executed = out / notebook.name
    html_path = out / (notebook.stem + ".html")
    started = time.perf_counter()
    execute(notebook, executed, parameters, kernel_name=kernel_name, timeout=timeout)
    middle = time.perf_counter()
    assets = export_html(executed, html_path, show_code=show_code)
    return ReportResult(
        notebook=executed,
        html=html_path,
        assets=assets,
        execute_seconds=middle - started,
        export_seconds=time.perf_counter() - middle,
    )


# ----------------------------------------------------------------------------- checks

_LOCAL = re.compile(r"^(data:|#|about:blank$|javascript:void)", re.IGNORECASE)
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str, str]] = []
        self.images: list[str] = []
        self.sections: list[str] = []
        # Analysis sections: [id, findings declared, figures seen inside].
        self.analysis_sections: list[list] = []
        self._depth = 0
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href", "srcset", "poster", "action", "data"):
            if values.get(name) is not None:
                self.urls.append((tag, name, str(values[name])))
        if tag == "img":
            self.images.append(str(values.get("src") or ""))
            if self.analysis_sections and self._open:
                self.analysis_sections[-1][2] += 1
        if tag == "section":
            self._depth += 1
            if "newslens-section" in (values.get("class") or "").split():
                self.sections.append(str(values.get("id") or ""))
                if values.get("data-findings") is not None:
                    findings = int(values["data-findings"] or 0)
                    self.analysis_sections.append([self.sections[-1], findings, 0])
                    self._open.append(self._depth)

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            if self._open and self._open[-1] == self._depth:
                self._open.pop()
            self._depth -= 1


def _scanned(html_text: str) -> _Scan:
    scan = _Scan()
    scan.feed(html_text)
    return scan


@lru_cache(maxsize=2)
def _scanned_file(path: str, mtime_ns: int, size: int) -> tuple[str, _Scan]:
    """A report read and scanned once for both :func:`report_stats` and :func:`check_report`
    (a report is about 1 MB of embedded figures; each scan took 0.15 s). Keyed by the file's
    modification time and size, so a rewritten file is scanned again."""
    text = Path(path).read_text(encoding="utf-8")
    return text, _scanned(text)


def _read_and_scan(html_path: Path) -> tuple[str, _Scan]:
    stat = html_path.stat()
    return _scanned_file(str(html_path.resolve()), stat.st_mtime_ns, stat.st_size)


def external_urls(html_text: str) -> list[str]:
    """Every ``src``/``href``-like attribute that would leave the machine (or is empty)."""
    return _external(_scanned(html_text))


def _external(scan: _Scan) -> list[str]:
    bad = []
    for tag, name, url in scan.urls:
        url = url.strip()
        if not url or (not _LOCAL.match(url) and _EXTERNAL.match(url)):
            bad.append(f"<{tag} {name}={url[:80]!r}>")
    return bad


def check_report(html_path: str | Path, expected_sections: Sequence[str] = ()) -> list[str]:
    """Problems in a report file (empty list: all good).

    Checks: no external or empty URL in ``src``/``href``; every ``<img>`` embedded as a
    ``data:`` URI (or a local file that exists); the overview and each expected section id
    present; every analysis section with findings holds a figure; relative assets present.
    """
    html_path = Path(html_path)
    _text, scan = _read_and_scan(html_path)
    problems = [f"external or empty URL: {u}" for u in _external(scan)]
    for src in scan.images:
        if src.startswith("data:image/"):
            continue
        if src and not _EXTERNAL.match(src) and (html_path.parent / src).exists():
            continue
        problems.append(f"figure not embedded: {src[:80]!r}")
    for _, name, url in scan.urls:
        if name in ("src", "href") and url and not _EXTERNAL.match(url) and not _LOCAL.match(url):
            local = html_path.parent / url.split("#", 1)[0].split("?", 1)[0]
            if not local.exists():
                problems.append(f"missing local file: {url}")
    for wanted in ("overview", *expected_sections):
        if wanted not in scan.sections:
            problems.append(f"section missing: {wanted}")
    for section, findings, figures in scan.analysis_sections:
        if findings and not figures:
            problems.append(f"no figure in section {section} ({findings} findings)")
    return problems


def report_stats(html_path: str | Path) -> dict[str, Any]:
    """Counts for a report (sections, figures, size): what the CLI and benchmark print."""
    text, scan = _read_and_scan(Path(html_path))
    return {
        "sections": scan.sections,
        "figures": sum(1 for s in scan.images if s.startswith("data:image/")),
        "bytes": len(text.encode("utf-8")),
        "external_urls": len(_external(scan)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newslens.report REPORT.html``: CI's check of a regenerated report.

    Expects a section for every analysis the installed plugins register (so a plugin whose
    section vanished fails CI), a figure in every section with findings, every figure
    embedded and no external URL. Prints what it found.
    """
    import argparse

    from newslens.manager import get_plugin_manager
    from newslens.reporting import section_id

    parser = argparse.ArgumentParser(prog="python -m newslens.report", description=main.__doc__)
    parser.add_argument("html", type=Path)
    args = parser.parse_args(argv)
    registered = list(get_plugin_manager().analyses().names())
    problems = check_report(args.html, [section_id(a) for a in registered])
    stats = report_stats(args.html)
    print(
        f"{args.html}: {len(stats['sections'])} section(s) {stats['sections']}, "
        f"{stats['figures']} figure(s), {stats['bytes'] // 1024} KiB; "
        f"analyses registered: {', '.join(registered) or 'none'}"
    )
    for problem in problems:
        print(f"  problem: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
