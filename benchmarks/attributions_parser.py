"""What a dependency parser would buy and cost for the speaker heads of ``stance.attributions.v1``.

Why: issue 18's speaker-head bar on PolNeAR dev (76) stands out of reach of more rules of the
current kind (the lead's decision 1 on round ninety-eight); this script measures what a
statistical parser would give instead of the rules' speaker, as an upper bound, and what it
would cost. Nothing here changes the extractor: the parser's speaker is put into our rows
after extraction and the rows are scored with ``attributions.py``'s functions.

The parser reads only the sentences that hold a cue of one of our rows (the sentence our
splitter gives the row, parsed alone: what an opt-in extra would do). At each outermost row
its cue's top token (the one whose head lies outside the cue) gives the parser's speaker: the
agent of a passive ("by X"), else the ``nsubj``, else the ``nsubjpass``; a verb with none takes
its governor's when it is a ``conj``, an ``xcomp`` or an ``advcl`` ("..., saying", "came to
talk"); a relative clause's "who / that / which" and an ``acl`` give the noun they hang on;
"according to X" gives X; a noun cue its possessive or its "from / by" object; a headline's
colon the words before it. The speaker span is that token's subtree, so
:func:`attributions.speaker_head` reads it the way it reads PolNeAR's spans (the first
conjunct of "A and B", the noun before an appositive's comma).

PolNeAR train (development) prints the tally at gold items whose cue one of our outermost rows
overlaps (our head right / wrong / missing, and how often the parser's head is the gold one)
and the speaker-head F1 of five simulations: the parser's speaker at every row (none where it
finds none), the parser's where it finds one and ours elsewhere, the parser's only where our
row has no speaker, that again without the parser's pronouns, and an oracle that takes the
parser's speaker only where it gives a gold head ours misses (the ceiling of any selector that
chooses between the two). PolNeAR dev (blind) prints the same F1 figures as aggregates, never
an item. ``--speed`` reads CPU time
(``time.process_time``, best of ``--repeat`` alternating runs in one process) of
``newslens.analyze`` and of the parser over the Wikinews files a+b+c (``attributions_speed.py``'s
corpus), and the share of words in sentences that hold a cue.

Needs spaCy and an English pipeline (``--model``, default ``en_core_web_sm``) in the
interpreter that runs it; without them, or without ``../shared/data/polnear``, it says so and
skips. Nothing is written to the repository.

Run: ``python benchmarks/attributions_parser.py [--model NAME] [--split train|dev|both|none]
[--whole] [--speed [--repeat 5]]``
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attributions import (
    POLNEAR,
    gold_items,
    load_polnear,
    pred_items,
    score_items,
    speaker_head,
)
from newslens_stance.attributions import find_attributions

Span = tuple[int, int]

PRONOUNS = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them"}
    | {"this", "that", "these", "those", "who", "whom", "which", "one"}
)
VARIANTS = (
    "ours",
    "parser_everywhere",
    "parser_where_found",
    "parser_if_ours_none",
    "same_no_pron",
    "oracle",
)


def _nlp(model: str) -> Any:
    try:
        import spacy
    except ImportError:
        return None
    try:
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError:
        return None


def _cue_token(doc: Any, a: int, b: int) -> Any:
    """The cue's top token: inside [a, b), its head outside (a verb first when several)."""
    toks = [t for t in doc if t.idx < b and t.idx + len(t) > a]
    if not toks:
        return None
    inside = {t.i for t in toks}
    top = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    top = top or toks
    verbs = [t for t in top if t.pos_ in ("VERB", "AUX")]
    return (verbs or top)[0]


def _subject(tok: Any) -> Any:
    """The token that heads the parser's speaker for a cue token, or None."""
    if tok.lower_ == "according":
        for to in tok.children:
            if to.lower_ == "to":
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        return None
    if tok.text == ":":
        # "Name: words" (a headline's cue): the top token of the words before the colon
        left = [t for t in tok.doc[: tok.i] if not t.is_punct]
        top = [t for t in left if t.head.i >= tok.i or t.head.i == t.i]
        return top[0] if top else None
    v = tok
    for _ in range(4):
        kids = list(v.children)
        for c in kids:
            if c.dep_ == "agent":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return objs[0]
        for dep in ("nsubj", "nsubjpass"):
            subj = [c for c in kids if c.dep_ == dep]
            if subj:
                s = subj[0]
                if s.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                    return v.head
                return s
        if v.dep_ in ("conj", "xcomp", "advcl"):
            v = v.head
            continue
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head
        break
    if tok.pos_ in ("NOUN", "PROPN"):
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def _span(tok: Any, offset: int) -> Span:
    left, right = tok.left_edge, tok.right_edge
    if right.i < tok.i:
        right = tok
    return (offset + left.idx, offset + right.idx + len(right))


def parser_speakers(
    nlp: Any, text: str, rows: list[dict[str, Any]], whole: bool = False
) -> dict[int, Span | None]:
    """The parser's speaker span at each row (by index), parsing each row's sentence alone
    (``whole``: the parser reads the whole text once)."""
    if whole:
        doc = nlp(text)
        docs = {(r["sentence_start"], r["sentence_end"]): doc for r in rows}
    else:
        sents = sorted({(r["sentence_start"], r["sentence_end"]) for r in rows})
        docs = dict(zip(sents, nlp.pipe(text[a:b] for a, b in sents), strict=True))
    out: dict[int, Span | None] = {}
    for i, r in enumerate(rows):
        a = 0 if whole else r["sentence_start"]
        tok = _cue_token(
            docs[(r["sentence_start"], r["sentence_end"])], r["cue_start"] - a, r["cue_end"] - a
        )
        subj = _subject(tok) if tok is not None else None
        out[i] = _span(subj, a) if subj is not None else None
    return out


def _ov(x: Span, y: Span) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def simulate(
    nlp: Any, docs: dict[str, dict[str, Any]], tally: bool, whole: bool = False
) -> dict[str, Any]:
    """Scores of the variants (and the tally at gold items when ``tally``)."""
    triples: dict[str, list] = {v: [] for v in VARIANTS}
    counts: Counter[str] = Counter()
    for rec in docs.values():
        text = rec["text"]
        gold = gold_items(text, rec["annotations"][sorted(rec["annotations"])[0]])
        rows = [r for r in find_attributions(text) if not r.get("nested")]
        ps = parser_speakers(nlp, text, rows, whole)
        base = pred_items(text, rows, outermost=True)
        gold_heads = [
            {speaker_head(text, g["source"]) for g in gold if _ov(g["cue"], p["cue"])} for p in base
        ]
        for v in VARIANTS:
            items = []
            for i, p in enumerate(base):
                ours, par = p["source"], ps[i]
                word = text[slice(*speaker_head(text, par))].lower() if par else ""
                if v == "parser_everywhere":
                    src = par
                elif v == "parser_where_found":
                    src = par or ours
                elif v == "parser_if_ours_none":
                    src = ours or par
                elif v == "same_no_pron":
                    src = ours or (par if word not in PRONOUNS else None)
                elif v == "oracle":
                    right = gold_heads[i] - {None}
                    keep = ours and speaker_head(text, ours) in right
                    src = par if par and not keep and speaker_head(text, par) in right else ours
                else:
                    src = ours
                items.append({**p, "source": src})
            triples[v].append((text, gold, items))
        if not tally:
            continue
        for g in gold:
            if g["source"] is None:
                continue
            counts["gold_with_source"] += 1
            best = max(range(len(base)), key=lambda j: _ov(g["cue"], base[j]["cue"]), default=None)
            if best is None or _ov(g["cue"], base[best]["cue"]) == 0:
                counts["cue_not_found"] += 1
                continue
            gh = speaker_head(text, g["source"])
            oh = speaker_head(text, base[best]["source"])
            ph = speaker_head(text, ps[best]) if ps[best] else None
            state = "right" if oh == gh else ("none" if oh is None else "wrong")
            verdict = "none" if ph is None else ("right" if ph == gh else "wrong")
            counts[f"ours_{state}"] += 1
            counts[f"ours_{state}:parser_{verdict}"] += 1
            if g["cls"] == "speech":
                counts[f"speech:ours_{state}:parser_{verdict}"] += 1
    out: dict[str, Any] = {"tally": dict(counts)} if tally else {}
    for v in VARIANTS:
        s = score_items(triples[v])
        out[v] = s["speaker_head"]
        if tally:
            sp = [
                (
                    t,
                    [g for g in gold if g["cls"] == "speech"],
                    [p for p in pr if p["cls"] == "speech"],
                )
                for t, gold, pr in triples[v]
            ]
            out[v + ":speech"] = score_items(sp)["speaker_head"]
    return out


def _print_scores(split: str, res: dict[str, Any]) -> None:
    for v in VARIANTS:
        s = res[v]
        line = f"{split}\t{v}\tspeaker head F1 {s['f1']} (P {s['p']} / R {s['r']})"
        if f"{v}:speech" in res:
            sp = res[f"{v}:speech"]
            line += f"\tspeech {sp['f1']} (P {sp['p']} / R {sp['r']})"
        print(line)


def speed(nlp: Any, repeat: int) -> dict[str, Any]:
    """CPU seconds (best of ``repeat``, alternating) of the analysis and of the parser over the
    speed benchmark's corpus, and the share of its words in sentences holding a cue."""
    from attributions_speed import corpus_texts, timed_analysis

    texts = corpus_texts()
    words = sum(len(t.split()) for t in texts)
    analysis = timed_analysis(texts)
    cue_sents: list[str] = []
    cue_words = 0
    for t in texts:
        sents = sorted({(r["sentence_start"], r["sentence_end"]) for r in find_attributions(t)})
        cue_sents += [t[a:b] for a, b in sents]
        cue_words += sum(len(t[a:b].split()) for a, b in sents)
    list(nlp.pipe(texts[:3]))
    best = {"analyze": float("inf"), "parser_all": float("inf"), "parser_cue": float("inf")}
    for _ in range(repeat):
        analyze_s, _rows = analysis()
        t1 = time.process_time()
        list(nlp.pipe(texts))
        t2 = time.process_time()
        list(nlp.pipe(cue_sents))
        t3 = time.process_time()
        best["analyze"] = min(best["analyze"], analyze_s)
        best["parser_all"] = min(best["parser_all"], t2 - t1)
        best["parser_cue"] = min(best["parser_cue"], t3 - t2)
    return {
        "words": words,
        "cue_sentence_words": cue_words,
        "cpu_s": best,
        "parser_all_over_analyze": best["parser_all"] / best["analyze"],
        "parser_cue_over_analyze": best["parser_cue"] / best["analyze"],
        "with_parser_on_cue_sentences_vs_analyze": best["analyze"]
        / (best["analyze"] + best["parser_cue"]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--split", choices=("train", "dev", "both", "none"), default="train")
    ap.add_argument("--whole", action="store_true", help="parse whole texts, not cue sentences")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    nlp = _nlp(args.model)
    if nlp is None:
        print(f"spaCy or its pipeline {args.model!r} is not installed: skipped", file=sys.stderr)
        return 0
    splits = {"both": ("train", "dev"), "none": ()}.get(args.split, (args.split,))
    for split in splits:
        if not (POLNEAR / split / "attributions").is_dir():
            print(f"PolNeAR {split}: not found under {POLNEAR}, skipped", file=sys.stderr)
            continue
        docs = load_polnear(split, POLNEAR)
        res = simulate(nlp, docs, tally=split == "train", whole=args.whole)
        if split == "train":
            for k, n in sorted(res["tally"].items()):
                print(f"train\t{k}\t{n}")
        _print_scores(split, res)
    if args.speed:
        print(json.dumps(speed(nlp, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
