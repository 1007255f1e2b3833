"""HTML pages: main text and metadata (title, date, site name, author, url) via trafilatura.

trafilatura drops navigation, comments and boilerplate, so the comment-form debris the text
cleaners look for is mostly gone before cleaning; what it misses the cleaners still catch.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newslens.readers.common import decode_source
from newslens.registry import LoadIssue, Source


def read_html(source: Source) -> Iterator[Any]:
    """One article per page; a page without main text is reported, not loaded empty."""
    import trafilatura  # heavy import: only when an HTML file is read

    html, notes = decode_source(source)
    if not html.strip():
        yield LoadIssue(str(source.path), "empty file")
        return
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # keep the time and offset of article:published_time, not only the day
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True},
    )
    if document is None:
        yield LoadIssue(str(source.path), "no main text found in the HTML page")
        return
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    title = (data.get("title") or "").strip()
    lines = [line.strip() for line in (data.get("text") or "").split("\n")]
    if lines and title and lines[0] == title:  # trafilatura repeats the <h1> as line one
        lines = lines[1:]
    # One line per block element from trafilatura; a blank line between them keeps the
    # paragraph structure the cleaners (and readers of the text) rely on.
    text = "\n\n".join(line for line in lines if line)
    if not text:
        yield LoadIssue(str(source.path), "no main text found in the HTML page")
        return
    record: dict[str, Any] = {
        "title": title,
        "text": text,
        "published": data.get("date"),
        "source": data.get("sitename") or "",
        "url": data.get("url") or "",
        "notes": [*notes, "html: main text extracted with trafilatura"],
    }
    if data.get("author"):
        record["author"] = data["author"]
    yield record
