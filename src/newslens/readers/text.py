"""Plain text: the first non-empty line is the headline, the rest is the body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslens.readers.common import decode_source
from newslens.registry import Source


def split_title(text: str) -> tuple[str, str]:
    """Split text into (first non-empty line, everything after it)."""
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.strip():
            return line.strip(), "".join(lines[index + 1 :])
    return "", ""


def read_txt(source: Source) -> Iterator[dict[str, Any]]:
    """One article per file; the sidecar ``NAME.meta.json`` is merged by the loader."""
    text, notes = decode_source(source)
    title, body = split_title(text)
    yield {"title": title, "text": body, "notes": notes}
