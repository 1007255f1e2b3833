"""Draw the development sentences of the BBC News / Reuters-21578 numbers set (issue 17).

Usage::

    .venv/bin/python benchmarks/devsets/numbers_news_sample.py > /tmp/skeleton.jsonl
    .venv/bin/python benchmarks/devsets/numbers_news_sample.py --show   # text, to annotate

Reads the corpora from ``../shared/data`` (never committed: BBC News is for internal
development, Reuters-21578 for research only) and prints one JSON line per drawn sentence:
``{"corpus", "doc", "stratum", "start", "end", "sha256"}``, offsets into the document text.
The annotations (``numbers_news.jsonl``) add ``gold`` to these lines; the benchmark re-reads
the text and checks the hash.

Documents and partition (shared with the blind annotator, see ``README.md``):

- BBC: ``bbc-news/{train,val,test}.csv`` read with :mod:`csv`; key ``bbc:{split}:{row}`` (0-based
  data row); text the ``text`` cell as csv gives it; stratum its ``category``.
- Reuters: ``reut2-*.sgm`` decoded as ``newslens_reuters.sgml.read_sgm`` does (UTF-8, else
  Latin-1) and parsed by ``parse_sgml``; key ``reuters:{NEWID}``; text ``record["text"]``.
- A document whose ``int(sha256(key).hexdigest(), 16) % 3 == 0`` is the blind annotator's and is
  never drawn here; nor is a document sharing a sentence with one of them (the corpora hold
  reposted stories under other keys).

Sampling: per stratum, the sorted keys are shuffled by ``random.Random(SEED + stratum)``; the
articles are walked in that order and every sentence of the core splitter
(:func:`newslens.sentences.sentence_spans`) holding a digit or a number word is taken, at most
``PER_ARTICLE`` per article, until the stratum has ``QUOTA`` sentences. Articles are never chosen
by their figures, and no extractor runs here.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / ".." / "shared" / "data"
SEED = "newslens-numbers-dev-"
QUOTA = {"business": 68, "entertainment": 68, "politics": 68, "sport": 68, "tech": 68}
QUOTA_REUTERS = 80
PER_ARTICLE = 8
NUMBER = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|"
    r"quarter|third|scores?|tens|double|twice|single)\b"
)


def is_blind(key: str) -> bool:
    """The blind annotator's third of the documents."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 3 == 0


def bbc_documents(data: Path = DATA) -> Iterator[tuple[str, str, str]]:
    """(key, stratum, text) of every BBC News article."""
    csv.field_size_limit(10**8)
    for split in ("train", "val", "test"):
        with open(data / "bbc-news" / f"{split}.csv", newline="", encoding="utf-8") as fh:
            for row, record in enumerate(csv.DictReader(fh)):
                yield f"bbc:{split}:{row}", record["category"], record["text"]


@functools.cache
def _reuters_records(data: Path = DATA) -> tuple[tuple[str, dict], ...]:
    """(key, record) of every Reuters-21578 record with a body, parsed once per run (the
    texts and the datelines are read from the same records)."""
    sys.path.insert(0, str(REPO / "plugins" / "reuters" / "src"))
    from newslens_reuters.sgml import parse_sgml

    out = []
    for path in sorted((data / "reuters21578").glob("reut2-*.sgm")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        for record in parse_sgml(text, str(path)):
            if isinstance(record, dict) and record.get("text"):
                out.append((f"reuters:{record['id'].split('-', 1)[1]}", record))
    return tuple(out)


def reuters_documents(data: Path = DATA) -> Iterator[tuple[str, str, str]]:
    """(key, "reuters", text) of every Reuters-21578 record with a body."""
    for key, record in _reuters_records(data):
        yield key, "reuters", record["text"]


def reuters_datelines(data: Path = DATA) -> dict[str, str]:
    """Document key -> the Reuters-21578 <DATELINE> ("TORONTO, March 3"), which the record keeps
    outside its text; the numbers extractor reads it as ``newslens analyze`` gives it."""
    return {key: record.get("dateline", "") for key, record in _reuters_records(data)}


def documents(data: Path = DATA) -> dict[str, tuple[str, str]]:
    """Every document: key -> (stratum, text)."""
    out = {}
    for key, stratum, text in (*bbc_documents(data), *reuters_documents(data)):
        out[key] = (stratum, text)
    return out


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draw(docs: dict[str, tuple[str, str]]) -> list[dict[str, object]]:
    from newslens.sentences import sentence_spans

    blind_sentences = {
        sha(text[a:b])
        for key, (_, text) in docs.items()
        if is_blind(key)
        for a, b in sentence_spans(text)
    }
    quotas = {**QUOTA, "reuters": QUOTA_REUTERS}
    out: list[dict[str, object]] = []
    for stratum, quota in quotas.items():
        keys = sorted(k for k, (s, _) in docs.items() if s == stratum and not is_blind(k))
        random.Random(SEED + stratum).shuffle(keys)
        taken = 0
        for key in keys:
            text = docs[key][1]
            spans = sentence_spans(text)
            if any(sha(text[a:b]) in blind_sentences for a, b in spans):
                continue  # a repost of a blind document
            picked = [(a, b) for a, b in spans if NUMBER.search(text, a, b)][:PER_ARTICLE]
            for a, b in picked[: quota - taken]:
                corpus = key.split(":", 1)[0]
                out.append(
                    {"corpus": corpus, "doc": key, "stratum": stratum, "start": a, "end": b,
                     "sha256": sha(text[a:b])}
                )  # fmt: skip
                taken += 1
            if taken >= quota:
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print the sentences (not JSON)")
    args = parser.parse_args()
    docs = documents()
    print_lines(docs, draw(docs), show=args.show)
    return 0


def print_lines(
    docs: dict[str, tuple[str, str]], lines: list[dict[str, object]], *, show: bool
) -> None:
    """The drawn lines as JSON (the skeleton to annotate), or their sentences (``show``)."""
    for i, line in enumerate(lines):
        if show:
            text = docs[str(line["doc"])][1][int(line["start"]) : int(line["end"])]
            print(f"{i}\t{line['doc']}\t{' '.join(text.split())}")
        else:
            print(json.dumps(line))


if __name__ == "__main__":
    raise SystemExit(main())
