"""What the blind checks of the story analyses share (``story_figures_check.py``,
``story_claims_check.py``, ``story_timeline_check.py``): the FNC-1 bodies the developer never
read, the check of a blind annotator's labels against the items they were written for, and
the printed and saved tally.

Why one module: both checks must draw the same unread bodies and refuse stale labels the same
way, or one of them could quietly score labels written for other items.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from machine import cpu_model

REPO = Path(__file__).resolve().parents[1]
FNC1 = REPO.parent / "shared" / "data" / "fnc1" / "train_bodies.csv"
POLNEAR = REPO.parent / "shared" / "data" / "polnear"
#: The sample the developer read while writing the rules (kept out of every check).
DEVELOPER_SEED = 1
DEVELOPER_N = 800


def unread_corpus() -> Any:
    """The FNC-1 bodies outside the developer's sample, loaded as articles (no title, no date)."""
    import newslens

    bodies = pd.read_csv(FNC1)
    read = set(bodies.sample(DEVELOPER_N, random_state=DEVELOPER_SEED)["Body ID"])
    bodies = bodies[~bodies["Body ID"].isin(read)]
    return newslens.load(
        pd.DataFrame(
            {"article_id": "fnc-" + bodies["Body ID"].astype(str), "text": bodies.articleBody}
        )
    )


def polnear_corpus(root: Path = POLNEAR) -> Any:
    """PolNeAR's train and dev articles (US political news from seven publishers, November 2015
    to November 2016), loaded as articles with their publisher, date and title from its
    metadata: dated stories told by several outlets, a genre and years no story rule was read
    against. Internal development only: its text is never committed or printed beyond
    aggregates and worksheets written outside the repository. Only the texts are read, never
    the attribution annotations."""
    import newslens

    meta = pd.read_csv(root / "metadata.tsv", sep="\t")
    return newslens.load(
        pd.DataFrame(
            {
                "article_id": "polnear-" + meta["filename"],
                "text": [
                    (root / row.compartment / "text" / f"{row.filename}.txt").read_text(
                        encoding="utf-8"
                    )
                    for row in meta.itertuples()
                ],
                "title": meta["title"],
                "published": meta["publication_date"],
                "source": meta["publisher"],
            }
        )
    )


@dataclass(frozen=True)
class Check:
    """One blind check: how its items are drawn and shown, and how its labels are named.

    ``load`` gives the items (each a dict with a ``key``, ordered by it) and the number of
    documents read (``corpus`` says what they are, ``data`` where they must be); ``render``
    the worksheet lines of one item after its heading; ``field`` what an item is called
    ("group", "item"); ``names`` the labels, ``right`` the one counted as a hit; ``what`` the
    worksheet's title (after the count); ``results`` the JSON written."""

    load: Callable[[], tuple[list[dict], int]]
    render: Callable[[dict], list[str]]
    field: str
    names: Sequence[str]
    right: str
    what: str
    results: Path
    #: what the items are drawn from, as the worksheet names it, and the data it needs
    corpus: str = "FNC-1 bodies"
    data: Path = FNC1


def polnear_check(check: Check, load: Callable[[], tuple[list[dict], int]]) -> Check:
    """``check`` drawn from PolNeAR's articles (:func:`polnear_corpus`) by ``load``, its JSON
    named ``<check>_polnear.json`` (``--sample polnear`` in each story check)."""
    return dataclasses.replace(
        check,
        load=load,
        results=check.results.with_name(f"{check.results.stem}_polnear.json"),
        corpus="PolNeAR articles",
        data=POLNEAR,
    )


def _chosen(every: list[dict], first: int, after: int) -> list[dict]:
    """The items after the first ``after`` (a second sample of the same order), at most
    ``first`` of them (all when 0)."""
    rest = every[after:]
    return rest[:first] if first else rest


def worksheet(check: Check, out: Path, first: int, after: int = 0) -> None:
    """The items to label, numbered, each with its key, outside the repository."""
    every, n = check.load()
    items = _chosen(every, first, after)
    lines = [f"# {len(items)} {check.what} over {n} {check.corpus}"]
    for number, item in enumerate(items):
        lines.append(f"\n== {check.field} {number}  key {item['key']}  {item['heading']}")
        lines.extend(check.render(item))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(items)} {check.field}s over {n} {check.corpus}")


def score(check: Check, labels_path: Path, first: int, after: int = 0) -> None:
    """Each label's share among the labelled items, printed and saved as JSON (after the first
    ``after`` items: beside the first sample's JSON, named ``..._after<after>.json``)."""
    started = time.process_time()
    every, n = check.load()
    items = _chosen(every, first, after)
    counts = tally(items, labels_path, field=check.field, names=check.names, right=check.right)
    total = sum(counts.values())
    save(
        check.results.with_name(f"{check.results.stem}_after{after}.json")
        if after
        else check.results,
        started,
        {"bodies": n, check.field + "s": total, "of": len(every), "labels": counts,
         "precision": round(counts[check.right] / total, 4)},
    )  # fmt: skip


def tally(
    items: Sequence[dict],
    labels_path: Path,
    *,
    field: str,
    names: Sequence[str],
    right: str,
) -> dict[str, int]:
    """Each label's count, after checking that the labels were written for exactly these items
    (numbered ``field``, each with its ``key``); stale labels stop the run."""
    labels = [json.loads(line) for line in labels_path.read_text().splitlines() if line.strip()]
    by_number = {int(label[field]): label for label in labels}
    stale = [
        number
        for number, item in enumerate(items)
        if number in by_number and by_number[number]["key"] != item["key"]
    ]
    if stale or len(by_number) != len(items):
        raise SystemExit(
            f"labels do not match the {field}s ({len(by_number)} labelled, {len(items)} "
            f"{field}s, {len(stale)} keys changed): write a new worksheet and label it again"
        )
    counts = {name: 0 for name in names}
    for label in by_number.values():
        counts[label["label"]] += 1
    total = sum(counts.values())
    print(f"{'label':<12}{field + 's':>8}{'share':>8}")
    for name in names:
        print(f"{name:<12}{counts[name]:>8}{100 * counts[name] / total:>7.1f}%")
    print(f"precision (share labelled {right!r}): {100 * counts[right] / total:.1f}%")
    return counts


def save(path: Path, started: float, payload: dict[str, Any]) -> None:
    """The check's JSON, with the CPU model and the CPU time it took."""
    payload = {
        **payload,
        "cpu": cpu_model(),
        "cpu_seconds": round(time.process_time() - started, 1),
    }
    path.write_text(json.dumps(payload, indent=2) + "\n")


def cli(description: str, check: Check, samples: dict[str, Check] | None = None) -> None:
    """``worksheet OUT`` and ``score LABELS``, each with ``--first N`` (items are ordered by
    their key, a hash, so the first N are a random sample; ``--after M`` skips the first M,
    for a second sample of a check whose first was read or described) and, where a check has other
    samples (``samples``: name -> check), ``--sample NAME`` (default: ``check`` itself)."""
    parser = argparse.ArgumentParser(description=description)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, argument in (("worksheet", "out"), ("score", "labels")):
        command = sub.add_parser(name)
        command.add_argument(argument, type=Path)
        command.add_argument("--first", type=int, default=0, help="the first N items only")
        command.add_argument(
            "--after", type=int, default=0, help="skip the first N items (another sample)"
        )
        if samples:
            command.add_argument("--sample", choices=sorted(samples), help="another sample")
    args = parser.parse_args()
    if samples and args.sample:
        check = samples[args.sample]
    if not check.data.exists():
        raise SystemExit(f"skipped: {check.data} is absent (internal development data)")
    if args.command == "worksheet":
        worksheet(check, args.out, args.first, args.after)
    else:
        score(check, args.labels, args.first, args.after)
