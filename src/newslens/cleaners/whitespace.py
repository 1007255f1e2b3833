"""Whitespace: line endings, non-breaking spaces, trailing spaces, runs of blank lines.

Runs early so later cleaners compare clean lines; leading indentation is kept (Reuters marks
paragraphs with it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newslens.registry import Cleaned

_NBSP = ("\u00a0", "\u202f", "\u2007")
_ZERO_WIDTH = ("\u200b", "\ufeff")
_BLANK_RUN = re.compile(r"\n{3,}")


def clean_whitespace(text: str, fields: Mapping[str, Any]) -> Cleaned:
    """Normalise whitespace; the note counts what changed."""
    notes: list[str] = []
    out = text
    if "\r" in out:
        out = out.replace("\r\n", "\n").replace("\r", "\n")
        notes.append("whitespace: line endings normalised to \\n")
    # str.count / "in" scan far faster than a regex; most texts need none of these fixes.
    n_nbsp = sum(out.count(ch) for ch in _NBSP)
    if n_nbsp:
        for ch in _NBSP:
            out = out.replace(ch, " ")
        notes.append(f"whitespace: {n_nbsp} non-breaking space(s) replaced by spaces")
    n_zw = sum(out.count(ch) for ch in _ZERO_WIDTH)
    if n_zw:
        for ch in _ZERO_WIDTH:
            out = out.replace(ch, "")
        notes.append(f"whitespace: {n_zw} zero-width character(s) removed")
    n_trailing = 0
    if " \n" in out or "\t\n" in out or out.endswith((" ", "\t")):
        lines = out.split("\n")
        stripped_lines = [line.rstrip(" \t") for line in lines]
        n_trailing = sum(1 for a, b in zip(lines, stripped_lines, strict=True) if len(a) != len(b))
        out = "\n".join(stripped_lines)
    out, n_runs = _BLANK_RUN.subn("\n\n", out) if "\n\n\n" in out else (out, 0)
    stripped = out.strip()
    parts = []
    if n_trailing:
        parts.append(f"trailing spaces removed on {n_trailing} line(s)")
    if n_runs:
        parts.append(f"{n_runs} run(s) of blank lines collapsed")
    if stripped != out:
        parts.append("leading/trailing blank lines stripped")
    if parts:
        notes.append("whitespace: " + ", ".join(parts))
    return Cleaned(stripped, {}, tuple(notes))
