"""Speed of newslens-timeline against dateparser's ``search_dates`` on Reuters-21578, in one run.

Usage::

    python3 -m venv /tmp/benchvenv && /tmp/benchvenv/bin/pip install dateparser
    .venv/bin/python benchmarks/timeline_speed.py [--files 22] [--peer-docs 1000] \
        [--peer-python /tmp/benchvenv/bin/python]

Why this comparison: dateparser is what a Python user reaches for first, and ``search_dates``
is its only mode that finds dates in running text, as we do. It is never a dependency of
newslens: it runs in its own virtual environment (``--peer-python``) as a child process of this
script. Both sides get the same bodies, loaded once with ``newslens.load`` (the Reuters-21578
reader plugin), and the same anchor: the article's publication date (dateparser's
``RELATIVE_BASE``, our ``published``). Each side times only its parse loop (imports, settings
and a warm-up excluded) with ``time.process_time``. dateparser is slow, so it may run on the
first ``--peer-docs`` bodies only; characters per CPU-second normalises the two runs, and ours
is also timed on exactly that subset so the ratio compares like with like.

Also times the adversarial 10 KB article of the robustness tests and 10 KB of each piece they
repeat (``newslens_timeline.stress``; the bar: each under 100 ms CPU, the worst printed and
written; the tests check their output only, never a time).
Reuters-21578 is for research only: the bodies are read from ``../shared/data`` and never
copied into the repository; only the timings are written to
``benchmarks/results/timeline_speed.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REUTERS = REPO / ".." / "shared" / "data" / "reuters21578"
RESULTS = REPO / "benchmarks" / "results" / "timeline_speed.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import machine_facts  # noqa: E402

BAR = 5.0
#: CPU milliseconds for 10 KB of the adversarial article or of a repeated piece
ADVERSARIAL_BAR_MS = 100.0

PEER_CODE = r"""
import json, sys, time, warnings
from datetime import datetime
warnings.filterwarnings("ignore")
import dateparser
from dateparser.search import search_dates
docs = json.load(open(sys.argv[1], encoding="utf-8"))
settings = [{"RELATIVE_BASE": datetime.fromisoformat(d["published"])} if d["published"]
            else {} for d in docs]
search_dates("The talks began on Wednesday, 30 September.", settings=settings[0] or None)
found = 0
start = time.process_time()
for doc, s in zip(docs, settings):
    found += len(search_dates(doc["text"], languages=["en"], settings=s) or [])
elapsed = time.process_time() - start
print(json.dumps({"seconds": elapsed, "found": found,
                  "version": getattr(dateparser, "__version__", "?")}))
"""


def reuters_docs(files: int) -> list[dict[str, str | None]]:
    """Bodies and publication dates of the first ``files`` SGML files, via ``newslens.load``."""
    import pandas as pd

    import newslens

    paths = sorted(REUTERS.glob("reut2-*.sgm"))[:files]
    frame = newslens.load([str(p) for p in paths])
    docs = []
    for text, published in zip(frame["text"], frame["published"], strict=True):
        if not text or not text.strip():
            continue
        stamp = None if pd.isna(published) else published.tz_convert(None).isoformat()
        docs.append({"text": text, "published": stamp})
    return docs


def time_ours(docs: list[dict[str, str | None]]) -> tuple[float, int]:
    """CPU seconds and findings of ``extract_text`` over ``docs``."""
    from newslens_timeline.extract import extract_text

    extract_text("The talks began on Wednesday, 30 September.", "2015-10-08")
    start = time.process_time()
    found = sum(len(extract_text(d["text"], d["published"])) for d in docs)
    return time.process_time() - start, found


def time_adversarial(runs: int = 5) -> tuple[float, dict[str, float]]:
    """Best-of-``runs`` CPU milliseconds of the adversarial 10 KB article, and of 10 KB of each
    repeated piece of the robustness tests (``stress.PIECES``, about 1,500 findings each)."""
    from newslens_timeline.extract import extract_text
    from newslens_timeline.stress import PIECES, adversarial_text, repeated

    def best(text: str) -> float:
        extract_text(text, "2015-10-08")  # warm up the compiled patterns
        times = []
        for _ in range(runs):
            start = time.process_time()
            extract_text(text, "2015-10-08")
            times.append(time.process_time() - start)
        return min(times) * 1000

    return best(adversarial_text()), {piece: best(repeated(piece)) for piece in PIECES}


def run_peer(python: str, docs: list[dict[str, str | None]]) -> dict[str, object]:
    """dateparser in its own environment over ``docs``; ``seconds`` is None if it cannot run."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(docs, fh)
        docs_path = fh.name
    try:
        out = subprocess.run(
            [python, "-c", PEER_CODE, docs_path],
            capture_output=True,
            text=True,
            check=True,
            timeout=7200,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        print(f"dateparser could not run ({exc}) {detail[-300:]}", file=sys.stderr)
        return {"seconds": None, "found": None, "version": None}
    finally:
        Path(docs_path).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=22, help="Reuters SGML files (22: all)")
    parser.add_argument("--peer-docs", type=int, default=1000, help="bodies for dateparser")
    parser.add_argument("--peer-python", default="/tmp/benchvenv/bin/python")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if not REUTERS.exists():
        print(f"reuters21578 not found: {REUTERS}", file=sys.stderr)
        return 1
    docs = reuters_docs(args.files)
    subset = docs[: args.peer_docs]
    chars_all = sum(len(d["text"] or "") for d in docs)
    chars_subset = sum(len(d["text"] or "") for d in subset)

    ours_all, found_all = time_ours(docs)
    ours_sub, found_sub = time_ours(subset)
    peer = run_peer(args.peer_python, subset)

    adversarial_ms, pieces_ms = time_adversarial()
    worst_piece = max(pieces_ms, key=pieces_ms.__getitem__)

    def rate(chars: int, seconds: object) -> float | None:
        return chars / float(seconds) if seconds else None  # type: ignore[arg-type]

    rows = [
        (f"newslens-timeline, all {len(docs):,} bodies", chars_all, ours_all, found_all),
        (f"newslens-timeline, first {len(subset):,}", chars_subset, ours_sub, found_sub),
        (
            f"dateparser {peer.get('version')} search_dates, first {len(subset):,}",
            chars_subset,
            peer["seconds"],
            peer["found"],
        ),
    ]
    print(f"Reuters-21578: {len(docs):,} bodies, {chars_all:,} characters (newslens.load)")
    print(f"{'system':48} {'chars':>11} {'CPU s':>8} {'chars/CPU-s':>13} {'found':>7}")
    for name, chars, seconds, found in rows:
        r = rate(chars, seconds)
        sec = f"{float(seconds):8.2f}" if seconds else f"{'-':>8}"  # type: ignore[arg-type]
        shown = f"{r:,.0f}" if r else "-"
        print(f"{name:48} {chars:>11,} {sec} {shown:>13} {found if found else '-':>7}")
    ours_rate = rate(chars_subset, ours_sub)
    peer_rate = rate(chars_subset, peer["seconds"])
    ratio = ours_rate / peer_rate if ours_rate and peer_rate else None
    if ratio:
        print(f"speed-up over dateparser (same bodies): {ratio:,.1f}x (bar: at least {BAR:g}x)")
    bar_ms = f"{ADVERSARIAL_BAR_MS:g} ms"
    print(f"adversarial 10 KB article: {adversarial_ms:.1f} ms CPU (bar: under {bar_ms})")
    for piece, ms in pieces_ms.items():
        print(f"  10 KB of {piece!r:20.20} {ms:7.1f} ms CPU")
    worst = pieces_ms[worst_piece]
    verdict = "under" if worst < ADVERSARIAL_BAR_MS else "OVER"
    print(f"worst repeated piece: {worst_piece!r} {worst:.1f} ms CPU, {verdict} the {bar_ms} bar")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "corpus": "reuters21578 bodies loaded with newslens.load (file order)",
            "docs": len(docs),
            "chars": chars_all,
            "newslens_timeline": {
                "cpu_s": ours_all,
                "chars_per_cpu_s": rate(chars_all, ours_all),
                "found": found_all,
            },
            "subset": {"docs": len(subset), "chars": chars_subset},
            "newslens_timeline_subset": {
                "cpu_s": ours_sub,
                "chars_per_cpu_s": ours_rate,
                "found": found_sub,
            },
            "dateparser_subset": {
                "cpu_s": peer["seconds"],
                "chars_per_cpu_s": peer_rate,
                "found": peer["found"],
                "version": peer.get("version"),
            },
            "ratio_vs_dateparser": ratio,
            "bar": BAR,
            "adversarial_10kb_ms": adversarial_ms,
            "adversarial_pieces_ms": pieces_ms,
            "adversarial_worst_piece": worst_piece,
            "adversarial_worst_piece_ms": pieces_ms[worst_piece],
            "adversarial_bar_ms": ADVERSARIAL_BAR_MS,
            "machine": machine_facts(),
        }
        RESULTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
