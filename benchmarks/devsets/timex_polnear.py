"""TIMEX3 files on PolNeAR's political news, stored without the text (issue 19).

Why PolNeAR: every development set of the timeline plugin is wire copy or Wikinews (TimeBank
1989-90, AQUAINT, Reuters 1987, Wikinews 2019-20), and the external sets are business and
technology news. US political news of 2015-16 (seven publishers, from Breitbart to the New
York Times) tells its time differently: campaign calendars, polls "this week", debates "on
Saturday", terms and records, years of a candidate's past. PolNeAR is internal development
only, so these files hold offsets into the loaded article text and a SHA-256 of that text,
never the text: ``load`` reads the text back from ``../shared/data/polnear`` and refuses a
record whose hash differs.

The pools. Every article of PolNeAR's train and dev compartments with 150-600 words is in
exactly one pool, by a hash of its text: ``development`` (even) or ``blind`` (odd). The blind
pool is annotated by a helper who never develops the rules and is only measured, as
aggregates; the timeline's developers read no blind-pool article (not in a pool diff either:
``pool_of`` says which to skip).

Usage::

    .venv/bin/python benchmarks/devsets/timex_polnear.py sample --pool blind --n 20 \\
        --seed newslens-timex-polnear-blind --worksheet /tmp/timex_pn.txt
    .venv/bin/python benchmarks/devsets/timex_polnear.py convert /tmp/annotations.jsonl \\
        --out benchmarks/devsets/timex_polnear_blind.jsonl

``sample`` prints the drawn article ids and writes the worksheet (keep it under /tmp, never in
the repository). ``convert`` reads the annotator's lines ``{"article": "polnear:17", "gold":
[{"text": "last week", "nth": 0, "type": "DATE", "value": "2016-W12", "mod": ""}]}`` (``nth``:
which occurrence of ``text`` in the article, from 0) and writes the committed file:
``{"source": "polnear", "article", "published", "sha256", "gold": [{"start", "end", "type",
"value", "mod"}]}``, gold sorted by offset.
"""

from __future__ import annotations

import random
import sys
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from story_checks import POLNEAR as DATA  # noqa: E402
from story_checks import polnear_corpus  # noqa: E402
from timex_reuters import cli, convert_spans, read_records, text_hash  # noqa: E402

MIN_WORDS, MAX_WORDS = 150, 600


def pool_of(text: str) -> str:
    """``development`` or ``blind``: the parity of the text's hash."""
    return "blind" if int(text_hash(" ".join(text.split()))[-1], 16) % 2 else "development"


@cache
def articles(data: Path = DATA) -> dict[str, dict[str, Any]]:
    """Every article of 150-600 words, by article id: text, published. The id is
    ``polnear:<row>``, the article's row in ``metadata.tsv`` from 0 (its file name holds words
    of its headline, which is corpus text: never committed)."""
    if not data.is_dir():
        sys.exit(f"PolNeAR is not at {data}: these files cannot be read without it")
    out: dict[str, dict[str, Any]] = {}
    # the story checks' loading, one row per line of metadata.tsv, in its order
    for row_number, row in enumerate(polnear_corpus(data).itertuples()):
        if MIN_WORDS <= len(str(row.text).split()) <= MAX_WORDS:
            out[f"polnear:{row_number}"] = {
                "text": row.text,
                "published": row.published.isoformat(),
                "filename": str(row.article_id).removeprefix("polnear-"),
            }
    return out


def sample(pool: str, n: int, seed: str, exclude: set[str]) -> list[str]:
    """``n`` article ids of ``pool``, drawn with ``seed``; never by their content (the ids
    in the order of their file names, the order the first draw used)."""
    arts = articles()
    ids = sorted(
        (aid for aid, art in arts.items() if pool_of(art["text"]) == pool and aid not in exclude),
        key=lambda aid: arts[aid]["filename"],
    )
    return random.Random(seed).sample(ids, n)


def convert(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The annotator's text spans as offsets plus the text's hash (see the module docstring)."""
    arts = articles()
    return [
        {
            "source": "polnear",
            "article": line["article"],
            "published": arts[line["article"]]["published"][:10],
            "sha256": text_hash(arts[line["article"]]["text"]),
            "gold": convert_spans(line, arts[line["article"]]["text"]),
        }
        for line in lines
    ]


def load(path: Path) -> list[dict[str, Any]]:
    """A committed file with its texts read back (``text`` and each item's ``text`` added)."""
    return read_records(path, {aid: art["text"] for aid, art in articles().items()})


if __name__ == "__main__":
    cli(__doc__.split("\n")[0], articles, sample, convert)
