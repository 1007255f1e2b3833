"""Does a change to the numbers extractor change any output? Dump every column, then compare.

Usage::

    .venv/bin/python benchmarks/numbers_same_output.py dump /tmp/before.pkl
    (change the code)
    .venv/bin/python benchmarks/numbers_same_output.py dump /tmp/after.pkl
    .venv/bin/python benchmarks/numbers_same_output.py compare /tmp/before.pkl /tmp/after.pkl

For a speed change that must not move a finding. The texts: the Wikinews development files'
sentences; the BBC News and Reuters-21578 development files (``numbers_news.jsonl`` and the
fresh samples, the fifteenth included since round nineteen, the seventeenth since round
twenty, the eighteenth since round twenty-two, the twentieth since round twenty-five and every
later one once it becomes development, the twenty-third since round twenty-nine, the
twenty-fourth since round thirty-one, the twenty-fifth since round thirty-four, the
twenty-sixth since round thirty-six, the twenty-seventh since round thirty-seven, the
twenty-eighth since round thirty-nine, the twenty-ninth since round forty-three, the
thirtieth since round forty-six, the thirty-first since round forty-seven, the
thirty-second since round forty-nine, the thirty-third since round fifty-one, the
thirty-fourth since round fifty-three, the thirty-fifth since round fifty-seven, the
thirty-sixth since round sixty-one, the thirty-seventh since round sixty-five, the
thirty-eighth since round sixty-nine, the thirty-ninth since round seventy, the
fortieth since round seventy-one, the forty-first since round seventy-two, the
forty-second since round seventy-three, the forty-third since round seventy-four, the
forty-fourth since round seventy-seven, the forty-fifth since round seventy-eight, the
forty-sixth since round seventy-nine and the forty-seventh since round eighty; the
sixteenth, held out in round nineteen, and the samples held out now, ``FRESH_HELD_OUT``,
not), each sentence alone and its whole document (with the Reuters dateline field); and every
unannotated document outside the blind partition, whole, plus the sentences of the first
2,000 of them alone. The blind files' documents are never read, nor the held-out samples',
nor those of the sample being annotated (``numbers_fresh_sample.py --round N``'s draw, N
``NEXT_BLIND_ROUND``,
computed here and never printed, so a round's diffs do not read the text a blind annotator
is annotating). Outputs go to the pickle given (outside the repository: they hold the
corpus's figures); ``compare`` prints only counts, and the keys of the first few texts that
differ.
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEVSETS = REPO / "benchmarks" / "devsets"
sys.path.insert(0, str(REPO / "plugins" / "numbers" / "src"))
sys.path.insert(0, str(DEVSETS))
sys.path.insert(0, str(REPO / "benchmarks"))

from devset_files import (  # noqa: E402
    BLIND_FILES,
    CORPUS_FILES,
    DEVELOPMENT_FILES,
    HELD_OUT_FILES,
)

#: the held-out samples' documents are not read (``devset_files.HELD_OUT_FILES``)
FRESH_HELD_OUT = HELD_OUT_FILES
#: the blind sample being annotated: its documents are left out by the sampler's own draw
#: (raise this with the sampler's ``LAST_ROUND``)
NEXT_BLIND_ROUND = 60
WIKINEWS = tuple(n for n in DEVELOPMENT_FILES if n not in CORPUS_FILES)
NEWS = tuple(n for n in CORPUS_FILES if n not in FRESH_HELD_OUT)
HELD_OUT = (*FRESH_HELD_OUT, *BLIND_FILES)
ALONE_DOCS = 2000


def _rows(found: list[dict[str, Any]]) -> tuple[str, ...]:
    # repr keeps every column, NaN included (nan != nan, but 'nan' == 'nan')
    return tuple(repr(sorted(f.items())) for f in found)


def dump(path: Path) -> None:
    from newslens_numbers.extract import extract_text
    from numbers_dev import datelines, read_jsonl
    from numbers_fresh_sample import draw
    from numbers_news_sample import documents, is_blind

    from newslens.sentences import sentence_spans

    out: dict[str, tuple[str, ...]] = {}
    start = time.process_time()
    for name in WIKINEWS:
        for i, rec in enumerate(read_jsonl(DEVSETS / name)):
            out[f"{name}:{i}"] = _rows(extract_text(rec["text"]))
    docs = documents()
    dates = datelines()
    held = {rec["doc"] for name in HELD_OUT for rec in read_jsonl(DEVSETS / name)}
    held |= {str(rec["doc"]) for rec in draw(docs, NEXT_BLIND_ROUND)}
    for name in NEWS:
        for i, rec in enumerate(read_jsonl(DEVSETS / name)):
            key = rec["doc"]
            if key in held or is_blind(key):
                continue
            text = docs[key][1]
            out[f"{name}:{i}"] = _rows(extract_text(text[rec["start"] : rec["end"]]))
            out[f"doc:{key}"] = _rows(extract_text(text, dates.get(key, "")))
    alone = 0
    for key, (_, text) in docs.items():
        if key in held or is_blind(key) or f"doc:{key}" in out:
            continue
        out[f"doc:{key}"] = _rows(extract_text(text, dates.get(key, "")))
        if alone < ALONE_DOCS:
            alone += 1
            for a, b in sentence_spans(text):
                out[f"sentence:{key}:{a}"] = _rows(extract_text(text[a:b]))
    path.write_bytes(pickle.dumps(out))
    findings = sum(len(v) for v in out.values())
    texts = len(out)
    print(f"{texts:,} texts, {findings:,} findings, {time.process_time() - start:.1f} CPU-s")


def compare(before: Path, after: Path) -> int:
    a = pickle.loads(before.read_bytes())
    b = pickle.loads(after.read_bytes())
    differ = [k for k in a if a[k] != b.get(k)] + [k for k in b if k not in a]
    kinds: dict[str, int] = {}
    for k in a:
        kind = k.split(":")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    print(
        json.dumps(
            {
                "texts": len(a),
                "by_source": kinds,
                "findings": sum(len(v) for v in a.values()),
                "texts_differing": len(differ),
            }
        )
    )
    for k in differ[:10]:
        print("differs:", k)
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(Path(sys.argv[2]))
    else:
        raise SystemExit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
