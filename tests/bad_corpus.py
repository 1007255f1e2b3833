"""Build a corpus of bad input in a folder (no binary blobs are committed: this script makes them).

``make_bad_corpus(folder)`` returns what it wrote: for each file, how many articles a careful
loader should produce from it (``None`` where either loading or reporting is acceptable, as
long as the file is accounted for).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

HOSTILE_HTML = """<!doctype html><html><head><title>Hostile page</title></head><body>
<article><h1>Hostile page</h1>
<p>This article body is long enough to be kept as the main text of the page by the extractor,
and it carries payloads that must never execute anywhere newslens shows it.</p>
<script>window.__pwned = 1</script>
<p><img src="x" onerror="window.__pwned=1"> An image with an onerror handler sits here.</p>
<p><a href="javascript:window.__pwned=1">A javascript: link</a> and an iframe follow.</p>
<iframe src="javascript:window.__pwned=1"></iframe>
<p>The last paragraph closes the article with one more sentence of ordinary text.</p>
</article></body></html>
"""


def make_bad_corpus(folder: Path, *, big: bool = True) -> dict[str, int | None]:
    """Write the bad-input files into ``folder``; return expected article counts per file."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, int | None] = {}

    def write(name: str, data: bytes | str, articles: int | None) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[name] = articles

    write("empty.txt", b"", 0)
    write("binary.txt", bytes(range(256)) * 64, 0)
    write("invalid-utf8.txt", b"Headline\n\nCaf\xe9 owners say prices rose \xff\xfe by 5%.\n", 1)
    write("cp1252.txt", "Headline\n\nThe minister’s “plan” costs €5m.\n".encode("cp1252"), 1)
    write("bom.txt", "\ufeffHeadline with BOM\n\nBody text here.\n".encode(), 1)
    write(
        "mixed-encodings.txt",
        "Title\n\nUTF-8 café ".encode() + "and cp1252 café".encode("cp1252"),
        1,
    )
    write("nul-bytes.txt", b"Title\n\nText with a NUL\x00 byte inside it.\n", None)
    write("digits.txt", "Digits\n\n" + ("1234567890," * 10_000), 1)
    write(
        "unicode.txt",
        "Emoji 🚀 and RTL\n\nمرحبا بالعالم שלום e\u0301\u0301\u0301 👩‍👩‍👧 text.\n",
        1,
    )
    if big:
        write("huge-line.txt", "Huge\n\n" + ("word " * 4_000_000), 1)  # 20 MB, one line
        items = [{"title": f"t{i}", "text": "x " * 2_500} for i in range(10_000)]
        write("big.json", json.dumps(items), 10_000)  # ~50 MB
    write("deep.json", "[" * 100_000 + "]" * 100_000, 0)  # nesting deeper than any parser allows
    write(
        "broken.jsonl",
        '{"id": "j1", "text": "first good line"}\n{broken\n{"id": "j3", "text": "third"}\n\n',
        2,
    )
    write(
        "columns.csv",
        "title,text,text,extra\nA,body one,dup,1\nB,,dup2,2\nC,body three\nD,body four,x,y,z\n",
        None,
    )
    write("no-text-column.csv", "headline_only,when\nA,2020\n", 0)
    write("hostile.html", HOSTILE_HTML, 1)
    write("dup-ids.jsonl", '{"id": "same", "text": "one"}\n{"id": "same", "text": "two"}\n', 2)
    write("unknown.xyz", "what is this", 0)
    loop = folder / "loop"
    loop.mkdir(exist_ok=True)
    with contextlib.suppress(OSError, FileExistsError):
        os.symlink(loop, loop / "again")
    unreadable = folder / "unreadable.txt"
    unreadable.write_text("Title\n\nYou cannot read me.\n")
    unreadable.chmod(0)
    expect["unreadable.txt"] = None  # root can read anything; others get a report row
    return expect
