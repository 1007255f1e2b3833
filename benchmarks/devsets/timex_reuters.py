"""TIMEX3 development files on Reuters-21578 wire copy, stored without the text (issue 19).

Why Reuters: the external sets of issue 19 are business and technology news (TempEval-3's news
test, Wikinews 2004-2013 finance, cars, aviation); our development sets are TimeBank (1989-90
wire copy), half of AQUAINT and Wikinews 2019-20. Reuters-21578 is 1987 business wire copy with
a creation time on every story, rich in quarters, fiscal years and "a year ago". It is research
only, so its files here hold offsets into the loaded article text, and a SHA-256 of that text,
never the text: ``load`` reads the text back from ``../shared/data`` and refuses a record whose
hash differs (the loader changed, or the corpus).

The pools. Every story of the 22 ``reut2-*.sgm`` files that ``newslens.load`` gives a
publication date and 60-450 words, and that is not a results table (a fifth or more of its lines
holding " vs ", the 1987 earnings and dividend tables: a form of its own that the external news
sets do not hold), is in exactly one pool, by a hash of its text (so a repost
lands in the pool of its original): ``development`` (even) or ``blind`` (odd). The blind pool is
annotated by a helper who never develops the rules and is only measured, as aggregates.

Usage::

    .venv/bin/python benchmarks/devsets/timex_reuters.py sample --pool development --n 40 \
        --seed newslens-timex-reuters-dev --worksheet /tmp/timex_dev.txt
    .venv/bin/python benchmarks/devsets/timex_reuters.py convert /tmp/annotations.jsonl \
        --out benchmarks/devsets/timex_reuters_dev.jsonl

``sample`` prints the drawn article ids (one per line) and writes the worksheet (the texts, for
the annotator; keep it under /tmp, never in the repository). ``convert`` reads the annotator's
lines ``{"article": "reuters-4", "gold": [{"text": "last week", "nth": 0, "type": "DATE",
"value": "1987-W08", "mod": ""}]}`` (``nth``: which occurrence of ``text`` in the article, from
0) and writes the committed file: ``{"source": "reuters21578", "article", "file", "published",
"sha256", "gold": [{"start", "end", "type", "value", "mod"}]}``, gold sorted by offset.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1].parent / "shared" / "data" / "reuters21578"
MIN_WORDS, MAX_WORDS = 60, 450


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_table(text: str) -> bool:
    """A results table ("Shr 45 cts vs 56 cts" line after line), not prose."""
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(" vs " in line for line in lines) * 5 >= len(lines)


def pool_of(text: str) -> str:
    """``development`` or ``blind``: the parity of the text's hash (reposts share a pool)."""
    return "blind" if int(text_hash(" ".join(text.split()))[-1], 16) % 2 else "development"


@cache
def articles(data: Path = DATA) -> dict[str, dict[str, Any]]:
    """Every dated prose story of 60-450 words, by article id: text, published (ISO), file."""
    import newslens

    if not data.is_dir():
        sys.exit(f"Reuters-21578 is not at {data}: these files cannot be read without it")
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(data.glob("reut2-*.sgm")):
        frame = newslens.load(str(path))
        for row in frame.itertuples():
            words = len(str(row.text).split())
            if row.published is None or str(row.published) == "NaT":
                continue
            if MIN_WORDS <= words <= MAX_WORDS and not is_table(row.text):
                out[row.article_id] = {
                    "text": row.text,
                    "published": row.published.isoformat(),
                    "file": path.name,
                }
    return out


def sample(pool: str, n: int, seed: str, exclude: set[str]) -> list[str]:
    """``n`` article ids of ``pool``, drawn with ``seed``; never by their content."""
    ids = sorted(
        aid
        for aid, art in articles().items()
        if pool_of(art["text"]) == pool and aid not in exclude
    )
    return random.Random(seed).sample(ids, n)


def convert_spans(line: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """One annotator line's items (``text`` and ``nth`` occurrence) as offsets into ``text``,
    sorted; exits on a span that is not found (shared by the PolNeAR files)."""
    gold = []
    for item in line["gold"]:
        start, nth = -1, int(item.get("nth", 0))
        for _ in range(nth + 1):
            start = text.find(item["text"], start + 1)
            if start < 0:
                sys.exit(f"{line['article']}: {item['text']!r} not found (nth {nth})")
        gold.append(
            {
                "start": start,
                "end": start + len(item["text"]),
                "type": item["type"],
                "value": item["value"],
                "mod": item.get("mod", ""),
            }
        )
    gold.sort(key=lambda g: (g["start"], g["end"]))
    return gold


def convert(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The annotator's text spans as offsets plus the text's hash (see the module docstring)."""
    arts = articles()
    out = []
    for line in lines:
        art = arts[line["article"]]
        out.append(
            {
                "source": "reuters21578",
                "article": line["article"],
                "file": art["file"],
                "published": art["published"][:10],
                "sha256": text_hash(art["text"]),
                "gold": convert_spans(line, art["text"]),
            }
        )
    return out


def read_records(path: Path, texts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """A committed file's records; with ``texts`` (article id -> loaded text) each record gets
    its ``text`` and each item its span's text, and a record whose hash differs from its
    text's is refused (the loader changed, or the corpus)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for record in records if texts is not None else ():
        text = texts[record["article"]]
        if text_hash(text) != record["sha256"]:
            sys.exit(f"{record['article']}: the loaded text differs from the annotated one")
        record["text"] = text
        for item in record["gold"]:
            item["text"] = text[item["start"] : item["end"]]
    return records


def load(path: Path) -> list[dict[str, Any]]:
    """A committed file with its texts read back (``text`` and each item's ``text`` added)."""
    return read_records(path, {aid: art["text"] for aid, art in articles().items()})


def cli(
    description: str,
    articles: Callable[[], dict[str, dict[str, Any]]],
    sample: Callable[[str, int, str, set[str]], list[str]],
    convert: Callable[[list[dict[str, Any]]], list[dict[str, Any]]],
) -> None:
    """``sample`` and ``convert`` on the command line, for this module and the PolNeAR one
    (each gives its own corpus's ``articles``, ``sample`` and ``convert``)."""
    parser = argparse.ArgumentParser(description=description)
    sub = parser.add_subparsers(dest="command", required=True)
    draw = sub.add_parser("sample")
    draw.add_argument("--pool", choices=("development", "blind"), required=True)
    draw.add_argument("--n", type=int, required=True)
    draw.add_argument("--seed", required=True)
    draw.add_argument("--exclude", nargs="*", default=[], help="committed files to draw apart from")
    draw.add_argument("--worksheet", type=Path, required=True)
    conv = sub.add_parser("convert")
    conv.add_argument("annotations", type=Path)
    conv.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "sample":
        exclude = {rec["article"] for name in args.exclude for rec in read_records(Path(name))}
        ids = sample(args.pool, args.n, args.seed, exclude)
        arts = articles()
        with args.worksheet.open("w", encoding="utf-8") as f:
            for aid in ids:
                f.write(f"=== {aid}  published {arts[aid]['published']}\n{arts[aid]['text']}\n\n")
        print("\n".join(ids))
    else:
        text = args.annotations.read_text(encoding="utf-8")
        lines = [json.loads(line) for line in text.splitlines() if line]
        with args.out.open("w", encoding="utf-8") as f:
            for record in convert(lines):
                f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    cli(__doc__.split("\n")[0], articles, sample, convert)
