"""The built-in readers, registered through the same hook a third-party plugin uses.

=========  ======================  ================================================
reader     extensions              what one file gives
=========  ======================  ================================================
txt        .txt                    one article: first non-empty line = title
json       .json                   an object, a list, or {"articles": [...]}
jsonl      .jsonl, .ndjson         one article per line
csv        .csv                    one article per row
parquet    .parquet, .pq           one article per row
html       .html, .htm             one article (trafilatura main text + metadata)
=========  ======================  ================================================
"""

from __future__ import annotations

from newslens.hookspecs import hookimpl
from newslens.readers.html import read_html
from newslens.readers.jsonfmt import read_json, read_jsonl
from newslens.readers.tabular import read_csv, read_parquet
from newslens.readers.text import read_txt
from newslens.registry import Reader, ReaderRegistry

BUILTIN_READERS: tuple[Reader, ...] = (
    Reader("txt", (".txt",), read_txt, "plain text; first non-empty line is the headline"),
    Reader("json", (".json",), read_json, "JSON object, list, or object holding a list"),
    Reader("jsonl", (".jsonl", ".ndjson"), read_jsonl, "JSON Lines, one article per line"),
    Reader("csv", (".csv",), read_csv, "CSV with a header; one article per row"),
    Reader("parquet", (".parquet", ".pq"), read_parquet, "Parquet table; one article per row"),
    Reader("html", (".html", ".htm"), read_html, "web page; main text via trafilatura"),
)


@hookimpl
def newslens_register_readers(registry: ReaderRegistry) -> None:
    """Add the built-in readers."""
    for reader in BUILTIN_READERS:
        registry.add(reader)
