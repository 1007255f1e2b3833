"""Relabel the Wikinews attribution gold to the lead's decision on relative pronouns.

The decision (issue 18, docs/decisions.md, "A relative pronoun is the speaker as written"): in
"Lena Ortiz, who said the reef was dying" the source is the pronoun as written ("who"), and
``source_resolved`` the party it hangs on ("Lena Ortiz"), as PolNeAR marks it and as the
project's guide treats "he". The files were annotated with the antecedent as the source
(the devsets README, before the decision).

A gold item changes when a relative pronoun (who, which, that) stands between its source and
its cue: right after the source, or after one appositive set off by commas ("Mark Hay, a
marine ecologist at X, who said"), with at most six words, none a mark of a clause's end,
between the pronoun and the cue ("who had long argued"). The source becomes the pronoun's
span; ``source_resolved`` keeps what it was, or the old source's text when it had none.
Nothing else changes; running it again changes nothing (a pronoun source is left alone).

The blind file (c) is read and written only with ``--blind``, for someone who does not develop
the rules; the script prints counts per file, and the changed items' sentences only with
``--show`` on a development file (a and b are CC BY 2.5 Wikinews text).

Usage::

    .venv/bin/python benchmarks/devsets/relabel_relative_pronoun_source.py \
        [--dry-run] [--show] [--blind]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEVELOPMENT = ("attributions_wikinews_a.jsonl", "attributions_wikinews_b.jsonl")
BLIND = ("attributions_wikinews_c.jsonl",)

#: what may stand between a source and its relative pronoun: nothing, a comma or a dash, or
#: one appositive between them (no clause end, no quotation), as the extractor reads it
_LEAD = re.compile(
    r"\s*(?:[,—–]\s*(?:[^,.;:!?\"“”()—–]{1,80}[,—–]\s*)?)?(?P<pron>who|which|that)\b"
)
#: what may stand between the pronoun and the cue: up to six words, no mark
_GAP = re.compile(r"(?:\s+[\w’'-]+){0,6}\s+$|\s+$")


def relabel_item(text: str, item: dict[str, Any]) -> dict[str, Any] | None:
    """The item with its relative pronoun as the source, or None when it does not change."""
    source = item.get("source")
    if not source or source["text"].lower() in {"who", "which", "that"}:
        return None
    cue_start = item["cue"]["start"]
    if source["end"] >= cue_start:
        return None
    m = _LEAD.match(text, source["end"], cue_start)
    if m is None or not _GAP.fullmatch(text, m.end("pron"), cue_start):
        return None
    new = dict(item)
    new["source"] = {"start": m.start("pron"), "end": m.end("pron"), "text": m.group("pron")}
    new["source_resolved"] = item.get("source_resolved") or source["text"]
    return new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--blind", action="store_true", help="the blind file c only")
    args = parser.parse_args()
    for name in BLIND if args.blind else DEVELOPMENT:
        path = HERE / name
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        changed = 0
        for rec in records:
            for i, item in enumerate(rec["gold"]):
                new = relabel_item(rec["text"], item)
                if new is None:
                    continue
                changed += 1
                if args.show and not args.blind:
                    a = item["source"]["start"]
                    print(f"  {name}: {rec['text'][a : item['cue']['end']]!r}")
                rec["gold"][i] = new
        print(f"{name}: {changed} sources relabelled")
        if changed and not args.dry_run:
            path.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                encoding="utf-8",
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
