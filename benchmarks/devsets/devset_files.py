"""Reading and writing the numbers development files, shared by the relabel scripts.

Why a module: each settled convention comes with a committed, re-runnable script that
relabels the development gold; they read and write the files the same way, one JSON record per
line, so a file rewritten by one stays byte-identical under another.

A blind file is read or written only when a script is asked for it by name: ``--blind`` makes
it read and write the two blind files (``BLIND_FILES``) and nothing else; ``--held-out`` the
held-out samples (``HELD_OUT_FILES``) and nothing else; without either, only the development
files. The blind and held-out gold is brought to the decisions that way by an annotator who
reviews every change (never by the rules' developer, never by reading the extractor's output
on it).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: ``relabel(text, gold) -> (gold, notes)``: a record's gold under a decision, one note a change
Relabel = Callable[[str, list[dict[str, Any]]], tuple[list[dict[str, Any]], list[str]]]
#: ``relabel(text, gold, document, offset) -> (gold, notes)``: the same, for a decision
#: that reads the sentence's whole document (``offset``: where the sentence starts in it)
RelabelInDocument = Callable[
    [str, list[dict[str, Any]], str, int], tuple[list[dict[str, Any]], list[str]]
]

#: every numbers development file, oldest first; never a blind one. One list, so a file added
#: by a later round is covered when a relabel script is re-run (the conventions bind it too)
DEVELOPMENT_FILES = (
    "numbers_wikinews.jsonl",
    "numbers_wikinews_heldout.jsonl",
    "numbers_news.jsonl",
    "numbers_fresh.jsonl",
    "numbers_fresh2.jsonl",
    "numbers_fresh3.jsonl",
    "numbers_fresh4.jsonl",
    "numbers_fresh4_second.jsonl",
    "numbers_fresh5.jsonl",
    "numbers_fresh6.jsonl",
    "numbers_fresh7.jsonl",
    "numbers_fresh8.jsonl",
    "numbers_fresh9.jsonl",
    "numbers_fresh10.jsonl",
    "numbers_fresh11.jsonl",
    "numbers_fresh12.jsonl",
    "numbers_fresh13.jsonl",
    "numbers_fresh14.jsonl",
    "numbers_fresh15.jsonl",
    "numbers_fresh17.jsonl",
    "numbers_fresh18.jsonl",
    "numbers_fresh19.jsonl",
    "numbers_fresh20.jsonl",
    "numbers_fresh21.jsonl",
    "numbers_fresh22.jsonl",
    "numbers_fresh23.jsonl",
    "numbers_fresh24.jsonl",
    "numbers_fresh25.jsonl",
    "numbers_fresh26.jsonl",
    "numbers_fresh27.jsonl",
    "numbers_fresh28.jsonl",
    "numbers_fresh29.jsonl",
    "numbers_fresh30.jsonl",
    "numbers_fresh31.jsonl",
    "numbers_fresh32.jsonl",
    "numbers_fresh33.jsonl",
    "numbers_fresh34.jsonl",
    "numbers_fresh35.jsonl",
    "numbers_fresh36.jsonl",
    "numbers_fresh37.jsonl",
    "numbers_fresh38.jsonl",
    "numbers_fresh39.jsonl",
    "numbers_fresh40.jsonl",
    "numbers_fresh41.jsonl",
    "numbers_fresh42.jsonl",
    "numbers_fresh43.jsonl",
    "numbers_fresh44.jsonl",
    "numbers_fresh45.jsonl",
    "numbers_fresh46.jsonl",
    "numbers_fresh47.jsonl",
)
#: those stored as offsets and a hash into BBC News and Reuters-21578 (the Wikinews files keep
#: their text and have no dateline)
CORPUS_FILES = tuple(n for n in DEVELOPMENT_FILES if not n.startswith("numbers_wikinews"))
#: the blind files (BBC News and Reuters-21578, stored as offsets and a hash): read and written
#: only under ``--blind``, which reads and writes nothing else
BLIND_FILES = ("numbers_blind.jsonl", "numbers_blind2.jsonl")
#: the fresh samples held out now (annotated blind by non-developers, scored by the lead as
#: aggregates only): no developer reads their items, and no pool reads their documents.
#: fresh16 is round nineteen's held-out test; fresh48 to fresh60, a thirty-second to a
#: forty-fourth non-developer's. A sample leaves this list when a round makes it development
#: (fresh15 to fresh47 did, each after its held-out scores: see ``numbers_dev.py``'s docstring).
HELD_OUT_FILES = (
    "numbers_fresh16.jsonl",
    "numbers_fresh48.jsonl",
    "numbers_fresh49.jsonl",
    "numbers_fresh50.jsonl",
    "numbers_fresh51.jsonl",
    "numbers_fresh52.jsonl",
    "numbers_fresh53.jsonl",
    "numbers_fresh54.jsonl",
    "numbers_fresh55.jsonl",
    "numbers_fresh56.jsonl",
    "numbers_fresh57.jsonl",
    "numbers_fresh58.jsonl",
    "numbers_fresh59.jsonl",
    "numbers_fresh60.jsonl",
)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL development file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_records(path: Path, records: list[dict[str, Any]]) -> None:
    """Write ``records`` back, one per line, non-ASCII kept as written."""
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


def relabel_arguments(doc: str | None) -> argparse.Namespace:
    """The options every relabel script takes: ``--dry-run``, ``--show`` and one of
    ``--blind`` or ``--held-out``."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    parser.add_argument("--show", action="store_true", help="print each change in context")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--blind",
        action="store_true",
        help="read and write the two blind files instead, and nothing else",
    )
    which.add_argument(
        "--held-out",
        action="store_true",
        help="read and write the held-out samples instead, and nothing else",
    )
    return parser.parse_args()


def chosen_files(args: argparse.Namespace, development: tuple[str, ...]) -> tuple[str, ...]:
    """The files a run reads and writes: ``BLIND_FILES`` under ``--blind``,
    ``HELD_OUT_FILES`` under ``--held-out``, else ``development`` (the script's own list of
    development files)."""
    if args.blind:
        return BLIND_FILES
    if args.held_out:
        return HELD_OUT_FILES
    return development


def renumber(kept: list[tuple[int | None, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Items in their new order, each given with its old position (``None``: added); a
    ``same_as`` follows its target to its new position, or goes when the target went."""
    index = {old: i for i, (old, _) in enumerate(kept) if old is not None}
    out = []
    for i, (_, item) in enumerate(kept):
        item = dict(item)
        if "same_as" in item:
            if item["same_as"] in index and index[item["same_as"]] != i:
                item["same_as"] = index[item["same_as"]]
            else:
                del item["same_as"]
        out.append(item)
    return out


def relabel_development_files(
    doc: str | None,
    relabel: Relabel,
    *,
    reformat: Callable[[dict[str, Any], bool, str], dict[str, Any]] | None = None,
    tally: Callable[[str], str] | None = None,
    files: tuple[str, ...] = DEVELOPMENT_FILES,
) -> int:
    """A relabel script's ``main``: ``relabel`` every record of every development file (of
    every blind file under ``--blind``, every held-out sample under ``--held-out``), print the
    changes per file (by ``tally(note)`` when given; each in context with ``--show``, never
    for the Wikinews held-out file, counted and not read) and write the files back unless
    ``--dry-run``.
    ``reformat(item, inline, text)`` puts a relabelled item in its file's own fields.
    ``files`` limits a script to the development files its decision was made for (the lead's
    decision 3 on fresh25: a script is a no-op on files annotated after its decision)."""
    return relabel_in_documents(
        doc,
        lambda text, gold, _document, _offset: relabel(text, gold),
        reformat=reformat,
        tally=tally,
        files=files,
    )


def relabel_in_documents(
    doc: str | None,
    relabel: RelabelInDocument,
    *,
    reformat: Callable[[dict[str, Any], bool, str], dict[str, Any]] | None = None,
    tally: Callable[[str], str] | None = None,
    files: tuple[str, ...] = DEVELOPMENT_FILES,
) -> int:
    """``relabel_development_files`` for a decision that reads beyond the record's sentence (a
    table's header, the story's first "short tons"): ``relabel`` is also given the sentence's
    whole document and the sentence's offset in it (a Wikinews record's sentence is its own
    document, offset 0)."""
    from numbers_news_sample import DATA, documents

    args = relabel_arguments(doc)
    docs = documents(DATA)
    total = 0
    for name in chosen_files(args, files):
        path = HERE / name
        records = read_records(path)
        changes: Counter[str] = Counter()
        for rec in records:
            if "text" in rec:
                document, offset, text = rec["text"], 0, rec["text"]
            else:
                document, offset = docs[rec["doc"]][1], rec["start"]
                text = document[rec["start"] : rec["end"]]
            gold, notes = relabel(text, rec["gold"], document, offset)
            if not notes:
                continue
            rec["gold"] = [reformat(g, "text" in rec, text) for g in gold] if reformat else gold
            for line in notes:
                changes[tally(line) if tally else ""] += 1
                if args.show and "heldout" not in name:
                    where = rec.get("doc") or rec.get("article", "")
                    print(f"  {name} {where}: {line}\n      {' '.join(text.split())}")
        n = sum(changes.values())
        total += n
        by = ", ".join(f"{key} {k}" for key, k in sorted(changes.items()) if key)
        print(f"{name}: {n} changes" + (f" ({by})" if by else ""))
        if n and not args.dry_run:
            write_records(path, records)
    print(f"in all: {total} changes" + (" (dry run: nothing written)" if args.dry_run else ""))
    return 0
