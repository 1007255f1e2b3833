"""Words per CPU-second of ``stance.attributions.v1`` through ``newslens.analyze``.

Why: issue 18's speed bar (100,000 words per CPU-second) is read here the way the stance docs
report it: the Wikinews attribution files (a+b+c, 71 articles, 18,825 words) once through
``newslens.analyze`` in this process (one worker, no progress bar), the best process CPU time
(``time.process_time``) of ``--repeat`` runs, the core's sentence caches cleared before each
run so no run reads another's splits. CPU time, not wall time, so other jobs on the machine
move the figure less; they still move it (shared caches), so compare two versions of the code
in one sitting, alternating runs.

The script reads whichever ``newslens`` and ``newslens_stance`` the interpreter imports, so the
same file times another checkout: ``/path/to/other/.venv/bin/python
benchmarks/attributions_speed.py``.

Run: ``.venv/bin/python benchmarks/attributions_speed.py [--repeat 5]``; the figures, the CPU
model and the load go to ``benchmarks/results/attributions_speed.json`` (``--json PATH``).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

DEVSETS = Path(__file__).resolve().parent / "devsets"
RESULTS = Path(__file__).resolve().parent / "results" / "attributions_speed.json"
BAR = 100_000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs; the best CPU time counts")
    ap.add_argument("--json", type=Path, default=RESULTS, help="where the figures go")
    args = ap.parse_args(argv)

    import newslens_stance
    from newslens_stance import plugin as stance_plugin

    from newslens import analyze, get_plugin_manager
    from newslens.schema import articles_from_records
    from newslens.sentences import _starts, paragraphs, sentence_spans

    records = [
        json.loads(line)
        for f in sorted(DEVSETS.glob("attributions_wikinews_*.jsonl"))
        for line in f.open(encoding="utf-8")
        if line.strip()
    ]
    frame = articles_from_records(
        [
            {"article_id": f"a{i}", "text": r["text"], "raw_text": r["text"], "notes": ()}
            for i, r in enumerate(records)
        ]
    )
    words = sum(len(r["text"].split()) for r in records)
    pm = get_plugin_manager(plugins=[("stance", stance_plugin)], entry_points=False)
    analyze(frame.head(3), ["stance.attributions.v1"], plugin_manager=pm, progress=False)
    best = float("inf")
    rows = 0
    for _ in range(args.repeat):
        for cached in (paragraphs, sentence_spans, _starts):
            cached.cache_clear()
        start = time.process_time()
        result = analyze(frame, ["stance.attributions.v1"], plugin_manager=pm, progress=False)
        best = min(best, time.process_time() - start)
        rows = len(result["stance.attributions.v1"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{Path(newslens_stance.__file__).parents[4].name}: {len(records)} articles, "
        f"{words:,} words, {rows} rows; best CPU {best:.3f} s of {args.repeat}: "
        f"{words / best:,.0f} words per CPU-second (load average {load:.2f}; bar {BAR:,})"
    )
    from machine import cpu_model

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "corpus": "Wikinews attribution files a+b+c through newslens.analyze",
                "articles": len(records),
                "words": words,
                "rows": rows,
                "best_cpu_s": best,
                "words_per_cpu_s": words / best,
                "bar_words_per_cpu_s": BAR,
                "repeat": args.repeat,
                "tree": Path(newslens_stance.__file__).parents[4].name,
                "machine": {"cpu": cpu_model(), "load_average": load},
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
