"""Instructions of one pass of ``stance.attributions.v1`` over the speed benchmark's corpus.

Why: ``attributions_speed.py`` reads CPU time, which other jobs on a shared machine move by a
third between runs of one sitting (stop fifty: 42,000-61,000 words per CPU-second for the same
code at load 8 on two CPUs), so a change of a few per cent cannot be seen in it. The count of
instructions that callgrind gives is the same from run to run whatever the load: two versions
of the code are compared by their counts, and the speed benchmark stays the figure the bar is
read from.

The pass is the Wikinews attribution files a+b+c (71 articles, 18,825 words) through
:func:`newslens_stance.find_attributions` (``--analyze``: through ``newslens.analyze``, as the
speed benchmark runs it), after a warm-up on three articles and with the core's sentence caches
cleared. Collection is switched on only inside a ``functools.reduce`` that runs the pass
(``--toggle-collect=functools_reduce``), so imports and the warm-up are not counted.

The child interpreter imports whichever ``newslens`` and ``newslens_stance`` are first on its
path, so another checkout is counted with ``PYTHONPATH=/other/src:/other/plugins/stance/src``
(``attributions_speed.py --versus``'s floor, the code issue 18 was filed against, included).
Needs ``valgrind`` on the path; a pass takes a few minutes under it.

Run: ``.venv/bin/python benchmarks/attributions_instructions.py [--analyze]``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEVSETS = Path(__file__).resolve().parent / "devsets"

_CHILD = """
import functools, json, sys
from pathlib import Path
import newslens.sentences as sentences
files = sorted(Path(sys.argv[1]).glob("attributions_wikinews_*.jsonl"))
lines = [line for f in files for line in f.open(encoding="utf-8") if line.strip()]
texts = [json.loads(line)["text"] for line in lines]
if sys.argv[2] == "analyze":
    from newslens import analyze, get_plugin_manager
    from newslens.schema import articles_from_records
    from newslens_stance import plugin as stance_plugin
    records = [
        {"article_id": f"a{i}", "text": t, "raw_text": t, "notes": ()} for i, t in enumerate(texts)
    ]
    frame = articles_from_records(records)
    pm = get_plugin_manager(plugins=[("stance", stance_plugin)], entry_points=False)
    def run(acc, part):
        analyze(part, ["stance.attributions.v1"], plugin_manager=pm, progress=False)
        return acc
    run(0, frame.head(3))
    work = [frame]
else:
    from newslens_stance.attributions import find_attributions
    def run(acc, text):
        find_attributions(text)
        return acc
    for text in texts[:3]:
        run(0, text)  # (a plain loop: a reduce would be counted)
    work = texts
for name in ("paragraphs", "sentence_spans", "_starts"):  # an older tree has no caches
    cache_clear = getattr(getattr(sentences, name, None), "cache_clear", None)
    if cache_clear is not None:
        cache_clear()
functools.reduce(run, work, 0)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--analyze", action="store_true", help="count the pass through newslens.analyze"
    )
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not on the path", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            _CHILD,
            str(DEVSETS),
            "analyze" if args.analyze else "extractor",
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            print(done.stderr[-2000:], file=sys.stderr)
            return 1
    count = int(found.group(1))
    words = sum(
        len(json.loads(line)["text"].split())
        for f in sorted(DEVSETS.glob("attributions_wikinews_*.jsonl"))
        for line in f.open(encoding="utf-8")
        if line.strip()
    )
    what = "newslens.analyze" if args.analyze else "find_attributions"
    print(f"{what}: {count:,} instructions for {words:,} words ({count / words:,.0f} a word)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
