"""Does a change to the attribution extractor change any output? Dump every row, then compare.

Usage::

    .venv/bin/python benchmarks/attributions_same_output.py dump /tmp/before.pkl
    (change the code)
    .venv/bin/python benchmarks/attributions_same_output.py dump /tmp/after.pkl
    .venv/bin/python benchmarks/attributions_same_output.py compare /tmp/before.pkl /tmp/after.pkl

Why: a speed or structure round of ``stance.attributions.v1`` must not move a single row, and
the figures of ``benchmarks/attributions.py`` alone would miss a change they do not score (a
``stance_target``, a ``nested`` flag, a row no gold item matches). So ``dump`` runs
:func:`newslens_stance.find_attributions` (what the analysis runs for each article) over every
text the annotated sets hold, and keeps every column of every row (its ``repr``, so NaN and
None compare equal to themselves): the Wikinews attribution files a, b and c
(``benchmarks/devsets``), every PolNeAR document of train and dev and every FNC-1 body (from
``../shared/data``; a source that is absent is skipped with a message, and ``compare`` then
says which sources each dump holds). Round thirty-three's dump read the same 2,678 texts.

The blind parts (PolNeAR dev, Wikinews c) are run, never shown: the pickle goes to the path
given, which must be outside the repository (it holds corpus text), and ``compare`` prints
only counts and the keys of the first few texts that differ (``polnear-dev:<doc>``,
``wikinews_c:<line>``, ...). Read a differing development text's rows yourself; a blind one's
difference is a fault to find on development texts, not a text to read.

The script imports whichever ``newslens_stance`` the interpreter finds first, so the same file
dumps another checkout's code (``PYTHONPATH=/tmp/main-stance/src:src ... dump``).
"""

from __future__ import annotations

import csv
import json
import pickle
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEVSETS = REPO / "benchmarks" / "devsets"
DATA = REPO.parent / "shared" / "data"
POLNEAR = DATA / "polnear"
FNC1_BODIES = DATA / "fnc1" / "train_bodies.csv"


def _rows(found: list[dict[str, Any]]) -> tuple[str, ...]:
    # repr keeps every column, NaN and None included (nan != nan, but 'nan' == 'nan')
    return tuple(repr(sorted(f.items())) for f in found)


def texts() -> Iterator[tuple[str, str]]:
    """``(key, text)`` for every text of the annotated sets found on this machine."""
    for path in sorted(DEVSETS.glob("attributions_wikinews_*.jsonl")):
        name = path.stem.removeprefix("attributions_")
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(s for s in fh if s.strip()):
                yield f"{name}:{i}", json.loads(line)["text"]
    for split in ("train", "dev"):
        folder = POLNEAR / split / "text"
        if not folder.is_dir():
            print(f"skipped: no PolNeAR {split} at {folder}", file=sys.stderr)
            continue
        for txt in sorted(folder.glob("*.txt")):
            yield f"polnear-{split}:{txt.stem}", txt.read_text(encoding="utf-8")
    if not FNC1_BODIES.is_file():
        print(f"skipped: no FNC-1 bodies at {FNC1_BODIES}", file=sys.stderr)
        return
    csv.field_size_limit(10**8)
    with FNC1_BODIES.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield f"fnc1:{str(row['Body ID']).strip()}", row["articleBody"]


def dump(path: Path) -> None:
    if path.resolve().is_relative_to(REPO):
        raise SystemExit(f"{path}: write the dump outside the repository (it holds corpus text)")
    from newslens_stance import find_attributions

    out: dict[str, tuple[str, ...]] = {}
    start = time.process_time()
    for key, text in texts():
        out[key] = _rows(find_attributions(text))
    path.write_bytes(pickle.dumps(out))
    rows = sum(len(v) for v in out.values())
    print(f"{len(out):,} texts, {rows:,} rows, {time.process_time() - start:.1f} CPU-s")


def _by_source(keys: Any) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for k in keys:
        kind = k.split(":")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def compare(before: Path, after: Path) -> int:
    a = pickle.loads(before.read_bytes())
    b = pickle.loads(after.read_bytes())
    differ = [k for k in a if a[k] != b.get(k)] + [k for k in b if k not in a]
    print(
        json.dumps(
            {
                "texts": [len(a), len(b)],
                "by_source": [_by_source(a), _by_source(b)],
                "rows": [sum(len(v) for v in a.values()), sum(len(v) for v in b.values())],
                "texts_differing": len(differ),
            }
        )
    )
    for k in differ[:10]:
        print("differs:", k)
    return 1 if differ else 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("dump", "compare"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "dump":
        dump(Path(sys.argv[2]))
    else:
        raise SystemExit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
