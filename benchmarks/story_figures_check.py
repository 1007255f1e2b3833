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

Labels: ``dispute`` (the rows that differ report one fact with values that disagree beyond
their rounding), ``different`` (two or more facts under one key: two products' prices, two
periods' tolls), ``extraction`` (a row is no figure of that key at all: a name, a misread
number or noun). ``score`` re-runs the analyses, refuses labels whose group keys no longer
match (the groups changed: label again), prints the share of each label (precision is the
share of ``dispute``), and writes ``benchmarks/results/story_figures_check.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model

REPO = Path(__file__).resolve().parents[1]
FNC1 = REPO.parent / "shared" / "data" / "fnc1" / "train_bodies.csv"
RESULTS = REPO / "benchmarks" / "results" / "story_figures_check.json"
#: The sample the developer read while writing the rules (kept out of this check).
DEVELOPER_SEED = 1
DEVELOPER_N = 800
LABELS = ("dispute", "different", "extraction")


def _groups() -> tuple[list[dict], int]:
    """The (story, figure) groups with a ``differ`` row over the bodies outside the developer's
    sample, in a stable order, each with its rows and a key that names them."""
    import newslens

    bodies = pd.read_csv(FNC1)
    read = set(bodies.sample(DEVELOPER_N, random_state=DEVELOPER_SEED)["Body ID"])
    bodies = bodies[~bodies["Body ID"].isin(read)]
    corpus = newslens.load(
        pd.DataFrame(
            {"article_id": "fnc-" + bodies["Body ID"].astype(str), "text": bodies.articleBody}
        )
    )
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
        groups.append({"figure": figure, "key": key, "rows": shown})
    groups.sort(key=lambda g: g["key"])
    return groups, len(bodies)


def worksheet(out: Path) -> None:
    groups, n = _groups()
    lines = [
        f"# {len(groups)} figures marked differ over {n} FNC-1 bodies"
        " (outside the developer's sample)"
    ]
    for number, group in enumerate(groups):
        lines.append(f"\n== group {number}  key {group['key']}  figure: {group['figure']}")
        for row in group["rows"]:
            lines.append(
                f"  [{row['status']}] {row['article']} {row['text']!r}\n"
                f"      ...{row['context']}..."
            )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(groups)} groups over {n} bodies")


def score(labels_path: Path) -> None:
    start = time.process_time()
    groups, n = _groups()
    labels = [json.loads(line) for line in labels_path.read_text().splitlines() if line.strip()]
    by_group = {int(label["group"]): label for label in labels}
    stale = [
        number
        for number, group in enumerate(groups)
        if number in by_group and by_group[number]["key"] != group["key"]
    ]
    if stale or len(by_group) != len(groups):
        raise SystemExit(
            f"labels do not match the groups ({len(by_group)} labelled, {len(groups)} groups, "
            f"{len(stale)} keys changed): write a new worksheet and label it again"
        )
    counts = {label: 0 for label in LABELS}
    for label in by_group.values():
        counts[label["label"]] += 1
    total = sum(counts.values())
    print(f"{'label':<12}{'groups':>8}{'share':>8}")
    for label in LABELS:
        print(f"{label:<12}{counts[label]:>8}{100 * counts[label] / total:>7.1f}%")
    print(
        "precision of 'differ' (disputes among flagged figures): "
        f"{100 * counts['dispute'] / total:.1f}%"
    )
    RESULTS.write_text(
        json.dumps(
            {"bodies": n, "groups": total, "labels": counts,
             "precision": round(counts["dispute"] / total, 4), "cpu": cpu_model(),
             "cpu_seconds": round(time.process_time() - start, 1)},
            indent=2,
        )
        + "\n"
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("worksheet").add_argument("out", type=Path)
    sub.add_parser("score").add_argument("labels", type=Path)
    args = parser.parse_args()
    if not FNC1.exists():
        raise SystemExit(f"skipped: {FNC1} is absent (FNC-1 is internal development data)")
    if args.command == "worksheet":
        worksheet(args.out)
    else:
        score(args.labels)


if __name__ == "__main__":
    main()
