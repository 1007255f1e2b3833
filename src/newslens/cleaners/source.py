"""An article without a ``source`` takes its url's host (``en.wikinews.org``).

Why: an export often says where each article comes from only in its url; with ``source``
empty, every such article counts as an outlet of its own ("unknown") in every per-outlet
comparison. The host is what the url says, no more: no guess at a brand name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from newslens.registry import Cleaned


def clean_source(text: str, fields: Mapping[str, Any]) -> Cleaned:
    """Fill an empty ``source`` from the url's host (``www.`` dropped); note it."""
    if str(fields.get("source") or "").strip():
        return Cleaned(text)
    url = str(fields.get("url") or "").strip()
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    if not host:
        return Cleaned(text)
    return Cleaned(text, {"source": host}, (f"source: taken from the url's host {host!r}",))
