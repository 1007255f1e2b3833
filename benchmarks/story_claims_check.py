"""How often does ``story.claims.v1`` link a denial to the claim it answers?

Why: "who claims what, and who disputes it" is answered by the denial rows' ``target_claim_id``,
and no annotated set says whether the linked claim is the one the denial answers. This script
makes that measurable on bodies the rules were never read against.

The set: FNC-1 train bodies (``../shared/data/fnc1``, internal use only: nothing of it is
committed or printed beyond aggregates and the worksheet written outside the repository),
minus the 800 the developer read while writing the rules (``sample(800, random_state=1)``).
Every denial or dispute row with a target is a worksheet item: the denial (speaker and
content, with the text around it) and the claim it is linked to (its first telling, speaker
and content).

    .venv/bin/python benchmarks/story_claims_check.py worksheet /tmp/claims_ws.txt --first 60
    (an annotator who does not write the rules labels each item in a JSON-lines file:
     {"item": 3, "key": "<the item's key>", "label": "right"})
    .venv/bin/python benchmarks/story_claims_check.py score /tmp/claims_labels.jsonl --first 60

Items are ordered by their key (a hash), so ``--first N`` is a random sample of N.

``--sample reuters`` draws from every Reuters-21578 file instead (wire copy with dates and
stories of several articles, a genre the claim rules were never read against; research use
only, nothing of it committed): :data:`REUTERS`; ``--sample polnear`` from PolNeAR's
political news (internal development only): :data:`POLNEAR_SAMPLE`.

Labels: ``right`` (the denial answers that claim, or another telling of the same claim),
``wrong`` (it answers another claim of the story, or none of them), ``no-denial`` (the row
denies or disputes nothing: a misread stance or a garbled content). ``score`` re-runs the
analyses, refuses labels whose keys no longer match, prints the share of each label
(precision is the share of ``right``) and writes ``benchmarks/results/story_claims_check.json``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from story_checks import REPO, Check, cli, polnear_check, polnear_corpus, unread_corpus

RESULTS = REPO / "benchmarks" / "results" / "story_claims_check.json"
REUTERS_DATA = REPO.parent / "shared" / "data" / "reuters21578"
LABELS = ("right", "wrong", "no-denial")


def _context(text: str, sentence: int) -> str:
    """The row's sentence and the one before it (by the core's split, as ``sentence`` counts):
    a phrase's first occurrence may be another sentence than the row's."""
    from newslens.sentences import sentence_spans

    spans = sentence_spans(text)
    if not 0 <= sentence < len(spans):
        return ""
    start = spans[max(0, sentence - 1)][0]
    return text[start : spans[sentence][1]].replace("\n", " ")


def _reuters_corpus() -> object:
    """Every Reuters-21578 story with a body, loaded as articles (dated, with titles)."""
    import newslens

    corpus = newslens.load([str(p) for p in sorted(REUTERS_DATA.glob("reut2-*.sgm"))])
    return corpus[corpus["text"].str.len() > 0]


def _items(load: object = unread_corpus) -> tuple[list[dict], int]:
    """The denial rows with a target over the corpus ``load`` gives (by default the FNC-1
    bodies outside the developer's sample), in a stable order, each with its linked claim and
    a key that names both."""
    import newslens

    corpus = load()  # type: ignore[operator]
    claims = newslens.analyze(corpus, ["story.claims.v1"], progress=False).get("story.claims.v1")
    texts = corpus.set_index("article_id")["text"].to_dict()
    told = claims[~claims["stance"].isin(["deny", "dispute"])]
    first = told.sort_values(["published", "article_id", "sentence"]).drop_duplicates("claim_id")
    first = first.set_index("claim_id")
    answers = claims[claims["stance"].isin(["deny", "dispute"])]
    answers = answers[answers["target_claim_id"].fillna("") != ""]
    items = []
    for row in answers.itertuples():
        if row.target_claim_id not in first.index:
            continue
        claim = first.loc[row.target_claim_id]
        denial = {
            "article": str(row.article_id),
            "speaker": str(row.speaker),
            "content": str(row.claim),
            "context": _context(texts.get(row.article_id, ""), int(row.sentence)),
        }
        linked = {
            "article": str(claim["article_id"]),
            "speaker": str(claim["speaker"]),
            "content": str(claim["claim"]),
            "context": _context(texts.get(claim["article_id"], ""), int(claim["sentence"])),
        }
        key = hashlib.sha256(
            json.dumps([denial["article"], denial["content"], linked["content"]]).encode("utf-8")
        ).hexdigest()[:16]
        items.append({"key": key, "heading": f"({row.stance})", "denial": denial, "claim": linked})
    items.sort(key=lambda item: item["key"])
    return items, len(corpus)


def _render(item: dict) -> list[str]:
    d, c = item["denial"], item["claim"]
    return [
        f"  DENIAL by {d['speaker']!r} in {d['article']}: {d['content']!r}",
        f"      ...{d['context']}...",
        f"  LINKED CLAIM by {c['speaker']!r} in {c['article']}: {c['content']!r}",
        f"      ...{c['context']}...",
    ]


CHECK = Check(
    load=_items, render=_render, field="item", names=LABELS, right="right",
    what="denials linked to a claim", results=RESULTS,
)  # fmt: skip


#: The Reuters sample (``--sample reuters``): denials in wire stories, a genre no claim rule
#: was read against, for a clean measure after FNC-1's unread bodies were used up.
REUTERS = dataclasses.replace(
    CHECK,
    load=functools.partial(_items, _reuters_corpus),
    results=RESULTS.with_name(f"{RESULTS.stem}_reuters.json"),
    corpus="Reuters-21578 stories",
    data=REUTERS_DATA,
)


#: PolNeAR's train and dev articles (``--sample polnear``): political news of 2015-16 from
#: seven publishers, where claims and the denials that answer them cross outlets.
POLNEAR_SAMPLE = polnear_check(CHECK, functools.partial(_items, polnear_corpus))


if __name__ == "__main__":
    cli(__doc__.splitlines()[0], CHECK, samples={"reuters": REUTERS, "polnear": POLNEAR_SAMPLE})
