"""How often is a figure ``story.figures.v1`` marks ``differ`` a real dispute between outlets?

Why: the figures that differ are what an analyst reads first, and no annotated set says which
of them are one fact told differently (a dispute) and which are two facts under one key. This
script makes that measurable on bodies the rules were never read against.

The set: FNC-1 train bodies (``../shared/data/fnc1``, internal use only: nothing of it is
committed or printed beyond aggregates and the worksheet written outside the repository),
minus the 800 the developer read while writing the rules (``sample(800, random_state=1)``,
:data:`DEVELOPER_SEED`). Bodies have no outlet and no date, so only the key, tenfold and
"what is not compared" rules act, as in the developer's reading.

    .venv/bin/python benchmarks/story_figures_check.py worksheet /tmp/figures_ws.txt
    (an annotator who does not write the rules labels each group in a JSON-lines file:
     {"group": 3, "key": "<the group's key>", "label": "dispute"})
    .venv/bin/python benchmarks/story_figures_check.py score /tmp/figures_labels.jsonl

(``--first N`` on both commands keeps a random sample of N groups; ``--sample polnear`` draws
from PolNeAR's political news instead, dated and told by seven publishers: internal
development only.)

Labels: ``dispute`` (the rows that differ report one fact with values that disagree beyond
their rounding), ``different`` (two or more facts under one key: two products' prices, two
periods' tolls), ``extraction`` (a row is no figure of that key at all: a name, a misread
number or noun). ``score`` re-runs the analyses, refuses labels whose group keys no longer
match (the groups changed: label again), prints the share of each label (precision is the
share of ``dispute``), and writes ``benchmarks/results/story_figures_check.json``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_checks import REPO, Check, cli, polnear_check, polnear_corpus, unread_corpus

RESULTS = REPO / "benchmarks" / "results" / "story_figures_check.json"
LABELS = ("dispute", "different", "extraction")


def _groups(load: object = unread_corpus) -> tuple[list[dict], int]:
    """The (story, figure) groups with a ``differ`` row over the corpus ``load`` gives (by
    default the bodies outside the developer's sample), in a stable order, each with its rows
    and a key that names them."""
    import newslens

    corpus = load()  # type: ignore[operator]
    results = newslens.analyze(corpus, ["story.figures.v1"], progress=False)
    figures = results.get("story.figures.v1")
    texts = corpus.set_index("article_id")["text"].to_dict()
    groups = []
    for (_, figure), rows in figures.groupby(["story_id", "figure"], sort=False):
        if not (rows["status"] == "differ").any():
            continue
        rows = rows.sort_values(["article_id", "text"])
        members = [(str(r.article_id), str(r.text), str(r.status)) for r in rows.itertuples()]
        key = hashlib.sha256(json.dumps([figure, members]).encode("utf-8")).hexdigest()[:16]
        shown = []
        for article_id, written, status in members:
            text = texts.get(article_id, "")
            at = text.find(written)
            context = text[max(0, at - 160) : at + len(written) + 120].replace("\n", " ")
            shown.append(
                {"article": article_id, "text": written, "status": status, "context": context}
            )
        groups.append({"figure": figure, "key": key, "rows": shown, "heading": f"figure: {figure}"})
    groups.sort(key=lambda g: g["key"])
    return groups, len(corpus)


def _render(group: dict) -> list[str]:
    lines = []
    for row in group["rows"]:
        lines.append(f"  [{row['status']}] {row['article']} {row['text']!r}")
        lines.append(f"      ...{row['context']}...")
    return lines


CHECK = Check(
    load=_groups, render=_render, field="group", names=LABELS, right="dispute",
    what="figures marked differ", results=RESULTS,
)  # fmt: skip


#: PolNeAR's train and dev articles (``--sample polnear``): political news of 2015-16 from
#: seven publishers, dated, where a poll's figures cross outlets.
POLNEAR_SAMPLE = polnear_check(CHECK, functools.partial(_groups, polnear_corpus))


if __name__ == "__main__":
    cli(__doc__.splitlines()[0], CHECK, samples={"polnear": POLNEAR_SAMPLE})
